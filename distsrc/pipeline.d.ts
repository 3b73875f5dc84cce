import type { PageArticle } from './page/article.js';
import { type Result } from './schema.js';
import { DEFAULT_MAX_CHARS } from './limits.js';
export interface ExtractOptions {
    /** Force the input format; detected from the content otherwise. */
    format?: 'html' | 'text';
    /** Publication date used to resolve relative times, overriding the page's. */
    published?: string | null;
    /** Where the input came from (path or URL), reported in meta.source. */
    source?: string | null;
    /** The page's URL, when known (for metadata and relative links). */
    url?: string | null;
    /**
     * The most body text (characters) given to the extractors; longer text is
     * cut at a paragraph or word boundary with a warning in meta.warnings, so
     * no stage runs for minutes on a hostile or giant input. Default 200,000.
     */
    maxChars?: number;
}
export { DEFAULT_MAX_CHARS };
/** Cut paragraphs so their total length stays within maxChars (a cut paragraph ends at a word boundary). */
export declare function limitParagraphs(paragraphs: readonly string[], maxChars: number): {
    paragraphs: string[];
    cut: boolean;
};
/** Run the whole pipeline on one article's content (HTML or plain text). */
export declare function extract(content: string, options?: ExtractOptions): Result;
/** The stages after the page: for callers that read the page themselves. */
export declare function extractFromPage(page: PageArticle, options?: ExtractOptions, started?: number): Result;
