import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/page/text.js';
import { looksLikeHtml } from '../../src/page/index.js';

const seed = readFileSync(new URL('../../fixtures/aleppo-ceasefire.txt', import.meta.url), 'utf8');

describe('readText on the seed article', () => {
  const a = readText(seed);
  it('finds the header', () => {
    expect(a.section).toBe('News');
    expect(a.title).toBe('Ceasefire takes hold in Aleppo; US pushes to extend truce');
    expect(a.published).toBe('2026-01-09');
    expect(a.publishedText).toBe('Jan. 09, 2026');
    expect(a.dateline).toEqual({ text: 'ERBIL, Kurdistan Region of Iraq' });
  });
  it('starts the body after the dateline and drops furniture', () => {
    expect(a.paragraphs[0]).toMatch(/^The Syrian defense ministry early Friday announced/);
    expect(a.paragraphs.at(-1)).toMatch(/ethnic and religious minorities\.$/);
    const body = a.paragraphs.join('\n');
    for (const f of ['NEWSLETTER', 'inbox', 'min read', 'Image of', 'Photo: AFP']) expect(body).not.toContain(f);
    expect(a.captions?.[0]).toMatch(/^Image of/);
  });
  it('counts the pull quote once', () => {
    expect(a.pullQuotes).toHaveLength(1);
    const body = a.paragraphs.join('\n');
    expect(body.split('Out of complete concern').length - 1).toBe(1);
  });
  it('folds non-breaking-space lines', () => {
    expect(a.paragraphs.every((p) => p.trim().length > 0 && !p.includes('\u00a0'))).toBe(true);
  });
});

describe('readText generally', () => {
  it.each([
    ['KABUL, Afghanistan (AP) — Officials said on Monday.', 'KABUL, Afghanistan'],
    ['WASHINGTON (Reuters) - The Senate voted.', 'WASHINGTON'],
    ['NEW YORK — A fire broke out.', 'NEW YORK'],
    ['LONDON, March 3 (Reuters) - The prime minister urged lawmakers.', 'LONDON, March 3'],
    ['PARIS, 12 May (AFP) — Talks resumed.', 'PARIS, 12 May'],
  ])('dateline in %s', (line, dateline) => {
    const a = readText(`Some headline here\n\n${line}\n\nSecond paragraph.`);
    expect(a.dateline?.text).toBe(dateline);
    expect(a.paragraphs[0]).not.toContain(dateline);
  });
  it('keeps bare body text whole when there is no header', () => {
    const a = readText('The company said profits rose. Shares fell.\n\nAnalysts were surprised.');
    expect(a.title).toBeNull();
    expect(a.dateline).toBeNull();
    expect(a.paragraphs).toEqual(['The company said profits rose. Shares fell.', 'Analysts were surprised.']);
  });
  it.each(['Talks would resume', 'The minister said talks would resume. again'])('a text that is one title-like line is the body: %s', (t) => {
    const a = readText(t);
    expect(a.title).toBeNull();
    expect(a.paragraphs).toEqual([t]);
  });
  it.each([
    ['Storm hits coast\n\nBy Jane Smith\n\nMIAMI — Power failed on Monday.', ['Jane Smith']],
    ['Storm hits coast\n\nBy Jane M. Smith and Ali Khan, Reuters\n\nPower failed on Monday.', ['Jane M. Smith', 'Ali Khan']],
    ['By Jane Smith\n\nPower failed on Monday.', ['Jane Smith']],
  ])('reads a byline line into authors and out of the body: %s', (t, authors) => {
    const a = readText(t);
    expect(a.authors).toEqual(authors);
    expect(a.paragraphs.join(' ')).not.toMatch(/\bBy\b/);
    expect(a.paragraphs.at(-1)).toBe('Power failed on Monday.');
  });
  it('leaves sentences that start with "By" in the body', () => {
    const a = readText('Storm hits coast\n\nBy Monday the power had failed.\n\nCrews worked.');
    expect(a.authors).toEqual([]);
    expect(a.paragraphs[0]).toBe('By Monday the power had failed.');
  });
  it('still takes a title when a body follows it', () => {
    const a = readText('Talks would resume\n\nThe minister said so on Monday.');
    expect(a.title).toBe('Talks would resume');
    expect(a.paragraphs).toEqual(['The minister said so on Monday.']);
  });
  it('does not take a sentence-initial capital word for a dateline', () => {
    const a = readText('Title\n\nThe mayor - who was late - spoke.');
    expect(a.dateline).toBeNull();
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', true],
    ['<div><p>One</p><p>Two</p></div>', true],
    ['Plain text with a < sign and a > sign.', false],
  ])('%s', (s, expected) => expect(looksLikeHtml(s)).toBe(expected));
});

describe('readText on wire copy', () => {
  it('reads a dateline printed on its own line and keeps the first sentence as body', () => {
    const a = readText('JOHANNESBURG, August 7 (Xinhua) --\n\nSouth Africa deplored Friday the bomb blasts.\n\nA statement followed.');
    expect(a.title).toBeNull();
    expect(a.dateline).toEqual({ text: 'JOHANNESBURG, August 7' });
    expect(a.paragraphs[0]).toBe('South Africa deplored Friday the bomb blasts.');
  });
  it('does not take a sentence about today for a date line', () => {
    const a = readText("Now for today's geography quiz.\n\nWhere is Tirana?");
    expect(a.published).toBeNull();
    expect(a.paragraphs[0]).toBe("Now for today's geography quiz.");
  });
});
