/**
 * Plain text to a PageArticle. The text may be pasted from a news page, with
 * its header (section label, title, date line), captions, pull quotes and
 * footer furniture, or it may be bare body text.
 */
import type { PageArticle } from './article.js';
import { parsePrintedDate } from './dates.js';
import { BLANKISH, CAPTION_CREDIT, DATELINE, DATELINE_LINE, FURNITURE_LINES, READING_TIME, SECTION_LABEL, TEXT_BYLINE } from './text.rules.js';
import { cleanAuthors } from './html/metadata.js';

/** How many leading blocks may form the page header (section, title, date, caption, pull quote). */
const MAX_HEADER_BLOCKS = 8;
/** How many following blocks are searched for a second copy of a pull quote. */
const PULL_QUOTE_WINDOW = 30;

export function readText(input: string): PageArticle {
  const lines = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[] = [];
  for (const raw of lines) {
    if (BLANKISH.test(raw)) continue;
    blocks.push(raw.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\s+/g, ' ').trim());
  }

  const dropped: string[] = [];
  const captions: string[] = [];
  const kept: string[] = [];
  for (const b of blocks) {
    if (FURNITURE_LINES.some((re) => re.test(b))) {
      if (/^(?:image of|photo|image|picture)\b/i.test(b) || CAPTION_CREDIT.test(b)) captions.push(b);
      else dropped.push(b);
      continue;
    }
    if (CAPTION_CREDIT.test(b) && b.length < 400) {
      captions.push(b);
      continue;
    }
    kept.push(b);
  }

  // Header: section label, title and date line among the first blocks.
  let title: string | null = null;
  let section: string | null = null;
  let published: string | null = null;
  let publishedText: string | null = null;
  let bodyStart = 0;
  let authors: string[] = [];
  let bylineSeen = false;
  const headerLimit = Math.min(kept.length, MAX_HEADER_BLOCKS);
  for (let i = 0; i < headerLimit; i++) {
    const b = kept[i]!;
    const rt = READING_TIME.exec(b);
    const stripped = rt ? b.slice(0, rt.index).trimEnd() : b;
    if (DATELINE_LINE.test(b)) break;
    const date = (stripped.length <= 80 && !/[.!?]$/.test(stripped)) || /\d{4}/.test(stripped) ? parsePrintedDate(stripped) : null;
    if (date && /\d{4}/.test(date.text) && stripped.length - date.text.length <= 30) {
      published = date.iso;
      publishedText = date.text;
      bodyStart = i + 1;
      continue;
    }
    // a byline among the header lines: its names are the authors, the line is not body
    if (!bylineSeen && TEXT_BYLINE.test(b)) {
      bylineSeen = true;
      authors = cleanAuthors([b]);
      bodyStart = i + 1;
      continue;
    }
    if (title === null && i < 3 && isTitleLike(b)) {
      if (section === null && i + 1 < kept.length && SECTION_LABEL.test(b) && b.split(' ').length <= 3 && isTitleLike(kept[i + 1]!)) {
        section = b;
        bodyStart = i + 1;
        continue;
      }
      title = b;
      bodyStart = i + 1;
      continue;
    }
    break;
  }

  // Dateline: the first paragraph that opens with one marks the body start; what comes
  // between the header and it (pull quotes, standfirst) is kept only if not repeated later.
  let dateline: { text: string } | null = null;
  let body = kept.slice(bodyStart);
  // a text that is nothing but a title-like line ("Talks would resume") is the body itself
  if (body.length === 0 && title !== null) {
    body = [title];
    title = null;
  }
  const pullQuotes: string[] = [];
  // a wire dateline on a line of its own ("JOHANNESBURG, August 7 (Xinhua) --"): the body follows it
  const lineIndex = body.findIndex((b, i) => i < MAX_HEADER_BLOCKS && DATELINE_LINE.test(b));
  const datelineIndex = lineIndex >= 0 ? -1 : body.findIndex((b, i) => i < MAX_HEADER_BLOCKS && DATELINE.test(b));
  if (lineIndex >= 0) {
    const m = DATELINE_LINE.exec(body[lineIndex]!)!;
    dateline = { text: m[1]!.trim() };
    body = [...body.slice(0, lineIndex), ...body.slice(lineIndex + 1)];
  } else if (datelineIndex >= 0) {
    const m = DATELINE.exec(body[datelineIndex]!)!;
    dateline = { text: m[1]!.trim() };
    const before = body.slice(0, datelineIndex);
    const rest = body.slice(datelineIndex);
    rest[0] = rest[0]!.slice(m[0].length);
    const restText = normalizeForCompare(rest.join('\n'));
    const keepBefore: string[] = [];
    for (const b of before) {
      if (isRepeated(b, restText)) pullQuotes.push(b);
      else keepBefore.push(b);
    }
    body = [...keepBefore, ...rest];
  } else {
    // no dateline: a quotation block printed twice is a pull quote; keep the later copy
    // (looked for in the next PULL_QUOTE_WINDOW blocks: linear time on 100,000-line inputs)
    const out: string[] = [];
    const normalized = body.map(normalizeForCompare);
    body.forEach((b, i) => {
      if (b.length > 40 && normalized[i]!.length >= 20) {
        const later = normalized.slice(i + 1, i + 1 + PULL_QUOTE_WINDOW).join(' ');
        if (later.includes(normalized[i]!)) {
          pullQuotes.push(b);
          return;
        }
      }
      out.push(b);
    });
    body = out;
  }

  return {
    title,
    published,
    publishedText,
    authors,
    dateline,
    section,
    paragraphs: body,
    captions,
    pullQuotes,
    dropped,
    format: 'text',
  };
}

function isTitleLike(b: string): boolean {
  return b.length >= 2 && b.length <= 200 && !/[.!?:,;"”]$/.test(b) && !DATELINE.test(b);
}

function normalizeForCompare(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Is this block printed again (as the same text) in `later` (normalised with normalizeForCompare)? */
function isRepeated(block: string, later: string): boolean {
  const a = normalizeForCompare(block);
  if (a.length < 20) return false;
  return later.includes(a);
}
