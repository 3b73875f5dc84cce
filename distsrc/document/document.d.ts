export interface Span {
    start: number;
    end: number;
}
export interface Sentence extends Span {
    paragraph: number;
}
export interface Document {
    text: string;
    paragraphs: Span[];
    sentences: Sentence[];
}
export declare const PARAGRAPH_SEPARATOR = "\n\n";
export declare function buildDocument(paragraphs: readonly string[]): Document;
/** Split one paragraph (no newlines) into sentence spans. Linear time. */
export declare function splitSentences(p: string): Span[];
/** Index of the sentence containing offset `pos` (binary search). */
export declare function sentenceAt(doc: Document, pos: number): number;
