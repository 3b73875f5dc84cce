/** Marks treated as double quotes. `"` is decided by context, the others by shape first. */
const DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb\u201f';
const SINGLE_MARKS = '\'\u2018\u2019\u201a\u201b\u2039\u203a';
const OPEN_SHAPED = '\u201c\u201e\u00ab\u201f\u2018\u201a\u201b\u2039';
const CLOSE_SHAPED = '\u201d\u00bb\u2019\u203a';
/** Characters after which a mark opens a quote ("said, “", "— “", "(“"). */
const BEFORE_OPEN = ' \t\n([{\u2014\u2013-/:\u00a0';
/** Characters after which a mark closes a quote ("end.”", "fragment”,"). */
const AFTER_CLOSE = ' \t\n.,;:!?)]}\u2014\u2013-/\u2026\u00a0';
/** Longest quotation kept when it never closes (a stray mark would otherwise swallow a paragraph). */
export const MAX_RUN_ON = 3000;
/** Longest paragraph skipped between the parts of a quotation running over paragraphs (a link, an ad line). */
export const MAX_INTERLUDE = 150;
/** A mark with a space (or an opening bracket) before it and a letter or digit right after it. */
function strictlyOpening(text, i, len) {
    const prev = i > 0 ? text[i - 1] : undefined;
    return (prev === undefined || BEFORE_OPEN.includes(prev)) && isWordChar(text[i + len]);
}
function hasMark(text, from, to, marks) {
    for (let i = from; i < to; i++)
        if (marks.includes(text[i]))
            return true;
    return false;
}
function isSpace(c) {
    return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';
}
function isWordChar(c) {
    if (c === undefined)
        return false;
    const code = c.charCodeAt(0);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))
        return true;
    return code > 127 && /[\p{L}\p{N}]/u.test(c);
}
/**
 * Does the document quote with double marks? Single marks are its quotation
 * marks when it has none, or more than twice as many opening single marks as double marks
 * (British style with a stray inch sign or a double-quoted headline).
 */
export function usesDoubleMarks(text) {
    let doubles = 0;
    let singles = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if ((c === '`' || c === "'") && text[i + 1] === c) {
            doubles++;
            i++;
        }
        else if (DOUBLE_MARKS.includes(c))
            doubles++;
        else if ((c === '\u2018' || c === "'") && (i === 0 || BEFORE_OPEN.includes(text[i - 1])) && isWordChar(text[i + 1]))
            singles++;
    }
    return doubles > 0 && !(singles >= 3 && singles > 2 * doubles);
}
/** Length of the double mark at i: 2 for the typewriter pairs `` and '', 1 for a one-character mark, 0 for none. */
function doubleMarkAt(text, i) {
    const c = text[i];
    if ((c === '`' || c === "'") && text[i + 1] === c)
        return 2;
    return DOUBLE_MARKS.includes(c) ? 1 : 0;
}
/** What a mark of `len` characters at `i` can be, from its neighbours and its shape. */
function roleOf(text, i, single, len = 1) {
    const c = len === 2 && text[i] === '`' ? '\u201c' : len === 2 ? '"' : text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + len];
    const leftFlank = (prev === undefined || BEFORE_OPEN.includes(prev) || OPEN_SHAPED.includes(prev) || DOUBLE_MARKS.includes(prev)) && !isSpace(next);
    const rightFlank = !isSpace(prev) && (next === undefined || AFTER_CLOSE.includes(next) || CLOSE_SHAPED.includes(next) || DOUBLE_MARKS.includes(next));
    if (single) {
        // an apostrophe inside a word ("don’t") or after one ("Kurds’ ") is not a quote mark unless clearly closing
        if (isWordChar(prev) && isWordChar(next))
            return 'none';
        if (leftFlank && !rightFlank)
            return 'open';
        if (rightFlank && !leftFlank)
            return 'close';
        return 'none';
    }
    if (leftFlank && !rightFlank)
        return 'open';
    if (rightFlank && !leftFlank)
        return 'close';
    if (OPEN_SHAPED.includes(c))
        return 'open';
    if (CLOSE_SHAPED.includes(c))
        return 'close';
    return 'either';
}
/** Pair the quotation marks of each paragraph. Linear in the text length. */
export function scanQuotes(text, paragraphs) {
    const single = !usesDoubleMarks(text);
    const marks = single ? SINGLE_MARKS : DOUBLE_MARKS;
    const out = [];
    let carry = false; // the previous paragraph ended inside a quotation
    for (let p = 0; p < paragraphs.length; p++) {
        const { start: ps, end: pe } = paragraphs[p];
        let openAt = -1;
        let openChar = '';
        let continued = false;
        // a run-on quotation from the previous paragraph is taken up only by an opening mark first thing
        const firstLen = single ? (marks.includes(text[ps] ?? '') ? 1 : 0) : doubleMarkAt(text, ps);
        const resumes = carry && firstLen > 0 && roleOf(text, ps, single, firstLen) !== 'close';
        if (carry && !resumes) {
            // a short paragraph without quotation marks between the two parts ("SEE MORE: ...") is page furniture
            if (pe - ps <= MAX_INTERLUDE && !hasMark(text, ps, pe, single ? marks : DOUBLE_MARKS + '`'))
                continue;
            // the quotation never resumed: forget its last (unclosed) segment
            const last = out[out.length - 1];
            if (last && last.runsOn)
                out.pop();
        }
        carry = false;
        let openLen = 1;
        let nested = false;
        for (let i = ps; i < pe; i++) {
            const c = text[i];
            // typewriter pairs of old newswire (``quoted'' or ''quoted'') count as one double mark
            const len = single ? (marks.includes(c) ? 1 : 0) : doubleMarkAt(text, i);
            if (len === 0)
                continue;
            let role = roleOf(text, i, single, len);
            if (role === 'none') {
                i += len - 1;
                continue;
            }
            // a quotation inside a quotation in the other style ("… isn’t about “Equal Justice” anymore …"):
            // its marks are part of the text
            if (!single && openAt >= 0) {
                const straightOuter = openChar === '"' || openChar === "'";
                const straightHere = c === '"' || (len === 2 && c === "'");
                if (nested) {
                    if (role !== 'open')
                        nested = false;
                    i += len - 1;
                    continue;
                }
                if (role === 'open' && straightOuter !== straightHere && (straightHere ? strictlyOpening(text, i, len) : OPEN_SHAPED.includes(c) || c === '`')) {
                    nested = true;
                    i += len - 1;
                    continue;
                }
            }
            // German „…“: the low mark is closed by the high opening-shaped one
            if (openAt >= 0 && openChar === '\u201e' && c === '\u201c')
                role = 'close';
            if (role === 'either')
                role = openAt >= 0 ? 'close' : 'open';
            if (role === 'open') {
                // an opening mark inside an open quotation: the earlier one was never closed; start over here
                openAt = i;
                openChar = c;
                openLen = len;
                continued = resumes && i === ps;
            }
            else if (openAt >= 0) {
                pushSegment(out, text, openAt, i, p, continued, false, openLen, len);
                openAt = -1;
                continued = false;
            }
            i += len - 1;
        }
        if (openAt >= 0 && pe - openAt <= MAX_RUN_ON) {
            pushSegment(out, text, openAt, pe, p, continued, true, openLen, 0);
            carry = true;
        }
    }
    // a run-on quotation in the last paragraph never resumed
    if (carry) {
        const last = out[out.length - 1];
        if (last && last.runsOn)
            out.pop();
    }
    return out;
}
function pushSegment(out, text, open, close, paragraph, continued, runsOn, openLen, closeLen) {
    let start = open + openLen;
    let end = close;
    while (start < end && isSpace(text[start]))
        start++;
    while (end > start && isSpace(text[end - 1]))
        end--;
    if (end <= start)
        return;
    out.push({ open, close, start, end, paragraph, continued, runsOn, closeLen });
}
//# sourceMappingURL=marks.js.map