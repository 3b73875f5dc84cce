/**
 * NDJSON records, one per line: `{ "url", "html" | "text", "id"?, "published"? }`.
 * A record with `html` or `text` is read as given (`url` is then only
 * metadata); a record with only `url` is fetched. Blank lines are skipped; a
 * line that is not a JSON object, or has none of the three fields, becomes an
 * error record (the batch goes on).
 */
import { NewsxError } from '../../errors.js';
import { HostLimiter } from './hosts.js';
import { readLines } from './lines.js';
import { fetchItem } from './urls.js';
import { failedItem } from './types.js';
const str = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
export async function* ndjsonItems(spec, opts = {}) {
    const limiter = opts.limiter ?? new HostLimiter(opts.perHost ?? 2);
    let last = 0;
    try {
        for await (const { line, text } of readLines(spec, opts.stdin)) {
            last = line;
            const t = line === 1 ? text.replace(/^\uFEFF/, '') : text;
            if (!t.trim())
                continue;
            yield ndjsonItem(spec, line, t, limiter, opts);
        }
    }
    catch (err) {
        yield failedItem({ ndjson: spec, line: last + 1 }, err);
    }
}
export function ndjsonItem(spec, line, text, limiter, opts) {
    let rec;
    try {
        rec = JSON.parse(text);
    }
    catch (err) {
        return failedItem({ ndjson: spec, line }, new NewsxError('EREAD', `line ${line}: not valid JSON (${err.message.split('\n')[0]})`));
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec))
        return failedItem({ ndjson: spec, line }, new NewsxError('EREAD', `line ${line}: not a JSON object`));
    const r = rec;
    const id = str(r.id);
    const url = typeof r.url === 'string' && r.url ? r.url : undefined;
    const source = { ndjson: spec, line, ...(id !== undefined ? { id } : {}), ...(url ? { url } : {}) };
    const published = typeof r.published === 'string' && r.published ? r.published : null;
    const html = typeof r.html === 'string' ? r.html : null;
    const plain = typeof r.text === 'string' ? r.text : null;
    if (html !== null || plain !== null) {
        const content = { content: (html ?? plain), url: url ?? null, published, format: html !== null ? 'html' : 'text' };
        return { source, load: async () => content };
    }
    if (url)
        return { source, load: () => fetchItem(url, limiter, opts, { published }) };
    return failedItem(source, new NewsxError('EREAD', `line ${line}: the record has no "html", "text" or "url"`));
}
//# sourceMappingURL=ndjson.js.map