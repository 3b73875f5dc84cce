export const CATEGORIES = ['article', 'actors', 'places', 'quotes', 'times', 'deadlines'];
/** The normalisation of the README: NFKC, lower case, plain quotes and dashes, no possessive 's, no leading "the ", trimmed punctuation, folded space. */
export function norm(s) {
    let t = s.normalize('NFKC').toLowerCase();
    t = t.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
    t = t.replace(/[\u2010-\u2015\u2212]/g, '-');
    t = t.replace(/\s+/g, ' ').trim();
    t = t.replace(/'s\b/g, '').replace(/s'(?=\s|$)/g, 's');
    t = t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    t = t.replace(/^the /, '');
    return t.replace(/\s+/g, ' ').trim();
}
/** Lower-cased runs of letters and digits. */
export function tokens(s) {
    return s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
const emptyCounts = () => ({ tp: 0, fp: 0, fn: 0 });
function inScope(gold, c) {
    return !gold.scope || gold.scope.includes(c);
}
function tokenShare(a, b) {
    if (a.length === 0)
        return 0;
    let n = 0;
    for (const t of a)
        if (b.has(t))
            n++;
    return n / a.length;
}
export function quotesMatch(gold, pred) {
    const g = tokens(gold);
    const p = tokens(pred);
    return tokenShare(g, new Set(p)) >= 0.5 && tokenShare(p, new Set(g)) >= 0.5;
}
export function timesMatch(gold, pred) {
    const a = norm(gold);
    const b = norm(pred);
    if (a.length && b.length && (a.includes(b) || b.includes(a)))
        return true;
    const ta = new Set(tokens(gold));
    const tb = new Set(tokens(pred));
    const smaller = Math.min(ta.size, tb.size);
    if (smaller === 0)
        return false;
    let inter = 0;
    for (const t of ta)
        if (tb.has(t))
            inter++;
    return inter >= smaller / 2;
}
/** Parse an ISO date-time with offset to epoch ms; null when there is no offset. */
function instantOf(s) {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(s);
    if (!m)
        return null;
    const off = m[4] === 'Z' ? 'Z' : m[4].length === 5 ? `${m[4].slice(0, 3)}:${m[4].slice(3)}` : m[4];
    const t = Date.parse(`${m[1]}T${m[2]}:${m[3] ?? '00'}${off}`);
    return Number.isNaN(t) ? null : t;
}
export function dueMatches(gold, pred) {
    const g = instantOf(gold);
    const p = instantOf(pred);
    if (g !== null && p !== null)
        return Math.abs(g - p) <= 60_000;
    return pred.startsWith(gold);
}
export function publishedMatches(gold, pred) {
    if (!pred)
        return false;
    if (pred.startsWith(gold))
        return true;
    const t = instantOf(pred.length === 16 || pred.length === 19 ? pred + 'Z' : pred);
    if (t === null)
        return false;
    return new Date(t).toISOString().startsWith(gold);
}
function fold(s) {
    return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}
function nameSet(names) {
    return new Set(names.filter((x) => !!x).map(norm));
}
/** Score one result against one gold file. */
export function scoreFile(gold, result) {
    const out = { id: gold.id, counts: {}, ratios: {}, article: {}, misses: [] };
    const ratio = (key, ok) => {
        const r = (out.ratios[key] ??= { right: 0, total: 0 });
        r.total++;
        if (ok)
            r.right++;
    };
    // article
    if (inScope(gold, 'article')) {
        const a = result.article;
        if (gold.title !== undefined)
            out.article.title = norm(a.title ?? '') === norm(gold.title);
        if (gold.published !== undefined)
            out.article.published = publishedMatches(gold.published, a.published);
        if (gold.dateline !== undefined)
            out.article.dateline = norm(a.dateline?.text ?? '') === norm(gold.dateline);
        const body = fold(a.text);
        if (gold.bodyStartsWith !== undefined)
            out.article.bodyStart = body.startsWith(fold(gold.bodyStartsWith));
        if (gold.bodyEndsWith !== undefined)
            out.article.bodyEnd = body.endsWith(fold(gold.bodyEndsWith));
        if (gold.bodyExcludes?.length)
            out.article.bodyExcludes = gold.bodyExcludes.every((x) => !body.includes(fold(x)));
        for (const [k, v] of Object.entries(out.article))
            if (!v)
                out.misses.push(`article.${k}`);
    }
    const goldActors = gold.actors ?? [];
    const actorNames = (speaker) => {
        if (!speaker)
            return new Set();
        const a = goldActors.find((x) => norm(x.name) === norm(speaker));
        return nameSet([speaker, ...(a?.aliases ?? [])]);
    };
    // actors and places: name equality against name or aliases
    for (const kind of ['actors', 'places']) {
        if (!inScope(gold, kind))
            continue;
        const golds = (kind === 'actors' ? gold.actors : gold.places) ?? [];
        const optional = nameSet(kind === 'actors' ? gold.optionalActors ?? [] : gold.optionalPlaces ?? []);
        const preds = kind === 'actors' ? result.actors : result.places;
        const c = emptyCounts();
        const used = new Set();
        for (const p of preds) {
            const n = norm(p.name);
            const gi = golds.findIndex((g, i) => !used.has(i) && nameSet([g.name, ...(g.aliases ?? [])]).has(n));
            if (gi >= 0) {
                used.add(gi);
                c.tp++;
                const g = golds[gi];
                ratio(`${kind}.type`, g.type === p.type);
                if (kind === 'places')
                    ratio('places.country', g.country === p.country);
                if (kind === 'actors') {
                    for (const role of g.roles ?? []) {
                        const gt = tokens(role);
                        const ok = p.roles.some((r) => tokenShare(gt, new Set(tokens(r))) >= 0.8);
                        ratio('actors.roles', ok);
                        if (!ok)
                            out.misses.push(`${kind}: role "${role}" of ${g.name}`);
                    }
                }
            }
            else if (optional.has(n) || golds.some((g) => nameSet([g.name, ...(g.aliases ?? [])]).has(n))) {
                // optional, or a second entry for an already matched gold actor (counted below)
                if (!optional.has(n)) {
                    c.fp++;
                    out.misses.push(`${kind}: duplicate entry "${p.name}"`);
                }
            }
            else {
                c.fp++;
                out.misses.push(`${kind}: extra "${p.name}"`);
            }
        }
        golds.forEach((g, i) => {
            if (!used.has(i)) {
                c.fn++;
                out.misses.push(`${kind}: missed "${g.name}"`);
            }
        });
        out.counts[kind] = c;
    }
    // quotes
    if (inScope(gold, 'quotes')) {
        const golds = gold.quotes ?? [];
        const c = emptyCounts();
        const cs = emptyCounts();
        const used = new Set();
        for (const p of result.quotes) {
            const gi = golds.findIndex((g, i) => !used.has(i) && quotesMatch(g.text, p.text));
            if (gi >= 0) {
                used.add(gi);
                c.tp++;
                const g = golds[gi];
                const ok = !!p.speaker && actorNames(g.speaker).has(norm(p.speaker.name));
                ratio('quotes.speaker', ok);
                ratio('quotes.kind', g.kind === p.kind);
                if (ok)
                    cs.tp++;
                else {
                    cs.fp++;
                    cs.fn++;
                    out.misses.push(`quotes: speaker "${p.speaker?.name ?? '-'}" for "${g.text.slice(0, 50)}" (gold ${g.speaker})`);
                }
            }
            else if ((gold.optionalQuotes ?? []).some((o) => quotesMatch(o, p.text))) {
                // optional
            }
            else {
                c.fp++;
                cs.fp++;
                out.misses.push(`quotes: extra "${p.text.slice(0, 60)}"`);
            }
        }
        golds.forEach((g, i) => {
            if (!used.has(i)) {
                c.fn++;
                cs.fn++;
                out.misses.push(`quotes: missed "${g.text.slice(0, 60)}"`);
            }
        });
        out.counts.quotes = c;
        out.counts['quotesWithSpeaker'] = cs;
    }
    // times
    if (inScope(gold, 'times')) {
        const golds = gold.times ?? [];
        const seen = new Set();
        const preds = result.times.filter((t) => {
            const k = `${norm(t.text)}\u0000${t.value}`;
            if (seen.has(k))
                return false;
            seen.add(k);
            return true;
        });
        const c = emptyCounts();
        const used = new Set();
        // first exact-text pairs, then any overlapping pair, so one loose match does not steal an exact one
        const matchOf = new Map();
        for (const pass of [0, 1]) {
            preds.forEach((p, pi) => {
                if (matchOf.has(pi))
                    return;
                const gi = golds.findIndex((g, i) => !used.has(i) && (pass === 0 ? norm(g.text) === norm(p.text) : timesMatch(g.text, p.text)));
                if (gi >= 0) {
                    used.add(gi);
                    matchOf.set(pi, gi);
                }
            });
        }
        preds.forEach((p, pi) => {
            const gi = matchOf.get(pi);
            if (gi !== undefined) {
                c.tp++;
                const g = golds[gi];
                const ok = p.value.startsWith(g.value);
                ratio('times.value', ok);
                if (!ok)
                    out.misses.push(`times: value ${p.value} for "${p.text}" (gold ${g.value})`);
            }
            else if ((gold.optionalTimes ?? []).some((o) => timesMatch(o, p.text))) {
                // optional
            }
            else {
                c.fp++;
                out.misses.push(`times: extra "${p.text}" = ${p.value}`);
            }
        });
        golds.forEach((g, i) => {
            if (!used.has(i)) {
                c.fn++;
                out.misses.push(`times: missed "${g.text}" = ${g.value}`);
            }
        });
        out.counts.times = c;
    }
    // deadlines
    if (inScope(gold, 'deadlines')) {
        const golds = gold.deadlines ?? [];
        const c = emptyCounts();
        const used = new Set();
        const longTokens = (s) => new Set(tokens(s).filter((t) => /^\p{L}{4,}$/u.test(t)));
        for (const p of result.deadlines) {
            const pt = longTokens(p.text);
            const gi = golds.findIndex((g, i) => !used.has(i) && dueMatches(g.due, p.due) && [...longTokens(g.text)].some((t) => pt.has(t)));
            if (gi >= 0) {
                used.add(gi);
                c.tp++;
                const g = golds[gi];
                if (g.subject !== undefined) {
                    const ok = !!p.subject && actorNames(g.subject).has(norm(p.subject.name));
                    ratio('deadlines.subject', ok);
                    if (!ok)
                        out.misses.push(`deadlines: subject "${p.subject?.name ?? '-'}" (gold ${g.subject})`);
                }
            }
            else if ((gold.optionalDeadlines ?? []).some((o) => quotesMatch(o, p.text) || norm(o).includes(norm(p.text)))) {
                // optional
            }
            else {
                c.fp++;
                out.misses.push(`deadlines: extra "${p.text.slice(0, 60)}" due ${p.due}`);
            }
        }
        golds.forEach((g, i) => {
            if (!used.has(i)) {
                c.fn++;
                out.misses.push(`deadlines: missed "${g.text.slice(0, 60)}" due ${g.due}`);
            }
        });
        out.counts.deadlines = c;
    }
    return out;
}
export function prf(c) {
    const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
    const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return { p, r, f1 };
}
/** Micro-averaged totals over files. */
export function summarize(scores) {
    const s = { files: scores.length, errors: 0, counts: {}, ratios: {}, article: {} };
    for (const f of scores) {
        if (f.error)
            s.errors++;
        for (const [k, c] of Object.entries(f.counts)) {
            const t = (s.counts[k] ??= emptyCounts());
            t.tp += c.tp;
            t.fp += c.fp;
            t.fn += c.fn;
        }
        for (const [k, r] of Object.entries(f.ratios)) {
            const t = (s.ratios[k] ??= { right: 0, total: 0 });
            t.right += r.right;
            t.total += r.total;
        }
        for (const [k, v] of Object.entries(f.article)) {
            const t = (s.article[k] ??= { right: 0, total: 0 });
            t.total++;
            if (v)
                t.right++;
        }
    }
    return s;
}
//# sourceMappingURL=score.js.map