// Time the pipeline on one long article made of the benchmark pages' texts (paragraphs kept), as text and as HTML.
// Usage: node bench/long.mjs [MB=4] [dist-dir] [--max-chars N|0]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
const mb = Number(process.argv[2] ?? 4);
const dist = resolve(process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : new URL('../dist', import.meta.url).pathname);
const { extract } = await import(resolve(dist, 'pipeline.js'));
const { readPage } = await import(resolve(dist, 'page/index.js'));
const dir = '/work/shared/eval/pages/html';
const paras = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.gz')).sort()) paras.push(...readPage(gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8'), {}).paragraphs);
const out = []; let n = 0;
// paragraphs made unique past the first round (a page reader drops repeated blocks)
for (let i = 0; n < mb * 1e6; i++) { const p = paras[i % paras.length] + (i >= paras.length ? ` Update ${i}.` : ""); out.push(p); n += p.length + 2; }
const text = out.join('\n\n');
const html = `<html><head><title>A long story</title></head><body><article><h1>A long story</h1>${out.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</article></body></html>`;
// --max-chars: default (the pipeline cuts the body at DEFAULT_MAX_CHARS) or a number (0: no cut)
const mc = process.argv.indexOf('--max-chars');
const maxChars = mc > 0 ? Number(process.argv[mc + 1]) || Infinity : undefined;
for (const [kind, content] of [['text', text], ['html', html]]) {
  const t = performance.now();
  const c0 = process.cpuUsage();
  const r = extract(content, { format: kind, published: '2020-01-01', maxChars });
  const c = process.cpuUsage(c0);
  console.log(`${kind} ${(content.length / 1e6).toFixed(1)} MB: ${((performance.now() - t) / 1000).toFixed(1)} s (CPU ${((c.user + c.system) / 1e6).toFixed(1)} s); body ${r.article.text.length} chars, ${r.actors.length} actors, ${r.places.length} places, ${r.times.length} times`);
}
