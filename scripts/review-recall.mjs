#!/usr/bin/env node
/**
 * Recall review: list the capitalised sequences of each article's body that no
 * actor or place mention covers (recall candidates to judge by hand), and the
 * pairs of entries that may be one actor split in two (merge candidates).
 * Build first (`npx tsc -p .`).
 *
 *   node scripts/review-recall.mjs <dir|file>... [--lang en] [--limit N] [--from N] [--summary] [--context N]
 *
 * Skipped as candidates: sentence-initial function words and pronouns, months,
 * weekdays, "I", single all-caps words of one or two letters. A sequence is
 * "partial" when a mention covers only part of it ("Morgan" of "Morgan Stanley").
 * --summary   one line per article with counts only
 * --context N characters of context either side (default 40)
 */
import { join, basename } from 'node:path';
import { extract } from '../dist/pipeline.js';
import { collect, read, reviewArgs } from './review-common.mjs';
import { countryByDemonym } from '../dist/extract/actors/lexicon/countries.js';
import { DEMONYMS } from '../dist/extract/places/places.rules.js';
import { CAPITALIZED_TITLES, TITLE_HEADS, HONORIFICS } from '../dist/extract/actors/actors.rules.js';
const isTitleWord = (w) => { const l = w.toLowerCase().replace(/['\u2019]s$/u, ''); return CAPITALIZED_TITLES.has(l) || TITLE_HEADS.has(l) || HONORIFICS.has(l) || TITLE_HEADS.has(l.replace(/s$/, '')) || /^(prime|vice|deputy|chief|attorney|foreign|general|secretary-general|executive|senior|former|both)$/.test(l); };

const { opt, flags, targets, lang, limit, from } = reviewArgs(['--context']);
const ctxChars = Number(opt('--context', 40));

const SKIP = new Set(
  `the a an this that these those his her its their our my your some many most several all both each every other another such no any
in on at by for from with without of to as after before during since until while when where if but and or so yet though although because
however meanwhile also still even only just then now today yesterday tomorrow there here it he she they we i you what who which how why
nearly about around more less over under last next first one two three four five six seven eight nine ten earlier later instead
against despite into upon amid among like unlike whether not no yes once according asked said says mr mrs ms dr
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec`
    .split(/\s+/)
    .filter(Boolean),
);
const CALENDAR = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/** Words with offsets: one linear scan. */
function words(text) {
  const out = [];
  const re = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'\u2019.&-]*/gu;
  let m;
  while ((m = re.exec(text))) {
    let w = m[0];
    // trailing period belongs to the sentence unless the word is an abbreviation ("Co.", "U.S.")
    if (w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w) && !/^(Co|Inc|Corp|Ltd|Jr|Sr|St|Mt|Ft|Gen|Gov|Sen|Rep|Lt|Col|Dr|Mr|Mrs|Ms|Prof|Rev)\.$/.test(w)) w = w.replace(/\.+$/, '');
    w = w.replace(/['\u2019]s?$/u, (x) => x); // keep possessives visible
    out.push({ w, start: m.index, end: m.index + w.length });
  }
  return out;
}

function sentenceInitial(text, start) {
  let k = start - 1;
  while (k >= 0 && /[\s"\u201c\u2018'(\[\u2014-]/.test(text[k])) k--;
  return k < 0 || /[.!?:\n]/.test(text[k]) || text[k] === undefined;
}

const files = targets.flatMap((t) => collect(t));
let shown = 0;
let skipped = 0;
const totals = { missed: 0, partial: 0, splits: 0 };
for (const file of files) {
  if (shown >= limit) break;
  let r;
  try {
    r = extract(read(file), { format: /\.html?(\.gz)?$/.test(file) ? 'html' : 'text', source: file });
  } catch {
    continue;
  }
  const l = r.article.language ?? '';
  if (lang && !l.toLowerCase().startsWith(lang)) continue;
  if (skipped++ < from) continue;
  shown++;
  const text = r.article.text;
  const covered = new Uint8Array(text.length + 1);
  for (const e of [...r.actors, ...r.places]) for (const m of e.mentions) for (let k = m.start; k < m.end && k < text.length; k++) covered[k] = 1;
  // capitalised sequences
  const ws = words(text);
  const lowerWords = new Set(ws.filter((x) => /^\p{Ll}/u.test(x.w)).map((x) => x.w.replace(/['\u2019]s?$/u, '')));
  const seqs = [];
  let i = 0;
  while (i < ws.length) {
    const w = ws[i];
    if (!/^\p{Lu}/u.test(w.w)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length) {
      const gap = text.slice(ws[j].end, ws[j + 1].start);
      if (gap !== ' ') break;
      const n = ws[j + 1].w;
      if (/^\p{Lu}/u.test(n)) {
        j++;
        continue;
      }
      if (/^(of|de|al|el|bin|van|von|der|la|du|for|and|&)$/.test(n) && j + 2 < ws.length && /^\p{Lu}/u.test(ws[j + 2].w) && text.slice(ws[j + 1].end, ws[j + 2].start) === ' ') {
        j += 2;
        continue;
      }
      break;
    }
    let a = i;
    // drop sentence-initial function words and calendar words at the edges
    while (a <= j && ((SKIP.has(ws[a].w.toLowerCase()) && (a > i || sentenceInitial(text, ws[a].start) || ws[a].w.length <= 3)) || CALENDAR.test(ws[a].w))) a++;
    let b = j;
    while (b >= a && (CALENDAR.test(ws[b].w) || /^(of|de|and|for|&)$/.test(ws[b].w))) b--;
    if (a <= b) {
      const s = ws[a].start;
      const e = ws[b].end;
      const single = a === b ? ws[a].w : null;
      const bare = single ? single.replace(/['\u2019]s?$/u, '') : null;
      const trivial =
        single &&
        (/^\p{Lu}{1,2}$/u.test(single) || single === 'I' || /^\d/.test(single) || countryByDemonym(bare) || bare in DEMONYMS || /^(?:\p{Lu}[\p{Ll}]+)s$/u.test(bare) && countryByDemonym(bare.slice(0, -1)) ||
          (sentenceInitial(text, ws[a].start) && lowerWords.has(bare.toLowerCase())));
      if (!trivial) {
        // per word: uncovered capitalised words that are no title, honorific or joiner
        let anyCovered = false;
        const open = [];
        for (let k = a; k <= b; k++) {
          const x = ws[k];
          let c = 0;
          for (let q = x.start; q < x.end; q++) c += covered[q];
          if (c > 0) anyCovered = true;
          else if (/^\p{Lu}/u.test(x.w) && !isTitleWord(x.w) && !CALENDAR.test(x.w)) open.push(x.w);
        }
        const state = !anyCovered ? 'missed' : open.length ? 'partial' : null;
        if (state) seqs.push({ state, s, e, initial: sentenceInitial(text, s) });
      }
    }
    i = j + 1;
  }
  // merge candidates: a one-word actor that is a word of another actor's name; acronym of another
  const splits = [];
  const names = r.actors.map((a) => ({ a, all: [a.name, ...a.aliases] }));
  for (const x of names) {
    for (const y of names) {
      if (x === y) continue;
      for (const n of x.all) {
        const parts = n.split(/\s+/);
        if (parts.length === 1) {
          const hit = y.all.find((m) => m.split(/\s+/).length > 1 && m.split(/\s+/).includes(n));
          const initials = y.all.find((m) => m.split(/\s+/).length > 1 && m.split(/\s+/).filter((p) => /^\p{Lu}/u.test(p)).map((p) => p[0]).join('') === n.replace(/\./g, ''));
          if (hit || initials) {
            splits.push(`${x.a.name} <-> ${y.a.name}`);
            break;
          }
        }
      }
    }
  }
  totals.missed += seqs.filter((q) => q.state === 'missed').length;
  totals.partial += seqs.filter((q) => q.state === 'partial').length;
  totals.splits += splits.length;
  const name = file.includes('/metadata/') ? basename(join(file, '..')) : basename(file).slice(0, 24);
  if (flags.has('--summary')) {
    console.log(`${name}\tactors ${r.actors.length}\tplaces ${r.places.length}\tmissed ${seqs.filter((q) => q.state === 'missed').length}\tpartial ${seqs.filter((q) => q.state === 'partial').length}\tsplits ${splits.length}`);
    continue;
  }
  console.log(`## [${shown + from}] ${name} | ${r.article.title ?? ''} | ${text.length} ch`);
  console.log(`  A ${r.actors.map((a) => `${a.name}${a.aliases.length ? `{${a.aliases.join('|')}}` : ''}`).join('; ')}`);
  console.log(`  P ${r.places.map((p) => `${p.name}${p.aliases.length ? `{${p.aliases.join('|')}}` : ''}`).join('; ')}`);
  const seen = new Set();
  for (const q of seqs) {
    const surface = text.slice(q.s, q.e);
    const key = `${q.state}:${surface}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const left = text.slice(Math.max(0, q.s - ctxChars), q.s).replace(/\s+/g, ' ');
    const right = text.slice(q.e, q.e + ctxChars).replace(/\s+/g, ' ');
    console.log(`  ${q.state === 'missed' ? '-' : '~'} ${surface}${q.initial ? ' ^' : ''}    …${left}[${surface}]${right}…`);
  }
  for (const s of [...new Set(splits)]) console.log(`  = split? ${s}`);
  console.log('');
}
console.error(`${shown} articles; missed ${totals.missed}, partial ${totals.partial}, split candidates ${totals.splits}`);
