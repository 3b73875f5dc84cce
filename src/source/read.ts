/**
 * The source stage: a file, stdin or a URL to decoded text plus what is known
 * about it.
 */
import { readFile, stat } from 'node:fs/promises';
import { NewsxError } from '../errors.js';
import { assertTextual, decodeBytes, DEFAULT_MAX_BYTES, gunzipCapped, isGzip } from './decode.js';
import { fetchUrl, type FetchOptions } from './fetch.js';

export interface Source {
  /** Where it came from: a path, a URL or "-". */
  name: string;
  content: string;
  encoding: string;
  url: string | null;
  contentType?: string | null;
}

export interface ReadOptions extends FetchOptions {
  maxBytes?: number;
}

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

export function bytesToSource(name: string, bytes: Uint8Array, opts: { maxBytes?: number; charset?: string | null; url?: string | null } = {}): Source {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf = bytes;
  if (isGzip(buf)) buf = gunzipCapped(buf, maxBytes);
  if (buf.length > maxBytes) throw new NewsxError('ETOOBIG', `input is larger than ${maxBytes} bytes (see --max-bytes)`);
  const { text, encoding } = decodeBytes(buf, opts.charset);
  assertTextual(text);
  return { name, content: text, encoding, url: opts.url ?? null };
}

export async function readSource(spec: string, opts: ReadOptions = {}): Promise<Source> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (spec === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const b = chunk as Buffer;
      size += b.length;
      if (size > maxBytes * 4) throw new NewsxError('ETOOBIG', `stdin is larger than ${maxBytes} bytes (see --max-bytes)`);
      chunks.push(b);
    }
    return bytesToSource('-', Buffer.concat(chunks), { maxBytes });
  }
  if (isUrl(spec)) {
    const res = await fetchUrl(spec, { ...opts, maxBytes });
    return { ...bytesToSource(spec, res.body, { maxBytes, charset: res.charset, url: res.url }), contentType: res.contentType };
  }
  let st;
  try {
    st = await stat(spec);
  } catch {
    throw new NewsxError('ENOENT', `${spec}: no such file`);
  }
  if (st.isDirectory()) throw new NewsxError('EREAD', `${spec}: is a directory (use "newsx batch" for directories)`);
  if (st.size > maxBytes * 4) throw new NewsxError('ETOOBIG', `${spec}: file is larger than ${maxBytes} bytes (see --max-bytes)`);
  const bytes = await readFile(spec);
  try {
    return bytesToSource(spec, bytes, { maxBytes });
  } catch (err) {
    if (err instanceof NewsxError) throw new NewsxError(err.code, `${spec}: ${err.message}`);
    throw err;
  }
}
