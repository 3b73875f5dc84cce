#!/usr/bin/env node
/**
 * Review newsx's page metadata (title, authors, published) next to every
 * source the page offers, to judge by eye which one is right.
 *
 *   npx tsc -p . && node scripts/review-metadata.mjs [pagesDir] [--only idPrefix] [--judge file.json]
 *
 * pagesDir defaults to /work/shared/eval/pages (html/*.html.gz + ground-truth.json for URLs).
 * With --judge FILE (JSON: { idPrefix: { title?, authors?, published? } } written by the
 * reviewer), prints a tally: how many of newsx's values equal the judged ones.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as cheerio from 'cheerio/slim';
import { readHtml } from '../dist/page/html.js';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : null;
};
const only = opt('--only');
const judgeFile = opt('--judge');
const dir = args[0] ?? '/work/shared/eval/pages';
const gtPath = join(dir, 'ground-truth.json');
const gt = existsSync(gtPath) ? JSON.parse(readFileSync(gtPath, 'utf8')) : {};
const judged = judgeFile ? JSON.parse(readFileSync(judgeFile, 'utf8')) : null;

const cut = (s, n = 140) => (s == null ? s : String(s).replace(/\s+/g, ' ').trim().slice(0, n));

function ldWalk(v, out, depth = 0) {
  if (!v || typeof v !== 'object' || depth > 6) return;
  if (Array.isArray(v)) return v.forEach((x) => ldWalk(x, out, depth + 1));
  if (v['@type']) out.push(v);
  for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage']) if (v[k] && typeof v[k] === 'object') ldWalk(v[k], out, depth + 1);
}

function candidates($) {
  const c = [];
  const meta = (k) =>
    $(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`)
      .map((_, e) => $(e).attr('content'))
      .get();
  for (const k of ['og:title', 'twitter:title', 'headline', 'parsely-title', 'sailthru.title', 'dc.title']) for (const v of meta(k)) c.push(['T', k, v]);
  c.push(['T', '<title>', $('title').first().text()]);
  $('h1').slice(0, 3).each((_, e) => c.push(['T', 'h1', $(e).text()]));
  for (const k of ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'twitter:creator']) for (const v of meta(k)) c.push(['A', k, v]);
  $('[rel~=author]').slice(0, 4).each((_, e) => c.push(['A', 'rel=author', $(e).text() || $(e).attr('href')]));
  $('[itemprop=author]').slice(0, 4).each((_, e) => c.push(['A', 'itemprop=author', $(e).text() || $(e).attr('content')]));
  $('[class*=byline], [class*=Byline], [class*=author-name], [data-testid*=byline]').slice(0, 4).each((_, e) => c.push(['A', `.${($(e).attr('class') ?? '').slice(0, 30)}`, $(e).text()]));
  for (const k of ['article:published_time', 'og:published_time', 'article:modified_time', 'og:updated_time', 'datePublished', 'dateModified', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'date', 'article.published', 'cxenseparse:recs:publishtime', 'publish-date', 'article:published', 'last-modified'])
    for (const v of meta(k)) c.push(['D', k, v]);
  $('time').slice(0, 4).each((_, e) => c.push(['D', `<time ${($(e).attr('class') ?? '').slice(0, 20)}>`, `${$(e).attr('datetime') ?? ''} | ${cut($(e).text(), 60)}`]));
  const objs = [];
  $('script[type*="ld+json"]').each((_, e) => {
    try {
      ldWalk(JSON.parse($(e).text()), objs);
    } catch {
      c.push(['L', 'ld', '(unparsable)']);
    }
  });
  for (const o of objs) {
    const t = [].concat(o['@type']).join(',');
    if (o.headline || o.datePublished || o.author)
      c.push(['L', `ld ${t}`, JSON.stringify({ headline: o.headline, name: o.name, datePublished: o.datePublished, dateModified: o.dateModified, author: o.author }).slice(0, 400)]);
  }
  return c;
}

const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz') || f.endsWith('.html')).sort();
const tally = { title: [0, 0], authors: [0, 0], published: [0, 0] };
const normT = (s) => (s ?? '').normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
for (const f of files) {
  const id = f.replace(/\.html(?:\.gz)?$/, '');
  if (only && !id.startsWith(only)) continue;
  const buf = readFileSync(join(dir, 'html', f));
  const html = (f.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  const url = gt[id]?.url ?? null;
  const art = readHtml(html, url);
  if (judged) {
    const j = judged[id.slice(0, 8)];
    if (!j) continue;
    const got = { title: normT(art.title), authors: (art.authors ?? []).map(normT).join('; '), published: art.published ?? '' };
    const want = { title: normT(j.title), authors: (j.authors ?? []).map(normT).join('; '), published: j.published ?? '' };
    for (const k of Object.keys(tally)) {
      if (j[k] === undefined) continue;
      tally[k][1]++;
      let ok = got[k] === want[k];
      // a date alone: the same day; a date-time with an offset on both sides: the same instant
      if (k === 'published' && !ok && want[k].length === 10) ok = got[k].slice(0, 10) === want[k];
      const zoned = (x) => /(?:Z|[+-]\d{2}:?\d{2})$/.test(x);
      if (k === 'published' && !ok && zoned(want[k]) && zoned(got[k])) ok = Date.parse(got[k]) === Date.parse(want[k]);
      if (ok) tally[k][0]++;
      else console.log(`${id.slice(0, 8)} ${k}: got ${JSON.stringify(got[k])} want ${JSON.stringify(want[k])}`);
    }
    continue;
  }
  const $ = cheerio.load(html);
  console.log(`\n=== ${id.slice(0, 8)} ${url ?? ''}`);
  console.log(`  NEWSX title: ${art.title}`);
  console.log(`  NEWSX authors: ${JSON.stringify(art.authors)}`);
  console.log(`  NEWSX published: ${art.published}`);
  for (const [kind, src, v] of candidates($)) if (v && String(v).trim()) console.log(`   ${kind} ${src}: ${cut(v, kind === 'L' ? 400 : 160)}`);
}
if (judged) for (const [k, [ok, n]] of Object.entries(tally)) console.log(`${k.padEnd(10)} ${ok}/${n}`);
