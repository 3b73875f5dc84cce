/**
 * Plain text to a PageArticle. The text may be pasted from a news page, with
 * its header (section label, title, date line), captions, pull quotes and
 * footer furniture, or it may be bare body text.
 */
import type { PageArticle } from './article.js';
export declare function readText(input: string): PageArticle;
