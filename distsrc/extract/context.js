import { sentenceAt } from '../document/document.js';
import { tagText, withChunks } from './tagger.js';
/**
 * How much of a document compromise tags: ~40 times an average news article
 * and beyond the longest long-reads, ~0.5 s of tagging. Past it (a 4 MB
 * "article" would take ~15 s to tag and more to tokenize) the parse covers the
 * text up to the last paragraph break before the limit, so extractors reading
 * terms find their mentions in that part only.
 */
export const NLP_MAX_CHARS = 200_000;
/** Where the tagged part of `text` ends: all of it, or a paragraph (else sentence, else word) break before `max`. */
export function nlpExtent(text, max = NLP_MAX_CHARS) {
    if (text.length <= max)
        return text.length;
    const floor = max >> 1;
    let para = text.lastIndexOf('\n', max);
    while (para > 0 && text.charCodeAt(para - 1) === 0x0a)
        para--;
    if (para >= floor)
        return para;
    for (let i = max; i >= floor; i--) {
        const c = text.charCodeAt(i);
        if ((c === 0x2e || c === 0x21 || c === 0x3f) && text.charCodeAt(i + 1) === 0x20)
            return i + 1;
    }
    const space = text.lastIndexOf(' ', max);
    return space >= floor ? space : max;
}
export function createContext(doc, article, published) {
    let parsed = null;
    let chunked = false;
    const nlpEnd = nlpExtent(doc.text);
    const tagged = () => (parsed ??= tagText(breakLongRuns(nlpEnd === doc.text.length ? doc.text : doc.text.slice(0, nlpEnd))));
    return {
        doc,
        article,
        published,
        nlpEnd,
        tagged,
        nlp() {
            const view = tagged();
            if (!chunked) {
                withChunks(view);
                chunked = true;
            }
            return view;
        },
    };
}
/** Longest stretch of text without a newline that compromise is given (see breakLongRuns). */
export const MAX_NLP_RUN = 1000;
/** Longest stretch without white space (one "word") that compromise is given. */
export const MAX_NLP_WORD = 200;
/**
 * The text as given to compromise, which is superlinear on two hostile shapes:
 *  - a sentence that never ends: its splitter joins a chunk that does not end
 *    a sentence ("Mr.", "F.", "U.S.") to the next and tests the grown string
 *    again, O(n^2) ("Mr. " x 100,000 ran for minutes and out of memory);
 *  - a very long "word" ("U.S.U.S.…", 100,000 quote marks or dashes): its
 *    punctuation and acronym passes are quadratic in a token's length.
 * A newline ends both a compromise sentence and a token. So a stretch longer
 * than maxRun without a newline gets one at its next space, and a word longer
 * than maxWord gets one in place of a character. The length never changes:
 * compromise's offsets still point into doc.text, whose text is unchanged.
 * Real sentences and words are far shorter; nothing changes for them.
 */
export function breakLongRuns(text, maxRun = MAX_NLP_RUN, maxWord = MAX_NLP_WORD) {
    let out = null;
    let copied = 0;
    let lineStart = 0;
    let wordStart = 0;
    const breakAt = (i, width = 1) => {
        (out ??= []).push(text.slice(copied, i), width === 2 ? '\n\n' : '\n');
        copied = i + width;
        lineStart = wordStart = i + width;
    };
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            lineStart = wordStart = i + 1;
        }
        else if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
            if (i - lineStart >= maxRun)
                breakAt(i);
            else
                wordStart = i + 1;
        }
        else if (i - wordStart >= maxWord && !(c >= 0xdc00 && c <= 0xdfff)) {
            // a surrogate pair is replaced whole, never split
            const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
            breakAt(i, pair ? 2 : 1);
            if (pair)
                i++;
        }
    }
    if (!out)
        return text;
    out.push(text.slice(copied));
    return out.join('');
}
/** A mention for the span [start, end) of the document, with the rule that found it. */
export function mention(doc, start, end, rule) {
    const m = { start, end, sentence: sentenceAt(doc, start), text: doc.text.slice(start, end) };
    if (rule)
        m.rule = rule;
    return m;
}
//# sourceMappingURL=context.js.map