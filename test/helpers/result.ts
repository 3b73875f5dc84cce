/**
 * What every result must satisfy, whatever the input: it matches the schema,
 * and every mention's [start, end) slices article.text to the mention's text.
 */
import { ResultSchema, type Mention, type Result } from '../../src/schema.js';
import { NewsxError } from '../../src/errors.js';

/** Errors an input may legitimately end in; anything else (EEXTRACT, a RangeError, a TypeError) is a bug. */
export const INPUT_ERROR_CODES = new Set(['EEMPTY', 'ENOTARTICLE', 'ETOOBIG']);

export function allMentions(r: Result): Array<{ where: string; m: Mention }> {
  const out: Array<{ where: string; m: Mention }> = [];
  r.actors.forEach((a, i) => a.mentions.forEach((m) => out.push({ where: `actors[${i}]`, m })));
  r.places.forEach((p, i) => p.mentions.forEach((m) => out.push({ where: `places[${i}]`, m })));
  r.quotes.forEach((q, i) => q.mentions.forEach((m) => out.push({ where: `quotes[${i}]`, m })));
  r.times.forEach((t, i) => t.mentions.forEach((m) => out.push({ where: `times[${i}]`, m })));
  r.deadlines.forEach((d, i) => d.mentions.forEach((m) => out.push({ where: `deadlines[${i}]`, m })));
  return out;
}

/** Throws a descriptive Error when the result breaks the contract. */
export function assertValidResult(r: unknown): asserts r is Result {
  const parsed = ResultSchema.safeParse(r);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`result does not match the schema at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const res = parsed.data;
  const text = res.article.text;
  for (const { where, m } of allMentions(res)) {
    if (!(m.start <= m.end && m.end <= text.length)) throw new Error(`${where}: mention [${m.start}, ${m.end}) is outside article.text (length ${text.length})`);
    const slice = text.slice(m.start, m.end);
    if (slice !== m.text) throw new Error(`${where}: text.slice(${m.start}, ${m.end}) is ${JSON.stringify(slice)}, the mention says ${JSON.stringify(m.text)}`);
  }
  if (text.includes('\u0000')) throw new Error('article.text contains NUL');
}

/** Run fn; it must return a valid result or throw a NewsxError with an input error code. */
export function outcome(fn: () => unknown): { ok: true; result: Result } | { ok: false; error: NewsxError } {
  let r: unknown;
  try {
    r = fn();
  } catch (err) {
    if (err instanceof NewsxError && INPUT_ERROR_CODES.has(err.code)) {
      if (err.message.includes('\n')) throw new Error(`error message has several lines: ${err.message}`);
      return { ok: false, error: err };
    }
    throw err;
  }
  assertValidResult(r);
  return { ok: true, result: r };
}
