/**
 * Widens spans to what annotators mark:
 * - after a clock time: "local time", "after midnight", a zone ("GMT",
 *   "EST", "GMT+3"), which also sets the offset;
 * - before an expression: "early", "late", "mid-", "earlier", "later", "the
 *   end of", "the beginning of", "the middle of" ("early Friday", "late
 *   November", "earlier this month", "the end of 2020"). The value keeps the
 *   expression's precision.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
export declare class TimeSuffixRefiner implements Refiner {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[];
}
export declare class ModifierPrefixRefiner implements Refiner {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[];
}
/** "last April", "next March", "this September": the direction word joins the month's span and points it. */
export declare class MonthDirectionRefiner implements Refiner {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[];
}
