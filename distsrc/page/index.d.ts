/** The page stage: decide HTML or text by content, then read it. */
import type { PageArticle } from './article.js';
export type { PageArticle } from './article.js';
/** Does this look like HTML (markup near the start), rather than plain text? */
export declare function looksLikeHtml(s: string): boolean;
export declare function readPage(content: string, opts?: {
    format?: 'html' | 'text';
    url?: string | null;
}): PageArticle;
