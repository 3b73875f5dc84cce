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
  const re = /[\p{L}\p{N}][\p{L}\p{N}'\u2019&.-]*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // trailing punctuation off by hand (a regex anchored at the end rescans long runs)
    let w = m[0];
    let n = w.length;
    while (n > 1 && /[.'\u2019-]/u.test(w[n - 1]!)) n--;
    w = w.slice(0, n);
    if (w.endsWith("'s") || w.endsWith('\u2019s')) w = w.slice(0, -2);
    words.push({ w, start: m.index, end: m.index + m[0].length });
  }
  const leagues = new Set<string>();
  const shortSeen = new Map<string, Set<string>>();
  let sportWords = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.w;
    if (!/^[\p{Lu}\d]/u.test(w)) {
      if (SPORT_WORDS.has(w.toLowerCase())) sportWords++;
      continue;
    }
    let phrase = '';
    for (let n = 0; n < 4 && i + n < words.length; n++) {
      const x = words[i + n]!;
      if (n > 0) {
        const gap = text.slice(words[i + n - 1]!.end, x.start);
        if (gap !== ' ' || !/^[\p{Lu}\d]/u.test(x.w)) break;
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
