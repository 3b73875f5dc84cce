/**
 * Quote marks: one linear pass per paragraph with a small state machine that
 * pairs opening and closing marks into quoted segments. A quotation left open
 * at the end of a paragraph and taken up again by an opening mark at the start
 * of the next (the news convention for quotes running over several
 * paragraphs) gives one segment per paragraph, the later ones marked as
 * continuations. No regular expressions over the text; every character is
 * looked at a bounded number of times.
 */
import type { Span } from '../../document/document.js';
export interface QuoteSegment {
    /** Offset of the opening mark. */
    open: number;
    /** Offset of the closing mark, or the paragraph end when the quote runs on. */
    close: number;
    /** Inner text span [open + 1, close), trimmed of white space. */
    start: number;
    end: number;
    paragraph: number;
    /** The quotation was opened in an earlier paragraph and continues here. */
    continued: boolean;
    /** No closing mark in this paragraph (the quotation continues in the next). */
    runsOn: boolean;
    /** Length of the closing mark: 2 for the typewriter pair '' closing a `` quotation, else 1. */
    closeLen: number;
}
/** Longest quotation kept when it never closes (a stray mark would otherwise swallow a paragraph). */
export declare const MAX_RUN_ON = 3000;
/** Longest paragraph skipped between the parts of a quotation running over paragraphs (a link, an ad line). */
export declare const MAX_INTERLUDE = 150;
/**
 * Does the document quote with double marks? Single marks are its quotation
 * marks when it has none, or more than twice as many opening single marks as double marks
 * (British style with a stray inch sign or a double-quoted headline).
 */
export declare function usesDoubleMarks(text: string): boolean;
/** Pair the quotation marks of each paragraph. Linear in the text length. */
export declare function scanQuotes(text: string, paragraphs: readonly Span[]): QuoteSegment[];
