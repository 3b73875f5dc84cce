/**
 * Weekday names: "Friday", "last Tuesday", "next Monday", "this coming
 * Sunday", "Tuesday of next week". The day is chosen later from the tense
 * (and the direction word, when there is one).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { BoundedParser } from './base.js';
export declare class WeekdayParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
