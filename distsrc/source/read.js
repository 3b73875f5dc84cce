/**
 * The source stage: a file, stdin or a URL to decoded text plus what is known
 * about it. Every failure is a NewsxError with one clear line naming the input.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { NewsxError } from '../errors.js';
import { assertArticleText, assertTextBytes, decodeBytes, DEFAULT_MAX_BYTES, gunzipCapped, isGzip } from './decode.js';
import { isBlank, stripControlChars } from './clean.js';
import { fetchUrl } from './fetch.js';
export function isUrl(s) {
    return /^https?:\/\//i.test(s);
}
/** Bytes of one input to a Source: gunzip, refuse non-text, decode, clean. Errors carry no name prefix. */
export function bytesToSource(name, bytes, opts = {}) {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length === 0)
        throw new NewsxError('EEMPTY', 'the input is empty');
    let buf = bytes;
    if (isGzip(buf))
        buf = gunzipCapped(buf, maxBytes);
    if (buf.length > maxBytes)
        throw new NewsxError('ETOOBIG', `the input is larger than ${maxBytes} bytes (see --max-bytes)`);
    assertTextBytes(buf);
    const { text, encoding } = decodeBytes(buf, opts.charset);
    const content = stripControlChars(text);
    if (isBlank(content))
        throw new NewsxError('EEMPTY', content.length === 0 ? 'the input is empty' : 'the input is empty (only whitespace)');
    assertArticleText(content);
    return { name, content, encoding, url: opts.url ?? null };
}
/** Read a stream, refusing more than maxBytes. */
async function readCapped(stream, maxBytes, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += b.length;
        if (size > maxBytes)
            throw new NewsxError('ETOOBIG', `${what} is larger than ${maxBytes} bytes (see --max-bytes)`);
        chunks.push(b);
    }
    return Buffer.concat(chunks, size);
}
function prefixed(name, err) {
    if (err instanceof NewsxError && !err.message.startsWith(`${name}:`))
        return new NewsxError(err.code, `${name}: ${err.message}`, { cause: err });
    return err;
}
export async function readSource(spec, opts = {}) {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (spec === '-') {
        try {
            return bytesToSource('-', await readCapped(process.stdin, maxBytes, 'the input'), { maxBytes });
        }
        catch (err) {
            throw prefixed('stdin', err);
        }
    }
    if (isUrl(spec)) {
        const res = await fetchUrl(spec, { ...opts, maxBytes });
        try {
            return { ...bytesToSource(spec, res.body, { maxBytes, charset: res.charset, url: res.url }), contentType: res.contentType };
        }
        catch (err) {
            throw prefixed(res.url, err);
        }
    }
    let st;
    try {
        st = await stat(spec);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EACCES')
            throw new NewsxError('EREAD', `${spec}: permission denied`);
        throw new NewsxError('ENOENT', `${spec}: no such file`);
    }
    if (st.isDirectory())
        throw new NewsxError('EREAD', `${spec}: is a directory (use "newsx batch" for directories)`);
    if (st.isFile() && st.size > maxBytes)
        throw new NewsxError('ETOOBIG', `${spec}: the file is larger than ${maxBytes} bytes (see --max-bytes)`);
    try {
        // a stream with a cap, not readFile: special files (/dev/zero, pipes) have no size
        const bytes = await readCapped(createReadStream(spec), maxBytes, 'the file');
        return bytesToSource(spec, bytes, { maxBytes });
    }
    catch (err) {
        const code = err.code;
        if (code === 'EACCES')
            throw new NewsxError('EREAD', `${spec}: permission denied`);
        if (code === 'EISDIR')
            throw new NewsxError('EREAD', `${spec}: is a directory`);
        if (!(err instanceof NewsxError) && code)
            throw new NewsxError('EREAD', `${spec}: cannot read the file (${code})`);
        throw prefixed(spec, err);
    }
}
//# sourceMappingURL=read.js.map