#!/usr/bin/env node
/**
 * Review quotes by hand: run the pipeline (dist/, build first with
 * `npx tsc -p .`) over a directory or files of articles (.html, .html.gz,
 * .txt; a directory is searched one level deep, so metadata/<case>/source.html.gz
 * is found) and print, per article, each quote compactly:
 *
 *   D|P|I  speaker(* = linked to an actor)  [cue]  rule  "text"
 *
 * then the sentences holding a speech verb (said, told, according to, ...)
 * that no quote overlaps: the candidates for missed quotes.
 *
 *   node scripts/review-quotes.mjs <dir|file>... [--lang en] [--limit N] [--from N] [--width N] [--no-misses] [--summary]
 *
 * --lang en    only articles whose detected language is English (default: all)
 * --limit N    at most N articles; --from N skips the first N
 * --width N    characters of quote text shown (default 110)
 * --no-misses  do not list the sentences with a speech verb and no quote
 * --summary    one line per article (quotes by kind, linked speakers, uncovered speech sentences) and totals
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { extract } from '../dist/pipeline.js';
import { collect, read, reviewArgs } from './review-common.mjs';

const { opt, flags, targets, lang, limit, from } = reviewArgs(['--width']);
const width = Number(opt('--width', 110));
const showMisses = !flags.has('--no-misses');
const summary = flags.has('--summary');

if (targets.length === 0) {
  console.error('usage: node scripts/review-quotes.mjs <dir|file>... [--lang en] [--limit N] [--from N] [--width N] [--no-misses] [--summary]');
  process.exit(2);
}

/** A gold file beside a text gives the publication date (`--published`) the text lacks. */
function publishedFor(path) {
  if (!path.endsWith('.txt')) return null;
  try {
    const gold = JSON.parse(readFileSync(path.replace(/\.txt$/, '.gold.json'), 'utf8'));
    return gold.published ?? null;
  } catch {
    return null;
  }
}

/** Speech verbs and phrases whose sentence should usually yield a quote. */
const SPEECH = /\b(said|says|say|saying|told|tells|according to|added|adds|stated|announced|noted|explained|insisted|argued|argues|warned|warns|wrote|writes|claimed|acknowledged|admitted|confirmed|testified|declared|asserted|suggested|predicted|promised|vowed|urged|emphasi[sz]ed|stressed|replied|responded|tweeted|contended|conceded|complained|recalled|denied|accused|asked)\b/i;

/** Sentence spans of article.text: ends at ". " / "? " / "! " (with closing quotes), and paragraph breaks. Only for display. */
function sentences(text) {
  const out = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      if (i > start) out.push([start, i]);
      start = i + 2;
      i++;
      continue;
    }
    if (ch !== '.' && ch !== '?' && ch !== '!') continue;
    let j = i + 1;
    while (j < n && '"\'\u201d\u2019)'.includes(text[j])) j++;
    if (text[j] === ' ' && /[A-Z\u201c"]/.test(text[j + 1] ?? '') && !/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|U\.S|Lt|Col|No)\.$/.test(text.slice(Math.max(start, i - 4), i + 1))) {
      out.push([start, j]);
      start = j + 1;
      i = j;
    }
  }
  if (start < n) out.push([start, n]);
  return out;
}

const clip = (s, w) => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > w ? `${t.slice(0, w - 1)}\u2026` : t;
};

const files = targets.flatMap((t) => collect(t)).slice(from);
const totals = { articles: 0, direct: 0, partial: 0, indirect: 0, speakers: 0, linked: 0, noSpeaker: 0, uncovered: 0, speech: 0 };
let shown = 0;
for (const path of files) {
  if (shown >= limit) break;
  let res;
  try {
    const published = publishedFor(path);
    res = extract(read(path), { source: path, ...(published ? { published } : {}) });
  } catch (e) {
    if (!summary) console.log(`## ${path}\n  (error: ${e.message})\n`);
    continue;
  }
  if (lang && res.article.language && res.article.language !== lang) continue;
  shown++;
  totals.articles++;
  const text = res.article.text;
  const name = path.includes('/metadata/') ? basename(dirname(path)) : basename(path);
  const covered = [];
  const counts = { direct: 0, partial: 0, indirect: 0 };
  const lines = [];
  for (const q of res.quotes) {
    counts[q.kind]++;
    totals[q.kind]++;
    if (q.speaker) {
      totals.speakers++;
      if (q.speaker.actorId) totals.linked++;
    } else totals.noSpeaker++;
    for (const m of q.mentions) covered.push([m.start, m.end]);
    const sp = q.speaker ? `${q.speaker.name}${q.speaker.actorId ? '*' : ''}` : '-';
    const rule = q.mentions[0]?.rule ?? '';
    lines.push(`  ${q.kind[0].toUpperCase()} ${sp} [${q.cue ?? ''}] ${rule.replace(/^(quote|indirect)\./, '')} \u00ab${clip(q.text, width)}\u00bb`);
  }
  const misses = [];
  for (const [a, b] of sentences(text)) {
    const s = text.slice(a, b);
    if (!SPEECH.test(s)) continue;
    totals.speech++;
    if (covered.some(([x, y]) => x < b && y > a)) continue;
    totals.uncovered++;
    misses.push(`  ? ${clip(s, width + 60)}`);
  }
  if (summary) {
    console.log(`${name.slice(0, 60).padEnd(60)} D${counts.direct} P${counts.partial} I${counts.indirect} linked ${res.quotes.filter((q) => q.speaker?.actorId).length}/${res.quotes.length} uncovered ${misses.length}`);
    continue;
  }
  console.log(`## ${name}  (${res.article.language ?? '?'}, ${text.length} chars, ${res.actors.length} actors) D${counts.direct} P${counts.partial} I${counts.indirect}`);
  if (res.article.title) console.log(`  title: ${clip(res.article.title, width)}`);
  for (const l of lines) console.log(l);
  if (showMisses) for (const l of misses) console.log(l);
  console.log('');
}
const q = totals.direct + totals.partial + totals.indirect;
console.log(
  `== ${totals.articles} articles, ${q} quotes (D ${totals.direct}, P ${totals.partial}, I ${totals.indirect}); speakers linked ${totals.linked}/${q}, none ${totals.noSpeaker}; speech sentences ${totals.speech}, with no quote ${totals.uncovered}`,
);
