import type { TimeExpr } from '../../schema.js';
/** Calendar fields known for a time expression. */
export interface TimeParts {
    year?: number;
    month?: number;
    day?: number;
    hour?: number;
    minute?: number;
    /** An explicit UTC offset ("+03:00") the expression or its value carries. */
    offset?: string;
    /** ISO week, when the value is a week ("2015-W49"). */
    week?: number;
}
/** A time expression found in the document. */
export interface TimeCandidate {
    start: number;
    end: number;
    text: string;
    parts: TimeParts;
    source: 'times' | 'chrono' | 'own';
}
/** The reference the conventions resolve against. */
export interface DueReference {
    /** Publication date (local calendar date) as y/m/d, or null when unknown. */
    pub: {
        year: number;
        month: number;
        day: number;
    } | null;
    timezone: string | null;
}
/**
 * The UTC offset a zone has at a local wall-clock time, from Intl. Two
 * rounds settle the instant across a DST change.
 */
export declare function offsetAtLocal(timezone: string, y: number, mo: number, d: number, h: number, mi: number): string;
/** The calendar fields of an ISO value from the times extractor. */
export declare function partsFromValue(value: string): TimeParts | null;
/** Lower-case word tokens of a short time text ("9 a.m." -> ["9", "a.m"]). */
export declare function timeWords(text: string): string[];
/**
 * The `due` value for a time candidate under the deadline conventions, or
 * null when the candidate names no usable point.
 */
export type ClauseTense = 'past' | 'past-setting' | 'present';
export declare function dueOf(c: TimeCandidate, ref: DueReference, tense?: ClauseTense): string | null;
/** The times extractor's mentions as candidates, sorted by start, for range look-ups. */
export declare function indexTimes(times: readonly TimeExpr[]): TimeCandidate[];
/**
 * The indexed candidates that overlap [from, to) of `text`, nested ones
 * dropped and a clock time and a date written apart joined ("9 am" + "local
 * time on" + "Friday").
 */
export declare function candidatesFromTimes(index: readonly TimeCandidate[], from: number, to: number, text: string): TimeCandidate[];
/** Longest window handed to chrono in one call (characters). */
export declare const MAX_WINDOW = 600;
export interface ChronoBudget {
    /** Characters chrono may still read for this document. */
    chars: number;
}
/**
 * Parse `text` (a window of the document starting at `base`) with chrono,
 * plus the forms it misses or misreads ("the end of the year", a bare year),
 * and merge fragments of one time ("9 am" + "local time on Friday").
 */
export declare function candidatesFromChrono(text: string, base: number, pub: DueReference['pub'], budget: ChronoBudget): TimeCandidate[];
