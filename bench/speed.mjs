// Speed of the whole pipeline over the benchmark pages, one core, plus a per-stage breakdown.
// Usage: npx tsc -p . && node bench/speed.mjs [dir-of-html.gz] [--stages] [--repeat N]
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
const root = new URL('../dist/', import.meta.url);
const tLoad = performance.now();
const { extract, extractFromPage } = await import(new URL('pipeline.js', root));
const loadMs = performance.now() - tLoad;
const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--repeat') ?? '/work/shared/eval/pages/html';
const repeat = Number(args[args.indexOf('--repeat') + 1]) || 1;
const files = readdirSync(dir).filter((f) => f.endsWith('.gz') || f.endsWith('.html')).sort();
const pages = files.map((f) => { const b = readFileSync(`${dir}/${f}`); return (f.endsWith('.gz') ? gunzipSync(b) : b).toString('utf8'); });
// warm-up: one page (JIT, lazy data)
try { extract(pages[0]); } catch {}
let best = Infinity; let bestCpu = Infinity; let chars = 0; let errors = 0; let slow = [];
for (let r = 0; r < repeat; r++) {
  const c0 = process.cpuUsage(); const t0 = performance.now(); chars = 0; errors = 0; slow = [];
  for (const [i, p] of pages.entries()) {
    const t = performance.now();
    try { chars += extract(p).article.text.length; } catch { errors++; }
    slow.push([performance.now() - t, files[i]]);
  }
  best = Math.min(best, performance.now() - t0);
  const c = process.cpuUsage(c0); bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
}
console.log(`load ${loadMs.toFixed(0)} ms; ${pages.length} pages in ${best.toFixed(0)} ms = ${(pages.length / best * 1000).toFixed(1)} pages/s (best of ${repeat}); CPU ${bestCpu.toFixed(0)} ms = ${(pages.length / bestCpu * 1000).toFixed(1)} pages/CPU-s; body chars ${chars}; errors ${errors}`);
slow.sort((a, b) => b[0] - a[0]);
console.log(slow.slice(0, 5).map(([t, f]) => `  ${t.toFixed(0)} ms ${f.slice(0, 10)}`).join('\n'));

if (args.includes('--stages')) {
  const { readPage } = await import(new URL('page/index.js', root));
  const { buildDocument } = await import(new URL('document/document.js', root));
  const { createContext } = await import(new URL('extract/context.js', root));
  const { extractActors } = await import(new URL('extract/actors/actors.js', root));
  const { extractPlaces } = await import(new URL('extract/places/places.js', root));
  const { extractTimes } = await import(new URL('extract/times/times.js', root));
  const { storyTimezone } = await import(new URL('resolve/zone.js', root));
  const { extractQuotes } = await import(new URL('extract/quotes/quotes.js', root));
  const { extractDeadlines } = await import(new URL('extract/deadlines/deadlines.js', root));
  const st = { page: 0, document: 0, nlp: 0, actors: 0, places: 0, times: 0, quotes: 0, deadlines: 0, rest: 0 };
  for (const p of pages) {
    const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
    let t = cpu(); const lap = (k) => { const n = cpu(); st[k] += n - t; t = n; };
    let page; try { page = readPage(p, {}); } catch { continue; } lap('page');
    const doc = buildDocument(page.paragraphs); lap('document');
    if (!doc.text.length) continue;
    const ctx = createContext(doc, page, page.published); ctx.nlp(); lap('nlp');
    const actors = extractActors(ctx); lap('actors');
    const places = extractPlaces(ctx); lap('places');
    const timezone = storyTimezone(places, page.dateline);
    const times = extractTimes(ctx, { timezone }); lap('times');
    extractQuotes(ctx, actors); lap('quotes');
    extractDeadlines(ctx, { times, actors, timezone }); lap('deadlines');
    extractFromPage(page, {}); lap('rest'); // the whole post-page pipeline again, for comparison with the sum
  }
  const post = st.rest; delete st.rest;
  const sum = Object.values(st).reduce((a, b) => a + b, 0);
  console.log('per-stage CPU ms (total over pages):', Object.entries(st).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '), `| sum ${sum.toFixed(0)} | extractFromPage again ${post.toFixed(0)}`);
}
