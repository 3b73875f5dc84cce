import type { Token } from './tokens.js';
import { FACILITY_HEADS, LOCATIVE_PREPOSITIONS } from './actors.rules.js';
import { isCommonWord } from '../../resolve/words.js';
import { type SportsContext } from '../../resolve/sports.js';
export type CandidateKind = 'person' | 'org' | 'country' | 'capital' | 'government' | 'group' | 'acronym' | 'unknown';
export interface Candidate {
    kind: CandidateKind;
    /** the name as written (without title, "the", possessive) */
    name: string;
    /** token span [first, last] and text offsets */
    first: number;
    last: number;
    start: number;
    end: number;
    rule: string;
    roles: string[];
    /** for countries, capitals, governments and national bodies: ISO code */
    country?: string;
    /** organization head word, lower case ("ministry", "forces", "government") */
    head?: string;
    /** ministry subject ("defense") */
    subject?: string;
    /** the surface form used as the name of a title-case construction, e.g. "Ministry of Defense" */
    ofForm?: boolean;
    /** a person name given with a title or honorific ("President Trump"), or an organization named right before its acronym */
    alias?: string;
    /** a descriptive phrase that names the same actor ("Lebanon's internal security service" for "Surete Generale") */
    descriptive?: string;
    /** the mention shows the actor acting (subject of a verb, possessor of a stance) */
    acting?: boolean;
    /** written like a company ("AT&T", "T-Mobile"): an organization unless it names someone found */
    company?: boolean;
    /** written like a company only by its inner capitals or a slash ("AirPods", "Comcast/Xfinity"): products are written so too, so a cue is needed */
    weakCompany?: boolean;
    /** the team this names ("Tottenham Hotspur" for "Spurs") */
    team?: string;
    /** evidence strength for persons: title, given name, honorific */
    evidence?: string;
}
export interface Lookups {
    /** lower-case words seen with a capital away from a sentence start */
    capitalizedInside: Set<string>;
    /** lower-case words seen in lower case somewhere */
    lowerSeen: Set<string>;
}
export declare function buildLookups(tokens: Token[]): Lookups;
export { isCommonWord };
export declare function isGivenName(t: Token): boolean;
/** Some sign that a capitalised word at a sentence start is a name, not just a capitalised common word. */
declare function hasNameEvidence(t: Token, look: Lookups): boolean;
declare function isDate(t: Token): boolean;
/** Step 2: chunks of capitalised words. Returns [first, last] token pairs. */
export declare function findChunks(tokens: Token[]): Array<[number, number]>;
/**
 * Tokens [a, b] shaped like the name of a person compromise does not know:
 * two to four name words ("Maurkice Pouncey", "Atif Issa Enhamed", "J.J. Abrams"),
 * none a common word, a place, a title or an organization word, the whole no
 * place of the gazetteer.
 */
export declare function nameShaped(tokens: Token[], a: number, b: number): boolean;
export interface ChunkContext {
    src: string;
    tokens: Token[];
    look: Lookups;
    /** leagues the article reports on: their teams' short names are actors */
    sports?: SportsContext;
}
/** Step 3: what a chunk is. May return several candidates (a role's organization and the person). */
export declare function analyzeChunk(cx: ChunkContext, first: number, last: number): Candidate[];
/** An acronym that is a word, a unit, a position or a US state's postal code ("CPU", "QB", "TX"). */
export declare function isCommonAcronym(t: Token): boolean;
/** Is a finite verb right after token e ("Unisys posted", "Nashua has strengthened")? */
export declare function finiteVerbAfter(tokens: Token[], e: number): boolean;
/** Is a speech verb right after the name, or "said" right before it? */
export declare function saysAround(tokens: Token[], a: number, b: number): boolean;
/** "Kurdish-led forces", "Iranian-backed militias (Kataib Hezbollah)": groups named by who leads or backs them. */
export declare function findGroups(cx: ChunkContext): Candidate[];
export { isDate, hasNameEvidence, LOCATIVE_PREPOSITIONS, FACILITY_HEADS };
