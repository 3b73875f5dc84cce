/**
 * Bytes to text: BOM, HTTP charset, <meta>, sniffing; refusing non-text;
 * the encoded fixtures (fixtures/encodings, written by make.mjs there).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import {
  assertArticleText,
  assertTextBytes,
  assertTextual,
  charsetFromContentType,
  decodeBytes,
  gunzipCapped,
  guessLegacyEncoding,
  labelToEncoding,
  sniffMetaCharset,
  sniffUtf16,
} from '../../src/source/decode.js';
import { isBlank, stripControlChars } from '../../src/source/clean.js';
import { bytesToSource, readSource } from '../../src/source/read.js';
import { extract } from '../../src/pipeline.js';
import { NewsxError } from '../../src/errors.js';

const fixture = (name: string) => new URL(`../../fixtures/encodings/${name}`, import.meta.url).pathname;
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('the encoded fixtures decode to the right text', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['arabic-windows-1256-meta.html', 'windows-1256', 'الحكومة تعلن خطة اقتصادية جديدة', ['وقال وزير المالية', 'عشرة في المئة']],
    ['arabic-windows-1256-undeclared.html', 'windows-1256', 'الحكومة تعلن خطة اقتصادية جديدة', ['أعلنت الحكومة يوم الاثنين']],
    ['russian-windows-1251-http-equiv.html', 'windows-1251', 'Правительство объявило новые меры', ['министра финансов', 'десять процентов']],
    ['russian-windows-1251-undeclared.html', 'windows-1251', 'Правительство объявило новые меры', ['Правительство в понедельник объявило']],
    ['french-latin1-meta.html', 'windows-1252', 'Le conseil municipal approuve le budget', ['budget élevé pour l\'été', '« Nous avons choisi la qualité »', 'hôtel de ville']],
    ['french-latin1-undeclared.html', 'windows-1252', 'Le conseil municipal approuve le budget', ['a déclaré le maire']],
    ['english-utf16le-bom.html', 'utf-16le', 'Council approves new bridge', ['“It will connect two neighbourhoods,” the mayor said.']],
  ];
  it.each(cases)('%s (%s)', async (name, encoding, title, words) => {
    const src = await readSource(fixture(name));
    expect(src.encoding).toBe(encoding);
    expect(src.content).toContain(title);
    for (const w of words) expect(src.content).toContain(w);
    expect(src.content).not.toContain('\ufffd');
    // and through the pipeline: the body text keeps the words
    const result = extract(src.content, { source: name });
    expect(result.article.title).toBe(title);
    for (const w of words) expect(result.article.text).toContain(w);
  });
});

describe('decodeBytes: the order of evidence', () => {
  const cyrillic = 'Правительство объявило о новых мерах поддержки экономики в понедельник.';
  it('a BOM wins over everything', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<meta charset="windows-1251">ü')]);
    expect(decodeBytes(utf8, 'windows-1256')).toMatchObject({ encoding: 'utf-8', from: 'bom', text: '<meta charset="windows-1251">ü' });
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode('Hé', 'utf16-be')]);
    expect(decodeBytes(be)).toMatchObject({ encoding: 'utf-16be', text: 'Hé' });
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode('Hé', 'utf16le')]);
    expect(decodeBytes(le)).toMatchObject({ encoding: 'utf-16le', text: 'Hé' });
  });

  it('the HTTP charset wins over <meta>', () => {
    const buf = iconv.encode(`<meta charset="utf-8"><p>${cyrillic}</p>`, 'windows-1251');
    expect(decodeBytes(buf, 'windows-1251')).toMatchObject({ encoding: 'windows-1251', from: 'http' });
    expect(decodeBytes(buf, 'windows-1251').text).toContain(cyrillic);
  });

  it('an unknown HTTP charset is ignored, and <meta> is used', () => {
    const buf = iconv.encode(`<meta charset="windows-1251"><p>${cyrillic}</p>`, 'windows-1251');
    expect(decodeBytes(buf, 'no-such-charset')).toMatchObject({ encoding: 'windows-1251', from: 'meta' });
  });

  it('undeclared valid UTF-8 is UTF-8', () => {
    expect(decodeBytes(bytes(`<p>${cyrillic}</p>`))).toMatchObject({ encoding: 'utf-8', from: 'utf-8' });
    expect(decodeBytes(bytes('plain ascii'))).toMatchObject({ encoding: 'utf-8', text: 'plain ascii' });
  });

  it('declared UTF-8 that is invalid stays UTF-8 with replacement characters, as browsers do', () => {
    const buf = new Uint8Array([...Buffer.from('<meta charset=utf-8>caf'), 0xe9]);
    expect(decodeBytes(buf)).toMatchObject({ encoding: 'utf-8', text: '<meta charset=utf-8>caf\ufffd' });
  });

  it('undeclared invalid UTF-8 falls back to a guess or windows-1252', () => {
    expect(decodeBytes(iconv.encode(`<p>${cyrillic}</p>`, 'koi8-r'))).toMatchObject({ encoding: 'koi8-r', from: 'guess' });
    // a lone Western accent: windows-1252
    const w = decodeBytes(new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' au lait')]));
    expect(w).toMatchObject({ encoding: 'windows-1252', text: 'Café au lait' });
    // 0x93/0x94 are curly quotes in windows-1252 (not C1 controls as in latin-1)
    expect(decodeBytes(new Uint8Array([0x93, 0x48, 0x69, 0x94])).text).toBe('\u201cHi\u201d');
  });

  it('UTF-16 without a BOM is recognised by its NUL bytes', () => {
    const le = iconv.encode('<html><body><p>Hello world, this is text.</p></body></html>', 'utf16le');
    expect(sniffUtf16(le)).toBe('utf-16le');
    expect(decodeBytes(le)).toMatchObject({ encoding: 'utf-16le', text: '<html><body><p>Hello world, this is text.</p></body></html>' });
    const be = iconv.encode('Hello world, this is text.', 'utf16-be');
    expect(sniffUtf16(be)).toBe('utf-16be');
    expect(sniffUtf16(bytes('Hello world, this is text.'))).toBeNull();
  });
});

describe('sniffMetaCharset', () => {
  it.each([
    ['<meta charset="windows-1256">', 'windows-1256'],
    ["<META CHARSET='KOI8-R'>", 'koi8-r'],
    ['<meta charset=cp1251>', 'windows-1251'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 'windows-1252'],
    ['<meta content="text/html;charset=Shift_JIS" http-equiv="content-type">', 'shift_jis'],
    ['<meta name="viewport" content="width=device-width"><meta charset="gb2312">', 'gbk'],
    ['<meta charset="utf-16">', 'utf-8'], // as the HTML spec says
    ['<meta charset="x-user-defined">', 'windows-1252'],
    ['<meta charset="bogus">', null],
    ['<meta name="description" content="charset=windows-1251 is a word here">', null],
    ['<p>no meta at all</p>', null],
  ])('%s -> %s', (html, expected) => {
    expect(sniffMetaCharset(bytes(`<html><head>${html}</head></html>`))).toBe(expected);
  });

  it('looks only at the first 8 kB, linearly', () => {
    expect(sniffMetaCharset(bytes(' '.repeat(9000) + '<meta charset="windows-1251">'))).toBeNull();
    expect(sniffMetaCharset(bytes('<meta '.repeat(100_000)))).toBeNull();
  });
});

describe('labels and headers', () => {
  it.each([
    ['windows-1256', 'windows-1256'],
    ['latin1', 'windows-1252'],
    ['ISO-8859-1', 'windows-1252'],
    ['"utf-8"', 'utf-8'],
    ['utf-32', 'iconv:utf-32'],
    ['', null],
    ['nonsense', null],
  ])('labelToEncoding(%s) = %s', (label, enc) => {
    expect(labelToEncoding(label)).toBe(enc);
  });

  it.each([
    ['text/html; charset=windows-1251', 'windows-1251'],
    ['text/html;charset="UTF-8"', 'UTF-8'],
    ['text/html; boundary=x; charset=koi8-r', 'koi8-r'],
    ['text/html', null],
    [null, null],
  ])('charsetFromContentType(%s) = %s', (ct, cs) => {
    expect(charsetFromContentType(ct)).toBe(cs);
  });

  it('guessLegacyEncoding reads the text outside the markup', () => {
    const html = iconv.encode(`<html><head><title>x</title><style>body{margin:0}</style></head><body><p>Москва. Правительство объявило в понедельник о новых мерах.</p></body></html>`, 'windows-1251');
    expect(guessLegacyEncoding(html)).toBe('windows-1251');
  });
});

describe('refusing what is not text, cleaning what is', () => {
  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], /PDF/],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], /PNG/],
    [[0xff, 0xd8, 0xff, 0xe0], /JPEG/],
    [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], /GIF/],
    [[0x50, 0x4b, 0x03, 0x04], /ZIP/],
    [[0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70], /video or image/],
    [[0x7f, 0x45, 0x4c, 0x46, 2, 1], /executable/],
  ])('magic number %j', (magic, re) => {
    expect(() => assertTextBytes(new Uint8Array([...magic, ...Buffer.from('rest of the file')]))).toThrow(re);
  });

  it('binary data by its control bytes; text with a few NULs passes', () => {
    const random = new Uint8Array(4096).map((_v, i) => (i * 2654435761) >>> 24);
    expect(() => assertTextBytes(random)).toThrow(/binary data/);
    expect(() => assertTextBytes(new Uint8Array(1000))).toThrow(/binary data/);
    const text = Buffer.from('An ordinary sentence with a stray NUL.\u0000 And another one.\u0000\u0001');
    expect(() => assertTextBytes(text)).not.toThrow();
    // UTF-16 is half NULs, and still text
    expect(() => assertTextBytes(iconv.encode('plenty of plain text here', 'utf16le'))).not.toThrow();
  });

  it('stripControlChars removes NUL and C0 controls but keeps whitespace', () => {
    expect(stripControlChars('a\u0000b\u0001c\td\ne\r\nf\u000bg\u000ch\u007fi\u001bj')).toBe('abc\td\ne\r\nf\u000bg\u000chij');
  });

  it('isBlank counts no-break and zero-width spaces as blank', () => {
    expect(isBlank(' \u00a0\u200b\ufeff\n')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });

  it.each(['{"a": 1}', '  [ {"a": 1} ]', '[]', '{}', '{"truncated": "json', '[1, 2, 3]'])('assertArticleText refuses JSON: %s', (s) => {
    expect(() => assertArticleText(s)).toThrow(/JSON data/);
  });

  it.each(['[Reuters] Ministers met on Friday.', '{Update} Ministers met.', '[1] A footnote', 'Plain text'])('assertArticleText accepts text: %s', (s) => {
    expect(() => assertArticleText(s)).not.toThrow();
  });

  it('assertTextual refuses decoded strings that are binary, PDF or JSON (batch records)', () => {
    expect(() => assertTextual('An ordinary paragraph of news text.')).not.toThrow();
    expect(() => assertTextual('\ufffd\u0001\u0002'.repeat(100) + 'x')).toThrow(/binary data/);
    expect(() => assertTextual('%PDF-1.4 ...')).toThrow(/PDF/);
    expect(() => assertTextual('{"a": [1, 2]}')).toThrow(/JSON/);
  });

  it('gunzipCapped stops a gzip bomb at the cap', () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
    expect(() => gunzipCapped(bomb, 1024 * 1024)).toThrow(expect.objectContaining({ code: 'ETOOBIG' }));
    expect(gunzipCapped(gzipSync('hello'), 100).toString()).toBe('hello');
  });

  it('bytesToSource: gzip in, text out; empty in, EEMPTY out', () => {
    expect(bytesToSource('x', gzipSync('<p>Zipped text</p>')).content).toBe('<p>Zipped text</p>');
    expect(() => bytesToSource('x', new Uint8Array(0))).toThrow(NewsxError);
    expect(() => bytesToSource('x', gzipSync(''))).toThrow(/empty/);
    expect(() => bytesToSource('x', Buffer.from('\u0000\u0000 \n'))).toThrow(/binary|empty/);
  });
});
