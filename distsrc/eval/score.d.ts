/**
 * Scoring a result against a gold file, with the rules of the evaluation
 * README (shared/eval/README.md): norm(), token overlap, one-to-one matching,
 * optional strings neither right nor wrong.
 */
import type { Result } from '../schema.js';
export interface GoldActor {
    name: string;
    type: string;
    aliases?: string[];
    roles?: string[];
}
export interface GoldPlace {
    name: string;
    type: string;
    country: string | null;
    aliases?: string[];
}
export interface GoldQuote {
    kind: string;
    speaker: string | null;
    cue?: string;
    text: string;
}
export interface GoldTime {
    text: string;
    value: string;
}
export interface GoldDeadline {
    text: string;
    due: string;
    action?: string;
    subject?: string | null;
    setBy?: string | null;
}
export interface Gold {
    id: string;
    input: string;
    format?: 'html' | 'text';
    args?: string[];
    published?: string;
    utcOffset?: string;
    title?: string;
    dateline?: string;
    bodyStartsWith?: string;
    bodyEndsWith?: string;
    bodyExcludes?: string[];
    actors?: GoldActor[];
    places?: GoldPlace[];
    quotes?: GoldQuote[];
    times?: GoldTime[];
    deadlines?: GoldDeadline[];
    optionalActors?: string[];
    optionalPlaces?: string[];
    optionalQuotes?: string[];
    optionalTimes?: string[];
    optionalDeadlines?: string[];
    scope?: string[];
}
export declare const CATEGORIES: readonly ["article", "actors", "places", "quotes", "times", "deadlines"];
export type Category = (typeof CATEGORIES)[number];
/** The normalisation of the README: NFKC, lower case, plain quotes and dashes, no possessive 's, no leading "the ", trimmed punctuation, folded space. */
export declare function norm(s: string): string;
/** Lower-cased runs of letters and digits. */
export declare function tokens(s: string): string[];
export interface Counts {
    tp: number;
    fp: number;
    fn: number;
}
export interface Ratio {
    right: number;
    total: number;
}
export interface FileScore {
    id: string;
    error?: string;
    counts: Partial<Record<Exclude<Category, 'article'>, Counts>>;
    ratios: Record<string, Ratio>;
    article: Record<string, boolean>;
    misses: string[];
}
export declare function quotesMatch(gold: string, pred: string): boolean;
export declare function timesMatch(gold: string, pred: string): boolean;
export declare function dueMatches(gold: string, pred: string): boolean;
export declare function publishedMatches(gold: string, pred: string | null): boolean;
/** Score one result against one gold file. */
export declare function scoreFile(gold: Gold, result: Result): FileScore;
export declare function prf(c: Counts): {
    p: number;
    r: number;
    f1: number;
};
export interface Summary {
    files: number;
    errors: number;
    counts: Record<string, Counts>;
    ratios: Record<string, Ratio>;
    article: Record<string, Ratio>;
}
/** Micro-averaged totals over files. */
export declare function summarize(scores: FileScore[]): Summary;
