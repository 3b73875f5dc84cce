/**
 * A directory of saved pages: walked recursively, entries sorted by name
 * (plain code-unit order, the same on every machine and locale), keeping
 * .html, .htm and .txt files and their .gz forms. Hidden entries (".x") are
 * skipped, and symbolic links to directories are not followed (no cycles).
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsxError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../decode.js';
import { failedItem } from './types.js';
export const ARTICLE_FILE = /\.(html?|txt)(\.gz)?$/i;
export function isArticleFile(name) {
    return ARTICLE_FILE.test(name);
}
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
async function walk(dir, out) {
    let names;
    try {
        names = await readdir(dir, { withFileTypes: true });
    }
    catch (err) {
        out.push({ path: dir, error: err });
        return;
    }
    names.sort((a, b) => byName(a.name, b.name));
    for (const d of names) {
        if (d.name.startsWith('.'))
            continue;
        const path = join(dir, d.name);
        if (d.isDirectory())
            await walk(path, out);
        else if (isArticleFile(d.name)) {
            if (d.isFile())
                out.push({ path });
            else if (d.isSymbolicLink()) {
                const st = await stat(path).catch(() => null);
                if (st?.isFile())
                    out.push({ path });
            }
        }
    }
}
/** List a directory now (so the count is known); items are read later. */
export async function dirItems(dir, opts = {}) {
    const entries = [];
    await walk(dir, entries);
    return {
        count: entries.length,
        async *items() {
            for (const e of entries) {
                if ('error' in e)
                    yield failedItem({ path: e.path }, e.error);
                else
                    yield fileItem(e.path, opts);
            }
        },
    };
}
/** One file as an item; its bytes are read on `load()`. */
export function fileItem(path, opts = {}) {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    return {
        source: { path },
        async load() {
            const fh = await open(path, 'r');
            try {
                const st = await fh.stat();
                // Compressed files may be up to a quarter of the decoded cap; the decoder enforces the rest.
                if (st.size > maxBytes * 4)
                    throw new NewsxError('ETOOBIG', `file is larger than ${maxBytes} bytes (see --max-bytes)`);
                const content = await fh.readFile();
                return { content, url: null };
            }
            finally {
                await fh.close();
            }
        },
    };
}
//# sourceMappingURL=dir.js.map