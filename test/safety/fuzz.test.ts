/**
 * Property-based tests (fast-check, fixed seed, bounded runs): random and
 * mutated HTML and text go through extract(); each run must end within a
 * time limit in a schema-valid result whose every mention slices
 * article.text to its own text, or in a NewsxError of an input kind.
 * Failures print the seed and the shrunk counterexample.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { load } from 'cheerio/slim';
import { extract, limitParagraphs } from '../../src/pipeline.js';
import { buildDocument } from '../../src/document/document.js';
import { limitNesting } from '../../src/page/html/load.js';
import { bytesToSource } from '../../src/source/read.js';
import { NewsxError } from '../../src/errors.js';
import { outcome, INPUT_ERROR_CODES } from '../helpers/result.js';

const SEED = 20260109;
/** One extract() on a fuzzed input of a few kB must not take longer than this. */
const RUN_LIMIT_MS = 3000;
/** Hard cap on each property's total time (runs stop early, without failing, past it). */
const PROPERTY_LIMIT_MS = 10_000;
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, interruptAfterTimeLimit: PROPERTY_LIMIT_MS, endOnFailure: true });

const SEED_TEXT = readFileSync(new URL('../../fixtures/aleppo-ceasefire.txt', import.meta.url), 'utf8');
const SEED_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ceasefire</title>
<meta property="article:published_time" content="2026-01-09T08:00:00+03:00"></head><body><article>
${SEED_TEXT.split(/\n\s*\n/)
  .map((p) => `<p>${p.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
  .join('\n')}
</article></body></html>`;

/** Pieces news pages and hostile pages are made of. */
const TOKENS = [
  '<p>', '</p>', '<div>', '</div>', '<span>', '</span>', '<b>', '</b>', '<a href="/x">', '</a>', '<br>', '<br/>', '<h1>', '</h1>',
  '<article>', '</article>', '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<![CDATA[', ']]>', '<svg>', '</svg>',
  '<li>', '<ul>', '</ul>', '<table><tr><td>', '<blockquote>', '</blockquote>', '<time datetime="2026-01-09">', '</time>',
  '<meta property="og:title" content="T">', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-09"}</script>',
  '&amp;', '&nbsp;', '&#8220;', '&#x201D;', '&bogus;', '&', '<', '>', '"', "'", '“', '”', '‘', '’', '«', '»', '—', '–', '-', '…',
  '.', '. ', '!', '?', ',', ':', ';', '(', ')', '[', ']', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u200b', '\u0000', '\ufeff',
  'Mr. ', 'Dr. ', 'U.S. ', 'Gen. ', 'said', ' said ', 'told reporters', 'according to', 'Friday, ', 'on Friday', 'Jan. 9, 2026',
  'at 3 p.m.', '10:00', 'by Monday', 'deadline', 'within 48 hours', 'next week', 'ALEPPO, Syria — ', 'WASHINGTON (Reuters) - ',
  'Ahmed al-Sharaa', 'Tom Barrack', 'the Syrian Defense Ministry', 'Kurdish', 'Aleppo', 'Damascus', 'Syria', 'Iraq', 'the SDF',
  'The', 'ceasefire', 'officials', 'and', 'of', 'in', '2026', '1', '42', '3.5', '%', 'Photo: AFP', '2 min read', 'Advertisement',
];

const tokenSoup = (maxLength: number) => fc.array(fc.constantFrom(...TOKENS), { maxLength }).map((t) => t.join(''));

type Mutation = { at: number; del: number; insert: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat({ max: 200 }),
  insert: fc.oneof(tokenSoup(8), fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 })),
});
function mutate(base: string, muts: Mutation[]): string {
  let s = base;
  for (const m of muts) {
    const at = Math.floor(m.at * s.length);
    s = s.slice(0, at) + m.insert + s.slice(at + m.del);
  }
  return s;
}

/** extract() must end in time, in a valid result or an input error. */
function checkExtract(input: string, format?: 'html' | 'text'): void {
  const t = performance.now();
  outcome(() => extract(input, format ? { format } : {}));
  const ms = performance.now() - t;
  if (ms > RUN_LIMIT_MS) throw new Error(`extract took ${Math.round(ms)} ms (limit ${RUN_LIMIT_MS} ms)`);
}

describe('fuzzing extract()', () => {
  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 })), (s) => {
        checkExtract(s);
      }),
      params(200),
    );
  });

  it('token soup, read as HTML and as text', () => {
    fc.assert(
      fc.property(tokenSoup(600), fc.constantFrom<'html' | 'text' | undefined>('html', 'text', undefined), (s, format) => {
        checkExtract(s, format);
      }),
      params(200),
    );
  });

  it('the seed article, mutated, as text and as HTML', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.boolean(), (muts, html) => {
        checkExtract(mutate(html ? SEED_HTML : SEED_TEXT, muts));
      }),
      params(100),
    );
  });

  it('the seed article, unmutated, gives a valid result with text', () => {
    // the properties above also accept errors: make sure the base cases succeed
    for (const input of [SEED_TEXT, SEED_HTML]) {
      const r = outcome(() => extract(input));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.result.article.text).toContain('Aleppo');
    }
  });
});

describe('fuzzing the guards', () => {
  function domDepth(html: string): number {
    const $ = load(html);
    let max = 0;
    const stack: Array<[any, number]> = [[$.root()[0], 0]];
    while (stack.length) {
      const [node, d] = stack.pop()!;
      if (d > max) max = d;
      for (const c of node.children ?? []) stack.push([c, d + 1]);
    }
    return max;
  }
  const OPENERS = ['<div>', '<span>', '<b>', '<p>', '<li>', '<td>', '<tr>', '<svg>', '<math>', '<mi>', '<option>', '<select>', '<dd>', '<h2>', '<DIV class="a>b">', '<div/>', '<path/>', '<table>', '<ul>', '<form>', '<x-y>', '<title>', '<script>'];
  const OTHERS = ['</div>', '</span>', '</p>', '</li>', '</svg>', '</math>', '</mi>', '</td>', '</title>', '</script>', '<br>', '<img>', '</br>', 'text', '<!--', '-->', '</ x>', '<', '"', '<![CDATA[', ']]>', '<?pi?>'];
  const soup = fc
    .tuple(fc.double({ min: 0.5, max: 0.97, noNaN: true }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat()), { minLength: 100, maxLength: 1500 }))
    .map(([pOpen, picks]) => picks.map(([r, k]) => (r < pOpen ? OPENERS[k % OPENERS.length] : OTHERS[k % OTHERS.length])).join(''));

  it('limitNesting keeps the parsed tree within its depth limit', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const depth = domDepth(limitNesting(html, 40));
        // the document root adds one level
        if (depth > 41) throw new Error(`depth ${depth} > 41`);
      }),
      params(150),
    );
  });

  it('limitNesting changes nothing in markup that is shallow enough', () => {
    fc.assert(
      fc.property(soup, (html) => {
        if (domDepth(html) <= 30) expect(limitNesting(html, 40)).toBe(html);
      }),
      params(100),
    );
  });

  it('sentence spans are ordered, inside their paragraph, and trimmed', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(tokenSoup(60), fc.string({ maxLength: 200 })), { maxLength: 8 }), (paras) => {
        const doc = buildDocument(paras);
        let last = 0;
        for (const s of doc.sentences) {
          const p = doc.paragraphs[s.paragraph]!;
          expect(s.start).toBeGreaterThanOrEqual(Math.max(last, p.start));
          expect(s.end).toBeLessThanOrEqual(p.end);
          expect(s.end).toBeGreaterThan(s.start);
          expect(doc.text.slice(s.start, s.end)).toBe(doc.text.slice(s.start, s.end).trim());
          last = s.end;
        }
      }),
      params(200),
    );
  });

  it('limitParagraphs never exceeds maxChars and keeps a prefix', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 20 }), fc.integer({ min: 1, max: 3000 }), (paras, max) => {
        const { paragraphs, cut } = limitParagraphs(paras, max);
        const joined = paragraphs.join('\n\n');
        expect(joined.length).toBeLessThanOrEqual(max);
        if (!cut) expect(paragraphs).toEqual(paras);
        paragraphs.forEach((p, i) => expect(paras[i]!.startsWith(p)).toBe(true));
      }),
      params(200),
    );
  });

  it('bytesToSource turns any bytes into text or an input error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        try {
          const src = bytesToSource('fuzz', bytes);
          expect(src.content).not.toMatch(/[\u0000-\u0008]/);
        } catch (err) {
          if (!(err instanceof NewsxError) || !(INPUT_ERROR_CODES.has(err.code) || err.code === 'EREAD')) throw err;
        }
      }),
      params(200),
    );
  });
});
