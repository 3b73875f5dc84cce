/**
 * The document stage: the body as one string, with paragraphs and sentences
 * as [start, end) offsets into it (UTF-16 code units). Every later span
 * points into `text`.
 */
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.js';
export const PARAGRAPH_SEPARATOR = '\n\n';
export function buildDocument(paragraphs) {
    const parts = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
    const text = parts.join(PARAGRAPH_SEPARATOR);
    const paraSpans = [];
    const sentences = [];
    let offset = 0;
    parts.forEach((p, i) => {
        paraSpans.push({ start: offset, end: offset + p.length });
        for (const s of splitSentences(p))
            sentences.push({ start: offset + s.start, end: offset + s.end, paragraph: i });
        offset += p.length + PARAGRAPH_SEPARATOR.length;
    });
    return { text, paragraphs: paraSpans, sentences };
}
const CLOSERS = '"\')]}\u201d\u2019\u00bb';
const OPENERS = '"\'([\u201c\u2018\u00ab';
/** Split one paragraph (no newlines) into sentence spans. Linear time. */
export function splitSentences(p) {
    const spans = [];
    let start = 0;
    const n = p.length;
    for (let i = 0; i < n; i++) {
        const ch = p[i];
        if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026')
            continue;
        // extend over repeated terminators and closing quotes/brackets
        let j = i + 1;
        while (j < n && (p[j] === '.' || p[j] === '!' || p[j] === '?'))
            j++;
        while (j < n && CLOSERS.includes(p[j]))
            j++;
        if (j >= n)
            break;
        // every terminator of the run [i, j) ends at the same j: decide once, then
        // skip the run (a run of 100,000 periods must not be rescanned per period)
        if (p[j] !== ' ') {
            i = j - 1;
            continue;
        }
        let k = j;
        while (k < n && p[k] === ' ')
            k++;
        if (k >= n)
            break;
        const next = p[k];
        const nextIsStart = /[\p{Lu}\p{N}]/u.test(next) || (OPENERS.includes(next) && k + 1 < n && /[\p{Lu}\p{N}]/u.test(p[k + 1]));
        if (!nextIsStart) {
            i = j - 1;
            continue;
        }
        if (ch === '.' && j === i + 1 + countClosers(p, i + 1, j) && !isBoundaryAfterPeriod(p, i, k))
            continue;
        spans.push(trimSpan(p, start, j));
        start = k;
        i = k - 1;
    }
    if (start < n)
        spans.push(trimSpan(p, start, n));
    return spans.filter((s) => s.end > s.start);
}
function countClosers(p, from, to) {
    let c = 0;
    for (let i = from; i < to; i++)
        if (CLOSERS.includes(p[i]))
            c++;
    return c;
}
/** Is the period at `i` the end of a sentence, given the next sentence would start at `k`? */
function isBoundaryAfterPeriod(p, i, k) {
    // the word before the period, letters and inner periods ("U.S", "Gen", "a.m")
    let w = i;
    while (w > 0 && /[\p{L}.]/u.test(p[w - 1]))
        w--;
    const word = p.slice(w, i);
    if (word.length === 0)
        return true; // "9." or ")." – numbers end sentences unless "No. 9"
    const lower = word.toLowerCase();
    const nextWord = (/^[\p{L}]+/u.exec(p.slice(k).replace(/^["'(\[\u201c\u2018]/u, '')) ?? [''])[0].toLowerCase();
    if (SENTENCE_FINAL_ABBREVIATIONS.has(lower))
        return SENTENCE_STARTERS.has(nextWord);
    if (ABBREVIATIONS.has(lower))
        return false;
    // a single capital initial ("John F. Kennedy")
    if (/^\p{Lu}$/u.test(word))
        return false;
    // dotted acronyms ("U.N.", "N.Y.")
    if (/^(\p{L}\.)+\p{L}$/u.test(word))
        return SENTENCE_STARTERS.has(nextWord);
    return true;
}
function trimSpan(p, start, end) {
    while (start < end && /\s/.test(p[start]))
        start++;
    while (end > start && /\s/.test(p[end - 1]))
        end--;
    return { start, end };
}
/** Index of the sentence containing offset `pos` (binary search). */
export function sentenceAt(doc, pos) {
    const s = doc.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (s[mid].end < pos)
            lo = mid + 1;
        else if (s[mid].start > pos)
            hi = mid - 1;
        else
            return mid;
    }
    return Math.max(0, Math.min(lo, s.length - 1));
}
//# sourceMappingURL=document.js.map