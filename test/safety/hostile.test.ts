/**
 * Hostile input through the whole pipeline (extract()), and some through the
 * real CLI: every case ends quickly, in a valid result (schema + mention
 * offsets) or a NewsxError of an input kind (EEMPTY, ENOTARTICLE, ETOOBIG).
 * The extractors are behind extract(), so these cases guard them as they grow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_MAX_CHARS, extract, limitParagraphs } from '../../src/pipeline.js';
import { readSource } from '../../src/source/read.js';
import { capDepth, limitNesting, MAX_DOM_DEPTH, textBlocks } from '../../src/page/html/load.js';
import { load } from 'cheerio/slim';
import { outcome } from '../helpers/result.js';
import { ensureBuilt, expectJson, expectOneLineError, runCli } from '../helpers/cli.js';

/** No single hostile case may take longer than this (the CLI contract is 20 s for everything). */
const CASE_BUDGET_MS = 10_000;
const SEED = readFileSync(new URL('../../fixtures/aleppo-ceasefire.txt', import.meta.url), 'utf8');
const SEED_PARAS = SEED.split(/\n\s*\n/).filter((p) => p.trim());
const page = (body: string) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

/** 4 MB of distinct paragraphs (numbered, so no reader drops them as repeats). */
function fourMegabytes(): string[] {
  const paras: string[] = [];
  for (let size = 0, i = 0; size < 4 * 1024 * 1024; i++) {
    const p = `${i}. ${SEED_PARAS[i % SEED_PARAS.length]!.trim()}`;
    paras.push(p);
    size += p.length + 9;
  }
  return paras;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

/**
 * Text crafted against regular expressions, linear scans and the NLP tagger.
 * The sizes the issue names are kept ("Mr. " x 100k, 100k quote marks, 200k
 * digits); the rest are ~50k characters, enough to turn a quadratic step
 * into seconds. `html: true` cases also go through the HTML reader.
 */
const REGEX_BAIT: Record<string, { text: string; html?: boolean }> = {
  'one letter x 200k': { text: 'a'.repeat(200_000) },
  'capitals x 200k': { text: 'A'.repeat(200_000) },
  'digits x 200k': { text: '1'.repeat(200_000) },
  '"Mr. " x 100k': { text: 'Mr. '.repeat(100_000) },
  '"Friday, " x 50k': { text: 'Friday, '.repeat(50_000) },
  'double quotes x 100k': { text: '"'.repeat(100_000), html: true },
  'curly quotes x 100k': { text: '\u201c'.repeat(50_000) + '\u201d'.repeat(50_000) },
  'capital words': { text: 'ALEPPO '.repeat(7_000) },
  'Title Case words': { text: 'Aleppo Syria '.repeat(4_000) },
  '"Dr. John F. "': { text: 'Dr. John F. '.repeat(4_000) },
  'U.S. without spaces': { text: 'U.S.'.repeat(12_500) + ' Then' },
  'numbers': { text: '12 34 5,678 9.5 '.repeat(3_000) },
  'dates': { text: 'January 9, 2026, at 10:00 a.m. '.repeat(1_600) },
  'deadline bait': { text: 'by Friday the deadline until 5 p.m. '.repeat(1_400) },
  'said': { text: 'said '.repeat(10_000) },
  'periods x 100k': { text: 'A' + '.'.repeat(100_000) + ' end' },
  'ellipses': { text: 'Wait… '.repeat(8_000) },
  'exclamations x 30k': { text: '!'.repeat(30_000) + ' Yes' },
  'quoted words': { text: '"Hello," he said. '.repeat(3_000) },
  'unbalanced quotes': { text: ('"Open quote and no close. ' + "'single ").repeat(1_500) },
  'guillemets': { text: '« '.repeat(25_000) },
  'apostrophes x 100k': { text: "'".repeat(100_000) },
  'parens x 100k': { text: '('.repeat(100_000) + 'x' + ')'.repeat(100_000) },
  'dashes': { text: '- '.repeat(10_000) + '—'.repeat(30_000) },
  'spaces then x': { text: ' '.repeat(200_000) + 'x.' },
  'newlines x 30k': { text: 'word\n'.repeat(30_000) },
  'blank lines x 100k': { text: '\n\n'.repeat(100_000) + 'x.' },
  'combining marks': { text: 'a\u0301'.repeat(50_000) },
  'lone surrogates': { text: 'x\ud800'.repeat(20_000) },
  'emoji': { text: '\u{1F600}'.repeat(25_000) },
  'RTL and zero-width': { text: '\u202e\u200b\u200dمرحبا '.repeat(5_000) },
  'dateline bait': { text: 'ERBIL, KURDISTAN REGION OF IRAQ ' + 'ERBIL, '.repeat(4_000) + '- text', html: true },
  'caption bait': { text: 'Photo: ' + 'Photo by: '.repeat(5_000) + 'x', html: true },
  'reading-time bait': { text: '- 1 min read '.repeat(4_000) },
  'tag starts x 7k': { text: '<p '.repeat(7_000) },
  'one 2 MB line': { text: 'The council met again and voted on the budget, officials said '.repeat(32_000) },
};

describe('hostile text through extract()', () => {
  it.each(Object.entries(REGEX_BAIT))('%s ends quickly with a valid result or an input error', (_name, { text, html }) => {
    for (const input of html ? [text, page(`<p>${text.replace(/</g, '&lt;')}</p>`)] : [text]) {
      const { value, ms } = timed(() => outcome(() => extract(input)));
      expect(ms).toBeLessThan(CASE_BUDGET_MS);
      if (value.ok) expect(value.result.article.text.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
    }
  });

  it.each([
    ['an empty string', ''],
    ['spaces and newlines', ' \n\t \r\n  '],
    ['no-break and zero-width spaces', '\u00a0\u200b\ufeff\u2060 \u200c'],
    ['NUL bytes only', '\u0000\u0000\u0000'],
  ])('%s is EEMPTY', (_name, input) => {
    const r = outcome(() => extract(input));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('EEMPTY');
  });

  it.each([
    ['scripts only', page('<script>var a = 1;</script><script>document.write("<p>hi</p>")</script>')],
    ['styles and scripts', `<html><head><style>p { color: red }</style><script>x()</script></head><body><script>y()</script></body></html>`],
    ['an unclosed comment', page('<!-- <p>hidden text in a comment</p>')],
    ['an unclosed script', page('<script>var s = "<p>not text</p>";')],
    ['navigation only', page('<nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>(c) 2026</footer>')],
  ])('a page with no article text (%s) is ENOTARTICLE', (_name, input) => {
    const r = outcome(() => extract(input));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('ENOTARTICLE');
      expect(r.error.message).toBe('no article text found');
    }
  });

  it('strips NUL and control bytes inside text instead of failing', () => {
    const withNul = SEED.replace(/ /g, (m, i: number) => (i % 7 === 0 ? ' \u0000' : i % 11 === 0 ? '\u0001 ' : m));
    const r = outcome(() => extract(withNul));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.result.article.text).not.toMatch(/[\u0000\u0001]/);
      expect(r.result.article.text).toContain('Aleppo');
    }
  });

  it('random binary-looking strings end in a result or an input error', () => {
    let s = 1;
    const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 5; n++) {
      const str = Array.from({ length: 50_000 }, () => String.fromCharCode(Math.floor(rand() * 0xffff))).join('');
      const { ms } = timed(() => outcome(() => extract(str)));
      expect(ms).toBeLessThan(CASE_BUDGET_MS);
    }
  });
});

describe('deeply nested and broken HTML', () => {
  const N = 20_000;
  const cases: Array<[string, string, string | null]> = [
    ['200,000 nested divs (quadratic to parse unless limited)', page('<div>'.repeat(10 * N) + '<p>Very deep text.</p>' + '</div>'.repeat(10 * N)), 'Very deep text.'],
    ['200,000 self-closed divs (not void: they nest)', page('<div/>'.repeat(10 * N) + '<p>After divs.</p>'), 'After divs.'],
    ['20,000 nested divs around a paragraph', page('<div>'.repeat(N) + '<p>Deep text survives here.</p>' + '</div>'.repeat(N)), 'Deep text survives here.'],
    ['20,000 nested spans inside a paragraph', page('<p>Start. ' + '<span>'.repeat(N) + 'Deep inline text.' + '</span>'.repeat(N) + '</p>'), 'Deep inline text.'],
    ['20,000 unclosed <b>', page('<p>Before the storm.</p>' + '<b>'.repeat(N) + '<p>After the storm.</p>'), 'Before the storm.'],
    ['20,000 nested blockquotes', page('<blockquote>'.repeat(N) + '<p>Quoted deep.</p>'), 'Quoted deep.'],
    ['20,000 nested list items', page('<ul><li>'.repeat(N) + 'Item deep.'), null],
    ['20,000 nested tables', page('<table><tr><td>'.repeat(N) + 'Cell deep.'), null],
    ['20,000 nested articles', page('<article>'.repeat(N) + '<p>Article deep.</p>'), 'Article deep.'],
    ['20,000 unclosed <p><div>', page('<p><div>'.repeat(N) + 'x'), null],
    ['deep JSON-LD', page(`<script type="application/ld+json">${'['.repeat(N)}${']'.repeat(N)}</script><p>Body text here.</p>`), 'Body text here.'],
    ['deep JSON-LD objects', page(`<script type="application/ld+json">${'{"a":'.repeat(N)}1${'}'.repeat(N)}</script><p>Body text here.</p>`), 'Body text here.'],
    ['unclosed tags everywhere', page('<p>One <b>two <i>three <a href="x">four <p>Five <div>six <span>seven'), 'One two three four'],
    ['stray closing tags', '</p></div></body></html>'.repeat(1000) + '<p>Real text.</p>', null],
    ['20,000 paragraphs', page('<p>Word.</p>'.repeat(20_000)), 'Word.'],
    ['a 1 MB attribute', page(`<p class="${'x'.repeat(1_000_000)}">Attribute text.</p>`), 'Attribute text.'],
    ['100,000 entities', page(`<p>${'&amp;&#x1F600;&nbsp;&bogus;'.repeat(25_000)}</p>`), null],
    ['a huge <title>', `<html><head><title>${'Title '.repeat(200_000)}</title></head><body><p>Body.</p></body></html>`, 'Body.'],
    ['many <meta> tags', page('<meta property="og:title" content="x">'.repeat(20_000) + '<p>Meta body.</p>'), 'Meta body.'],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    const { value, ms } = timed(() => outcome(() => extract(html, { format: 'html' })));
    expect(ms).toBeLessThan(CASE_BUDGET_MS);
    if (expected !== null) {
      expect(value.ok).toBe(true);
      if (value.ok) expect(value.result.article.text).toContain(expected);
    }
  });

  it('capDepth flattens only what is deeper than the limit, keeping text and order', () => {
    const $ = load(page('<div>'.repeat(300) + '<p>one</p><p>two <b>bold</b></p><script>no()</script>three' + '</div>'.repeat(300) + '<p>shallow</p>'));
    expect(capDepth($)).toBe(1);
    // the flattened subtree holds one <p> per block, in document order, without the script
    const deepPs = $('p').toArray().map((p) => $(p).text());
    expect(deepPs).toEqual(['one', 'two bold', 'three', 'shallow']);
    // depth is now bounded
    let max = 0;
    $('*').each((_i, el) => {
      max = Math.max(max, $(el).parents().length);
    });
    expect(max).toBeLessThanOrEqual(MAX_DOM_DEPTH);
    // a shallow page is untouched
    const $2 = load(page('<div><p>a</p></div>'));
    expect(capDepth($2)).toBe(0);
  });

  it('textBlocks walks 100,000 levels without recursion', () => {
    // built by hand (the node shape domhandler uses): parsing this deep is what limitNesting prevents
    type FakeNode = { type: string; name?: string; data?: string; children: FakeNode[] };
    const root: FakeNode = { type: 'tag', name: 'div', children: [] };
    let el = root;
    for (let i = 0; i < 100_000; i++) {
      const child: FakeNode = { type: 'tag', name: i % 2 ? 'span' : 'div', children: [] };
      el.children.push(child);
      el = child;
    }
    el.children.push({ type: 'text', data: 'bottom', children: [] });
    expect(textBlocks(root as unknown as Parameters<typeof textBlocks>[0])).toEqual(['bottom']);
  });

  it('limitNesting drops start tags beyond the limit, keeps text, and leaves shallow pages alone', () => {
    const shallow = page('<div><p>a</p></div>'.repeat(2000));
    expect(limitNesting(shallow)).toBe(shallow);
    const deep = '<div>'.repeat(1000) + '<p>Deep</p><script>var x = "<div><div>";</script>' + '</div>'.repeat(1000);
    const limited = limitNesting(deep, 100);
    expect(limited.match(/<div>/g)).toHaveLength(100);
    expect(limited).toContain('Deep');
    expect(limited).not.toContain('var x'); // a raw text element beyond the limit goes with its content
    // a raw text element within the limit is skipped, not counted as markup
    const raw = '<script>' + '<div>'.repeat(5000) + '</script><p>after</p>';
    expect(limitNesting(raw, 100)).toBe(raw);
    // implied end tags: 5,000 unclosed <li> and <p> never nest
    const flat = '<ul>' + '<li>item'.repeat(5000) + '</ul>' + '<p>para'.repeat(5000);
    expect(limitNesting(flat, 100)).toBe(flat);
  });
});

describe('the per-article text budget (maxChars)', () => {
  // (the same article as HTML goes through the CLI below)
  it('cuts a 4 MB article with a warning and stays fast', () => {
    for (const input of [fourMegabytes().join('\n\n')]) {
      const { value, ms } = timed(() => outcome(() => extract(input)));
      expect(ms).toBeLessThan(CASE_BUDGET_MS * 2);
      expect(value.ok).toBe(true);
      if (value.ok) {
        expect(value.result.article.text.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
        expect(value.result.article.text.length).toBeGreaterThan(DEFAULT_MAX_CHARS * 0.9);
        expect(value.result.meta.warnings?.[0]).toBe(`the article text was cut at ${DEFAULT_MAX_CHARS} characters (see --max-chars)`);
      }
    }
  });

  it('honours a smaller maxChars, cutting at a word boundary', () => {
    const r = outcome(() => extract(SEED, { maxChars: 1000 }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.result.article.text.length).toBeLessThanOrEqual(1000);
      expect(r.result.meta.warnings).toEqual(['the article text was cut at 1000 characters (see --max-chars)']);
      expect(r.result.article.text).not.toMatch(/\s$/);
    }
    const full = outcome(() => extract(SEED));
    if (full.ok) expect(full.result.meta.warnings).toBeUndefined();
  });

  it('limitParagraphs keeps whole paragraphs while they fit and never splits a surrogate pair', () => {
    expect(limitParagraphs(['aaaa', 'bbbb'], 10)).toEqual({ paragraphs: ['aaaa', 'bbbb'], cut: false });
    expect(limitParagraphs(['aaaa', 'bbbb'], 8)).toEqual({ paragraphs: ['aaaa', 'bb'], cut: true });
    expect(limitParagraphs(['one two three four'], 10)).toEqual({ paragraphs: ['one two'], cut: true });
    const emoji = limitParagraphs(['\u{1F600}\u{1F600}'], 3);
    expect(emoji.paragraphs).toEqual(['\u{1F600}']);
  });
});

describe('hostile files through readSource and the CLI', () => {
  let dir: string;
  const file = (name: string, data: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsx-hostile-'));
    ensureBuilt();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['empty.html', Buffer.alloc(0), 'EEMPTY', /empty\.html: the input is empty$/],
    ['blank.txt', Buffer.from(' \n\n\t \r\n'), 'EEMPTY', /only whitespace/],
    ['random.html', Buffer.from(Array.from({ length: 20_000 }, (_v, i) => (i * 7919 + ((i * i) % 251)) % 256)), 'ENOTARTICLE', /binary data/],
    ['zeros.html', Buffer.alloc(10_000), 'ENOTARTICLE', /binary data/],
    ['doc.html', Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1'), 'ENOTARTICLE', /PDF document/],
    ['image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'ENOTARTICLE', /PNG image/],
    ['data.html', Buffer.from('{"title": "x", "body": [1, 2, 3]}'), 'ENOTARTICLE', /JSON data/],
    ['list.txt', Buffer.from('[{"id": 1}, {"id": 2}]'), 'ENOTARTICLE', /JSON data/],
    ['archive.html', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'ENOTARTICLE', /ZIP/],
    ['bomb.html', gzipSync(Buffer.alloc(64 * 1024 * 1024)), 'ETOOBIG', /decompressed input is larger than 10485760 bytes/],
    ['corrupt.html', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6]), 'EREAD', /corrupt gzip data/],
  ])('%s is refused with a clear error', async (name, data, code, re) => {
    const p = file(name, data);
    await expect(readSource(p)).rejects.toMatchObject({ code, message: expect.stringMatching(re) });
    await expect(readSource(p)).rejects.toMatchObject({ message: expect.stringContaining(p) });
  });

  it('reads gzip under an .html name', async () => {
    const src = await readSource(file('page.html', gzipSync(`<html><body><p>${SEED_PARAS[3]}</p></body></html>`)));
    expect(src.content).toContain(SEED_PARAS[3]);
  });

  it('strips NUL bytes from otherwise-text files', async () => {
    const src = await readSource(file('nul.txt', Buffer.from(SEED.replace(/\. /g, '.\u0000 '))));
    expect(src.content).not.toContain('\u0000');
    expect(src.content).toContain('Aleppo');
  });

  it('refuses a file over --max-bytes before reading it', async () => {
    await expect(readSource(file('big.txt', 'x'.repeat(2000)), { maxBytes: 1000 })).rejects.toMatchObject({ code: 'ETOOBIG' });
  });

  it('caps reading a special file with no size (/dev/zero)', async () => {
    await expect(readSource('/dev/zero', { maxBytes: 100_000 })).rejects.toMatchObject({ code: 'ETOOBIG' });
  });

  it('reports a missing file and a directory', async () => {
    await expect(readSource(join(dir, 'nope.html'))).rejects.toMatchObject({ code: 'ENOENT', message: expect.stringMatching(/no such file$/) });
    await expect(readSource(dir)).rejects.toMatchObject({ code: 'EREAD', message: expect.stringMatching(/is a directory/) });
  });

  // the real binary, a few cases at once (each spawn costs a Node start)
  it('the CLI ends every hostile file in JSON (exit 0) or one line on stderr (exit 1)', async () => {
    const deep = file('deep.html', page('<div>'.repeat(20_000) + '<p>Deep text survives here.</p>' + '</div>'.repeat(20_000)));
    const big = file('big.html', page(`<article>${fourMegabytes().map((p) => `<p>${p}</p>`).join('\n')}</article>`)); // a 4 MB article
    const empty = file('empty.txt', '');
    const binary = file('binary.html', Buffer.from(Array.from({ length: 5000 }, (_v, i) => (i * 31) % 256)));
    const runs = await Promise.all([deep, big, empty, binary].map((p) => runCli([p, '--compact'])));
    for (const r of runs) expect(r.ms).toBeLessThan(20_000);
    const [rDeep, rBig, rEmpty, rBinary] = runs;
    expect(expectJson(rDeep!).article.text).toContain('Deep text survives here.');
    const bigJson = expectJson(rBig!);
    expect(bigJson.article.text.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
    expect(bigJson.meta.warnings[0]).toMatch(/--max-chars/);
    expect(expectOneLineError(rEmpty!)).toMatch(/empty/);
    expect(expectOneLineError(rBinary!)).toMatch(/not an article/);
  });
});
