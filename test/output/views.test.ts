import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ResultSchema } from '../../src/schema.js';
import { renderPretty, excerpt } from '../../src/output/pretty.js';
import { renderHtml } from '../../src/output/html.js';
import { colorLevel } from '../../src/output/color.js';
import { jsonSchema } from '../../src/cli/schema.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

const sample = ResultSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/results/sample.result.json', import.meta.url), 'utf8')));
const ESC = /\u001b\[/;

describe('terminal view', () => {
  it('shows actors, quotes and the deadline, in colour when asked', () => {
    const s = renderPretty(sample, { colorLevel: 1 });
    expect(s).toMatch(ESC);
    const plain = s.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toContain('Tom Barrack');
    expect(plain).toContain('US Special Envoy for Syria');
    expect(plain).toContain('“We are working intensively,”');
    expect(plain).toContain('due 2026-01-09 09:00+03:00');
    expect(plain).toContain('2026-01-09 06:00 UTC');
    expect(plain).toContain('9 h after the start of the publication day');
  });
  it('prints the warnings under the header', () => {
    const warned = { ...sample, meta: { ...sample.meta, warnings: ['no publication date found: relative times ("Friday", "yesterday") are not resolved (see --published)'] } };
    const plain = renderPretty(warned, { colorLevel: 0 });
    expect(plain).toContain('! no publication date found');
    expect(plain.split('\n').every((l) => l.length <= 80)).toBe(true);
  });
  it('prints a due without seconds whole (hours and minutes)', () => {
    const noSeconds = { ...sample, deadlines: sample.deadlines.map((d) => ({ ...d, due: '2026-01-09T09:00+03:00' })) };
    const plain = renderPretty(noSeconds, { colorLevel: 0 });
    expect(plain).toContain('due 2026-01-09 09:00+03:00');
    const utc = { ...sample, deadlines: sample.deadlines.map((d) => ({ ...d, due: '2026-01-09T17:30:00Z' })) };
    expect(renderPretty(utc, { colorLevel: 0 })).toContain('due 2026-01-09 17:30Z');
  });
  it('has no escape codes at level 0 and fits 80 columns', () => {
    const s = renderPretty(sample, { colorLevel: 0 });
    expect(s).not.toMatch(ESC);
    for (const line of s.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
  it('cuts an excerpt around a mention', () => {
    const text = 'a'.repeat(200) + 'TARGET' + 'b'.repeat(200);
    const e = excerpt(text, { start: 200, end: 206 }, 40, (x) => `[${x}]`);
    expect(e).toContain('[TARGET]');
    expect(e.length).toBeLessThanOrEqual(42);
  });
});

describe('colour decision', () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  const pipe = { isTTY: false } as NodeJS.WriteStream;
  it.each([
    [tty, undefined, { NO_COLOR: '1' }, 0],
    [tty, false, {}, 0],
    [pipe, undefined, {}, 0],
    [pipe, undefined, { FORCE_COLOR: '1' }, 1],
    [tty, undefined, { FORCE_COLOR: '0' }, 0],
  ])('%#', (stream, flag, env, level) => expect(colorLevel(stream, flag as boolean | undefined, env as NodeJS.ProcessEnv)).toBe(level));
});

describe('html view', () => {
  const html = renderHtml(sample);
  it('is self-contained', () => {
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=|<link\b|@import|url\(|@font-face/i);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });
  it('highlights every mention with its value in the tooltip', () => {
    expect(html).toMatch(/class="m k-actor"[^>]*title="Actor: Tom Barrack/);
    expect(html).toContain('Time: 9 am local time on Friday = 2026-01-09T09:00+03:00');
    expect(html).toContain('speaker: Tom Barrack');
    expect(html).toContain('deadline due 2026-01-09T09:00:00+03:00');
  });
  it('escapes the article text', () => {
    const evil = { ...sample, article: { ...sample.article, text: '<script>alert(1)</script>', title: '<b>x</b>' }, actors: [], places: [], quotes: [], times: [], deadlines: [] };
    const h = renderHtml(evil);
    expect(h).not.toContain('<script>alert');
    expect(h).toContain('&lt;script&gt;');
  });
});

describe('JSON Schema', () => {
  it('validates a result and rejects a broken one', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(jsonSchema());
    expect(validate(JSON.parse(JSON.stringify(sample)))).toBe(true);
    expect(validate({ ...sample, actors: [{ id: 'a1' }] })).toBe(false);
  });
});
