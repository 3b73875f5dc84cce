import type { AnyNode } from 'domhandler';
export interface PageMetadata {
    title: string | null;
    authors: string[];
    published: string | null;
    modified: string | null;
    siteName: string | null;
    language: string | null;
    canonicalUrl: string | null;
    description: string | null;
    image: string | null;
    section: string | null;
    /** Text of the JSON-LD articleBody, when a page gives one (a fallback for the body). */
    ldBody: string | null;
}
/** Read the page's metadata. `bodyText` is used for language detection when the page declares none. */
export declare function readMetadata(root: AnyNode, url: string | null | undefined): PageMetadata & {
    gathered: {
        h1: string[];
        bylineText: string[];
    };
};
/** An ISO-like or printed date to ISO; null when it is not a date. */
export declare function toIso(raw: string): string | null;
/** A date in the URL path: /2019/11/19/, /2019-11-19/, /20191119/ */
export declare function dateFromUrl(url: string): string | null;
/** A headline without the site name printed before or after it. */
export declare function cleanTitle(raw: string, ctx: {
    siteName: string | null;
    url: string | null | undefined;
    h1: string[];
    titleTag: string | null;
}): string;
/**
 * Names from byline strings: "By Jane Doe and John Roe", "Jane Doe, Reuters",
 * "JANE DOE | Updated March 3, 2020". Drops the prefix, dates, roles, site
 * names, URLs; splits several authors; keeps each once.
 */
export declare function cleanAuthors(raw: string[], siteNames?: string[]): string[];
/** Detect the language of body text (tinyld, loaded on first use). */
export declare function detectLanguage(text: string): string | null;
