/**
 * Joins a clock time and the day next to it into one date-time:
 * "9 am local time on Friday", "10 p.m. Wednesday", "noon Thursday",
 * "Friday at 9 am", "this morning's 9 o'clock", "Nov. 20, 2019 08:00 GMT".
 * "midnight" joined to a day is the end of that day.
 */
import { ParsingResult } from 'chrono-node/en';
import type { ParsingContext, Refiner } from 'chrono-node';
export declare class MergeDayTimeRefiner implements Refiner {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[];
}
/** "January this year", "June last year", "March of next year": a month with a relative year. */
export declare class MergeMonthYearRefiner implements Refiner {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[];
}
/** "Friday, Oct. 23", "Saturday, April 25", "Friday Oct. 13": a weekday before a date joins it (and picks its year). */
export declare class MergeWeekdayDateRefiner implements Refiner {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[];
}
