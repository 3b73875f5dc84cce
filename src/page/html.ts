/**
 * HTML to a PageArticle: metadata from JSON-LD, OpenGraph and meta tags
 * (html/metadata.ts), the body from the main content (html/body.ts), then
 * the body's head cleaned of what the metadata already says (title, byline,
 * date lines) and the dateline taken off the first paragraph.
 */
import type { PageArticle } from './article.js';
import { parsePrintedDate } from './dates.js';
import { DATELINE, DATELINE_MIXED } from './text.rules.js';
import { BYLINE_LINE, HEADER_META, MAX_HEAD_FURNITURE, MAX_TAIL_FURNITURE, TRAILING_PARAGRAPHS } from './html.rules.js';
import { findBodyBlocks } from './html/body.js';
import { detectLanguage, readMetadata } from './html/metadata.js';
import { foldSpace } from './html/dom.js';
import { loadHtml } from './html/load.js';

/** When the DOM body has less than this share of a JSON-LD articleBody's text, the articleBody is used instead. */
const LD_BODY_SHARE = 0.5;

export function readHtml(html: string, url?: string | null): PageArticle {
  const $ = loadHtml(html); // nesting limited before parsing, depth capped after (hostile pages)
  const root = $.root()[0]!;
  const meta = readMetadata(root, url);
  const body = findBodyBlocks(root);

  let paragraphs = body.blocks.map((b) => b.text);
  const dropped = [...body.dropped];

  // a page whose markup hides the text but whose JSON-LD carries it
  if (meta.ldBody) {
    const ld = foldSpace(meta.ldBody.replace(/<[^>]{0,200}>/g, ' '));
    const domLen = paragraphs.reduce((n, p) => n + p.length, 0);
    if (ld.length > 200 && domLen < ld.length * LD_BODY_SHARE) {
      paragraphs = meta.ldBody
        .split(/\n\s*\n|\r\n\s*\r\n|(?<=[.!?"”])\n/)
        .map((p) => foldSpace(p.replace(/<[^>]{0,200}>/g, ' ')))
        .filter(Boolean);
    }
  }

  paragraphs = dropHeadFurniture(paragraphs, meta.title, meta.authors, meta.gathered.h1, dropped);
  paragraphs = dropTailFurniture(paragraphs, dropped);

  let dateline: { text: string } | null = null;
  if (paragraphs.length) {
    const m = DATELINE.exec(paragraphs[0]!) ?? DATELINE_MIXED.exec(paragraphs[0]!);
    if (m && m[0].length < paragraphs[0]!.length) {
      dateline = { text: m[1]!.trim() };
      paragraphs[0] = paragraphs[0]!.slice(m[0].length);
    }
  }

  let language = meta.language;
  if (!language) language = detectLanguage(paragraphs.slice(0, 6).join(' '));

  return {
    title: meta.title,
    metaTitle: meta.metaTitle,
    published: meta.published,
    modified: meta.modified,
    authors: meta.authors,
    bylineOrg: meta.bylineOrg,
    dateline,
    section: meta.section,
    siteName: meta.siteName,
    language,
    url: url ?? null,
    canonicalUrl: meta.canonicalUrl,
    description: meta.description,
    image: meta.image,
    paragraphs,
    captions: body.captions,
    pullQuotes: body.pullQuotes,
    dropped,
    format: 'html',
  };
}

function key(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Leading paragraphs that repeat the title, the byline or the date line. */
function dropHeadFurniture(paragraphs: string[], title: string | null, authors: string[], h1: string[], dropped: string[]): string[] {
  const titles = new Set([key(title), ...h1.map(key)].filter(Boolean));
  const authorKeys = authors.map(key).filter(Boolean);
  let i = 0;
  let checked = 0;
  while (i < paragraphs.length && checked < MAX_HEAD_FURNITURE) {
    const p = paragraphs[i]!;
    const k = key(p);
    checked++;
    const isTitle = titles.has(k);
    const isByline = (p.length < 200 && HEADER_META.test(p)) || (p.length < 120 && (BYLINE_LINE.test(p) || (authorKeys.length > 0 && authorKeys.some((a) => k === a || k === `by ${a}`))));
    let isDate = false;
    if (!isTitle && !isByline && p.length <= 80 && /\d/.test(p)) {
      const d = parsePrintedDate(p);
      isDate = !!d && p.length - d.text.length <= 30 && !/[.!?]$/.test(p);
    }
    if (isTitle || isByline || isDate) {
      dropped.push(p);
      i++;
      continue;
    }
    break;
  }
  return i ? paragraphs.slice(i) : paragraphs;
}

/** Closing paragraphs that credit contributors, present the author or ask to follow. */
function dropTailFurniture(paragraphs: string[], dropped: string[]): string[] {
  let end = paragraphs.length;
  let checked = 0;
  while (end > 1 && checked < MAX_TAIL_FURNITURE) {
    const p = paragraphs[end - 1]!;
    checked++;
    if (p.length < 400 && TRAILING_PARAGRAPHS.some((re) => re.test(p))) {
      dropped.push(p);
      end--;
      continue;
    }
    // a short credit line may sit after a furniture paragraph; keep looking past real text only once
    if (p.length > 200) break;
  }
  return end < paragraphs.length ? paragraphs.slice(0, end) : paragraphs;
}
