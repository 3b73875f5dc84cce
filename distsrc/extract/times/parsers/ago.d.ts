/**
 * Points a counted number of units before the publication date: "two days
 * ago", "a year ago", "nearly four years ago", "a year earlier", "six weeks
 * ago". Vague counts ("a few", "several") are left out, as annotators mark
 * them optional. Precision follows the unit.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { BoundedParser } from './base.js';
export declare class AgoParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
/** "year-earlier", "year-ago" (as in "the year-ago quarter"): the year before the publication year. */
export declare class YearAgoAdjectiveParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
