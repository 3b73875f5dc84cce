import { classId, collapsedLength, isText, MAX_DEPTH } from './dom.js';
import { ARTICLE_BODY_ATTR, DROP_ROLES, DROP_TAGS, OK_MAYBE, REGION_KEEP_SHARE, REGION_TAGS, UNLIKELY, UNLIKELY_ALWAYS, UNLIKELY_KEEP_SHARE, UNLIKELY_ALWAYS_KEEP_SHARE, } from '../html.rules.js';
/** Text length of every element (white space folded), furniture tags excluded. */
export function measureText(root) {
    const len = new Map();
    const visit = (n, depth) => {
        if (isText(n))
            return collapsedLength(n.data) + 1;
        if (depth > MAX_DEPTH || !('children' in n))
            return 0;
        const el = n;
        if (n.type !== 'root' && DROP_TAGS.has(el.name))
            return 0;
        let total = 0;
        for (const c of el.children)
            total += visit(c, depth + 1);
        if (n.type !== 'root')
            len.set(el, total);
        return total;
    };
    visit(root, 0);
    return len;
}
function isHidden(el) {
    const a = el.attribs;
    if (a.hidden !== undefined)
        return true;
    if (a['aria-hidden'] === 'true' && !/fallback-image/.test(a.class ?? ''))
        return true;
    const style = a.style;
    if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style))
        return true;
    return false;
}
/** Does the class/id name furniture (Readability's unlikely candidates, per class name)? */
export function isUnlikely(el) {
    const s = classId(el);
    if (!s || !UNLIKELY.test(s))
        return null;
    // one of its names says it is the article body ("l-sidebar-fixed l-article-body")
    if (ARTICLE_BODY_ATTR.test(s) || el.attribs.itemprop === 'articleBody')
        return null;
    // judge each class name / id alone: "article-share" is furniture, "article-body" is not
    for (const name of s.split(/\s+/)) {
        if (UNLIKELY.test(name) && !OK_MAYBE.test(name))
            return name;
    }
    return null;
}
/**
 * The set of elements to skip: furniture tags, hidden elements, furniture
 * roles, page regions (header/footer/aside) unless they hold most of the
 * text, and (first attempts) elements whose class/id names furniture.
 */
export function furniture(root, lengths, opts) {
    const gone = new Set();
    const bodyLen = Math.max(1, lengths.get(findBody(root) ?? root) ?? 1);
    const visit = (n, depth) => {
        if (depth > MAX_DEPTH || !('children' in n))
            return;
        for (const c of n.children) {
            if (c.type !== 'tag' && c.type !== 'script' && c.type !== 'style')
                continue;
            const el = c;
            const name = el.name;
            if (DROP_TAGS.has(name) || c.type !== 'tag') {
                gone.add(el);
                continue;
            }
            if (name === 'body' || name === 'html') {
                visit(el, depth + 1);
                continue;
            }
            const share = (lengths.get(el) ?? 0) / bodyLen;
            if (isHidden(el) || (el.attribs.role && DROP_ROLES.has(el.attribs.role) && share < REGION_KEEP_SHARE)) {
                gone.add(el);
                continue;
            }
            if (REGION_TAGS.has(name) && share < REGION_KEEP_SHARE) {
                gone.add(el);
                continue;
            }
            const unlikely = opts.stripUnlikely ? isUnlikely(el) : null;
            if (unlikely) {
                if (share < (UNLIKELY_ALWAYS.test(unlikely) ? UNLIKELY_ALWAYS_KEEP_SHARE : UNLIKELY_KEEP_SHARE)) {
                    gone.add(el);
                    continue;
                }
            }
            visit(el, depth + 1);
        }
    };
    visit(root, 0);
    return gone;
}
export function findBody(root) {
    const visit = (n, depth) => {
        if (depth > 3 || !('children' in n))
            return null;
        for (const c of n.children) {
            if (c.type === 'tag') {
                if (c.name === 'body')
                    return c;
                const f = visit(c, depth + 1);
                if (f)
                    return f;
            }
        }
        return null;
    };
    return visit(root, 0);
}
//# sourceMappingURL=clean.js.map