/**
 * The compromise tagger, made cheaper without changing a single tag
 * (bench/tagcmp.mjs checks every term of the eval texts; ~2.5x faster).
 *
 * 1. A faster `bulkMatch` (the sweep behind compromise's post-tagger). The
 *    stock one tests every sentence piece against all ~730 hook keys of the
 *    match net, concatenating arrays as it goes, then filters the candidate
 *    list three times; that was ~40% of the whole parse. This one reaches
 *    each pattern through one key the piece has (integer ids), filters once,
 *    restores the stock candidate order (hook-key order, then each key's list,
 *    first occurrence wins), and runs compromise's own matcher only from the
 *    positions where the pattern's first (and second) token can match.
 *    Same matches, same order, so the same tags.
 * 2. `tagText()` runs the parse hooks without the three-level `chunks` hook
 *    (noun/verb phrase chunks, which only compromise's three-level methods
 *    read); `withChunks()` adds them when someone wants the full View.
 */
import { createRequire } from 'node:module';
/**
 * compromise, loaded as the package's one-file build (its `require` entry)
 * rather than its ~450 ES module source files: the same code, ~130 ms less
 * CPU at start-up. Everything in newsx uses this one instance (a second
 * instance would have a world without the fast sweep).
 */
import nlpSrc from 'compromise'; export const nlp = nlpSrc;
const netIndex = new WeakMap();
function indexNet(net) {
    let ix = netIndex.get(net);
    if (ix)
        return ix;
    const keys = Object.keys(net.hooks);
    const keyId = new Map(keys.map((k, i) => [k, i]));
    const matches = [];
    const matchId = new Map();
    const order = [];
    const strings = new Map();
    let fast = true;
    let places = 1;
    keys.forEach((k, r) => {
        net.hooks[k].forEach((m, place) => {
            const prior = strings.get(m.match);
            if (prior !== undefined && prior !== m)
                fast = false;
            strings.set(m.match, m);
            let id = matchId.get(m);
            if (id === undefined) {
                matchId.set(m, (id = matches.length));
                matches.push(m);
                order.push([]);
            }
            order[id].push(r, place); // keys are visited in rank order, so this stays sorted
            places = Math.max(places, place + 1);
        });
    });
    const idOf = (k) => {
        let id = keyId.get(k);
        if (id === undefined)
            keyId.set(k, (id = keyId.size));
        return id;
    };
    const needs = matches.map((m) => m.needs.map(idOf));
    const wants = matches.map((m) => m.wants.map(idOf));
    const ifNo = matches.map((m) => (m.ifNo ?? []).map(idOf));
    ix = {
        fast,
        keys,
        keyId,
        matches,
        needs,
        wants,
        ifNo,
        order,
        places,
        entry: keys.map(() => []),
        seen: new Float64Array(keys.length),
        present: new Int32Array(keyId.size),
        stamp: new Int32Array(matches.length),
        piece: 0,
        nextReindex: 300,
    };
    reindex(ix);
    netIndex.set(net, ix);
    return ix;
}
/**
 * (Re)build the sparse index, reaching a match with needs through the need
 * seen in the fewest pieces so far (before any counts: a word over a tag, a
 * deeper tag over a broader one). Which key is chosen changes the speed only,
 * never the result.
 */
function reindex(ix) {
    ix.entry = ix.keys.map(() => []);
    const score = (id) => {
        if (ix.piece > 0)
            return ix.seen[id];
        const key = ix.keys[id];
        return key.startsWith('#') ? -tagDepth(key.slice(1)) : -100;
    };
    ix.matches.forEach((m, id) => {
        const needs = ix.needs[id];
        if (needs.length > 0) {
            let best = needs[0];
            for (const need of needs)
                if (score(need) < score(best))
                    best = need;
            ix.entry[best].push(id);
        }
        else {
            for (const want of new Set(ix.wants[id]))
                ix.entry[want].push(id);
        }
    });
}
/** The stock candidate filter (compromise's trim-down and too-small steps), on key ids present in this piece. */
function passesIds(ix, id, length) {
    const present = ix.present;
    const piece = ix.piece;
    for (const k of ix.needs[id])
        if (present[k] !== piece)
            return false;
    for (const k of ix.ifNo[id])
        if (present[k] === piece)
            return false;
    const wants = ix.wants[id];
    const m = ix.matches[id];
    if (wants.length > 0) {
        let found = 0;
        for (const k of wants)
            if (present[k] === piece)
                found++;
        if (found < m.minWant)
            return false;
    }
    return length >= m.minWords;
}
/** The stock candidate filter (compromise's trim-down and too-small steps). */
function passes(m, haves, length) {
    for (const need of m.needs)
        if (!haves.has(need))
            return false;
    if (m.ifNo !== undefined)
        for (const no of m.ifNo)
            if (haves.has(no))
                return false;
    if (m.wants.length > 0) {
        let found = 0;
        for (const w of m.wants)
            if (haves.has(w))
                found++;
        if (found < m.minWant)
            return false;
    }
    return length >= m.minWords;
}
const BEFORE_SWITCH = ['method', 'pre', 'post', 'regex', 'chunk'];
const BEFORE_FAST_OR = ['machine', 'sense'];
/**
 * A test of whether `reg`, as the first token of a pattern, can match a term:
 * false only when compromise's matcher surely fails there. Null (no test) for
 * regs where a failed first term does not kill the match at that position:
 * optional, negative, `.`, `^`, greedy-to-end, and kinds not mirrored here.
 */
function firstTest(reg) {
    if (reg === undefined || reg.anything || reg.negative || reg.optional || reg.start || (reg.end && reg.greedy))
        return null;
    if (reg.choices !== undefined)
        return choicesTest(reg);
    return termTest(reg);
}
/**
 * `(a b|#Noun)`, `(#Noun && #Hyphenated)`: an or-block needs one choice whose
 * first reg matches the term, an and-block all of them (and-or.js: tryChoice,
 * doAndBlock), choice regs being tested with the plain term test.
 */
function choicesTest(reg) {
    const choices = reg.choices;
    if (!Array.isArray(choices) || choices.length === 0)
        return null;
    const tests = [];
    for (const c of choices) {
        if (!Array.isArray(c) || c.length === 0)
            return null;
        const r = c[0];
        tests.push(r.negative || r.optional || r.anything || r.start ? null : termTest(r));
    }
    if (reg.operator === 'or') {
        if (tests.some((t) => t === null))
            return null;
        const ts = tests;
        return (t) => ts.some((f) => f(t));
    }
    if (reg.operator === 'and') {
        const ts = tests.filter((t) => t !== null);
        if (ts.length === 0)
            return null;
        return (t) => ts.every((f) => f(t));
    }
    return null;
}
/** compromise's term test (doesMatch) for one reg, when it is a word, tag, switch or fast-or; null otherwise. */
function termTest(reg) {
    if (reg.id !== undefined || reg.choices !== undefined || reg.anything)
        return null;
    if (reg.word !== undefined) {
        const word = reg.word;
        if (reg.fuzzy)
            return null;
        const use = reg.use;
        if (use)
            return (t) => word === t[use];
        return (t) => word === t.text || word === t.normal || (t.machine != null && t.machine === word) || (t.alias !== undefined && t.alias.includes(word));
    }
    if (reg.tag !== undefined) {
        const tag = reg.tag;
        return (t) => t.tags.has(tag);
    }
    // doesMatch tests these, in this order, before a switch and a fast-or set
    for (const k of BEFORE_SWITCH)
        if (reg[k] !== undefined)
            return null;
    if (reg.switch !== undefined) {
        const sw = reg.switch;
        return (t) => t.switch === sw;
    }
    for (const k of BEFORE_FAST_OR)
        if (reg[k] !== undefined)
            return null;
    if (reg.fastOr !== undefined) {
        const set = reg.fastOr;
        const pos = reg.pos;
        return (t) => {
            if (pos && !t.tags.has(pos))
                return false;
            const str = (t.root || t.implicit || t.machine || t.normal);
            return set.has(str) || set.has(t.text);
        };
    }
    return null;
}
const firstReg = new WeakMap();
function firstOf(m) {
    let f = firstReg.get(m);
    if (!f) {
        let minLength = 0;
        for (const r of m.regs)
            if (r.optional !== true && r.negative !== true)
                minLength++;
        const reg0 = m.regs[0];
        const test = firstTest(reg0);
        const single = test !== null && reg0 !== undefined && reg0.choices === undefined && !reg0.greedy && !reg0.end;
        f = { test, test2: single ? firstTest(m.regs[1]) : null, minLength };
        firstReg.set(m, f);
    }
    return f;
}
/** Can the match start anywhere in the piece? (compromise's match tries each start up to length - minLength) */
function mayStart(m, terms) {
    const { test, minLength } = firstOf(m);
    if (!test)
        return true;
    const last = terms.length - minLength;
    for (let i = 0; i <= last; i++)
        if (test(terms[i]))
            return true;
    return false;
}
/** The matches to run on a piece, in the stock order (fast index). */
function candidatesFast(ix, haves, length) {
    if (ix.piece >= 0x3fffffff) {
        ix.present.fill(0);
        ix.stamp.fill(0);
        ix.piece = 0;
    }
    const piece = ++ix.piece;
    if (piece >= ix.nextReindex) {
        ix.nextReindex *= 10;
        reindex(ix);
    }
    const nHooks = ix.keys.length;
    const hooked = [];
    for (const item of haves) {
        const id = ix.keyId.get(item);
        if (id === undefined)
            continue;
        ix.present[id] = piece;
        if (id < nHooks) {
            ix.seen[id]++;
            if (ix.entry[id].length > 0)
                hooked.push(id);
        }
    }
    const todo = [];
    const n = ix.matches.length;
    for (const h of hooked) {
        for (const id of ix.entry[h]) {
            if (ix.stamp[id] === piece)
                continue;
            ix.stamp[id] = piece;
            if (!passesIds(ix, id, length))
                continue;
            // stock order: the first of its hook keys present in the piece, then its place in that key's list
            const o = ix.order[id];
            let k = 0;
            while (ix.present[o[k]] !== piece)
                k += 2;
            todo.push((o[k] * ix.places + o[k + 1]) * n + id);
        }
    }
    todo.sort((a, b) => a - b);
    const out = new Array(todo.length);
    for (let i = 0; i < todo.length; i++)
        out[i] = ix.matches[todo[i] % n];
    return out;
}
/** The matches to run on a piece, in the stock order (stock algorithm, fewer allocations). */
function candidatesPlain(net, ix, haves, length) {
    const ranks = [];
    for (const item of haves) {
        const id = ix.keyId.get(item);
        if (id !== undefined && id < ix.keys.length)
            ranks.push(id);
    }
    ranks.sort((a, b) => a - b);
    const seen = new Set();
    const todo = [];
    for (const r of ranks)
        for (const m of net.hooks[ix.keys[r]]) {
            if (seen.has(m.match))
                continue;
            seen.add(m.match);
            if (passes(m, haves, length))
                todo.push(m);
        }
    return todo;
}
/**
 * compromise's own per-position matcher and result helpers (the modules its
 * `match` is made of), so that start positions whose first term cannot match
 * are skipped without a slice and a matcher state each. When they cannot be
 * loaded (another compromise layout), `methods.one.match` is used as is.
 */
async function loadInternals() {
    try {
        const base = import.meta.resolve('compromise');
        const dir = new URL('./1-one/match/methods/match/', base);
        const [a, b, c] = await Promise.all([import(new URL('02-from-here.js', dir).href), import(new URL('03-getGroup.js', dir).href), import(new URL('03-notIf.js', dir).href)]);
        const ix = { fromHere: a.default, getGroup: b.default, notIf: c.default };
        return typeof ix.fromHere === 'function' && typeof ix.getGroup === 'function' && typeof ix.notIf === 'function' ? ix : null;
    }
    catch {
        return null;
    }
}
const internals = await loadInternals();
/** Whether compromise's matcher modules were found (else the slower stock `match` is used; results are the same). */
export const hasMatcherInternals = internals !== null;
/** compromise's match of one pattern on one piece (match/index.js), skipping starts whose first term cannot match. */
function matchPiece(ix, terms, m) {
    const { regs } = m;
    if (!regs || regs.length === 0)
        return { ptrs: [] };
    const { test, test2, minLength } = firstOf(m);
    let results = [];
    if (regs[0].start === true) {
        const res = ix.fromHere(terms, regs, 0, terms.length);
        if (res)
            results.push(setPiece(res));
    }
    else {
        for (let i = 0; i < terms.length; i++) {
            if (terms.length - i < minLength)
                break;
            if (test && !test(terms[i]))
                continue;
            if (test2 && !terms[i].implicit && !test2(terms[i + 1]))
                continue;
            const res = ix.fromHere(terms.length > LONG_PIECE ? windowOf(terms, i) : terms.slice(i), regs, i, terms.length);
            if (res) {
                results.push(setPiece(res));
                if (m.justOne === true)
                    break;
                const end = res.pointer[2];
                if (Math.abs(end - 1) > i)
                    i = Math.abs(end - 1);
            }
        }
    }
    if (regs[regs.length - 1].end === true)
        results = results.filter((res) => terms.length === res.pointer[2]);
    if (m.notIf)
        results = ix.notIf(results, m.notIf, [terms]);
    const out = ix.getGroup(results, m.group);
    for (const ptr of out.ptrs) {
        ptr[3] = terms[ptr[1]].id;
        ptr[4] = terms[ptr[2] - 1].id;
    }
    return out;
}
/**
 * Past this many terms, a piece (a sentence stretch without commas; only
 * hostile or broken text has such long ones) is handed to the matcher as a
 * window rather than a copy from each start position, which made a 200,000
 * character run-on sentence quadratic (seconds).
 */
const LONG_PIECE = 128;
/**
 * `terms.slice(from)` without the copy: the matcher reads only `length` and
 * indexes; anything else is served by a real slice, made on first need.
 */
function windowOf(terms, from) {
    let copy = null;
    const real = () => (copy ??= terms.slice(from));
    return new Proxy(terms, {
        get(target, prop) {
            if (typeof prop === 'string') {
                if (prop === 'length')
                    return target.length - from;
                const c = prop.charCodeAt(0);
                if (c >= 48 && c <= 57 && String(Number(prop)) === prop)
                    return target[from + Number(prop)];
            }
            const r = real();
            const v = Reflect.get(r, prop, r);
            return typeof v === 'function' ? v.bind(r) : v;
        },
        has(_target, prop) {
            return Reflect.has(real(), prop);
        },
    });
}
function setPiece(res) {
    res.pointer[0] = 0;
    for (const k of Object.keys(res.groups))
        res.groups[k][0] = 0;
    return res;
}
let tagDepth = () => 0;
/** The sweep's bulkMatch: same results, same order as compromise's. */
function fastBulkMatch(document, net, methods, opts = {}) {
    const docCache = methods.one.cacheDoc(document);
    const ix = indexNet(net);
    const results = [];
    for (let n = 0; n < document.length; n++) {
        const haves = docCache[n];
        const terms = document[n];
        const todo = ix.fast ? candidatesFast(ix, haves, terms.length) : candidatesPlain(net, ix, haves, terms.length);
        // 'always' matches come after the hooked ones and are not filtered by needs
        for (const m of net.always)
            if (terms.length >= m.minWords)
                todo.push(m);
        for (const m of todo) {
            let res;
            if (internals)
                res = matchPiece(internals, terms, m);
            else if (mayStart(m, terms))
                res = methods.one.match([terms], m);
            else
                continue;
            if (res.ptrs.length > 0) {
                for (const ptr of res.ptrs) {
                    ptr[0] = n;
                    const found = Object.assign({}, m, { pointer: ptr });
                    if (m.unTag !== undefined)
                        found.unTag = m.unTag;
                    results.push(found);
                }
                if (opts.matchOne === true)
                    return [results[0]];
            }
        }
    }
    return results;
}
let installed = false;
/** Install the faster sweep into compromise's world (idempotent). */
export function installFastSweep() {
    if (installed)
        return;
    installed = true;
    const tagSet = nlp.world().model.one.tagSet;
    tagDepth = (tag) => tagSet[tag]?.parents?.length ?? 0;
    nlp.plugin({ methods: { one: { bulkMatch: fastBulkMatch } } });
}
/** Tag `text` like `nlp(text)` does, without the phrase chunks. */
export function tagText(text) {
    installFastSweep();
    const world = nlp.world();
    const hooks = world.hooks;
    world.hooks = hooks.filter((h) => h !== 'chunks');
    try {
        return nlp(text);
    }
    finally {
        world.hooks = hooks;
    }
}
/** Add compromise's phrase chunks to a view made by tagText (once). */
export function withChunks(view) {
    view.compute('chunks');
    return view;
}
//# sourceMappingURL=tagger.js.map