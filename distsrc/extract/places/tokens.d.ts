/**
 * Word tokens of the document and their capitalized runs, the raw material of
 * the places extractor. One linear pass over the text.
 */
import type { Document } from '../../document/document.js';
export interface Token {
    /** The word without a trailing period or possessive ending. */
    text: string;
    start: number;
    /** End of `text` (before any possessive ending). */
    end: number;
    /** Capitalized ("Aleppo", "al-Sisi", "U.S"). */
    cap: boolean;
    /** Followed by a possessive ending ('s, ’s, '). */
    poss: boolean;
    /** A period follows directly. */
    dot: boolean;
    /** All letters upper case. */
    upper: boolean;
    /** First token of its sentence. */
    sentenceStart: boolean;
    /** Index of the sentence. */
    sentence: number;
    index: number;
}
export declare function tokenize(doc: Document): Token[];
/** Are tokens a and b (a before b) joined by a single space, with nothing else between? */
export declare function adjacent(text: string, a: Token, b: Token): boolean;
