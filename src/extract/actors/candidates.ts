/**
 * Step 2 and 3: proper-name chunks (runs of capitalised words, joined by
 * "of", "for the", "&", name particles) and what each is: a person (with the
 * roles written around it), an organization, a country or capital, a group,
 * or a name to resolve later (a surname, an acronym).
 */
import { nlp } from '../tagger.js';
import type { Token } from './tokens.js';
import { breakAfter } from './tokens.js';
import {
  CAPITALIZED_TITLES,
  FACILITY_HEADS,
  FUNCTION_WORDS,
  GENERIC_PERSON_NOUNS,
  GROUP_HEADS,
  GROUP_INNER,
  GROUP_MODIFIER_SUFFIXES,
  HONORIFICS,
  INSTITUTIONS,
  LOCATIVE_PREPOSITIONS,
  LOWER_ORG_HEADS,
  NON_ACTOR_ADJECTIVES,
  COMMON_ACRONYMS,
  MINISTRY_SUBJECTS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_PERSON_HEADS,
  ORG_HEADS,
  PLACE_HEADS,
  TITLE_HEADS,
  TITLE_NOT_SURNAME,
  NON_ACTOR_HEADS,
  OF_ORG_HEADS,
  PARTY_MEMBERS,
} from './actors.rules.js';
import { countryByCapital, countryByDemonym, countryByName, type CountryEntry } from './lexicon/countries.js';
import { knownOrg } from './lexicon/organizations.js';
import { GIVEN_NAMES } from './lexicon/names.js';
import { appositionAfter, isTitleHead, roleBefore, roleText } from './roles.js';
import { gazetteer } from '../../resolve/gazetteer.js';
import { isCommonWord, isDictionaryWord } from '../../resolve/words.js';
import { teamNamed, type SportsContext } from '../../resolve/sports.js';

export type CandidateKind =
  | 'person'
  | 'org'
  | 'country'
  | 'capital'
  | 'government'
  | 'group'
  | 'acronym'
  | 'unknown';

export interface Candidate {
  kind: CandidateKind;
  /** the name as written (without title, "the", possessive) */
  name: string;
  /** token span [first, last] and text offsets */
  first: number;
  last: number;
  start: number;
  end: number;
  rule: string;
  roles: string[];
  /** for countries, capitals, governments and national bodies: ISO code */
  country?: string;
  /** organization head word, lower case ("ministry", "forces", "government") */
  head?: string;
  /** ministry subject ("defense") */
  subject?: string;
  /** the surface form used as the name of a title-case construction, e.g. "Ministry of Defense" */
  ofForm?: boolean;
  /** a person name given with a title or honorific ("President Trump"), or an organization named right before its acronym */
  alias?: string;
  /** a descriptive phrase that names the same actor ("Lebanon's internal security service" for "Surete Generale") */
  descriptive?: string;
  /** the mention shows the actor acting (subject of a verb, possessor of a stance) */
  acting?: boolean;
  /** written like a company ("AT&T", "T-Mobile"): an organization unless it names someone found */
  company?: boolean;
  /** written like a company only by its inner capitals or a slash ("AirPods", "Comcast/Xfinity"): products are written so too, so a cue is needed */
  weakCompany?: boolean;
  /** the team this names ("Tottenham Hotspur" for "Spurs") */
  team?: string;
  /** evidence strength for persons: title, given name, honorific */
  evidence?: string;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower']);
const TITLE_MODIFIERS = new Set(['press', 'foreign', 'prime', 'home', 'defense', 'defence', 'interior', 'finance', 'health', 'justice', 'vice', 'deputy', 'chief', 'executive', 'state', 'special', 'senior', 'junior', 'acting', 'former', 'interim', 'general', 'attorney', 'house', 'majority', 'minority']);

export interface Lookups {
  /** lower-case words seen with a capital away from a sentence start */
  capitalizedInside: Set<string>;
  /** lower-case words seen in lower case somewhere */
  lowerSeen: Set<string>;
}

export function buildLookups(tokens: Token[]): Lookups {
  const capitalizedInside = new Set<string>();
  const lowerSeen = new Set<string>();
  for (const t of tokens) {
    if (t.cap && !t.initial) capitalizedInside.add(t.lower);
    else if (!t.cap) lowerSeen.add(t.lower);
  }
  return { capitalizedInside, lowerSeen };
}

const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;

/** The tags compromise's lexicon gives a lower-case word. */
function lexiconTags(lower: string): string[] {
  const v = LEXICON[lower];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export { isCommonWord };

export function isGivenName(t: Token): boolean {
  const v = LEXICON[t.lower.split('-')[0]!];
  if (v !== undefined && (Array.isArray(v) ? v : [v]).some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName')) return true;
  if (t.tags.has('FirstName')) return true;
  const parts = t.lower.split('-');
  return GIVEN_NAMES.has(t.lower) || GIVEN_NAMES.has(parts[0]!);
}

function isCapTitle(t: Token): boolean {
  return t.cap && (CAPITALIZED_TITLES.has(t.lower) || (TITLE_HEADS.has(t.lower) && !t.initial && !GENERIC_PERSON_NOUNS.has(t.lower)));
}

/** Some sign that a capitalised word at a sentence start is a name, not just a capitalised common word. */
function hasNameEvidence(t: Token, look: Lookups): boolean {
  for (const tag of ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Organization', 'Honorific']) if (t.tags.has(tag)) return true;
  if (/^\p{Lu}[\p{Lu}&.\d]+$/u.test(t.base) && t.base.length >= 2) return true;
  if (look.capitalizedInside.has(t.lower)) return true;
  if (isGivenName(t) || CAPITALIZED_TITLES.has(t.lower) || HONORIFICS.has(t.lower)) return true;
  if (countryByName(t.base) || countryByDemonym(t.base) || countryByCapital(t.base)) return true;
  // a known organization whose name is also a word ("Target", "Variety") needs more at a sentence start
  if (knownOrg(t.base) && !isCommonWord(t.lower)) return true;
  return false;
}

function isDate(t: Token): boolean {
  if (t.tags.has('Month') || t.tags.has('WeekDay')) return true;
  return t.tags.has('Date') && /^(today|yesterday|tomorrow|tonight|now)$/.test(t.lower);
}

function isHyphenModifier(t: Token): boolean {
  // "Kurdish-led", "GOP-dominated", "Kurdish-majority": a capitalised word joined to a lower-case one
  const m = /^(\p{Lu}[\p{L}.&]*)-(\p{Ll}[\p{Ll}-]*)$/u.exec(t.base);
  return m !== null && !NAME_PARTICLES.has(m[1]!.toLowerCase());
}

/** Step 2: chunks of capitalised words. Returns [first, last] token pairs. */
export function findChunks(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || isDate(t)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const cur = tokens[j]!;
      if (breakAfter(cur)) break;
      if (cur.poss && !possessiveInside(cur, tokens[j + 1])) break;
      const next = tokens[j + 1];
      if (!next || next.sent !== cur.sent || /[([]/.test(next.pre)) break;
      if (next.cap && !isDate(next)) {
        j++;
        continue;
      }
      if (next.lower === 'and' && !breakAfter(next) && andJoinsName(tokens, i, j)) {
        // "Securities and Exchange Commission", "Department of Health and Human Services"
        let k = j + 2;
        while (k + 1 < tokens.length && tokens[k + 1]!.cap && !breakAfter(tokens[k]!) && tokens[k + 1]!.sent === cur.sent && !isDate(tokens[k + 1]!)) k++;
        j = k;
        continue;
      }
      if (NAME_CONNECTORS.has(next.lower) && !next.cap && !breakAfter(next)) {
        let k = j + 1;
        // at most "of the", "for the"
        if (next.lower !== 'the' && tokens[k + 1]?.lower === 'the' && !breakAfter(tokens[k + 1]!)) k++;
        // two name particles: "van de", "de la", "van der"
        else if (NAME_PARTICLES.has(next.lower) && NAME_PARTICLES.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.cap && !breakAfter(tokens[k + 1]!)) k++;
        if (next.lower === 'the') break;
        const after = tokens[k + 1];
        if (after && after.cap && !isDate(after) && after.sent === cur.sent && !/[([]/.test(after.pre)) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/**
 * Does the "and" after token j join one organization's name that started at
 * token i? Either the run so far is "<Head> of|for|on X" and what follows is
 * short ("Department of Health and Human Services", "Centers for Disease
 * Control and Prevention"), or the words after "and" end with an organization
 * head and the run so far is one or two plain words ("Securities and Exchange
 * Commission"). Never between countries, known organizations or people.
 */
function andJoinsName(tokens: Token[], i: number, j: number): boolean {
  const and = tokens[j + 1]!;
  let m = j + 2;
  if (!tokens[m]?.cap || tokens[m]!.sent !== and.sent) return false;
  while (m + 1 < tokens.length && tokens[m + 1]!.cap && !breakAfter(tokens[m]!) && tokens[m + 1]!.sent === and.sent && m - j < 5) m++;
  if (m - j - 1 > 4 || (m - j - 1 === 4 && !ORG_HEADS.has(lastWord(tokens[m]!))) || (tokens[m + 1]?.cap && !breakAfter(tokens[m]!))) return false;
  const plain = (a: number, b: number) => {
    for (let k = a; k <= b; k++) {
      const t = tokens[k]!;
      if (countryByName(t.base) || countryByDemonym(t.base) || countryByCapital(t.base) || knownOrg(t.base) || isGivenName(t) || t.tags.has('Place') || /^\p{Lu}{2,}$/u.test(t.base) || FUNCTION_WORDS.has(t.lower) || NON_ACTOR_ADJECTIVES.has(t.lower)) return false;
    }
    // "United Nations and European Union": two known names
    const words = tokens.slice(a, b + 1).map((t) => t.base).join(' ');
    return !knownOrg(words) && !knownOrg(words.replace(/^the\s+/i, ''));
  };
  const whole = m - i <= MAX_ORG_WORDS ? tokens.slice(i, m + 1).map((t) => t.base).join(' ').replace(/^the\s+/i, '') : '';
  if (whole && knownOrg(whole)) return true;
  if (!plain(j + 2, m)) return false;
  // "Big Machine and Dick Clark Productions": a person's name opens another organization's name
  if (m > j + 2 && (isGivenName(tokens[j + 2]!) || tokens[j + 3]!.tags.has('LastName') || lexiconTags(tokens[j + 3]!.lower).includes('LastName'))) return false;
  const left = tokens.slice(i, j + 1).map((t) => t.base).join(' ');
  if (knownOrg(left) || knownOrg(left.replace(/^the\s+/i, ''))) return false;
  for (let k = i; k < j; k++) {
    const w = tokens[k + 1]!.lower;
    if (ORG_HEADS.has(lastWord(tokens[k]!)) && !PLACE_HEADS.has(lastWord(tokens[k]!)) && (w === 'of' || w === 'for' || w === 'on') && j - k - 1 <= 3 && j - k - 1 >= 1) return plain(k + 2, j);
  }
  // a national prefix stays outside: "U.S. Securities and Exchange Commission"
  let a = i;
  while (a < j && FUNCTION_WORDS.has(tokens[a]!.lower)) a++;
  if (a < j && (countryByName(tokens[a]!.base) || countryByDemonym(tokens[a]!.base))) a++;
  // not the last item of a list ("Ministry of Trade, Industry and Energy")
  const before = tokens[a - 1];
  if (before && /,/.test(before.post)) return false;
  return j - a <= 1 && ORG_HEADS.has(lastWord(tokens[m]!)) && !PLACE_HEADS.has(lastWord(tokens[m]!)) && !tokens[a]!.initial && plain(a, j);
}

const POSSESSIVE_INSIDE = new Set(['people', 'governor', 'attorney', 'children', 'women', 'men', 'veterans', 'workers', 'farmers', 'mayor', 'president', 'prosecutor', 'magistrate', 'magistrates', 'king', 'queen', 'st', 'st.', 'lloyd', 'mcdonald', 'macy', 'wendy', 'moody', 'sotheby', 'christie']);

function possessiveInside(t: Token, next: Token | undefined): boolean {
  return POSSESSIVE_INSIDE.has(t.lower) && next !== undefined && next.cap;
}

function text(src: string, tokens: Token[], a: number, b: number): string {
  return src.slice(tokens[a]!.start, tokens[b]!.poss ? tokens[b]!.start + tokens[b]!.base.length : tokens[b]!.end);
}

function lastWord(t: Token): string {
  return t.lower.replace(/\.$/, '');
}

/** Could tokens [a, b] be a person's name? */
function personShape(tokens: Token[], a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (NAME_SUFFIXES.has(t.lower) && k > a) continue;
    if (!t.cap && !NAME_PARTICLES.has(t.lower)) return false;
    if (/\d/.test(t.base) || /[&/]/.test(t.base)) return false;
    if (/^[DRI]-\p{Lu}/u.test(t.base)) return false; // party and state: "D-Nev."
    if (HONORIFICS.has(t.lower) || NON_ACTOR_ADJECTIVES.has(t.lower)) return false;
    // a name does not start with a verb, preposition or pronoun ("Stop Hillary", "Under Law")
    if (k === a && !isGivenName(t) && ['Verb', 'Preposition', 'Conjunction', 'Pronoun', 'Determiner', 'Adverb'].some((tag) => t.tags.has(tag)) && !t.tags.has('ProperNoun') && !t.tags.has('Person')) return false;
    if (k === a && !isGivenName(t) && /^(under|over|stop|free|save|our|no|yes|not|new|old|all|more|equal|first|last|next|great|hurricane|typhoon|cyclone|storm|tropical|operation|project)$/.test(t.lower)) return false;
    if (t.base.length > 3 && t.base === t.base.toUpperCase() && /\p{Lu}{4}/u.test(t.base)) return false;
    if (ORG_HEADS.has(lastWord(t)) || PLACE_HEADS.has(lastWord(t)) || (isCapTitle(t) && k === a)) return false;
    // "Blossom Music Center", "Davis Cup Finals", "Chief Strategy Officer": a venue, an event, a title
    if (k === b && k > a && (NON_PERSON_HEADS.has(t.lower) || TITLE_NOT_SURNAME.has(lastWord(t)))) return false;
    // "Prime Minister Tariq Aziz": a title inside is no part of a name
    if (k > a && k < b && t.cap && TITLE_NOT_SURNAME.has(lastWord(t))) return false;
    // a country's name is a given name only before a surname ("Chad Wolf", "Jordan Henderson")
    if ((countryByName(t.base) && !(k === a && k < b && isGivenName(t) && !NAME_PARTICLES.has(tokens[k + 1]!.lower))) || countryByDemonym(t.base)) return false;
    if (knownOrg(t.base)) return false;
    words++;
  }
  return words >= 1 && words <= 5;
}

/** Prepositions after which an unknown two-word name is rather a place ("in Senkata Alto", "on Calle Ocho"). */
const NAME_SHAPE_LOCATIVES = new Set(['in', 'at', 'near', 'on', 'into', 'inside', 'outside', 'across', 'throughout', 'from', 'around', 'toward', 'towards']);

/** One word written like a name: "Pouncey", "Caldwell-Pope", "O'Rourke", "McCaw", an initial "J." or "J.J.". */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:['\u2019]\p{Ll}+)?(?:-\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}['\u2019]\p{Lu}[\p{Ll}\p{M}]+|(?:Mc|Mac)\p{Lu}[\p{Ll}\p{M}]+|(?:\p{Lu}\.){1,3})$/u;
/** Words that open the names of streets, squares and landmarks in other languages ("Calle Ocho", "Plaza Mayor"). */
const FOREIGN_PLACE_WORDS = new Set(['calle', 'plaza', 'parque', 'rue', 'place', 'via', 'piazza', 'avenida', 'jalan', 'wadi', 'jebel', 'jabal', 'tell', 'bab', 'ras', 'pont', 'porte', 'estadio', 'stade', 'caja', 'casa', 'puerto', 'playa', 'rio', 'lago', 'monte', 'san', 'santa', 'santo', 'sao', 'saint', 'st.', 'ciudad', 'colonia', 'villa', 'isla', 'cerro', 'sierra', 'costa', 'mar', 'golfo', 'bahia', 'punta', 'cabo', 'kafr', 'beit', 'deir', 'khan', 'tel']);

/**
 * Tokens [a, b] shaped like the name of a person compromise does not know:
 * two to four name words ("Maurkice Pouncey", "Atif Issa Enhamed", "J.J. Abrams"),
 * none a common word, a place, a title or an organization word, the whole no
 * place of the gazetteer.
 */
export function nameShaped(tokens: Token[], a: number, b: number): boolean {
  let words = 0;
  let initials = 0;
  let dictionary = 0;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (k > a && k < b && NAME_PARTICLES.has(t.lower) && !t.cap) continue;
    if (isDictionaryWord(t.lower.replace(/['\u2019]s$/u, '')) || isDictionaryWord(t.lower.replace(/e?s$/, ''))) dictionary++;
    if (k > a && NAME_SUFFIXES.has(t.lower)) continue;
    if (!NAME_WORD.test(t.base)) return false;
    if (/^(?:\p{Lu}\.)+$/u.test(t.base)) {
      initials++;
      if (k === b) return false;
    } else if (isCommonWord(t.lower) || isCommonWord(t.lower.replace(/['\u2019]s$/u, '')) || (k === a && FOREIGN_PLACE_WORDS.has(t.lower))) return false;
    if (CAPITALIZED_TITLES.has(t.lower) || TITLE_HEADS.has(t.lower) || ORG_HEADS.has(lastWord(t)) || PLACE_HEADS.has(lastWord(t)) || NON_PERSON_HEADS.has(t.lower) || HONORIFICS.has(t.lower)) return false;
    if (countryByName(t.base) || countryByDemonym(t.base) || countryByCapital(t.base) || knownOrg(t.base)) return false;
    words++;
  }
  if (words < 2 || words > 4) return false;
  // words of the dictionary all through: "Homeland Security", "Dream Chaser", "Inherent Resolve"
  if (dictionary >= words - initials) return false;
  // a place the gazetteer knows: "Des Moines", "Kuala Lumpur"
  const whole = tokens.slice(a, b + 1).map((t) => t.base).join(' ');
  if (gazetteer().lookup(whole).length > 0) return false;
  return true;
}

/** The most words a well-known organization's name has: scans for one stop there (long runs stay linear). */
const MAX_ORG_WORDS = 8;

/** Lower-case nouns of places that end a list of names ("the Shejaiya and Zeitoun neighborhoods", "Logar province"). */
const PLACE_NOUNS = new Set(['neighborhood', 'neighborhoods', 'neighbourhood', 'neighbourhoods', 'district', 'districts', 'province', 'provinces', 'village', 'villages', 'town', 'towns', 'city', 'cities', 'county', 'counties', 'region', 'regions', 'area', 'areas', 'quarter', 'quarters', 'suburb', 'suburbs', 'street', 'streets', 'camp', 'camps', 'governorate', 'governorates', 'state', 'states', 'islands', 'island', 'river', 'valley', 'square', 'mosque', 'airport', 'stadium', 'hotel', 'prison', 'hospital', 'crossing', 'border']);

/** Does a place noun follow the name ending at token e, maybe after more names of a list? */
function placeNounAfter(tokens: Token[], e: number): boolean {
  const sent = tokens[e]!.sent;
  for (let k = e + 1; k < tokens.length && k <= e + 10; k++) {
    const t = tokens[k]!;
    if (t.sent !== sent) return false;
    if (PLACE_NOUNS.has(t.lower) && !t.cap) return !breakAfter(tokens[k - 1]!) || /^,?\s*$/.test(tokens[k - 1]!.post);
    if (t.cap || t.lower === 'and' || t.lower === 'or') continue;
    return false;
  }
  return false;
}

export interface ChunkContext {
  src: string;
  tokens: Token[];
  look: Lookups;
  /** leagues the article reports on: their teams' short names are actors */
  sports?: SportsContext;
}

/** Step 3: what a chunk is. May return several candidates (a role's organization and the person). */
export function analyzeChunk(cx: ChunkContext, first: number, last: number): Candidate[] {
  const { tokens, look, src } = cx;
  const out: Candidate[] = [];
  let s = first;
  const e = last;
  // leading words that are not part of a name
  while (s <= e) {
    const t = tokens[s]!;
    if (FUNCTION_WORDS.has(t.lower) && (t.initial || !t.cap || t.lower === 'the') && !(t.lower === 'first' && t.cap && s < e && ORG_HEADS.has(lastWord(tokens[e]!)) && !PLACE_HEADS.has(lastWord(tokens[e]!)) && tokens[s + 1]!.cap && !FUNCTION_WORDS.has(tokens[s + 1]!.lower))) s++;
    else if (isHyphenModifier(t)) s++;
    else if (t.initial && !hasNameEvidence(t, look) && !(knownOrg(text(src, tokens, s, e)) && (s < e || !(isCommonWord(t.lower) || isDictionaryWord(t.lower)))) && !(s < e && ORG_HEADS.has(lastWord(tokens[e]!)) && !PLACE_HEADS.has(lastWord(tokens[e]!)) && ((!isCommonWord(t.lower) && !TITLE_MODIFIERS.has(t.lower) && !['Verb', 'Adverb', 'Plural', 'Pronoun', 'Preposition', 'Conjunction', 'Determiner'].some((g) => t.tags.has(g)) && !FUNCTION_WORDS.has(t.lower)) || (t.lower === 'first' && tokens[s + 1]!.cap && !FUNCTION_WORDS.has(tokens[s + 1]!.lower))) && NAME_WORD.test(t.base)) && !(s < e && personShape(tokens, s, e) && (saysAround(tokens, s, e) || appositionAfter(tokens, e) || nameShaped(tokens, s, e))) && !(s === e && !isCommonWord(t.lower) && !isCommonWord(t.lower.replace(/e?s$/, '')) && !look.lowerSeen.has(t.lower) && !isDictionaryWord(t.lower) && !isDictionaryWord(t.lower.replace(/e?s$/, '')) && !(t.tags.has('Plural') && /(?:ers|ors|ists|ians|ants|ents|ies|ches|shes|ses)$/.test(t.lower)) && ((saysAround(tokens, s, e) && !t.tags.has('Plural')) || finiteVerbAfter(tokens, e)))) s++;
    // a position or unit before a name: "CB Greedy Williams", "QB Tom Brady"
    else if (s < e && isCommonAcronym(t)) s++;
    else break;
  }
  // a price tag or unit after a name: "John Smith RRP"
  let e2 = e;
  while (e2 > s && isCommonAcronym(tokens[e2]!) && !breakAfter(tokens[e2 - 1]!)) e2--;
  if (e2 < e) return analyzeChunk(cx, s, e2);
  if (s > e) return out;
  // a whole known organization ("Joint Chiefs of Staff") is not a title and a name
  if (knownOrg(text(src, tokens, s, e))) return analyzeName(cx, s, e, 'chunk');

  // "Founder of Ceres Robotics Inc.", "Director of the Central Intelligence Agency": a title and "of" before an organization
  if (isTitleHead(tokens[s]!) && s + 2 <= e && /^(of|at|for)$/.test(tokens[s + 1]!.lower)) {
    const from = tokens[s + 2]!.lower === 'the' ? s + 3 : s + 2;
    if (from < e && ORG_HEADS.has(lastWord(tokens[e]!))) {
      const orgs = analyzeName(cx, from, e, 'title-of-org').filter((c) => c.kind === 'org');
      if (orgs.length) return orgs;
    }
  }

  // "Carol Lee of the Wall Street Journal": a person, "of", an organization
  for (let k = s + 2; k < e; k++) {
    if (tokens[k]!.lower !== 'of' || tokens[k]!.cap) continue;
    const surnameLike = k - 1 > s && k - 1 - s <= 2 && !isCommonWord(tokens[k - 1]!.lower);
    if ((isGivenName(tokens[s]!) || nameShaped(tokens, s, k - 1) || surnameLike) && personShape(tokens, s, k - 1)) {
      const right = k + 1 < e && tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1;
      const rightCands = analyzeName(cx, right, e, 'person-of-org');
      const orgs = rightCands.filter((c) => c.kind === 'org' || c.kind === 'acronym' || c.kind === 'unknown');
      if (orgs.length && (isGivenName(tokens[s]!) || nameShaped(tokens, s, k - 1))) return [personCandidate(cx, s, k - 1, 'person-of-org', 'given-name'), ...orgs];
      // "Yasutaka Uchiyama of Japan", "Raven Klaasen of South Africa": a person and where they are from
      const where = text(src, tokens, right, e);
      if (countryByName(where) || countryByCapital(where) || gazetteer().lookup(where).length > 0) return [personCandidate(cx, s, k - 1, 'person-of-place', 'given-name'), ...rightCands];
    }
    break;
  }

  // honorific: "Mr Assange", "Ms Persson"
  let honorific = false;
  if (HONORIFICS.has(tokens[s]!.lower) && s < e) {
    honorific = true;
    s++;
  }

  // a title inside the chunk: "UN Special Envoy for Yemen Hans Grundberg", "Lt. Col. Alexander Vindman"
  if (!honorific) {
    for (let h = s; h < e; h++) {
      // "Treasurer Peter Costello" at a sentence start: a title head before a given name
      const initialTitle = h === s && tokens[h]!.initial && TITLE_HEADS.has(tokens[h]!.lower) && !GENERIC_PERSON_NOUNS.has(tokens[h]!.lower) && isGivenName(tokens[h + 1]!);
      if (!isCapTitle(tokens[h]!) && !(isTitleHead(tokens[h]!) && tokens[h]!.cap && h > s) && !initialTitle) continue;
      let nameStart = h + 1;
      if (NAME_CONNECTORS.has(tokens[nameStart]!.lower) && !tokens[nameStart]!.cap) {
        let k = nameStart;
        while (k <= e && NAME_CONNECTORS.has(tokens[k]!.lower) && !tokens[k]!.cap) k++;
        while (k <= e && !isGivenName(tokens[k]!) && e - k >= 2) k++;
        nameStart = k;
      }
      if (nameStart > e) break;
      if (!personShape(tokens, nameStart, e)) continue;
      if (nameStart > h + 1 && !isGivenName(tokens[nameStart]!) && countTags(tokens, nameStart, e, ['Person', 'FirstName', 'LastName']) === 0 && (e === nameStart || commonWords(tokens, nameStart, e))) continue;
      if (tokens[nameStart]!.lower === 'of' || tokens[nameStart]!.lower === 'for') continue;
      // the organization or country named inside the title ("SDF Commander", "Indiana State Teachers Association President")
      let orgEnd = h - 1;
      while (orgEnd >= s && (TITLE_MODIFIERS.has(tokens[orgEnd]!.lower) || isCapTitle(tokens[orgEnd]!))) orgEnd--;
      if (orgEnd >= s) out.push(...analyzeName(cx, s, orgEnd, 'title-prefix'));
      out.push(personCandidate(cx, nameStart, e, 'title+name', 'title'));
      return out;
    }
  }

  if (honorific) {
    if (personShape(tokens, s, e)) out.push(personCandidate(cx, s, e, 'honorific+name', 'honorific'));
    return out;
  }

  // a place or nationality before a given name: "American Kevin King", "Britain Liu Xiaming"
  // "CBS Sports NFL Insider Jason La Canfora": a known organization, acronyms and a last common noun before the name.
  // One pass: the first word that may not stand before a name ends the search (long runs stay linear).
  const placeLike = (t: Token) => countryByName(t.base) || countryByDemonym(t.base) || t.tags.has('Place') || /^\p{Lu}+$/u.test(t.base);
  const knownEndBefore = (p: number) => {
    for (let k = Math.min(p - 1, s + MAX_ORG_WORDS); k >= s; k--) if (knownOrg(text(src, tokens, s, k))) return k;
    return s - 1;
  };
  const knownEnd0 = knownEndBefore(e);
  let firstFail = -1;
  for (let k = knownEnd0 + 1; k < e; k++) {
    if (!placeLike(tokens[k]!)) {
      firstFail = k;
      break;
    }
  }
  for (let p = s + 1; p < e; p++) {
    // a name comes after a short prefix: past that, stop
    if ((firstFail >= 0 && p > firstFail + 1 && p > s + MAX_ORG_WORDS + 1) || p > s + MAX_ORG_WORDS + 10) break;
    if (!isGivenName(tokens[p]!)) continue;
    const knownEnd = knownEnd0 < p ? knownEnd0 : knownEndBefore(p);
    let prefixOk = true;
    for (let k = knownEnd + 1; k < p; k++) {
      const t = tokens[k]!;
      const lastCommon = k === p - 1 && knownEnd >= s && isCommonWord(t.lower) && !t.tags.has('Verb');
      if (!(placeLike(t) || lastCommon)) {
        prefixOk = false;
        break;
      }
    }
    if (prefixOk && personShape(tokens, p, e)) {
      out.push(...analyzeName(cx, s, p - 1, 'name-prefix'));
      out.push(personCandidate(cx, p, e, 'prefix+name', 'given-name'));
      return out;
    }
  }
  out.push(...analyzeName(cx, s, e, 'chunk'));
  return out;
}

function personCandidate(cx: ChunkContext, a: number, b: number, rule: string, evidence: string): Candidate {
  const { tokens, src } = cx;
  const roles: string[] = [];
  const before = roleBefore(tokens, a);
  if (before) roles.push(roleText(src, tokens, before[0], before[1]));
  const after = appositionAfter(tokens, b);
  if (after) roles.push(roleText(src, tokens, after[0], after[1]));
  // "Carlineo's attorney, Sonya Zoghlin, said": a title phrase, a comma, the name
  const prev = tokens[a - 1];
  if (!before && prev && /^,\s*$/.test(prev.post) && isTitleHead(prev) && !prev.poss) {
    const rb = roleBeforeComma(tokens, a - 1);
    if (rb) roles.push(roleText(src, tokens, rb[0], rb[1]));
  }
  return {
    kind: 'person',
    name: text(src, tokens, a, b),
    first: a,
    last: b,
    start: tokens[a]!.start,
    end: tokens[b]!.poss ? tokens[b]!.start + tokens[b]!.base.length : tokens[b]!.end,
    rule,
    roles,
    evidence: before ? 'title' : evidence,
  };
}

/** "the then UK Home Secretary, Sajid Javid": a title head and a comma right before the name. */
function commaTitleBefore(tokens: Token[], a: number): boolean {
  const prev = tokens[a - 1];
  return prev !== undefined && /^,\s*$/.test(prev.post) && isTitleHead(prev) && !prev.poss && prev.sent === tokens[a]!.sent;
}

/** A title phrase ending at token `head` (which is followed by a comma). */
function roleBeforeComma(tokens: Token[], head: number): [number, number] | null {
  // reuse roleBefore by pretending the name starts after the head: roleBefore needs no break after the head
  let from = head;
  for (let k = head - 1; k >= 0 && head - k < 10; k--) {
    const t = tokens[k]!;
    if (breakAfter(t) || t.sent !== tokens[head]!.sent) break;
    if (['the', 'a', 'an', 'his', 'her', 'their', 'its', 'another', 'then'].includes(t.lower) && !t.cap) break;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) break;
    if (t.tags.has('Preposition') && !['of', 'for', 'to', 'at'].includes(t.lower)) break;
    if (t.tags.has('Determiner') && t.lower === 'the' && ['of', 'for', 'to', 'at'].includes(tokens[k - 1]?.lower ?? '')) {
      from = k;
      continue;
    }
    if (t.tags.has('Determiner') || t.tags.has('Pronoun') || t.tags.has('Conjunction')) break;
    from = k;
  }
  while (from < head && ['of', 'for', 'to', 'at', 'the'].includes(tokens[from]!.lower)) from++;
  return [from, head];
}

/** A name without a title: person, organization, country, capital, acronym or unknown. */
function analyzeName(cx: ChunkContext, s: number, e: number, rule: string): Candidate[] {
  const { tokens, src, look } = cx;
  const out: Candidate[] = [];
  // "First Security Corp.", "First Republic Bank": "First" opens a company's name
  while (s <= e && (FUNCTION_WORDS.has(tokens[s]!.lower) || isHyphenModifier(tokens[s]!)) && !(tokens[s]!.lower === 'first' && tokens[s]!.cap && s < e && ORG_HEADS.has(lastWord(tokens[e]!)) && !PLACE_HEADS.has(lastWord(tokens[e]!)) && tokens[s + 1]!.cap)) s++;
  if (s > e) return out;
  const name = text(src, tokens, s, e);
  const base: Omit<Candidate, 'kind'> = {
    name,
    first: s,
    last: e,
    start: tokens[s]!.start,
    end: tokens[e]!.poss ? tokens[e]!.start + tokens[e]!.base.length : tokens[e]!.end,
    rule,
    roles: [],
  };
  const head = lastWord(tokens[e]!);
  const next = tokens[e + 1];

  // "the Syrian defense ministry", "Afghan government", "Hong Kong police", "Haqqani network", "Syria state forces"
  const lower = lowerOrgHead(cx, s, e);
  if (lower) return [lower];

  // a team: "Pittsburgh Steelers"; "Steelers", "Chelsea" in a report on their sport, unless a place is meant ("in Chelsea")
  if (cx.sports) {
    const team = teamNamed(name, cx.sports);
    const prevT = tokens[s - 1];
    const placeMeant = prevT !== undefined && !breakAfter(prevT) && /^(in|near|inside|outside|around|across|throughout|into)$/.test(prevT.lower);
    if (team && (!placeMeant || name === team.name && name.includes(' '))) return [{ ...base, kind: 'org', head: 'team', team: team.name, rule: `${rule}:team` }];
    if (team && s === e) return out;
  }
  const country = countryByName(name);
  if (country) return [{ ...base, kind: 'country', country: country.code, rule: `${rule}:country` }];
  const capital = countryByCapital(name);
  if (capital) return [{ ...base, kind: 'capital', country: capital.code, rule: `${rule}:capital` }];
  if (s === e && (countryByDemonym(name) || NON_ACTOR_ADJECTIVES.has(name.toLowerCase()))) return out; // a nationality alone is not an actor

  // "a Libyan World Court case": a nationality before a known organization is no part of its name
  if (s < e && countryByDemonym(tokens[s]!.base) && knownOrg(text(src, tokens, s + 1, e)) && !knownOrg(name)) return analyzeName(cx, s + 1, e, rule);
  const known = knownOrg(name);
  // "there IS an oxygen bar": a verb in capitals for emphasis, not the acronym of a known organization
  if (known && s === e && /^\p{Lu}+$/u.test(name) && isCommonWord(name.toLowerCase()) && (/^(a|an|the|no|not)$/.test(tokens[e + 1]?.lower ?? '') || /^(there|it|this|that|he|she|they|we|i|you)$/.test(tokens[s - 1]?.lower ?? ''))) return out;
  // "Webb's Ford sedan": a product of the company, not the company acting
  const prevK = tokens[s - 1];
  const nextK = tokens[e + 1];
  if (known && s === e && prevK?.poss && !breakAfter(tokens[e]!) && nextK && !nextK.cap && nextK.tags.has('Noun') && !nextK.tags.has('Verb')) return out;
  // "Justice Department", "State Department": a known name with an organization head keeps its subject below
  let ofHead = false;
  for (let k = s; k < e; k++) if (/^(of|for|on)$/.test(tokens[k + 1]!.lower) && ORG_HEADS.has(lastWord(tokens[k]!)) && !PLACE_HEADS.has(lastWord(tokens[k]!))) ofHead = true;
  if (known && !(ORG_HEADS.has(head) && !PLACE_HEADS.has(head) && s < e) && !ofHead) return [{ ...base, kind: 'org', head: lastWord(tokens[e]!), rule: `${rule}:known-org` }];

  // compass + place head / "West Bank": a place
  if (COMPASS.has(tokens[s]!.lower) && e - s <= 2 && !ORG_HEADS.has(head)) return out;
  if (COMPASS.has(tokens[s]!.lower) && head === 'bank') return out;

  if (ORG_HEADS.has(head) && !PLACE_HEADS.has(head)) {
    if (s === e && !INSTITUTIONS.has(head)) return out;
    if (e - s >= 1 && COMPASS.has(tokens[s]!.lower) && head === 'bank') return out;
    const nat = nationality(tokens, s);
    const c: Candidate = { ...base, kind: 'org', head, rule: `${rule}:org-head` };
    if (nat) c.country = nat.code;
    // "Ministry of Defense": the subject after "of"
    const m = /^(ministry|department|minister|secretary|office)\s+(of|for)\s+(?:the\s+)?(.+)$/i.exec(name.replace(/^\S+\s+(?=ministry|department)/i, ''));
    if (m) {
      c.subject = m[3]!.toLowerCase();
      c.ofForm = true;
    } else if (head === 'ministry' || head === 'department' || head === 'office') {
      const subj: string[] = [];
      // "Homeland Security Department", "State Department": the words before the head, after a nationality
      for (let k = e - 1; k >= s; k--) {
        const t = tokens[k]!;
        const w = t.lower;
        if (MINISTRY_SUBJECTS.has(w) || w === 'affairs' || w === 'state' || (t.cap && !countryByName(t.base) && !countryByDemonym(t.base) && !/^\p{Lu}[\p{Lu}.]+$/u.test(t.base) && !FUNCTION_WORDS.has(w))) subj.unshift(w);
        else break;
      }
      if (subj.length) c.subject = subj.join(' ');
    }
    return [c];
  }
  // "Head of Platform Solutions for Ascom": a title, not an organization
  if (isTitleHead(tokens[s]!) && !ORG_HEADS.has(tokens[s]!.lower) && /^(of|for)$/.test(tokens[s + 1]?.lower ?? '')) return out;
  // "Ministry of Defense of Syria" or "Ministry of Defense": head before "of"
  for (let k = s; k < e; k++) {
    if ((tokens[k + 1]!.lower === 'of' || tokens[k + 1]!.lower === 'for' || tokens[k + 1]!.lower === 'on') && (ORG_HEADS.has(lastWord(tokens[k]!)) || (OF_ORG_HEADS.has(lastWord(tokens[k]!)) && tokens[k + 1]!.lower !== 'of')) && !PLACE_HEADS.has(lastWord(tokens[k]!))) {
      const c: Candidate = { ...base, kind: 'org', head: lastWord(tokens[k]!), rule: `${rule}:org-of` };
      const nat = nationality(tokens, s);
      if (nat) c.country = nat.code;
      const rest = src.slice(tokens[k + 2]!.start, base.end).replace(/^the\s+/i, '');
      c.subject = rest.toLowerCase();
      c.ofForm = k === s || (k === s + 1 && nationality(tokens, s) !== undefined);
      // "Ministry of Defense of Syria": nationality at the end
      const endCountry = countryByName(tokens[e]!.base);
      if (!c.country && endCountry) c.country = endCountry.code;
      return [c];
    }
  }
  if (PLACE_HEADS.has(head)) return out;

  // a company-like name: "AT&T", "T-Mobile", "Comcast/Xfinity"
  if (s === e && isCompanyForm(tokens[s]!.base)) return [{ ...base, kind: 'unknown', company: true, weakCompany: !/&|^\p{Lu}{1,2}-\p{Lu}/u.test(tokens[s]!.base), rule: `${rule}:company-form` }];
  // a letter alone ("R" for a party, "B" for a grade) names no one
  if (s === e && /^\p{L}\.?$/u.test(tokens[s]!.base)) return out;
  // a word written in capitals for emphasis or as a label ("BIG", "MUST", "DONE"): not an acronym
  if (s === e && /^\p{Lu}{3,}$/u.test(tokens[s]!.base) && isCommonWord(tokens[s]!.lower)) return out;
  // acronyms: "SDF", "CPUC", "PG&E"
  if (s === e && (isCommonAcronym(tokens[s]!) || (tokens[s]!.tags.has('Place') && /^\p{Lu}[\p{Lu}.]+$/u.test(tokens[s]!.base)))) return out;
  if (s === e && /^\p{Lu}[\p{Lu}&.]*\p{Lu}\.?$/u.test(tokens[s]!.base) && tokens[s]!.base.replace(/[.&]/g, '').length >= 2 && tokens[s]!.base.replace(/[.&]/g, '').length <= 7) {
    return [{ ...base, kind: 'acronym', rule: `${rule}:acronym` }];
  }

  // people (not "Virginia Democrats": party members)
  if (personShape(tokens, s, e) && !PARTY_MEMBERS.has(tokens[e]!.base)) {
    const givenFirst = isGivenName(tokens[s]!);
    const personTags = countTags(tokens, s, e, ['Person', 'FirstName', 'LastName']);
    const placeTags = countTags(tokens, s, e, ['Place', 'City', 'Country', 'Region']);
    const prev = tokens[s - 1];
    const afterDeterminer = prev !== undefined && !breakAfter(prev) && (prev.lower === 'the' || prev.lower === 'a' || COMPASS.has(prev.lower));
    const words = e - s + 1;
    const nextTok = tokens[e + 1];
    const nounAfter = nextTok !== undefined && !breakAfter(tokens[e]!) && !tokens[e]!.poss && !nextTok.cap && nextTok.tags.has('Noun') && !nextTok.tags.has('Verb') && !TITLE_HEADS.has(nextTok.lower);
    const titled = roleBefore(tokens, s);
    if (words >= 2 && titled && !nounAfter) return [personCandidate(cx, s, e, `${rule}:title-person`, 'title')];
    // a noun after a name tagged a person's all through is often a verb compromise misread ("Guido Pella beat ...")
    const strongPerson = givenFirst && personTags >= words && words >= 2 && placeTags === 0 && !gazetteer().lookup(tokens[e]!.base).some((g) => g.kind !== 'city' || g.population >= 100000);
    if (!afterDeterminer && (!nounAfter || strongPerson) && words >= 2 && (givenFirst || personTags >= words - 1) && placeTags < words) {
      return [personCandidate(cx, s, e, `${rule}:person`, givenFirst ? 'given-name' : 'person-tags')];
    }
    const verbAround = words <= 3 && !commonWords(tokens, s, e) && ((prev !== undefined && !breakAfter(prev) && prev.tags.has('Verb') && !prev.tags.has('Copula')) || (nextTok !== undefined && !breakAfter(tokens[e]!) && nextTok.tags.has('Verb') && !nextTok.tags.has('Gerund')));
    if (!afterDeterminer && !nounAfter && words >= 2 && placeTags === 0 && (saysAround(tokens, s, e) || appositionAfter(tokens, e) || commaTitleBefore(tokens, s) || verbAround)) {
      return [personCandidate(cx, s, e, `${rule}:person-context`, 'context')];
    }
    // a name compromise does not know, shaped like a person's ("Maurkice Pouncey", "Atif Issa Enhamed"), not where a place is meant
    const locBefore = prev !== undefined && !breakAfter(prev) && NAME_SHAPE_LOCATIVES.has(prev.lower);
    if (!afterDeterminer && !nounAfter && words >= 2 && !locBefore && !placeNounAfter(tokens, e) && nameShaped(tokens, s, e)) {
      return [personCandidate(cx, s, e, `${rule}:name-shape`, 'shape')];
    }
    if (words === 1) {
      // a single name: resolved later as a surname, an organization or a person
      const c: Candidate = { ...base, kind: 'unknown', rule: `${rule}:single` };
      const t0 = tokens[s]!;
      if ((t0.tags.has('Person') || t0.tags.has('LastName')) && !(t0.tags.has('FirstName') && !t0.tags.has('LastName'))) c.evidence = 'person-tags';
      const locative = prev !== undefined && !breakAfter(prev) && /^(of|in|from|near|at)$/.test(prev.lower);
      if (c.evidence && locative) c.evidence = undefined;
      // "In Kentucky, the Democratic candidate, Andy Beshear": the apposition is the next name's, not the place's
      const app = locative && (placeTags > 0 || gazetteer().lookup(t0.base).length > 0) ? null : appositionAfter(tokens, e);
      if (app) {
        c.roles.push(roleText(src, tokens, app[0], app[1]));
        c.evidence = 'title';
      }
      if (placeTags > 0 && !c.evidence) return out;
      const rb = roleBefore(tokens, s);
      if (rb) {
        c.roles.push(roleText(src, tokens, rb[0], rb[1]));
        c.evidence = 'title';
      }
      return [c];
    }
  }
  // a known organization opening the run: "VOA Pentagon (correspondent)", "Pan Am Flight (103)", "CBS Sports NFL Insider"
  // ("CBS DFW", "UBS Securities": a known name and a branch or company word is the whole name); not an event or a place ("ATP Finals", "Disney World")
  if (!NON_ACTOR_HEADS.has(head) && !NON_PERSON_HEADS.has(head) && !PLACE_HEADS.has(head)) {
    for (let k = Math.min(e - 1, s + MAX_ORG_WORDS); k >= s; k--) {
      const pre = text(src, tokens, s, k);
      if (!knownOrg(pre) || breakAfter(tokens[k]!)) continue;
      let whole = true;
      for (let j = k + 1; j <= e; j++) if (knownOrg(tokens[j]!.base) || !(/^[\p{Lu}\d]+$/u.test(tokens[j]!.base) || ORG_HEADS.has(lastWord(tokens[j]!)))) whole = false;
      if (whole) return [{ ...base, kind: 'org', head, rule: `${rule}:known-branch` }];
      return [{ ...base, name: pre, last: k, end: tokens[k]!.poss ? tokens[k]!.start + tokens[k]!.base.length : tokens[k]!.end, kind: 'org', head: lastWord(tokens[k]!), rule: `${rule}:known-prefix` }];
    }
  }
  // "the Democratic Progressive party", "the ruling Chama Cha Mapinduzi party": a party named with a lower-case head
  const after = tokens[e + 1];
  if (after && !breakAfter(tokens[e]!) && /^(party|movement)$/.test(after.lower) && !tokens[e]!.poss && !countryByDemonym(name)) {
    const english = tokens.slice(s, e + 1).every((t) => isCommonWord(t.lower) || isDictionaryWord(t.lower));
    if (english) return [{ ...base, name: `${name} ${after.base}`, last: e + 1, end: after.end, kind: 'org', head: after.lower, rule: `${rule}:lower-party` }];
    return [{ ...base, kind: 'org', head: after.lower, rule: `${rule}:before-party` }];
  }
  if (countTags(tokens, s, e, ['Place', 'City', 'Country', 'Region']) > 0) return out;
  return [{ ...base, kind: 'unknown', rule: `${rule}:unknown` }];
}

/** Does any word of [a, b] appear in compromise's lexicon as a common (non-name) word? */
function commonWords(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (isCommonWord(tokens[k]!.lower)) return true;
  return false;
}

/** An acronym that is a word, a unit, a position or a US state's postal code ("CPU", "QB", "TX"). */
export function isCommonAcronym(t: Token): boolean {
  return COMMON_ACRONYMS.has(t.base.replace(/\./g, '')) && /^\p{Lu}/u.test(t.base);
}

/** "AT&T", "PG&E", "T-Mobile", "Comcast/Xfinity", "YouTube"; not "McCormick", "D-Minn.", "VR/AR", "Bulgaria/Israel" */
function isCompanyForm(w: string): boolean {
  if (/^[DRI]-\p{Lu}\p{Ll}{1,4}\.?$/u.test(w)) return false; // party and state: "D-Minn."
  if (/^(Mc|Mac|O'|O\u2019|De|Di|Da|La|Le|Van|Von|Fitz)\p{Lu}/u.test(w)) return false;
  // a slash between capitalised terms or names of countries is a list, not a name ("I/O", "VR/AR", "Israel/Hungary")
  if (w.includes('/') && w.split('/').some((p) => !/\p{Ll}/u.test(p) || countryByName(p) !== undefined || countryByDemonym(p) !== undefined)) return false;
  return /[&/]/.test(w) || /^\p{Lu}{1,2}-\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(w);
}

function countTags(tokens: Token[], a: number, b: number, tags: string[]): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (tags.some((t) => tokens[k]!.tags.has(t))) n++;
  return n;
}

function nationality(tokens: Token[], s: number): CountryEntry | undefined {
  const t = tokens[s]!;
  return countryByDemonym(t.base) ?? countryByName(t.base) ?? (tokens[s + 1] ? countryByName(`${t.base} ${tokens[s + 1]!.base}`) : undefined);
}

/** Is a finite verb right after token e ("Unisys posted", "Nashua has strengthened")? */
export function finiteVerbAfter(tokens: Token[], e: number): boolean {
  const last = tokens[e]!;
  let k = e + 1;
  if (breakAfter(last) || last.poss) return false;
  while (k < tokens.length && k - e <= 2 && (/^(has|have|had|will|would|could|can|may|might|also|still|then|later)$/.test(tokens[k]!.lower) || (tokens[k]!.tags.has('Adverb') && /ly$/.test(tokens[k]!.lower))) && !breakAfter(tokens[k - 1]!)) k++;
  const v = tokens[k];
  if (!v || v.sent !== last.sent || v.cap || breakAfter(tokens[k - 1]!)) return false;
  return v.tags.has('Verb') && (v.tags.has('PastTense') || (v.tags.has('PresentTense') && /s$/.test(v.lower)) || (k > e + 1 && !v.tags.has('Copula'))) && !(v.tags.has('Noun') && !v.tags.has('PastTense'));
}

/** Is a speech verb right after the name, or "said" right before it? */
export function saysAround(tokens: Token[], a: number, b: number): boolean {
  const next = tokens[b + 1];
  const prev = tokens[a - 1];
  const isSay = (t: Token | undefined) => t !== undefined && /^(said|says|told|added|wrote|testified|asked|explained|noted|tweeted|stated|announced)$/.test(t.lower);
  if (next && !breakAfter(tokens[b]!) && isSay(next)) return true;
  if (prev && isSay(prev) && !breakAfter(prev)) return true;
  return false;
}

/** "<place|demonym|name> [subject words] <lower-case org head>" following the chunk [s, e]. */
function lowerOrgHead(cx: ChunkContext, s: number, e: number): Candidate | null {
  const { tokens, src } = cx;
  let k = e + 1;
  const last = tokens[e]!;
  if (breakAfter(last) && !last.poss) return null;
  const subj: string[] = [];
  while (k < tokens.length && !tokens[k]!.cap && MINISTRY_SUBJECTS.has(tokens[k]!.lower) && !breakAfter(tokens[k]!) && k - e <= 2) {
    subj.push(tokens[k]!.lower);
    k++;
  }
  const h = tokens[k];
  if (!h || h.cap || h.sent !== last.sent) return null;
  const nat = countryByDemonym(src.slice(tokens[s]!.start, last.start + last.base.length)) ?? countryByName(src.slice(tokens[s]!.start, last.start + last.base.length)) ?? countryByCapital(src.slice(tokens[s]!.start, last.start + last.base.length));
  const c = (head: string, to: number, rule: string): Candidate => ({
    kind: 'org',
    // "Trump's administration" is named "Trump administration"
    name: `${src.slice(tokens[s]!.start, last.start + last.base.length)} ${src.slice(tokens[e + 1]!.start, tokens[to]!.start + tokens[to]!.base.length)}`,
    first: s,
    last: to,
    start: tokens[s]!.start,
    end: tokens[to]!.start + tokens[to]!.base.length,
    rule,
    roles: [],
    head,
    ...(nat ? { country: nat.code } : {}),
  });
  if (h.lower === 'ministry' && subj.length) {
    const cand = c('ministry', k, 'lower-ministry');
    cand.subject = subj.join(' ');
    return cand;
  }
  if (subj.length) return null;
  // "Syria state forces": the state's forces, i.e. its government
  if (h.lower === 'state' && tokens[k + 1] && /^(forces|troops)$/.test(tokens[k + 1]!.lower) && nat && !breakAfter(h)) {
    const cand = c('government', k + 1, 'state-forces');
    cand.kind = 'government';
    cand.descriptive = cand.name;
    return cand;
  }
  if (!LOWER_ORG_HEADS.has(h.lower)) return null;
  // "Chinese military intervention", "US military aid": the head modifies a noun
  const afterHead = tokens[k + 1];
  if (afterHead && !breakAfter(h) && !h.poss && !afterHead.cap && afterHead.tags.has('Noun') && !afterHead.tags.has('Verb') && !afterHead.tags.has('Pronoun')) return null;
  if (last.poss && h.lower !== 'administration' && h.lower !== 'government') return null;
  // the name must be a place, nationality or a known name: not "Statehouse police"
  const isPlaceish = nat !== undefined || tokens[e]!.tags.has('Place') || tokens[s]!.tags.has('Place');
  const isPersonish = tokens[e]!.tags.has('Person') || tokens[e]!.tags.has('LastName') || cx.look.capitalizedInside.has(tokens[e]!.lower);
  if (h.lower === 'administration' && !isPersonish && !isPlaceish) return null;
  if (!isPlaceish && !isPersonish) return null;
  if (h.lower === 'government' || h.lower === 'regime') {
    const cand = c('government', k, 'lower-government');
    cand.kind = nat ? 'government' : 'org';
    return cand;
  }
  if (h.lower === 'network' && isPlaceish) return null;
  const cand = c(h.lower, k, `lower-${h.lower}`);
  if (h.lower === 'army') cand.head = 'military';
  return cand;
}

/** "Kurdish-led forces", "Iranian-backed militias (Kataib Hezbollah)": groups named by who leads or backs them. */
export function findGroups(cx: ChunkContext): Candidate[] {
  const { tokens, src } = cx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = /^(\p{Lu}[\p{L}.&]*)-(\p{Ll}+)$/u.exec(t.base);
    if (!m || !GROUP_MODIFIER_SUFFIXES.has(m[2]!)) continue;
    let k = i + 1;
    while (k < tokens.length && !breakAfter(tokens[k - 1]!) && GROUP_INNER.has(tokens[k]!.lower)) k++;
    const h = tokens[k];
    if (!h || breakAfter(tokens[k - 1]!) || !GROUP_HEADS.has(h.lower) || h.sent !== t.sent) continue;
    const cand: Candidate = {
      kind: 'group',
      name: src.slice(t.start, h.start + h.base.length),
      first: i,
      last: k,
      start: t.start,
      end: h.start + h.base.length,
      rule: 'group:x-led-forces',
      roles: [],
    };
    // "(Kataib Hezbollah)": a proper name in parentheses names this group
    const p = tokens[k + 1];
    if (p && (/\(\s*$/.test(h.post) || /\($/.test(p.pre)) && p.cap && /^\)/.test(p.post) && !/^\p{Lu}{2,}$/u.test(p.base)) {
      out.push({
        kind: 'org',
        name: p.base,
        first: k + 1,
        last: k + 1,
        start: p.start,
        end: p.start + p.base.length,
        rule: 'paren-name-of-group',
        roles: [],
        head: 'forces',
        descriptive: cand.name,
      });
      cand.rule = 'group:described-name';
      cand.kind = 'org';
      cand.alias = p.base;
    }
    out.push(cand);
    i = k;
  }
  return out;
}

export { isDate, hasNameEvidence, LOCATIVE_PREPOSITIONS, FACILITY_HEADS };
