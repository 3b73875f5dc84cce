/**
 * The pipeline: page -> document -> extractors -> resolution -> result.
 * Every stage is a module of its own; data flows one way.
 */
import { readPage } from './page/index.js';
import type { PageArticle } from './page/article.js';
import { buildDocument } from './document/document.js';
import { createContext } from './extract/context.js';
import { extractActors } from './extract/actors/actors.js';
import { extractPlaces } from './extract/places/places.js';
import { extractQuotes } from './extract/quotes/quotes.js';
import { extractTimes } from './extract/times/times.js';
import { extractDeadlines } from './extract/deadlines/deadlines.js';
import { storyTimezone, utcOffset } from './resolve/zone.js';
import { ResultSchema, type Result } from './schema.js';
import { NewsxError } from './errors.js';
import { parsePublishedOption } from './page/dates.js';
import { VERSION } from './version.js';
import { isBlank, stripControlChars } from './source/clean.js';
import { DEFAULT_MAX_CHARS } from './limits.js';

export interface ExtractOptions {
  /** Force the input format; detected from the content otherwise. */
  format?: 'html' | 'text';
  /** Publication date used to resolve relative times, overriding the page's. */
  published?: string | null;
  /** Where the input came from (path or URL), reported in meta.source. */
  source?: string | null;
  /** The page's URL, when known (for metadata and relative links). */
  url?: string | null;
  /**
   * The most body text (characters) given to the extractors; longer text is
   * cut at a paragraph or word boundary with a warning in meta.warnings, so
   * no stage runs for minutes on a hostile or giant input. Default 200,000.
   */
  maxChars?: number;
}

export { DEFAULT_MAX_CHARS };

/** Cut paragraphs so their total length stays within maxChars (a cut paragraph ends at a word boundary). */
export function limitParagraphs(paragraphs: readonly string[], maxChars: number): { paragraphs: string[]; cut: boolean } {
  const out: string[] = [];
  let total = 0;
  for (const p of paragraphs) {
    const sep = out.length ? 2 : 0; // the blank line between paragraphs
    if (total + sep + p.length <= maxChars) {
      out.push(p);
      total += sep + p.length;
      continue;
    }
    const room = maxChars - total - sep;
    if (room > 0) {
      let piece = p.slice(0, room);
      // end at a word boundary when there is one near the cut
      const space = piece.lastIndexOf(' ');
      if (space > 0 && room - space <= 200) piece = piece.slice(0, space);
      // never end between the halves of a surrogate pair
      if (/[\ud800-\udbff]$/.test(piece)) piece = piece.slice(0, -1);
      if (piece.trim()) out.push(piece);
    }
    return { paragraphs: out, cut: true };
  }
  return { paragraphs: out, cut: false };
}

/** Run the whole pipeline on one article's content (HTML or plain text). */
export function extract(content: string, options: ExtractOptions = {}): Result {
  const started = performance.now();
  const clean = stripControlChars(content);
  if (isBlank(clean)) throw new NewsxError('EEMPTY', clean.length === 0 ? 'the input is empty' : 'the input is empty (only whitespace)');
  const page = readPage(clean, { format: options.format, url: options.url ?? null });
  return extractFromPage(page, options, started);
}

/** The stages after the page: for callers that read the page themselves. */
export function extractFromPage(page: PageArticle, options: ExtractOptions = {}, started = performance.now()): Result {
  let published = page.published;
  if (options.published) {
    const p = parsePublishedOption(options.published);
    if (!p) throw new NewsxError('EUSAGE', `--published: cannot read "${options.published}" as a date`);
    published = p;
  }
  const warnings: string[] = [];
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const limited = limitParagraphs(page.paragraphs, maxChars);
  if (limited.cut) warnings.push(`the article text was cut at ${maxChars} characters (see --max-chars)`);
  if (!published) warnings.push('no publication date found: relative times ("Friday", "yesterday") are not resolved (see --published)');
  const doc = buildDocument(limited.paragraphs);
  if (doc.text.length === 0) throw new NewsxError('ENOTARTICLE', 'no article text found');
  const ctx = createContext(doc, { ...page, published }, published);

  const actors = extractActors(ctx);
  const places = extractPlaces(ctx);
  const timezone = storyTimezone(places, page.dateline);
  const times = extractTimes(ctx, { timezone });
  const quotes = extractQuotes(ctx, actors);
  const deadlines = extractDeadlines(ctx, { times, actors, timezone });

  const refInstant = published ? new Date(published.length === 10 ? `${published}T12:00:00Z` : published) : new Date();
  const result: Result = {
    article: {
      title: page.title,
      published,
      modified: page.modified ?? null,
      authors: page.authors,
      bylineOrg: page.bylineOrg ?? null,
      dateline: page.dateline,
      section: page.section ?? null,
      siteName: page.siteName ?? null,
      language: page.language ?? null,
      url: page.url ?? options.url ?? null,
      canonicalUrl: page.canonicalUrl ?? null,
      description: page.description ?? null,
      image: page.image ?? null,
      text: doc.text,
    },
    actors,
    places,
    quotes,
    times,
    deadlines,
    meta: {
      tool: 'newsx',
      version: VERSION,
      source: options.source ?? null,
      format: page.format,
      timezone,
      utcOffset: timezone && !Number.isNaN(refInstant.getTime()) ? utcOffset(timezone, refInstant) : null,
      elapsedMs: Math.round(performance.now() - started),
      ...(warnings.length ? { warnings } : {}),
    },
  };
  const parsed = ResultSchema.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NewsxError('EEXTRACT', `internal error: result does not match the schema at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
