/**
 * What a page says about itself: JSON-LD (incl. @graph and arrays),
 * OpenGraph / Twitter / Dublin Core / Parse.ly / Sailthru meta tags, <time>,
 * rel=author and byline elements, and the URL, in that order of trust.
 */
import { createRequire } from 'node:module';
import type { AnyNode, Element } from 'domhandler';
import { normalizeIsoDate, parsePrintedDate } from '../dates.js';
import { classId, foldSpace, isText, MAX_DEPTH, textOf } from './dom.js';
import { AGENCY_ONLY, AUTHOR_DIR, AUTHOR_SLUG, BYLINE_CLASS, COMMENTS, DATE_CLASS, OTHER_STORY, BYLINE_PREFIX, BYLINE_ROLE, H1_TITLE_OVERLAP, H1_REWORDED_OVERLAP, NOT_A_PERSON, ORG_WORDS, TITLE_SEPARATORS } from '../html.rules.js';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  siteName: string | null;
  language: string | null;
  canonicalUrl: string | null;
  description: string | null;
  image: string | null;
  section: string | null;
  /** Text of the JSON-LD articleBody, when a page gives one (a fallback for the body). */
  ldBody: string | null;
  /** The organisation a byline credits when it names no person ("Reuters", "BBC News", "Editorial"). */
  bylineOrg: string | null;
  /** The metadata's wording of the title when the printed h1 headline replaced it (for diagnostics). */
  metaTitle: string | null;
}

/** Everything the metadata reader needs, gathered in one walk over the page. */
interface Gathered {
  meta: Map<string, string>;
  ld: unknown[];
  titleTag: string | null;
  h1: string[];
  /** The first h1 elements, for judging which one prints the article's headline. */
  h1Els: Element[];
  htmlLang: string | null;
  canonical: string | null;
  times: { datetime: string; pub: boolean }[];
  authorEls: Element[];
  /** Links to an author page whose path ends in the link text ("/staff/jane-doe/" for "Jane Doe"). */
  slugAuthorEls: Element[];
  bylineEls: Element[];
  dateEls: Element[];
}

function gather(root: AnyNode): Gathered {
  const g: Gathered = { meta: new Map(), ld: [], titleTag: null, h1: [], h1Els: [], htmlLang: null, canonical: null, times: [], authorEls: [], slugAuthorEls: [], bylineEls: [], dateEls: [] };
  const visit = (n: AnyNode, depth: number, inBody: boolean): void => {
    if (depth > MAX_DEPTH || !('children' in n)) return;
    for (const c of n.children) {
      if (c.type !== 'tag' && c.type !== 'script' && c.type !== 'style') continue;
      const el = c as Element;
      const a = el.attribs;
      switch (el.name) {
        case 'html':
          if (a.lang && !g.htmlLang) g.htmlLang = a.lang.trim();
          else if (a['xml:lang'] && !g.htmlLang) g.htmlLang = a['xml:lang'].trim();
          break;
        case 'meta': {
          const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.trim().toLowerCase();
          const content = a.content ?? a.value;
          if (key && content !== undefined && content.trim()) {
            // several keys in one attribute ("dc:title og:title")
            for (const k of key.split(/\s+/)) if (!g.meta.has(k)) g.meta.set(k, foldSpace(content));
          }
          if (a.itemprop && a.itemprop.trim() === 'datePublished' && a.content) g.times.unshift({ datetime: a.content, pub: true });
          continue;
        }
        case 'script':
          if ((a.type ?? '').toLowerCase().includes('ld+json')) {
            const raw = el.children.map((x) => (isText(x) ? x.data : '')).join('');
            const parsed = parseJsonLd(raw);
            if (parsed !== undefined) g.ld.push(parsed);
          }
          continue;
        case 'style':
          continue;
        case 'title':
          if (g.titleTag === null && depth < 6 && !inSvg(el)) g.titleTag = textOf(el);
          continue;
        case 'link':
          if (!g.canonical && /\bcanonical\b/i.test(a.rel ?? '') && a.href) g.canonical = a.href.trim();
          if (/\bauthor\b/i.test(a.rel ?? '')) g.authorEls.push(el);
          continue;
        case 'h1':
          if (g.h1.length < 5) {
            g.h1.push(textOf(el));
            g.h1Els.push(el);
          }
          break;
        case 'time':
          if (a.datetime) g.times.push({ datetime: a.datetime, pub: a.pubdate !== undefined || a.itemprop === 'datePublished' || /publish/i.test(a.class ?? '') });
          break;
        case 'a':
          if (/\bauthor\b/i.test(a.rel ?? '')) g.authorEls.push(el);
          else if (inBody && g.slugAuthorEls.length < 10 && a.href && slugNamesText(a.href, el)) g.slugAuthorEls.push(el);
          break;
      }
      if (inBody || el.name === 'body') {
        if (a.itemprop && /(?:^|\s)author(?:\s|$)/.test(a.itemprop)) g.authorEls.push(el);
        else if (a.itemprop === 'datePublished' && a.datetime === undefined && a.content && !inOtherStory(el)) g.times.unshift({ datetime: a.content, pub: true });
        else {
          const cid = classId(el);
          if (cid && g.bylineEls.length < 10 && BYLINE_CLASS.test(cid)) g.bylineEls.push(el);
          if (cid && g.dateEls.length < 5 && DATE_CLASS.test(cid)) g.dateEls.push(el);
        }
      }
      visit(el, depth + 1, inBody || el.name === 'body');
    }
  };
  visit(root, 0, false);
  return g;
}

/** The link's path ends in a slug of the words of its text: /staff/jane-doe/, /author/jane-doe-2 */
function slugNamesText(href: string, el: Element): boolean {
  if (href.length > 300) return false;
  let path = href;
  for (const c of ['?', '#']) {
    const i = path.indexOf(c);
    if (i >= 0) path = path.slice(0, i);
  }
  const parts = path.split('/').filter(Boolean);
  if (parts.length < 2 || !AUTHOR_DIR.test(parts[parts.length - 2]!) || !AUTHOR_SLUG.test(parts[parts.length - 1]!)) return false;
  const slug = parts[parts.length - 1]!.toLowerCase().replace(/-\d+$/, '').replace(/-/g, ' ');
  const text = textOf(el);
  if (!text || text.length > 60) return false;
  const words = normWords(text.normalize('NFKD').replace(/\p{M}/gu, ''));
  return words.split(' ').length >= 2 && words === slug;
}

function inSvg(el: Element): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) if ((p as Element).name === 'svg') return true;
  return false;
}

function parseJsonLd(raw: string): unknown {
  const s = raw.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '').trim();
  if (!s) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    // control characters inside strings are a common fault
    try {
      return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return salvageLd(s);
    }
  }
}

type Obj = Record<string, unknown>;

/**
 * The article fields of a JSON-LD block that does not parse (a template's
 * comment, a stray brace): its article @type, headline, dates and the names
 * given under "author", read field by field. Undefined when it names no
 * article type.
 */
function salvageLd(s: string): Obj | undefined {
  if (s.length > 500_000) return undefined;
  const type = /"@type"\s*:\s*"((?:[A-Za-z]{0,40}Article|BlogPosting|LiveBlogPosting|Report))"/.exec(s);
  if (!type) return undefined;
  const field = (k: string): string | undefined => {
    const m = new RegExp(`"${k}"\\s*:\\s*"([^"\\\\]{1,300})"`).exec(s);
    return m ? m[1] : undefined;
  };
  const o: Obj = { '@type': type[1] };
  for (const k of ['headline', 'datePublished', 'dateModified', 'dateCreated']) {
    const v = field(k);
    if (v) o[k] = v;
  }
  const at = s.indexOf('"author"');
  if (at >= 0) {
    const win = s.slice(at, at + 600);
    const end = win.search(/[\]}]\s*,\s*"(?!name|@type|url|@id|sameAs|image)/);
    const names = [...(end > 0 ? win.slice(0, end) : win).matchAll(/"name"\s*:\s*"([^"\\]{1,100})"/g)].map((m) => m[1]!);
    const plain = /^"author"\s*:\s*"([^"\\]{1,100})"/.exec(win);
    if (plain) o.author = plain[1];
    else if (names.length) o.author = names;
  }
  return o;
}

const ARTICLE_TYPES = /^(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|DiscussionForumPosting|Blog|Posting|CreativeWork|Story|Episode|Recipe|HowTo)$/;

/** All objects of the JSON-LD blocks, flattened through arrays, @graph and mainEntity. */
function ldObjects(ld: unknown[]): Obj[] {
  const out: Obj[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Obj;
    if (o['@type'] !== undefined) out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity && typeof o.mainEntity === 'object') visit(o.mainEntity, depth + 1);
    if (o.mainEntityOfPage && typeof o.mainEntityOfPage === 'object' && (o.mainEntityOfPage as Obj)['@type'] !== 'WebPage') visit(o.mainEntityOfPage, depth + 1);
  };
  for (const x of ld) visit(x, 0);
  return out;
}

function types(o: Obj): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return foldSpace(decodeEntities(v)) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x);
      if (s) return s;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    const o = v as Obj;
    return str(o.name ?? o['@value'] ?? o.url ?? o['@id']);
  }
  return null;
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp|#39|mdash|ndash|hellip|lsquo|rsquo|ldquo|rdquo|laquo|raquo|pound|euro|copy));/gi, (m, d: string, h: string, n: string) => {
    if (d) return String.fromCodePoint(Math.min(+d, 0x10ffff));
    if (h) return String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff));
    const names: Record<string, string> = {
      amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", mdash: '\u2014', ndash: '\u2013', hellip: '\u2026',
      lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', pound: '\u00a3', euro: '\u20ac', copy: '\u00a9',
    };
    return names[n.toLowerCase()] ?? m;
  });
}

function ldAuthors(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(ldAuthors);
  if (typeof v === 'object') {
    const o = v as Obj;
    const n = o.name;
    if (typeof n === 'string') return [n];
    if (Array.isArray(n)) return n.filter((x): x is string => typeof x === 'string');
    if (typeof o.givenName === 'string' || typeof o.familyName === 'string') return [`${o.givenName ?? ''} ${o.familyName ?? ''}`.trim()];
  }
  return [];
}

/**
 * An author given as a reference to an object elsewhere in the @graph
 * ({"@id": ".../#/schema/person/1"}, as WordPress SEO plugins write it) is that object.
 */
function resolveRefs(v: unknown, objs: Obj[]): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, objs));
  if (!v || typeof v !== 'object') return v;
  const o = v as Obj;
  const id = o['@id'];
  if (typeof id !== 'string' || o.name !== undefined || o.givenName !== undefined) return v;
  return objs.find((x) => x['@id'] === id && x !== o) ?? v;
}

/** The JSON-LD object describing the article (the first article-typed one, else a WebPage). */
function ldArticle(objs: Obj[]): Obj | null {
  let fallback: Obj | null = null;
  let bare: Obj | null = null;
  for (const o of objs) {
    const t = types(o);
    if (t.some((x) => ARTICLE_TYPES.test(x))) {
      // a CreativeWork holding only paywall or publisher parts says nothing of the article
      if (o.headline || o.datePublished || o.author || o.name) return o;
      bare ??= o;
    }
    if (!fallback && t.some((x) => /WebPage|ItemPage|VideoObject|ClaimReview/.test(x)) && (o.headline || o.datePublished)) fallback = o;
  }
  return fallback ?? bare;
}

/** Read the page's metadata. `bodyText` is used for language detection when the page declares none. */
export function readMetadata(root: AnyNode, url: string | null | undefined): PageMetadata & { gathered: { h1: string[]; bylineText: string[] } } {
  const g = gather(root);
  const m = g.meta;
  const objs = ldObjects(g.ld);
  const art = ldArticle(objs);
  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = m.get(k);
      if (v) return v;
    }
    return null;
  };

  // site name: OpenGraph, then the publisher of the JSON-LD article, then a WebSite object
  let siteName = get('og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone');
  if (!siteName && art) siteName = str((art.publisher as Obj | undefined)?.name ?? null);
  if (!siteName) {
    const site = objs.find((o) => types(o).includes('WebSite'));
    if (site) siteName = str(site.name);
  }

  // title
  const metaTitle = get('dc:title', 'dcterm:title', 'og:title', 'dc.title', 'dcterms.title', 'twitter:title', 'parsely-title', 'sailthru.title', 'headline');
  const rawTitle = ldTitle(art, metaTitle ?? g.titleTag) ?? metaTitle ?? g.titleTag ?? (g.h1[0] || null);
  let title = rawTitle ? cleanTitle(rawTitle, { siteName, url, h1: g.h1, titleTag: g.titleTag }) : null;
  // the headline printed on the page, when it is a fuller wording of the same title
  const h1 = g.h1.find((h) => h.length >= 10 && h.length <= 250);
  if (title && h1 && normWords(h1) !== normWords(title) && covers(h1, title) && tokenOverlap(h1, title) >= H1_TITLE_OVERLAP) title = h1;
  // or another wording of it (og:title and JSON-LD often carry a social or search headline): the printed one is the article's
  let replacedTitle: string | null = null;
  const printed = title ? printedHeadline(g.h1Els, title, siteName, url) : null;
  if (title && printed && normWords(printed) !== normWords(title)) {
    replacedTitle = title;
    title = printed;
  }

  // language (also the language printed date lines are read in first)
  const LANG_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;
  let language: string | null = g.htmlLang && LANG_TAG.test(g.htmlLang) ? g.htmlLang.replace('_', '-') : null;
  if (!language) {
    const loc = get('og:locale', 'content-language', 'dc.language', 'language', 'inlanguage');
    if (loc && LANG_TAG.test(loc)) language = loc.replace('_', '-');
  }
  if (!language && art && typeof art.inLanguage === 'string') language = art.inLanguage;

  // dates
  const otherPub = [...objs.filter((o) => o !== art).map((o) => str(o.datePublished)), ...PUB_META_KEYS.map((k) => m.get(k) ?? null), ...g.times.filter((t) => t.pub).map((t) => t.datetime)];
  const publishedRaw: (string | null)[] = [
    art ? ldPublished(art, otherPub, () => printedPublished([...g.dateEls, ...g.bylineEls], language)) : null,
    get(...PUB_META_KEYS),
    ...g.times.filter((t) => t.pub).map((t) => t.datetime),
  ];
  // every source that says when the article was published, for completing the first one
  const allPub = [...publishedRaw, ...objs.filter((o) => o !== art).map((o) => str(o.datePublished)), ...PUB_META_KEYS.map((k) => m.get(k) ?? null)];
  let published: string | null = null;
  for (const r of publishedRaw) {
    if (r && (published = plausible(toIso(r)))) break;
  }
  // a date alone, when another source gives the time of that day (a JSON-LD date next to article:published_time)
  if (published && published.length === 10) {
    const more = [...allPub, ...g.times.map((t) => t.datetime)];
    for (const r of more) {
      const iso = r ? plausible(toIso(r)) : null;
      if (iso && iso.length > 10 && iso.slice(0, 10) === published) {
        published = iso;
        break;
      }
    }
  }
  // a date-time without an offset is the site's local time, unless another source gives the same clock time with its offset
  if (published && published.length > 10 && !hasOffset(published)) {
    const zoned = [...allPub, ...g.times.map((t) => t.datetime)].map((r) => (r ? plausible(toIso(r)) : null)).filter((x): x is string => !!x && x.length > 10 && hasOffset(x));
    const naive = Date.parse(published.slice(0, 19) + 'Z');
    const same = zoned.find((iso) => iso.slice(0, 16) === published!.slice(0, 16));
    // or a published time that differs from it by a whole time-zone offset (the same instant written in UTC)
    const shifted = zoned.find((iso) => {
      const d = Date.parse(iso) - naive;
      return !Number.isNaN(d) && Math.abs(d) <= 14 * 3600_000 && d % (15 * 60_000) === 0 && allPub.some((r) => r && toIso(r) === iso);
    });
    if (same ?? shifted) published = (same ?? shifted)!;
  }
  const canonicalRaw = g.canonical ?? get('og:url') ?? (art ? str(art.url) : null);
  const urlDate = (url ? dateFromUrl(url) : null) ?? (canonicalRaw ? dateFromUrl(canonicalRaw) : null);
  // a canonical URL on another host is the original of a syndicated copy: its date does not veto this page's own <time>
  const ownUrlDate = (url ? dateFromUrl(url) : null) ?? (canonicalRaw && sameHost(canonicalRaw, url) ? dateFromUrl(canonicalRaw) : null);
  if (!published) {
    for (const t of g.times) {
      const iso = plausible(toIso(t.datetime));
      if (!iso) continue;
      // the first <time> may be a clock or a related story's: trust it only when the URL agrees or says nothing
      if (!ownUrlDate || iso.slice(0, 10) === ownUrlDate) published = iso;
      break;
    }
  }
  if (!published) {
    // a date printed in an element named for it ("Published 11:34 PM EST Nov 19, 2019")
    for (const el of g.dateEls) {
      const t = textOf(el);
      if (!t || t.length > 100) continue;
      const d = parsePrintedDate(t.replace(/^(?:published|posted|updated|last updated|first published)\s*(?:on|at)?\s*:?\s*/i, ''), language);
      const iso = d ? plausible(d.iso) : null;
      if (!iso) continue;
      if (!urlDate || iso.slice(0, 10) === urlDate || utcDay(iso) === urlDate) published = iso;
      break;
    }
  }
  if (!published && urlDate) published = urlDate;
  // a date alone or a time without offset: the printed date line may give the time and its zone ("Nov 18, 2019 at 9:24 pm ET")
  if (published && (published.length === 10 || !hasOffset(published))) {
    const printed = printedPublished([...g.dateEls, ...g.bylineEls], language);
    if (printed && (published.length === 10 ? printed.slice(0, 10) === published : printed.slice(0, 16) === published.slice(0, 16))) published = printed;
  }
  if (!published && g.ld.length === 0) {
    const t = get('last-modified');
    if (t) published = null;
  }
  let modified: string | null = null;
  for (const r of [art ? str(art.dateModified) : null, get('article:modified_time', 'og:updated_time', 'article:modified', 'modified_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'sailthru.lastmodified', 'last-modified')]) {
    if (r && (modified = plausible(toIso(r)))) break;
  }

  // authors
  let authors: string[] = [];
  const host = hostName(canonicalRaw ?? url);
  const hostLabel = host ? host.split('.')[0]! : null;
  const siteNames = [siteName, art ? str((art.publisher as Obj | undefined)?.name ?? null) : null, host, hostLabel && hostLabel.length >= 4 ? hostLabel : null].filter((x): x is string => !!x);
  // the JSON-LD names only a news agency ("Reuters", "PTI"): a byline element would find a dateline or a teaser's name
  let agencyOnly = false;
  // the JSON-LD names the site itself as a Person: the printed byline, when there is one, names the writers
  let siteAsPerson: string[] = [];
  // organisations credited as authors: JSON-LD Organization names, and raw credits to fall back on for `bylineOrg`
  const typedOrgs = new Set<string>();
  const typedPersons = new Set<string>();
  const orgCredits: string[] = [];
  if (art) {
    const credited = resolveRefs(art.author ?? art.creator, objs);
    const rawLd = ldAuthors(credited);
    for (const x of asArray(credited)) {
      if (!x || typeof x !== 'object') continue;
      const t = types(x as Obj);
      const names = ldAuthors(x).map(normWords);
      if (t.some((y) => /Organization$/.test(y))) names.forEach((n) => typedOrgs.add(n));
      else if (t.includes('Person')) names.forEach((n) => typedPersons.add(n));
    }
    orgCredits.push(...rawLd);
    authors = cleanAuthors(rawLd, siteNames);
    agencyOnly = !authors.length && rawLd.length > 0 && rawLd.every((a) => AGENCY_ONLY.test(foldSpace(a).replace(BYLINE_PREFIX, '')));
    // a Person named like the site is the author of a personal site, not a site name in a byline
    const persons = asArray(credited).every((x) => x && typeof x === 'object' && types(x as Obj).includes('Person'));
    // an Organization credited as author (the site, a fact-check desk): a printed byline names the writers
    const orgs = asArray(credited).every((x) => x && typeof x === 'object' && types(x as Obj).some((t) => /Organization$/.test(t)));
    if (orgs && authors.length) {
      siteAsPerson = authors;
      authors = [];
    }
    if (!authors.length && persons) {
      siteAsPerson = cleanAuthors(rawLd, []);
      authors = [];
    }
  }
  // a JSON-LD Organization is one unless its name reads like a person's and is not the site's (CMSs type writers as Organization)
  const isOrg = (n: string): boolean =>
    isOrgName(n, siteNames, typedPersons.has(normWords(n))) || (typedOrgs.has(normWords(n)) && (!PERSON_LIKE.test(n) || siteNames.some((sn) => namesSite(n, sn))));
  if (!authors.length && !agencyOnly) {
    const metaAuthor = get('dc:creator', 'dc.creator', 'dcterms.creator', 'author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'twitter:creator:name', 'citation_author');
    if (metaAuthor && !/^(?:https?:|www\.|@)/i.test(metaAuthor)) {
      const found = cleanAuthors([metaAuthor], siteNames);
      if (found.length) authors = found;
      orgCredits.push(metaAuthor);
    }
  }
  // a fact-check names the author of the claim it reviews: that name is not the article's writer
  const claimants = new Set(objs.flatMap((o) => (o.itemReviewed && typeof o.itemReviewed === 'object' ? ldAuthors(resolveRefs((o.itemReviewed as Obj).author, objs)) : [])).map(normWords));
  const notClaimant = (names: string[], raw: string[]): string[] => (claimants.size && raw.some((r) => claimants.has(normWords(r))) ? [] : names);
  const bylineText: string[] = [];
  /** Names of author links close to the first one (the byline), not those of other stories further down. */
  const authorLinks = (els: Element[], texts: string[]): string[] => {
    const near = els.length ? ancestor(els[0]!, 3) : null;
    for (const el of els) {
      if (near && el !== els[0] && !isInside(el, near)) continue;
      const t = authorElementText(el);
      if (t) texts.push(t);
      if (texts.length >= 3) break;
    }
    return notClaimant(cleanAuthors(texts, siteNames), texts);
  };
  if (!authors.length && !agencyOnly) {
    // author links close to the first one (the byline), not those of other stories further down
    const fromRel = authorLinks(g.authorEls.filter((el) => !inOtherStory(el, COMMENTS)), bylineText);
    if (fromRel.length) authors = fromRel;
  }
  if (!authors.length && !agencyOnly) {
    for (const el of g.bylineEls) {
      if (inOtherStory(el)) continue;
      const t = textOf(el);
      if (!t || t.length > 150) continue;
      const found = notClaimant(cleanAuthors([t], siteNames), [t]);
      if (found.length) {
        authors = found;
        break;
      }
      if (AGENCY_ONLY.test(foldSpace(t).replace(BYLINE_PREFIX, '').replace(/[\s.]+$/, ''))) orgCredits.push(t);
    }
  }

  if (!authors.length && !agencyOnly) {
    // last, links to writers' pages named by their slug, where the byline has no author markup
    const fromSlug = authorLinks(g.slugAuthorEls.filter((el) => !inOtherStory(el)), []);
    if (fromSlug.length) authors = fromSlug;
  }
  if (!authors.length) authors = siteAsPerson;
  else if (authors.length < 4) {
    // the JSON-LD may name only the first writer of a printed byline "By A, B and C"
    const have = new Set(authors.map(normWords));
    for (const el of g.bylineEls) {
      if (inOtherStory(el)) continue;
      const t = textOf(el);
      if (!t || t.length > 150) continue;
      const found = cleanAuthors([t], siteNames);
      if (found.length > authors.length && found.length <= 6 && [...have].every((k) => found.some((f) => normWords(f) === k))) {
        authors = found;
        break;
      }
    }
  }

  // persons in `authors`; an organisation credited instead of them in `bylineOrg`
  const orgInAuthors = authors.find(isOrg) ?? null;
  authors = authors.filter((n) => !isOrg(n));
  let bylineOrg: string | null = null;
  if (!authors.length) {
    // the credit as written ("Smith & Co", not the "Smith" a split on "&" left), else the name found among the authors
    for (const raw of orgCredits) {
      const org = cleanOrg(raw);
      if (org && isOrg(org)) {
        bylineOrg = org;
        break;
      }
    }
    bylineOrg ??= orgInAuthors;
    // wire copy: an agency or another outlet credited alone is the author; the site's own name and its staff are not
    if (bylineOrg && !isHouseCredit(bylineOrg, siteNames)) authors = [bylineOrg];
  }

  const canonicalUrl = canonicalRaw ? absolute(canonicalRaw, url) : null;
  const description = get('og:description', 'description', 'twitter:description', 'dc.description', 'dc:description') ?? (art ? str(art.description) : null);
  const imageRaw = get('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? (art ? ldImage(art.image) : null);
  const image = imageRaw ? absolute(imageRaw, url) : null;
  const section = get('article:section', 'parsely-section', 'section', 'sailthru.section', 'og:section') ?? (art ? str(art.articleSection) : null);
  const ldBody = art && typeof art.articleBody === 'string' ? art.articleBody : null;

  return {
    title,
    authors,
    published,
    modified,
    siteName,
    language,
    canonicalUrl,
    description,
    image,
    section,
    ldBody,
    bylineOrg,
    metaTitle: replacedTitle,
    gathered: { h1: g.h1, bylineText },
  };
}

/**
 * The article object's publication time; its modification time when that is
 * earlier (an article exists by the time it is first modified, so a
 * datePublished after dateModified is a republication or re-stamp).
 */
function ldPublished(art: Obj, others: (string | null)[], printed: () => string | null): string | null {
  const pub = str(art.datePublished) ?? str(art.dateCreated);
  const mod = str(art.dateModified);
  if (!pub || !mod) return pub;
  const p = toIso(pub);
  const m = toIso(mod);
  if (!p || !m || p.length <= 10 || m.length <= 10 || !hasOffset(p) || !hasOffset(m)) return pub;
  const tp = Date.parse(p);
  const tm = Date.parse(m);
  if (!(tm < tp && tp - tm < 2 * 86400_000 && plausible(m))) return pub;
  // the earliest time another source gives for the publication, up to the modification (a second JSON-LD block, a meta tag,
  // the date line printed with its zone)
  let best = mod;
  let tb = tm;
  for (const o of [...others, printed()]) {
    const iso = o ? toIso(o) : null;
    if (!iso || iso.length <= 10 || !hasOffset(iso)) continue;
    const t = Date.parse(iso);
    if (t < tb && tm - t < 86400_000) {
      best = o!;
      tb = t;
    }
  }
  return best;
}

/** The first publication date-time with its zone printed in a date or byline element; "Updated ..." parts are not read. */
function printedPublished(els: Element[], lang: string | null): string | null {
  for (const el of els.slice(0, 12)) {
    if (inOtherStory(el)) continue;
    let t = textOf(el);
    if (!t || t.length > 160) continue;
    if (/^\W*(?:last\s+)?(?:updated|modified|edited)\b/i.test(t)) continue;
    t = t.split(/\b(?:updated|modified|last edited)\b/i)[0]!;
    if (!/\d/.test(t)) continue;
    const d = parsePrintedDate(t, lang);
    const iso = d ? plausible(d.iso) : null;
    if (iso && iso.length > 10 && hasOffset(iso)) return iso;
  }
  return null;
}

/** Inside comments, teasers or a sidebar: a name there is not the article's author. */
function inOtherStory(el: Element, names: RegExp = OTHER_STORY): boolean {
  let p = el.parent;
  for (let i = 0; p && p.type === 'tag' && i < 10; i++, p = p.parent) {
    if ((p as Element).name === 'body' || (p as Element).name === 'html') break; // page-wide layout classes
    const cid = classId(p as Element);
    if (cid && names.test(cid)) return true;
  }
  return false;
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function ancestor(el: Element, levels: number): Element {
  let a = el;
  for (let i = 0; i < levels && a.parent && a.parent.type === 'tag'; i++) a = a.parent as Element;
  return a;
}

function isInside(el: Element, anc: Element): boolean {
  for (let p: AnyNode | null = el; p; p = p.parent) if (p === anc) return true;
  return false;
}

function ldImage(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length ? ldImage(v[0]) : null;
  if (v && typeof v === 'object') {
    const o = v as Obj;
    return typeof o.url === 'string' ? o.url : typeof o.contentUrl === 'string' ? o.contentUrl : null;
  }
  return null;
}

function absolute(href: string, base: string | null | undefined): string {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}

function authorElementText(el: Element): string | null {
  // itemprop=author may wrap a name element, or carry a meta content
  if (el.name === 'meta') return el.attribs.content ?? null;
  const stack: AnyNode[] = [el];
  let depth = 0;
  while (stack.length && depth++ < 200) {
    const n = stack.shift()!;
    if (n.type === 'tag') {
      const e = n as Element;
      if (e.attribs.itemprop === 'name') return e.name === 'meta' ? e.attribs.content ?? null : textOf(e);
      stack.push(...e.children);
    }
  }
  const t = textOf(el);
  return t && t.length < 120 ? t : null;
}

/** Do both URLs name the same site (host without "www.")? True when either is not an absolute URL. */
function sameHost(a: string, b: string | null | undefined): boolean {
  const ha = hostName(a);
  const hb = hostName(b);
  return !ha || !hb || ha === hb;
}

/** The host of a URL without "www." ("cleveland.com"), a name the site goes by in bylines. */
function hostName(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    return new URL(u).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/** Meta tags giving the publication time, in order of trust. */
const PUB_META_KEYS = [
  'article:published_time', 'og:published_time', 'article:published', 'published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dc:date', 'dcterms.created', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'article.published',
  'article_date_original', 'cxenseparse:recs:publishtime', 'og:pubdate', 'originalpublicationdate', 'displaydate', 'dc.date.created', 'rnews:datepublished',
];

function hasOffset(iso: string): boolean {
  return /(?:Z|[+-]\d{2}:?\d{2})$/.test(iso);
}

function utcDay(iso: string): string | null {
  if (iso.length <= 10) return iso;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** A date a page can have been published on: not before 1900 nor after next year (placeholders like 0001-01-01 are dropped). */
function plausible(iso: string | null): string | null {
  if (!iso) return null;
  const y = +iso.slice(0, 4);
  return y >= 1900 && y <= new Date().getUTCFullYear() + 1 ? iso : null;
}

/** An ISO-like or printed date to ISO; null when it is not a date. */
export function toIso(raw: string): string | null {
  const s = raw.trim();
  if (!s || s.length > 200) return null;
  const direct = normalizeIsoDate(s.replace(/(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(?:UTC|GMT)$/, '$1Z').replace(/\s+(?=[+-]\d{2}:?\d{2}$)/, ''));
  if (direct) return direct;
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? +s : +s * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().replace('.000Z', 'Z');
  }
  // compact ISO: 20191119T083000Z, or 20191119
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(s);
  if (compact) {
    const [, y, mo, d, h, mi, sec, z] = compact;
    return normalizeIsoDate(h ? `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${z ?? ''}` : `${y}-${mo}-${d}`);
  }
  if (s.length > 80) return null;
  // RFC 2822 and JavaScript's Date#toString ("Tue Nov 19 2019 03:05:46 GMT+0000"): Date.parse keeps the offset's instant
  // with a numeric offset, keep the site's clock and offset
  const rfc = /^[A-Z][a-z]{2},? (?:(\d{1,2}) ([A-Z][a-z]{2})|([A-Z][a-z]{2}) (\d{1,2})) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? (?:GMT|UTC)?([+-])(\d{2}):?(\d{2})\b/.exec(s);
  if (rfc) {
    const mon = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf((rfc[2] ?? rfc[3])!.toLowerCase());
    if (mon >= 0 && mon % 3 === 0) {
      const p2 = (x: string | undefined) => (x ?? '00').padStart(2, '0');
      const iso = normalizeIsoDate(`${rfc[5]}-${p2(String(mon / 3 + 1))}-${p2(rfc[1] ?? rfc[4])}T${rfc[6]}:${rfc[7]}:${p2(rfc[8])}${rfc[9]}${rfc[10]}:${rfc[11]}`);
      if (iso) return iso;
    }
  }
  if (/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}/.test(s) || /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}\b/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  return parsePrintedDate(s)?.iso ?? null;
}

/** A date in the URL path: /2019/11/19/, /2019-11-19/, /20191119/ */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  // /2019/nov/18/
  const named = /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(0?[1-9]|[12]\d|3[01])(?:[/._-]|$)/i.exec(path);
  if (named) {
    const mo = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(named[2]!.toLowerCase()) / 3 + 1;
    return normalizeIsoDate(`${named[1]}-${String(mo).padStart(2, '0')}-${named[3]!.padStart(2, '0')}`);
  }
  const m =
    /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/._-]|$)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/._-]|$)/.exec(path);
  if (!m) return null;
  return normalizeIsoDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
}

/**
 * The first h1 that prints the article's headline in another wording of
 * `title`: 3 to 40 words, not the site's name, not a link to another page (a
 * teaser), not in a sidebar or teaser list, and sharing H1_REWORDED_OVERLAP
 * of its words with the title or marked itemprop=headline.
 */
function printedHeadline(els: Element[], title: string, siteName: string | null, url: string | null | undefined): string | null {
  for (const el of els) {
    const text = textOf(el);
    const words = text ? text.split(/\s+/).length : 0;
    if (!text || words < 3 || words > 40 || text.length > 250) continue;
    if (isSiteHeading(text, siteName, url) || inOtherStory(el) || linksElsewhere(el, text)) continue;
    if (/\bheadline\b/i.test(el.attribs.itemprop ?? '') || tokenOverlap(text, title) >= H1_REWORDED_OVERLAP) return text;
  }
  return null;
}

/** An h1 that is the site's name (a logo), not a headline that mentions the site ("... by the editors of Site.com"). */
function isSiteHeading(text: string, siteName: string | null, url: string | null | undefined): boolean {
  if (!isSiteName(text, siteName, url)) return false;
  const words = normWords(text).split(' ');
  const site = siteName ? new Set(normWords(siteName).split(' ')) : new Set<string>();
  const host = hostName(url)?.replace(/^www\d?\./, '') ?? '';
  const hostWords = new Set(normWords(host).split(' '));
  return words.filter((w) => site.has(w) || hostWords.has(w) || (w.length >= 3 && host.replace(/[^a-z0-9]/g, '').includes(w))).length * 2 >= words.length;
}

/** Is the element's text mostly a link (a teaser's headline pointing to its story)? */
function linksElsewhere(el: Element, text: string): boolean {
  let linked = 0;
  const visit = (n: AnyNode, depth: number): void => {
    if (depth > 8 || n.type !== 'tag') return;
    const e = n as Element;
    if (e.name === 'a' && e.attribs.href && !e.attribs.href.startsWith('#')) {
      linked += textOf(e).length;
      return;
    }
    for (const c of e.children) visit(c, depth + 1);
  };
  visit(el, 0);
  return linked >= text.length * 0.5;
}

/** Does `a` hold every word of `b`? */
function covers(a: string, b: string): boolean {
  const ta = new Set(normWords(a).split(' '));
  return normWords(b)
    .split(' ')
    .every((t) => ta.has(t));
}

/**
 * The JSON-LD headline, or its name when that matches the page's other titles
 * better (some pages put a description in one of them); null when neither
 * shares a word with the other titles the page gives.
 */
function ldTitle(art: Obj | null, other: string | null): string | null {
  if (!art) return null;
  const headline = str(art.headline);
  const name = str(art.name);
  const cands = [headline, name].filter((x): x is string => !!x);
  if (!cands.length) return null;
  if (!other) return cands[0]!;
  let best: string | null = null;
  let bestScore = 0;
  for (const c of cands) {
    const sc = tokenOverlap(c, other);
    if (sc > bestScore) {
      best = c;
      bestScore = sc;
    }
  }
  return best;
}

function tokenOverlap(a: string, b: string): number {
  const ta = new Set(normWords(a).split(' '));
  const tb = new Set(normWords(b).split(' '));
  let n = 0;
  for (const t of ta) if (tb.has(t)) n++;
  return n / Math.max(ta.size, tb.size, 1);
}

function normWords(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Does the string name the site (its name, or its host name)? */
function isSiteName(part: string, siteName: string | null, url: string | null | undefined): boolean {
  const p = normWords(part);
  if (!p) return false;
  if (siteName) {
    const s = normWords(siteName);
    if (s && (p === s || p.includes(s) || s.includes(p))) return true;
  }
  if (url) {
    try {
      const host = new URL(url).hostname.replace(/^www\d?\./, '');
      const flat = p.replace(/\s+/g, '');
      const hostFlat = host.replace(/[^a-z0-9]+/gi, '').toLowerCase();
      const first = host.split('.')[0]!.replace(/[^a-z0-9]/gi, '').toLowerCase();
      if (flat.length >= 3 && (hostFlat.includes(flat) || flat === first || flat.includes(first))) return true;
    } catch {
      /* not a URL */
    }
  }
  return false;
}

/** A headline without the site name printed before or after it. */
export function cleanTitle(
  raw: string,
  ctx: { siteName: string | null; url: string | null | undefined; h1: string[]; titleTag: string | null },
): string {
  let t = foldSpace(raw);
  const bracket = /\s*[[(]([^\])]{2,40})[\])]$/.exec(t);
  if (bracket && bracket.index > 0 && isSiteName(bracket[1]!, ctx.siteName, ctx.url)) t = t.slice(0, bracket.index);
  for (let round = 0; round < 2; round++) {
    let changed = false;
    for (const sep of TITLE_SEPARATORS) {
      const last = t.lastIndexOf(sep);
      if (last > 0) {
        const head = t.slice(0, last).trim();
        const tail = t.slice(last + sep.length).trim();
        const words = tail.split(/\s+/).length;
        const h1Match = ctx.h1.some((h) => normWords(h) === normWords(head));
        const generic = sep === ' | ' ? words <= 4 && head.split(/\s+/).length >= 3 : sep !== ' : ' && sep !== ' / ' && words <= 3 && head.split(/\s+/).length >= 4;
        if (head && (isSiteName(tail, ctx.siteName, ctx.url) || h1Match || generic)) {
          t = head;
          changed = true;
          break;
        }
      }
      const first = t.indexOf(sep);
      if (first > 0) {
        const head = t.slice(0, first).trim();
        const tail = t.slice(first + sep.length).trim();
        // a section or site before the headline printed in the h1 ("Opinion | Headline")
        const tailIsH1 = sep !== ' : ' && head.split(/\s+/).length <= 3 && ctx.h1.some((h) => normWords(h) === normWords(tail));
        if (tail && (isSiteName(head, ctx.siteName, ctx.url) || tailIsH1) && tail.split(/\s+/).length >= 2) {
          t = tail;
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  // "Site Name: Headline" (no space before the colon) where the h1 prints the headline alone
  const nt = normWords(t);
  for (const h of ctx.h1) {
    const nh = normWords(h);
    if (nh.split(' ').length < 3 || nt === nh || !nt.endsWith(' ' + nh)) continue;
    if (isSiteName(nt.slice(0, nt.length - nh.length).trim(), ctx.siteName, ctx.url)) return foldSpace(h);
  }
  return t;
}

/**
 * Where a byline string holds several names: commas, "and" (any case), "&",
 * and the short conjunctions of other languages only in lower case ("y", "e",
 * "et", "und"), so that an initial like "Bruce Y. Lee" is not a split point.
 */
const AUTHOR_SPLIT = /\s*(?:,|;|\b[Aa][Nn][Dd]\b|&|\b(?:und|et|y|e|with|avec)\b(?!\.)|\bWITH\b)\s*/;

const WEEKDAY = /\s*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Role words closing a name ("Ben Doe Games Editor", "Jane Roe, Senior Reporter"). */
const TRAILING_ROLE =
  /(?:,?\s+(?:(?:senior|staff|chief|deputy|managing|executive|associate|assistant|contributing|special|political|foreign|national|business|sports?|science|health|tech(?:nology)?|games?|gaming|music|film|food|travel|opinion|news|city|metro|digital|investigations?|investigative|legal|economics?|world|entertainment|culture|features?|photo|video|data|white house|washington|education|environment|climate)\s+){0,2}(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|producer|photographer|critic|analyst)s?(?:[- ]at[- ]large)?)$/iu;

/** A news agency printed after the name without a comma ("Tom Davies Associated Press"). */
const TRAILING_AGENCY =
  /\s+(?:the associated press|associated press|reuters|agence france-presse|afp|bloomberg news|bloomberg|upi|dpa|efe|ansa|xinhua|pa media|press association|kyodo|anadolu agency|tass|ria novosti)$/i;

/** The outlet a name writes for, after it ("Jane Doe for the Daily Mail"); at least one word stays before it. */
const TRAILING_FOR = /(?<=\S\s+\S+)\s+(?:[Ff][Oo][Rr]|[Ff][Rr][Oo][Mm])\s+(?:[Tt][Hh][Ee]\s+)?[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,3}$/u;

const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\b/i;

/**
 * Names from byline strings: "By Jane Doe and John Roe", "Jane Doe, Reuters",
 * "JANE DOE | Updated March 3, 2020". Drops the prefix, dates, roles, site
 * names, URLs; splits several authors; keeps each once.
 */
export function cleanAuthors(raw: string[], siteNames: string[] = []): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    if (!r || r.length > 300) continue;
    let s = foldSpace(decodeEntities(r));
    if (/^(?:https?:\/\/|www\.)/i.test(s)) {
      // an author page URL: /author/jane-doe
      const m = /\/(?:authors?|people|profile|staff|by|writers?|journalists?)\/([a-z]+(?:-[a-z]+){1,3})\/?$/i.exec(s);
      if (!m) continue;
      s = m[1]!.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    }
    // cut at a date, a time, "Updated", a pipe or a newline-ish separator
    s = s.replace(/\s*@\w{2,30}\b/g, ' '); // social handles ("Jane Doe@janedoe")
    s = s.split(/\s*(?:\||•|·|\/\/|\bupdated\b|\bpublished\b|\bposted\b|\bon (?=\w+ \d)|\d{1,2}:\d{2}|\b\d{4}-\d{2}-\d{2}|\d+\s*min(?:ute)?s?\s+read\b)/i)[0]!;
    s = s.split(WEEKDAY)[0]!;
    const month = MONTHS.exec(s);
    if (month && /\d/.test(s.slice(month.index))) s = s.slice(0, month.index);
    s = s.replace(BYLINE_PREFIX, '').replace(BYLINE_PREFIX, '');
    for (let part of s.split(AUTHOR_SPLIT)) {
      part = part.replace(BYLINE_PREFIX, '').replace(/^[\s\p{P}]+/u, '').replace(/[\s,:;|–—-]+$/, '').trim();
      part = part.replace(/\s*\((?:[^)]{0,40})\)$/, '').trim();
      // "JANE DOE FOR MAILONLINE", "Jane Doe, Political Editor for the Daily Mail"
      part = part.replace(TRAILING_FOR, '').trim();
      // "Jane Doe BuzzFeed News Reporter": the site's name and a role after the name
      part = cutSiteRole(part, siteNames);
      if (BYLINE_ROLE.test(part)) continue;
      part = part.replace(TRAILING_ROLE, '').replace(TRAILING_AGENCY, '').trim();
      if (!part || part.length < 3 || part.length > 60) continue;
      if (/^(?:\p{Lu}\.? ?){1,3}$/u.test(part)) continue; // initials alone
      if (/\d|@|https?:|www\./i.test(part)) continue;
      if (BYLINE_ROLE.test(part)) continue;
      if (/^(?:the|by|and)$/i.test(part)) continue;
      if (siteNames.some((sn) => normWords(sn) === normWords(part) || (out.length > 0 && namesSite(part, sn)))) continue;
      // the site's name printed after the writer's without a comma ("Jane Doe Florida Today")
      for (const sn of siteNames) {
        const k = normWords(sn);
        const p = normWords(part);
        if (k && p.endsWith(' ' + k) && p.split(' ').length - k.split(' ').length >= 2) {
          const keep = p.split(' ').length - k.split(' ').length;
          part = part.split(/\s+/).slice(0, keep).join(' ');
          break;
        }
      }
      const words = part.split(/\s+/);
      if (words.length > 5) continue;
      if (!/\p{Lu}/u.test(part[0]!) && !/^\p{Lo}/u.test(part)) continue;
      if (NOT_A_PERSON.test(part) && out.length) continue;
      // ALL-CAPS names become title case
      if (part === part.toUpperCase() && /[A-Z]{2}/.test(part)) part = part.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_x, a: string, b: string) => a + b.toUpperCase());
      const key = normWords(part);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(part);
    }
  }
  return out;
}

const ROLE_TAIL = /^(?:[a-z]+ ){0,2}(?:reporter|editor|correspondent|writer|contributor|columnist|journalist|producer|staff)s?$/;

function cutSiteRole(part: string, siteNames: string[]): string {
  const words = part.split(/\s+/);
  const p = normWords(part);
  for (const sn of siteNames) {
    const k = normWords(sn);
    if (!k) continue;
    const i = p.indexOf(' ' + k + ' ');
    if (i <= 0) continue;
    const before = p.slice(0, i).split(' ').length;
    if (before >= 2 && ROLE_TAIL.test(p.slice(i + k.length + 2)) && words.length >= before) return words.slice(0, before).join(' ');
  }
  return part;
}

/**
 * Is this credit an organisation rather than a person: a news agency, a desk or
 * staff credit, a name with an organisation word ("CBS News", "City News
 * Bureau"), "The ...", a domain name, an acronym, or the site's own name (unless
 * the JSON-LD calls it a Person and it reads like a person's name).
 */
export function isOrgName(name: string, siteNames: string[] = [], typedPerson = false): boolean {
  const n = foldSpace(name).replace(/[\s.]+$/, '');
  if (!n) return false;
  if (AGENCY_ONLY.test(n) || NOT_A_PERSON.test(n) || ORG_WORDS.test(n)) return true;
  if (/^the\s/i.test(n) || /\.(?:com|org|net|info|co|news|[a-z]{2})$/i.test(n) || /^[\p{Lu}\d&-]{2,6}$/u.test(n)) return true;
  const flat = normWords(n).replace(/ /g, '');
  const personLike = PERSON_LIKE.test(n);
  // the site's very name: an organisation, unless the JSON-LD calls it a Person (a personal site)
  if (siteNames.some((sn) => normWords(sn).replace(/ /g, '') === flat)) return !(typedPerson && personLike);
  // part of the site's name ("Lantern" for "The Lantern Blog"): an organisation unless it reads like a person's name
  const site = siteNames.some((sn) => namesSite(n, sn) || (flat.length >= 3 && normWords(sn).replace(/ /g, '').includes(flat)));
  return site && !personLike;
}

/** Two to four capitalised words, as a person's name is written ("Ann Poe", "Bruce Y. Lee"). */
const PERSON_LIKE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?(?:[\p{Ll}'’-]+)?){1,3}$/u;

/** A raw credit ("By The Associated Press", "Reuters | 3 min read") as an organisation name. */
function cleanOrg(raw: string): string | null {
  let s = foldSpace(decodeEntities(raw));
  if (/^(?:https?:|www\.|@)/i.test(s)) return null;
  s = s.replace(BYLINE_PREFIX, '').split(/\s*(?:\||•|·|,|;|\d)/)[0]!.replace(/^[\s\p{P}]+|[\s,:;|–—-]+$/gu, '').trim();
  return s.length >= 2 && s.length <= 60 && /\p{L}/u.test(s) ? s : null;
}

/** "Staff", "Editorial", "News Desk", "X Bureau": credits a site gives itself. */
const HOUSE_CREDIT = /^(?:.*\s)?(?:staff|editorial(?:\s+(?:staff|board|team))?|editors|news\s*desk|desk|bureau|newsroom|team|admin(?:istrator)?)$/i;

/** Is an organisation credit the site itself (its name, a part of it, its initials, its staff), not another outlet? */
export function isHouseCredit(org: string, siteNames: string[]): boolean {
  if (HOUSE_CREDIT.test(org.trim())) return true;
  const o = normWords(org).replace(/ /g, '');
  if (!o) return true;
  return siteNames.some((sn) => {
    const k = normWords(sn).replace(/ /g, '');
    return !!k && (namesSite(org, sn) || k === o || (o.length >= 2 && (k.startsWith(o) || o.startsWith(k))) || (k.length >= 4 && o.includes(k)));
  });
}

/** Is this byline part the site's name, or the site's name with a section ("CNN Business" for "CNN")? */
function namesSite(part: string, siteName: string): boolean {
  const p = normWords(part);
  const k = normWords(siteName);
  if (!k || !p) return false;
  if (p === k || p.replace(/ /g, '') === k.replace(/ /g, '')) return true;
  // "CNN Business" for "CNN"; "Business Insider" for "Business Insider Deutschland"
  return k.length >= 3 && p.split(' ').length <= 4 && (p.startsWith(k + ' ') || p.endsWith(' ' + k) || (p.length >= 6 && k.startsWith(p + ' ')));
}

let tinyld: { detect: (s: string) => string } | null = null;

/** Detect the language of body text (tinyld, loaded on first use). */
export function detectLanguage(text: string): string | null {
  if (text.length < 20) return null;
  if (!tinyld) tinyld = createRequire(import.meta.url)('tinyld') as { detect: (s: string) => string };
  const lang = tinyld.detect(text.slice(0, 2000));
  return lang || null;
}
