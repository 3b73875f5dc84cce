/**
 * Batch inputs as one ordered, lazy stream of items. Each source (directory,
 * URL list, NDJSON, WARC) has a reader in this folder; `batchItems` chains
 * them and numbers the items 0, 1, 2, ... across all sources, so the same
 * command line always gives the same item the same index (what `--shard` and
 * ordering rely on).
 *
 * Items are lazy: `load()` reads or fetches the page only when the runner is
 * ready for it, so memory stays bounded however large the archive is. A
 * reader never throws for a bad item: the item's `load()` rejects instead,
 * and the runner writes an error record for it.
 */
import { open, stat } from 'node:fs/promises';
import { NewsxError } from '../../errors.js';
import { gunzipSync, constants as zconst } from 'node:zlib';
import { dirItems, fileItem, isArticleFile } from './dir.js';
import { urlListItems } from './urls.js';
import { ndjsonItems } from './ndjson.js';
import { warcItems } from './warc.js';
import { HostLimiter } from './hosts.js';
export * from './types.js';
const WARC_EXT = /\.warc(\.gz)?$/i;
const NDJSON_EXT = /\.(ndjson|jsonl)(\.gz)?$/i;
/** Decide what a source is: by extension first, then by its first bytes. */
export async function detectKind(spec, opts = {}) {
    if (spec === '-')
        return opts.urls ? 'urls' : 'ndjson';
    let st;
    try {
        st = await stat(spec);
    }
    catch {
        throw new NewsxError('ENOENT', `${spec}: no such file or directory`);
    }
    if (st.isDirectory())
        return 'dir';
    if (WARC_EXT.test(spec))
        return 'warc';
    if (NDJSON_EXT.test(spec))
        return 'ndjson';
    if (opts.urls)
        return 'urls';
    if (!st.isFile())
        return 'ndjson'; // a pipe, e.g. <(zcat records.ndjson.gz): cannot be peeked at
    if (isArticleFile(spec))
        return 'file';
    let head = await readHead(spec, 4096);
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
        try {
            head = gunzipSync(head, { finishFlush: zconst.Z_SYNC_FLUSH });
        }
        catch {
            return 'file'; // corrupt gzip: let the item report it
        }
    }
    const text = head.toString('latin1');
    if (text.startsWith('WARC/'))
        return 'warc';
    const first = text.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
    if (first.startsWith('{'))
        return 'ndjson';
    const firstLine = first.split(/\r?\n/).find((l) => l.trim() && !l.trimStart().startsWith('#'));
    if (firstLine && /^https?:\/\/\S+$/i.test(firstLine.trim()))
        return 'urls';
    return 'file';
}
async function readHead(path, n) {
    const fh = await open(path, 'r');
    try {
        const buf = Buffer.alloc(n);
        const { bytesRead } = await fh.read(buf, 0, n, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
}
/**
 * Check every source exists and decide its kind before anything runs (a
 * missing source is a usage error, not an item error). Directories are walked
 * here so the total is known for the progress line.
 */
export async function planSources(specs, opts = {}) {
    const limiter = new HostLimiter(opts.perHost ?? 2);
    const stdinUses = specs.filter((s) => s === '-').length;
    if (stdinUses > 1)
        throw new NewsxError('EUSAGE', '"-" (stdin) can be given only once');
    const out = [];
    for (const spec of specs) {
        const kind = await detectKind(spec, opts);
        switch (kind) {
            case 'dir': {
                const listing = await dirItems(spec, opts);
                out.push({ spec, kind, count: listing.count, items: () => listing.items() });
                break;
            }
            case 'file':
                out.push({ spec, kind, count: 1, items: () => singleFile(spec, opts) });
                break;
            case 'urls':
                out.push({ spec, kind, count: null, items: () => urlListItems(spec, { ...opts, limiter }) });
                break;
            case 'ndjson':
                out.push({ spec, kind, count: null, items: () => ndjsonItems(spec, { ...opts, limiter }) });
                break;
            case 'warc':
                out.push({ spec, kind, count: null, items: () => warcItems(spec, opts) });
                break;
        }
    }
    return out;
}
async function* singleFile(path, opts) {
    yield fileItem(path, opts);
}
/** All items of all sources, numbered in order. */
export async function* batchItems(sources) {
    let index = 0;
    for (const s of sources) {
        for await (const raw of s.items())
            yield { index: index++, source: raw.source, load: raw.load };
    }
}
/** The total item count when every source knows its own, else null. */
export function knownTotal(sources) {
    let n = 0;
    for (const s of sources) {
        if (s.count === null)
            return null;
        n += s.count;
    }
    return n;
}
//# sourceMappingURL=items.js.map