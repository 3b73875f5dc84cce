/**
 * Is the article about a sport, and which league? Short team names ("Steelers",
 * "Thunder", "Chelsea") name teams only there. Shared by the actors extractor
 * (the team is an actor) and the places extractor (a club named after its city is
 * no place there). One linear pass over the text's words, memoized per document.
 */
import type { Document } from '../document/document.js';
import { LEAGUE_BY_NAME, TEAM_BY_FULL, TEAM_BY_SHORT, type TeamEntry } from '../extract/actors/lexicon/sports.js';

/** Lower-case words of sport reports. */
const SPORT_WORDS = new Set([
  'goal', 'goals', 'scored', 'scorer', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'club', 'clubs', 'league',
  'season', 'kickoff', 'kick-off', 'penalty', 'penalties', 'derby', 'fixture', 'fixtures', 'stadium', 'coach', 'quarterback', 'touchdown', 'touchdowns',
  'inning', 'innings', 'pitcher', 'playoff', 'playoffs', 'rebounds', 'assists', 'puck', 'goalie', 'hat-trick', 'squad',
  'tournament', 'championship', 'defeated', 'manager', 'player', 'players', 'rusher', 'linebacker', 'receiver', 'yards', 'homer', 'overtime',
]);

/** Lengths of the sport words (a word of another length is not one, whatever its case). */
const SPORT_MIN = Math.min(...[...SPORT_WORDS].map((w) => w.length));
const SPORT_MAX = Math.max(...[...SPORT_WORDS].map((w) => w.length));

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Is the code point a letter or a number (\p{L} or \p{N})? */
function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/** . ' ’ - (punctuation a word may not end with) */
function isTrailing(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/** Does the word start with an upper-case letter or a digit? (ASCII without a regex) */
function capOrDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\d]/u.test(w);
}

export interface SportsContext {
  /** leagues the article is about */
  leagues: Set<string>;
}

const memo = new WeakMap<Document, SportsContext>();

export function sportsContext(doc: Document): SportsContext {
  const hit = memo.get(doc);
  if (hit) return hit;
  const text = doc.text;
  const words: Array<{ w: string; start: number; end: number }> = [];
  // the words are /[\p{L}\p{N}][\p{L}\p{N}'\u2019&.-]*/gu, scanned by hand (ASCII without a regex)
  const len = text.length;
  let i = 0;
  while (i < len) {
    let cp = text.codePointAt(i)!;
    if (!isLetterOrNumber(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < len) {
      cp = text.codePointAt(i)!;
      if (cp === 0x27 || cp === 0x2019 || cp === 0x26 || cp === 0x2e || cp === 0x2d || isLetterOrNumber(cp)) i += cp > 0xffff ? 2 : 1;
      else break;
    }
    const m = { 0: text.slice(start, i), index: start };
    // trailing punctuation off by hand (a regex anchored at the end rescans long runs)
    let w = m[0];
    let n = w.length;
    while (n > 1 && isTrailing(w.charCodeAt(n - 1))) n--;
    w = w.slice(0, n);
    if (w.endsWith("'s") || w.endsWith('\u2019s')) w = w.slice(0, -2);
    words.push({ w, start: m.index, end: m.index + m[0].length });
  }
  const leagues = new Set<string>();
  const shortSeen = new Map<string, Set<string>>();
  let sportWords = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.w;
    if (!capOrDigit(w)) {
      if (w.length >= SPORT_MIN && w.length <= SPORT_MAX && SPORT_WORDS.has(w.toLowerCase())) sportWords++;
      continue;
    }
    let phrase = '';
    for (let n = 0; n < 4 && i + n < words.length; n++) {
      const x = words[i + n]!;
      if (n > 0) {
        const prevEnd = words[i + n - 1]!.end;
        // the gap is exactly one space
        if (x.start - prevEnd !== 1 || text.charCodeAt(prevEnd) !== 0x20 || !capOrDigit(x.w)) break;
      }
      phrase = n === 0 ? x.w : `${phrase} ${x.w}`;
      const league = LEAGUE_BY_NAME.get(phrase);
      if (league) leagues.add(league);
      const full = TEAM_BY_FULL.get(phrase);
      if (full) leagues.add(full.league);
      const shorts = TEAM_BY_SHORT.get(phrase);
      if (shorts) for (const t of shorts) {
        const set = shortSeen.get(t.league) ?? new Set<string>();
        set.add(phrase);
        shortSeen.set(t.league, set);
      }
    }
  }
  // two teams of one league by their short names, in a text that reads like a sport report
  if (sportWords >= 3) for (const [league, set] of shortSeen) if (set.size >= 2) leagues.add(league);
  const out = { leagues };
  memo.set(doc, out);
  return out;
}

/** The team a name stands for in this article ("Steelers", "Pittsburgh Steelers", "Chelsea" in a football report), if any. */
export function teamNamed(name: string, sports: SportsContext): TeamEntry | undefined {
  const full = TEAM_BY_FULL.get(name);
  if (full) return full;
  const shorts = TEAM_BY_SHORT.get(name);
  return shorts?.find((t) => sports.leagues.has(t.league));
}
