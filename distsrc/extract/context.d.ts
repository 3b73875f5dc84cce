/**
 * What every extractor receives: the document, the page it came from, the
 * publication date, and one shared compromise parse of the text (made on first
 * use, so a text is tagged once however many extractors query it).
 */
import type { PageArticle } from '../page/article.js';
import type { Document } from '../document/document.js';
import type { Mention } from '../schema.js';
import { type NlpView } from './tagger.js';
export type { NlpView };
/**
 * How much of a document compromise tags: ~40 times an average news article
 * and beyond the longest long-reads, ~0.5 s of tagging. Past it (a 4 MB
 * "article" would take ~15 s to tag and more to tokenize) the parse covers the
 * text up to the last paragraph break before the limit, so extractors reading
 * terms find their mentions in that part only.
 */
export declare const NLP_MAX_CHARS = 200000;
/** Where the tagged part of `text` ends: all of it, or a paragraph (else sentence, else word) break before `max`. */
export declare function nlpExtent(text: string, max?: number): number;
export interface ExtractContext {
    doc: Document;
    article: PageArticle;
    /** Publication date (ISO date or date-time with offset) or null when unknown. */
    published: string | null;
    /**
     * The shared compromise parse of doc.text as a full compromise View (all
     * methods, phrase chunks included): what `nlp(doc.text)` returns. On a
     * document longer than NLP_MAX_CHARS it covers doc.text up to `nlpEnd`.
     */
    nlp(): NlpView;
    /**
     * The same shared parse, term tags only (no phrase chunks, which cost ~8% of
     * the parse): for extractors that read `view.document` terms and tags.
     */
    tagged(): NlpView;
    /** How far into doc.text the parse goes (doc.text.length but on very long documents). */
    nlpEnd: number;
}
export declare function createContext(doc: Document, article: PageArticle, published: string | null): ExtractContext;
/** Longest stretch of text without a newline that compromise is given (see breakLongRuns). */
export declare const MAX_NLP_RUN = 1000;
/** Longest stretch without white space (one "word") that compromise is given. */
export declare const MAX_NLP_WORD = 200;
/**
 * The text as given to compromise, which is superlinear on two hostile shapes:
 *  - a sentence that never ends: its splitter joins a chunk that does not end
 *    a sentence ("Mr.", "F.", "U.S.") to the next and tests the grown string
 *    again, O(n^2) ("Mr. " x 100,000 ran for minutes and out of memory);
 *  - a very long "word" ("U.S.U.S.…", 100,000 quote marks or dashes): its
 *    punctuation and acronym passes are quadratic in a token's length.
 * A newline ends both a compromise sentence and a token. So a stretch longer
 * than maxRun without a newline gets one at its next space, and a word longer
 * than maxWord gets one in place of a character. The length never changes:
 * compromise's offsets still point into doc.text, whose text is unchanged.
 * Real sentences and words are far shorter; nothing changes for them.
 */
export declare function breakLongRuns(text: string, maxRun?: number, maxWord?: number): string;
/** A mention for the span [start, end) of the document, with the rule that found it. */
export declare function mention(doc: Document, start: number, end: number, rule?: string): Mention;
