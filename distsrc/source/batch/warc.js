/**
 * WARC and WARC.gz files (e.g. Common Crawl's news crawl), streamed record by
 * record with warcio. Items are the `response` (and `resource`) records whose
 * payload is HTML; redirects (3xx) and other records (requests, metadata,
 * robots.txt, images) are skipped. Other HTTP errors become error records.
 *
 * warcio removes chunked transfer and content encodings but assumes UTF-8 for
 * text, so the payload is kept as bytes and decoded with `decodeBytes`, taking
 * the charset from the record's HTTP Content-Type header.
 *
 * A record's payload must be read before the parser can move on, so the
 * payload is read when the record is reached; the runner pulls records only
 * as fast as it processes them, which keeps memory bounded.
 */
import { createReadStream } from 'node:fs';
import { NewsxError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../decode.js';
import { failedItem } from './types.js';
const HTML_MIME = /^(text\/html|application\/xhtml\+xml)$/i;
function mimeOf(contentType) {
    return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
function charsetOf(contentType) {
    return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}
export async function* warcItems(spec, opts = {}) {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const { WARCParser } = await import('warcio');
    const input = spec === '-' ? (opts.stdin ?? process.stdin) : createReadStream(spec, { highWaterMark: 256 * 1024 });
    let n = 0;
    let fed = 0; // raw bytes handed to the parser
    let cutReported = false;
    const counted = (async function* () {
        for await (const chunk of input) {
            fed += chunk.byteLength;
            yield chunk;
        }
    })();
    try {
        const parser = new WARCParser(counted);
        for (;;) {
            const rec = await parser.parse();
            if (!rec)
                break;
            n++;
            const type = rec.warcType;
            if (!type || rec.warcHeader('Content-Length') == null) {
                // headers cut short (end of a truncated file) or not a WARC record at all
                yield failedItem({ warc: spec, recordId: null, record: n - 1 }, new NewsxError('EREAD', `record ${n - 1} has no WARC-Type or Content-Length: the file is truncated or corrupt`));
                continue;
            }
            if (type !== 'response' && type !== 'resource')
                continue;
            const isResponse = type === 'response';
            const contentType = isResponse ? rec.httpHeaders?.headers.get('content-type') : rec.warcContentType;
            const mime = mimeOf(contentType);
            if (mime && !HTML_MIME.test(mime))
                continue;
            const status = isResponse ? Number(rec.httpHeaders?.statusCode ?? 0) : 200;
            if (status >= 300 && status < 400)
                continue;
            const recordId = rec.warcHeader('WARC-Record-ID') ?? null;
            const url = rec.warcTargetURI ?? null;
            const source = { warc: spec, recordId, url, ...(recordId ? {} : { record: n - 1 }) };
            if (isResponse && (status < 200 || status >= 300)) {
                yield failedItem(source, new NewsxError('EHTTP', `${url ?? 'record'}: HTTP ${status} in the archive`));
                continue;
            }
            let item;
            try {
                const body = await readCapped(rec, maxBytes);
                if (unreadBytes(rec) > 0) {
                    cutReported = true;
                    item = failedItem(source, new NewsxError('EREAD', 'the record is cut short: the file ends inside it (truncated download?)'));
                }
                else if (body === null) {
                    item = failedItem(source, new NewsxError('ETOOBIG', `record payload is larger than ${maxBytes} bytes (see --max-bytes)`));
                }
                else {
                    const content = { content: body, charset: charsetOf(contentType), url };
                    item = { source, load: async () => content };
                }
            }
            catch (err) {
                item = failedItem(source, new NewsxError('EREAD', `cannot read the record payload: ${err.message}`));
            }
            yield item;
        }
        // warcio stops quietly at a gzip member cut short: bytes past the last whole record mean a cut.
        const last = parser._record;
        if (!cutReported && (fed > parser.offset || (last && unreadBytes(last) > 0)))
            yield failedItem({ warc: spec, recordId: null, record: n }, new NewsxError('EREAD', `the file is truncated or corrupt after record ${n} (a record is cut short)`));
    }
    catch (err) {
        yield failedItem({ warc: spec, recordId: null, record: n }, new NewsxError('EREAD', `corrupt WARC after ${n} records: ${err.message}`));
    }
    finally {
        if ('destroy' in input && typeof input.destroy === 'function' && spec !== '-')
            input.destroy();
    }
}
/** Bytes of the record's block the file did not have (warcio's limit reader; 0 when complete or unknown). */
function unreadBytes(rec) {
    const limit = rec._reader?.limit;
    return typeof limit === 'number' && limit > 0 ? limit : 0;
}
/** The decoded payload, or null when it exceeds the cap (the rest is drained, not kept). */
async function readCapped(rec, maxBytes) {
    const chunks = [];
    let size = 0;
    let over = false;
    for await (const chunk of rec) {
        size += chunk.byteLength;
        if (size > maxBytes)
            over = true;
        if (!over)
            chunks.push(chunk);
    }
    if (over)
        return null;
    return Buffer.concat(chunks, size);
}
//# sourceMappingURL=warc.js.map