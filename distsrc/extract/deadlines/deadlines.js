import { mention } from '../context.js';
import { ANAPHORS, AUXILIARIES, BE_FORMS, CLAUSE_BREAKS, COPULAS, DEADLINE_NOUNS, DIRECTIVE_VERBS, ENDING_VERBS, EXPIRY_VERBS, EXTEND_VERBS, GRANT_UNTIL, HOLD_UNTIL, IRREGULAR_PAST, LEADING_DETERMINERS, MATURING_INSTRUMENTS, MOVE_VERBS, NOUN_LINKS, NP_BREAKS, OBLIGATION_BEFORE_TO, OBLIGATION_WORDS, PAST_MARKERS, PRONOUNS, RUN_OUT, SCHEDULED_EVENTS, SETTER_VERBS, SPEECH_VERBS, TIME_PREPS, TIME_WORDS, TRIGGERS, UNTIL_ADVERBS, } from './deadlines.rules.js';
import { candidatesFromChrono, candidatesFromTimes, dueOf, indexTimes, MAX_WINDOW, } from './due.js';
/** Most deadline drafts per document (a guard for hostile inputs). */
const MAX_DRAFTS = 2_000;
/** Sentences longer than this are read in windows around their triggers. */
const LONG_SENTENCE = 1_000;
/** Characters the fallback chrono parse may read per document (hostile inputs). */
const CHRONO_BUDGET = 20_000;
/** Most tokens a cue may sit before its "by" (clause scope). */
const CUE_REACH = 25;
/** Most tokens between a deadline noun and the time it binds ("the deadline for X to Y expires at T"). */
const NOUN_REACH = 22;
const PUNCT_KEEP = new Set([',', ';', ':', '(', ')', '"', '\u2014', '\u2013', '?', '!']);
function isWordChar(c) {
    // ASCII letters/digits fast path, then Unicode letters/digits
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))
        return true;
    if (c < 128)
        return false;
    return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}
/**
 * Tokens of text[from, to): words (letters/digits with inner apostrophes and
 * periods, "a.m", "U.S"; a possessive "'s" is its own token) and the
 * punctuation the rules look at. One pass.
 */
export function tokenize(text, from, to) {
    const toks = [];
    let i = from;
    while (i < to) {
        const c = text.charCodeAt(i);
        if (isWordChar(c)) {
            let j = i + 1;
            for (;;) {
                while (j < to && isWordChar(text.charCodeAt(j)))
                    j++;
                const d = text[j];
                if (j + 1 < to && (d === "'" || d === '\u2019' || d === '.') && isWordChar(text.charCodeAt(j + 1))) {
                    // a possessive 's ends the word
                    if ((d === "'" || d === '\u2019') && (text[j + 1] === 's' || text[j + 1] === 'S') && (j + 2 >= to || !isWordChar(text.charCodeAt(j + 2))))
                        break;
                    j += 2;
                    continue;
                }
                break;
            }
            toks.push({ lo: text.slice(i, j).toLowerCase(), start: i, end: j, word: true });
            if (j + 1 < to && (text[j] === "'" || text[j] === '\u2019') && (text[j + 1] === 's' || text[j + 1] === 'S') && (j + 2 >= to || !isWordChar(text.charCodeAt(j + 2)))) {
                toks.push({ lo: "'s", start: j, end: j + 2, word: true });
                j += 2;
            }
            i = j;
            continue;
        }
        const ch = text[i];
        let lo = null;
        if (PUNCT_KEEP.has(ch))
            lo = ch;
        else if (ch === '\u201c' || ch === '\u201d')
            lo = '"';
        else if (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')
            lo = '\u2014';
        if (lo === '\u2013')
            lo = '\u2014';
        if (lo !== null)
            toks.push({ lo, start: i, end: i + 1, word: false });
        i++;
    }
    return toks;
}
// ---------------------------------------------------------------- the extractor
export function extractDeadlines(ctx, opts) {
    const { doc } = ctx;
    const ref = { pub: pubDate(ctx.published), timezone: opts.timezone };
    const budget = { chars: CHRONO_BUDGET };
    const views = new Map();
    const drafts = [];
    const timeIndex = indexTimes(opts.times);
    const candidatesOf = (v) => {
        if (v.cands)
            return v.cands;
        const s = doc.sentences[v.index];
        let cands = candidatesFromTimes(timeIndex, s.start, s.end, doc.text);
        if (cands.length === 0)
            cands = fallbackCandidates(doc.text, s, v.toks, ref, budget);
        v.cands = cands;
        v.tokTime = new Int32Array(v.toks.length).fill(-1);
        cands.forEach((c, ci) => {
            const span = tokenSpan(v.toks, c);
            if (span)
                for (let i = span.s; i <= span.e; i++)
                    v.tokTime[i] = ci;
        });
        return cands;
    };
    const viewOf = (i) => {
        let v = views.get(i);
        if (!v) {
            const s = doc.sentences[i];
            v = { index: i, toks: tokenize(doc.text, s.start, s.end), cands: null, tokTime: null };
            views.set(i, v);
        }
        return v;
    };
    for (let si = 0; si < doc.sentences.length && drafts.length < MAX_DRAFTS; si++) {
        const v = viewOf(si);
        if (!v.toks.some((t) => TRIGGERS.has(t.lo)))
            continue;
        const cands = candidatesOf(v);
        const usedNouns = new Set();
        const usedCands = new Set();
        for (let ci = 0; ci < cands.length && drafts.length < MAX_DRAFTS; ci++) {
            const c = cands[ci];
            const d = bindTime(doc.text, v.toks, c, ci, v.tokTime, usedNouns);
            if (d) {
                d.sentence = si;
                drafts.push(d);
                usedCands.add(c);
            }
        }
        // "That's the deadline for ...": a deadline noun pointing back at a time
        for (let k = 0; k < v.toks.length && drafts.length < MAX_DRAFTS; k++) {
            if (!DEADLINE_NOUNS.has(v.toks[k].lo) || usedNouns.has(k))
                continue;
            const a = anaphorBefore(v.toks, k);
            if (a < 0)
                continue;
            let ante;
            let anteSentence = si;
            // the last time before the anaphor, if it is not bound already
            let ti = a - 1;
            while (ti >= 0 && v.tokTime[ti] < 0)
                ti--;
            const before = ti >= 0 ? cands[v.tokTime[ti]] : undefined;
            if (before && !usedCands.has(before))
                ante = before;
            else if (!before && si > 0 && doc.sentences[si - 1].paragraph === doc.sentences[si].paragraph) {
                const pv = viewOf(si - 1);
                const pc = candidatesOf(pv);
                ante = pc[pc.length - 1];
                anteSentence = si - 1;
            }
            if (!ante)
                continue;
            usedNouns.add(k);
            const comp = nounComplement(v.toks, k + 1);
            const last = Math.max(k, comp.action?.e ?? k, comp.subject?.e ?? k);
            drafts.push({
                rule: 'anaphoric', cand: ante, sentence: si, textStart: v.toks[a].start, textEnd: v.toks[last].end,
                action: comp.action, subject: comp.subject, setter: null, toks: v.toks,
                extra: anteSentence === si ? undefined : { start: ante.start, end: ante.end },
            });
        }
    }
    return finish(ctx, drafts, ref, opts.actors, (i) => viewOf(i).toks);
}
function pubDate(published) {
    const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
    if (m)
        return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    const now = new Date();
    return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}
function isTimeish(w) {
    if (TIME_WORDS.has(w))
        return true;
    const c = w.charCodeAt(0);
    return c >= 48 && c <= 57;
}
/** Chrono over a sentence, or over merged windows around its triggers when it is very long. */
function fallbackCandidates(text, s, toks, ref, budget) {
    if (s.end - s.start <= LONG_SENTENCE) {
        if (!toks.some((t) => isTimeish(t.lo)))
            return [];
        return candidatesFromChrono(text.slice(s.start, s.end), s.start, ref.pub, budget);
    }
    const out = [];
    let winStart = -1;
    let winEnd = -1;
    const flush = () => {
        if (winStart < 0)
            return;
        out.push(...candidatesFromChrono(text.slice(winStart, winEnd), winStart, ref.pub, budget));
        winStart = -1;
    };
    // prefix counts of time-ish tokens: "is a time word near this trigger" in O(1)
    const timeish = new Int32Array(toks.length + 1);
    for (let i = 0; i < toks.length; i++)
        timeish[i + 1] = timeish[i] + (isTimeish(toks[i].lo) ? 1 : 0);
    for (let i = 0; i < toks.length && budget.chars > 0; i++) {
        if (!TRIGGERS.has(toks[i].lo))
            continue;
        if (timeish[Math.min(toks.length, i + 24)] - timeish[Math.max(0, i - 5)] === 0)
            continue;
        const from = toks[Math.max(0, i - 6)].start;
        const to = toks[Math.min(toks.length - 1, i + 24)].end;
        if (winStart >= 0 && from <= winEnd && to - winStart <= MAX_WINDOW) {
            winEnd = Math.max(winEnd, to);
            continue;
        }
        flush();
        winStart = from;
        winEnd = Math.min(to, from + MAX_WINDOW);
    }
    flush();
    // windows overlap: keep one candidate per span
    const seen = new Set();
    return out.filter((c) => {
        const k = `${c.start}:${c.end}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
// ---------------------------------------------------------------- binding a time
/** Token index range [ti, tj] covered by a candidate; null when it lies outside the tokens. */
function tokenSpan(toks, c) {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (toks[mid].end <= c.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= toks.length || toks[lo].start >= c.end)
        return null;
    let e = lo;
    while (e + 1 < toks.length && toks[e + 1].start < c.end)
        e++;
    // "by the end of January": the article belongs to the time
    let s = lo;
    if (toks[s].lo === 'end' && s > 0 && toks[s - 1].lo === 'the')
        s--;
    return { s, e };
}
/** Index of the first token ending after `offset`. */
function firstTokenAt(toks, offset) {
    let a = 0;
    let b = toks.length;
    while (a < b) {
        const mid = (a + b) >> 1;
        if (toks[mid].end <= offset)
            a = mid + 1;
        else
            b = mid;
    }
    return a;
}
function lo(toks, i) {
    return i >= 0 && i < toks.length ? toks[i].lo : '';
}
function bindTime(text, toks, c, ci, tokTime, usedNouns) {
    const span = tokenSpan(toks, c);
    if (!span)
        return null;
    const { s: ti, e: tj } = span;
    const make = (rule, start, end, parts) => ({
        rule, cand: c, sentence: 0, textStart: toks[start].start, textEnd: Math.max(toks[end].end, c.end), action: null,
        subject: null, setter: null, toks, ...parts,
    });
    const isTimeTok = (i) => tokTime[i] >= 0 && tokTime[i] !== ci;
    // noun-after: "the Oct. 11 deadline", "March 1 is the deadline to", "before the Sunday deadline"
    {
        let k = tj + 1;
        if (lo(toks, k) === "'s")
            k++;
        let copular = false;
        let n = 0;
        while (COPULAS.has(lo(toks, k)) && n < 2) {
            k++;
            n++;
            copular = true;
        }
        if (copular && ['the', 'a', 'an', 'its', 'their'].includes(lo(toks, k)))
            k++;
        let fillers = 0;
        while (k < toks.length && fillers <= 3 && toks[k].word && !DEADLINE_NOUNS.has(toks[k].lo) && !NP_BREAKS.has(toks[k].lo) && !isTimeTok(k)) {
            k++;
            fillers++;
        }
        if (k < toks.length && DEADLINE_NOUNS.has(toks[k].lo) && fillers <= (copular ? 2 : 3) && !usedNouns.has(k)) {
            usedNouns.add(k);
            const comp = nounComplement(toks, k + 1);
            let textStart = ti;
            let subject = comp.subject;
            let setter = null;
            let action = comp.action;
            // determiner and preposition before the time: "before the", "ahead of the", "a"
            let p = ti - 1;
            if (['the', 'a', 'an', 'its', 'their', 'this', 'that'].includes(lo(toks, p)))
                p--;
            if (p >= 0) {
                const w = lo(toks, p);
                if (SETTER_VERBS.has(w)) {
                    const passive = ['was', 'were', 'been', 'be', 'being', 'is', 'are'].includes(lo(toks, p - 1));
                    const np = npBefore(toks, p);
                    if (passive) {
                        subject ??= np;
                    }
                    else if (np)
                        setter = np;
                    textStart = np?.s ?? p;
                }
                else if (w === 'before' || (w === 'of' && lo(toks, p - 1) === 'ahead') || w === 'by' || w === 'meet' || w === 'met' || w === 'missed' || w === 'faces' || w === 'face' || w === 'facing') {
                    const left = analyzeLeft(toks, w === 'of' ? p - 1 : p, text);
                    if (left) {
                        subject ??= left.subject;
                        action ??= left.action;
                        setter = left.setter;
                        textStart = left.start;
                    }
                    else {
                        const np = npBefore(toks, p);
                        if (np && (w === 'faces' || w === 'face' || w === 'facing'))
                            subject ??= np;
                        textStart = np?.s ?? p;
                    }
                }
                else if (p + 1 < ti)
                    textStart = p + 1;
            }
            if (copular)
                textStart = ti;
            const end = Math.max(k, action?.e ?? k, comp.subject?.e ?? k);
            return make('noun-after', textStart, end, { subject, action, setter });
        }
    }
    const p1 = lo(toks, ti - 1);
    const p2 = lo(toks, ti - 2);
    // extended-to: "would extend its bid ... to Nov. 6", "moved the deadline to Friday"
    if (p1 === 'to' || p1 === 'until' || p1 === 'till') {
        let sawNoun = false;
        for (let v = ti - 2; v >= Math.max(0, ti - 14); v--) {
            const w = toks[v].lo;
            if (w === ';' || CLAUSE_BREAKS.has(w) || isTimeTok(v))
                break;
            if (DEADLINE_NOUNS.has(w))
                sawNoun = true;
            if (EXTEND_VERBS.has(w) || (MOVE_VERBS.has(w) && sawNoun)) {
                const passive = ['was', 'were', 'been', 'be', 'being', 'is', 'are'].includes(lo(toks, v - 1));
                const np = npBefore(toks, v);
                for (let k = v + 1; k < ti; k++)
                    if (DEADLINE_NOUNS.has(toks[k].lo))
                        usedNouns.add(k);
                return make('extended-to', np?.s ?? v, tj, { setter: passive ? null : np });
            }
        }
    }
    // have-until: "X have until T to Y", "gave X until T to Y"
    if (p1 === 'until' || p1 === 'till') {
        const u = ti - 1;
        let h = u - 1;
        while (UNTIL_ADVERBS.has(lo(toks, h)))
            h--;
        let subject = null;
        let setter = null;
        let start = -1;
        if (HOLD_UNTIL.has(lo(toks, h))) {
            subject = npBefore(toks, h);
            start = subject?.s ?? h;
        }
        else {
            for (let g = u - 1; g >= Math.max(0, u - 8); g--) {
                const w = lo(toks, g);
                if (!toks[g].word && w !== ',')
                    break;
                if (GRANT_UNTIL.has(w)) {
                    const passive = ['was', 'were', 'been', 'be', 'being', 'is', 'are'].includes(lo(toks, g - 1));
                    const np = npBefore(toks, g);
                    if (passive)
                        subject = np;
                    else {
                        setter = np;
                        if (g + 1 <= u - 1)
                            subject = { s: g + 1, e: u - 1 };
                    }
                    start = np?.s ?? g;
                    break;
                }
            }
        }
        if (start >= 0) {
            const action = actionAfterTime(toks, tj);
            return make('have-until', start, Math.max(tj, action?.e ?? tj), { subject, setter, action });
        }
    }
    // due: "is due by next week", "payments due on Tuesday"
    {
        let d = -1;
        if (p1 === 'due')
            d = ti - 1;
        else if (TIME_PREPS.has(p1) && p2 === 'due')
            d = ti - 2;
        // "$100 million of senior notes due Nov. 1, 2009" is a maturity
        if (d > 0 && (MATURING_INSTRUMENTS.has(lo(toks, d - 1)) || (lo(toks, d - 1) === ',' && MATURING_INSTRUMENTS.has(lo(toks, d - 2)))))
            d = -1;
        // "the general election due this September" is scheduled; "due by" is a deadline whatever is due
        if (d >= 0 && p1 !== 'by' && p1 !== 'before') {
            let h = d - 1;
            while (h >= 0 && AUXILIARIES.has(toks[h].lo))
                h--;
            if (SCHEDULED_EVENTS.has(lo(toks, h)))
                d = -1;
        }
        if (d >= 0 && lo(toks, d + 1) !== 'to') {
            let np = npBefore(toks, d);
            // "The EPA's decision" -> the possessor
            if (np) {
                for (let i = np.e; i >= np.s; i--) {
                    if (toks[i].lo === "'s" && i > np.s) {
                        np = { s: np.s, e: i - 1 };
                        break;
                    }
                }
            }
            return make('due', np?.s ?? d, tj, { subject: np });
        }
    }
    // expiry: "expires at the end of the year", "runs out on", "an ultimatum ending at midnight"
    {
        let e = -1;
        if (EXPIRY_VERBS.has(p1))
            e = ti - 1;
        else if (TIME_PREPS.has(p1) && EXPIRY_VERBS.has(p2))
            e = ti - 2;
        else if (TIME_PREPS.has(p1) && p2 === 'out' && RUN_OUT.has(lo(toks, ti - 3)))
            e = ti - 3;
        else if (p1 === 'out' && RUN_OUT.has(p2))
            e = ti - 2;
        // "the visa is valid until March 1"
        else if ((p1 === 'until' || p1 === 'till' || p1 === 'through') && p2 === 'valid')
            e = ti - 2;
        if (e < 0 && (ENDING_VERBS.has(p1) || (TIME_PREPS.has(p1) && ENDING_VERBS.has(p2)))) {
            const v = ENDING_VERBS.has(p1) ? ti - 1 : ti - 2;
            for (let k = v - 1; k >= Math.max(0, v - 6); k--) {
                if (DEADLINE_NOUNS.has(toks[k].lo) && !usedNouns.has(k)) {
                    usedNouns.add(k);
                    e = v;
                    break;
                }
                if (!toks[k].word && toks[k].lo !== ',')
                    break;
            }
        }
        // "the deadline for X to Y expires at T" belongs to the noun rule below
        if (e >= 0 && nounToLeft(toks, e, usedNouns, isTimeTok))
            e = -1;
        if (e >= 0 && !['not', "n't", 'never'].includes(lo(toks, e - 1)) && !['not', "n't", 'never'].includes(lo(toks, e - 2))) {
            // "is due to expire", "is set to lapse": the verb group starts earlier
            let v = e;
            if (lo(toks, v - 1) === 'to' && ['due', 'set', 'scheduled', 'expected', 'going', 'about', 'likely', 'poised', 'slated'].includes(lo(toks, v - 2)))
                v -= 2;
            let np = npBefore(toks, v);
            let w = v - 1;
            while (w >= 0 && AUXILIARIES.has(toks[w].lo))
                w--;
            if (!np && (lo(toks, w) === 'which' || lo(toks, w) === 'that') && lo(toks, w - 1) === ',')
                np = npBefore(toks, w - 1);
            let start = np?.s ?? v;
            // "an ultimatum ending at" / "the deadline expires at": start at the noun phrase
            let setter = null;
            let subject = null;
            if (np) {
                for (let k = np.s; k <= np.e; k++)
                    if (DEADLINE_NOUNS.has(toks[k].lo))
                        usedNouns.add(k);
                // "They issued an ultimatum ending at ...": who issued it
                const by = setterBeforeNoun(toks, np.s);
                if (by) {
                    setter = by.setter;
                    subject = by.passiveSubject;
                    start = by.start;
                }
            }
            return make('expiry', Math.max(0, start), tj, { setter, subject });
        }
    }
    // no-later-than: "no later than T"
    if (p1 === 'than' && p2 === 'later' && ['no', 'not'].includes(lo(toks, ti - 3))) {
        const left = analyzeLeft(toks, ti - 3, text);
        return make('no-later-than', left?.start ?? ti - 3, tj, {
            subject: left?.subject ?? null, action: left?.action ?? null, setter: left?.setter ?? null,
        });
    }
    // obligation-by: "X must Y by T", "ordered X to Y by T", "were due to Y by T"
    if ((p1 === 'by' || p1 === 'before') && !possessiveModifier(toks, tj, c)) {
        const left = analyzeLeft(toks, ti - 1, text);
        if (left)
            return make('obligation-by', left.start, tj, { subject: left.subject, action: left.action, setter: left.setter });
        // "By Friday, the ministry must ..."
        if (p1 === 'by' && ti - 1 === firstWord(toks)) {
            const right = analyzeRight(toks, tj + 1);
            if (right)
                return make('obligation-by', ti - 1, right.end, { subject: right.subject, action: right.action });
        }
    }
    // noun-before: "the deadline for X to Y expires at T", "the deadline ..., T"
    if (NOUN_LINKS.has(p1)) {
        for (let k = ti - 2; k >= Math.max(0, ti - 1 - NOUN_REACH); k--) {
            const w = toks[k].lo;
            if (CLAUSE_BREAKS.has(w) || isTimeTok(k))
                break;
            if (!DEADLINE_NOUNS.has(w))
                continue;
            if (usedNouns.has(k))
                break;
            // across a comma, only a time set off by it: "the deadline ..., Sept. 14", "..., on June 30"
            // ("With the deadline looming, negotiators met on Tuesday" is not one)
            let comma = false;
            for (let j = k + 1; j < ti - 1 && !comma; j++)
                if (toks[j].lo === ',')
                    comma = true;
            if (comma && p1 !== ',' && !(p2 === ',' && TIME_PREPS.has(p1)))
                break;
            usedNouns.add(k);
            const comp = nounComplement(toks, k + 1, ti - 1);
            let start = k;
            while (start - 1 >= 0 && ['the', 'a', 'an', 'its', 'their', 'this', 'that', 'final', 'new'].includes(lo(toks, start - 1)))
                start--;
            let subject = comp.subject;
            let setter = null;
            const by = setterBeforeNoun(toks, k);
            if (by) {
                setter = by.setter;
                subject ??= by.passiveSubject;
                start = by.start;
            }
            return make('noun-before', start, tj, { subject, setter, action: comp.action });
        }
    }
    return null;
}
/**
 * A verb that set the deadline named at token `k`, a few words before it
 * ("Congress set a deadline", "They issued an ultimatum", "were given a
 * deadline"): its subject is the setter, or, in the passive, the subject of
 * the deadline.
 */
function setterBeforeNoun(toks, k) {
    let q = k - 1;
    while (q >= 0 && toks[q].word && q >= k - 4 && !SETTER_VERBS.has(toks[q].lo) && !NP_BREAKS.has(toks[q].lo))
        q--;
    if (q < 0 || !SETTER_VERBS.has(lo(toks, q)))
        return null;
    const np = npBefore(toks, q);
    const passive = ['was', 'were', 'been', 'be', 'being', 'is', 'are'].includes(lo(toks, q - 1));
    return { setter: passive ? null : np, passiveSubject: passive ? np : null, start: np?.s ?? q };
}
/** Is there an unused deadline noun earlier in the clause of token `e`? */
function nounToLeft(toks, e, usedNouns, isTimeTok) {
    for (let k = e - 1; k >= Math.max(0, e - NOUN_REACH); k--) {
        const w = toks[k].lo;
        if (CLAUSE_BREAKS.has(w) || isTimeTok(k))
            return false;
        if (DEADLINE_NOUNS.has(w))
            return !usedNouns.has(k);
    }
    return false;
}
/** Is the time a possessive modifier of another noun ("by Tuesday's standards")? */
function possessiveModifier(toks, tj, c) {
    let k = tj;
    if (toks[k].lo !== "'s")
        k = tj + 1;
    if (lo(toks, k) !== "'s" || toks[k].start < c.end - 2)
        return false;
    const next = lo(toks, k + 1);
    return next !== '' && !DEADLINE_NOUNS.has(next);
}
function firstWord(toks) {
    for (let i = 0; i < toks.length; i++)
        if (toks[i].word)
            return i;
    return -1;
}
/** "That's the deadline", "which is the deadline": index of the anaphor, or -1. */
function anaphorBefore(toks, k) {
    let i = k - 1;
    while (i >= 0 && ['final', 'filing', 'new', 'official', 'legal', 'hard'].includes(toks[i].lo))
        i--;
    if (!['the', 'a'].includes(lo(toks, i)))
        return -1;
    i--;
    let sawVerb = false;
    while (i >= 0 && ["'s", 'is', 'was', 'be', 'will', 'marks', 'remains'].includes(toks[i].lo)) {
        i--;
        sawVerb = true;
    }
    if (!sawVerb || i < 0 || !ANAPHORS.has(toks[i].lo))
        return -1;
    // the anaphor opens a clause
    if (i === 0 || !toks[i - 1].word || toks[i].lo === 'which')
        return i;
    return -1;
}
// ---------------------------------------------------------------- phrase helpers
/**
 * The noun phrase ending right before token `v` (auxiliaries skipped): walks
 * left to punctuation, a clause word or 10 tokens.
 */
function npBefore(toks, v) {
    let e = v - 1;
    while (e >= 0 && AUXILIARIES.has(toks[e].lo))
        e--;
    if (e < 0 || !toks[e].word || NP_BREAKS.has(toks[e].lo))
        return null;
    let s = e;
    while (s - 1 >= 0 && e - s < 9) {
        const t = toks[s - 1];
        if (!t.word || NP_BREAKS.has(t.lo) || SPEECH_VERBS.has(t.lo) || SETTER_VERBS.has(t.lo) || AUXILIARIES.has(t.lo) && !LEADING_DETERMINERS.has(t.lo))
            break;
        s--;
    }
    return { s, e };
}
/** After a deadline noun: "for X to Y" (subject X, action Y), "to Y", "for Y" (action). */
function nounComplement(toks, k, limit = toks.length) {
    const w = lo(toks, k);
    if (w === 'to')
        return { subject: null, action: phraseUntil(toks, k + 1, limit) };
    if (w === 'for' || w === 'on') {
        for (let j = k + 1; j < Math.min(limit, k + 12); j++) {
            const t = toks[j];
            if (!t.word)
                break;
            if (t.lo === 'to' && j > k + 1)
                return { subject: { s: k + 1, e: j - 1 }, action: phraseUntil(toks, j + 1, limit) };
        }
        return { subject: null, action: phraseUntil(toks, k + 1, limit) };
    }
    return { subject: null, action: null };
}
/** Words that end an action phrase: the deadline's own verb or a preposition of time. */
const ACTION_STOPS = new Set([
    'expires', 'expire', 'expired', 'is', 'was', 'will', 'falls', 'ends', 'by', 'until', 'till', 'before', 'no', 'not',
    'which', 'who', 'but', 'that', 'lapses', 'passed', 'passes', 'comes',
]);
/** An action phrase from token k to a stop word, punctuation or `limit`, at most 20 tokens. */
function phraseUntil(toks, k, limit) {
    let e = k - 1;
    for (let j = k; j < Math.min(limit, toks.length, k + 20); j++) {
        const t = toks[j];
        if (!t.word || (ACTION_STOPS.has(t.lo) && j > k))
            break;
        e = j;
    }
    while (e >= k && ['the', 'a', 'an', 'and', 'of', 'to', 'at', 'on', 'in', 'for'].includes(toks[e].lo))
        e--;
    return e >= k ? { s: k, e } : null;
}
/** "... until T, the eve of X, to disclose Y": the "to Y" within 12 tokens after the time. */
function actionAfterTime(toks, tj) {
    for (let j = tj + 1; j < Math.min(toks.length, tj + 13); j++) {
        const w = toks[j].lo;
        if (w === ';' || CLAUSE_BREAKS.has(w))
            return null;
        if (w === 'to')
            return phraseUntil(toks, j + 1, toks.length);
    }
    return null;
}
/**
 * Walk left from a "by"/"before" at `b` through its clause for an
 * obligation cue; the cue decides subject, action and setter.
 */
function analyzeLeft(toks, b, text) {
    for (let c = b - 1; c >= Math.max(0, b - CUE_REACH); c--) {
        const w = toks[c].lo;
        if (w === ';' || w === '"' || CLAUSE_BREAKS.has(w))
            return null;
        const next = lo(toks, c + 1);
        const passive = ['was', 'were', 'been', 'be', 'being', 'is', 'are', 'am'].includes(lo(toks, c - 1));
        // directive verb, active: "ordered the department to release ... by"
        if (w === 'ordered' && lo(toks, c - 1) === 'court') {
            // "its court-ordered goal of releasing ... by"
            const owner = ['its', 'their'].includes(lo(toks, c - 2)) ? { s: c - 2, e: c - 2 } : null;
            return { start: c - 1, subject: owner, action: rangeOrNull(c + 1, b - 1, toks), setter: null };
        }
        if (DIRECTIVE_VERBS.has(w) && !passive) {
            let to = -1;
            let that = -1;
            for (let j = c + 1; j < b && j <= c + 12; j++) {
                if (toks[j].lo === 'to' && to < 0)
                    to = j;
                if (toks[j].lo === 'that' && that < 0 && to < 0)
                    that = j;
            }
            // "told reporters he expects a deal by": only "told X to Y by" binds
            if (!OBLIGATION_WORDS.has(w) && to < 0)
                continue;
            const setter = npBefore(toks, c);
            let subject = null;
            let action = null;
            if (to > c + 1) {
                subject = { s: c + 1, e: to - 1 };
                action = rangeOrNull(to + 1, b - 1, toks);
            }
            else if (that === c + 1) {
                let be = -1;
                for (let j = that + 1; j < b; j++)
                    if (toks[j].lo === 'be') {
                        be = j;
                        break;
                    }
                action = be > 0 ? rangeOrNull(be + 1, b - 1, toks) : rangeOrNull(that + 1, b - 1, toks);
            }
            else
                action = rangeOrNull(c + 1, b - 1, toks);
            return { start: setter?.s ?? c, subject, action, setter };
        }
        // "told X to ... by" and "asked X to ... by" only with a "to" right after the object
        if (!OBLIGATION_WORDS.has(w) && !(OBLIGATION_BEFORE_TO.has(w) && next === 'to'))
            continue;
        if (w === 'due' && next !== 'to')
            continue;
        if (w === 'order' && next !== 'to')
            continue;
        // "must have fled by": a guess about the past, not an obligation
        if (w === 'must' && next === 'have' && /(?:ed|en|wn|ne|t)$/.test(lo(toks, c + 2)))
            return null;
        // modal or passive cue: "must", "is required to", "were due to", "has to", "was ordered to", "supposed to"
        let subject = npBefore(toks, c);
        let a = c + 1;
        if (lo(toks, a) === 'to')
            a++;
        if (DEADLINE_NOUNS.has(w) || w === 'requirement' || w === 'obligation' || w === 'mandate') {
            const owner = ['its', 'their'].includes(lo(toks, c - 1)) ? { s: c - 1, e: c - 1 } : null;
            return { start: c, subject: owner, action: rangeOrNull(a, b - 1, toks), setter: null };
        }
        // "State missed the deadline, but was ordered to ...": the subject of the sentence
        if (!subject) {
            let k = c - 1;
            while (k >= 0 && AUXILIARIES.has(toks[k].lo))
                k--;
            if (lo(toks, k) === 'but' || lo(toks, k) === 'and')
                subject = sentenceSubject(toks, text);
        }
        return { start: subject && subject.e < c ? Math.min(subject.s, c) : c, subject, action: rangeOrNull(a, b - 1, toks), setter: null };
    }
    return null;
}
/** "By T, X must Y": a modal cue to the right, in the same clause. */
function analyzeRight(toks, k) {
    for (let c = k; c < Math.min(toks.length, k + 15); c++) {
        const w = toks[c].lo;
        if (w === ';' || CLAUSE_BREAKS.has(w))
            return null;
        if (w === 'must' || ((OBLIGATION_BEFORE_TO.has(w) || w === 'required' || w === 'supposed' || w === 'due') && lo(toks, c + 1) === 'to')) {
            const subject = npBefore(toks, c);
            let a = c + 1;
            if (lo(toks, a) === 'to')
                a++;
            const action = phraseUntil(toks, a, toks.length);
            return { subject, action, end: action?.e ?? c };
        }
    }
    return null;
}
function rangeOrNull(s, e, toks) {
    while (e >= s && (!toks[e].word || ['the', 'a', 'an', 'and', ','].includes(toks[e].lo)))
        e--;
    while (s <= e && !toks[s].word)
        s++;
    return e >= s ? { s, e } : null;
}
function isPronoun(toks, r) {
    return r !== null && r.s === r.e && (PRONOUNS.has(toks[r.s].lo) || POSSESSIVE_PRONOUNS.has(toks[r.s].lo));
}
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** The capitalized name that opens a sentence ("State missed ..."), if it is followed by a lower-case word. */
function sentenceSubject(toks, text) {
    let i = firstWord(toks);
    if (i < 0)
        return null;
    if (toks[i].lo === 'the')
        i++;
    const s = i;
    const upper = (t) => /\p{Lu}/u.test(text[t.start]);
    while (i < toks.length && i - s < 6 && toks[i].word && (upper(toks[i]) || (toks[i].lo === 'of' && i > s)))
        i++;
    if (i === s || i >= toks.length || !toks[i].word || upper(toks[i]))
        return null;
    return { s: firstWord(toks), e: i - 1 };
}
// ---------------------------------------------------------------- speakers and actors
/** The speaker of a sentence: ", the ministry continued." / "The ministry said (that) ..." / "according to X". */
function speakerOf(toks) {
    // trailing attribution after the last comma
    let lastComma = -1;
    for (let i = toks.length - 1; i >= Math.max(0, toks.length - 12); i--) {
        if (toks[i].lo === ',') {
            lastComma = i;
            break;
        }
    }
    if (lastComma >= 0) {
        let end = toks.length - 1;
        while (end > lastComma && !toks[end].word)
            end--;
        const tail = toks.slice(lastComma + 1, end + 1);
        const vi = tail.findIndex((t) => SPEECH_VERBS.has(t.lo));
        if (vi >= 0 && tail.length <= 9) {
            const s = lastComma + 1;
            if (vi === tail.length - 1) {
                // ", the ministry continued"
                const np = rangeOrNull(lastComma + 1, lastComma + vi, toks);
                if (np && !PRONOUNS.has(toks[np.s].lo))
                    return np;
            }
            else if (vi === 0)
                return rangeOrNull(s + 1, end, toks); // ", said the ministry"
        }
        if (tail[0]?.lo === 'according' && tail[1]?.lo === 'to')
            return rangeOrNull(lastComma + 3, end, toks);
    }
    // leading "X said (that)"
    for (let i = 1; i < Math.min(toks.length, 10); i++) {
        if (!toks[i].word)
            break;
        if (SPEECH_VERBS.has(toks[i].lo)) {
            const np = npBefore(toks, i);
            if (np && np.s === firstWord(toks) && !PRONOUNS.has(toks[np.s].lo))
                return np;
            break;
        }
    }
    return null;
}
const FOLD = (s) => s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/['\u2019]s\b/g, '').replace(/^(the|a|an)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** The actor a span names: by mention overlap, then by name or alias (also its last words: "the ministry"). */
function linkActor(actors, start, end, text) {
    let best = null;
    let bestOverlap = 0;
    for (const a of actors) {
        for (const m of a.mentions) {
            const o = Math.min(end, m.end) - Math.max(start, m.start);
            if (o > bestOverlap) {
                best = a;
                bestOverlap = o;
            }
        }
    }
    if (best && bestOverlap >= Math.min(end - start, 3))
        return best;
    const key = FOLD(text);
    if (!key)
        return null;
    for (const a of actors) {
        if (FOLD(a.name) === key || a.aliases.some((x) => FOLD(x) === key))
            return a;
    }
    // "All delegate applicants of X": an actor named by the phrase's tail
    for (const a of actors) {
        for (const n of [a.name, ...a.aliases]) {
            const f = FOLD(n);
            if (f.length >= 3 && f.includes(' ') && (key.endsWith(` ${f}`) || key.startsWith(`${f} `)))
                return a;
        }
    }
    return null;
}
// ---------------------------------------------------------------- drafts -> deadlines
/**
 * The tense of a deadline's clause: 'past' when its own verb is ("passed",
 * "were due", "had until"), 'past-setting' when only some other verb is
 * ("ordered ... by", "received ... before"), else 'present'.
 */
function clauseTense(d) {
    let setting = false;
    for (let i = firstTokenAt(d.toks, d.textStart); i < d.toks.length && d.toks[i].end <= d.textEnd; i++) {
        const t = d.toks[i];
        if (t.start >= d.cand.start && t.end <= d.cand.end)
            continue;
        if (PAST_MARKERS.has(t.lo))
            return 'past';
        if (IRREGULAR_PAST.has(t.lo) || (t.lo.length > 4 && t.lo.endsWith('ed') && !BE_FORMS.has(lo(d.toks, i - 1)) && lo(d.toks, i - 1) !== 'court'))
            setting = true;
    }
    return setting ? 'past-setting' : 'present';
}
/** Does the phrase hold a capitalized word after its determiner ("the Kurdish-led forces", "EPA")? */
function isProperName(s) {
    const words = s.split(/\s+/).filter((w) => !/^(?:the|a|an)$/i.test(w));
    return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|and|for|the|de|al|el|-)$/i.test(w) || /^\p{Ll}+-\p{Lu}/u.test(w));
}
function rangeText(doc, toks, r) {
    if (!r)
        return null;
    let s = r.s;
    while (s < r.e && LEADING_DETERMINERS.has(toks[s].lo))
        s++;
    const start = toks[s].start;
    const end = toks[r.e].end;
    return { start, end, text: doc.slice(start, end) };
}
function finish(ctx, drafts, ref, actors, toksOf) {
    const text = ctx.doc.text;
    const out = [];
    const byDue = new Map();
    drafts.sort((a, b) => a.textStart - b.textStart);
    for (const d of drafts) {
        const due = dueOf(d.cand, ref, clauseTense(d));
        if (!due)
            continue;
        let subjRange = d.subject;
        const sentToks = toksOf(d.sentence);
        const speaker = speakerOf(sentToks);
        // "X said that it must ...": a pronoun subject after a leading speaker is the speaker
        if (isPronoun(d.toks, subjRange) && ['it', 'its', 'they', 'their'].includes(d.toks[subjRange.s].lo)) {
            subjRange = speaker && d.toks === sentToks && speaker.e < subjRange.s && speaker.s === firstWord(sentToks) ? speaker : null;
        }
        const subj = rangeText(text, d.toks, subjRange);
        let subject = null;
        if (subj && !PRONOUNS.has(FOLD(subj.text)) && !POSSESSIVE_PRONOUNS.has(FOLD(subj.text))) {
            const a = linkActor(actors, subj.start, subj.end, subj.text);
            // a proper name as written ("EPA", "the Kurdish-led forces") stays; a description ("the department") takes the actor's name
            subject = a ? { name: isProperName(subj.text) ? subj.text.replace(/^(?:the|a|an)\s+/i, '') : a.name, actorId: a.id } : { name: subj.text, actorId: null };
        }
        const setRange = d.setter ?? speaker;
        const set = rangeText(text, sentToks, setRange);
        let setBy = null;
        if (set && !PRONOUNS.has(FOLD(set.text))) {
            const a = linkActor(actors, set.start, set.end, set.text);
            setBy = a ? a.name : set.text;
        }
        const act = rangeText(text, d.toks, d.action);
        const textStart = Math.min(d.textStart, d.cand.start < d.textStart && !d.extra ? d.cand.start : d.textStart);
        const textEnd = d.textEnd;
        const mentions = [mention(ctx.doc, textStart, textEnd, `deadlines:${d.rule}`)];
        if (d.extra)
            mentions.push(mention(ctx.doc, d.extra.start, d.extra.end, `deadlines:${d.rule}:time`));
        const date = due.slice(0, 10);
        const existing = byDue.get(due) ?? (due.length > 10 ? undefined : byDate(out, due));
        if (existing) {
            existing.mentions.push(...mentions);
            existing.subject ??= subject;
            existing.action ??= act?.text ?? null;
            existing.setBy ??= setBy;
            continue;
        }
        // a date-only restatement after a date-time on the same day is the same deadline
        const entry = { text: text.slice(textStart, textEnd), due, action: act?.text ?? null, subject, setBy, mentions, _date: date };
        // a date-time after a date-only mention of the same day takes its place
        const sameDay = due.length > 10 ? out.find((o) => o.due === date) : undefined;
        if (sameDay) {
            sameDay.due = due;
            sameDay.mentions.push(...mentions);
            sameDay.subject ??= subject;
            sameDay.action ??= entry.action;
            sameDay.setBy ??= setBy;
            byDue.set(due, sameDay);
            continue;
        }
        out.push(entry);
        byDue.set(due, entry);
    }
    return out.map(({ _date, ...d }) => {
        void _date;
        d.mentions.sort((a, b) => a.start - b.start);
        return d;
    });
}
function byDate(out, date) {
    return out.find((o) => o._date === date && o.due.length > 10);
}
//# sourceMappingURL=deadlines.js.map