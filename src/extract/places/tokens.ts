/**
 * Word tokens of the document and their capitalized runs, the raw material of
 * the places extractor. One linear pass over the text.
 */
import type { Document } from '../../document/document.js';

export interface Token {
  /** The word without a trailing period or possessive ending. */
  text: string;
  start: number;
  /** End of `text` (before any possessive ending). */
  end: number;
  /** Capitalized ("Aleppo", "al-Sisi", "U.S"). */
  cap: boolean;
  /** Followed by a possessive ending ('s, ’s, '). */
  poss: boolean;
  /** A period follows directly. */
  dot: boolean;
  /** All letters upper case. */
  upper: boolean;
  /** First token of its sentence. */
  sentenceStart: boolean;
  /** Index of the sentence. */
  sentence: number;
  index: number;
}

// a word: letters/digits with inner . ' ’ - joins ("U.S", "Aleppo’s", "Kurdish-majority", "D-Minn")
// WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu, scanned by hand in tokenize()
const LOWER_PREFIX_CAP = /^(?:al|el|ez|ad|ash|as|an|ar|at|az|ul|bin|ibn|de|d|l)[-‐’'][\p{Lu}]/u;

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const LETTER_MARK_OR_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** [\p{L}\p{N}] for a code point */
function isLetterOrNumber(cp: number): boolean {
  return cp < 128 ? isAsciiAlnum(cp) : LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/** [\p{L}\p{M}\p{N}] for a code point */
function isLetterMarkOrNumber(cp: number): boolean {
  return cp < 128 ? isAsciiAlnum(cp) : LETTER_MARK_OR_NUMBER.test(String.fromCodePoint(cp));
}

/** . ' ’ - ‐ (inner punctuation joining a word; also the separators of LOWER_PREFIX_CAP but the period) */
function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010;
}

function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 128) return false;
  return true;
}

/** More than one letter, and no lower-case one (an ASCII word). */
function asciiAllCaps(word: string): boolean {
  let letters = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters > 1;
}

export function tokenize(doc: Document): Token[] {
  const text = doc.text;
  const tokens: Token[] = [];
  const sentences = doc.sentences;
  let si = 0;
  let lastSentence = -1;
  const len = text.length;
  let at = 0;
  while (at < len) {
    // the next match of WORD, scanned by hand (ASCII without a regex)
    let cp = text.codePointAt(at)!;
    if (!isLetterOrNumber(cp)) {
      at += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    at += cp > 0xffff ? 2 : 1;
    for (;;) {
      while (at < len && isLetterMarkOrNumber((cp = text.codePointAt(at)!))) at += cp > 0xffff ? 2 : 1;
      if (at + 1 < len && isJoiner(text.charCodeAt(at)) && isLetterOrNumber((cp = text.codePointAt(at + 1)!))) {
        at += cp > 0xffff ? 3 : 2;
        continue;
      }
      break;
    }
    let word = text.slice(start, at);
    let poss = false;
    // possessive endings: Aleppo’s, Damascus'
    if (word.length > 2 && word.charCodeAt(word.length - 1) === 0x73 /* s */ && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) {
      word = word.slice(0, -2);
      poss = true;
    } else if (text[start + word.length] === '\u2019' || text[start + word.length] === "'") {
      const after = text[start + word.length + 1];
      if (word.endsWith('s') && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) poss = true;
    }
    const end = start + word.length;
    while (si < sentences.length - 1 && sentences[si]!.end <= start) si++;
    const first = word[0]!;
    const c0 = word.charCodeAt(0);
    let cap: boolean;
    let lowerFirst: boolean;
    let upper: boolean;
    if (c0 < 128 && isAscii(word)) {
      // the same tests as below, for an ASCII word
      cap = (c0 >= 65 && c0 <= 90) || (isJoiner(word.charCodeAt(1)) || isJoiner(word.charCodeAt(2)) || isJoiner(word.charCodeAt(3))) && LOWER_PREFIX_CAP.test(word);
      lowerFirst = c0 >= 97 && c0 <= 122;
      upper = !lowerFirst && asciiAllCaps(word);
    } else {
      cap = /\p{Lu}/u.test(first) || LOWER_PREFIX_CAP.test(word);
      // a word starting with a letter that upper-casing changes is not all upper case
      lowerFirst = first !== first.toUpperCase() && /\p{L}/u.test(first);
      const letters = lowerFirst ? '' : word.replace(/[^\p{L}]/gu, '');
      upper = !lowerFirst && letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    }
    tokens.push({
      text: word,
      start,
      end,
      cap,
      poss,
      dot: text[end] === '.',
      upper,
      sentenceStart: si !== lastSentence,
      sentence: si,
      index: tokens.length,
    });
    lastSentence = si;
  }
  return tokens;
}

/** Are tokens a and b (a before b) joined by a single space, with nothing else between? */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (a.poss) return false;
  const g = text.slice(a.end, b.start);
  return g === ' ' || g === '\u00a0';
}
