/**
 * Finding the article body in a parsed page.
 *
 * 1. Furniture (tags, hidden elements, regions, furniture class names) is
 *    set aside (clean.ts).
 * 2. Every block's own text scores its ancestors, Readability-style:
 *    1 + commas + one point per 100 characters (at most 3), shared with up
 *    to five ancestors (full, 1/2, then 1/(3*level)); each candidate starts
 *    from a score for its tag and its class/id weight, and ends scaled by
 *    (1 - link density).
 * 3. The best candidate, moved up where its neighbours show that a common
 *    ancestor holds the article, plus siblings scoring well, is the content.
 * 4. The content is walked into paragraphs; containers and paragraphs that
 *    are still furniture (link lists, negative class names, captions, pull
 *    quotes, "Read more" lines) are dropped.
 * 5. When the text found is short, the attempt is repeated with one rule
 *    relaxed at a time, and the longest attempt kept.
 */
import type { AnyNode, Element } from 'domhandler';
import { classId, collapsedLength, countCommas, foldSpace, isText, MAX_DEPTH } from './dom.js';
import { findBody, furniture, measureText } from './clean.js';
import {
  ALTERNATIVE_SHARE,
  ARTICLE_BODY_ATTR,
  ARTICLE_BODY_BONUS,
  BLOCK_TAGS,
  CAPTION_CLASS,
  CAPTION_SCOPE_LEVELS,
  CLASS_WEIGHT,
  FURNITURE_PARAGRAPHS,
  LINK_LIST_DENSITY,
  LINKY_P_DENSITY,
  LINKY_P_LEN,
  MAX_LINK_DENSITY,
  MAX_LINK_DENSITY_NEGATIVE,
  MIN_ALTERNATIVES,
  MIN_BODY_CHARS,
  MIN_DUPLICATE_LEN,
  MIN_SCORED_LEN,
  NEGATIVE,
  POSITIVE,
  PULL_QUOTE_CLASS,
  RELATED_TITLE,
  SCORE_ANCESTORS,
  SCORE_TAGS,
  SIBLING_MIN_SCORE,
  SIBLING_P_LEN,
  SIBLING_P_LINK_DENSITY,
  SIBLING_SHARE,
  SYMBOL_ONLY,
  TAG_SCORE,
} from '../html.rules.js';

export type BlockKind = 'p' | 'heading' | 'item' | 'quote' | 'pre' | 'cell';

export interface Block {
  text: string;
  kind: BlockKind;
  /** Share of the text inside links. */
  linkDensity: number;
}

export interface BodyResult {
  blocks: Block[];
  captions: string[];
  pullQuotes: string[];
  dropped: string[];
  /** Which attempt produced it (0 = strictest). */
  attempt: number;
}

interface Info {
  len: number;
  link: number;
  ownLen: number;
  ownLink: number;
  ownCommas: number;
}

interface Attempt {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

/** The attempts in order: each relaxes one more rule (Readability's flags). */
const ATTEMPTS: Attempt[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

const SELF_SCORED = new Set(['div', 'section', 'article', 'main', 'center']);
const SCORABLE = new Set([...SCORE_TAGS, ...SELF_SCORED]);

/** Class/id weight: positive for content names, negative for furniture names. */
export function classWeight(el: Element): number {
  const s = classId(el);
  let w = 0;
  if (s) {
    if (NEGATIVE.test(s)) w -= CLASS_WEIGHT;
    if (POSITIVE.test(s)) w += CLASS_WEIGHT;
  }
  if (el.attribs.itemprop === 'articleBody' || (s && ARTICLE_BODY_ATTR.test(s))) w += ARTICLE_BODY_BONUS;
  return w;
}

function measure(root: Element, gone: Set<Element>): Map<Element, Info> {
  const info = new Map<Element, Info>();
  const visit = (el: Element, block: Info, inLink: boolean, depth: number): [number, number] => {
    const me: Info = { len: 0, link: 0, ownLen: 0, ownLink: 0, ownCommas: 0 };
    info.set(el, me);
    const isBlock = BLOCK_TAGS.has(el.name);
    const own = isBlock ? me : block;
    const link = inLink || el.name === 'a';
    let len = 0;
    let linkLen = 0;
    if (depth < MAX_DEPTH) {
      for (const c of el.children) {
        if (isText(c)) {
          const l = collapsedLength(c.data);
          if (l === 0) continue;
          len += l + 1;
          own.ownLen += l + 1;
          own.ownCommas += countCommas(c.data);
          if (link) {
            linkLen += l + 1;
            own.ownLink += l + 1;
          }
        } else if (c.type === 'tag' && !gone.has(c as Element)) {
          const [l, k] = visit(c as Element, own, link, depth + 1);
          len += l;
          linkLen += k;
        }
      }
    }
    me.len = len;
    me.link = linkLen;
    return [len, linkLen];
  };
  const top: Info = { len: 0, link: 0, ownLen: 0, ownLink: 0, ownCommas: 0 };
  visit(root, top, false, 0);
  return info;
}

function density(i: Info | undefined): number {
  return i && i.len > 0 ? i.link / i.len : 0;
}

interface Scored {
  el: Element;
  score: number;
}

function scoreCandidates(body: Element, info: Map<Element, Info>, opt: Attempt): Map<Element, number> {
  const scores = new Map<Element, number>();
  const init = (el: Element): number => {
    let s = TAG_SCORE[el.name] ?? 0;
    if (opt.weightClasses) s += classWeight(el);
    return s;
  };
  for (const [el, i] of info) {
    if (!SCORABLE.has(el.name) || i.ownLen < MIN_SCORED_LEN) continue;
    const points = 1 + i.ownCommas + Math.min(Math.floor(i.ownLen / 100), 3);
    // a container holding text directly (div with text and <br>s) is scored itself, as if its
    // text runs were <p> children (Readability wraps them so); a <p>'s score goes to its parent
    let a: Element | null = SELF_SCORED.has(el.name) ? el : el.parent && el.parent.type === 'tag' ? (el.parent as Element) : null;
    for (let level = 0; a && level < SCORE_ANCESTORS; level++) {
      if (!scores.has(a)) scores.set(a, init(a));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(a, scores.get(a)! + points / divider);
      if (a === body) break;
      a = a.parent && a.parent.type === 'tag' ? (a.parent as Element) : null;
    }
  }
  for (const [el, s] of scores) scores.set(el, s * (1 - density(info.get(el))));
  return scores;
}

function parentEl(el: Element): Element | null {
  return el.parent && el.parent.type === 'tag' ? (el.parent as Element) : null;
}

function chooseContent(body: Element, info: Map<Element, Info>, scores: Map<Element, number>): Element[] {
  const ranked: Scored[] = [...scores].map(([el, score]) => ({ el, score })).sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return [body];
  let top = ranked[0]!.el;
  const topScore = ranked[0]!.score;

  // several strong candidates under one ancestor: the ancestor holds the article
  const alternatives = ranked.slice(1, 5).filter((c) => c.score >= topScore * ALTERNATIVE_SHARE).map((c) => c.el);
  if (alternatives.length >= MIN_ALTERNATIVES) {
    let p = parentEl(top);
    while (p && p !== body) {
      let n = 0;
      for (const a of alternatives) if (contains(p, a)) n++;
      if (n >= MIN_ALTERNATIVES) {
        top = p;
        break;
      }
      p = parentEl(p);
    }
  }
  if (!scores.has(top)) scores.set(top, topScore);

  // climb while the parent scores higher, or the candidate is its parent's only content
  let last = scores.get(top)!;
  for (let p = parentEl(top); p && p !== body; p = parentEl(p)) {
    const ps = scores.get(p);
    if (ps === undefined) {
      if ((info.get(p)?.len ?? 0) <= (info.get(top)?.len ?? 0) + 1) {
        top = p;
        continue;
      }
      break;
    }
    if (ps < topScore / 3) break;
    if (ps > last) top = p;
    last = ps;
  }
  while (parentEl(top) && parentEl(top) !== body && (info.get(parentEl(top)!)?.len ?? 0) <= (info.get(top)?.len ?? 0) + 1) top = parentEl(top)!;

  // siblings
  const parent = parentEl(top);
  if (!parent) return [top];
  const best = scores.get(top) ?? topScore;
  const threshold = Math.max(SIBLING_MIN_SCORE, best * SIBLING_SHARE);
  const topClass = top.attribs.class ?? '';
  const out: Element[] = [];
  for (const c of parent.children) {
    if (c.type !== 'tag') continue;
    const s = c as Element;
    const si = info.get(s);
    if (!si) continue;
    if (s === top) {
      out.push(s);
      continue;
    }
    let bonus = 0;
    if (topClass && (s.attribs.class ?? '') === topClass) bonus += best * SIBLING_SHARE;
    const ss = scores.get(s);
    if (ss !== undefined && ss + bonus >= threshold) {
      out.push(s);
      continue;
    }
    if (s.name === 'p') {
      const ld = density(si);
      if (si.len > SIBLING_P_LEN && ld < SIBLING_P_LINK_DENSITY) out.push(s);
      else if (si.len > 0 && si.len <= SIBLING_P_LEN && ld === 0 && /\.( |$)/.test(textLight(s))) out.push(s);
    }
  }
  return out;
}

function contains(a: Element, b: Element): boolean {
  for (let p: Element | null = b; p; p = parentEl(p)) if (p === a) return true;
  return false;
}

function textLight(el: Element): string {
  let s = '';
  const visit = (n: AnyNode, d: number): void => {
    if (isText(n)) s += n.data;
    else if (d < 50 && 'children' in n) for (const c of n.children) visit(c, d + 1);
  };
  visit(el, 0);
  return foldSpace(s);
}

const KIND: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'item', dt: 'item', dd: 'item', blockquote: 'quote', pre: 'pre', td: 'cell', th: 'cell', tr: 'cell',
};

/** A table cell holding only inline text (no paragraphs or other blocks inside). */
function isSimpleCell(el: Element, info: Map<Element, Info>): boolean {
  const i = info.get(el);
  return !!i && i.ownLen >= i.len;
}

const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'fieldset', 'aside', 'dl', 'center', 'header', 'footer', 'article', 'figure', 'details']);

interface Walk {
  blocks: Block[];
  captions: string[];
  pullQuotes: string[];
  dropped: string[];
}

/** Walk the content into paragraphs, dropping furniture containers on the way. */
function extractBlocks(roots: Element[], info: Map<Element, Info>, gone: Set<Element>, opt: Attempt): Walk {
  const w: Walk = { blocks: [], captions: [], pullQuotes: [], dropped: [] };
  let buf = '';
  let bufLink = 0;
  const kinds: BlockKind[] = ['p'];
  const flush = (): void => {
    if (!buf) return;
    const text = foldSpace(buf);
    if (text) {
      const ld = Math.min(1, bufLink / Math.max(1, collapsedLength(buf)));
      w.blocks.push({ text, kind: kinds[kinds.length - 1]!, linkDensity: ld });
    }
    buf = '';
    bufLink = 0;
  };
  const rootSet = new Set(roots);
  const visit = (n: AnyNode, inLink: boolean, depth: number): void => {
    if (isText(n)) {
      buf += n.data;
      if (inLink) bufLink += collapsedLength(n.data);
      return;
    }
    if (n.type !== 'tag' || depth > MAX_DEPTH) return;
    const el = n as Element;
    if (gone.has(el)) return;
    const name = el.name;
    if (name === 'br' || name === 'hr') {
      flush();
      return;
    }
    // a data-table cell (text only) is part of its row: one paragraph per row
    const simpleCell = (name === 'td' || name === 'th') && isSimpleCell(el, info);
    if (simpleCell) buf += ' ';
    const block = !simpleCell && BLOCK_TAGS.has(name);
    if (!rootSet.has(el) && (block || name === 'span' || name === 'a')) {
      const verdict = judge(el, info, opt);
      if (verdict) {
        if (verdict === 'caption' || verdict === 'pull') {
          if (block) flush();
          const t = textLight(el);
          if (t) (verdict === 'caption' ? w.captions : w.pullQuotes).push(t);
          return;
        }
        const t = textLight(el);
        if (t) w.dropped.push(t.length > 120 ? `${t.slice(0, 117)}...` : t);
        return;
      }
    }
    if (block) {
      flush();
      kinds.push(KIND[name] ?? kinds[kinds.length - 1] ?? 'p');
      if (name === 'p' || name === 'div') kinds[kinds.length - 1] = kinds[kinds.length - 2] === 'quote' ? 'quote' : name === 'p' ? 'p' : kinds[kinds.length - 1]!;
    }
    const link = inLink || name === 'a';
    for (const c of el.children) {
      // a "Related stories" / "You may also like" title: it and what follows it here are furniture
      if (c.type === 'tag' && isRelatedTitle(c as Element, info)) {
        flush();
        w.dropped.push(textLight(c as Element));
        break;
      }
      visit(c, link, depth + 1);
    }
    if (block) {
      flush();
      kinds.pop();
    }
  };
  for (const r of roots) {
    visit(r, false, 0);
    flush();
  }
  return w;
}

const TITLE_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'label', 'strong', 'b', 'header']);

/** A short heading announcing links to other stories. */
function isRelatedTitle(el: Element, info: Map<Element, Info>): boolean {
  if (!TITLE_TAGS.has(el.name)) return false;
  const len = info.get(el)?.len ?? 0;
  if (len === 0 || len > 60) return false;
  return RELATED_TITLE.test(textLight(el));
}

/** Is this element inside the content still furniture? */
function judge(el: Element, info: Map<Element, Info>, opt: Attempt): 'caption' | 'pull' | 'drop' | null {
  const name = el.name;
  const cid = classId(el);
  if (name === 'figcaption' || (cid && CAPTION_CLASS.test(cid))) return 'caption';
  if (cid && PULL_QUOTE_CLASS.test(cid)) return 'pull';
  const i = info.get(el);
  if (!i) return null;
  if (name === 'figure') return i.len < 400 ? 'caption' : null;
  if (!opt.cleanConditionally || !CONTAINERS.has(name)) return null;
  const ld = density(i);
  const weight = opt.weightClasses ? classWeight(el) : 0;
  if (weight < 0 && (i.len < 1000 || ld > MAX_LINK_DENSITY_NEGATIVE)) return 'drop';
  if (ld > MAX_LINK_DENSITY) return 'drop';
  if ((name === 'ul' || name === 'ol') && ld > LINK_LIST_DENSITY) return 'drop';
  return null;
}

/** Paragraph-level furniture: link lines, furniture phrases, symbols. */
function keepBlock(b: Block): boolean {
  const t = b.text;
  if (SYMBOL_ONLY.test(t)) return false;
  if (b.linkDensity >= LINKY_P_DENSITY && t.length < LINKY_P_LEN) return false;
  if (t.length < 200 && FURNITURE_PARAGRAPHS.some((re) => re.test(t))) return false;
  return true;
}

function finish(w: Walk): Walk {
  const kept: Block[] = [];
  for (const b of w.blocks) {
    if (keepBlock(b)) kept.push(b);
    else w.dropped.push(b.text.length > 120 ? `${b.text.slice(0, 117)}...` : b.text);
  }
  // headings with nothing after them (a "Related" box title) are furniture
  while (kept.length && kept[kept.length - 1]!.kind === 'heading') w.dropped.push(kept.pop()!.text);
  w.blocks = kept;
  return w;
}

function normKey(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
}

/**
 * A paragraph printed twice (a pull quote, a repeated standfirst) is kept
 * once; a short block whose text is repeated inside another block is a pull
 * quote and is moved out of the body.
 */
/** How many blocks on each side are searched for a longer block that repeats a short one (a pull quote). */
const DUPLICATE_WINDOW = 60;

function dedupe(blocks: Block[], pullQuotes: string[]): Block[] {
  const seen = new Set<string>();
  const out: Block[] = [];
  const keys = blocks.map((b) => normKey(b.text));
  for (let i = 0; i < blocks.length; i++) {
    const k = keys[i]!;
    if (k.length >= MIN_DUPLICATE_LEN) {
      if (seen.has(k)) {
        pullQuotes.push(blocks[i]!.text);
        continue;
      }
      seen.add(k);
      if (k.length <= 400) {
        // contained inside a longer block nearby? (a window, not the whole page:
        // searching every block for every block took 20 s on a 4 MB page)
        const to = Math.min(keys.length, i + DUPLICATE_WINDOW + 1);
        let inOther = false;
        for (let j = Math.max(0, i - DUPLICATE_WINDOW); j < to && !inOther; j++) inOther = j !== i && keys[j]!.length > k.length && keys[j]!.includes(k);
        if (inOther) {
          pullQuotes.push(blocks[i]!.text);
          continue;
        }
      }
    }
    out.push(blocks[i]!);
  }
  return out;
}

/**
 * Captions of the article's pictures: those inside the content, plus those
 * in the content's near ancestors (the lead picture usually sits beside the
 * body, in the same <article>), up to CAPTION_SCOPE_LEVELS levels.
 */
function collectCaptions(content: Element[], body: Element, info: Map<Element, Info>, gone: Set<Element>, found: string[]): string[] {
  let scope: Element | null = content[0] ? parentEl(content[0]) : null;
  for (let i = 1; scope && scope !== body && i < CAPTION_SCOPE_LEVELS; i++) {
    const up = parentEl(scope);
    if (!up || up === body || up.name === 'body') break;
    if (scope.name === 'article' || scope.name === 'main') break;
    scope = up;
  }
  if (!scope || scope === body) return found;
  const out = [...found];
  const seen = new Set(found);
  const visit = (el: Element, depth: number): void => {
    if (depth > MAX_DEPTH || out.length >= 30) return;
    for (const c of el.children) {
      if (c.type !== 'tag') continue;
      const e = c as Element;
      if (!info.has(e) && gone.has(e)) continue;
      const cid = classId(e);
      if (e.name === 'figcaption' || (cid && CAPTION_CLASS.test(cid) && !/\bcredit/.test(cid))) {
        const t = textLight(e);
        if (t && t.length < 600 && !seen.has(t)) {
          seen.add(t);
          out.push(t);
        }
        continue;
      }
      visit(e, depth + 1);
    }
  };
  visit(scope, 0);
  return out;
}

function textLength(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/** Find the body of a parsed page. */
export function findBodyBlocks(root: AnyNode): BodyResult {
  const body = findBody(root) ?? (root as Element);
  const lengths = measureText(root);
  let best: BodyResult | null = null;
  let prevStrip: boolean | null = null;
  let gone = new Set<Element>();
  for (let a = 0; a < ATTEMPTS.length; a++) {
    const opt = ATTEMPTS[a]!;
    if (opt.stripUnlikely !== prevStrip) {
      gone = furniture(root, lengths, { stripUnlikely: opt.stripUnlikely });
      prevStrip = opt.stripUnlikely;
    }
    const info = measure(body, gone);
    const scores = scoreCandidates(body, info, opt);
    const content = chooseContent(body, info, scores);
    if (process.env.NEWSX_TRACE) {
      const top = [...scores].sort((x, y) => y[1] - x[1]).slice(0, 6);
      console.error(`attempt ${a}: top`, top.map(([e, s]) => `${e.name}.${classId(e).slice(0, 40)} ${s.toFixed(1)} len=${info.get(e)?.len}`));
      console.error('  content', content.map((e) => `${e.name}.${classId(e).slice(0, 50)} len=${info.get(e)?.len} score=${scores.get(e)?.toFixed(1)}`));
    }
    const w = finish(extractBlocks(content, info, gone, opt));
    w.captions = collectCaptions(content, body, info, gone, w.captions);
    const res: BodyResult = { ...w, attempt: a };
    if (!best || textLength(res.blocks) > textLength(best.blocks)) best = res;
    if (textLength(res.blocks) >= MIN_BODY_CHARS) break;
  }
  best!.blocks = dedupe(best!.blocks, best!.pullQuotes);
  return best!;
}

