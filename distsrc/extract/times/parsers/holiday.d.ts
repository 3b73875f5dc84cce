/**
 * Holidays with a known date: "Christmas", "Thanksgiving Day", "Election
 * Day", "Good Friday". The year is chosen later from the tense, like a month
 * and day without a year.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { BoundedParser } from './base.js';
export declare class HolidayParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
