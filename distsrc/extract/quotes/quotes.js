import { mention } from '../context.js';
import { scanQuotes } from './marks.js';
import { tokenize } from './tokens.js';
import { Syntax } from './syntax.js';
import { SpeakerLinker } from './speaker.js';
import { CONTENT_NEEDS_THAT, CUES, DOCUMENT_NOUNS, NAMING_VERBS, NON_SOURCES, WRITTEN_NOUNS, WRITTEN_ONLY_CUES } from './quotes.rules.js';
/** A quotation no shorter than this many words, introduced by a comma or a dash, is direct. */
const DIRECT_MIN_WORDS = 3;
/**
 * Indirect content whose words are this much inside quotation marks is
 * reported as the quotation alone ("said he was “very moved” by it" is the
 * partial quote “very moved”); below it, as both.
 */
const MAX_QUOTED_SHARE = 0.25;
/** Words after a cue that open a prepositional phrase, not reported content. */
const PP_OPENERS = new Set(['about', 'on', 'at', 'in', 'for', 'over', 'to', 'with', 'of', 'from', 'during', 'after', 'before', 'by', 'against', 'into', 'through', 'under', 'upon']);
/** Conjunctions opening a subordinate clause; after a cue they attach to the attribution ("said as dawn broke"). */
const SUBORDINATORS = new Set(['as', 'when', 'while', 'because', 'if', 'since', 'although', 'though', 'until', 'once', 'where', 'whereas', 'unless']);
/** "at least 5,000 people", "about 300 people": a preposition that quantifies. */
const QUANTIFIER_AFTER = new Set(['least', 'most']);
/** Longest clause, in tokens, reported before a trailing attribution. */
const CONTENT_BEFORE_MAX = 150;
/** Indirect content shorter than this many words is not reported. */
const INDIRECT_MIN_WORDS = 3;
export function extractQuotes(ctx, actors) {
    const doc = ctx.doc;
    const text = doc.text;
    if (text.length === 0)
        return [];
    const segs = scanQuotes(text, doc.paragraphs);
    // tokens, each tagged with its quotation segment
    const toks = [];
    for (const p of doc.paragraphs)
        for (const t of tokenize(text, p.start, p.end))
            toks.push(t);
    let si = 0;
    for (const t of toks) {
        while (si < segs.length && segMarkEnd(segs[si]) <= t.start)
            si++;
        const s = segs[si];
        if (s && t.start >= s.open && t.start < segMarkEnd(s))
            t.seg = si;
    }
    const frames = buildFrames(doc, segs, toks);
    const syn = new Syntax(doc, toks, frames, segs);
    const inQuote = makeInQuote(segs);
    const linker = new SpeakerLinker(doc, toks, actors, inQuote);
    const drafts = [];
    let last = null;
    const segSpeaker = new Map();
    for (let fi = 0; fi < frames.length; fi++) {
        const f = frames[fi];
        // cues of the frame, in order, each with its subject and speaker
        const cues = [];
        const speakers = new Map();
        for (let i = f.t0; i < f.t1; i++) {
            const c = syn.cueAt(i);
            if (!c)
                continue;
            c.subject = syn.findSubject(c, cues);
            c.clauseStart = clauseStart(syn, c);
            // "the situation say", "the borrowing continued": a subject that cannot speak makes no cue of the verb
            if (c.subject && c.subject.form !== 'according' && !syn.canSpeak(c.subject.t0, c.subject.t1))
                c.subject = null;
            // "the statement read": only a written thing reads out its text ("he read the letter" is no cue)
            if (c.subject && WRITTEN_ONLY_CUES.has(c.info.lemma)) {
                const h = toks[c.subject.t1].lower;
                if (!DOCUMENT_NOUNS.has(h) && !WRITTEN_NOUNS.has(h))
                    c.subject = null;
            }
            cues.push(c);
            let sp = null;
            if (c.subject) {
                if (c.subject.form === 'according' && isNonSource(toks, c.subject.t0, c.subject.t1))
                    sp = null;
                // "..., he said": the pronoun follows the content, its antecedent is not in it
                else
                    sp = linker.link(c.subject.t0, c.subject.t1, attributionAfter(syn, c, f));
            }
            speakers.set(c, sp);
            // a recent speaker for pronouns; an evaluation ("Trump, who has called it a hoax") only if it governs a quotation (below)
            if (sp && c.info.cls !== 'eval')
                linker.spoke(sp, f.paragraph, toks[c.i].start);
            if (c.info.lemma === 'according to')
                i = c.j - 1;
        }
        // quotations
        const governing = new Set();
        let lastTitleClose = -10;
        for (let i = f.t0; i < f.t1; i++) {
            if (!syn.isOpenMark(i))
                continue;
            const segIdx = toks[i].seg;
            const seg = segs[segIdx];
            let closeTok = i;
            while (closeTok + 1 < f.t1 && toks[closeTok + 1].seg === segIdx)
                closeTok++;
            const kind = classify(syn, seg, i, closeTok, f, cues);
            // "told ABC’s “Good Morning America”", "wrote “Musicophilia”": a name after a possessive or
            // right after the verb is a title, not a quotation
            if (kind === 'partial' && i > f.t0 && titleCase(syn, i, closeTok) && (toks[i - 1].lower.endsWith("'s") || syn.isPossessiveMark(i - 1) || cues[lastCueBefore(cues, i)]?.j === i)) {
                i = closeTok;
                continue;
            }
            // “Listen To The Music,” “Opening Belle”: a fragment with every word capitalised is a title, not speech
            if ((kind === 'partial' || (!opensSentence(syn, i, f) && !syn.isPunct(i - 1, ':'))) && titleLike(syn, i, closeTok) && titleContext(syn, i, closeTok, lastTitleClose)) {
                lastTitleClose = closeTok;
                // the title's words are the reporter's own text now ("referred to themselves as “The Glass Ceiling Club”" is reported speech)
                for (let k = i; k <= closeTok; k++)
                    toks[k].seg = -1;
                i = closeTok;
                continue;
            }
            const cue = governingCue(syn, i, closeTok, f, cues, kind);
            let speaker = null;
            let cueText = null;
            let rule = '';
            if (cue) {
                speaker = speakers.get(cue) ?? null;
                cueText = cue.text;
                rule = `quote.${kind}.${cue.i < i ? 'cue-before' : 'cue-after'}`;
            }
            else if (seg.continued && segSpeaker.has(segIdx - 1)) {
                speaker = segSpeaker.get(segIdx - 1) ?? null;
                rule = `quote.${kind}.continued`;
            }
            else if (opensSentence(syn, i, f) && kind === 'direct' && last && last.paragraph >= f.paragraph - 1) {
                speaker = last.speaker;
                rule = `quote.${kind}.inherited`;
            }
            else {
                i = closeTok;
                continue; // no speaker anywhere near: a title, a slogan, a scare quote
            }
            segSpeaker.set(segIdx, speaker);
            if (cue)
                governing.add(cue);
            drafts.push({ start: seg.start, end: seg.end, kind, speaker, cue: cueText, rule });
            if (speaker)
                last = { speaker, paragraph: f.paragraph };
            i = closeTok;
        }
        // indirect speech
        const found = cues.map((c, n) => indirect(syn, c, cues, n, f, speakers.get(c) ?? null));
        // an attribution after a clause that reports speech itself wins ("X said Y, Z testified")
        for (let n = 0; n < cues.length; n++) {
            const d = found[n];
            if (!d || !d.outer)
                continue;
            for (let m = n - 1; m >= 0 && cues[m].i >= d.a; m--) {
                const inner = found[m];
                if (inner && !inner.outer && inner.a >= d.a && inner.b <= d.b && inner.b >= d.b - 1)
                    found[m] = null;
            }
        }
        // a speaker carries over to the next quotation from the last cue of the frame that reported something
        // ("“…,” Lieberman told ..., after de Blasio stated an interest in ...": Lieberman), else from its first cue
        // ("Lynch announced the lawsuit on Monday. “We are seeking ...”")
        let carried = null;
        let productive = false;
        for (let n = 0; n < cues.length; n++) {
            const c = cues[n];
            const sp = speakers.get(c) ?? null;
            const d = found[n];
            if (d)
                drafts.push({ start: toks[d.a].start, end: toks[d.b].end, kind: 'indirect', speaker: sp, cue: c.text, rule: d.rule });
            if (!sp || !c.subject)
                continue;
            if (d || governing.has(c)) {
                carried = sp;
                productive = true;
                if (c.info.cls === 'eval')
                    linker.spoke(sp, f.paragraph, toks[c.i].start);
            }
            else if (!productive && !carried)
                carried = sp;
        }
        if (carried)
            last = { speaker: carried, paragraph: f.paragraph };
    }
    return finish(ctx, drafts);
}
function segMarkEnd(s) {
    return s.close + s.closeLen;
}
function makeInQuote(segs) {
    return (pos) => {
        let lo = 0;
        let hi = segs.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const s = segs[mid];
            if (pos < s.open)
                hi = mid - 1;
            else if (pos >= segMarkEnd(s))
                lo = mid + 1;
            else
                return true;
        }
        return false;
    };
}
/** Are all the words of the quotation at tokens [open, close] capitalised, and few ("Musicophilia", "Good Morning America")? */
function titleCase(syn, open, close) {
    let words = 0;
    let caps = 0;
    for (let k = open; k <= close; k++) {
        const t = syn.toks[k];
        if (t.kind !== 'word')
            continue;
        words++;
        if (t.cap)
            caps++;
        else if (!['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with'].includes(t.lower))
            return false;
    }
    return caps > 0 && words <= 5;
}
/** Function words a title may keep in lower case ("The Lord of the Rings"). */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'or', 'but', 'as', 'into', 'vs', 'vs.', 'de', 'la', 'le']);
/**
 * Is the quotation at tokens [open, close] a title (of a book, a song, a
 * show): 2 to 10 words, the first and all but small function words
 * capitalised, not ending a sentence inside the marks?
 */
function titleLike(syn, open, close) {
    let words = 0;
    let caps = 0;
    let first = true;
    for (let k = open; k <= close; k++) {
        const t = syn.toks[k];
        if (t.kind !== 'word')
            continue;
        words++;
        if (words > 10)
            return false;
        if (t.cap)
            caps++;
        else if (first || !TITLE_SMALL_WORDS.has(t.lower))
            return false;
        first = false;
    }
    if (words < 2 || caps < 2)
        return false;
    // an all-capitals shout is not a title
    const text = syn.doc.text.slice(syn.toks[open].start, syn.toks[close].end);
    return text !== text.toUpperCase();
}
/** Words before a title of a work ("the heroine of “X”", "hits like “X”", "the novel “X”"). */
const TITLE_PRECEDERS = new Set([
    'of', 'in', 'like', 'titled', 'entitled', 'book', 'novel', 'song', 'songs', 'album', 'film', 'movie', 'show', 'series',
    'play', 'memoir', 'single', 'hit', 'hits', 'track', 'documentary', 'program', 'programme', 'column', 'podcast', 'poem',
    'essay', 'report', 'musical', 'opera', 'episode', 'anthem', 'classic', 'classics', 'bestseller', 'sequel',
]);
/**
 * Is a title-cased quotation at [open, close] in a title's place: three words
 * or more, after a word that introduces a work, or in a list after another
 * title? Two words after "the" may be an epithet someone used (the “Never
 * Trumpers”), which is a quotation.
 */
function titleContext(syn, open, close, lastTitleClose) {
    if (syn.wordCount(open, close) >= 3)
        return true;
    const p = syn.toks[open - 1];
    if (!p)
        return false;
    if (p.kind === 'word' && TITLE_PRECEDERS.has(p.lower))
        return true;
    // “A,” “B” and “C”: a list of titles
    let k = open - 1;
    while (k > lastTitleClose && (syn.isPunct(k, ',') || syn.toks[k].lower === 'and' || syn.toks[k].lower === 'or'))
        k--;
    return k === lastTitleClose;
}
/** Sentences of a paragraph joined while a quotation runs across their boundary. */
function buildFrames(doc, segs, toks) {
    const sents = doc.sentences;
    const joinUntil = new Int32Array(sents.length).map((_, i) => i);
    let s = 0;
    for (const seg of segs) {
        while (s < sents.length && sents[s].end <= seg.open)
            s++;
        let e = s;
        const close = seg.runsOn ? seg.close - 1 : seg.close;
        while (e + 1 < sents.length && sents[e + 1].start <= close && sents[e + 1].paragraph === sents[s]?.paragraph)
            e++;
        if (s < sents.length && e > joinUntil[s])
            joinUntil[s] = e;
    }
    const spans = [];
    for (let i = 0; i < sents.length;) {
        let e = joinUntil[i];
        for (let k = i; k <= e && k < sents.length; k++)
            if (joinUntil[k] > e)
                e = joinUntil[k];
        const span = { start: sents[i].start, end: sents[e].end, paragraph: sents[i].paragraph };
        const prev = spans[spans.length - 1];
        // an attribution printed as a sentence of its own after a quotation ("…?” Holmes testified.") joins it
        if (prev && prev.paragraph === span.paragraph && endsWithQuotation(doc.text, prev.end) && opensWithAttribution(doc.text, span.start, span.end))
            prev.end = span.end;
        else
            spans.push(span);
        i = e + 1;
    }
    const frames = [];
    let t = 0;
    for (let fi = 0; fi < spans.length; fi++) {
        const sp = spans[fi];
        const next = spans[fi + 1];
        const t0 = t;
        // tokens up to the next frame's start (white space between sentences belongs to neither)
        while (t < toks.length && (next ? toks[t].start < next.start : true)) {
            toks[t].frame = frames.length;
            t++;
        }
        frames.push({ t0, t1: t, paragraph: sp.paragraph });
    }
    return frames.every((f) => f.t1 > f.t0) ? frames : reindex(frames, toks);
}
const CLOSING = '"\u201d\u2019\u00bb\'';
function endsWithQuotation(text, end) {
    let k = end - 1;
    if (k < 0 || !CLOSING.includes(text[k]))
        return false;
    while (k > 0 && end - k < 4 && CLOSING.includes(text[k]))
        k--;
    return '.?!,'.includes(text[k]);
}
/** Does the sentence open with a short subject and a speech verb ("Holmes testified.", "The ministry said on Friday.")? */
function opensWithAttribution(text, start, end) {
    if (end - start > 160)
        return false;
    const words = text.slice(start, end).split(' ', 16);
    for (let n = 0; n < words.length; n++) {
        const w = words[n].replace(/[.,;:!?]+$/, '');
        if (n > 0 && n < 8 && CUES.has(w) && CUES.get(w).cls !== 'eval') {
            // the cue and at most a short tail ("Holmes testified.", "the ministry said on Friday.")
            if (/[\u201c\u201d"`]/.test(words.slice(0, n).join(' ')))
                return false;
            const tail = words.slice(n + 1);
            if (/[\u201c"`']/.test(tail.join(' ')))
                return false;
            // "McDonough wrote in a September 16 email to ...": a name or pronoun and the verb, whatever follows
            if (n <= 2 && words.slice(0, n).every((x) => /^(\p{Lu}|he$|she$|they$|it$)/u.test(x)))
                return true;
            return tail.length <= 6 && !tail.includes('that');
        }
        if (/[.;:!?]$/.test(words[n]) && n < words.length - 1)
            return false;
    }
    return false;
}
/** Drop empty frames and renumber the tokens' frame indices. */
function reindex(frames, toks) {
    const out = [];
    for (const f of frames) {
        if (f.t1 <= f.t0)
            continue;
        for (let t = f.t0; t < f.t1; t++)
            toks[t].frame = out.length;
        out.push(f);
    }
    return out;
}
function clauseStart(syn, c) {
    const s = c.subject;
    if (!s)
        return c.i;
    if (s.form === 'before')
        return s.chain ?? s.t0;
    if (s.form === 'after' || s.form === 'according') {
        // the comma before the cue
        return syn.isPunct(c.i - 1, ',') ? c.i - 1 : c.i;
    }
    return c.i;
}
function isNonSource(toks, t0, t1) {
    for (let k = t0; k <= t1; k++)
        if (NON_SOURCES.has(toks[k].lower))
            return true;
    return false;
}
/**
 * Direct or partial, by what introduces the quotation: the start of a
 * sentence, a colon, a comma or dash (when the quotation has a few words), a
 * speech verb (when it begins with a capital) or "that" (when it ends the
 * sentence) make it direct; a quotation inside the reporter's own phrase is
 * partial.
 */
function classify(syn, seg, openTok, closeTok, f, cues) {
    if (seg.continued)
        return 'direct';
    const words = syn.wordCount(openTok, closeTok);
    if (opensSentence(syn, openTok, f))
        return words >= DIRECT_MIN_WORDS ? 'direct' : 'partial';
    const prev = syn.toks[openTok - 1];
    if (prev.kind === 'punct') {
        if (prev.text === ':')
            return 'direct';
        if (',\u2014\u2013-'.includes(prev.text))
            return words >= DIRECT_MIN_WORDS ? 'direct' : 'partial';
        return 'partial';
    }
    if (prev.kind === 'word' && !prev.cap && prev.lower === 'that') {
        const after = closeTok + 1;
        const endsSentence = after >= f.t1 || syn.isPunct(after, '.!?') || /[.!?]$/.test(syn.doc.text.slice(seg.start, seg.end));
        return endsSentence && words >= 4 ? 'direct' : 'partial';
    }
    const cueBefore = cues[lastCueBefore(cues, openTok)];
    if (prev.kind === 'word' && cueBefore && cueBefore.j === openTok && cueBefore.info.cls !== 'eval') {
        const first = syn.toks[openTok + 1];
        return first && first.cap && words >= DIRECT_MIN_WORDS ? 'direct' : 'partial';
    }
    return 'partial';
}
/**
 * The cue governing the quotation at tokens [openTok, closeTok]: a cue right
 * before it ("said: “", "said, “", "said that “"), else an attribution right
 * after it ("“…,” X said", "“…,” said X"), else the nearest cue before it in
 * the frame, else the first after it.
 */
function governingCue(syn, openTok, closeTok, f, cues, kind) {
    const toks = syn.toks;
    let before = null;
    // a quotation opening a sentence takes no cue of the sentence before it
    if (!opensSentence(syn, openTok, f)) {
        for (let m = lastCueBefore(cues, openTok), n = 0; m >= 0 && n < SEARCH_MAX; m--, n++) {
            const c = cues[m];
            if (!inside(toks, c.i) && c.subject) {
                before = c;
                break;
            }
        }
    }
    // a naming verb right before the quotation names it ("a campaign called “X”")
    if (before && before.j === openTok && NAMING_VERBS.has(before.info.lemma))
        before = null;
    if (before) {
        let adjacent = true;
        for (let k = before.j; k < openTok; k++) {
            const t = toks[k];
            if (t.kind === 'punct' && ',:'.includes(t.text))
                continue;
            if (t.kind === 'word' && t.lower === 'that')
                continue;
            adjacent = false;
            break;
        }
        if (adjacent)
            return before;
    }
    // an attribution right after: punctuation, then a cue, or a short subject and a cue
    let k = closeTok + 1;
    while (k < f.t1 && toks[k].kind === 'punct' && ',.?!'.includes(toks[k].text))
        k++;
    for (let m = lastCueBefore(cues, k) + 1; m < cues.length; m++) {
        const c = cues[m];
        // "“…,” Anne Richards, assistant secretary of state for ..., said": an appositive may be long
        if (c.i - k > 40)
            break;
        const s = c.subject;
        // a participle right after the quotation continues the sentence ("“…”, saying ...")
        if (c.i === k && toks[c.i].lower.endsWith('ing'))
            break;
        // the cue right there, or its subject (after at most a few modifiers: "outraged monarchist delegate X said")
        if (c.i === k || (s && s.form === 'before' && s.t0 >= k && s.t0 - k <= 3 && onlyWords(toks, k, s.t0))) {
            if (!(c.i === k && c.info.lemma === 'according to' && c.subject === null))
                return c;
        }
        break;
    }
    if (before)
        return before;
    if (kind === 'direct' && opensSentence(syn, openTok, f)) {
        // a quotation opening its sentence with no attribution right after it belongs to the sentence's cue
        return firstCueAfter(cues, closeTok);
    }
    return firstCueAfter(cues, closeTok);
}
/** Cues looked at around one quotation, at most. */
const SEARCH_MAX = 50;
/** Index of the last cue starting before token i (cues are in text order), or -1. */
function lastCueBefore(cues, i) {
    let lo = 0;
    let hi = cues.length - 1;
    let ans = -1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cues[mid].i < i) {
            ans = mid;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return ans;
}
function firstCueAfter(cues, i) {
    for (let m = lastCueBefore(cues, i + 1) + 1, n = 0; m < cues.length && n < SEARCH_MAX; m++, n++)
        if (cues[m].subject)
            return cues[m];
    return null;
}
/** Does the quotation opening at token i start a sentence (the frame, or after a sentence end the splitter missed)? */
function opensSentence(syn, i, f) {
    if (i === f.t0)
        return true;
    let p = i - 1;
    // after a quotation closing its sentence: ".” “"
    if (syn.isCloseMark(p) || (p - 1 >= f.t0 && syn.toks[p].seg >= 0 && syn.toks[p].kind === 'mark' && syn.isCloseMark(p - 1))) {
        while (p > f.t0 && syn.toks[p].kind === 'mark')
            p--;
        const t = syn.toks[p];
        return t.kind === 'punct' ? '.?!'.includes(t.text) : /[.?!]$/.test(t.text) && t.seg >= 0;
    }
    return syn.isPunct(p, '.?!');
}
function onlyWords(toks, a, b) {
    for (let k = a; k < b; k++)
        if (toks[k].kind !== 'word')
            return false;
    return true;
}
function inside(toks, i) {
    return toks[i].seg >= 0;
}
function indirect(syn, c, cues, n, f, speaker) {
    const cls = c.info.cls;
    if (cls === 'eval' || !c.subject || c.gerund)
        return null;
    const isAccording = c.info.lemma === 'according to';
    if (isAccording && !speaker)
        return null;
    // the next cue's clause ends this one's content
    let stopAt = f.t1;
    for (let m = n + 1; m < cues.length; m++) {
        const o = cues[m];
        if (o.gerund || !opensClause(syn, o.clauseStart))
            continue;
        // "According to X, the country had admitted 1.4 million refugees": a verb reporting nothing ends no content
        if (o.info.cls !== 'eval' && CONTENT_NEEDS_THAT.has(o.info.lemma) && !syn.contentStart(o)?.that)
            continue;
        stopAt = o.clauseStart;
        break;
    }
    if (!isAccording && cls !== 'trail' && c.subject.form !== 'after') {
        const fwd = forwardContent(syn, c, f, stopAt);
        if (fwd === 'reject')
            return null;
        if (fwd)
            return fwd;
    }
    if (cls === 'that')
        return null;
    // "According to X, content."
    if (isAccording) {
        const s = c.subject;
        if (s.t1 + 1 < f.t1 && syn.isPunct(s.t1 + 1, ',') && firstWordIndex(syn, f) === c.i) {
            const a = s.t1 + 2;
            const b = syn.contentEnd(a, f, stopAt);
            const r = b >= a ? accept(syn, a, b, false) : null;
            return r ? { a: r[0], b: r[1], rule: 'indirect.according-to-before', outer: false } : null;
        }
    }
    // "..., X said." / "..., said X." / "..., according to X."
    const comma = c.subject.form === 'before' ? (c.subject.chain ?? c.subject.t0) - 1 : c.clauseStart;
    if (!syn.isPunct(comma, ','))
        return null;
    // "..., X said, “…”": the quotation after the cue is what was said
    let after = c.j;
    if (syn.isPunct(after, ',:'))
        after++;
    if (syn.isOpenMark(after))
        return null;
    if (comma - 1 >= f.t0 && syn.isCloseMark(comma - 1))
        return null; // "“…”, X said": the quotation is the content
    let a = f.t0;
    // a clause holding its own attribution ("X said Y, Z testified"): reported as a whole by the outer speaker
    let outer = false;
    for (let m = n - 1, k = 0; m >= 0 && k < SEARCH_MAX; m--, k++) {
        const o = cues[m];
        if (o.gerund || o.i > comma)
            continue;
        outer = true;
        break;
    }
    if (outer && !speaker)
        return null;
    while (a < comma && syn.toks[a].kind === 'punct')
        a++;
    if (comma - a > CONTENT_BEFORE_MAX)
        return null;
    // "Calling for an amended constitution, X said": an adverbial, not a report
    const fw = syn.toks[a];
    if (fw && fw.kind === 'word' && fw.lower.endsWith('ing') && fw.lower.length > 5)
        return null;
    const b = trimBack(syn, a, comma - 1);
    if (b < a)
        return null;
    // "The hashtag, he said, was even more popular": a parenthetical attribution; the clause goes on after it
    const tail = outer ? null : parentheticalTail(syn, c, f, stopAt);
    if (tail) {
        const words = syn.wordCount(a, b) + syn.wordCount(tail[0], tail[1]);
        const clause = syn.isClause(a, b) || syn.isClause(tail[0], tail[1]) || syn.isVerbish(tail[0]);
        if (words >= INDIRECT_MIN_WORDS && clause && syn.quotedShare(tail[0], tail[1]) < MAX_QUOTED_SHARE && syn.quotedShare(a, b) < MAX_QUOTED_SHARE) {
            return { a, b: tail[1], rule: isAccording ? 'indirect.according-to-inside' : 'indirect.attribution-inside', outer };
        }
    }
    // "Minutes after the voting began, X announced ...": a leading adverbial clause alone is not what was said
    if (fw && fw.kind === 'word' && leadingAdverbial(syn, a, b))
        return null;
    const r = accept(syn, a, b, false);
    return r ? { a: r[0], b: r[1], rule: isAccording ? 'indirect.according-to' : 'indirect.attribution-after', outer } : null;
}
/**
 * After an attribution set off by commas inside a clause ("The only problem,
 * Ms. Bigbee said, is that ..."): the rest of the clause, or null when the
 * attribution ends its clause or a quotation, a participle or a conjunction
 * follows it.
 */
function parentheticalTail(syn, c, f, stopAt) {
    const s = c.subject;
    // ", said X, a professor at Y, who ...": an inverted subject is followed by appositives, not by the clause
    if (s.form === 'after')
        return null;
    let e = s.form === 'before' ? c.j : s.t1 + 1;
    if (s.form === 'before')
        e = syn.skipTimeForward(e, f.t1);
    if (!syn.isPunct(e, ','))
        return null;
    const k = e + 1;
    const w = syn.word(k);
    if (!w || k >= stopAt || k >= f.t1)
        return null;
    const l = w.lower;
    // ("X, he said, continued struggles will ..." goes on; ", he said, adding that ..." does not)
    if (!w.cap && (['and', 'but', 'or', 'so', 'then', 'according'].includes(l) || (l.endsWith('ing') && l.length > 4)))
        return null;
    const end = syn.contentEnd(k, f, stopAt);
    return end >= k ? [k, end] : null;
}
/** Subordinators opening an adverbial clause ("After X left", "Minutes after the vote began"). */
const ADVERBIAL_CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'since', 'until', 'once', 'as', 'because', 'although', 'though', 'if', 'unless', 'whenever']);
/** Is tokens[a..b] only a leading adverbial clause ("After Tanden informed Soros ...", "Minutes after the voting began")? */
function leadingAdverbial(syn, a, b) {
    let k = a;
    // "Minutes after", "Hours before", "Two days after"
    for (let n = 0; n < 3 && k <= b && syn.word(k) && !ADVERBIAL_CLAUSE_OPENERS.has(syn.toks[k].lower); n++)
        k++;
    const w = syn.word(k);
    if (!w || !ADVERBIAL_CLAUSE_OPENERS.has(w.lower))
        return false;
    if (k > a && !(k - a <= 2 && /^(minutes?|hours?|days?|weeks?|months?|years?|moments?|shortly|soon|just|long|two|three|several|a|few)$/.test(syn.toks[a].lower)))
        return false;
    // a main clause after the adverbial one would follow a comma
    for (let m = k; m <= b; m++)
        if (syn.isPunct(m, ',;'))
            return false;
    return true;
}
/** Does a cue's clause starting at token k begin a clause of the sentence (after a comma, "and", ", with")? */
function opensClause(syn, k) {
    const p = syn.toks[k - 1];
    if (!p || p.frame !== syn.toks[k].frame)
        return true;
    if (p.kind === 'punct')
        return ',;:\u2014\u2013-'.includes(p.text);
    if (p.kind !== 'word' || p.cap)
        return p.kind === 'mark';
    if (['and', 'but', 'or', 'while', 'whereas', 'then'].includes(p.lower))
        return true;
    return p.lower === 'with' && syn.isPunct(k - 2, ',');
}
function hasWordWithin(syn, a, b, w, n) {
    for (let k = a; k <= b && k - a < n; k++)
        if (syn.toks[k].lower === w)
            return true;
    return false;
}
/**
 * The clause after a cue ("said (that) ..."): the content, 'reject' when
 * the cue reports nothing, or null when there is no clause after it (an
 * attribution after its content may still hold).
 */
function forwardContent(syn, c, f, stopAt) {
    const cls = c.info.cls;
    const st = syn.contentStart(c);
    if (!st || st.k >= stopAt)
        return cls === 'that' ? 'reject' : null;
    if (cls === 'that' && !st.that)
        return 'reject';
    if (CONTENT_NEEDS_THAT.has(c.info.lemma) && !st.that)
        return null;
    // in a relative clause ("the staff member who reported the call recalled ...") only a "that" clause is safe
    if (c.subject.relative && !st.that)
        return 'reject';
    // "said that, if its claims are true, North Korea is violating ...": an aside right after "that"
    if (st.that && syn.isPunct(st.k, ',') && syn.word(st.k + 1))
        st.k++;
    const t = syn.toks[st.k];
    if (t.kind === 'punct' && ',:;.'.includes(t.text))
        return null;
    if (!st.that && t.kind === 'word' && !t.cap) {
        // "said as dawn broke": a subordinate clause of the attribution, not reported content
        if (SUBORDINATORS.has(t.lower))
            return null;
        // "testified about a meeting": a prepositional phrase is not reported content
        const n = syn.toks[st.k + 1];
        if (PP_OPENERS.has(t.lower) && !QUANTIFIER_AFTER.has(n?.lower ?? '') && !/^\d/.test(n?.text ?? ''))
            return null;
        // "a probe the agency said was ongoing": the content's subject was moved away; only "which it said crashed" keeps it near
        if (syn.isVerbish(st.k) && !precededByRelative(syn, c))
            return null;
    }
    let b = syn.contentEnd(st.k, f, stopAt);
    if (b < st.k)
        return null;
    // "while he said he'd hold a hearing, it's unlikely ...": in a subordinate clause the content ends at its comma
    if (inSubordinate(syn, c)) {
        for (let k = st.k; k < b; k++) {
            if (syn.isPunct(k, ',')) {
                b = trimBack(syn, st.k, k - 1);
                break;
            }
        }
    }
    // "Mr. Trump, who had said that X, issued a statement": the relative clause ends where the main verb follows a comma
    if (c.subject.relative) {
        for (let k = st.k; k < b; k++) {
            if (syn.isPunct(k, ',') && syn.isVerbish(k + 1)) {
                b = trimBack(syn, st.k, k - 1);
                break;
            }
        }
    }
    // "accused X of Y": without the "of", "accused" is an adjective ("accused killer X")
    if (c.info.lemma === 'accuse' && !hasWordWithin(syn, st.k, b, 'of', 12))
        return null;
    const r = accept(syn, st.k, b, cls === 'np');
    return r ? { a: r[0], b: r[1], rule: st.that ? 'indirect.cue-that' : 'indirect.cue-clause', outer: false } : null;
}
/** Is the cue an attribution after its content (", he said." / ", he said, ...")? */
function attributionAfter(syn, c, f) {
    const s = c.subject;
    if (!s || s.form !== 'before' || !syn.isPunct(s.t0 - 1, ','))
        return false;
    const e = syn.skipTimeForward(c.j, f.t1);
    return e >= f.t1 || syn.isPunct(e, ',.;!?');
}
/** Is the cue's clause subordinate ("while he said", "because the agency said", "as X noted")? */
function inSubordinate(syn, c) {
    const s = c.subject;
    if (!s || s.form !== 'before')
        return false;
    const w = syn.word(s.t0 - 1);
    return !!w && !w.cap && SUBORDINATE_CUE_OPENERS.has(w.lower);
}
/** Conjunctions whose clause a comma closes ("while he said X, Y"); not "where" or "as", which run on. */
const SUBORDINATE_CUE_OPENERS = new Set(['while', 'although', 'though', 'because', 'if', 'when', 'since', 'unless', 'whereas', 'once', 'until']);
/** "which it said crashed": a relative pronoun right before the cue's subject. */
function precededByRelative(syn, c) {
    const s = c.subject;
    if (!s)
        return false;
    const r = syn.toks[s.t0 - 1];
    return !!r && r.kind === 'word' && ['which', 'who', 'that'].includes(r.lower);
}
function firstWordIndex(syn, f) {
    let k = f.t0;
    while (k < f.t1 && syn.toks[k].kind !== 'word')
        k++;
    const w = syn.toks[k];
    if (w && ['but', 'and', 'yet', 'so'].includes(w.lower))
        k++;
    return k;
}
function trimBack(syn, a, b) {
    while (b >= a && syn.toks[b].kind === 'punct' && syn.toks[b].text !== ')')
        b--;
    return b;
}
/**
 * Content worth reporting: a clause of a few words, not mostly a quotation
 * (that is reported as the quotation). When quoted words dominate, the
 * unquoted clause before the first quotation may still stand alone.
 */
function accept(syn, a, b, np) {
    if (syn.wordCount(a, b) < INDIRECT_MIN_WORDS)
        return null;
    if (syn.quotedShare(a, b) >= MAX_QUOTED_SHARE) {
        let q = a;
        while (q <= b && !syn.isOpenMark(q))
            q++;
        if (q > b || q === a)
            return null;
        const b2 = trimDangling(syn, a, q - 1);
        if (b2 < a || syn.wordCount(a, b2) < INDIRECT_MIN_WORDS || !syn.isClause(a, b2))
            return null;
        // the clause must end before the quotation, not run into it ("said the release of the hostages “gives ...")
        if (!syn.isPunct(b2 + 1, ',;') && b2 + 1 !== q)
            return null;
        return syn.isPunct(b2 + 1, ',;') ? [a, b2] : null;
    }
    return np || syn.isClause(a, b) ? [a, b] : null;
}
/** Drop a trailing comma and a dangling relative opener (", in which Giuliani") before a quotation. */
function trimDangling(syn, a, b) {
    // back to the last comma within a few tokens, if what follows it opens a relative clause
    for (let k = b; k >= a && b - k < 5; k--) {
        if (syn.isPunct(k, ',')) {
            const w = syn.toks[k + 1];
            if (w && w.kind === 'word' && ['in', 'which', 'who', 'where', 'when', 'whom', 'whose', 'as', 'while'].includes(w.lower))
                return k - 1;
            break;
        }
    }
    while (b >= a && syn.toks[b].kind === 'punct')
        b--;
    return b;
}
/** Order, de-duplicate identical texts (a pull quote printed twice), number. */
function finish(ctx, drafts) {
    drafts.sort((x, y) => x.start - y.start || y.end - x.end);
    const byText = new Map();
    const out = [];
    const seenSpan = new Set();
    for (const d of drafts) {
        const spanKey = `${d.start}:${d.end}`;
        if (seenSpan.has(spanKey))
            continue;
        seenSpan.add(spanKey);
        const text = ctx.doc.text.slice(d.start, d.end);
        const m = mention(ctx.doc, d.start, d.end, d.rule);
        const key = text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
        const prev = byText.get(key);
        if (prev) {
            prev.mentions.push(m);
            if (!prev.speaker && d.speaker)
                prev.speaker = d.speaker;
            continue;
        }
        const q = { id: '', text, kind: d.kind, speaker: d.speaker, cue: d.cue, mentions: [m] };
        byText.set(key, q);
        out.push(q);
    }
    out.forEach((q, i) => (q.id = `q${i + 1}`));
    return out;
}
//# sourceMappingURL=quotes.js.map