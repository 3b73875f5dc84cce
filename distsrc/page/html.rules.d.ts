/**
 * Rules and tunables for reading a news page's HTML: which elements are page
 * furniture, how candidate containers are scored, when a paragraph inside the
 * main content is still furniture, and how metadata strings are cleaned.
 *
 * How the numbers were chosen: the starting values are Readability.js's
 * (scores per tag, +/-25 class weights, 0.2 sibling share) and
 * trafilatura's (link-density limits); each was then moved, one at a time,
 * while watching body F1 on the article-extraction benchmark pages and the
 * checks on the dev pages (`npm run eval:pages -- --verbose`), keeping a value
 * only when it helped without costing elsewhere. Patterns name the kinds of
 * furniture found on news sites in general, never one site's markup.
 */
/** Never content: removed before anything is scored. */
export declare const DROP_TAGS: Set<string>;
/** Page regions that are furniture unless they hold most of the page's text. */
export declare const REGION_TAGS: Set<string>;
/** A region tag holding more than this share of the page's text is kept (some pages wrap everything in one). */
export declare const REGION_KEEP_SHARE = 0.5;
/** ARIA roles of furniture. */
export declare const DROP_ROLES: Set<string>;
/** Tags that start a new paragraph (block level). Everything else is inline. */
export declare const BLOCK_TAGS: Set<string>;
export declare const HEADING_TAGS: Set<string>;
/**
 * Furniture named in a class or id: removed outright on the first attempt
 * (unless OK_MAYBE also matches). From Readability's unlikelyCandidates plus
 * kinds seen on news sites: share bars, newsletter boxes, cookie banners,
 * "most read" lists, author bios, tags, paywall prompts.
 */
export declare const UNLIKELY: RegExp;
/** Furniture removed even when large (a long comment thread must not win over the article)... */
export declare const UNLIKELY_ALWAYS: RegExp;
/** ...unless it holds nearly all of the page's text (a body wrapper with a stray class). */
export declare const UNLIKELY_ALWAYS_KEEP_SHARE = 0.8;
/** Other UNLIKELY elements are kept when they hold more than this share of the page's text (a mislabelled wrapper). */
export declare const UNLIKELY_KEEP_SHARE = 0.4;
/** Names that keep an element even when UNLIKELY matches (Readability's okMaybeItsACandidate). */
export declare const OK_MAYBE: RegExp;
/** Class/id weight: +POSITIVE_WEIGHT when POSITIVE matches, -NEGATIVE_WEIGHT when NEGATIVE does (Readability's 25). */
export declare const CLASS_WEIGHT = 25;
export declare const POSITIVE: RegExp;
export declare const NEGATIVE: RegExp;
/** Captions: kept out of the body and collected apart. */
export declare const CAPTION_CLASS: RegExp;
/** How far above the content captions are gathered (the lead picture sits beside the body). */
export declare const CAPTION_SCOPE_LEVELS = 3;
/** Pull quotes: printed again in the body, so kept out of it. */
export declare const PULL_QUOTE_CLASS: RegExp;
/** Elements whose class/id names a byline (searched for authors when the metadata names none). */
export declare const BYLINE_CLASS: RegExp;
/** Ancestors whose names mark comments, teasers or side columns: bylines inside them are not the article's. */
export declare const OTHER_STORY: RegExp;
/** Elements whose class/id names a printed publication date (read when the metadata gives none). */
export declare const DATE_CLASS: RegExp;
/** Tags whose text is scored into their ancestors. */
export declare const SCORE_TAGS: Set<string>;
/** A scored block shorter than this adds nothing (Readability: 25). */
export declare const MIN_SCORED_LEN = 25;
/** How many ancestors a block's score reaches (Readability: 5). */
export declare const SCORE_ANCESTORS = 5;
/** Base score of a candidate by its tag. */
export declare const TAG_SCORE: Record<string, number>;
/** Bonus to an element marked as the article body by schema.org microdata or a well-known attribute. */
export declare const ARTICLE_BODY_BONUS = 50;
export declare const ARTICLE_BODY_ATTR: RegExp;
/** A sibling of the top candidate joins when its score reaches this share of the top score (Readability: 0.2)... */
export declare const SIBLING_SHARE = 0.3;
/** ...and at least this score. */
export declare const SIBLING_MIN_SCORE = 10;
/** A sibling paragraph joins when longer than this with link density below SIBLING_P_LINK_DENSITY. */
export declare const SIBLING_P_LEN = 80;
export declare const SIBLING_P_LINK_DENSITY = 0.25;
/** Climb to the parent while it still holds at least this share of the top score (it wraps the same content). */
export declare const PARENT_SHARE = 0.8;
/** When this many of the top 5 candidates share an ancestor that holds them, that ancestor wins. */
export declare const ALTERNATIVE_SHARE = 0.75;
export declare const MIN_ALTERNATIVES = 3;
/** An attempt yielding fewer characters than this is retried with a relaxed rule; the longest attempt wins. */
export declare const MIN_BODY_CHARS = 500;
/** A container inside the content whose links make up more than this share of its text is dropped... */
export declare const MAX_LINK_DENSITY = 0.5;
/** ...and at a lower share when its class weight is negative. */
export declare const MAX_LINK_DENSITY_NEGATIVE = 0.2;
/** A paragraph whose links make up this share of its text and is shorter than LINKY_P_LEN is a link line (related story). */
export declare const LINKY_P_DENSITY = 0.8;
export declare const LINKY_P_LEN = 300;
/** A list whose items are mostly links and short is a link list. */
export declare const LINK_LIST_DENSITY = 0.5;
/** A container with fewer than this many characters of text and several images or inputs is furniture. */
export declare const SMALL_CONTAINER_LEN = 25;
/**
 * Whole paragraphs that are furniture. Tested against the trimmed paragraph.
 * Kept short (anchored, bounded) so they never match a real sentence.
 * No unbounded repetition may follow one it overlaps (".{1,40}\s*", "\s*:?\s*"):
 * test/safety/redos.test.ts fails on them.
 */
export declare const FURNITURE_PARAGRAPHS: readonly RegExp[];
/**
 * Titles of boxes linking to other stories, in the languages most news is
 * written in. Where such a title stands inside the content, it and the
 * elements after it in the same container are dropped.
 */
export declare const RELATED_TITLE: RegExp;
/** Paragraphs that are furniture when they close the body (credits, author bios, follow prompts). */
export declare const TRAILING_PARAGRAPHS: readonly RegExp[];
/** How many closing paragraphs are tested against TRAILING_PARAGRAPHS. */
export declare const MAX_TAIL_FURNITURE = 3;
/** A line of bare punctuation, bullets or symbols. */
export declare const SYMBOL_ONLY: RegExp;
/** A byline line printed at the top of the body ("By Jane Doe", "By Jane Doe and John Roe, Reuters"). */
export declare const BYLINE_LINE: RegExp;
/** A header line naming who posted the story ("05/10/2018 - Published by: Jane Doe - Category: Health"). */
export declare const HEADER_META: RegExp;
/** The maximum number of leading paragraphs that may be header furniture (byline, date, standfirst duplicates). */
export declare const MAX_HEAD_FURNITURE = 4;
/** A paragraph printed twice (pull quote, repeated standfirst) is kept once when at least this long. */
export declare const MIN_DUPLICATE_LEN = 80;
/** Separators between a headline and the site name in <title> / og:title. */
export declare const TITLE_SEPARATORS: string[];
/**
 * The page's <h1> replaces the metadata title when they share at least this
 * share of their words (the h1 is the headline as printed; og:title is often
 * a shortened social wording). Chosen on the dev pages and the metadata set.
 */
export declare const H1_TITLE_OVERLAP = 0.8;
/** Words that make a "name" a desk or site rather than a person (kept if alone). */
export declare const NOT_A_PERSON: RegExp;
/** A byline that names only a news agency or wire service. */
export declare const AGENCY_ONLY: RegExp;
/** Prefixes and suffixes stripped from a byline. */
export declare const BYLINE_PREFIX: RegExp;
/** Role/credit words that end a name in a byline ("Jane Doe, Staff Writer"). */
export declare const BYLINE_ROLE: RegExp;
