/**
 * Is the article about a sport, and which league? Short team names ("Steelers",
 * "Thunder", "Chelsea") name teams only there. Shared by the actors extractor
 * (the team is an actor) and the places extractor (a club named after its city is
 * no place there). One linear pass over the text's words, memoized per document.
 */
import type { Document } from '../document/document.js';
import { type TeamEntry } from '../extract/actors/lexicon/sports.js';
export interface SportsContext {
    /** leagues the article is about */
    leagues: Set<string>;
}
export declare function sportsContext(doc: Document): SportsContext;
/** The team a name stands for in this article ("Steelers", "Pittsburgh Steelers", "Chelsea" in a football report), if any. */
export declare function teamNamed(name: string, sports: SportsContext): TeamEntry | undefined;
