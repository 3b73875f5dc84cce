import type { ExtractContext } from '../context.js';
import type { Mention, TimeExpr } from '../../schema.js';
import type { Ymd } from './calendar.js';
import { type Resolved } from './resolve.js';
import { type Tense } from './tense.js';
export interface TimeOptions {
    /** IANA zone of the place the story is about, for "local time" values. */
    timezone: string | null;
}
/** One time expression found in a string, resolved. Offsets are into that string. */
export interface TimeHit {
    start: number;
    end: number;
    text: string;
    value: string;
    type: NonNullable<TimeExpr['type']>;
    /** the rule(s) that found it (provenance) */
    rule: string;
    resolved: Resolved;
}
export interface ParseTimesOptions {
    /** the publication day (ISO date or date-time; its date part is used), or null */
    published: string | null;
    timezone: string | null;
    /** tense to assume instead of reading it from the text */
    tense?: Tense;
    /** the last time named before this text, for "the following year" */
    previous?: Resolved | null;
}
/** The publication day from an ISO date or date-time (its own local date). */
export declare function anchorDay(published: string | null): Ymd | null;
/**
 * Every time expression in one piece of text (a sentence, a caption, a
 * deadline phrase), resolved. `state.previous` carries the last time named
 * across calls, for anaphora.
 */
export declare function parseTimes(text: string, opts: ParseTimesOptions, state?: {
    previous: Resolved | null;
}): TimeHit[];
/** The time expressions of an article: body, printed date line, captions. */
export declare function extractTimes(ctx: ExtractContext, opts: TimeOptions): TimeExpr[];
/**
 * The time mention of `times` that covers or overlaps [start, end) of
 * article.text, with its expression: for the deadlines extractor ("expires at
 * 9 am local time on Friday" -> the mention of "9 am local time on Friday").
 * The longest overlapping mention wins.
 */
export declare function timeMentionIn(times: readonly TimeExpr[], start: number, end: number): {
    time: TimeExpr;
    mention: Mention;
} | null;
/** All time mentions inside [start, end), in text order. */
export declare function timeMentionsWithin(times: readonly TimeExpr[], start: number, end: number): {
    time: TimeExpr;
    mention: Mention;
}[];
