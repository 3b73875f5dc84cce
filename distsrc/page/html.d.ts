/**
 * HTML to a PageArticle: metadata from JSON-LD, OpenGraph and meta tags
 * (html/metadata.ts), the body from the main content (html/body.ts), then
 * the body's head cleaned of what the metadata already says (title, byline,
 * date lines) and the dateline taken off the first paragraph.
 */
import type { PageArticle } from './article.js';
export declare function readHtml(html: string, url?: string | null): PageArticle;
