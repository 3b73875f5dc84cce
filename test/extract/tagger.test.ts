import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// a separate, untouched compromise instance (ES module source) to compare with
import nlp from 'compromise';
import { hasMatcherInternals, nlp as shared, tagText, withChunks } from '../../src/extract/tagger.js';
import { createContext, nlpExtent, NLP_MAX_CHARS } from '../../src/extract/context.js';
import { buildDocument } from '../../src/document/document.js';

type Term = { text: string; tags: Set<string>; offset: { start: number; length: number }; chunk?: string };
const terms = (view: ReturnType<typeof nlp>): Term[] => {
  view.compute('offset');
  return (view as unknown as { document: Term[][] }).document.flat();
};
const sig = (view: ReturnType<typeof nlp>): string[] => terms(view).map((t) => `${t.offset.start}:${t.text}:${[...t.tags].sort().join(',')}`);

const seed = readFileSync(new URL('../../fixtures/aleppo-ceasefire.txt', import.meta.url), 'utf8');
const samples = [
  seed,
  "The minister, who didn't attend, said on Tuesday that Kurdish-led forces would withdraw by Friday's deadline.",
  'Dr. Jane Smith-Jones of the U.S. Food and Drug Administration (FDA) told reporters: "We are not there yet."',
  'Prices rose 3.5% in the second quarter; analysts had expected 2%, according to a Reuters poll of 40 economists.',
  "She'd been running, jumping and swimming since she was 7 - and won't stop now, her coach said.",
  'Is it over? No! The 1990s-era law, first passed in 1994, is still on the books in 12 states.',
  'Barack Obama met Angela Merkel in Berlin on 3 March 2016, the White House said.',
];

describe('tagText: the same tags as compromise', () => {
  it.each(samples.map((s, i) => [i, s]))('sample %i', (_i, text) => {
    expect(sig(tagText(text as string))).toEqual(sig(nlp(text as string)));
  });

  it.each([
    ['a run-on sentence', 'John Smith said that '.repeat(200)],
    ['contractions in a long piece', "He didn't say he'd go to the old market in New York and the big red barn near Paris where we've been ".repeat(12)],
  ])('same tags on a long piece without commas: %s', (_what, text) => {
    expect(sig(tagText(text))).toEqual(sig(nlp(text)));
  });

  it('tags a long run-on sentence in linear time', () => {
    const t = performance.now();
    tagText('the big dog '.repeat(8000));
    const small = performance.now() - t;
    const t2 = performance.now();
    tagText('the big dog '.repeat(32000));
    const big = performance.now() - t2;
    // 4x the text; a quadratic matcher took ~16x
    expect(big).toBeLessThan(Math.max(small * 9, 5000));
  });

  it('leaves out phrase chunks until asked, then adds those of a full parse', () => {
    const text = samples[1]!;
    const v = tagText(text);
    expect(terms(v).some((t) => !t.chunk)).toBe(true);
    withChunks(v);
    expect(terms(v).map((t) => t.chunk)).toEqual(terms(nlp(text)).map((t) => t.chunk));
  });

  it('leaves the shared compromise usable as before (hooks restored)', () => {
    tagText('A test.');
    expect(shared('The old man walked home.').nouns().length).toBeGreaterThan(0);
    expect(shared.hooks()).toContain('chunks');
    expect(sig(shared(samples[2]!))).toEqual(sig(nlp(samples[2]!)));
  });

  it("uses compromise's own matcher modules (the fast path)", () => {
    expect(hasMatcherInternals).toBe(true);
  });
});

describe('ExtractContext parse', () => {
  const article = { paragraphs: [], title: null, published: null, authors: [], dateline: null, format: 'text' as const };
  it('shares one parse between tagged() and nlp(), and nlp() is a full View', () => {
    const doc = buildDocument(['The mayor said the bridge would reopen.', 'Residents cheered.']);
    const ctx = createContext(doc, article, null);
    const t = ctx.tagged();
    const v = ctx.nlp();
    expect(v).toBe(t);
    expect(v.people).toBeTypeOf('function');
    expect(v.nouns().out('array').length).toBeGreaterThan(0);
    expect(ctx.nlpEnd).toBe(doc.text.length);
  });

  it('tags a very long document up to a paragraph break before the limit', () => {
    const para = 'The council met again on Tuesday and the mayor spoke for an hour about roads.';
    const doc = buildDocument(Array.from({ length: Math.ceil((NLP_MAX_CHARS * 1.5) / (para.length + 2)) }, () => para));
    const ctx = createContext(doc, article, null);
    expect(ctx.nlpEnd).toBeLessThanOrEqual(NLP_MAX_CHARS);
    expect(ctx.nlpEnd).toBeGreaterThan(NLP_MAX_CHARS - para.length - 3);
    expect(doc.text.slice(ctx.nlpEnd, ctx.nlpEnd + 2)).toBe('\n\n');
    const ts = terms(ctx.tagged());
    const last = ts[ts.length - 1]!;
    expect(last.offset.start + last.offset.length).toBeLessThanOrEqual(ctx.nlpEnd);
    expect(doc.text.slice(last.offset.start, last.offset.start + last.offset.length)).toBe(last.text);
  });

  it.each([
    ['short text', 'abc def', 100, 7],
    ['paragraph break', `${'a'.repeat(70)}\n\n${'b'.repeat(70)}`, 100, 70],
    ['sentence end', `${'word '.repeat(12)}end. ${'more '.repeat(20)}`, 100, 64],
    ['word break', 'word '.repeat(40), 100, 100 - 1 - ((100 - 1) % 5) + 4],
  ])('nlpExtent: %s', (_what, text, max, want) => {
    expect(nlpExtent(text as string, max as number)).toBe(want);
  });
});
