/**
 * Fetching a URL with Node's fetch, defensively:
 *  - one timeout covers the whole request, redirects and body included;
 *  - the body is read as a stream and the read stops at the size cap, counted
 *    on decoded bytes (fetch inflates gzip/deflate/br itself, so a small gzip
 *    bomb is stopped after maxBytes of output, not after it filled memory);
 *  - redirects are followed by hand, with a limit and loop detection;
 *  - every failure (HTTP error, refused connection, stall, truncated body,
 *    content that is not a page) is a NewsxError with one clear line.
 */
import { NewsxError } from '../errors.js';
import { VERSION } from '../version.js';
import { charsetFromContentType } from './decode.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../limits.js';
export { DEFAULT_TIMEOUT_MS };
export const DEFAULT_MAX_REDIRECTS = 10;
export const USER_AGENT = `newsx/${VERSION} (news article extractor; +https://www.npmjs.com/package/newsx)`;
/** setTimeout's largest delay; larger values fire at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** Content types that may hold an article; others are refused before the body is read. A missing type is sniffed later. */
const ARTICLE_TYPES = new Set([
    'text/html',
    'application/xhtml+xml',
    'text/plain',
    'application/xml',
    'text/xml',
    'application/octet-stream',
]);
const NETWORK_ERRORS = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'the connection was reset by the server',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host not found (DNS lookup failed)',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'the connection timed out',
    EPIPE: 'the connection was closed by the server',
    UND_ERR_SOCKET: 'the server closed the connection',
    UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
    UND_ERR_HEADERS_OVERFLOW: 'the response headers are too large',
    HPE_INVALID_CONSTANT: 'the server sent an invalid HTTP response',
    HPE_INVALID_HEADER_TOKEN: 'the server sent an invalid HTTP header',
    CERT_HAS_EXPIRED: 'the TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'the TLS certificate is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'the TLS certificate chain is self-signed',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the TLS certificate cannot be verified',
    ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate does not match the host name',
};
/** One line for a network error thrown by fetch (the useful part is in err.cause). */
function networkMessage(err) {
    const cause = err?.cause;
    const code = cause?.code ?? err?.code;
    if (code && NETWORK_ERRORS[code])
        return `${NETWORK_ERRORS[code]} (${code})`;
    const msg = cause?.message ?? err?.message ?? String(err);
    return `${msg.split('\n')[0]}${code ? ` (${code})` : ''}`.replace(/\s+/g, ' ').trim();
}
function parseHttpUrl(s, base) {
    try {
        const u = new URL(s, base);
        return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
    }
    catch {
        return null;
    }
}
export async function fetchUrl(url, opts = {}) {
    const timeoutMs = Math.min(Math.max(1, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS), MAX_TIMER_MS);
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const start = parseHttpUrl(url);
    if (!start)
        throw new NewsxError('EFETCH', `${url}: not a valid http(s) URL`);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const timedOut = (where) => new NewsxError('ETIMEOUT', `${where}: timed out after ${timeoutMs / 1000} s (see --timeout)`);
    const redirects = [];
    const seen = new Set();
    try {
        let current = start.toString();
        for (;;) {
            seen.add(current);
            let res;
            try {
                res = await fetch(current, {
                    redirect: 'manual',
                    signal: controller.signal,
                    headers: {
                        'user-agent': opts.userAgent ?? USER_AGENT,
                        accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
                    },
                });
            }
            catch (err) {
                if (controller.signal.aborted)
                    throw timedOut(current);
                throw new NewsxError('EFETCH', `${current}: ${networkMessage(err)}`);
            }
            if (res.status >= 300 && res.status < 400 && res.status !== 304) {
                await res.body?.cancel().catch(() => { });
                const location = res.headers.get('location');
                if (!location)
                    throw new NewsxError('EHTTP', `${current}: HTTP ${res.status} redirect without a Location header`);
                const next = parseHttpUrl(location, current);
                if (!next)
                    throw new NewsxError('EHTTP', `${current}: redirect to an invalid or non-http(s) URL (${location.slice(0, 200)})`);
                const nextUrl = next.toString();
                if (seen.has(nextUrl))
                    throw new NewsxError('EHTTP', `${url}: redirect loop (${current} -> ${nextUrl})`);
                if (redirects.length >= maxRedirects)
                    throw new NewsxError('EHTTP', `${url}: too many redirects (more than ${maxRedirects})`);
                redirects.push(current);
                current = nextUrl;
                continue;
            }
            if (!res.ok) {
                await res.body?.cancel().catch(() => { });
                throw new NewsxError('EHTTP', `${current}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
            }
            const contentType = res.headers.get('content-type');
            const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
            if (mime && !ARTICLE_TYPES.has(mime)) {
                await res.body?.cancel().catch(() => { });
                throw new NewsxError('ENOTARTICLE', `${current}: not an article (content type ${mime})`);
            }
            const encoded = Boolean(res.headers.get('content-encoding')?.trim());
            const declaredLength = Number(res.headers.get('content-length') ?? NaN);
            if (!encoded && declaredLength > maxBytes) {
                await res.body?.cancel().catch(() => { });
                throw new NewsxError('ETOOBIG', `${current}: the response is larger than ${maxBytes} bytes (${declaredLength} bytes; see --max-bytes)`);
            }
            const body = await readBody(res, {
                maxBytes,
                url: current,
                expected: !encoded && Number.isFinite(declaredLength) ? declaredLength : null,
                aborted: () => controller.signal.aborted,
                timedOut,
            });
            return { url: current, status: res.status, contentType, charset: charsetFromContentType(contentType), body, redirects };
        }
    }
    finally {
        clearTimeout(timer);
    }
}
async function readBody(res, o) {
    if (!res.body)
        return new Uint8Array(0);
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            if (size > o.maxBytes) {
                await reader.cancel().catch(() => { });
                throw new NewsxError('ETOOBIG', `${o.url}: the response is larger than ${o.maxBytes} bytes${o.expected === null ? ' once decompressed' : ''} (see --max-bytes)`);
            }
            chunks.push(value);
        }
    }
    catch (err) {
        if (err instanceof NewsxError)
            throw err;
        if (o.aborted())
            throw o.timedOut(o.url);
        if (o.expected !== null && size < o.expected)
            throw new NewsxError('EFETCH', `${o.url}: the connection closed before the whole body arrived (${size} of ${o.expected} bytes)`);
        throw new NewsxError('EFETCH', `${o.url}: the connection failed while reading the body: ${networkMessage(err)}`);
    }
    if (o.expected !== null && size < o.expected)
        throw new NewsxError('EFETCH', `${o.url}: the connection closed before the whole body arrived (${size} of ${o.expected} bytes)`);
    const out = new Uint8Array(size);
    let off = 0;
    for (const c of chunks) {
        out.set(c, off);
        off += c.byteLength;
    }
    return out;
}
//# sourceMappingURL=fetch.js.map