/**
 * Calendar units named relative to the publication date: "last week", "this
 * month", "next year", "the past year", "the current quarter", "this
 * weekend", "over the weekend". Values at the unit's precision (a quarter at
 * year precision, a weekend as its ISO week).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { BoundedParser } from './base.js';
export declare class RelativeUnitParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
/**
 * The end of the year ("year-end", "by year's end", "the end of the year"):
 * December 31 of this year, or of last year when the text looks back ("since
 * year-end").
 */
export declare class YearEndParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
/** "earlier in the year", "later in the month", "later in the day": this year, month, day. */
export declare class EarlierInTheParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
