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
// the English locale only: the package root loads all 16 locales (~270 files, ~75 ms at start-up)
import * as en from 'chrono-node/en';
import { AgoParser, YearAgoAdjectiveParser } from './parsers/ago.js';
import { ClockWordParser } from './parsers/clock.js';
import { HolidayParser } from './parsers/holiday.js';
import { PartOfDayParser } from './parsers/partOfDay.js';
import { FiscalYearParser, HalfYearParser, PeriodParser, QuarterParser } from './parsers/quarter.js';
import { EarlierInTheParser, RelativeUnitParser, YearEndParser } from './parsers/relative.js';
import { SeasonParser } from './parsers/season.js';
import { SpelledYearParser } from './parsers/spelledYear.js';
import { WeekdayParser } from './parsers/weekday.js';
import { DecadeParser, YearParser } from './parsers/year.js';
import { ContextFilter, ClockWordFilter } from './refiners/filter.js';
import { ModifierPrefixRefiner, MonthDirectionRefiner, TimeSuffixRefiner } from './refiners/extend.js';
import { MergeDayTimeRefiner, MergeMonthYearRefiner, MergeWeekdayDateRefiner } from './refiners/merge.js';
import { TrimRefiner } from './refiners/trim.js';
/** chrono's parsers kept, by class name (the package does not export them one by one). */
const CHRONO_DATE_PARSERS = [
    'ISOFormatParser',
    'ENYearMonthDayParser',
    'SlashDateFormatParser',
    'ENMonthNameLittleEndianParser',
    'ENMonthNameMiddleEndianParser',
    'ENMonthNameParser',
];
function pick(list, name) {
    const found = list.find((x) => x.constructor.name === name);
    if (!found)
        throw new Error(`chrono-node has no ${name}: the times configuration needs updating`);
    return found;
}
export function buildChrono() {
    const casual = en.casual;
    const strict = en.strict;
    const parsers = [
        ...CHRONO_DATE_PARSERS.map((n) => pick(casual.parsers, n)),
        // strict: a clock time needs minutes or am/pm, not "at 5"
        pick(strict.parsers, 'ENTimeExpressionParser'),
        new WeekdayParser(),
        new PartOfDayParser(),
        new RelativeUnitParser(),
        new YearEndParser(),
        new EarlierInTheParser(),
        new AgoParser(),
        new YearAgoAdjectiveParser(),
        new QuarterParser(),
        new PeriodParser(),
        new FiscalYearParser(),
        new HalfYearParser(),
        new SeasonParser(),
        new YearParser(),
        new DecadeParser(),
        new SpelledYearParser(),
        new HolidayParser(),
        new ClockWordParser(),
    ];
    const overlap = pick(casual.refiners, 'OverlapRemovalRefiner');
    const refiners = [
        overlap,
        new TrimRefiner(),
        new ContextFilter(),
        new TimeSuffixRefiner(),
        new MergeWeekdayDateRefiner(),
        new MergeDayTimeRefiner(),
        new TimeSuffixRefiner(),
        new ClockWordFilter(),
        new MergeMonthYearRefiner(),
        new MonthDirectionRefiner(),
        new ModifierPrefixRefiner(),
        overlap,
    ];
    return new en.Chrono({ parsers, refiners });
}
//# sourceMappingURL=chrono.js.map