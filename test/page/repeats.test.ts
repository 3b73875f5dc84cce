import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/page/html.js';
import { readText } from '../../src/page/text.js';

const para = (i: number): string =>
  `Paragraph ${i} of the report says the council met on a wet evening and argued about the budget for the ${i}th time, as residents watched from the gallery.`;

const page = (ps: string[]): string =>
  `<html><head><title>Council budget row</title></head><body><article><h1>Council budget row</h1>${ps.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

describe('readHtml: blocks printed again inside a longer paragraph', () => {
  const quote = 'The budget is a promise we make to every household in this town, and we will keep it this year.';
  const ps = [para(1), quote, para(2), `${para(3)} ${quote} She sat down to applause.`, para(4)];
  const a = readHtml(page(ps), null);

  it('drops the copy contained in a longer block (a pull quote) and keeps the longer block', () => {
    expect(a.paragraphs).not.toContain(quote);
    expect(a.pullQuotes).toContain(quote);
    expect(a.paragraphs.some((p) => p.includes(quote) && p.startsWith('Paragraph 3'))).toBe(true);
  });

  it('keeps blocks found nowhere else, and short ones even when repeated inside another', () => {
    const short = 'Vote postponed.';
    const b = readHtml(page([para(1), short, `${para(2)} ${short}`, para(3)]), null);
    expect(b.paragraphs).toContain(short);
    for (const i of [1, 3]) expect(b.paragraphs).toContain(para(i));
  });

  it('keeps a block when only a shorter block holds part of it', () => {
    const long = `${quote} More follows here.`;
    const b = readHtml(page([para(1), long, para(2), quote.slice(0, 60), para(3)]), null);
    expect(b.paragraphs).toContain(long);
  });

  it('handles many paragraphs in linear time', () => {
    const many = Array.from({ length: 6000 }, (_, i) => para(i));
    many.splice(3000, 0, para(10).slice(0, 100));
    const t = performance.now();
    const b = readHtml(page(many), null);
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(b.paragraphs.length).toBe(6000);
    expect(b.pullQuotes).toContain(para(10).slice(0, 100));
  });
});

describe('readText: a block printed twice', () => {
  it('keeps the later copy of a repeated block and reports the pull quote', () => {
    const quote = '"We will rebuild every bridge the flood took from us," the mayor told the crowd on the quay.';
    const a = readText(['Bridges to be rebuilt', para(1), quote, para(2), para(3), quote, para(4)].join('\n\n'));
    expect(a.pullQuotes).toEqual([quote]);
    expect(a.paragraphs.filter((p) => p === quote)).toHaveLength(1);
    expect(a.paragraphs.indexOf(quote)).toBeGreaterThan(a.paragraphs.indexOf(para(3)));
  });

  it('reads a long text (thousands of paragraphs) quickly', () => {
    const ps = Array.from({ length: 8000 }, (_, i) => para(i));
    const t = performance.now();
    const a = readText(ps.join('\n\n'));
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(a.paragraphs.length).toBeGreaterThan(7990);
  });
});
