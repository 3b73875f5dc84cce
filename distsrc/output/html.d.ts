/**
 * The annotated page: one self-contained HTML file (no external scripts,
 * styles or fonts) with the article text, every mention highlighted by kind,
 * a tooltip with the resolved value, a legend and side panels listing what
 * was found.
 */
import type { Result } from '../schema.js';
export declare function escapeHtml(s: string): string;
export declare function renderHtml(r: Result): string;
