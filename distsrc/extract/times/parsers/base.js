/** Tags carried on results (chrono keeps tags through merges). */
export const TAG = {
    rule: (name) => `rule:${name}`,
    precision: (p) => `precision:${p}`,
    /** a weekday, month or holiday with last/next/this: resolve in that direction */
    direction: (d) => `direction:${d}`,
    holiday: (key) => `holiday:${key}`,
    /** relative to the previously mentioned time: unit and shift */
    anaphoric: (unit, shift) => `anaphoric:${unit}:${shift}`,
    /** no anchor needed: the value does not depend on the publication date */
    absolute: 'absolute',
    /** computed from the publication day */
    relative: 'relative',
    /** a clock time at the end of the day named ("midnight Friday") */
    endOfDay: 'end-of-day',
};
export function anchorOf(context) {
    const d = context.reference.instant;
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
/** A result over text[index, index + length) with known components and tags. */
export function makeResult(context, index, text, known, tags) {
    const r = context.createParsingResult(index, text, known);
    r.start.addTags(tags);
    // anything not marked absolute was computed from the anchor and needs one
    if (!tags.includes(TAG.absolute))
        r.start.addTag(TAG.relative);
    return r;
}
/**
 * A parser whose pattern must not start inside a word. The regex's first
 * group, when it is named `pre`, is dropped from the result.
 */
const NEVER = /^(?!)/;
export class BoundedParser {
    cached = null;
    /** A cheap test a text must pass for the pattern to be tried at all (a keyword the pattern needs). */
    keyword() {
        return null;
    }
    keywordCache;
    pattern(context) {
        if (this.keywordCache === undefined)
            this.keywordCache = this.keyword();
        if (context && this.keywordCache && !this.keywordCache.test(context.text))
            return NEVER;
        if (!this.cached) {
            const inner = this.innerPattern();
            this.cached = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${inner.source})(?![\\p{L}\\p{N}_])`, inner.flags.includes('u') ? inner.flags : `${inner.flags}u`);
        }
        return this.cached;
    }
    extract(context, match) {
        return this.innerExtract(context, match, match.index ?? 0);
    }
}
/** "(?:a|b|c)" from a list, longest first, spaces as \s+. */
export function alternation(words) {
    return [...words]
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
        .join('|');
}
/** Count words: digits or number words ("two", "a", "a couple of"). */
export function countValue(s, words) {
    const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
    if (/^\d+$/.test(t))
        return Number(t);
    if (t in words)
        return words[t];
    const m = /^(\w+)[- ](\w+)$/.exec(t);
    if (m && m[1] in words && m[2] in words)
        return words[m[1]] + words[m[2]];
    return null;
}
//# sourceMappingURL=base.js.map