/**
 * Years spelled out, as broadcast transcripts print them: "nineteen
 * ninety-six", "nineteen eighty", "the year two thousand", "two thousand
 * and one" (the last only after "the year" or "in").
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { BoundedParser } from './base.js';
export declare class SpelledYearParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
