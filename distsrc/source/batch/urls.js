/**
 * A file of URLs, one per line; blank lines and lines starting with "#" are
 * skipped. Each URL is fetched when its item is loaded, at most `perHost`
 * at a time per host.
 */
import { NewsxError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../decode.js';
import { fetchUrl } from '../fetch.js';
import { isUrl } from '../read.js';
import { HostLimiter } from './hosts.js';
import { readLines } from './lines.js';
import { failedItem } from './types.js';
export async function* urlListItems(spec, opts = {}) {
    const limiter = opts.limiter ?? new HostLimiter(opts.perHost ?? 2);
    try {
        for await (const { text } of readLines(spec, opts.stdin)) {
            const url = text.trim().replace(/^\uFEFF/, '');
            if (!url || url.startsWith('#'))
                continue;
            yield urlItem(url, limiter, opts);
        }
    }
    catch (err) {
        yield failedItem({ url: `${spec}: (unreadable list)` }, err);
    }
}
/** One URL as an item: fetched (politely) on load. */
export function urlItem(url, limiter, opts, extra = {}) {
    return { source: { url }, load: () => fetchItem(url, limiter, opts, extra) };
}
export async function fetchItem(url, limiter, opts, extra = {}) {
    if (!isUrl(url))
        throw new NewsxError('EFETCH', `not an http(s) URL: ${url.slice(0, 200)}`);
    const res = await limiter.run(url, () => fetchUrl(url, { timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, maxRedirects: opts.maxRedirects, userAgent: opts.userAgent }));
    return { ...extra, content: res.body, charset: res.charset, url: res.url };
}
//# sourceMappingURL=urls.js.map