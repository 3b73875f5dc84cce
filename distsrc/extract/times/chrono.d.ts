/**
 * The chrono configuration the times extractor runs: chrono's own parsers for
 * calendar dates and clock times, then the parsers in `parsers/` for what
 * news text says that chrono reads differently or not at all, then refiners
 * in this order:
 *
 * 1. overlap removal (chrono's): the longest of overlapping matches wins;
 * 2. trim: leading prepositions and trailing punctuation out of the spans;
 * 3. context filter: verbs, names, numbers and vague words out;
 * 4. time suffix: "local time", "after midnight", zones;
 * 5. merge a weekday with the date after it, then a clock time with its day;
 * 6. time suffix again (after "Friday at 9 am");
 * 7. bare clock words out;
 * 8. a month with a relative year ("June last year");
 * 9. a direction word into a month's span ("last April");
 * 10. modifiers into the spans ("early", "late", "mid-", "the end of");
 * 11. overlap removal again.
 */
import * as en from 'chrono-node/en';
export declare function buildChrono(): en.Chrono;
