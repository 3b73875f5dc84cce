import { classId, collapsedLength, countCommas, foldSpace, isText, MAX_DEPTH } from './dom.js';
import { findBody, furniture, measureText } from './clean.js';
import { ALTERNATIVE_SHARE, ARTICLE_BODY_ATTR, ARTICLE_BODY_BONUS, BLOCK_TAGS, CAPTION_CLASS, CAPTION_SCOPE_LEVELS, CLASS_WEIGHT, FURNITURE_PARAGRAPHS, LINK_LIST_DENSITY, LINKY_P_DENSITY, LINKY_P_LEN, MAX_LINK_DENSITY, MAX_LINK_DENSITY_NEGATIVE, MIN_ALTERNATIVES, MIN_BODY_CHARS, MIN_DUPLICATE_LEN, MIN_SCORED_LEN, NEGATIVE, POSITIVE, PULL_QUOTE_CLASS, RELATED_TITLE, SCORE_ANCESTORS, SCORE_TAGS, SIBLING_MIN_SCORE, SIBLING_P_LEN, SIBLING_P_LINK_DENSITY, SIBLING_SHARE, SYMBOL_ONLY, TAG_SCORE, } from '../html.rules.js';
/** The attempts in order: each relaxes one more rule (Readability's flags). */
const ATTEMPTS = [
    { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];
const SELF_SCORED = new Set(['div', 'section', 'article', 'main', 'center']);
const SCORABLE = new Set([...SCORE_TAGS, ...SELF_SCORED]);
/** Class/id weight: positive for content names, negative for furniture names. */
export function classWeight(el) {
    const s = classId(el);
    let w = 0;
    if (s) {
        if (NEGATIVE.test(s))
            w -= CLASS_WEIGHT;
        if (POSITIVE.test(s))
            w += CLASS_WEIGHT;
    }
    if (el.attribs.itemprop === 'articleBody' || (s && ARTICLE_BODY_ATTR.test(s)))
        w += ARTICLE_BODY_BONUS;
    return w;
}
function measure(root, gone) {
    const info = new Map();
    const visit = (el, block, inLink, depth) => {
        const me = { len: 0, link: 0, ownLen: 0, ownLink: 0, ownCommas: 0 };
        info.set(el, me);
        const isBlock = BLOCK_TAGS.has(el.name);
        const own = isBlock ? me : block;
        const link = inLink || el.name === 'a';
        let len = 0;
        let linkLen = 0;
        if (depth < MAX_DEPTH) {
            for (const c of el.children) {
                if (isText(c)) {
                    const l = collapsedLength(c.data);
                    if (l === 0)
                        continue;
                    len += l + 1;
                    own.ownLen += l + 1;
                    own.ownCommas += countCommas(c.data);
                    if (link) {
                        linkLen += l + 1;
                        own.ownLink += l + 1;
                    }
                }
                else if (c.type === 'tag' && !gone.has(c)) {
                    const [l, k] = visit(c, own, link, depth + 1);
                    len += l;
                    linkLen += k;
                }
            }
        }
        me.len = len;
        me.link = linkLen;
        return [len, linkLen];
    };
    const top = { len: 0, link: 0, ownLen: 0, ownLink: 0, ownCommas: 0 };
    visit(root, top, false, 0);
    return info;
}
function density(i) {
    return i && i.len > 0 ? i.link / i.len : 0;
}
function scoreCandidates(body, info, opt) {
    const scores = new Map();
    const init = (el) => {
        let s = TAG_SCORE[el.name] ?? 0;
        if (opt.weightClasses)
            s += classWeight(el);
        return s;
    };
    for (const [el, i] of info) {
        if (!SCORABLE.has(el.name) || i.ownLen < MIN_SCORED_LEN)
            continue;
        const points = 1 + i.ownCommas + Math.min(Math.floor(i.ownLen / 100), 3);
        // a container holding text directly (div with text and <br>s) is scored itself, as if its
        // text runs were <p> children (Readability wraps them so); a <p>'s score goes to its parent
        let a = SELF_SCORED.has(el.name) ? el : el.parent && el.parent.type === 'tag' ? el.parent : null;
        for (let level = 0; a && level < SCORE_ANCESTORS; level++) {
            if (!scores.has(a))
                scores.set(a, init(a));
            const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
            scores.set(a, scores.get(a) + points / divider);
            if (a === body)
                break;
            a = a.parent && a.parent.type === 'tag' ? a.parent : null;
        }
    }
    for (const [el, s] of scores)
        scores.set(el, s * (1 - density(info.get(el))));
    return scores;
}
function parentEl(el) {
    return el.parent && el.parent.type === 'tag' ? el.parent : null;
}
function chooseContent(body, info, scores) {
    const ranked = [...scores].map(([el, score]) => ({ el, score })).sort((a, b) => b.score - a.score);
    if (ranked.length === 0)
        return [body];
    let top = ranked[0].el;
    const topScore = ranked[0].score;
    // several strong candidates under one ancestor: the ancestor holds the article
    const alternatives = ranked.slice(1, 5).filter((c) => c.score >= topScore * ALTERNATIVE_SHARE).map((c) => c.el);
    if (alternatives.length >= MIN_ALTERNATIVES) {
        let p = parentEl(top);
        while (p && p !== body) {
            let n = 0;
            for (const a of alternatives)
                if (contains(p, a))
                    n++;
            if (n >= MIN_ALTERNATIVES) {
                top = p;
                break;
            }
            p = parentEl(p);
        }
    }
    if (!scores.has(top))
        scores.set(top, topScore);
    // climb while the parent scores higher, or the candidate is its parent's only content
    let last = scores.get(top);
    for (let p = parentEl(top); p && p !== body; p = parentEl(p)) {
        const ps = scores.get(p);
        if (ps === undefined) {
            if ((info.get(p)?.len ?? 0) <= (info.get(top)?.len ?? 0) + 1) {
                top = p;
                continue;
            }
            break;
        }
        if (ps < topScore / 3)
            break;
        if (ps > last)
            top = p;
        last = ps;
    }
    while (parentEl(top) && parentEl(top) !== body && (info.get(parentEl(top))?.len ?? 0) <= (info.get(top)?.len ?? 0) + 1)
        top = parentEl(top);
    // siblings
    const parent = parentEl(top);
    if (!parent)
        return [top];
    const best = scores.get(top) ?? topScore;
    const threshold = Math.max(SIBLING_MIN_SCORE, best * SIBLING_SHARE);
    const topClass = top.attribs.class ?? '';
    const out = [];
    for (const c of parent.children) {
        if (c.type !== 'tag')
            continue;
        const s = c;
        const si = info.get(s);
        if (!si)
            continue;
        if (s === top) {
            out.push(s);
            continue;
        }
        let bonus = 0;
        if (topClass && (s.attribs.class ?? '') === topClass)
            bonus += best * SIBLING_SHARE;
        const ss = scores.get(s);
        if (ss !== undefined && ss + bonus >= threshold) {
            out.push(s);
            continue;
        }
        if (s.name === 'p') {
            const ld = density(si);
            if (si.len > SIBLING_P_LEN && ld < SIBLING_P_LINK_DENSITY)
                out.push(s);
            else if (si.len > 0 && si.len <= SIBLING_P_LEN && ld === 0 && /\.( |$)/.test(textLight(s)))
                out.push(s);
        }
    }
    return out;
}
function contains(a, b) {
    for (let p = b; p; p = parentEl(p))
        if (p === a)
            return true;
    return false;
}
function textLight(el) {
    let s = '';
    const visit = (n, d) => {
        if (isText(n))
            s += n.data;
        else if (d < 50 && 'children' in n)
            for (const c of n.children)
                visit(c, d + 1);
    };
    visit(el, 0);
    return foldSpace(s);
}
const KIND = {
    h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
    li: 'item', dt: 'item', dd: 'item', blockquote: 'quote', pre: 'pre', td: 'cell', th: 'cell', tr: 'cell',
};
/** A table cell holding only inline text (no paragraphs or other blocks inside). */
function isSimpleCell(el, info) {
    const i = info.get(el);
    return !!i && i.ownLen >= i.len;
}
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'fieldset', 'aside', 'dl', 'center', 'header', 'footer', 'article', 'figure', 'details']);
/** Walk the content into paragraphs, dropping furniture containers on the way. */
function extractBlocks(roots, info, gone, opt) {
    const w = { blocks: [], captions: [], pullQuotes: [], dropped: [] };
    let buf = '';
    let bufLink = 0;
    const kinds = ['p'];
    const flush = () => {
        if (!buf)
            return;
        const text = foldSpace(buf);
        if (text) {
            const ld = Math.min(1, bufLink / Math.max(1, collapsedLength(buf)));
            w.blocks.push({ text, kind: kinds[kinds.length - 1], linkDensity: ld });
        }
        buf = '';
        bufLink = 0;
    };
    const rootSet = new Set(roots);
    const visit = (n, inLink, depth) => {
        if (isText(n)) {
            buf += n.data;
            if (inLink)
                bufLink += collapsedLength(n.data);
            return;
        }
        if (n.type !== 'tag' || depth > MAX_DEPTH)
            return;
        const el = n;
        if (gone.has(el))
            return;
        const name = el.name;
        if (name === 'br' || name === 'hr') {
            flush();
            return;
        }
        // a data-table cell (text only) is part of its row: one paragraph per row
        const simpleCell = (name === 'td' || name === 'th') && isSimpleCell(el, info);
        if (simpleCell)
            buf += ' ';
        const block = !simpleCell && BLOCK_TAGS.has(name);
        if (!rootSet.has(el) && (block || name === 'span' || name === 'a')) {
            const verdict = judge(el, info, opt);
            if (verdict) {
                if (verdict === 'caption' || verdict === 'pull') {
                    if (block)
                        flush();
                    const t = textLight(el);
                    if (t)
                        (verdict === 'caption' ? w.captions : w.pullQuotes).push(t);
                    return;
                }
                const t = textLight(el);
                if (t)
                    w.dropped.push(t.length > 120 ? `${t.slice(0, 117)}...` : t);
                return;
            }
        }
        if (block) {
            flush();
            kinds.push(KIND[name] ?? kinds[kinds.length - 1] ?? 'p');
            if (name === 'p' || name === 'div')
                kinds[kinds.length - 1] = kinds[kinds.length - 2] === 'quote' ? 'quote' : name === 'p' ? 'p' : kinds[kinds.length - 1];
        }
        const link = inLink || name === 'a';
        for (const c of el.children) {
            // a "Related stories" / "You may also like" title: it and what follows it here are furniture
            if (c.type === 'tag' && isRelatedTitle(c, info)) {
                flush();
                w.dropped.push(textLight(c));
                break;
            }
            visit(c, link, depth + 1);
        }
        if (block) {
            flush();
            kinds.pop();
        }
    };
    for (const r of roots) {
        visit(r, false, 0);
        flush();
    }
    return w;
}
const TITLE_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'label', 'strong', 'b', 'header']);
/** A short heading announcing links to other stories. */
function isRelatedTitle(el, info) {
    if (!TITLE_TAGS.has(el.name))
        return false;
    const len = info.get(el)?.len ?? 0;
    if (len === 0 || len > 60)
        return false;
    return RELATED_TITLE.test(textLight(el));
}
/** Is this element inside the content still furniture? */
function judge(el, info, opt) {
    const name = el.name;
    const cid = classId(el);
    if (name === 'figcaption' || (cid && CAPTION_CLASS.test(cid)))
        return 'caption';
    if (cid && PULL_QUOTE_CLASS.test(cid))
        return 'pull';
    const i = info.get(el);
    if (!i)
        return null;
    if (name === 'figure')
        return i.len < 400 ? 'caption' : null;
    if (!opt.cleanConditionally || !CONTAINERS.has(name))
        return null;
    const ld = density(i);
    const weight = opt.weightClasses ? classWeight(el) : 0;
    if (weight < 0 && (i.len < 1000 || ld > MAX_LINK_DENSITY_NEGATIVE))
        return 'drop';
    if (ld > MAX_LINK_DENSITY)
        return 'drop';
    if ((name === 'ul' || name === 'ol') && ld > LINK_LIST_DENSITY)
        return 'drop';
    return null;
}
/** Paragraph-level furniture: link lines, furniture phrases, symbols. */
function keepBlock(b) {
    const t = b.text;
    if (SYMBOL_ONLY.test(t))
        return false;
    if (b.linkDensity >= LINKY_P_DENSITY && t.length < LINKY_P_LEN)
        return false;
    if (t.length < 200 && FURNITURE_PARAGRAPHS.some((re) => re.test(t)))
        return false;
    return true;
}
function finish(w) {
    const kept = [];
    for (const b of w.blocks) {
        if (keepBlock(b))
            kept.push(b);
        else
            w.dropped.push(b.text.length > 120 ? `${b.text.slice(0, 117)}...` : b.text);
    }
    // headings with nothing after them (a "Related" box title) are furniture
    while (kept.length && kept[kept.length - 1].kind === 'heading')
        w.dropped.push(kept.pop().text);
    w.blocks = kept;
    return w;
}
function normKey(s) {
    return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
}
/**
 * A paragraph printed twice (a pull quote, a repeated standfirst) is kept
 * once; a short block whose text is repeated inside another block is a pull
 * quote and is moved out of the body.
 */
function dedupe(blocks, pullQuotes) {
    const seen = new Set();
    const out = [];
    const keys = blocks.map((b) => normKey(b.text));
    const inLonger = containedInLonger(keys, MIN_DUPLICATE_LEN, 400);
    for (let i = 0; i < blocks.length; i++) {
        const k = keys[i];
        if (k.length >= MIN_DUPLICATE_LEN) {
            if (seen.has(k)) {
                pullQuotes.push(blocks[i].text);
                continue;
            }
            seen.add(k);
            // contained inside a longer block?
            if (k.length <= 400 && inLonger.has(k)) {
                pullQuotes.push(blocks[i].text);
                continue;
            }
        }
        out.push(blocks[i]);
    }
    return out;
}
const ANCHOR = 32;
/**
 * The keys of length [min, max] that occur inside a longer key. Linear in
 * the text (Rabin-Karp): each candidate is looked for by its first ANCHOR
 * characters with a rolling hash over every longer key, and a hash hit is
 * checked character by character. (Keys hold no newline, so this is the
 * same as finding the key twice in the keys joined by newlines and then a
 * longer key holding it.)
 */
function containedInLonger(keys, min, max) {
    const found = new Set();
    const byAnchor = new Map();
    let shortest = Infinity;
    for (const k of new Set(keys)) {
        if (k.length < min || k.length > max)
            continue;
        const h = hashOf(k, 0, ANCHOR);
        const list = byAnchor.get(h);
        if (list)
            list.push(k);
        else
            byAnchor.set(h, [k]);
        shortest = Math.min(shortest, k.length);
    }
    if (byAnchor.size === 0)
        return found;
    // B^(ANCHOR-1) mod 2^32, to drop the outgoing character
    let top = 1;
    for (let i = 1; i < ANCHOR; i++)
        top = Math.imul(top, HASH_BASE);
    for (const o of keys) {
        if (o.length <= shortest)
            continue;
        let h = hashOf(o, 0, ANCHOR);
        for (let p = 0; p + ANCHOR <= o.length; p++) {
            if (p > 0)
                h = (Math.imul(h - Math.imul(o.charCodeAt(p - 1), top), HASH_BASE) + o.charCodeAt(p + ANCHOR - 1)) | 0;
            const list = byAnchor.get(h);
            if (!list)
                continue;
            for (const k of list)
                if (k.length < o.length && !found.has(k) && o.startsWith(k, p))
                    found.add(k);
        }
    }
    return found;
}
const HASH_BASE = 0x01000193;
function hashOf(s, from, len) {
    let h = 0;
    for (let i = from; i < from + len; i++)
        h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
    return h;
}
/**
 * Captions of the article's pictures: those inside the content, plus those
 * in the content's near ancestors (the lead picture usually sits beside the
 * body, in the same <article>), up to CAPTION_SCOPE_LEVELS levels.
 */
function collectCaptions(content, body, info, gone, found) {
    let scope = content[0] ? parentEl(content[0]) : null;
    for (let i = 1; scope && scope !== body && i < CAPTION_SCOPE_LEVELS; i++) {
        const up = parentEl(scope);
        if (!up || up === body || up.name === 'body')
            break;
        if (scope.name === 'article' || scope.name === 'main')
            break;
        scope = up;
    }
    if (!scope || scope === body)
        return found;
    const out = [...found];
    const seen = new Set(found);
    const visit = (el, depth) => {
        if (depth > MAX_DEPTH || out.length >= 30)
            return;
        for (const c of el.children) {
            if (c.type !== 'tag')
                continue;
            const e = c;
            if (!info.has(e) && gone.has(e))
                continue;
            const cid = classId(e);
            if (e.name === 'figcaption' || (cid && CAPTION_CLASS.test(cid) && !/\bcredit/.test(cid))) {
                const t = textLight(e);
                if (t && t.length < 600 && !seen.has(t)) {
                    seen.add(t);
                    out.push(t);
                }
                continue;
            }
            visit(e, depth + 1);
        }
    };
    visit(scope, 0);
    return out;
}
function textLength(blocks) {
    let n = 0;
    for (const b of blocks)
        n += b.text.length;
    return n;
}
/** Find the body of a parsed page. */
export function findBodyBlocks(root) {
    const body = findBody(root) ?? root;
    const lengths = measureText(root);
    let best = null;
    let prevStrip = null;
    let gone = new Set();
    for (let a = 0; a < ATTEMPTS.length; a++) {
        const opt = ATTEMPTS[a];
        if (opt.stripUnlikely !== prevStrip) {
            gone = furniture(root, lengths, { stripUnlikely: opt.stripUnlikely });
            prevStrip = opt.stripUnlikely;
        }
        const info = measure(body, gone);
        const scores = scoreCandidates(body, info, opt);
        const content = chooseContent(body, info, scores);
        if (process.env.NEWSX_TRACE) {
            const top = [...scores].sort((x, y) => y[1] - x[1]).slice(0, 6);
            console.error(`attempt ${a}: top`, top.map(([e, s]) => `${e.name}.${classId(e).slice(0, 40)} ${s.toFixed(1)} len=${info.get(e)?.len}`));
            console.error('  content', content.map((e) => `${e.name}.${classId(e).slice(0, 50)} len=${info.get(e)?.len} score=${scores.get(e)?.toFixed(1)}`));
        }
        const w = finish(extractBlocks(content, info, gone, opt));
        w.captions = collectCaptions(content, body, info, gone, w.captions);
        const res = { ...w, attempt: a };
        if (!best || textLength(res.blocks) > textLength(best.blocks))
            best = res;
        if (textLength(res.blocks) >= MIN_BODY_CHARS)
            break;
    }
    best.blocks = dedupe(best.blocks, best.pullQuotes);
    return best;
}
//# sourceMappingURL=body.js.map