import { mention } from '../context.js';
import { buildChrono } from './chrono.js';
import { resolveComponents } from './resolve.js';
import { tenseCues, tenseWithStrength } from './tense.js';
/** "JOHANNESBURG, August 7 (Xinhua) --": a place in capitals, a comma, a date. */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,40},\s*[^,]{0,40}\d/u;
const POSSESSIVE = /^['’]s\s/;
const FUTURE_EVENT_AFTER_POSSESSIVE = /^['’]s\s+(?:scheduled|planned|upcoming|deadline|vote|election|meeting|summit|talks|hearing|session|ceremony|launch|opening|kickoff|start|inauguration|rally|visit|trip|race|final|match|game)\b/i;
/** A bare clock time takes the day named at most this far away (characters). */
const DAY_HINT_WINDOW = 400;
/** Longest stretch handed to chrono at once; longer sentences are cut at spaces. */
const MAX_CHUNK = 1000;
/** Cheap test that a sentence may hold a time at all. */
const MAY_HOLD_TIME = /\d|day|night|tomorrow|tonight|ago|earlier|later|morning|evening|afternoon|week|month|year|quarter|period|fiscal|half|spring|summer|fall|autumn|winter|noon|midnight|christmas|easter|thanksgiving|eve|halloween|nineteen|thousand|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
let chronoInstance = null;
function parser() {
    chronoInstance ??= buildChrono();
    return chronoInstance;
}
/** The publication day from an ISO date or date-time (its own local date). */
export function anchorDay(published) {
    if (!published)
        return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
    if (!m)
        return null;
    return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
function reference(anchor) {
    const a = anchor ?? { year: 2000, month: 1, day: 1 };
    return { instant: new Date(Date.UTC(a.year, a.month - 1, a.day, 12)), timezone: 0 };
}
function ruleOf(r) {
    const names = [];
    for (const t of r.start.tags()) {
        if (t.startsWith('rule:'))
            names.push(t.slice(5));
        else if (t.startsWith('parser/'))
            names.push(`chrono:${t.slice(7)}`);
    }
    return [...new Set(names)].join('+') || 'chrono';
}
/** Cut a long text into pieces of at most MAX_CHUNK characters at spaces. */
function chunks(text) {
    if (text.length <= MAX_CHUNK)
        return [{ offset: 0, text }];
    const out = [];
    let start = 0;
    while (start < text.length) {
        let end = Math.min(text.length, start + MAX_CHUNK);
        if (end < text.length) {
            const sp = text.lastIndexOf(' ', end);
            if (sp > start + MAX_CHUNK / 2)
                end = sp;
        }
        out.push({ offset: start, text: text.slice(start, end) });
        start = end;
    }
    return out;
}
/**
 * Every time expression in one piece of text (a sentence, a caption, a
 * deadline phrase), resolved. `state.previous` carries the last time named
 * across calls, for anaphora.
 */
export function parseTimes(text, opts, state = { previous: opts.previous ?? null }) {
    if (!text || !MAY_HOLD_TIME.test(text))
        return [];
    const anchor = anchorDay(opts.published);
    const ref = reference(anchor);
    const found = [];
    for (const ch of chunks(text)) {
        for (const r of parser().parse(ch.text, ref))
            found.push({ r, start: ch.offset + r.index, end: ch.offset + r.index + r.text.length });
    }
    if (!found.length)
        return [];
    const cues = opts.tense === undefined ? tenseCues(text) : [];
    const tenseOf = (start, end) => {
        if (opts.tense !== undefined)
            return { tense: opts.tense, near: true };
        // "Wednesday's ruling", "Saturday night's debate": an event that has happened
        const after = text.slice(end, end + 30);
        if (POSSESSIVE.test(after) && !FUTURE_EVENT_AFTER_POSSESSIVE.test(after))
            return { tense: 'past', near: false };
        const t = tenseWithStrength(text, cues, start, end);
        return { tense: t.tense, near: t.strength === 'near' };
    };
    // days first, so that a bare clock time can take the day its sentence names
    const resolved = new Map();
    const isBareClock = (r) => r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday') && !r.start.isCertain('month');
    const days = [];
    found.forEach((f, i) => {
        if (isBareClock(f.r))
            return;
        const t = tenseOf(f.start, f.end);
        const res = resolveComponents(f.r.start, { anchor, tense: t.tense, nearTense: t.near, zone: opts.timezone, dayHint: null, previous: state.previous });
        if (!res)
            return;
        resolved.set(i, res);
        if (res.date && (res.precision === 'day' || res.precision === 'minute'))
            days.push({ start: f.start, date: res.date });
        state.previous = res;
    });
    found.forEach((f, i) => {
        if (!isBareClock(f.r))
            return;
        // the nearest named day (days are in text order: binary search, then the neighbours)
        let lo = 0;
        let hi = days.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (days[mid].start < f.start)
                lo = mid + 1;
            else
                hi = mid;
        }
        let hint = null;
        let best = Infinity;
        for (const d of [days[lo - 1], days[lo]]) {
            if (!d)
                continue;
            const dist = Math.abs(d.start - f.start);
            if (dist < best && dist <= DAY_HINT_WINDOW) {
                best = dist;
                hint = d.date;
            }
        }
        const t = tenseOf(f.start, f.end);
        const res = resolveComponents(f.r.start, { anchor, tense: t.tense, nearTense: t.near, zone: opts.timezone, dayHint: hint, previous: state.previous });
        if (res)
            resolved.set(i, res);
    });
    const hits = [];
    found.forEach((f, i) => {
        const res = resolved.get(i);
        if (!res)
            return;
        hits.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), value: res.value, type: res.type, rule: ruleOf(f.r), resolved: res });
    });
    return hits;
}
function norm(s) {
    return s
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/\s+/g, ' ')
        .trim();
}
/** The time expressions of an article: body, printed date line, captions. */
export function extractTimes(ctx, opts) {
    const popts = { published: ctx.published, timezone: opts.timezone };
    const out = new Map();
    const add = (text, hit, foundIn, m) => {
        const key = `${norm(text)}\u0000${hit.value}`;
        let t = out.get(key);
        if (!t) {
            t = { text, value: hit.value, type: hit.type, foundIn, mentions: [] };
            out.set(key, t);
        }
        if (m)
            t.mentions.push(m);
    };
    // the printed date line (only when it reads as a date)
    const printed = ctx.article.publishedText;
    if (printed && ctx.published) {
        const hit = parseTimes(printed, popts).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
        if (hit && hit.type !== 'year')
            add(hit.text, hit, 'published', null);
    }
    // a wire dateline with a date ("JOHANNESBURG, August 7 (Xinhua)"); a title shaped like one when the page had no dateline
    const dateline = ctx.article.dateline?.text ?? (ctx.article.title && WIRE_DATELINE.test(ctx.article.title) ? ctx.article.title : null);
    if (dateline) {
        for (const h of parseTimes(dateline, popts))
            add(h.text, h, 'dateline', null);
    }
    // the body, sentence by sentence, in order (anaphora follow the text)
    const doc = ctx.doc;
    const state = { previous: null };
    for (const s of doc.sentences) {
        const text = doc.text.slice(s.start, s.end);
        for (const h of parseTimes(text, popts, state))
            add(h.text, h, 'text', mention(doc, s.start + h.start, s.start + h.end, h.rule));
    }
    // captions
    for (const caption of ctx.article.captions ?? []) {
        for (const h of parseTimes(caption, popts))
            add(h.text, h, 'caption', null);
    }
    return [...out.values()];
}
/**
 * The time mention of `times` that covers or overlaps [start, end) of
 * article.text, with its expression: for the deadlines extractor ("expires at
 * 9 am local time on Friday" -> the mention of "9 am local time on Friday").
 * The longest overlapping mention wins.
 */
export function timeMentionIn(times, start, end) {
    let best = null;
    for (const t of times) {
        for (const m of t.mentions) {
            if (m.end <= start || m.start >= end)
                continue;
            if (!best || m.end - m.start > best.mention.end - best.mention.start)
                best = { time: t, mention: m };
        }
    }
    return best;
}
/** All time mentions inside [start, end), in text order. */
export function timeMentionsWithin(times, start, end) {
    const out = [];
    for (const t of times)
        for (const m of t.mentions)
            if (m.start >= start && m.end <= end)
                out.push({ time: t, mention: m });
    return out.sort((a, b) => a.mention.start - b.mention.start);
}
//# sourceMappingURL=times.js.map