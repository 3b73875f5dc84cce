/**
 * Bytes to text, as a browser would read them:
 *   1. a byte order mark (UTF-8, UTF-16 LE/BE);
 *   2. the charset of the HTTP Content-Type header;
 *   3. the charset a page declares in its first bytes (<meta charset>, http-equiv);
 *   4. sniffing: UTF-8 when the bytes are valid UTF-8; UTF-16 without a BOM when
 *      every other byte is NUL; else chardet's guess for a legacy charset
 *      (windows-1251, windows-1256, KOI8-R, Shift_JIS, ...) when it is
 *      confident, else windows-1252 (what browsers fall back to).
 * Before decoding, input that is not text at all (PDF, images, archives,
 * binary data) is refused with a clear "not an article" error; after
 * decoding, NUL and other control characters are removed and JSON is refused.
 */
import { gunzipSync } from 'node:zlib';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { NewsxError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../limits.js';
export { DEFAULT_MAX_BYTES };
/** How far into the bytes the <meta charset> prescan looks (browsers: 1024; many pages put it later). */
const META_PRESCAN_BYTES = 8192;
/** How many bytes the binary check and chardet look at. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control bytes (other than NUL, tab, newlines, form feed, ESC) above which data is binary. */
const BINARY_CONTROL_RATIO = 0.05;
/** Share of NUL bytes above which data is binary (when it is not UTF-16). */
const BINARY_NUL_RATIO = 0.3;
/** chardet confidence (0-100) needed to use its guess rather than windows-1252. */
const GUESS_MIN_CONFIDENCE = 20;
/** What chardet may answer that we take as a legacy charset guess. */
const GUESSABLE = new Set([
    'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256',
    'iso-8859-2', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-9',
    'koi8-r', 'shift_jis', 'euc-jp', 'iso-2022-jp', 'gb18030', 'big5', 'euc-kr',
]);
export function isGzip(buf) {
    return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}
/** Decompress gzip data, refusing output larger than maxBytes (a gzip bomb). */
export function gunzipCapped(buf, maxBytes = DEFAULT_MAX_BYTES) {
    try {
        return gunzipSync(buf, { maxOutputLength: maxBytes });
    }
    catch (err) {
        const code = err.code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || /larger than/i.test(String(err)))
            throw new NewsxError('ETOOBIG', `decompressed input is larger than ${maxBytes} bytes (see --max-bytes)`);
        throw new NewsxError('EREAD', 'corrupt gzip data');
    }
}
/** The WHATWG encoding for a charset label, or "iconv:<name>" for one only iconv-lite knows; null if unknown. */
export function labelToEncoding(label) {
    if (!label)
        return null;
    const l = label.trim().toLowerCase().replace(/^["']+|["']+$/g, '');
    if (!l)
        return null;
    if (l === 'x-user-defined')
        return 'windows-1252';
    try {
        return new TextDecoder(l).encoding;
    }
    catch {
        return iconv.encodingExists(l) ? `iconv:${l}` : null;
    }
}
function decodeWith(encoding, buf) {
    if (encoding.startsWith('iconv:'))
        return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), encoding.slice(6));
    // Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x93 -> U+0093, not a curly quote)
    if (encoding === 'windows-1252')
        return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'windows-1252');
    return new TextDecoder(encoding).decode(buf);
}
/** The value of the charset parameter of a Content-Type value ("text/html; charset=windows-1251"). */
export function charsetFromContentType(contentType) {
    if (!contentType)
        return null;
    const m = /;\s*charset\s*=\s*"?([^";,\s]{1,40})/i.exec(contentType);
    return m ? m[1] : null;
}
/**
 * The charset a page declares in its first bytes: <meta charset="...">, or
 * <meta http-equiv="Content-Type" content="...; charset=...">. Linear scan,
 * no backtracking regex over the page.
 */
export function sniffMetaCharset(buf) {
    const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, META_PRESCAN_BYTES)).toString('latin1');
    const lower = head.toLowerCase();
    let from = 0;
    for (;;) {
        const at = lower.indexOf('<meta', from);
        if (at < 0)
            return null;
        const end = lower.indexOf('>', at);
        if (end < 0)
            return null;
        const tag = head.slice(at + 5, end);
        from = end + 1;
        const attrs = parseAttributes(tag);
        let label = attrs.get('charset') ?? null;
        if (!label && attrs.get('http-equiv')?.toLowerCase() === 'content-type')
            label = charsetFromContentType(`;${attrs.get('content') ?? ''}`);
        const enc = labelToEncoding(label);
        if (enc)
            return enc === 'utf-16le' || enc === 'utf-16be' ? 'utf-8' : enc; // as the HTML spec says
    }
}
/** Attributes of a tag's inside (after the tag name), names lower-cased. */
function parseAttributes(s) {
    const out = new Map();
    let i = 0;
    const n = s.length;
    const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '/';
    while (i < n) {
        while (i < n && isSpace(s[i]))
            i++;
        const nameStart = i;
        while (i < n && !isSpace(s[i]) && s[i] !== '=')
            i++;
        const name = s.slice(nameStart, i).toLowerCase();
        while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r'))
            i++;
        let value = '';
        if (s[i] === '=') {
            i++;
            while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r'))
                i++;
            const q = s[i];
            if (q === '"' || q === "'") {
                const close = s.indexOf(q, i + 1);
                value = s.slice(i + 1, close < 0 ? n : close);
                i = close < 0 ? n : close + 1;
            }
            else {
                const start = i;
                while (i < n && !isSpace(s[i]))
                    i++;
                value = s.slice(start, i);
            }
        }
        if (name && !out.has(name))
            out.set(name, value);
        if (i === nameStart)
            i++;
    }
    return out;
}
/** Is this UTF-16 without a BOM? Every other byte NUL (ASCII-range text) on one side, few on the other. */
export function sniffUtf16(buf) {
    const n = Math.min(buf.length, SNIFF_BYTES) & ~1;
    if (n < 8)
        return null;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < n; i += 2) {
        if (buf[i] === 0)
            evenNul++;
        if (buf[i + 1] === 0)
            oddNul++;
    }
    const pairs = n / 2;
    if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05)
        return 'utf-16le';
    if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05)
        return 'utf-16be';
    return null;
}
/** Magic numbers of formats that are never articles. */
const MAGIC = [
    { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' }, // %PDF-
    { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
    { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
    { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' }, // GIF8
    { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or an office document)' },
    { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old office document' },
    { bytes: [0x25, 0x21, 0x50, 0x53], what: 'a PostScript document' }, // %!PS
    { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable' }, // ELF
    { bytes: [0x1f, 0x8b], what: 'gzip data' },
    { bytes: [0x42, 0x5a, 0x68], what: 'bzip2 data' }, // BZh
    { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz data' },
    { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd data' },
    { bytes: [0x52, 0x49, 0x46, 0x46], what: 'a RIFF file (image, audio or video)' }, // RIFF
    { bytes: [0x4f, 0x67, 0x67, 0x53], what: 'an Ogg file' },
    { bytes: [0x49, 0x44, 0x33], what: 'an MP3 file' }, // ID3
    { bytes: [0x1a, 0x45, 0xdf, 0xa3], what: 'a Matroska/WebM video' },
    { bytes: [0x00, 0x61, 0x73, 0x6d], what: 'WebAssembly' },
];
/** Refuse bytes that are not text (call before decoding; a UTF-16 BOM or pattern is text). */
export function assertTextBytes(buf) {
    for (const { bytes, what } of MAGIC) {
        if (buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b))
            throw new NewsxError('ENOTARTICLE', `not an article: the input is ${what}`);
    }
    // ftyp box: MP4/MOV/HEIC
    if (buf.length >= 8 && buf[4] === 0x66 && buf[5] === 0x74 && buf[6] === 0x79 && buf[7] === 0x70)
        throw new NewsxError('ENOTARTICLE', 'not an article: the input is a video or image file');
    if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) || sniffUtf16(buf))
        return;
    const n = Math.min(buf.length, SNIFF_BYTES);
    let control = 0;
    let nul = 0;
    for (let i = 0; i < n; i++) {
        const c = buf[i];
        if (c === 0)
            nul++;
        else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b)
            control++;
    }
    if (n > 0 && (control / Math.max(1, n - nul) > BINARY_CONTROL_RATIO || nul / n > BINARY_NUL_RATIO))
        throw new NewsxError('ENOTARTICLE', 'not an article: the input looks like binary data');
}
/** The bytes chardet should look at: text outside markup, from the start of the input. */
function textSample(buf) {
    const n = Math.min(buf.length, SNIFF_BYTES * 4);
    const out = new Uint8Array(Math.min(n, SNIFF_BYTES));
    let len = 0;
    let inTag = false;
    for (let i = 0; i < n && len < out.length; i++) {
        const c = buf[i];
        if (c === 0x3c /* < */)
            inTag = true;
        else if (c === 0x3e /* > */)
            inTag = false;
        else if (!inTag)
            out[len++] = c;
    }
    // nothing outside tags (or not markup at all): use the raw bytes
    return len >= 16 ? out.subarray(0, len) : buf.subarray(0, Math.min(buf.length, SNIFF_BYTES));
}
/** chardet's guess for bytes that are not UTF-8, when confident and a legacy charset. */
export function guessLegacyEncoding(buf) {
    const sample = textSample(buf);
    // bytes 0x80-0x9f are C1 controls in ISO-8859-x: text using them is windows-125x
    const hasC1 = sample.some((b) => b >= 0x80 && b <= 0x9f);
    for (const m of chardet.analyse(sample)) {
        if (m.confidence < GUESS_MIN_CONFIDENCE)
            return null;
        const enc = labelToEncoding(m.name);
        if (enc && hasC1 && enc.startsWith('iso-8859-'))
            continue;
        if (enc && GUESSABLE.has(enc))
            return enc;
        if (enc === 'utf-8')
            continue; // the bytes are not valid UTF-8: skip
        return null;
    }
    return null;
}
export function decodeBytes(buf, httpCharset) {
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
        return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8', from: 'bom' };
    if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
        return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le', from: 'bom' };
    if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
        return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be', from: 'bom' };
    const fromHttp = labelToEncoding(httpCharset);
    const declared = fromHttp ?? sniffMetaCharset(buf);
    const from = fromHttp ? 'http' : 'meta';
    if (declared && declared !== 'utf-8')
        return { text: decodeWith(declared, buf), encoding: declared.replace(/^iconv:/, ''), from };
    const utf16 = sniffUtf16(buf);
    if (utf16 && !declared)
        return { text: new TextDecoder(utf16).decode(buf), encoding: utf16, from: 'utf-16' };
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', from: declared ? from : 'utf-8' };
    }
    catch {
        // declared UTF-8 but invalid: browsers keep UTF-8 and show replacement characters
        if (declared === 'utf-8')
            return { text: new TextDecoder('utf-8').decode(buf), encoding: 'utf-8', from };
    }
    const guess = guessLegacyEncoding(buf);
    if (guess)
        return { text: decodeWith(guess, buf), encoding: guess, from: 'guess' };
    return { text: decodeWith('windows-1252', buf), encoding: 'windows-1252', from: 'fallback' };
}
/** Refuse decoded text that is not an article: PDF text, JSON data. */
export function assertArticleText(text) {
    const head = text.slice(0, 1024).trimStart();
    if (head.startsWith('%PDF-'))
        throw new NewsxError('ENOTARTICLE', 'not an article: the input is a PDF document');
    if (head.startsWith('{') || head.startsWith('[')) {
        if (/^(?:\{\s*"|\[\s*[[{"]|\[\s*\]|\{\s*\})/.test(head) || isJson(text))
            throw new NewsxError('ENOTARTICLE', 'not an article: the input is JSON data');
    }
}
function isJson(text) {
    try {
        const v = JSON.parse(text);
        return typeof v === 'object' && v !== null;
    }
    catch {
        return false;
    }
}
/**
 * Refuse a string that is not text, for inputs that arrive already decoded
 * (NDJSON records): binary data (control or replacement characters), PDF, JSON.
 */
export function assertTextual(text) {
    const n = Math.min(text.length, 8192);
    let control = 0;
    let nul = 0;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0)
            nul++;
        else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0xfffd)
            control++;
    }
    if (n > 0 && (control / Math.max(1, n - nul) > BINARY_CONTROL_RATIO || nul / n > BINARY_NUL_RATIO))
        throw new NewsxError('ENOTARTICLE', 'not an article: the input looks like binary data');
    assertArticleText(text);
}
//# sourceMappingURL=decode.js.map