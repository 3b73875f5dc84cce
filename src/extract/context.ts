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

/**
 * How much of a document compromise tags: ~40 times an average news article
 * and beyond the longest long-reads, ~0.5 s of tagging. Past it (a 4 MB
 * "article" would take ~15 s to tag and more to tokenize) the parse covers the
 * text up to the last paragraph break before the limit, so extractors reading
 * terms find their mentions in that part only.
 */
export const NLP_MAX_CHARS = 200_000;

/** Where the tagged part of `text` ends: all of it, or a paragraph (else sentence, else word) break before `max`. */
export function nlpExtent(text: string, max = NLP_MAX_CHARS): number {
  if (text.length <= max) return text.length;
  const floor = max >> 1;
  let para = text.lastIndexOf('\n', max);
  while (para > 0 && text.charCodeAt(para - 1) === 0x0a) para--;
  if (para >= floor) return para;
  for (let i = max; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && text.charCodeAt(i + 1) === 0x20) return i + 1;
  }
  const space = text.lastIndexOf(' ', max);
  return space >= floor ? space : max;
}

export interface ExtractContext {
  doc: Document;
  article: PageArticle;
  /** Publication date (ISO date or date-time with offset) or null when unknown. */
  published: string | null;
  /**
   * The shared compromise parse of doc.text as a full compromise View (all
   * methods, phrase chunks included): what `nlp(doc.text)` returns. On a
   * document longer than NLP_MAX_CHARS it covers doc.text up to `nlpEnd`.
   */
  nlp(): NlpView;
  /**
   * The same shared parse, term tags only (no phrase chunks, which cost ~8% of
   * the parse): for extractors that read `view.document` terms and tags.
   */
  tagged(): NlpView;
  /** How far into doc.text the parse goes (doc.text.length but on very long documents). */
  nlpEnd: number;
}

export function createContext(doc: Document, article: PageArticle, published: string | null): ExtractContext {
  let parsed: NlpView | null = null;
  let chunked = false;
  const nlpEnd = nlpExtent(doc.text);
  const tagged = (): NlpView => (parsed ??= tagText(nlpEnd === doc.text.length ? doc.text : doc.text.slice(0, nlpEnd)));
  return {
    doc,
    article,
    published,
    nlpEnd,
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
