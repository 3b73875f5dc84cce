/**
 * Where records go. Every record is one line written with one write call:
 * to a file through an O_APPEND descriptor (a kill never leaves half a line
 * between two records), or to stdout with backpressure.
 */
import { closeSync, openSync, writeSync, writeFileSync } from 'node:fs';
export function fileWriter(path, append) {
    if (!append)
        writeFileSync(path, '');
    const fd = openSync(path, 'a');
    return {
        closed: false,
        write(line) {
            const buf = Buffer.from(line, 'utf8');
            let off = 0;
            // A regular file takes the whole buffer in one write; loop only for a short write (disk full).
            while (off < buf.length)
                off += writeSync(fd, buf, off, buf.length - off);
        },
        ready: () => Promise.resolve(),
        async close() {
            closeSync(fd);
        },
    };
}
export function streamWriter(stream) {
    let closed = false;
    let waiting = [];
    const wake = () => {
        const w = waiting;
        waiting = [];
        for (const f of w)
            f();
    };
    stream.on('drain', wake);
    stream.on('error', (err) => {
        closed = true;
        wake();
        if (err.code !== 'EPIPE')
            process.stderr.write(`newsx: cannot write the output: ${err.message}\n`);
    });
    return {
        get closed() {
            return closed;
        },
        write(line) {
            if (!closed)
                stream.write(line);
        },
        ready() {
            if (closed || !stream.writableNeedDrain)
                return Promise.resolve();
            return new Promise((resolve) => waiting.push(resolve));
        },
        async close() {
            stream.off('drain', wake);
        },
    };
}
//# sourceMappingURL=output.js.map