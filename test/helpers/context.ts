/**
 * An ExtractContext for a test text (paragraphs separated by blank lines), as
 * the pipeline builds it for pasted text, and actors built by hand from specs
 * (every whole-word occurrence of a name or an alias is a mention).
 */
import { buildDocument } from '../../src/document/document.js';
import { createContext, type ExtractContext } from '../../src/extract/context.js';
import type { Actor } from '../../src/schema.js';

export function textContext(text: string, opts: { published?: string | null; dateline?: string | null } = {}): ExtractContext {
  const published = opts.published === undefined ? '2026-01-09' : opts.published;
  const paragraphs = text.split(/\n\s*\n/);
  const dateline = opts.dateline ? { text: opts.dateline } : null;
  return createContext(buildDocument(paragraphs), { paragraphs, title: null, published, authors: [], dateline, format: 'text' }, published);
}

export type ActorSpec = [name: string, type: Actor['type'], aliases?: string[], roles?: string[]];

export function specActors(text: string, specs: ActorSpec[]): Actor[] {
  return specs.map(([name, type, aliases = [], roles = []], n) => {
    const mentions = [];
    for (const s of [name, ...aliases]) {
      for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
        if (/\w/.test(text[i - 1] ?? ' ') || /\w/.test(text[i + s.length] ?? ' ')) continue;
        mentions.push({ start: i, end: i + s.length, sentence: 0, text: s });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `a${n + 1}`, name, type, aliases, roles, mentions };
  });
}
