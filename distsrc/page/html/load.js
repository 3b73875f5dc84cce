/**
 * Loading HTML safely. Deep nesting is the hazard:
 *  - htmlparser2 keeps its open-element stack with Array#unshift, so parsing
 *    n nested elements costs O(n^2): 40,000 take 2.4 s, a 10 MB file of
 *    <div>s would take hours. limitNesting() first walks the markup once,
 *    emulating the parser's stack (implied end tags, void elements, raw text
 *    elements, comments), and drops the start tags that would nest deeper
 *    than MAX_PARSE_DEPTH (their text stays).
 *  - much that reads the tree recurses (cheerio's .text(), domutils,
 *    css-select's ancestor checks, which also make selectors slow on deep
 *    trees): capDepth() then flattens every subtree deeper than
 *    MAX_DOM_DEPTH, without recursion, into its text: one <p> per block of
 *    text, or one text node inside a paragraph.
 * Real pages nest 20-80 deep; nothing there changes.
 *
 * Use loadHtml() instead of cheerio's load() everywhere in src/page. (html/dom.ts
 * has the helpers that walk the loaded tree.)
 */
import { load } from 'cheerio/slim';
/** Deepest element nesting kept as is. */
export const MAX_DOM_DEPTH = 256;
/** Deepest nesting the parser is given (start tags beyond it are dropped before parsing). */
export const MAX_PARSE_DEPTH = 512;
/** Elements whose text is never content. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head']);
/** Elements that start and end a block of text. */
const BLOCKS = new Set([
    'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
    'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
    'td', 'th', 'tr', 'ul',
]);
/** Elements that are themselves paragraphs: a flattened subtree inside one becomes plain text. */
const PARAGRAPH_LIKE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
export function loadHtml(html) {
    const $ = load(limitNesting(html));
    capDepth($);
    return $;
}
// htmlparser2 10's tree rules, for limitNesting's emulation of its stack.
const P_TAG = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT_TAGS = new Set(['dd', 'dt']);
const RTP_TAGS = new Set(['rt', 'rp']);
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody']);
const OPEN_IMPLIES_CLOSE = new Map([
    ['tr', new Set(['tr', 'th', 'td'])],
    ['th', new Set(['th'])],
    ['td', new Set(['thead', 'th', 'td'])],
    ['body', new Set(['head', 'link', 'script'])],
    ['li', new Set(['li'])],
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((t) => [t, P_TAG]),
    ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM_TAGS]),
    ['option', new Set(['option'])],
    ['optgroup', new Set(['optgroup', 'option'])],
    ['dd', DDT_TAGS],
    ['dt', DDT_TAGS],
    ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t) => [t, P_TAG]),
    ['rt', RTP_TAGS],
    ['rp', RTP_TAGS],
    ['tbody', TABLE_SECTION_TAGS],
    ['tfoot', TABLE_SECTION_TAGS],
]);
const VOID_ELEMENTS = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const FOREIGN_CONTEXT = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const isAsciiAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpaceCode = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
/** Index after the end of the tag whose name ends at i (quote-aware), and whether it ends with "/>". */
function scanTagEnd(html, i) {
    const n = html.length;
    let afterEq = false;
    while (i < n) {
        const c = html.charCodeAt(i);
        if (c === 0x3e /* > */)
            return { end: i + 1, selfClosing: html.charCodeAt(i - 1) === 0x2f && !afterEq };
        if (afterEq && (c === 0x22 || c === 0x27)) {
            const close = html.indexOf(c === 0x22 ? '"' : "'", i + 1);
            if (close < 0)
                return { end: n, selfClosing: false };
            i = close + 1;
            afterEq = false;
            continue;
        }
        if (c === 0x3d /* = */)
            afterEq = true;
        else if (!isSpaceCode(c))
            afterEq = false;
        i++;
    }
    return { end: n, selfClosing: false };
}
/** Index of the end tag "</name" (any case, followed by space, / or >) from i, or -1. */
function findEndTag(html, name, i) {
    for (;;) {
        const at = html.indexOf('</', i);
        if (at < 0)
            return -1;
        const after = html.charCodeAt(at + 2 + name.length);
        if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && (Number.isNaN(after) || after === 0x3e || after === 0x2f || isSpaceCode(after)))
            return at;
        i = at + 2;
    }
}
/**
 * The markup with every start tag that would nest deeper than maxDepth
 * removed (with the content of such raw text elements), found by emulating
 * htmlparser2's open-element stack in one linear pass. Returns the input
 * itself when nothing is that deep.
 */
export function limitNesting(html, maxDepth = MAX_PARSE_DEPTH) {
    const n = html.length;
    // fewer tags than the limit cannot nest deeper than it
    let tags = 0;
    for (let at = html.indexOf('<'); at >= 0 && tags <= maxDepth; at = html.indexOf('<', at + 1))
        tags++;
    if (tags <= maxDepth)
        return html;
    const stack = [];
    const open = new Map();
    const foreign = [];
    const push = (name) => {
        stack.push(name);
        open.set(name, (open.get(name) ?? 0) + 1);
    };
    const pop = () => {
        const name = stack.pop();
        open.set(name, open.get(name) - 1);
        return name;
    };
    const parts = [];
    let copied = 0;
    let i = 0;
    while (i < n) {
        const lt = html.indexOf('<', i);
        if (lt < 0)
            break;
        const c = html.charCodeAt(lt + 1);
        if (c === 0x21 /* ! */) {
            if (html.startsWith('<!--', lt)) {
                const end = html.indexOf('-->', lt + 4);
                i = end < 0 ? n : end + 3;
            }
            else if (html.startsWith('<![CDATA[', lt)) {
                const end = html.indexOf(']]>', lt + 9);
                i = end < 0 ? n : end + 3;
            }
            else {
                const end = html.indexOf('>', lt + 2);
                i = end < 0 ? n : end + 1;
            }
            continue;
        }
        if (c === 0x3f /* ? */) {
            const end = html.indexOf('>', lt + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (c === 0x2f /* / */) {
            let j = lt + 2;
            if (!isAsciiAlpha(html.charCodeAt(j))) {
                const end = html.indexOf('>', j);
                i = end < 0 ? n : end + 1;
                continue;
            }
            while (j < n && !isSpaceCode(html.charCodeAt(j)) && html.charCodeAt(j) !== 0x2f && html.charCodeAt(j) !== 0x3e)
                j++;
            const name = html.slice(lt + 2, j).toLowerCase();
            const end = html.indexOf('>', j);
            i = end < 0 ? n : end + 1;
            if (FOREIGN_CONTEXT.has(name) || HTML_INTEGRATION.has(name))
                foreign.pop();
            if ((open.get(name) ?? 0) > 0)
                while (pop() !== name)
                    ;
            continue;
        }
        if (!isAsciiAlpha(c)) {
            i = lt + 1;
            continue;
        }
        let j = lt + 1;
        while (j < n && !isSpaceCode(html.charCodeAt(j)) && html.charCodeAt(j) !== 0x2f && html.charCodeAt(j) !== 0x3e)
            j++;
        const name = html.slice(lt + 1, j).toLowerCase();
        const { end, selfClosing } = scanTagEnd(html, j);
        i = end;
        const implied = OPEN_IMPLIES_CLOSE.get(name);
        if (implied)
            while (stack.length && implied.has(stack[stack.length - 1]))
                pop();
        const raw = RAW_TEXT.has(name) && !selfClosing;
        if (VOID_ELEMENTS.has(name))
            continue;
        if (stack.length >= maxDepth) {
            // too deep: drop the start tag (and a raw text element's content with it)
            parts.push(html.slice(copied, lt));
            copied = end;
            if (raw) {
                const close = findEndTag(html, name, end);
                const closeEnd = close < 0 ? n : html.indexOf('>', close);
                i = copied = closeEnd < 0 ? n : closeEnd + 1;
            }
            continue;
        }
        push(name);
        if (FOREIGN_CONTEXT.has(name))
            foreign.push(true);
        else if (HTML_INTEGRATION.has(name))
            foreign.push(false);
        if (selfClosing && foreign[foreign.length - 1]) {
            if (stack[stack.length - 1] === name)
                pop();
            continue;
        }
        if (raw) {
            // raw text: no tags inside; the end tag is handled as a close tag next
            const close = findEndTag(html, name, end);
            i = close < 0 ? n : close;
        }
    }
    if (copied === 0)
        return html;
    parts.push(html.slice(copied));
    return parts.join('');
}
function isElement(node) {
    return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}
/** Flatten every element deeper than maxDepth into text; returns how many subtrees were flattened. */
export function capDepth($, maxDepth = MAX_DOM_DEPTH) {
    const root = $.root()[0];
    const stack = [{ node: root, depth: 0 }];
    let flattened = 0;
    while (stack.length) {
        const { node, depth } = stack.pop();
        if (!('children' in node))
            continue;
        if (depth >= maxDepth && isElement(node)) {
            flattenInto($, node);
            flattened++;
            continue;
        }
        for (const child of node.children)
            stack.push({ node: child, depth: depth + 1 });
    }
    return flattened;
}
/** The text blocks of a subtree in document order, without recursion. */
export function textBlocks(el) {
    const blocks = [];
    let current = '';
    const flush = () => {
        const t = current.replace(/\s+/g, ' ').trim();
        if (t)
            blocks.push(t);
        current = '';
    };
    // entries: a node to visit, or a marker that a block element ends
    const stack = 'children' in el ? [...el.children].reverse() : [];
    while (stack.length) {
        const item = stack.pop();
        if (item === 'end-block') {
            flush();
            continue;
        }
        if (item.type === 'text') {
            current += item.data;
            continue;
        }
        if (!isElement(item) || SKIP.has(item.name))
            continue;
        if (BLOCKS.has(item.name)) {
            flush();
            stack.push('end-block');
        }
        for (let i = item.children.length - 1; i >= 0; i--)
            stack.push(item.children[i]);
    }
    flush();
    return blocks;
}
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function flattenInto($, el) {
    if (SKIP.has(el.name)) {
        $(el).empty();
        return;
    }
    const blocks = textBlocks(el);
    let insideParagraph = PARAGRAPH_LIKE.has(el.name);
    for (let p = el.parent; p && !insideParagraph; p = p.parent)
        insideParagraph = p.type === 'tag' && PARAGRAPH_LIKE.has(p.name);
    const $el = $(el);
    $el.empty();
    if (blocks.length === 0)
        return;
    if (insideParagraph)
        $el.text(blocks.join(' '));
    else
        $el.html(blocks.map((b) => `<p>${escapeHtml(b)}</p>`).join(''));
}
//# sourceMappingURL=load.js.map