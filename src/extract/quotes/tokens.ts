/**
 * A small tokenizer for the quotes extractor: words (with inner periods,
 * apostrophes, hyphens and ampersands: "U.S.", "don’t", "Kurdish-led",
 * "PG&E", "Jr."), punctuation, and quotation marks, with offsets. One pass,
 * no regular expressions over the text.
 */
import { ABBREVIATIONS } from '../../document/abbreviations.js';

export type TokenKind = 'word' | 'punct' | 'mark';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** lower case, curly apostrophes made straight */
  lower: string;
  kind: TokenKind;
  /** first character is an upper-case letter */
  cap: boolean;
  /** index of the quoted segment holding the token (its marks included), or -1 */
  seg: number;
  /** index of the sentence frame holding the token */
  frame: number;
}

const QUOTE_CHARS = '`"\'\u201c\u201d\u201e\u00ab\u00bb\u201f\u2018\u2019\u201a\u201b\u2039\u203a';
const INNER = '.\'\u2019-&\u2010\u2011';

function isLetterOrDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && /[\p{L}\p{N}\p{M}]/u.test(c);
}

function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Tokenize text[from, to). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\u00a0' || c === '\r') {
      i++;
      continue;
    }
    if (isLetterOrDigit(c)) {
      let j = i + 1;
      for (;;) {
        while (j < to && isLetterOrDigit(text[j])) j++;
        // inner punctuation joins when a letter or digit follows ("U.S", "don't", "Kurdish-led", "3,000")
        if (j + 1 < to && (INNER.includes(text[j]!) || (text[j] === ',' && isDigit(text[j - 1]) && isDigit(text[j + 1]))) && isLetterOrDigit(text[j + 1])) {
          j++;
          continue;
        }
        break;
      }
      // a final period belongs to abbreviations and initials ("Jr.", "P.", "U.S.")
      if (j < to && text[j] === '.') {
        const w = text.slice(i, j);
        const lw = w.toLowerCase().replace(/\u2019/g, "'");
        if (ABBREVIATIONS.has(lw) || (w.length === 1 && isUpper(w)) || w.includes('.')) j++;
      }
      pushToken(out, text, i, j, 'word');
      i = j;
      continue;
    }
    if (QUOTE_CHARS.includes(c)) {
      pushToken(out, text, i, i + 1, 'mark');
      i++;
      continue;
    }
    // runs of periods ("...") are one token
    let j = i + 1;
    if (c === '.') while (j < to && text[j] === '.') j++;
    pushToken(out, text, i, j, 'punct');
    i = j;
  }
  return out;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function pushToken(out: Token[], text: string, start: number, end: number, kind: TokenKind): void {
  const t = text.slice(start, end);
  const lower = t.toLowerCase();
  out.push({
    start,
    end,
    text: t,
    lower: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower,
    kind,
    cap: kind === 'word' && isUpper(t[0]),
    seg: -1,
    frame: -1,
  });
}
