/**
 * Shared pieces of the custom chrono parsers: the anchor (publication day)
 * read from chrono's reference, result construction with tags, and the tag
 * vocabulary the resolver reads.
 *
 * Every reference handed to chrono is the anchor day at 12:00 UTC with a
 * zero offset, so chrono's components are the story's wall-clock values and
 * the anchor is read back with UTC getters.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { Component } from 'chrono-node';
import type { Precision, Ymd } from '../calendar.js';
export type Components = {
    [c in Component]?: number;
};
/** Tags carried on results (chrono keeps tags through merges). */
export declare const TAG: {
    rule: (name: string) => string;
    precision: (p: Precision) => string;
    /** a weekday, month or holiday with last/next/this: resolve in that direction */
    direction: (d: "last" | "next" | "this") => string;
    holiday: (key: string) => string;
    /** relative to the previously mentioned time: unit and shift */
    anaphoric: (unit: "year" | "month" | "day", shift: number) => string;
    /** no anchor needed: the value does not depend on the publication date */
    absolute: string;
    /** computed from the publication day */
    relative: string;
    /** a clock time at the end of the day named ("midnight Friday") */
    endOfDay: string;
};
export declare function anchorOf(context: ParsingContext): Ymd;
/** A result over text[index, index + length) with known components and tags. */
export declare function makeResult(context: ParsingContext, index: number, text: string, known: Components, tags: string[]): ParsingResult;
export declare abstract class BoundedParser implements Parser {
    private cached;
    protected abstract innerPattern(): RegExp;
    /** A cheap test a text must pass for the pattern to be tried at all (a keyword the pattern needs). */
    protected keyword(): RegExp | null;
    private keywordCache;
    protected abstract innerExtract(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null;
    pattern(context?: ParsingContext): RegExp;
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null;
}
/** "(?:a|b|c)" from a list, longest first, spaces as \s+. */
export declare function alternation(words: Iterable<string>): string;
/** Count words: digits or number words ("two", "a", "a couple of"). */
export declare function countValue(s: string, words: Record<string, number>): number | null;
