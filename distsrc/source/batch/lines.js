/**
 * Lines of a file or stream, read in chunks with backpressure (the reader
 * pulls; nothing is read ahead of the consumer beyond one chunk). Gzip input
 * is decompressed on the fly. Lines are split on "\n" (a trailing "\r" is
 * dropped); the last line need not end with a newline.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
/** Peek at the first bytes to gunzip transparently. */
async function* maybeGunzip(input) {
    const it = input[Symbol.asyncIterator]();
    const first = await it.next();
    if (first.done)
        return;
    const head = first.value;
    const rest = (async function* () {
        yield head;
        for (;;) {
            const r = await it.next();
            if (r.done)
                return;
            yield r.value;
        }
    })();
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
        const gunzip = createGunzip();
        yield* Readable.from(rest).pipe(gunzip);
    }
    else
        yield* rest;
}
export async function* readLines(spec, stdin = process.stdin) {
    const input = (spec === '-' ? stdin : createReadStream(spec, { highWaterMark: 256 * 1024 }));
    let pending = [];
    let n = 0;
    for await (const chunk of maybeGunzip(input)) {
        let start = 0;
        for (;;) {
            const nl = chunk.indexOf(0x0a, start);
            if (nl < 0)
                break;
            const piece = chunk.subarray(start, nl);
            const buf = pending.length ? Buffer.concat([...pending, piece]) : piece;
            pending = [];
            yield { line: ++n, text: stripCr(buf.toString('utf8')) };
            start = nl + 1;
        }
        if (start < chunk.length)
            pending.push(chunk.subarray(start));
    }
    if (pending.length) {
        const text = stripCr(Buffer.concat(pending).toString('utf8'));
        yield { line: ++n, text };
    }
}
function stripCr(s) {
    return s.endsWith('\r') ? s.slice(0, -1) : s;
}
//# sourceMappingURL=lines.js.map