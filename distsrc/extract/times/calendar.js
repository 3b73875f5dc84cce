/**
 * Calendar arithmetic on plain dates (year, month 1-12, day), done in UTC so
 * no local time zone or daylight-saving shift can move a day, and ISO 8601
 * formatting at a precision.
 */
import { utcOffset } from '../../resolve/zone.js';
export function ymd(year, month, day) {
    const d = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC maps years 0-99 to 1900-1999
    if (year >= 0 && year < 100)
        d.setUTCFullYear(year);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
export function addDays(d, n) {
    return ymd(d.year, d.month, d.day + n);
}
export function addMonths(d, n) {
    const total = d.year * 12 + (d.month - 1) + n;
    const year = Math.floor(total / 12);
    const month = total - year * 12 + 1;
    return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}
export function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** 0 = Sunday ... 6 = Saturday. */
export function weekday(d) {
    return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}
/** Days from a to b (b - a). */
export function dayDiff(a, b) {
    return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000);
}
export function compareYmd(a, b) {
    return a.year - b.year || a.month - b.month || a.day - b.day;
}
/** The ISO 8601 week holding a date: its year and number. */
export function isoWeek(d) {
    const wd = (weekday(d) + 6) % 7; // Monday = 0
    const thursday = addDays(d, 3 - wd);
    const jan1 = { year: thursday.year, month: 1, day: 1 };
    return { year: thursday.year, week: Math.floor(dayDiff(jan1, thursday) / 7) + 1 };
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
export function formatYear(year) {
    return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}
export function formatDate(d) {
    return `${formatYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}
export function formatMonth(year, month) {
    return `${formatYear(year)}-${pad(month)}`;
}
export function formatWeek(d) {
    const w = isoWeek(d);
    return `${formatYear(w.year)}-W${pad(w.week)}`;
}
export function formatTime(hour, minute) {
    return `${pad(hour)}:${pad(minute)}`;
}
/** "+03:00" for an offset in minutes east of UTC. */
export function formatOffset(minutes) {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
/** Minutes east of UTC for "+03:00", "-0500", "Z"; null when unreadable. */
export function parseOffset(s) {
    if (s === 'Z')
        return 0;
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(s);
    if (!m)
        return null;
    const v = Number(m[2]) * 60 + Number(m[3]);
    return m[1] === '-' ? -v : v;
}
/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easter(year) {
    const a = year % 19;
    const b = Math.floor(year / 100);
    const c = year % 100;
    const d = Math.floor(b / 4);
    const e = b % 4;
    const f = Math.floor((b + 8) / 25);
    const g = Math.floor((b - f + 1) / 3);
    const h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4);
    const k = c % 4;
    const l = (32 + 2 * e + 2 * i - h - k) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    return { year, month, day };
}
/** The n-th (1-based; -1 = last) given weekday of a month. */
export function nthWeekday(year, month, wd, n) {
    if (n > 0) {
        const first = weekday({ year, month, day: 1 });
        return { year, month, day: 1 + ((wd - first + 7) % 7) + (n - 1) * 7 };
    }
    const lastDay = daysInMonth(year, month);
    const last = weekday({ year, month, day: lastDay });
    return { year, month, day: lastDay - ((last - wd + 7) % 7) };
}
/** "+03:00": the UTC offset of an IANA zone at an instant (Intl's zone data). */
export function zoneOffset(zone, at) {
    return utcOffset(zone, at);
}
/** The offset of a zone at a wall-clock time there (the offset can differ across a DST change). */
export function zoneOffsetAtLocal(zone, d, hour, minute) {
    const wall = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
    const first = zoneOffset(zone, new Date(wall));
    const corrected = zoneOffset(zone, new Date(wall - (parseOffset(first) ?? 0) * 60000));
    return corrected;
}
//# sourceMappingURL=calendar.js.map