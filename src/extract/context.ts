/**
 * What every extractor receives: the document, the page it came from, the
 * publication date, and one shared compromise parse of the text (made on first
 * use, so a text is tagged once however many extractors query it).
 */
import nlp from 'compromise';
import type { PageArticle } from '../page/article.js';
import type { Document } from '../document/document.js';
import type { Mention } from '../schema.js';
import { sentenceAt } from '../document/document.js';

export type NlpView = ReturnType<typeof nlp>;

export interface ExtractContext {
  doc: Document;
  article: PageArticle;
  /** Publication date (ISO date or date-time with offset) or null when unknown. */
  published: string | null;
  /** The shared compromise parse of doc.text. */
  nlp(): NlpView;
}

export function createContext(doc: Document, article: PageArticle, published: string | null): ExtractContext {
  let parsed: NlpView | null = null;
  return {
    doc,
    article,
    published,
    nlp() {
      parsed ??= nlp(breakLongRuns(doc.text));
      return parsed;
    },
  };
}

/** Longest stretch of text without a newline that compromise is given (see breakLongRuns). */
export const MAX_NLP_RUN = 1000;
/** Longest stretch without white space (one "word") that compromise is given. */
export const MAX_NLP_WORD = 200;

/**
 * The text as given to compromise, which is superlinear on two hostile shapes:
 *  - a sentence that never ends: its splitter joins a chunk that does not end
 *    a sentence ("Mr.", "F.", "U.S.") to the next and tests the grown string
 *    again, O(n^2) ("Mr. " x 100,000 ran for minutes and out of memory);
 *  - a very long "word" ("U.S.U.S.…", 100,000 quote marks or dashes): its
 *    punctuation and acronym passes are quadratic in a token's length.
 * A newline ends both a compromise sentence and a token. So a stretch longer
 * than maxRun without a newline gets one at its next space, and a word longer
 * than maxWord gets one in place of a character. The length never changes:
 * compromise's offsets still point into doc.text, whose text is unchanged.
 * Real sentences and words are far shorter; nothing changes for them.
 */
export function breakLongRuns(text: string, maxRun = MAX_NLP_RUN, maxWord = MAX_NLP_WORD): string {
  let out: string[] | null = null;
  let copied = 0;
  let lineStart = 0;
  let wordStart = 0;
  const breakAt = (i: number, width = 1) => {
    (out ??= []).push(text.slice(copied, i), width === 2 ? '\n\n' : '\n');
    copied = i + width;
    lineStart = wordStart = i + width;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = wordStart = i + 1;
    } else if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      if (i - lineStart >= maxRun) breakAt(i);
      else wordStart = i + 1;
    } else if (i - wordStart >= maxWord && !(c >= 0xdc00 && c <= 0xdfff)) {
      // a surrogate pair is replaced whole, never split
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
      breakAt(i, pair ? 2 : 1);
      if (pair) i++;
    }
  }
  if (!out) return text;
  (out as string[]).push(text.slice(copied));
  return (out as string[]).join('');
}

/** A mention for the span [start, end) of the document, with the rule that found it. */
export function mention(doc: Document, start: number, end: number, rule?: string): Mention {
  const m: Mention = { start, end, sentence: sentenceAt(doc, start), text: doc.text.slice(start, end) };
  if (rule) m.rule = rule;
  return m;
}
