/** Subtrees nested deeper than this are ignored (hostile pages nest thousands of unclosed tags). */
export const MAX_DEPTH = 400;
export function isText(n) {
    return n.type === 'text';
}
const CLASS_ID = Symbol('classId');
/** `class` and `id` of an element, lower-cased, joined by a space (cached on the node). */
export function classId(el) {
    const cached = el[CLASS_ID];
    if (cached !== undefined)
        return cached;
    const c = el.attribs.class;
    const i = el.attribs.id;
    const s = c && i ? `${c} ${i}`.toLowerCase() : (c ?? i ?? '').toLowerCase();
    el[CLASS_ID] = s;
    return s;
}
/** Length of a string with white-space runs counted as one character and ends trimmed. */
export function collapsedLength(s) {
    let n = 0;
    let space = true; // leading space is dropped
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
        if (ws) {
            if (!space) {
                n++;
                space = true;
            }
        }
        else {
            n++;
            space = false;
        }
    }
    if (space && n > 0)
        n--;
    return n;
}
/** Count of commas (Latin and CJK) in a string. */
export function countCommas(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c)
            n++;
    }
    return n;
}
/** Fold white space (incl. no-break and zero-width spaces) to single spaces and trim. */
export function foldSpace(s) {
    return s
        .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
        .replace(/[\s\u00a0\u2007\u202f\u2028\u2029]+/g, ' ')
        .trim();
}
/** The text of a subtree, folded (for small subtrees only: titles, bylines, captions). */
export function textOf(node, depth = 0) {
    return foldSpace(rawText(node, depth));
}
function rawText(node, depth) {
    if (isText(node))
        return node.data;
    if (depth > MAX_DEPTH || !('children' in node) || node.type === 'script' || node.type === 'style')
        return '';
    let s = '';
    for (const c of node.children) {
        if (c.type === 'tag' && (c.name === 'br' || c.name === 'p' || c.name === 'div' || c.name === 'li'))
            s += ' ';
        s += rawText(c, depth + 1);
    }
    return s;
}
//# sourceMappingURL=dom.js.map