/**
 * `--resume`: which items an earlier run already wrote to the output file.
 *
 * Records are written one whole line per write on an O_APPEND descriptor, so
 * a killed run leaves complete lines, except possibly a last line cut short
 * (disk full, power loss). That partial line is truncated away and its item
 * is done again.
 */
import { open } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { readLines } from '../source/batch/lines.js';
import { sourceKey } from '../source/batch/types.js';
/** Remove a trailing partial line; returns the bytes removed. */
export async function truncatePartialLine(path) {
    const fh = await open(path, 'r+');
    try {
        const { size } = await fh.stat();
        if (size === 0)
            return 0;
        const chunk = 64 * 1024;
        let end = size;
        while (end > 0) {
            const start = Math.max(0, end - chunk);
            const buf = Buffer.alloc(end - start);
            await fh.read(buf, 0, buf.length, start);
            const nl = buf.lastIndexOf(0x0a);
            if (nl >= 0) {
                const keep = start + nl + 1;
                if (keep < size)
                    await fh.truncate(keep);
                return size - keep;
            }
            end = start;
        }
        await fh.truncate(0);
        return size;
    }
    finally {
        await fh.close();
    }
}
/** The source of one output line, or null when the line is not a record. */
export function recordSource(line) {
    if (!line.startsWith('{"source":'))
        return parseWhole(line);
    // The writer puts the source first, and the source holds no "result" or
    // "error" key, so the first of these markers ends it (a quote inside a JSON
    // string is always escaped, so the marker cannot occur inside one).
    let end = line.indexOf(',"result":');
    const e2 = line.indexOf(',"error":');
    if (end < 0 || (e2 >= 0 && e2 < end))
        end = e2;
    if (end < 0)
        return parseWhole(line);
    try {
        const s = JSON.parse(line.slice(10, end));
        return s && typeof s === 'object' ? s : null;
    }
    catch {
        return parseWhole(line);
    }
}
function parseWhole(line) {
    try {
        const rec = JSON.parse(line);
        return rec && typeof rec.source === 'object' && rec.source ? rec.source : null;
    }
    catch {
        return null;
    }
}
export async function loadDone(path) {
    const done = { keys: new Set(), records: 0, truncatedBytes: 0 };
    if (!existsSync(path))
        return done;
    done.truncatedBytes = await truncatePartialLine(path);
    for await (const { text } of readLines(path)) {
        if (!text)
            continue;
        const src = recordSource(text);
        if (!src)
            continue;
        done.keys.add(sourceKey(src));
        done.records++;
    }
    return done;
}
//# sourceMappingURL=resume.js.map