// Check that the tagger (dist/extract/tagger.js: fast sweep, no chunks) gives exactly the tags of stock compromise,
// on the benchmark pages' bodies and the timebank/dev texts; prints CPU time of each.
// Usage: npx tsc -p . && node bench/tagcmp.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import nlp from 'compromise';
const { readPage } = await import('../dist/page/index.js');
const { buildDocument } = await import('../dist/document/document.js');
const texts = [];
const pages = '/work/shared/eval/pages/html';
for (const f of readdirSync(pages).filter((f) => f.endsWith('.gz')).sort()) texts.push(buildDocument(readPage(gunzipSync(readFileSync(`${pages}/${f}`)).toString('utf8'), {}).paragraphs).text);
for (const d of ['/work/shared/eval/timebank/text', '/work/shared/eval/dev']) for (const f of readdirSync(d).filter((f) => /\.(txt|html)$/.test(f)).sort()) texts.push(buildDocument(readPage(readFileSync(`${d}/${f}`, 'utf8'), {}).paragraphs).text);
const sig = (d) => { d.compute('offset'); const out = []; for (const s of d.document) for (const t of s) out.push(`${t.offset.start}:${t.text}:${[...t.tags].sort().join(',')}`); return out; };
const cpu = () => process.cpuUsage().user / 1000;
let c0 = cpu(); const stock = texts.map((x) => sig(nlp(x))); const stockMs = cpu() - c0;
const { tagText } = await import('../dist/extract/tagger.js');
c0 = cpu(); const fast = texts.map((x) => sig(tagText(x))); const fastMs = cpu() - c0;
let diff = 0; let total = 0;
for (let i = 0; i < texts.length; i++) {
  total += stock[i].length;
  for (let k = 0; k < Math.max(stock[i].length, fast[i].length); k++) if (stock[i][k] !== fast[i][k]) { if (diff < 10) console.log('DIFF', i, stock[i][k], '|', fast[i][k]); diff++; }
}
console.log(`${texts.length} texts, ${total} terms, ${diff} differing; CPU: stock ${stockMs.toFixed(0)} ms (cold), tagText ${fastMs.toFixed(0)} ms (warm)`);
process.exitCode = diff ? 1 : 0;
