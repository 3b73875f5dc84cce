/**
 * Shared pieces of the custom chrono parsers: the anchor (publication day)
 * read from chrono's reference, result construction with tags, and the tag
 * vocabulary the resolver reads.
 *
 * Every reference handed to chrono is the anchor day at 12:00 UTC with a
 * zero offset, so chrono's components are the story's wall-clock values and
 * the anchor is read back with UTC getters.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { Component } from 'chrono-node';
import type { Precision, Ymd } from '../calendar.js';

export type Components = { [c in Component]?: number };

/** Tags carried on results (chrono keeps tags through merges). */
export const TAG = {
  rule: (name: string) => `rule:${name}`,
  precision: (p: Precision) => `precision:${p}`,
  /** a weekday, month or holiday with last/next/this: resolve in that direction */
  direction: (d: 'last' | 'next' | 'this') => `direction:${d}`,
  holiday: (key: string) => `holiday:${key}`,
  /** relative to the previously mentioned time: unit and shift */
  anaphoric: (unit: 'year' | 'month' | 'day', shift: number) => `anaphoric:${unit}:${shift}`,
  /** no anchor needed: the value does not depend on the publication date */
  absolute: 'absolute',
  /** computed from the publication day */
  relative: 'relative',
  /** a clock time at the end of the day named ("midnight Friday") */
  endOfDay: 'end-of-day',
};

export function anchorOf(context: ParsingContext): Ymd {
  const d = context.reference.instant;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A result over text[index, index + length) with known components and tags. */
export function makeResult(
  context: ParsingContext,
  index: number,
  text: string,
  known: Components,
  tags: string[],
): ParsingResult {
  const r = context.createParsingResult(index, text, known);
  r.start.addTags(tags);
  // anything not marked absolute was computed from the anchor and needs one
  if (!tags.includes(TAG.absolute)) r.start.addTag(TAG.relative);
  return r;
}

/**
 * A parser whose pattern must not start inside a word. The regex's first
 * group, when it is named `pre`, is dropped from the result.
 */
const NEVER = /^(?!)/;

export abstract class BoundedParser implements Parser {
  private cached: RegExp | null = null;
  protected abstract innerPattern(): RegExp;
  /** A cheap test a text must pass for the pattern to be tried at all (a keyword the pattern needs). */
  protected keyword(): RegExp | null {
    return null;
  }
  private keywordCache: RegExp | null | undefined;
  protected abstract innerExtract(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null;

  pattern(context?: ParsingContext): RegExp {
    if (this.keywordCache === undefined) this.keywordCache = this.keyword();
    if (context && this.keywordCache && !this.keywordCache.test(context.text)) return NEVER;
    if (!this.cached) {
      const inner = this.innerPattern();
      this.cached = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${inner.source})(?![\\p{L}\\p{N}_])`, inner.flags.includes('u') ? inner.flags : `${inner.flags}u`);
    }
    return this.cached;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    return this.innerExtract(context, match, match.index ?? 0);
  }
}

/** "(?:a|b|c)" from a list, longest first, spaces as \s+. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Count words: digits or number words ("two", "a", "a couple of"). */
export function countValue(s: string, words: Record<string, number>): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (t in words) return words[t]!;
  const m = /^(\w+)[- ](\w+)$/.exec(t);
  if (m && m[1]! in words && m[2]! in words) return words[m[1]!]! + words[m[2]!]!;
  return null;
}
