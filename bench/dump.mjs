// Dump the pipeline's results (minus timings) for the benchmark pages and the dev/timebank inputs, to diff two builds.
// Usage: node bench/dump.mjs <dist-dir> <out.jsonl>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve, dirname } from 'node:path';
const [distDir, out] = process.argv.slice(2);
const { extract } = await import(resolve(distDir, 'pipeline.js'));
const inputs = [];
const pagesDir = '/work/shared/eval/pages/html';
for (const f of readdirSync(pagesDir).filter((f) => f.endsWith('.gz')).sort()) inputs.push([f, gunzipSync(readFileSync(`${pagesDir}/${f}`)).toString('utf8'), {}]);
for (const d of ['/work/shared/eval/dev', '/work/shared/eval/timebank/gold', '/work/shared/eval/deadlines']) {
  for (const f of readdirSync(d).filter((f) => f.endsWith('.gold.json')).sort()) {
    const g = JSON.parse(readFileSync(`${d}/${f}`, 'utf8'));
    const i = resolve(d, g.input);
    const pub = g.args ? g.args[g.args.indexOf('--published') + 1] : undefined;
    inputs.push([f, readFileSync(i, 'utf8'), { published: pub, format: g.format ?? (i.endsWith('.txt') ? 'text' : undefined) }]);
  }
}
const lines = [];
for (const [name, content, opts] of inputs) {
  let r;
  try { r = extract(content, opts); delete r.meta.elapsedMs; } catch (e) { r = { error: String(e.message) }; }
  lines.push(JSON.stringify({ name, r }));
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(inputs.length, 'inputs');
