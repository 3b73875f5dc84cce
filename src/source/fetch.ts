/**
 * Fetching a URL: a timeout, a size cap enforced while streaming (on decoded
 * bytes), a redirect limit, one clear error line for every failure.
 */
import { NewsxError } from '../errors.js';
import { VERSION } from '../version.js';
import { DEFAULT_MAX_BYTES } from './decode.js';

export interface FetchOptions {
  /** Milliseconds for the whole request, body included. Default 20 s. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

export interface Fetched {
  url: string;
  status: number;
  contentType: string | null;
  charset: string | null;
  body: Uint8Array;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_REDIRECTS = 10;
export const USER_AGENT = `newsx/${VERSION} (+https://www.npmjs.com/package/newsx; news article extractor)`;

const ARTICLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)$/i;

export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': opts.userAgent ?? USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1' },
        });
      } catch (err) {
        if (controller.signal.aborted) throw new NewsxError('ETIMEOUT', `${url}: timed out after ${timeoutMs / 1000} s`);
        const cause = (err as { cause?: { code?: string; message?: string } }).cause;
        throw new NewsxError('EFETCH', `${url}: ${cause?.code ?? ''} ${cause?.message ?? (err as Error).message}`.replace(/\s+/g, ' ').trim());
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel().catch(() => {});
        if (hop >= maxRedirects) throw new NewsxError('EHTTP', `${url}: too many redirects (more than ${maxRedirects})`);
        current = new URL(res.headers.get('location')!, current).toString();
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        throw new NewsxError('EHTTP', `${current}: HTTP ${res.status} ${res.statusText}`.trim());
      }
      const contentType = res.headers.get('content-type');
      const mime = contentType?.split(';')[0]?.trim() ?? '';
      if (mime && !ARTICLE_TYPES.test(mime)) {
        await res.body?.cancel().catch(() => {});
        throw new NewsxError('ENOTARTICLE', `${current}: not an article (content type ${mime})`);
      }
      const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
      const body = await readCapped(res, maxBytes, current, controller, timeoutMs);
      return { url: current, status: res.status, contentType, charset, body };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(res: Response, maxBytes: number, url: string, controller: AbortController, timeoutMs: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new NewsxError('ETOOBIG', `${url}: response is larger than ${maxBytes} bytes (see --max-bytes)`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof NewsxError) throw err;
    if (controller.signal.aborted) throw new NewsxError('ETIMEOUT', `${url}: timed out after ${timeoutMs / 1000} s`);
    throw new NewsxError('EFETCH', `${url}: the connection failed while reading the body (${(err as Error).message})`);
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}
