/**
 * Step 1: the words of the shared compromise parse as tokens with offsets
 * into doc.text and the tags compromise gave them. Hyphenated words
 * ("al-Sisi", "Kurdish-led") become one token; an abbreviation keeps its
 * period ("Co.", "Jr."). One linear pass over the parse.
 */
import type { ExtractContext } from '../context.js';
export interface Token {
    /** index in the token array */
    i: number;
    start: number;
    end: number;
    /** doc.text.slice(start, end) */
    text: string;
    /** the text without a possessive ending */
    base: string;
    lower: string;
    /** possessive ("Aleppo's", "Damascus'") */
    poss: boolean;
    /** punctuation and spaces before / after, as compromise saw them */
    pre: string;
    post: string;
    tags: Set<string>;
    /** starts with a capital (or is a particle-prefixed name such as "al-Sisi") */
    cap: boolean;
    /** first word of a sentence, a quotation or a heading-like segment */
    initial: boolean;
    /** index of the compromise sentence */
    sent: number;
}
export declare function buildTokens(ctx: ExtractContext): Token[];
/** Is there a break (punctuation other than an abbreviation's period or a possessive) between token a and the next one? */
export declare function breakAfter(a: Token, next?: Token): boolean;
