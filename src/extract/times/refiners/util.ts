/** Helpers shared by the refiners. */
import { ParsingResult, type ParsingContext, type ParsedComponents } from 'chrono-node';
import type { Components } from '../parsers/base.js';

const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;

/** A clock time with no date part. */
export function isTimeOnly(c: ParsedComponents): boolean {
  return c.isCertain('hour') && !DATE_PARTS.some((p) => c.isCertain(p)) && !hasTagPrefix(c, 'holiday:');
}

/** Names a single day (a date, a weekday, a relative day), without a clock time. */
export function isDayOnly(c: ParsedComponents): boolean {
  if (c.isCertain('hour')) return false;
  if ([...c.tags()].some((t) => t.startsWith('precision:') && t !== 'precision:day')) return false;
  return c.isCertain('day') || c.isCertain('weekday') || hasTagPrefix(c, 'holiday:');
}

export function hasTagPrefix(c: ParsedComponents, prefix: string): boolean {
  for (const t of c.tags()) if (t.startsWith(prefix)) return true;
  return false;
}

export function tagValue(c: ParsedComponents, prefix: string): string | null {
  for (const t of c.tags()) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return null;
}

export function knownOf(c: ParsedComponents, parts: readonly string[]): Components {
  const out: Components = {};
  for (const p of parts) {
    const k = p as keyof Components;
    if (c.isCertain(k)) out[k] = c.get(k)!;
  }
  return out;
}

/** A copy of a result over a new span [start, end) of the context text. */
export function respan(context: ParsingContext, r: ParsingResult, start: number, end: number): ParsingResult {
  const out = new ParsingResult(context.reference, start, context.text.slice(start, end), r.start, r.end);
  return out;
}

export const endOf = (r: ParsingResult): number => r.index + r.text.length;
