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
      parsed ??= nlp(doc.text);
      return parsed;
    },
  };
}

/** A mention for the span [start, end) of the document, with the rule that found it. */
export function mention(doc: Document, start: number, end: number, rule?: string): Mention {
  const m: Mention = { start, end, sentence: sentenceAt(doc, start), text: doc.text.slice(start, end) };
  if (rule) m.rule = rule;
  return m;
}
