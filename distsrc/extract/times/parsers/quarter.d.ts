/**
 * Business calendar periods, reported at year precision as annotators do:
 * quarters ("the third quarter", "third-quarter", "the year-ago quarter",
 * "the third quarter of 1984", "next year's first quarter"), reporting
 * periods ("the latest period", "the year-earlier period"), fiscal years
 * ("fiscal 1989", "the current fiscal year") and halves ("the first half of
 * 2019"), and "the full year".
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { BoundedParser } from './base.js';
export declare class QuarterParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
export declare class PeriodParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
export declare class FiscalYearParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
export declare class HalfYearParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
