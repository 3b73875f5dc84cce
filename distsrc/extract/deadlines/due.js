/**
 * Due times for deadlines: the time expressions of a sentence (from the times
 * extractor's mentions, or a fallback chrono-node parse of bounded windows)
 * and the conventions that turn one into a `due` value:
 *
 * - a weekday alone points forward from the publication date ("by Thursday"
 *   in a Sunday story is the coming Thursday; "on Friday" in a Friday story is
 *   that day), back when the deadline's own clause is in the past tense ("the
 *   deadline passed on Friday");
 * - a month and day without a year take the first year on or after the
 *   publication date ("March 1 is the deadline" in January), or, in a clause
 *   told in the past (the deadline's own verb or the verb that set it), the
 *   year nearest it ("had urged ... by July 31" in December is last July;
 *   "ordered ... by the end of January" in February is this January; "set an
 *   April 15 deadline" in February is this April);
 * - "the end of January / the month / the year" is its last day, "by next
 *   week" the Monday that starts it;
 * - "midnight Friday" is Friday 23:59 (the end of the named day);
 * - a clock time gets the UTC offset of the story's zone at that local time,
 *   from Intl (`utcOffset`), never from a table; a part of day without a clock
 *   ("Saturday afternoon") is a date.
 */
import * as chrono from 'chrono-node/en';
import { utcOffset } from '../../resolve/zone.js';
import { CLOCK_WORDS, DAY_PARTS, LEADING_PREPS, MONTHS, TIME_GLUE, VAGUE_TIMES, WEEKDAYS, } from './deadlines.rules.js';
// ---------------------------------------------------------------- calendar
function pad(n, w = 2) {
    return String(n).padStart(w, '0');
}
function daysInMonth(y, m) {
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function dayNumber(y, m, d) {
    return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}
function fromDayNumber(n) {
    const dt = new Date(n * 86_400_000);
    return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}
/** Monday of ISO week `w` of ISO year `y`. */
function isoWeekMonday(y, w) {
    const jan4 = dayNumber(y, 1, 4);
    const jan4Weekday = (new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7; // 0 = Monday
    return jan4 - jan4Weekday + (w - 1) * 7;
}
/**
 * The year of a month/day without one: in a past-tense clause the year that
 * puts it nearest the publication date (ties forward; "had urged ... by July
 * 31" in December is last July), otherwise the first on or after it ("March
 * 1 is the deadline" in January).
 */
function yearFor(month, day, pub, nearest) {
    if (nearest)
        return nearestYear(month, day, pub);
    const ref = dayNumber(pub.year, pub.month, pub.day);
    const d = Math.min(day, daysInMonth(pub.year, month));
    return dayNumber(pub.year, month, d) >= ref ? pub.year : pub.year + 1;
}
/** The year that puts month/day nearest the reference day; ties go forward. */
function nearestYear(month, day, pub) {
    const ref = dayNumber(pub.year, pub.month, pub.day);
    let best = pub.year;
    let bestDist = Infinity;
    for (const y of [pub.year - 1, pub.year, pub.year + 1]) {
        const d = Math.min(day, daysInMonth(y, month));
        const dist = Math.abs(dayNumber(y, month, d) - ref);
        if (dist < bestDist || (dist === bestDist && y > best)) {
            best = y;
            bestDist = dist;
        }
    }
    return best;
}
function offsetMinutes(s) {
    const m = /^([+-])(\d{2}):(\d{2})$/.exec(s);
    if (!m)
        return 0;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
function formatOffset(min) {
    const sign = min < 0 ? '-' : '+';
    const a = Math.abs(min);
    return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
/**
 * The UTC offset a zone has at a local wall-clock time, from Intl. Two
 * rounds settle the instant across a DST change.
 */
export function offsetAtLocal(timezone, y, mo, d, h, mi) {
    const wall = Date.UTC(y, mo - 1, d, h, mi);
    const first = offsetMinutes(utcOffset(timezone, new Date(wall)));
    const second = offsetMinutes(utcOffset(timezone, new Date(wall - first * 60_000)));
    if (second === first)
        return formatOffset(first);
    const third = offsetMinutes(utcOffset(timezone, new Date(wall - second * 60_000)));
    return formatOffset(third === second ? second : first);
}
// ---------------------------------------------------------------- reading values
const VALUE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const WEEK_RE = /^(\d{4})-W(\d{2})/;
/** The calendar fields of an ISO value from the times extractor. */
export function partsFromValue(value) {
    const w = WEEK_RE.exec(value);
    if (w)
        return { year: Number(w[1]), week: Number(w[2]) };
    const m = VALUE_RE.exec(value);
    if (!m)
        return null;
    const p = { year: Number(m[1]) };
    if (m[2])
        p.month = Number(m[2]);
    if (m[3])
        p.day = Number(m[3]);
    if (m[4]) {
        p.hour = Number(m[4]);
        p.minute = Number(m[5]);
    }
    if (m[6])
        p.offset = m[6] === 'Z' ? '+00:00' : m[6].includes(':') ? m[6] : `${m[6].slice(0, 3)}:${m[6].slice(3)}`;
    return p;
}
/** Lower-case word tokens of a short time text ("9 a.m." -> ["9", "a.m"]). */
export function timeWords(text) {
    const out = [];
    const re = /[\p{L}\p{N}]+(?:['\u2019.:][\p{L}\p{N}]+)*/gu;
    for (const m of text.toLowerCase().matchAll(re))
        out.push(m[0]);
    return out;
}
function isVague(text) {
    const words = timeWords(text);
    const t = words.join(' ');
    if (t.length === 0 || VAGUE_TIMES.has(t))
        return true;
    // "six months before" (the election): relative to an event, not to now
    const last = words[words.length - 1];
    return last === 'before' || last === 'after' || last === 'earlier' || last === 'prior';
}
function features(text) {
    const words = timeWords(text);
    const f = {
        words, weekday: null, month: null, yearDigits: null, dayNumber: false, endOf: false, next: false, last: false,
        thisWord: false, midnight: false, clock: false, unit: null,
    };
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const bare = w.replace(/['\u2019]s$/, '');
        if (WEEKDAYS.has(bare) && f.weekday === null)
            f.weekday = WEEKDAYS.get(bare);
        else if (MONTHS.has(bare) && f.month === null && !(bare === 'may' && i === 0 && words.length === 1))
            f.month = MONTHS.get(bare);
        if (/^\d{4}$/.test(w)) {
            const y = Number(w);
            if (y >= 1800 && y <= 2200)
                f.yearDigits = y;
        }
        else if (/^\d{1,2}(?:st|nd|rd|th)$/.test(w))
            f.dayNumber = true;
        else if (/^\d{1,2}$/.test(w)) {
            // a day number sits next to a month name ("March 3", "3 March"), not before a clock word
            const near = (x) => x !== undefined && MONTHS.has(x.replace(/\.$/, ''));
            if (near(words[i - 1]) || near(words[i + 1]) || (words[i - 1] === 'of' && near(words[i - 2])))
                f.dayNumber = true;
        }
        if (w === 'end' && words[i + 1] === 'of')
            f.endOf = true;
        if (w === 'next')
            f.next = true;
        if (w === 'last' || w === 'past' || w === 'previous')
            f.last = true;
        if (w === 'this')
            f.thisWord = true;
        if (w === 'midnight')
            f.midnight = true;
        if (CLOCK_WORDS.has(w) || /^\d{1,2}[:.]\d{2}$/.test(w) || /^\d{1,2}(?:am|pm|a\.m|p\.m)$/.test(w))
            f.clock = true;
        if (w === 'year' || w === 'years')
            f.unit ??= 'year';
        if (w === 'month' || w === 'months')
            f.unit ??= 'month';
        if (w === 'week' || w === 'weeks' || w === 'weekend')
            f.unit ??= 'week';
    }
    return f;
}
function dateStr(y, m, d) {
    return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
export function dueOf(c, ref, tense = 'present') {
    const past = tense === 'past';
    const nearest = tense !== 'present';
    const f = features(c.text);
    const p = c.parts;
    const pub = ref.pub;
    if (isVague(c.text))
        return null;
    // "the end of ..." -> its last day
    if (f.endOf) {
        if (f.month !== null) {
            const y = f.yearDigits ?? (pub ? yearFor(f.month, 31, pub, nearest) : p.year);
            if (y === undefined)
                return null;
            return dateStr(y, f.month, daysInMonth(y, f.month));
        }
        if (f.unit === 'year' || (f.yearDigits !== null && f.unit === null)) {
            const y = f.yearDigits ?? p.year ?? pub?.year;
            return y === undefined ? null : dateStr(y, 12, 31);
        }
        if (f.unit === 'month') {
            let y = p.year ?? pub?.year;
            let m = p.month ?? pub?.month;
            if (p.month === undefined && pub && f.next) {
                m = pub.month === 12 ? 1 : pub.month + 1;
                y = pub.month === 12 ? pub.year + 1 : pub.year;
            }
            if (y === undefined || m === undefined)
                return null;
            return dateStr(y, m, daysInMonth(y, m));
        }
        if (f.unit === 'week' && pub) {
            const today = dayNumber(pub.year, pub.month, pub.day);
            const mondayIdx = (new Date(today * 86_400_000).getUTCDay() + 6) % 7;
            const sunday = today - mondayIdx + 6 + (f.next ? 7 : 0);
            const s = fromDayNumber(sunday);
            return dateStr(s.year, s.month, s.day);
        }
    }
    let date = null;
    let precision = 'day';
    if (f.unit === 'week' && f.next && f.weekday === null && pub) {
        // "by next week": the Monday that starts it
        const today = dayNumber(pub.year, pub.month, pub.day);
        const mondayIdx = (new Date(today * 86_400_000).getUTCDay() + 6) % 7;
        date = fromDayNumber(today - mondayIdx + 7);
    }
    else if (f.weekday !== null && f.month === null && f.yearDigits === null && !f.dayNumber && !f.next && !f.last && pub) {
        // a weekday alone points forward (today included), back in a past-tense clause
        const today = dayNumber(pub.year, pub.month, pub.day);
        const wd = new Date(today * 86_400_000).getUTCDay();
        date = fromDayNumber(past ? today - ((wd - f.weekday + 7) % 7) : today + ((f.weekday - wd + 7) % 7));
    }
    else if (f.month !== null && f.yearDigits === null && pub && p.day !== undefined && f.dayNumber) {
        const y = yearFor(f.month, p.day, pub, nearest);
        date = { year: y, month: f.month, day: p.day };
    }
    else if (p.week !== undefined && p.year !== undefined) {
        date = fromDayNumber(isoWeekMonday(p.year, p.week));
    }
    else if (p.year !== undefined && p.month !== undefined && p.day !== undefined) {
        date = { year: p.year, month: p.month, day: p.day };
    }
    else if (p.year !== undefined && p.month !== undefined) {
        const y = f.month !== null && f.yearDigits === null && pub ? yearFor(p.month, 31, pub, nearest) : p.year;
        date = { year: y, month: p.month, day: 1 };
        precision = 'month';
    }
    else if (p.year !== undefined) {
        date = { year: p.year, month: 1, day: 1 };
        precision = 'year';
    }
    if (!date)
        return null;
    if (precision === 'year')
        return pad(date.year, 4);
    if (precision === 'month')
        return `${pad(date.year, 4)}-${pad(date.month)}`;
    const ds = dateStr(date.year, date.month, date.day);
    let hour;
    let minute = 0;
    if (f.midnight) {
        hour = 23;
        minute = 59;
    }
    else if (p.hour !== undefined && f.clock) {
        hour = p.hour;
        minute = p.minute ?? 0;
    }
    else if (p.hour !== undefined && !f.words.some((w) => DAY_PARTS.has(w)) && /\d/.test(c.text) && c.source === 'times') {
        // the times extractor saw a clock time in a form without a marker word ("at 0300")
        hour = p.hour;
        minute = p.minute ?? 0;
    }
    if (hour === undefined)
        return ds;
    const hm = `${pad(hour)}:${pad(minute)}`;
    let off = p.offset;
    if (!off && ref.timezone)
        off = offsetAtLocal(ref.timezone, date.year, date.month, date.day, hour, minute);
    return `${ds}T${hm}${off ?? ''}`;
}
// ---------------------------------------------------------------- candidates from the times extractor
/** The times extractor's mentions as candidates, sorted by start, for range look-ups. */
export function indexTimes(times) {
    const out = [];
    for (const t of times) {
        if (t.foundIn && t.foundIn !== 'text')
            continue;
        const parts = partsFromValue(t.value);
        if (!parts)
            continue;
        for (const m of t.mentions)
            out.push({ start: m.start, end: m.end, text: m.text, parts, source: 'times' });
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
/**
 * The indexed candidates that overlap [from, to) of `text`, nested ones
 * dropped and a clock time and a date written apart joined ("9 am" + "local
 * time on" + "Friday").
 */
export function candidatesFromTimes(index, from, to, text) {
    // first candidate that may end after `from`: candidates are short, so back off from the first start >= from
    let lo = 0;
    let hi = index.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (index[mid].start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    let i = lo;
    while (i > 0 && index[i - 1].end > from)
        i--;
    const out = [];
    for (; i < index.length && index[i].start < to; i++)
        if (index[i].end > from)
            out.push(index[i]);
    // nested mentions: keep the outer one
    const outer = out.filter((c, k) => !out.some((o, j) => j !== k && o.start <= c.start && o.end >= c.end && (o.end - o.start) > (c.end - c.start)));
    return mergeFragments(outer, text, 0);
}
// ---------------------------------------------------------------- the fallback parse
/** Longest window handed to chrono in one call (characters). */
export const MAX_WINDOW = 600;
function partsFromChrono(r) {
    const s = r.start;
    const p = {};
    const y = s.get('year');
    const mo = s.get('month');
    const d = s.get('day');
    if (y !== null)
        p.year = y;
    if (mo !== null)
        p.month = mo;
    if (d !== null)
        p.day = d;
    if (s.isCertain('hour')) {
        p.hour = s.get('hour') ?? undefined;
        p.minute = s.get('minute') ?? 0;
    }
    if (s.isCertain('timezoneOffset')) {
        const off = s.get('timezoneOffset');
        if (off !== null)
            p.offset = formatOffset(off);
    }
    // a month without a day ("by June") stays a month
    if (s.isCertain('month') && !s.isCertain('day') && !s.isCertain('weekday'))
        delete p.day;
    return p;
}
/**
 * Parse `text` (a window of the document starting at `base`) with chrono,
 * plus the forms it misses or misreads ("the end of the year", a bare year),
 * and merge fragments of one time ("9 am" + "local time on Friday").
 */
export function candidatesFromChrono(text, base, pub, budget) {
    if (budget.chars <= 0)
        return [];
    budget.chars -= text.length;
    const instant = pub ? new Date(Date.UTC(pub.year, pub.month - 1, pub.day, 12)) : new Date();
    const own = ownCandidates(text, base, pub);
    let cands = chronoCandidates(text, base, instant, true).filter((c) => !own.some((o) => o.start < c.end && c.start < o.end));
    cands = mergeFragments([...cands, ...own].sort((a, b) => a.start - b.start), text, base);
    return cands.filter((c) => !isVague(c.text));
}
/** A range's separator: "July 18-21", "last Thursday, to Nov. 6", "from 9 to 5". */
const RANGE_SEP = /(?:\s?[-\u2013\u2014]\s?|,? (?:to|through|until|till|and) )/gi; // document text has single spaces
function chronoCandidates(text, base, instant, splitRanges) {
    const out = [];
    for (const r of chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
        let start = r.index;
        let t = r.text;
        // a range is its start; its end, parsed alone, is a time of its own
        if (r.end && splitRanges && t.length <= 80) {
            let sep = null;
            for (const m of t.matchAll(RANGE_SEP))
                if (m.index > 0)
                    sep = m;
            if (sep) {
                const restAt = sep.index + sep[0].length;
                const rest = t.slice(restAt);
                if (/[A-Za-z]/.test(rest) && /[A-Za-z]{3}/.test(rest))
                    out.push(...chronoCandidates(rest, base + start + restAt, instant, false));
                t = t.slice(0, sep.index);
            }
        }
        // drop a leading preposition chrono keeps ("at 9 am", "on Friday")
        const lead = /^([A-Za-z]+)\s+/.exec(t);
        if (lead && LEADING_PREPS.has(lead[1].toLowerCase())) {
            start += lead[0].length;
            t = t.slice(lead[0].length);
        }
        // and trailing punctuation ("on Friday,")
        let cut = t.length;
        while (cut > 0 && ',;:.)( '.includes(t[cut - 1]) && !/[ap]\.m\.$/i.test(t.slice(0, cut)))
            cut--;
        t = t.slice(0, cut);
        if (t.length === 0)
            continue;
        out.push({ start: base + start, end: base + start + t.length, text: t, parts: partsFromChrono(r), source: 'chrono' });
    }
    return out.sort((a, b) => a.start - b.start);
}
/** Is the text between two fragments only glue ("local time on", ", ")? */
function isGlue(between) {
    if (between.length > 30)
        return false;
    const rest = between.toLowerCase().replace(/['\u2019]s\b/g, ' ').replace(/[,()]/g, ' ').trim();
    if (rest.length === 0)
        return true;
    return rest.split(/\s+/).every((w) => TIME_GLUE.has(w));
}
function mergeFragments(cands, text, base) {
    const out = [];
    for (const c of cands) {
        const prev = out[out.length - 1];
        if (prev && prev.source !== 'own' && c.source === prev.source && c.start >= prev.end && isGlue(text.slice(prev.end - base, c.start - base))) {
            const pClock = prev.parts.hour !== undefined;
            const cClock = c.parts.hour !== undefined;
            const prevDateText = /[A-Za-z]/.test(prev.text) && !timeWords(prev.text).every((w) => /^\d/.test(w) || CLOCK_WORDS.has(w));
            const cDateText = /[A-Za-z]/.test(c.text) && !timeWords(c.text).every((w) => /^\d/.test(w) || CLOCK_WORDS.has(w));
            if (pClock !== cClock || (prevDateText !== cDateText)) {
                const clock = pClock ? prev : c;
                const date = pClock ? c : prev;
                const parts = { ...date.parts, hour: clock.parts.hour, minute: clock.parts.minute };
                if (clock.parts.offset)
                    parts.offset = clock.parts.offset;
                const merged = { start: prev.start, end: c.end, text: text.slice(prev.start - base, c.end - base), parts, source: c.source };
                if (parts.hour === undefined)
                    delete parts.hour;
                if (merged.parts.minute === undefined)
                    delete merged.parts.minute;
                out[out.length - 1] = merged;
                continue;
            }
        }
        out.push(c);
    }
    return out;
}
/**
 * Forms chrono misreads or misses, found by a word scan (no regex over the
 * window): "(the) end of (the|this|next) year|month|week", "end of <Month>
 * [year]", "end of 2020", and a bare year ("by 2030").
 */
function ownCandidates(text, base, pub) {
    const out = [];
    const words = [];
    const re = /[\p{L}\p{N}]+(?:['\u2019.][\p{L}\p{N}]+)*/gu;
    for (const m of text.matchAll(re))
        words.push({ w: m[0].toLowerCase(), s: m.index, e: m.index + m[0].length });
    for (let i = 0; i < words.length; i++) {
        const w = words[i].w;
        if (w === 'end' && words[i + 1]?.w === 'of') {
            let j = i + 2;
            let sawNext = false;
            if (words[j]?.w === 'the' || words[j]?.w === 'this')
                j++;
            if (words[j]?.w === 'next') {
                sawNext = true;
                j++;
            }
            const u = words[j]?.w;
            if (u === undefined)
                continue;
            let endIdx = -1;
            const parts = {};
            if (u === 'year' || u === 'month' || u === 'week') {
                endIdx = j;
                if (pub) {
                    parts.year = pub.year + (sawNext && u === 'year' ? 1 : 0);
                    if (u === 'month') {
                        parts.month = pub.month;
                        if (sawNext) {
                            parts.month = pub.month === 12 ? 1 : pub.month + 1;
                            if (pub.month === 12)
                                parts.year = pub.year + 1;
                        }
                    }
                }
            }
            else if (MONTHS.has(u.replace(/\.$/, '')) && u !== 'may' || (u === 'may' && words[j + 1] !== undefined && /^\d{4}$/.test(words[j + 1].w))) {
                endIdx = j;
                parts.month = MONTHS.get(u.replace(/\.$/, ''));
                if (words[j + 1] && /^\d{4}$/.test(words[j + 1].w)) {
                    endIdx = j + 1;
                    parts.year = Number(words[j + 1].w);
                }
            }
            else if (/^\d{4}$/.test(u)) {
                endIdx = j;
                parts.year = Number(u);
            }
            if (endIdx < 0)
                continue;
            const s = words[i].s;
            const e = words[endIdx].e;
            out.push({ start: base + s, end: base + e, text: text.slice(s, e), parts, source: 'own' });
            i = endIdx;
            continue;
        }
        if (/^\d{4}$/.test(w)) {
            const y = Number(w);
            const prev = words[i - 1]?.w;
            const next = words[i + 1]?.w;
            if (y < 1900 || y > 2100)
                continue;
            if (prev === undefined || !['by', 'in', 'until', 'till', 'before', 'of', 'than'].includes(prev))
                continue;
            if (next === 'percent' || next === 'people' || next === 'votes')
                continue;
            // a year right after a month or a day is part of a date chrono reads
            const before = words[i - 2]?.w;
            if (before !== undefined && (MONTHS.has(before.replace(/\.$/, '')) || /^\d{1,2}$/.test(before)))
                continue;
            out.push({ start: base + words[i].s, end: base + words[i].e, text: words[i].w, parts: { year: y }, source: 'own' });
        }
    }
    return out;
}
//# sourceMappingURL=due.js.map