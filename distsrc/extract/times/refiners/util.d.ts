/** Helpers shared by the refiners. */
import { ParsingResult } from 'chrono-node/en';
import type { ParsingContext, ParsedComponents } from 'chrono-node';
import type { Components } from '../parsers/base.js';
/** A clock time with no date part. */
export declare function isTimeOnly(c: ParsedComponents): boolean;
/** Names a single day (a date, a weekday, a relative day), without a clock time. */
export declare function isDayOnly(c: ParsedComponents): boolean;
export declare function hasTagPrefix(c: ParsedComponents, prefix: string): boolean;
export declare function tagValue(c: ParsedComponents, prefix: string): string | null;
export declare function knownOf(c: ParsedComponents, parts: readonly string[]): Components;
/** A copy of a result over a new span [start, end) of the context text. */
export declare function respan(context: ParsingContext, r: ParsingResult, start: number, end: number): ParsingResult;
export declare const endOf: (r: ParsingResult) => number;
