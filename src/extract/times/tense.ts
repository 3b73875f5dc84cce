/**
 * The tense around a time expression, to decide which way a weekday, a
 * month or a date without a year points: the verb cue nearest to the
 * expression in its sentence. "said Tuesday it will meet Friday": Tuesday is
 * past (said), Friday future (will meet).
 */
import { FUTURE_BEFORE_TO_FOR, FUTURE_CUES, NOT_PAST_ED, PAST_CUES, REPORTING_VERBS } from './times.rules.js';
import { GRANT_UNTIL, HOLD_UNTIL } from '../deadlines/deadlines.rules.js';

export type Tense = 'past' | 'future' | 'present' | null;

/** How sure the tense is: a cue next to the expression ("collapsed in December") or one further away. */
export type TenseStrength = 'near' | 'far';

/** Cues further than this (characters) from an expression are not looked at. */
const CUE_WINDOW = 400;
/** Extra distance (characters) for a cue across a clause boundary, before and after the expression. */
const CLAUSE_PENALTY_BEFORE = 10;
const CLAUSE_PENALTY_AFTER = 40;
/** Cues closer than this (in characters of the sentence) are near. */
const NEAR_CUE = 12;

interface Cue {
  start: number;
  end: number;
  tense: Exclude<Tense, null>;
  /** counts only right next to the expression (reporting verbs, "by", "until") */
  adjacentOnly?: boolean;
}

/** Words right before an expression that point it ahead ("by Friday", "until March") or back ("since 2016"). */
const ADJACENT_FUTURE = new Set(['starting', 'beginning', 'effective', 'payable', 'due']);

const WORD = /[\p{L}’']+/gu;
const MODALS = new Set(['will', 'would', 'shall', "'ll", '’ll', 'to', 'must', 'should', 'could', 'can', 'may', 'might', 'wo']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'be', 'being']);
const PERFECT_AUX = new Set(['has', 'have', "'s", '’s']);

/** Is a past participle next ("has signed", "have already met", "has been")? */
function isParticipleAfter(words: readonly { w: string }[], i: number): boolean {
  for (let k = i + 1; k < Math.min(words.length, i + 4); k++) {
    const w = words[k]!.w;
    if (w === 'not' || w === 'already' || w === 'also' || w === 'just' || w === 'never' || w === 'recently' || w === 'since' || w === 'now') continue;
    return w === 'been' || (w.length > 3 && (w.endsWith('ed') || w.endsWith('en'))) || PAST_CUES.has(w);
  }
  return false;
}

/** Verbs that set a deadline with "until": "has until", "gave them until", "were granted until" (the deadline extractor's lists). */
const UNTIL_GRANTS: ReadonlySet<string> = new Set([...HOLD_UNTIL, ...GRANT_UNTIL, "'s", 'allowing', 'extend', 'extends', 'extended']);

/**
 * "has until <a few words> to <verb>", "gave the company until 5 p.m. to respond": a deadline
 * verb within four words before "until", and an infinitive within six words after it
 * ("waited until Tuesday to announce" is no deadline).
 */
function untilToVerb(words: readonly { w: string }[], i: number): boolean {
  let grant = false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (UNTIL_GRANTS.has(words[k]!.w)) grant = true;
  if (!grant) return false;
  for (let k = i + 2; k < Math.min(words.length - 1, i + 8); k++) {
    if (words[k]!.w === 'to') return !/^(?:the|a|an|this|that|its|their|his|her|\d.*)$/.test(words[k + 1]!.w);
  }
  return false;
}

/** The tense cues of a sentence, in order. */
export function tenseCues(sentence: string): Cue[] {
  const words: { w: string; start: number; end: number; cap: boolean }[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index!;
    // split "we'll" into "we" + "'ll"
    const ll = raw.includes("'") || raw.includes('’') ? /^(\p{L}+)(['’](?:ll|s|d|re|ve))$/iu.exec(raw) : null;
    if (ll) {
      words.push({ w: ll[1]!.toLowerCase(), start, end: start + ll[1]!.length, cap: /^\p{Lu}/u.test(raw) });
      words.push({ w: ll[2]!.toLowerCase().replace('’', "'"), start: start + ll[1]!.length, end: start + raw.length, cap: false });
    } else words.push({ w: raw.toLowerCase(), start, end: start + raw.length, cap: /^\p{Lu}/u.test(raw) });
  }
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const { w, start, end, cap } = words[i]!;
    let tense: Cue['tense'] | null = null;
    const next = words[i + 1]?.w;
    if (w === 'next' && next === 'to') tense = null; // "next to the embassy"
    else if (FUTURE_CUES.has(w) || w === "'ll") tense = 'future';
    else if (FUTURE_BEFORE_TO_FOR.has(w) && (next === 'to' || next === 'for')) {
      // "is expected to", "were planning to": ahead; "had been due to expire": a plan in the past;
      // a bare "planned to": either
      const p1 = words[i - 1]?.w;
      const p2 = words[i - 2]?.w;
      if (p1 === 'had' || (p1 === 'been' && p2 === 'had')) tense = 'past';
      else if (p1 === 'was' || p1 === 'were') tense = null; // "was due to be released": either way
      else if (p1 && (PRESENT_AUX.has(p1) || p1 === "'s" || MODALS.has(p1) || p1 === 'been')) tense = 'future';
      else if (w.endsWith('ed')) tense = null;
      else tense = 'future';
    }
    else if (FUTURE_BEFORE_TO_FOR.has(w)) tense = null;
    else if (w === 'to' && i + 1 < words.length && i > 0 && PRESENT_AUX.has(words[i - 1]!.w)) tense = 'future'; // "is to meet"
    else if (PAST_CUES.has(w)) tense = 'past';
    else if ((w === 'has' || w === 'have' || w === "'ve") && isParticipleAfter(words, i)) tense = 'past'; // present perfect
    else if (!cap && w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !w.includes('-')) tense = 'past';
    // "has not yet qualified", "yet to be signed": it has not happened
    if (tense === 'past' && (words[i - 1]?.w === 'yet' || words[i - 2]?.w === 'yet')) tense = null;
    if (tense === 'past' && w !== 'ago' && w !== 'last' && w !== 'yesterday' && w !== 'earlier') {
      // a participle in a future or present verb group: "will be held", "would be paid", "is expected"
      let bareBe = false;
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        const prev = words[k]!.w;
        if (prev === 'be') bareBe = k === i - 1 || bareBe;
        if (prev === 'be' || prev === 'been' || prev === 'being' || prev === 'not' || prev === 'also' || prev === 'already') {
          if (k === Math.max(0, i - 4) && bareBe) tense = 'future';
          continue;
        }
        if (bareBe && !MODALS.has(prev) && !PRESENT_AUX.has(prev) && prev !== 'to') {
          tense = 'future'; // "ordered that the records be released by Thursday"
          break;
        }
        if (prev === 'to') {
          // "is expected to be signed": ahead; "was due to be released": either; "had been due to": past
          const gov = [words[k - 1]?.w, words[k - 2]?.w, words[k - 3]?.w];
          tense = gov.includes('had') ? 'past' : gov.includes('was') || gov.includes('were') ? null : 'future';
        } else if (MODALS.has(prev)) tense = 'future';
        else if (PRESENT_AUX.has(prev)) tense = null; // "is heard", "are satisfied": no tense for a time
        break;
      }
    }
    if (REPORTING_VERBS.has(w)) {
      cues.push({ start, end, tense: w.endsWith('s') || w === 'say' ? 'present' : 'past', adjacentOnly: true });
      continue;
    }
    // the deadline construction "has until Tuesday to comply", "gave them until 5 p.m. to leave": ahead
    if ((w === 'until' || w === 'till') && untilToVerb(words, i)) {
      cues.push({ start, end, tense: 'future', adjacentOnly: true });
      continue;
    }
    if (!tense && ADJACENT_FUTURE.has(w)) {
      cues.push({ start, end, tense: 'future', adjacentOnly: true });
      continue;
    }
    if (tense) cues.push({ start, end, tense });
  }
  return cues;
}

/**
 * The tense of the cue nearest to [start, end) (offsets into the sentence);
 * ties go to the cue before. Adjacent-only cues count when at most one word
 * ("on", "at") separates them from the expression.
 */
export function tenseAt(sentence: string, cues: readonly Cue[], start: number, end: number): Tense {
  return tenseWithStrength(sentence, cues, start, end).tense;
}

/** Like tenseAt, with whether the deciding cue is near the expression. */
export function tenseWithStrength(sentence: string, cues: readonly Cue[], start: number, end: number): { tense: Tense; strength: TenseStrength } {
  let best: Cue | null = null;
  let bestDist = Infinity;
  // only cues within a window around the expression (cues are in text order): linear overall
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.end < start - CUE_WINDOW) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < cues.length; i++) {
    const c = cues[i]!;
    if (c.start > end + CUE_WINDOW) break;
    if (c.end > start && c.start < end) continue; // inside the expression ("last", "next" are its own words)
    const before = c.end <= start;
    if (c.adjacentOnly) {
      const gap = before ? sentence.slice(c.end, start) : sentence.slice(end, c.start);
      if (!/^\s*(?:[\p{L}]+\s+)?$/u.test(gap) || (!before && c.tense === 'future')) continue;
      return { tense: c.tense, strength: 'near' };
    }
    let dist = before ? start - c.end : c.start - end + 0.5;
    // a clause boundary between cue and expression weakens the cue (more so after the expression)
    const between = before ? sentence.slice(c.end, start) : sentence.slice(end, c.start);
    if (/[,;:()\u2013\u2014]|\s-\s|\b(?:that|which|who|when|while|because|after|before|saying|but|and)\b/.test(between)) dist += before ? CLAUSE_PENALTY_BEFORE : CLAUSE_PENALTY_AFTER;
    if (dist < bestDist) {
      best = c;
      bestDist = dist;
    }
  }
  return { tense: best ? best.tense : null, strength: bestDist <= NEAR_CUE ? 'near' : 'far' };
  // (near needs a cue within NEAR_CUE characters and no clause boundary in between)
}
