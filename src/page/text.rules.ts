/**
 * Rules for reading plain text pasted from a news page: which lines are page
 * furniture, which is the date line, which is the dateline.
 */

/** Whole lines that are page furniture, never body. Tested against the trimmed line. */
export const FURNITURE_LINES: readonly RegExp[] = [
  /^\d+\s*(?:min(?:ute)?s?|-minute)\s+read$/i,
  /^(?:newsletters?|advertisement|advert|sponsored(?: content)?|related(?: articles| stories| coverage)?|read more|more on this(?: story)?|share(?: this(?: article| story)?)?|follow us.*|sign up.*|subscribe.*|most (?:read|popular)|trending|top stories|recommended|listen to (?:this )?article|print|email|comments?|copy link)$/i,
  /^get the latest .{0,80}(?:inbox|email)\.?$/i,
  /^(?:photo|image|picture|video|credit|source|file photo)\s*:/i,
  /^image of\b/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /^all rights reserved\.?$/i,
  /^(?:click|tap) here\b/i,
  /^(?:updated|published|posted|last updated)\s*(?::\s*)?$/i,
];

/** A caption line credited to a photo source ("... Photo: AFP"). */
export const CAPTION_CREDIT = /(?:\bphoto|\bimage|\bpicture|\bcredit|\bfile photo)\s*(?:by\s*)?:\s*[\p{Lu}][\p{L}.&\/ -]{0,60}$/u;

/**
 * Reading time or similar counters printed with the date ("Jan. 09, 2026 • 2 min read").
 * Everything from the match on is dropped (no leading \s* or trailing .*$: both are quadratic).
 */
export const READING_TIME = /[•·|\-–—]\s*\d+\s*(?:min(?:ute)?s?|-minute)\s+read\b/i;

/** A short label above the title: a section name ("News", "World", "Middle East"). */
export const SECTION_LABEL = /^[\p{Lu}][\p{L}&' -]{1,30}$/u;

/** The date some wires print in a dateline: "March 3", "Aug. 7", "12 May". */
const WIRE_DATE = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8})`;

/**
 * A dateline at the start of the body: an upper-case place, optional
 * further place parts and an agency in parentheses, then a dash.
 * "ERBIL, Kurdistan Region of Iraq - ", "KABUL, Afghanistan (AP) — ",
 * "WASHINGTON (Reuters) -", with the date some wires print: "LONDON, March 3 (Reuters) - ".
 */
export const DATELINE = new RegExp(
  String.raw`^((?:[\p{Lu}][\p{Lu}.'’-]*)(?: [\p{Lu}][\p{Lu}.'’-]*){0,3}(?:, [\p{L}][\p{L}.'’-]*(?: (?:of|the|[\p{Lu}][\p{L}.'’-]*)){0,5}){0,2}(?:, ${WIRE_DATE})?)(?: ?\(([\p{L} .&-]{1,40})\))? ?[-–—:]{1,2} (?=\S)`,
  'u',
);

/**
 * A dateline printed in mixed case ("Indianapolis – ", "Kyiv, Ukraine — ",
 * "Beirut (AFP) — "): only read at the very start of an HTML page's first
 * paragraph, only before an en or em dash and a new sentence ("Donald Trump — the
 * president" is no dateline).
 */
export const DATELINE_MIXED =
  /^((?:[\p{Lu}][\p{Ll}'’.-]+)(?: [\p{Lu}][\p{Ll}'’.-]+){0,2}(?:, [\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,2})?)(?: ?\(([\p{L} .&-]{1,40})\))?\s?[–—]\s(?=[\p{Lu}\d"“‘'])/u;

/**
 * A wire-service dateline printed on a line of its own, with the date:
 * "JOHANNESBURG, August 7 (Xinhua) --", "WASHINGTON (AP) -".
 */
export const DATELINE_LINE = new RegExp(
  String.raw`^((?:[\p{Lu}][\p{Lu}.'’-]*)(?: [\p{Lu}][\p{Lu}.'’-]*){0,3}(?:, [\p{L}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}){0,2}(?:,? ${WIRE_DATE})?)(?: ?\(([\p{L} .&-]{1,40})\))? ?[-–—:]{1,2}$`,
  'u',
);

/** Characters that make a line blank in pasted text (non-breaking and zero-width spaces). */
export const BLANKISH = /^[\s\u00a0\u200b\u2007\u202f\ufeff]*$/;

/** A byline line in pasted text: "By Jane Smith", "By Jane Smith and Ali Khan, Reuters", "Written by Ann Poe". */
export const TEXT_BYLINE = /^(?:[Ww]ritten\s+[Bb]y|[Bb]y|BY)\s+\p{Lu}[^!?\n]{0,79}[^.!?\n]$/u;
