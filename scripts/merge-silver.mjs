#!/usr/bin/env node
/**
 * Merge the annotators' silver parts into the tuning set bench/news-silver.json,
 * keeping only what the scorer reads: url, title, author, authorIsOrg (only when
 * true), date_published. Notes stay with the annotators; the pages are not copied.
 *
 *   node scripts/merge-silver.mjs [--out bench/news-silver.json] [partA.json partB.json ...]
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const args = process.argv.slice(2);
const oi = args.indexOf('--out');
const out = oi >= 0 ? args.splice(oi, 2)[1] : 'bench/news-silver.json';
const parts = args.length ? args : ['/work/silver/partA.json', '/work/silver/partB.json'];
const merged = {};
for (const p of parts) {
  if (!existsSync(p)) {
    console.error(`missing ${p}`);
    continue;
  }
  const data = JSON.parse(readFileSync(p, 'utf8'));
  for (const [name, e] of Object.entries(data)) {
    if (merged[name]) console.error(`${name} annotated twice; keeping the first`);
    else {
      const entry = { url: e.url ?? null, title: e.title ?? null, author: e.author ?? null };
      if (e.authorIsOrg) entry.authorIsOrg = true;
      entry.date_published = e.date_published ?? null;
      merged[name] = entry;
    }
  }
}
const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(out, JSON.stringify(sorted, null, 1) + '\n');
console.error(`${Object.keys(sorted).length} pages -> ${out}`);
