/**
 * HTML to a PageArticle: metadata from JSON-LD, OpenGraph and meta tags,
 * the body from the paragraphs of the main content.
 */
import type { PageArticle } from './article.js';
import { findAll, loadHtml } from './dom.js';
import { normalizeIsoDate } from './dates.js';
import { DATELINE } from './text.rules.js';

export function readHtml(html: string, url?: string | null): PageArticle {
  const $ = loadHtml(html);
  const meta = (sel: string): string | null => {
    const v = $(sel).first().attr('content');
    return v && v.trim() ? v.trim() : null;
  };
  $('script:not([type="application/ld+json"]), style, noscript, nav, header, footer, aside, form, iframe, svg').remove();

  let title = meta('meta[property="og:title"]') ?? ($('h1').first().text().trim() || null) ?? ($('title').text().trim() || null);
  let published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? null;
  if (!published) {
    const t = $('time[datetime]').first().attr('datetime');
    if (t) published = t;
  }
  const iso = published ? normalizeIsoDate(published) : null;

  const root = $('article').length ? $('article').first() : $('body');
  const paragraphs = (root[0] ? findAll(root[0], (el) => el.name === 'p') : [])
    .map((el) => $(el).text().replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  let dateline: { text: string } | null = null;
  if (paragraphs.length) {
    const m = DATELINE.exec(paragraphs[0]!);
    if (m) {
      dateline = { text: m[1]!.trim() };
      paragraphs[0] = paragraphs[0]!.slice(m[0].length);
    }
  }
  if (title) title = title.replace(/\s+/g, ' ').trim();
  return {
    title: title || null,
    published: iso,
    authors: [],
    dateline,
    language: $('html').attr('lang') ?? null,
    url: url ?? null,
    paragraphs,
    format: 'html',
  };
}
