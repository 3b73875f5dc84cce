/**
 * The annotated HTML page in a real headless browser (Debian's chromium,
 * driven by playwright-core): the highlights are there and visible.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { ResultSchema } from '../../src/schema.js';
import { renderHtml } from '../../src/output/html.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const sample = ResultSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/results/sample.result.json', import.meta.url), 'utf8')));

describe('html view in headless chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every kind of highlight, visibly, with its tooltip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsx-html-'));
    const file = join(dir, 'view.html');
    writeFileSync(file, renderHtml(sample));
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) external.push(r.url());
    });
    await page.goto('file://' + file);
    for (const kind of ['actor', 'place', 'quote', 'time', 'deadline']) {
      const loc = page.locator(`#text .k-${kind}`).first();
      await expect(loc.isVisible()).resolves.toBe(true);
      const box = await loc.boundingBox();
      expect(box && box.width > 0 && box.height > 0).toBe(true);
      const bg = await loc.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    }
    const title = await page.locator('#text .k-actor', { hasText: 'Tom Barrack' }).first().getAttribute('title');
    expect(title).toContain('US Special Envoy for Syria');
    await expect(page.locator('aside h2').count()).resolves.toBe(5);
    expect(external).toEqual([]);
    await page.close();
  }, 60_000);
});
