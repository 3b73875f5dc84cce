// Renders the seed article's annotated HTML view in headless chromium and saves docs/seed-html.png.
// Usage: npm run build && node scripts/screenshot.mjs [input] [output.png]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { extract } from '../dist/pipeline.js';
import { renderHtml } from '../dist/output/html.js';

const input = process.argv[2] ?? 'fixtures/aleppo-ceasefire.txt';
const output = process.argv[3] ?? 'docs/seed-html.png';
const html = renderHtml(extract(readFileSync(input, 'utf8'), { source: input }));
const file = join(tmpdir(), 'newsx-screenshot.html');
writeFileSync(file, html);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.goto('file://' + file);
mkdirSync('docs', { recursive: true });
await page.screenshot({ path: output, fullPage: false });
await browser.close();
console.log(`wrote ${output}`);
