/**
 * Where records go. Every record is one line written with one write call:
 * to a file through an O_APPEND descriptor (a kill never leaves half a line
 * between two records), or to stdout with backpressure.
 */
import { closeSync, openSync, writeSync, writeFileSync } from 'node:fs';

export interface LineWriter {
  write(line: string): void;
  /** Resolves when the destination can take more (stdout backpressure). */
  ready(): Promise<void>;
  /** Set when the destination is gone (EPIPE): stop producing. */
  readonly closed: boolean;
  close(): Promise<void>;
}

export function fileWriter(path: string, append: boolean): LineWriter {
  if (!append) writeFileSync(path, '');
  const fd = openSync(path, 'a');
  return {
    closed: false,
    write(line) {
      const buf = Buffer.from(line, 'utf8');
      let off = 0;
      // A regular file takes the whole buffer in one write; loop only for a short write (disk full).
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    },
    ready: () => Promise.resolve(),
    async close() {
      closeSync(fd);
    },
  };
}

export function streamWriter(stream: NodeJS.WritableStream & { writableNeedDrain?: boolean }): LineWriter {
  let closed = false;
  let waiting: Array<() => void> = [];
  const wake = () => {
    const w = waiting;
    waiting = [];
    for (const f of w) f();
  };
  stream.on('drain', wake);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    closed = true;
    wake();
    if (err.code !== 'EPIPE') process.stderr.write(`newsx: cannot write the output: ${err.message}\n`);
  });
  return {
    get closed() {
      return closed;
    },
    write(line) {
      if (!closed) stream.write(line);
    },
    ready() {
      if (closed || !stream.writableNeedDrain) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    async close() {
      stream.off('drain', wake);
    },
  };
}
