/**
 * Word lists and patterns for the times extractor, as data. The parsers in
 * `parsers/` and refiners in `refiners/` apply them; nothing here is specific
 * to any one article.
 */
export declare const MONTHS: Record<string, number>;
/** Full month names that are also common English words or names: need a licensing context when alone. */
export declare const AMBIGUOUS_MONTHS: Set<string>;
export declare const WEEKDAYS: Record<string, number>;
/** Number words, for counts ("two days ago") and spelled-out years. */
export declare const NUMBER_WORDS: Record<string, number>;
export declare const TENS_WORDS: Record<string, number>;
export declare const UNITS_WORDS: Record<string, number>;
export declare const TEENS_WORDS: Record<string, number>;
/** Seasons: the month they start in (northern hemisphere, meteorological). */
export declare const SEASONS: Record<string, number>;
/**
 * Holidays: a fixed month and day, or a rule computed per year. Only those
 * with one date worldwide or a widely reported one are listed.
 */
export type HolidayRule = {
    month: number;
    day: number;
} | {
    nth: number;
    weekday: number;
    month: number;
} | {
    easter: number;
} | {
    election: true;
};
export declare const HOLIDAYS: Record<string, HolidayRule>;
/** Words before a time expression that belong to the sentence, not the expression. */
export declare const LEADING_PREPOSITIONS: Set<string>;
/**
 * Modifiers that annotators include in the span ("early Friday", "late
 * November", "earlier this month", "the end of 2020"). Matched backwards from
 * the expression's start; the value keeps the expression's precision.
 */
export declare const SPAN_MODIFIERS: RegExp;
/** A bare month or year is a time when one of these words comes right before it. */
export declare const LICENSING_BEFORE: Set<string>;
/** Words after a 4-digit number that show it is a count or a code, not a year. */
export declare const NOT_YEAR_AFTER: RegExp;
/** Words before a 4-digit number that show it is not a year. */
export declare const NOT_YEAR_BEFORE: RegExp;
/** Tense cues: words that put the clause in the future. */
export declare const FUTURE_CUES: Set<string>;
/** Words that put the clause in the future when "to" or "for" follows ("scheduled for", "expected to", "plans to"). */
export declare const FUTURE_BEFORE_TO_FOR: Set<string>;
/**
 * Reporting verbs: they date the saying, not what is said, so they count only
 * right next to the expression ("said Tuesday", "announced on Monday").
 */
export declare const REPORTING_VERBS: Set<string>;
/** Cues that the clause reports the past. */
export declare const PAST_CUES: Set<string>;
/** "-ed" words that are not past-tense verbs. */
export declare const NOT_PAST_ED: Set<string>;
/** Vague or durational words chrono reads as times that annotators leave out or mark optional. */
export declare const VAGUE_TEXTS: Set<string>;
/**
 * Time-zone abbreviations printed after clock times: a fixed offset in
 * minutes, or an IANA zone when the abbreviation follows daylight saving
 * ("ET" is EST or EDT by date). Upper case only in text.
 */
export declare const ZONE_ABBREVIATIONS: Record<string, number | string>;
/** Words that make a following weekday part of a name ("Bloody Sunday", "Black Friday", "Super Tuesday"). */
export declare const WEEKDAY_NAME_PREFIXES: Set<string>;
/** "today's" before these words means "of our time", not the publication day. */
export declare const GENERIC_TODAY_NOUNS: RegExp;
/** A capitalized "Today" after one of these is a name ("USA Today", "VOA Today"). */
export declare const TODAY_NAME_BEFORE: RegExp;
