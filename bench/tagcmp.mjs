// compare tags: stock nlp(text) vs tagText(text) (fast sweep, no chunks), over the given texts
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
const texts = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/perfx/texts.json', 'utf8'));
const sig = (d) => { d.compute('offset'); const out = []; for (const s of d.document) for (const t of s) out.push(`${t.offset.start}:${t.text}:${[...t.tags].sort().join(',')}`); return out; };
const stock = []; let c0 = process.cpuUsage();
for (const x of texts) stock.push(sig(nlp(x)));
const stockMs = (process.cpuUsage(c0).user) / 1000;
const { tagText } = await import('../dist/extract/tagger.js');
const fast = []; c0 = process.cpuUsage();
for (const x of texts) fast.push(sig(tagText(x)));
const fastMs = (process.cpuUsage(c0).user) / 1000;
let diff = 0, total = 0;
for (let i = 0; i < texts.length; i++) { total += stock[i].length; for (let k = 0; k < Math.max(stock[i].length, fast[i].length); k++) if (stock[i][k] !== fast[i][k]) { if (diff < 10) console.log('DIFF', i, stock[i][k], '|', fast[i][k]); diff++; } }
console.log(`terms ${total}, differing ${diff}; stock ${stockMs.toFixed(0)} ms user, fast ${fastMs.toFixed(0)} ms user`);
