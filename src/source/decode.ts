/**
 * Bytes to text: BOM, then the declared charset (HTTP header, then <meta>),
 * then UTF-8 if valid, else windows-1252 as browsers do.
 */
import { gunzipSync } from 'node:zlib';
import { NewsxError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: string;
}

const GZIP_MAGIC = [0x1f, 0x8b];
/** Decompressed size cap for gzip inputs read from files. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === GZIP_MAGIC[0] && buf[1] === GZIP_MAGIC[1];
}

export function gunzipCapped(buf: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Buffer {
  try {
    return gunzipSync(buf, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger/.test(String(err)))
      throw new NewsxError('ETOOBIG', `decompressed input is larger than ${maxBytes} bytes`);
    throw new NewsxError('EREAD', 'corrupt gzip data');
  }
}

function labelToEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv). */
export function sniffMetaCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? labelToEncoding(m[1]) : null;
}

export function decodeBytes(buf: Uint8Array, httpCharset?: string | null): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  const declared = labelToEncoding(httpCharset) ?? sniffMetaCharset(buf);
  if (declared && declared !== 'utf-8') return { text: new TextDecoder(declared).decode(buf), encoding: declared };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    if (declared === 'utf-8') return { text: new TextDecoder('utf-8').decode(buf), encoding: 'utf-8' };
    return { text: new TextDecoder('windows-1252').decode(buf), encoding: 'windows-1252' };
  }
}

/** Reject inputs that are not text at all (binary, PDF, images). */
export function assertTextual(text: string): void {
  const sample = text.slice(0, 8192);
  if (sample.startsWith('%PDF-')) throw new NewsxError('ENOTARTICLE', 'not an article: the input is a PDF document');
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) && c !== 27) control++;
    if (c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.1) throw new NewsxError('ENOTARTICLE', 'not an article: the input looks like binary data');
}
