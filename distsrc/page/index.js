import { readHtml } from './html.js';
import { readText } from './text.js';
/** Does this look like HTML (markup near the start), rather than plain text? */
export function looksLikeHtml(s) {
    const head = s.slice(0, 2048).trimStart().toLowerCase();
    if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<(!doctype html|html))/.test(head))
        return true;
    // [^<>]* (not [^>]*): a tag cannot contain "<", and "<p<p<p..." stays linear
    const tags = s.slice(0, 20_000).match(/<\/?(?:p|div|span|a|body|head|article|section|br|h[1-6]|meta|script|title)\b[^<>]*>/gi);
    return (tags?.length ?? 0) >= 3;
}
export function readPage(content, opts = {}) {
    const format = opts.format ?? (looksLikeHtml(content) ? 'html' : 'text');
    return format === 'html' ? readHtml(content, opts.url) : readText(content);
}
//# sourceMappingURL=index.js.map