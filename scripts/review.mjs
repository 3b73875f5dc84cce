#!/usr/bin/env node
/**
 * Review actors, places and times by hand: run the pipeline (dist/, build first
 * with `npx tsc -p .`) over a directory or files of articles (.html, .html.gz,
 * .txt; a directory is searched one level deep, so metadata/<case>/source.html.gz
 * is found) and print, per article, the actors (type, name, aliases, roles),
 * the places (type, name, country) and a sample of times, compactly.
 *
 *   node scripts/review.mjs <dir|file>... [--lang en] [--limit N] [--from N] [--times N] [--text]
 *
 * --lang en   only articles whose detected language is English (default: all)
 * --limit N   at most N articles; --from N skips the first N
 * --times N   how many times to show per article (default 6)
 * --text      also print the first 600 characters of the body
 * --mentions  print each actor's and place's mention count
 * --check F   instead of printing, check a list of known errors (notes/review-errors.tsv:
 *             article-prefix, A|P, name, class, check = absent | present | type=T |
 *             country=CC | alias=X) and print how many are still there, per class
 */
import { readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { extract } from '../dist/pipeline.js';
import { collect, read, reviewArgs } from './review-common.mjs';

const { opt, flags, targets, lang, limit, from } = reviewArgs(['--times']);
const nTimes = Number(opt('--times', 6));

const files = targets.flatMap((t) => collect(t));
const checkFile = opt('--check', null);
if (checkFile) {
  check(checkFile);
  process.exit(0);
}

function check(path) {
  const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
  const norm = (s) => s.toLowerCase().replace(/^the\s+/, '').trim();
  const byClass = new Map();
  const results = new Map();
  for (const [prefix, kind, name, cls, test] of rows) {
    const file = files.find((f) => basename(f).startsWith(prefix) || basename(join(f, '..')) === prefix);
    let ok = false;
    if (file) {
      let r = results.get(file);
      if (!r) {
        r = extract(read(file), { format: /\.html?(\.gz)?$/.test(file) ? 'html' : 'text', source: file });
        results.set(file, r);
      }
      const list = kind === 'A' ? r.actors : r.places;
      const hit = list.find((e) => norm(e.name) === norm(name)) ?? list.find((e) => e.aliases.some((a) => norm(a) === norm(name)));
      const exact = list.find((e) => norm(e.name) === norm(name));
      if (test === 'absent') ok = !exact;
      else if (test === 'present') ok = !!hit;
      else if (test.startsWith('type=')) ok = !hit || hit.type === test.slice(5);
      else if (test.startsWith('country=')) ok = !hit || hit.country === test.slice(8);
      else if (test.startsWith('alias=')) ok = !!hit && (hit.aliases.some((a) => norm(a) === norm(test.slice(6))) || norm(hit.name) === norm(test.slice(6)));
    }
    const c = byClass.get(cls) ?? { fixed: 0, left: [] };
    if (ok) c.fixed++;
    else c.left.push(`${prefix} ${kind} ${name} (${test})`);
    byClass.set(cls, c);
  }
  let fixed = 0;
  let total = 0;
  for (const [cls, c] of [...byClass.entries()].sort()) {
    fixed += c.fixed;
    total += c.fixed + c.left.length;
    console.log(`${cls.padEnd(28)} still wrong ${c.left.length} of ${c.fixed + c.left.length}${c.left.length ? `: ${c.left.join('; ')}` : ''}`);
  }
  console.log(`total: ${total - fixed} of ${total} still wrong`);
}
let shown = 0;
let skipped = 0;
for (const file of files) {
  if (shown >= limit) break;
  let r;
  try {
    r = extract(read(file), { format: /\.html?(\.gz)?$/.test(file) ? 'html' : 'text', source: file });
  } catch (err) {
    if (!lang) console.log(`## ${file}\n  (error: ${err.message})\n`);
    continue;
  }
  const l = r.article.language ?? '';
  if (lang && !l.toLowerCase().startsWith(lang)) continue;
  if (skipped++ < from) continue;
  shown++;
  const name = file.includes('/metadata/') ? basename(join(file, '..')) : basename(file).slice(0, 24);
  console.log(`## [${shown + from}] ${name} | ${r.article.title ?? '(no title)'} | ${r.article.published ?? '?'} | ${l} | ${r.article.text.length} ch`);
  if (flags.has('--text')) console.log(`  > ${r.article.text.slice(0, 600).replace(/\s+/g, ' ')}`);
  const m = flags.has('--mentions');
  for (const a of r.actors) {
    const extra = [a.aliases.length ? `aka ${a.aliases.join(' / ')}` : '', a.roles.length ? `roles: ${a.roles.join(' / ')}` : ''].filter(Boolean).join('; ');
    console.log(`  A ${a.type.slice(0, 3)} ${a.name}${m ? ` x${a.mentions.length}` : ''}${extra ? `  (${extra})` : ''}`);
  }
  if (r.places.length) console.log(`  P ${r.places.map((p) => `${p.name}[${p.type.slice(0, 4)},${p.country ?? '-'}]${m ? `x${p.mentions.length}` : ''}`).join('; ')}`);
  if (r.times.length) console.log(`  T ${r.times.slice(0, nTimes).map((t) => `${t.text}=${t.value}`).join('; ')}${r.times.length > nTimes ? ` (+${r.times.length - nTimes})` : ''}`);
  console.log('');
}
console.error(`${shown} articles shown of ${files.length} files`);
