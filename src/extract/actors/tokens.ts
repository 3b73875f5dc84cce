/**
 * Step 1: the words of the shared compromise parse as tokens with offsets
 * into doc.text and the tags compromise gave them. Hyphenated words
 * ("al-Sisi", "Kurdish-led") become one token; an abbreviation keeps its
 * period ("Co.", "Jr."). One linear pass over the parse.
 */
import type { ExtractContext } from '../context.js';

export interface Token {
  /** index in the token array */
  i: number;
  start: number;
  end: number;
  /** doc.text.slice(start, end) */
  text: string;
  /** the text without a possessive ending */
  base: string;
  lower: string;
  /** possessive ("Aleppo's", "Damascus'") */
  poss: boolean;
  /** punctuation and spaces before / after, as compromise saw them */
  pre: string;
  post: string;
  tags: Set<string>;
  /** starts with a capital (or is a particle-prefixed name such as "al-Sisi") */
  cap: boolean;
  /** first word of a sentence, a quotation or a heading-like segment */
  initial: boolean;
  /** index of the compromise sentence */
  sent: number;
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

const CAP = /^\p{Lu}/u;
const PARTICLE_CAP = /^(?:al|el|bin|ibn|abu|ul|ad|as|ash|at|az|de|van|von|da|di|le|la|du|del|der|dos|das)-\p{Lu}/u;
const POSSESSIVE = /['\u2019]s$/u;
const OPENERS = /["\u201c\u2018(\[\u00ab:\u2014]/u;

/** CAP, with ASCII decided without a regex. */
function startsCap(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(word);
}

export function buildTokens(ctx: ExtractContext): Token[] {
  const view = ctx.tagged() as unknown as { compute(m: string): void; document: RawTerm[][] };
  view.compute('offset');
  const text = ctx.doc.text;
  const tokens: Token[] = [];
  let sentIndex = 0;
  for (const sentence of view.document) {
    let first = true;
    for (let k = 0; k < sentence.length; k++) {
      const t = sentence[k]!;
      if (!t.offset) continue;
      let start = t.offset.start;
      let end = start + t.offset.length;
      const tags = new Set(t.tags);
      let post = t.post;
      const pre = t.pre;
      // join hyphenated parts: "al" + "-" + "Sisi"
      while (post === '-' && k + 1 < sentence.length && sentence[k + 1]!.pre === '' && sentence[k + 1]!.offset) {
        k++;
        const n = sentence[k]!;
        end = n.offset!.start + n.offset!.length;
        for (const tag of n.tags) tags.add(tag);
        post = n.post;
      }
      // keep an abbreviation's period
      if (post.startsWith('.') && text[end] === '.' && isAbbreviation(text.slice(start, end), tags)) {
        end += 1;
        post = post.slice(1);
      }
      const surface = text.slice(start, end);
      const possEnding = POSSESSIVE.test(surface);
      const poss = possEnding || ((post.startsWith("'") || post.startsWith('\u2019')) && /s$/i.test(surface) && !/^['\u2019]\w/.test(post));
      const base = possEnding ? surface.slice(0, -2) : surface;
      const prev = tokens[tokens.length - 1];
      const initial = first || OPENERS.test(pre) || (prev !== undefined && (OPENERS.test(prev.post) || /[.!?]/.test(prev.post)));
      tokens.push({
        i: tokens.length,
        start,
        end,
        text: surface,
        base,
        lower: base.toLowerCase(),
        poss,
        pre,
        post,
        tags,
        cap: startsCap(base) || (base.includes('-', 1) && PARTICLE_CAP.test(base)),
        initial,
        sent: sentIndex,
      });
      first = false;
    }
    sentIndex++;
  }
  // punctuation compromise keeps before a word (an opening quote or parenthesis) also breaks after the previous word
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/[^\s]/.test(t.pre) && !tokens[i - 1]!.post.includes(t.pre.trim())) tokens[i - 1]!.post += t.pre;
  }
  return tokens;
}

function isAbbreviation(word: string, tags: Set<string>): boolean {
  if (tags.has('Abbreviation')) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "W."
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S" of "U.S."
  return false;
}

/** Is there a break (punctuation other than an abbreviation's period or a possessive) between token a and the next one? */
export function breakAfter(a: Token, next?: Token): boolean {
  const p = a.post.replace(/^['\u2019]/, '');
  return /[^\s]/.test(p) || (next !== undefined && /[^\s]/.test(next.pre));
}
