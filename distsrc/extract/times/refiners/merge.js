/**
 * Joins a clock time and the day next to it into one date-time:
 * "9 am local time on Friday", "10 p.m. Wednesday", "noon Thursday",
 * "Friday at 9 am", "this morning's 9 o'clock", "Nov. 20, 2019 08:00 GMT".
 * "midnight" joined to a day is the end of that day.
 */
import { ParsingResult } from 'chrono-node/en';
import { endOf, isDayOnly, isTimeOnly, knownOf } from './util.js';
/** Between a clock time and the day after it. */
const TIME_THEN_DAY = /^(?:\s*(?:local\s+time))?\s*(?:,\s*)?(?:(?:on|of)\s+)?(?:the\s+)?$/i;
/** Between a day and the clock time after it. */
const DAY_THEN_TIME = /^(?:['’]s\s+|\s*,\s*|\s+(?:at|around|about|from|by|before|after|until|,)\s+|\s*-\s*|\s+)$/i;
const DATE_KEYS = ['year', 'month', 'day', 'weekday'];
const TIME_KEYS = ['hour', 'minute', 'second', 'meridiem', 'timezoneOffset'];
/**
 * Walk the results in order and let `join` merge each one with the next; a
 * merged pair is replaced by one result spanning both.
 */
function mergePairs(context, results, join) {
    if (results.length < 2)
        return results;
    const out = [];
    let i = 0;
    while (i < results.length) {
        const a = results[i];
        const b = results[i + 1];
        const comps = b ? join(a, b) : null;
        if (b && comps) {
            out.push(new ParsingResult(context.reference, a.index, context.text.slice(a.index, endOf(b)), comps));
            i += 2;
        }
        else {
            out.push(a);
            i++;
        }
    }
    return out;
}
export class MergeDayTimeRefiner {
    refine(context, results) {
        return mergePairs(context, results, (a, b) => {
            if (b.index < endOf(a))
                return null;
            const gap = context.text.slice(endOf(a), b.index);
            const timeThenDay = isTimeOnly(a.start) && isDayOnly(b.start) && TIME_THEN_DAY.test(gap);
            const dayThenTime = isDayOnly(a.start) && isTimeOnly(b.start) && DAY_THEN_TIME.test(gap);
            if (!timeThenDay && !dayThenTime)
                return null;
            const day = timeThenDay ? b : a;
            const time = timeThenDay ? a : b;
            const comps = context.createParsingComponents({ ...knownOf(day.start, DATE_KEYS), ...knownOf(time.start, TIME_KEYS) });
            comps.addTags(day.start.tags());
            comps.addTags(time.start.tags());
            comps.addTag('merged-day-time');
            return comps;
        });
    }
}
/** "January this year", "June last year", "March of next year": a month with a relative year. */
export class MergeMonthYearRefiner {
    refine(context, results) {
        return mergePairs(context, results, (a, b) => {
            const bareMonth = a.start.isCertain('month') && !a.start.isCertain('year') && !a.start.isCertain('hour');
            const tags = b.start.tags();
            const yearLike = tags.has('rule:relative-year') || tags.has('rule:spelled-year') || tags.has('rule:year');
            if (!bareMonth || !yearLike || !/^\s*,?\s+(?:of\s+)?$/i.test(context.text.slice(endOf(a), b.index)))
                return null;
            const comps = context.createParsingComponents({ ...knownOf(a.start, DATE_KEYS), year: b.start.get('year') });
            comps.addTags([...a.start.tags()].filter((t) => !t.startsWith('direction:')));
            return comps;
        });
    }
}
/** "Friday, Oct. 23", "Saturday, April 25", "Friday Oct. 13": a weekday before a date joins it (and picks its year). */
export class MergeWeekdayDateRefiner {
    refine(context, results) {
        return mergePairs(context, results, (a, b) => {
            const weekdayOnly = a.start.isCertain('weekday') && !a.start.isCertain('day') && !a.start.isCertain('hour') && !a.start.tags().has('precision:week');
            const date = b.start.isCertain('day') && b.start.isCertain('month') && !b.start.isCertain('weekday');
            if (!weekdayOnly || !date || !/^\s*,?\s*(?:the\s+)?$/i.test(context.text.slice(endOf(a), b.index)))
                return null;
            const comps = context.createParsingComponents({ ...knownOf(b.start, [...DATE_KEYS, ...TIME_KEYS]), weekday: a.start.get('weekday') });
            comps.addTags([...b.start.tags()]);
            comps.addTag('merged-weekday-date');
            return comps;
        });
    }
}
//# sourceMappingURL=merge.js.map