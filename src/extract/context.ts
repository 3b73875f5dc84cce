/**
 * What every extractor receives: the document, the page it came from, the
 * publication date, and one shared compromise parse of the text (made on first
 * use, so a text is tagged once however many extractors query it).
 */
import type { PageArticle } from '../page/article.js';
import type { Document } from '../document/document.js';
import type { Mention } from '../schema.js';
import { sentenceAt } from '../document/document.js';
import { tagText, withChunks, type NlpView } from './tagger.js';

export type { NlpView };

export interface ExtractContext {
  doc: Document;
  article: PageArticle;
  /** Publication date (ISO date or date-time with offset) or null when unknown. */
  published: string | null;
  /**
   * The shared compromise parse of doc.text as a full compromise View (all
   * methods, phrase chunks included): what `nlp(doc.text)` returns.
   */
  nlp(): NlpView;
  /**
   * The same shared parse, term tags only (no phrase chunks, which cost ~8% of
   * the parse): for extractors that read `view.document` terms and tags.
   */
  tagged(): NlpView;
}

export function createContext(doc: Document, article: PageArticle, published: string | null): ExtractContext {
  let parsed: NlpView | null = null;
  let chunked = false;
  const tagged = (): NlpView => (parsed ??= tagText(doc.text));
  return {
    doc,
    article,
    published,
    tagged,
    nlp() {
      const view = tagged();
      if (!chunked) {
        withChunks(view);
        chunked = true;
      }
      return view;
    },
  };
}

/** A mention for the span [start, end) of the document, with the rule that found it. */
export function mention(doc: Document, start: number, end: number, rule?: string): Mention {
  const m: Mention = { start, end, sentence: sentenceAt(doc, start), text: doc.text.slice(start, end) };
  if (rule) m.rule = rule;
  return m;
}
