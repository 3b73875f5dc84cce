/** Helpers shared by the refiners. */
import { ParsingResult } from 'chrono-node/en';
const DATE_PARTS = ['year', 'month', 'day', 'weekday'];
/** A clock time with no date part. */
export function isTimeOnly(c) {
    return c.isCertain('hour') && !DATE_PARTS.some((p) => c.isCertain(p)) && !hasTagPrefix(c, 'holiday:');
}
/** Names a single day (a date, a weekday, a relative day), without a clock time. */
export function isDayOnly(c) {
    if (c.isCertain('hour'))
        return false;
    if ([...c.tags()].some((t) => t.startsWith('precision:') && t !== 'precision:day'))
        return false;
    return c.isCertain('day') || c.isCertain('weekday') || hasTagPrefix(c, 'holiday:');
}
export function hasTagPrefix(c, prefix) {
    for (const t of c.tags())
        if (t.startsWith(prefix))
            return true;
    return false;
}
export function tagValue(c, prefix) {
    for (const t of c.tags())
        if (t.startsWith(prefix))
            return t.slice(prefix.length);
    return null;
}
export function knownOf(c, parts) {
    const out = {};
    for (const p of parts) {
        const k = p;
        if (c.isCertain(k))
            out[k] = c.get(k);
    }
    return out;
}
/** A copy of a result over a new span [start, end) of the context text. */
export function respan(context, r, start, end) {
    const out = new ParsingResult(context.reference, start, context.text.slice(start, end), r.start, r.end);
    return out;
}
export const endOf = (r) => r.index + r.text.length;
//# sourceMappingURL=util.js.map