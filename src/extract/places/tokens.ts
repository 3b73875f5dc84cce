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
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const LOWER_PREFIX_CAP = /^(?:al|el|ez|ad|ash|as|an|ar|at|az|ul|bin|ibn|de|d|l)[-‐’'][\p{Lu}]/u;

export function tokenize(doc: Document): Token[] {
  const text = doc.text;
  const tokens: Token[] = [];
  const sentences = doc.sentences;
  let si = 0;
  let lastSentence = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    const start = m.index;
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
    const cap = /\p{Lu}/u.test(first) || LOWER_PREFIX_CAP.test(word);
    // a word starting with a letter that upper-casing changes is not all upper case
    const lowerFirst = first !== first.toUpperCase() && /\p{L}/u.test(first);
    const letters = lowerFirst ? '' : word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: word,
      start,
      end,
      cap,
      poss,
      dot: text[end] === '.',
      upper: !lowerFirst && letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
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
