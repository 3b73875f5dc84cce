/**
 * The seed article end to end, scored with the evaluation rules
 * (shared/eval/README.md) against its gold file in fixtures/gold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { prf, scoreFile, type Gold } from '../../src/eval/score.js';

const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/aleppo-ceasefire.gold.json', import.meta.url), 'utf8')) as Gold;
const text = readFileSync(new URL('../../fixtures/aleppo-ceasefire.txt', import.meta.url), 'utf8');
const result = extract(text, { source: 'seed' });
const score = scoreFile(gold, result);
const f1 = (k: string) => prf(score.counts[k as 'actors']!).f1;
const acc = (k: string) => score.ratios[k]!.right / score.ratios[k]!.total;

describe('seed article', () => {
  it('reads the header, dateline and body right', () => {
    expect(score.article).toEqual({ title: true, published: true, dateline: true, bodyStart: true, bodyEnd: true, bodyExcludes: true });
  });
  it.each(['actors', 'places', 'quotes', 'times'])('%s F1 >= 0.85', (k) => {
    expect(f1(k), score.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
  it('attributes quotes and resolves times', () => {
    expect(acc('quotes.speaker'), score.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(acc('times.value'), score.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
  it('finds the deadline with its local due time', () => {
    const d = result.deadlines.find((x) => /deadline/i.test(x.text));
    expect(d?.due).toMatch(/^2026-01-09T09:00(:00)?\+03:00$/);
    expect(f1('deadlines')).toBe(1);
    expect(result.meta.timezone).toBe('Asia/Damascus');
  });
  it('keeps every mention pointing at its text', () => {
    const all = [...result.actors, ...result.places, ...result.quotes, ...result.times, ...result.deadlines].flatMap((x) => x.mentions);
    expect(all.length).toBeGreaterThan(10);
    for (const m of all) expect(result.article.text.slice(m.start, m.end)).toBe(m.text);
  });
});
