import { addDays, addMonths, compareYmd, dayDiff, easter, formatDate, formatMonth, formatOffset, formatTime, formatWeek, formatYear, nthWeekday, weekday, zoneOffsetAtLocal, } from './calendar.js';
import { HOLIDAYS } from './times.rules.js';
import { hasTagPrefix, tagValue } from './refiners/util.js';
function pointFor(tense) {
    if (tense === 'past')
        return 'past';
    if (tense === 'future')
        return 'future';
    return null;
}
/**
 * How much further a candidate against the tense counts than one with it:
 * a past-tense "March 10" in a January story is last March (10 months back)
 * rather than this March (2 months ahead); a past-tense "Dec. 7" said in late
 * October is still this December (the tense read from a far verb is weak).
 */
export const AGAINST_TENSE_FACTOR = 6;
/** The same when the tense cue is right next to the expression ("collapsed in December"). */
export const AGAINST_NEAR_TENSE_FACTOR = 20;
/** The year for a month (and day) without one, from the tense or the direction word. */
export function pickYear(anchor, month, day, tense, dir, wd = null, near = false) {
    const factor = near ? AGAINST_NEAR_TENSE_FACTOR : AGAINST_TENSE_FACTOR;
    let cands = [anchor.year - 1, anchor.year, anchor.year + 1];
    const diff = (y) => (day === null ? ((y - anchor.year) * 12 + month - anchor.month) * 30.4 : dayDiff(anchor, { year: y, month, day }));
    if (day !== null && wd !== null) {
        // "Saturday, April 25": the year in which April 25 is a Saturday
        const fit = cands.filter((y) => weekday({ year: y, month, day }) === wd);
        if (fit.length)
            cands = fit;
    }
    if (dir === 'this')
        return anchor.year;
    if (dir === 'last') {
        // "last April": the most recent April before this month
        return cands.filter((y) => diff(y) < 0 && !(day === null && diff(y) === 0)).pop() ?? anchor.year - 1;
    }
    if (dir === 'next')
        return cands.find((y) => diff(y) > 0) ?? anchor.year + 1;
    const point = pointFor(tense);
    let best = anchor.year;
    let bestCost = Infinity;
    for (const y of cands) {
        const d = diff(y);
        let cost;
        if (point === 'past')
            cost = d <= 0 ? -d : d * factor;
        else if (point === 'future')
            cost = d >= 0 ? d : -d * factor;
        else
            cost = Math.abs(d) + (d > 0 ? 0.5 : 0);
        if (cost < bestCost) {
            best = y;
            bestCost = cost;
        }
    }
    return best;
}
/** The day a weekday name points at. */
export function pickWeekday(anchor, wd, tense, dir, week) {
    const awd = weekday(anchor);
    if (week) {
        // "Tuesday of next week": that weekday in the ISO week before/of/after
        const monday = addDays(anchor, -((awd + 6) % 7));
        const shift = week === 'last' ? -7 : week === 'next' ? 7 : 0;
        return addDays(monday, shift + ((wd + 6) % 7));
    }
    const back = -(((awd - wd) % 7) + 7) % 7; // 0..-6
    const fwd = (((wd - awd) % 7) + 7) % 7; // 0..6
    if (dir === 'last')
        return addDays(anchor, back === 0 ? -7 : back);
    if (dir === 'next')
        return addDays(anchor, fwd === 0 ? 7 : fwd);
    if (back === 0)
        return anchor;
    if (dir === 'this')
        return addDays(anchor, tense === 'past' ? back : fwd);
    return addDays(anchor, tense === 'future' ? fwd : back);
}
function holidayDate(key, year) {
    const rule = HOLIDAYS[key];
    if (!rule)
        return null;
    if ('easter' in rule)
        return addDays(easter(year), rule.easter);
    if ('election' in rule) {
        // US general election: the Tuesday after the first Monday of November
        return addDays(nthWeekday(year, 11, 1, 1), 1);
    }
    if ('nth' in rule)
        return nthWeekday(year, rule.month, rule.weekday, rule.nth);
    return { year, month: rule.month, day: rule.day };
}
function pickHoliday(anchor, key, tense, dir) {
    const cands = [anchor.year - 1, anchor.year, anchor.year + 1].map((y) => holidayDate(key, y)).filter((d) => d !== null);
    if (!cands.length)
        return null;
    const point = dir === 'last' ? 'past' : dir === 'next' ? 'future' : dir === 'this' ? null : pointFor(tense);
    if (dir === 'this')
        return cands[1];
    if (point === 'past')
        return cands.filter((d) => compareYmd(d, anchor) <= 0).pop() ?? null;
    if (point === 'future')
        return cands.find((d) => compareYmd(d, anchor) >= 0) ?? null;
    let best = cands[0];
    for (const d of cands)
        if (Math.abs(dayDiff(anchor, d)) < Math.abs(dayDiff(anchor, best)))
            best = d;
    return best;
}
function typeOf(p) {
    switch (p) {
        case 'minute':
            return 'datetime';
        case 'day':
            return 'date';
        case 'week':
            return 'week';
        case 'month':
            return 'month';
        case 'year':
            return 'year';
        default:
            return 'other';
    }
}
function make(precision, year, month, date, value) {
    return { value, type: typeOf(precision), precision, date, year, month };
}
/** Resolve one expression; null when it cannot be resolved (no anchor for a relative one). */
export function resolveComponents(c, env) {
    const { anchor, tense } = env;
    const dir = tagValue(c, 'direction:') ?? null;
    const tagged = tagValue(c, 'precision:');
    const absolute = !c.tags().has('relative') && (c.tags().has('absolute') || c.isCertain('year'));
    // "the following year", "that year": from the last time named
    const ana = tagValue(c, 'anaphoric:');
    if (ana) {
        const [unit, shiftS] = ana.split(':');
        const shift = Number(shiftS);
        const prev = env.previous;
        if (prev && (unit === 'year' || prev.month !== null)) {
            if (unit === 'year')
                return make('year', prev.year + shift, null, null, formatYear(prev.year + shift));
            const d = addMonths({ year: prev.year, month: prev.month, day: 1 }, shift);
            return make('month', d.year, d.month, null, formatMonth(d.year, d.month));
        }
        const fb = tagValue(c, 'fallback-shift:');
        if (fb === null || !anchor)
            return null;
        if (unit === 'year')
            return make('year', anchor.year + Number(fb), null, null, formatYear(anchor.year + Number(fb)));
        const d = addMonths(anchor, Number(fb));
        return make('month', d.year, d.month, null, formatMonth(d.year, d.month));
    }
    if (!anchor && !absolute)
        return null;
    // a clock time
    if (c.isCertain('hour')) {
        let date = null;
        if (c.isCertain('day') && c.isCertain('month')) {
            const year = c.isCertain('year') ? c.get('year') : anchor ? pickYear(anchor, c.get('month'), c.get('day'), tense, dir, c.isCertain('weekday') ? c.get('weekday') : null, env.nearTense) : null;
            if (year === null)
                return null;
            date = { year, month: c.get('month'), day: c.get('day') };
        }
        else if (c.isCertain('weekday') && anchor) {
            date = pickWeekday(anchor, c.get('weekday'), tense, dir, tagValue(c, 'week:'));
        }
        else {
            date = env.dayHint ?? anchor;
        }
        if (!date)
            return null;
        let hour = c.get('hour');
        const minute = c.get('minute') ?? 0;
        if (c.tags().has('end-of-day') && c.tags().has('merged-day-time') && hour === 0)
            date = addDays(date, 1);
        if (hour === 24) {
            hour = 0;
            date = addDays(date, 1);
        }
        let value = `${formatDate(date)}T${formatTime(hour, minute)}`;
        if (c.isCertain('timezoneOffset'))
            value += formatOffset(c.get('timezoneOffset'));
        else if (env.zone)
            value += zoneOffsetAtLocal(env.zone, date, hour, minute);
        return make('minute', date.year, date.month, date, value);
    }
    const precision = tagged ?? (c.isCertain('day') || c.isCertain('weekday') || hasTagPrefix(c, 'holiday:') ? 'day' : c.isCertain('month') ? 'month' : c.isCertain('year') ? 'year' : null);
    if (!precision)
        return null;
    // a holiday
    const holiday = tagValue(c, 'holiday:');
    if (holiday) {
        const d = c.isCertain('year') ? holidayDate(holiday, c.get('year')) : anchor ? pickHoliday(anchor, holiday, tense, dir) : null;
        if (!d)
            return null;
        return make('day', d.year, d.month, d, formatDate(d));
    }
    // a weekday (or a weekend found by its Saturday)
    if (c.isCertain('weekday') && !c.isCertain('day')) {
        if (!anchor)
            return null;
        const d = pickWeekday(anchor, c.get('weekday'), tense, dir, tagValue(c, 'week:'));
        if (precision === 'week')
            return make('week', d.year, d.month, d, formatWeek(d));
        return make('day', d.year, d.month, d, formatDate(d));
    }
    const y = c.isCertain('year') ? c.get('year') : null;
    switch (precision) {
        case 'decade':
            return make('decade', y ?? 0, null, null, String(Math.floor((y ?? 0) / 10)).padStart(3, '0'));
        case 'year': {
            let year = c.get('year');
            if (c.tags().has('season-tense') && anchor) {
                // "the summer" said of the past before this summer began: last year's
                const p = pointFor(tense);
                if (p === 'past' && year === anchor.year && anchor.month < 6)
                    year -= 1;
            }
            return make('year', year, null, null, formatYear(year));
        }
        case 'month': {
            const month = c.get('month');
            const year = y ?? (anchor ? pickYear(anchor, month, null, tense, dir, null, env.nearTense) : null);
            if (year === null)
                return null;
            return make('month', year, month, null, formatMonth(year, month));
        }
        case 'week': {
            const d = { year: c.get('year'), month: c.get('month'), day: c.get('day') };
            return make('week', d.year, d.month, d, formatWeek(d));
        }
        case 'day': {
            const month = c.get('month');
            const day = c.get('day');
            const year = y ?? (anchor ? pickYear(anchor, month, day, tense, dir, c.isCertain('weekday') ? c.get('weekday') : null, env.nearTense) : null);
            if (year === null)
                return null;
            const d = { year, month, day };
            return make('day', year, month, d, formatDate(d));
        }
        default:
            return null;
    }
}
//# sourceMappingURL=resolve.js.map