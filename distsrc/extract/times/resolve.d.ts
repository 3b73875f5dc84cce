/**
 * From a parsed expression (chrono components plus tags) to an ISO 8601
 * value at the precision the text gives, anchored at the publication day and
 * pointed by the tense: a weekday, a month or a date without a year is the
 * nearest one in the past for past-tense reporting and the nearest one ahead
 * for the future.
 */
import type { ParsedComponents } from 'chrono-node';
import type { TimeExpr } from '../../schema.js';
import { type Precision, type Ymd } from './calendar.js';
import type { Tense } from './tense.js';
export interface Resolved {
    value: string;
    type: NonNullable<TimeExpr['type']>;
    precision: Precision;
    /** the day it falls on (or starts), when the precision is a day or finer */
    date: Ymd | null;
    /** the year (and month) it is in, for anaphora */
    year: number;
    month: number | null;
}
export interface ResolveEnv {
    /** the publication day, or null when unknown (only absolute expressions resolve) */
    anchor: Ymd | null;
    tense: Tense;
    /** the tense cue is right next to the expression */
    nearTense?: boolean;
    /** IANA zone of the story, for the offset of local clock times */
    zone: string | null;
    /** the day a bare clock time is on, when the sentence names one */
    dayHint: Ymd | null;
    /** the last time the text named, for "the following year", "that year" */
    previous: Resolved | null;
}
type Direction = 'last' | 'next' | 'this' | null;
/**
 * How much further a candidate against the tense counts than one with it:
 * a past-tense "March 10" in a January story is last March (10 months back)
 * rather than this March (2 months ahead); a past-tense "Dec. 7" said in late
 * October is still this December (the tense read from a far verb is weak).
 */
export declare const AGAINST_TENSE_FACTOR = 6;
/** The same when the tense cue is right next to the expression ("collapsed in December"). */
export declare const AGAINST_NEAR_TENSE_FACTOR = 20;
/** The year for a month (and day) without one, from the tense or the direction word. */
export declare function pickYear(anchor: Ymd, month: number, day: number | null, tense: Tense, dir: Direction, wd?: number | null, near?: boolean): number;
/** The day a weekday name points at. */
export declare function pickWeekday(anchor: Ymd, wd: number, tense: Tense, dir: Direction, week: string | null): Ymd;
/** Resolve one expression; null when it cannot be resolved (no anchor for a relative one). */
export declare function resolveComponents(c: ParsedComponents, env: ResolveEnv): Resolved | null;
export {};
