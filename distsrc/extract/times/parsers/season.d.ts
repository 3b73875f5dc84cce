/**
 * Seasons, at year precision: "last fall", "this summer", "the winter of
 * 1994", "spring 2019", "the early summer". "fall" and "spring" are common
 * words, so they need a time word before them or a year after them.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { BoundedParser } from './base.js';
export declare class SeasonParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
