export interface Ymd {
    year: number;
    month: number;
    day: number;
}
export type Precision = 'decade' | 'year' | 'month' | 'week' | 'day' | 'minute';
export declare function ymd(year: number, month: number, day: number): Ymd;
export declare function addDays(d: Ymd, n: number): Ymd;
export declare function addMonths(d: Ymd, n: number): Ymd;
export declare function daysInMonth(year: number, month: number): number;
/** 0 = Sunday ... 6 = Saturday. */
export declare function weekday(d: Ymd): number;
/** Days from a to b (b - a). */
export declare function dayDiff(a: Ymd, b: Ymd): number;
export declare function compareYmd(a: Ymd, b: Ymd): number;
/** The ISO 8601 week holding a date: its year and number. */
export declare function isoWeek(d: Ymd): {
    year: number;
    week: number;
};
export declare function formatYear(year: number): string;
export declare function formatDate(d: Ymd): string;
export declare function formatMonth(year: number, month: number): string;
export declare function formatWeek(d: Ymd): string;
export declare function formatTime(hour: number, minute: number): string;
/** "+03:00" for an offset in minutes east of UTC. */
export declare function formatOffset(minutes: number): string;
/** Minutes east of UTC for "+03:00", "-0500", "Z"; null when unreadable. */
export declare function parseOffset(s: string): number | null;
/** Easter Sunday (Gregorian, anonymous algorithm). */
export declare function easter(year: number): Ymd;
/** The n-th (1-based; -1 = last) given weekday of a month. */
export declare function nthWeekday(year: number, month: number, wd: number, n: number): Ymd;
/** "+03:00": the UTC offset of an IANA zone at an instant (Intl's zone data). */
export declare function zoneOffset(zone: string, at: Date): string;
/** The offset of a zone at a wall-clock time there (the offset can differ across a DST change). */
export declare function zoneOffsetAtLocal(zone: string, d: Ymd, hour: number, minute: number): string;
