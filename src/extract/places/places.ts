/**
 * Places: named locations of the article, typed, tied to a country, a time
 * zone and coordinates where the gazetteer knows them.
 *
 * 1. candidates: capitalized runs of the text (plus compromise's places),
 *    filtered against the gazetteer, never fed to compromise;
 * 2. context patterns for places the gazetteer lacks: "the A, B and C
 *    neighborhoods in the city of W", "X province", "northeastern Syria",
 *    "X Mosque", "X, <region>", "X, a village", the dateline;
 * 3. disambiguation by the article's other places (Paris in a Texas story is
 *    Paris, Texas), then by size;
 * 4. one entry per place with every mention, the other surface forms as aliases.
 */
import type { ExtractContext } from '../context.js';
import { mention } from '../context.js';
import { sentenceAt } from '../../document/document.js';
import type { Mention, Place } from '../../schema.js';
import { gazetteer, placeKey, type GazEntry, type Gazetteer } from '../../resolve/gazetteer.js';
import { tokenize, adjacent, type Token } from './tokens.js';
import { sportsContext, teamNamed } from '../../resolve/sports.js';
import { isCommonWord, isDictionaryWord } from '../../resolve/words.js';
import { knownOrg } from '../actors/lexicon/organizations.js';
import {
  PLACE_OF_NOUNS,
  DIRECTIONS, SUFFIX_TYPES, PLURAL_SUFFIXES, LANDMARK_HEADS, LOCATIVE_LANDMARK_HEADS, LANDMARK_PREFIXES,
  LOCATIVE_WORDS, PLACE_MODIFIED_HEADS, DEMONYMS, NOT_PLACES, LEADING_NOISE, NAME_JOINERS, WEAK_JOINERS, TITLES, GEO_FEATURE_SUFFIX,
} from './places.rules.js';

type PlaceType = Place['type'];

interface Cand {
  /** Mention span in doc.text; -1 for the dateline (not in the text). */
  start: number;
  end: number;
  surface: string;
  /** The name without a type word ("Logar" for "Logar province"), for merging. */
  core: string;
  type?: PlaceType;
  options: GazEntry[];
  /** The place holding this one ("the city of Aleppo" for its neighborhoods). */
  parent?: Cand;
  /** Country / admin1 the text puts it in ("Doha, Qatar"). */
  within?: { country: string | null; admin?: string };
  rule: string;
  dateline?: boolean;
  /** Descriptive region: the direction word and the place it describes. */
  describes?: { dir: string; inner: Cand };
  /** Rejected at resolution. */
  dropped?: boolean;
  /** A word of place stands before it, or ", <region>" after it. */
  located?: boolean;
  /** Places of the same name whose country is likely this one's ("Marin" for "Marin County"). */
  hint?: GazEntry[];
  /** Look the name up among small places once the article's countries are known. */
  wantSmall?: boolean;
  /** Resolved entry. */
  entry?: GazEntry | null;
  /** Display name for entity (e.g. "Logar province"). */
  display?: string;
}

/** Prepositions of place: enough to make a person's name or a common word a place ("in Jackson", "at Reading"). */
/** Nouns of business and inquiry: "a stake in X", "investment in X" name a company. */
const BUSINESS_NOUNS = /^(?:stake|stakes|shares|investment|investments|interest|interests|investigation|investigations|probe|probes|inquiry|inquiries|merger|takeover|bid|lawsuit|suit|role|job|jobs|career|work|working|worked|roles|position)$/;

/** Words after a name that show it acting ("X said", "X officials"). */
const ACTING_AFTER = new Set(['said', 'says', 'told', 'announced', 'reported', 'added', 'posted', 'shares', 'officials', 'spokesman', 'spokeswoman', 'spokesperson']);

const STRONG_LOCATIVES = new Set(['in', 'at', 'near', 'inside', 'outside', 'into', 'within', 'across', 'throughout', 'around']);
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];
const CAP_REGION_SUFFIX = new Set(['County', 'Province', 'Governorate', 'Prefecture', 'Oblast', 'Parish', 'Borough', 'District', 'Region', 'Territory', 'Emirate', 'Canton', 'Valley', 'Mountains', 'Desert', 'Peninsula', 'Coast', 'Islands', 'Island', 'Strip', 'Heights']);
const CANONICAL_DIR: Record<string, string> = {
  northern: 'north', southern: 'south', eastern: 'east', western: 'west',
  northeastern: 'northeast', northwestern: 'northwest', southeastern: 'southeast', southwestern: 'southwest',
  'north-east': 'northeast', 'north-west': 'northwest', 'south-east': 'southeast', 'south-west': 'southwest',
  'north-eastern': 'northeast', 'north-western': 'northwest', 'south-eastern': 'southeast', 'south-western': 'southwest',
};

export function extractPlaces(ctx: ExtractContext): Place[] {
  return new PlaceFinder(ctx).run();
}

class PlaceFinder {
  private readonly gaz: Gazetteer;
  private readonly text: string;
  private readonly toks: Token[];
  private readonly tags = new Map<number, Set<string>>();
  private readonly cands: Cand[] = [];
  /** Tokens already explained by a candidate. */
  private readonly used: Uint8Array;
  /** Last names of people named in full ("Scott Morrison" makes a later "Morrison" a person). */
  private readonly surnames = new Set<string>();
  /** Runs no rule explained, for the second pass. */
  private readonly leftovers: Array<[number, number]> = [];

  constructor(private readonly ctx: ExtractContext) {
    this.gaz = gazetteer();
    this.text = ctx.doc.text;
    this.toks = tokenize(ctx.doc);
    this.used = new Uint8Array(this.toks.length);
    const nlpDoc = ctx.tagged();
    nlpDoc.compute('offset');
    for (const sentence of (nlpDoc as unknown as { document: Array<Array<{ offset?: { start: number }; tags: Set<string> }>> }).document)
      for (const term of sentence) if (term.offset) this.tags.set(term.offset.start, term.tags);
  }

  run(): Place[] {
    this.findSurnames();
    this.fromDateline();
    this.lists();
    for (const [s, e] of this.runs()) this.analyzeRun(s, e);
    this.fromCompromise();
    this.secondPass();
    this.linkParents();
    this.parentheticals();
    this.resolve();
    return this.entities();
  }

  // --- helpers -------------------------------------------------------------

  private tagOf(t: Token): Set<string> | undefined {
    return this.tags.get(t.start);
  }

  private hasTag(t: Token, names: string[]): boolean {
    const tags = this.tagOf(t);
    return !!tags && names.some((n) => tags.has(n));
  }

  private span(s: number, e: number): string {
    return this.text.slice(this.toks[s]!.start, this.toks[e - 1]!.end);
  }

  /** Capitalized runs: [start, end) token ranges. */
  private *runs(): Generator<[number, number]> {
    const toks = this.toks;
    let i = 0;
    while (i < toks.length) {
      if (!toks[i]!.cap || this.used[i]) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < toks.length && !this.used[j]) {
        const prev = toks[j - 1]!;
        const t = toks[j]!;
        const joined = adjacent(this.text, prev, t) || (prev.poss && this.possessiveInName(j - 1)) || (prev.dot && /^(?:St|Mt|Ft)$/.test(prev.text) && this.text.slice(prev.end, t.start) === '. ');
        if (!joined) break;
        if (t.cap) {
          j++;
          if (t.poss && !this.possessiveInName(j - 1)) break;
          continue;
        }
        const next = toks[j + 1];
        if (NAME_JOINERS.has(t.text) && next && next.cap && !this.used[j + 1] && adjacent(this.text, t, next)) {
          j += 2;
          if (next.poss) break;
          continue;
        }
        // "Plaza of the Revolution", "Church of the Nativity": "of the" after a landmark's head
        const next2 = toks[j + 2];
        if (t.text === 'of' && next?.text === 'the' && next2?.cap && !this.used[j + 2] && (LANDMARK_HEADS.has(prev.text) || LOCATIVE_LANDMARK_HEADS.has(prev.text)) && adjacent(this.text, t, next) && adjacent(this.text, next, next2)) {
          j += 3;
          if (next2.poss) break;
          continue;
        }
        break;
      }
      yield [i, j];
      i = j;
    }
  }

  /** "Magistrate's" in "Westminster Magistrate's Court": a possessive inside a landmark's name, not a place's. */
  private possessiveInName(k: number): boolean {
    const t = this.toks[k]!;
    const next = this.toks[k + 1];
    if (!next || !next.cap || this.text.slice(t.end, next.start).replace(/^['’]s?/u, '') !== ' ') return false;
    if (!LANDMARK_HEADS.has(next.text) && !LOCATIVE_LANDMARK_HEADS.has(next.text)) return false;
    return this.lookup(t.text).length === 0;
  }

  private findSurnames(): void {
    for (const [s, e] of this.runs()) {
      if (e - s < 2) continue;
      const last = this.toks[e - 1]!;
      const first = this.toks[s]!;
      if (TITLES.has(first.text) || (this.hasTag(last, ['Person']) && !this.hasTag(last, PLACE_TAGS) && (this.hasTag(first, ['Person', 'Honorific']) || this.hasTag(last, ['LastName']))))
        this.surnames.add(last.text);
    }
  }

  /** Is there a word of place before token s ("in", "at the", "at eastern Indiana's")? `strong`: prepositions of place only. */
  private locativeBefore(s: number, strong = false): boolean {
    const toks = this.toks;
    let k = s - 1;
    let steps = 0;
    while (k >= 0 && steps < 6 && toks[k]!.sentence === toks[s]!.sentence) {
      const t = toks[k]!;
      const w = t.text.toLowerCase();
      if (LOCATIVE_WORDS.has(w) && (!t.cap || t.sentenceStart)) return !strong || STRONG_LOCATIVES.has(w);
      // "the port of X", "the outskirts of X": a settlement noun and "of" right before the name
      if (w === 'of' && k === s - 1 && k > 0 && PLACE_OF_NOUNS.has(toks[k - 1]!.text) && toks[k - 1]!.sentence === toks[s]!.sentence) return true;
      // "at Sully's Bar": a person's possessive between is no place's name
      if (t.poss && this.gaz.lookup(t.text).length === 0) return false;
      if (w === 'the' || w === 'a' || DIRECTIONS.has(w) || t.cap || t.poss || w === 'city' || w === 'of' || w === 'town' || w === 'village') {
        k--;
        steps++;
        continue;
      }
      return false;
    }
    return false;
  }

  private personLike(s: number, e: number): boolean {
    for (let k = s; k < e; k++) {
      const t = this.toks[k]!;
      if (this.hasTag(t, PERSON_TAGS) && !this.hasTag(t, PLACE_TAGS)) return true;
    }
    if (e - s === 1 && this.surnames.has(this.toks[s]!.text)) return true;
    // "Washington Irving": a place name followed by a person's name
    const next = this.toks[e];
    if (next && adjacent(this.text, this.toks[e - 1]!, next) && next.cap && this.hasTag(next, ['LastName', 'FirstName']) && !this.hasTag(next, ['Honorific'])) return true;
    return false;
  }

  /** Does the short key "US" match an upper-case surface only? */
  private acceptable(entry: GazEntry, surface: string): boolean {
    const key = placeKey(surface);
    if (key.length <= 3) {
      const bare = surface.replace(/\./g, '');
      const names = [entry.name, ...entry.aliases].map((n) => n.replace(/\./g, ''));
      if (!names.includes(bare)) return false;
    }
    // abbreviations with a period ("Man." for Manitoba) match only with it
    const exact = [entry.name, ...entry.aliases].filter((n) => placeKey(n) === key);
    if (exact.length && exact.every((n) => n.endsWith('.')) && !surface.endsWith('.')) return false;
    return true;
  }

  /** The span, with the period after its last word when that word is short enough to be an abbreviation ("Tex.", "U.S."). */
  private dotted(s: number, e: number): string {
    const last = this.toks[e - 1]!;
    const text = this.span(s, e);
    return last.dot && /^\p{Lu}[\p{L}.]{0,4}$/u.test(last.text) ? `${text}.` : text;
  }

  private lookup(surface: string): GazEntry[] {
    if (NOT_PLACES.has(surface) || LANDMARK_HEADS.has(surface) || LOCATIVE_LANDMARK_HEADS.has(surface)) return [];
    return this.gaz.lookup(surface).filter((e) => this.acceptable(e, surface));
  }

  private readonly byStart = new Map<number, Cand>();
  private readonly byEnd = new Map<number, Cand>();

  private add(c: Cand, s = -1, e = -1): Cand {
    this.cands.push(c);
    if (c.start >= 0) {
      if (!this.byStart.has(c.start)) this.byStart.set(c.start, c);
      if (!this.byEnd.has(c.end)) this.byEnd.set(c.end, c);
    }
    if (s >= 0) for (let k = s; k < e; k++) this.used[k] = 1;
    return c;
  }

  /** Strip leading noise, demonyms and hyphenated modifiers ("Kurdish-majority") from a run. */
  private trim(s: number, e: number): number {
    while (s < e) {
      const t = this.toks[s]!;
      const isNoise = LEADING_NOISE.has(t.text) || t.text in DEMONYMS || /^\p{L}+-\p{Ll}/u.test(t.text) || (!t.cap && NAME_JOINERS.has(t.text)) || NOT_PLACES.has(t.text);
      if (!isNoise) break;
      // keep "The Hague", "The Bronx"; not "The Hill" (a newspaper) or other small places named with "The"
      if (t.text === 'The' && this.lookup(this.span(s, e)).some((o) => o.kind === 'country' || o.kind === 'region' || o.population >= 100000)) break;
      s++;
    }
    return s;
  }

  // --- the dateline --------------------------------------------------------

  private fromDateline(): void {
    const raw = this.ctx.article.dateline?.text;
    if (!raw) return;
    const cleaned = raw.replace(/\([^)]*\)/g, '').replace(/[\u2013\u2014-]+\s*$/u, '').trim();
    const parts = cleaned.split(',').map((p) => p.trim()).filter((p) => p.length > 1 && p.length < 60);
    const found: Cand[] = [];
    for (const part of parts) {
      const c: Cand = { start: -1, end: -1, surface: part, core: part, options: this.lookup(part), rule: 'dateline', dateline: true };
      if (c.options.length === 0) {
        // "Kurdistan Region of Iraq", or a small town before its state
        const small = this.gaz.lookupSmall(part);
        if (small.length) c.options = small;
      }
      if (c.options.length === 0 && found.length === 0) continue;
      found.push(c);
    }
    // the first part lies within the later ones ("ERBIL, Kurdistan Region of Iraq")
    for (let i = 0; i < found.length - 1; i++) {
      const outer = found[i + 1]!;
      const o = outer.options[0];
      if (o) found[i]!.within = { country: o.country, admin: o.kind === 'region' && o.feature === 'ADM1' ? o.admin : undefined };
      if (found[i]!.options.length === 0) {
        found[i]!.type = 'city';
      }
    }
    for (const c of found) this.add(c);
  }

  // --- "the A, B and C neighborhoods (in the city of W)" --------------------

  private lists(): void {
    const toks = this.toks;
    for (let i = 1; i < toks.length; i++) {
      const suffix = PLURAL_SUFFIXES[toks[i]!.text.toLowerCase()];
      if (!suffix || toks[i]!.cap) continue;
      // walk back over "Name(, Name)*(,)? (and )?Name"
      const items: Array<[number, number]> = [];
      let k = i - 1;
      for (;;) {
        if (k < 0 || !toks[k]!.cap || items.length >= 30) break;
        let s = k;
        while (s - 1 >= 0 && toks[s - 1]!.cap && adjacent(this.text, toks[s - 1]!, toks[s]!)) s--;
        items.unshift([s, k + 1]);
        const before = toks[s - 1];
        if (!before) break;
        const g = this.text.slice(before.end, toks[s]!.start);
        if (before.text === 'and' && !before.cap) {
          const b2 = toks[s - 2];
          if (!b2) break;
          const g2 = this.text.slice(b2.end, before.start);
          if (g2 === ' ' || g2 === ', ') {
            k = s - 2;
            continue;
          }
          break;
        }
        if (g === ', ') {
          k = s - 1;
          continue;
        }
        break;
      }
      if (items.length === 0) continue;
      if (items.length === 1 && suffix.type !== 'neighborhood' && suffix.name === null) continue;
      // the place holding them: "in the city of W", "of W" after, or "W's" before
      let parent: Cand | undefined;
      const after = this.placeAfter(i + 1);
      if (after) parent = after;
      const firstTok = items[0]![0];
      const prevTok = toks[firstTok - 1];
      const trimmedItems: Array<[number, number]> = [];
      for (const [s0, e] of items) {
        let s = s0;
        // "Gaza's crowded Shejaiya": a possessive place opens the first item
        for (let k2 = s0; k2 < e - 1; k2++) {
          if (toks[k2]!.poss) {
            const ps = this.trim(s, k2 + 1);
            if (ps <= k2 && !parent) {
              const opts = this.lookup(this.span(ps, k2 + 1));
              if (opts.length) parent = this.add({ start: toks[ps]!.start, end: toks[k2]!.end, surface: this.span(ps, k2 + 1), core: this.span(ps, k2 + 1), options: opts, rule: 'possessive-parent' }, ps, k2 + 1);
            }
            s = k2 + 1;
          }
        }
        s = this.trim(s, e);
        // "18 central California counties": a state or country is where they are, not one of them
        if (s < e && !this.lookup(this.span(s, e)).some((o) => o.kind === 'country' || (o.kind === 'region' && o.feature === 'ADM1'))) trimmedItems.push([s, e]);
      }
      if (!parent && prevTok && prevTok.poss && prevTok.cap) {
        const ps = this.runStart(prevTok.index);
        const opts = this.lookup(this.span(ps, prevTok.index + 1));
        if (opts.length) parent = this.add({ start: toks[ps]!.start, end: prevTok.end, surface: this.span(ps, prevTok.index + 1), core: this.span(ps, prevTok.index + 1), options: opts, rule: 'possessive-parent' }, ps, prevTok.index + 1);
      }
      for (const [s, e] of trimmedItems) {
        const surface = this.span(s, e);
        const display = suffix.name ? `${surface} ${suffix.name}` : surface;
        const opts = this.lookup(display).length ? this.lookup(display) : this.lookup(surface);
        this.add({
          start: toks[s]!.start, end: toks[e - 1]!.end, surface, core: surface, display, type: suffix.type,
          options: suffix.type === 'region' && !suffix.name ? opts : opts.filter((o) => o.kind !== 'country'),
          parent, rule: `list-${toks[i]!.text.toLowerCase()}`,
        }, s, e);
      }
    }
  }

  private runStart(k: number): number {
    let s = k;
    while (s - 1 >= 0 && this.toks[s - 1]!.cap && adjacent(this.text, this.toks[s - 1]!, this.toks[s]!)) s--;
    return s;
  }

  /** A place named right after token k: "in (the city of) W", "of W". */
  private placeAfter(k: number): Cand | undefined {
    const toks = this.toks;
    let j = k;
    const w = toks[j]?.text;
    if (w !== 'in' && w !== 'of' && w !== 'near') return undefined;
    j++;
    if (toks[j]?.text === 'the') j++;
    if ((toks[j]?.text === 'city' || toks[j]?.text === 'town' || toks[j]?.text === 'village') && toks[j + 1]?.text === 'of') j += 2;
    if (!toks[j]?.cap) return undefined;
    let e = j + 1;
    while (e < toks.length && toks[e]!.cap && adjacent(this.text, toks[e - 1]!, toks[e]!)) e++;
    const existing = this.byStart.get(toks[j]!.start);
    if (existing) return existing;
    const surface = this.span(j, e);
    const opts = this.lookup(surface);
    if (!opts.length) return undefined;
    return this.add({ start: toks[j]!.start, end: toks[e - 1]!.end, surface, core: surface, options: opts, rule: 'parent' }, j, e);
  }

  // --- one capitalized run ----------------------------------------------------

  private analyzeRun(s0: number, e0: number): void {
    const toks = this.toks;
    if (this.used[s0]) return;
    // "President Bush", "Gov. Holcomb": a title opens a person's name (a title before a place's name opens a longer run: "Kentucky GOP Gov.")
    if (TITLES.has(this.toks[s0]!.text) && e0 - s0 >= 2 && !this.landmarkHeadIn(s0, e0)) return;
    // "the Tibetan Plateau", "the Florida Straits", "the Arabian Sea": a feature named by a nationality or a place
    {
      let f = s0;
      while (f < e0 - 1 && (LEADING_NOISE.has(this.toks[f]!.text) || !this.toks[f]!.cap)) f++;
      const feature = this.toks[e0 - 1]!.text;
      // in a sport report "past Tampa Bay" is a team: there a feature needs a preposition of place
      const sport = sportsContext(this.ctx.doc).leagues.size > 0 && !this.locativeBefore(f, true);
      if (GEO_FEATURE_SUFFIX.has(feature) && e0 - f >= 2 && e0 - f <= 4 && !sport && !this.lookup(this.span(f, e0)).length && !TITLES.has(this.toks[f]!.text)) {
        const surface = this.span(f, e0);
        const base = this.span(f, e0 - 1);
        const c = this.add({ start: this.toks[f]!.start, end: this.toks[e0 - 1]!.end, surface, core: surface, type: 'region', options: [], rule: 'feature-suffix' }, f, e0);
        const baseOpts = this.lookup(base).filter((o) => o.kind !== 'country' || base in DEMONYMS);
        if (baseOpts.length) c.hint = baseOpts;
        else if (base in DEMONYMS && DEMONYMS[base]) c.within = { country: DEMONYMS[base]! };
        return;
      }
    }
    // "Old Havana", "Little Havana": a quarter of a known city
    {
      let o0 = s0;
      while (o0 < e0 - 1 && (this.toks[o0]!.text === 'The' || this.toks[o0]!.text === 'In' || this.toks[o0]!.text === 'At')) o0++;
      const first = this.toks[o0]!;
      if ((first.text === 'Old' || first.text === 'Little') && e0 - o0 >= 2) {
        const inner = this.lookup(this.span(o0 + 1, e0)).filter((o) => o.kind === 'city');
        if (inner.length && !this.lookup(this.span(o0, e0)).length) {
          const surface = this.span(o0, e0);
          const parent: Cand = { start: -1, end: -1, surface: this.span(o0 + 1, e0), core: this.span(o0 + 1, e0), options: inner, rule: 'name-prefix' };
          this.add({ start: first.start, end: this.toks[e0 - 1]!.end, surface, core: surface, type: 'neighborhood', options: [], parent, rule: 'old-quarter' }, o0, e0);
          return;
        }
      }
    }
    // "Independence, Mo.": a word that names no place alone names one in the state the text gives
    if (e0 - s0 === 1 && NOT_PLACES.has(this.toks[s0]!.text) && this.commaPlaceAfter(e0) && this.afterRun(s0, e0, null)) return;
    const s = this.trim(s0, e0);
    if (s >= e0) {
      // "the Ecuadorean embassy": a nationality before a landmark word
      const only = this.toks[e0 - 1]!;
      const suffix = only.text in DEMONYMS ? this.suffixAfter(e0) : null;
      if (suffix && suffix.type === 'landmark') {
        const end = this.toks[suffix.end - 1]!.end;
        const name = this.text.slice(only.start, end);
        this.add({ start: only.start, end, surface: name, core: name, type: 'landmark', options: [], parent: this.placeAfter(suffix.end), rule: `suffix-${suffix.word}` }, e0 - 1, suffix.end);
      }
      // "Westminster Magistrate's Court", "the Indiana Statehouse" when the head word is the whole run
      else this.landmark(s0, e0);
      return;
    }
    let e = e0;
    const surface = this.span(s, e);
    const head = toks[e - 1]!.text;

    // "HMP Belmarsh", "Mount Sinai"
    const prefixType = LANDMARK_PREFIXES[toks[s]!.text];
    // "Fort Worth", "Mount Vernon", "Lake Charles": a town's name, not a fort or a mountain
    if (prefixType && e - s >= 2 && !this.lookup(this.span(s, s + 2)).some((o) => o.kind === 'city' || o.kind === 'region')) {
      const core = this.span(s + 1, e);
      this.add({ start: toks[s]!.start, end: toks[e - 1]!.end, surface, core, type: prefixType, options: [], rule: 'landmark-prefix' }, s, e);
      return;
    }

    if (this.landmark(s0, e0)) return;

    // descriptive regions: "northeastern Syria", "southern Zabul province", "east Jerusalem"
    const before = toks[s - 1];
    if (before && !before.cap && DIRECTIONS.has(before.text.toLowerCase()) && adjacent(this.text, before, toks[s]!) && s === s0) {
      const whole = this.span(s - 1, e);
      // "east Jerusalem" is a known region; "east London" is not East London, South Africa
      const direct = this.lookup(whole).filter((o) => o.kind !== 'city' && o.kind !== 'neighborhood');
      if (direct.length) {
        this.add({ start: before.start, end: toks[e - 1]!.end, surface: whole, core: whole, options: direct, rule: 'gazetteer' }, s - 1, e);
        this.afterRun(s - 1, e, this.cands[this.cands.length - 1]!);
        return;
      }
      const inner = this.innerPlace(s, e);
      if (inner) {
        const dir = before.text.toLowerCase();
        const suffixEnd = inner.end;
        const surfaceD = this.text.slice(before.start, suffixEnd);
        this.add({ start: before.start, end: suffixEnd, surface: surfaceD, core: surfaceD, type: 'region', options: [], describes: { dir: CANONICAL_DIR[dir] ?? dir, inner }, rule: 'descriptive-region' }, s - 1, e);
        return;
      }
    }

    // "Napa County", "Gaza Strip"
    if (CAP_REGION_SUFFIX.has(head) && e - s >= 2) {
      const full = this.lookup(surface);
      const base = this.span(s, e - 1);
      const baseTok = toks[s]!;
      if (!full.length && !DIRECTIONS.has(baseTok.text.toLowerCase()) && !(baseTok.text in DEMONYMS)) {
        const baseOpts = this.lookup(base).filter((o) => o.kind !== 'country' || head === 'Region');
        const c = this.add({ start: toks[s]!.start, end: toks[e - 1]!.end, surface, core: surface, type: 'region', options: [], rule: 'region-suffix' }, s, e);
        if (baseOpts.length) c.hint = baseOpts;
        this.afterRun(s, e, c);
        return;
      }
    }

    // the gazetteer, on the whole run
    const dotted = this.dotted(s, e);
    const opts = this.lookup(dotted);
    if (opts.length) {
      const c = this.gazetteerCand(s, e, dotted, opts);
      if (c) this.afterRun(s, e, c);
      else this.afterRun(s, e, null);
      return;
    }

    // "Syria and Iraq": split at weak joiners
    for (let k = s + 1; k < e - 1; k++) {
      if (!toks[k]!.cap && WEAK_JOINERS.has(toks[k]!.text)) {
        this.analyzeRun(s, k);
        this.analyzeRun(k + 1, e);
        return;
      }
    }

    // "Kentucky GOP Gov. Matt Bevin", "Indiana State Police": a place before a title or institution
    for (let k = e - 1; k > s; k--) {
      if (!PLACE_MODIFIED_HEADS.has(toks[k]!.text)) continue;
      const pre = this.span(s, k);
      const popts = this.lookup(pre);
      if (popts.length) {
        const c = this.gazetteerCand(s, k, pre, popts, true);
        if (c) return;
      }
    }

    // no name known: lowercase type words after it may still say it is a place
    if (this.afterRun(s, e, null)) return;
    this.leftovers.push([s, e]);
  }

  /**
   * Landmarks: "Abdelrahman Mosque", "Indiana Statehouse", "at the White House",
   * "Westminster Magistrate's Court", "the American University of Kabul".
   */
  private landmark(s0: number, e0: number): boolean {
    const toks = this.toks;
    let s = s0;
    while (s < e0 && (LEADING_NOISE.has(toks[s]!.text) || NOT_PLACES.has(toks[s]!.text)) && !LANDMARK_HEADS.has(toks[s]!.text) && !LOCATIVE_LANDMARK_HEADS.has(toks[s]!.text)) s++;
    if (s >= e0) return false;
    // the head: the last word, or the word before "of" ("University of Kabul")
    let h = e0 - 1;
    let ofAt = -1;
    for (let k = s + 1; k < e0 - 1; k++) {
      if (toks[k]!.text === 'of' && (LANDMARK_HEADS.has(toks[k - 1]!.text) || LOCATIVE_LANDMARK_HEADS.has(toks[k - 1]!.text))) {
        h = k - 1;
        ofAt = k;
        break;
      }
    }
    const head = toks[h]!.text;
    const always = LANDMARK_HEADS.has(head);
    if (!always && !LOCATIVE_LANDMARK_HEADS.has(head)) return false;
    const single = h === s;
    // a lone institution word is an institution ("the House", "the Center"); a lone "Statehouse" is a building
    if (single && ofAt < 0 && (!always || !this.locativeBefore(s))) return false;
    if (!always && !this.locativeBefore(s)) return false;
    // a known place alone before an institution word is no landmark name ("Indiana House Speaker" has no head at its end)
    const name = this.span(s, e0);
    if (ofAt > 0) {
      const inner = this.span(ofAt + 1, e0);
      const opts = this.lookup(inner);
      if (opts.length) this.add({ start: toks[ofAt + 1]!.start, end: toks[e0 - 1]!.end, surface: inner, core: inner, options: opts, rule: 'landmark-of' }, ofAt + 1, e0);
    }
    let parent = this.placeAfter(e0) ?? this.possessiveParent(s);
    if (!parent) {
      // "Indiana University": a known place at the start of the name says where it is
      for (let k = h; k > s; k--) {
        const pre = this.lookup(this.span(s, k));
        if (pre.length) {
          parent = { start: -1, end: -1, surface: this.span(s, k), core: this.span(s, k), options: pre, rule: 'name-prefix' };
          break;
        }
      }
    }
    this.add({ start: toks[s]!.start, end: toks[e0 - 1]!.end, surface: name, core: name, type: 'landmark', options: [], parent, rule: 'landmark-head' }, s, e0);
    return true;
  }

  /** A candidate for tokens [s, e) found in the gazetteer, unless the context says it is a person or a word. */
  private gazetteerCand(s: number, e: number, surface: string, opts: GazEntry[], prefix = false): Cand | null {
    const toks = this.toks;
    const first = toks[s]!;
    const weakEntries = opts.every((o) => o.commonWord || o.personName);
    const located = this.locativeBefore(s) || this.commaPlaceAfter(e) !== null;
    const stronglyLocated = this.locativeBefore(s, true) || this.commaPlaceAfter(e) !== null;
    const person = this.personLike(s, e);
    if (person && !opts.some((o) => o.kind === 'country') && (!stronglyLocated || (e - s === 1 && this.surnames.has(first.text) && this.commaPlaceAfter(e) === null))) return null;
    if (weakEntries && !stronglyLocated) return null;
    // "Chelsea beat Liverpool" in a football report: clubs named after their towns are no places
    if (!this.locativeBefore(s, true) && teamNamed(surface, sportsContext(this.ctx.doc))) return null;
    if (first.sentenceStart && e - s === 1 && !this.hasTag(first, PLACE_TAGS) && !located && !opts.some((o) => o.kind !== 'city' || o.population >= 100000)) return null;
    let end = toks[e - 1]!.end;
    if (surface.endsWith('.')) {
      const lower = surface.toLowerCase();
      const keep = /^(?:\p{L}\.)+$/u.test(surface) || opts.some((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase() === lower));
      if (keep) end += 1;
      else surface = surface.slice(0, -1);
    }
    const c = this.add({ start: first.start, end, surface, core: surface, options: opts, rule: prefix ? 'gazetteer-prefix' : 'gazetteer' }, s, e);
    c.located = located;
    return c;
  }

  /** The place in tokens [s, e), possibly with a type word after it ("Zabul province"), for a descriptive region. */
  private innerPlace(s: number, e: number): Cand | null {
    const toks = this.toks;
    const surface = this.span(s, e);
    const opts = this.lookup(surface);
    const suffix = this.suffixAfter(e);
    if (suffix) {
      const end = toks[suffix.end - 1]!.end;
      return { start: toks[s]!.start, end, surface: this.text.slice(toks[s]!.start, end), core: surface, type: suffix.type, options: opts.filter((o) => o.kind !== 'country'), rule: 'suffix' };
    }
    if (CAP_REGION_SUFFIX.has(toks[e - 1]!.text) || opts.length) {
      return { start: toks[s]!.start, end: toks[e - 1]!.end, surface, core: surface, options: opts, rule: 'gazetteer' };
    }
    return null;
  }

  /** Lowercase type words right after token e-1: "province", "border crossing", "settlement bloc". */
  private suffixAfter(e: number): { type: PlaceType; keep: boolean; end: number; word: string } | null {
    const toks = this.toks;
    const t = toks[e];
    if (!t || t.cap || !adjacent(this.text, toks[e - 1]!, t)) return null;
    for (const n of [3, 2, 1]) {
      if (e + n > toks.length) continue;
      let ok = true;
      for (let k = e + 1; k < e + n; k++) if (!adjacent(this.text, toks[k - 1]!, toks[k]!) || toks[k]!.cap) ok = false;
      if (!ok) continue;
      const words = toks.slice(e, e + n).map((x) => x.text.toLowerCase()).join(' ');
      const st = SUFFIX_TYPES[words];
      if (st) return { type: st.type, keep: st.keep, end: e + n, word: words };
    }
    return null;
  }

  /** "X, Qatar", "X, N.Y.": the place after a comma, when it is a country or region. */
  private commaPlaceAfter(e: number): GazEntry | null {
    const toks = this.toks;
    const last = toks[e - 1];
    const t = toks[e];
    if (!last || !t || !t.cap || this.text.slice(last.end, t.start) !== ', ') return null;
    let k = e + 1;
    while (k < toks.length && toks[k]!.cap && adjacent(this.text, toks[k - 1]!, toks[k]!)) k++;
    let surface = this.span(e, k);
    if (toks[k - 1]!.dot) surface += '.';
    const opts = this.gaz.lookup(surface).filter((o) => (o.kind === 'country' || o.kind === 'region') && this.acceptable(o, surface));
    return opts[0] ?? null;
  }

  private landmarkHeadIn(s: number, e: number): boolean {
    for (let k = s + 1; k < e; k++) if (LANDMARK_HEADS.has(this.toks[k]!.text) || LOCATIVE_LANDMARK_HEADS.has(this.toks[k]!.text)) return true;
    return false;
  }

  /** Could tokens [s, e) name a town? Not an acronym, an institution word or a person. */
  private townLike(s: number, e: number): boolean {
    if (e - s > 4 || this.personLike(s, e)) return false;
    for (let k = s; k < e; k++) {
      const t = this.toks[k]!;
      if (NOT_PLACES.has(t.text) || LOCATIVE_LANDMARK_HEADS.has(t.text) || (t.upper && t.text.length <= 5)) return false;
    }
    return true;
  }

  private possessiveParent(s: number): Cand | undefined {
    const prev = this.toks[s - 1];
    if (!prev || !prev.poss || !prev.cap) return undefined;
    return this.byEnd.get(prev.end);
  }

  /**
   * What follows a run: a type word ("Logar province", "Belmarsh prison"),
   * ", <region>" ("Doha, Qatar"), ", a village". `c` is the run's candidate
   * when it already has one. Returns whether a candidate was made.
   */
  private afterRun(s: number, e: number, c: Cand | null): boolean {
    const toks = this.toks;
    const surface = this.span(s, e);
    const suffix = this.suffixAfter(e);
    const stateOk = suffix?.word !== 'state' || (c !== null && c.options.some((o) => o.kind === 'region' && o.feature === 'ADM1'));
    if (suffix && stateOk && !(suffix.word === 'area' && c && (c.type === 'region' || c.options.some((o) => o.kind === 'region')))) {
      const type = suffix.type;
      const end = suffix.keep ? toks[suffix.end - 1]!.end : toks[e - 1]!.end;
      const display = suffix.keep ? this.text.slice(toks[s]!.start, toks[suffix.end - 1]!.end) : surface;
      let parent = this.placeAfter(suffix.end) ?? this.possessiveParent(s);
      const isDemonym = surface in DEMONYMS;
      if (c && c.options.some((o) => o.kind === 'country')) return true;
      if (c) {
        // a known name: the type word only sets the type ("Idlib province", "Hong Kong area")
        if (type === 'landmark') {
          c.type = 'landmark';
          c.options = [];
          c.parent = parent;
        } else if (type !== 'city' || c.options.some((o) => o.kind === 'city')) {
          c.type = type === 'neighborhood' && c.options.some((o) => o.kind === 'city' && o.feature !== 'PPLX') && suffix.word === 'area' ? c.type : type;
          c.options = c.options.filter((o) => o.kind !== 'country');
          if (suffix.word === 'state') c.options = c.options.filter((o) => o.kind === 'region');
          c.end = end;
          c.display = display;
          c.parent ??= parent;
        }
        for (let k = e; k < suffix.end; k++) this.used[k] = 1;
        return true;
      }
      if (!isDemonym || type === 'landmark') {
        const opts = type === 'landmark' ? [] : this.lookup(surface).filter((o) => o.kind !== 'country');
        if (!parent && type !== 'landmark') {
          // "Kowloon West district": a known place at the start of the name holds it
          for (let k = e - 1; k > s; k--) {
            const pre = this.lookup(this.span(s, k));
            if (pre.length) {
              parent = { start: -1, end: -1, surface: this.span(s, k), core: this.span(s, k), options: pre, rule: 'name-prefix' };
              break;
            }
          }
        }
        const name = isDemonym ? display : display;
        this.add({ start: toks[s]!.start, end, surface: name, core: surface, display, type, options: opts, parent, rule: `suffix-${suffix.word.replace(/ /g, '-')}` }, s, suffix.end);
        return true;
      }
    }
    // "Doha, Qatar", "Addison, N.Y."
    const where = this.commaPlaceAfter(e);
    // "Independence, Mo.": a word that names no place alone names one in the state the text gives
    if (where && !c && NOT_PLACES.has(surface) && !(surface in DEMONYMS)) {
      const there = this.gaz.lookup(surface).filter((o) => o.kind === 'city' && o.country === where.country && (where.kind !== 'region' || where.feature !== 'ADM1' || o.admin === where.admin));
      if (there.length) {
        this.add({ start: toks[s]!.start, end: toks[e - 1]!.end, surface, core: surface, type: 'city', options: there, within: { country: where.country, admin: where.kind === 'region' && where.feature === 'ADM1' ? where.admin : undefined }, rule: 'comma-region' }, s, e);
        return true;
      }
    }
    if (where && !(surface in DEMONYMS) && !NOT_PLACES.has(surface)) {
      const within = { country: where.country, admin: where.kind === 'region' && where.feature === 'ADM1' ? where.admin : undefined };
      if (c) {
        c.within = within;
        return true;
      }
      if (!this.townLike(s, e)) return false;
      this.add({ start: toks[s]!.start, end: toks[e - 1]!.end, surface, core: surface, type: 'city', options: [], within, wantSmall: true, rule: 'comma-region' }, s, e);
      return true;
    }
    // "Addison, a village southwest of Ithaca"
    const t = toks[e];
    if (t && this.text.slice(toks[e - 1]!.end, t.start) === ', ' && (t.text === 'a' || t.text === 'the')) {
      const kind = toks[e + 1]?.text.toLowerCase() ?? '';
      const kind2 = toks[e + 2]?.text.toLowerCase() ?? '';
      const word = ['village', 'town', 'city', 'suburb', 'hamlet', 'township', 'borough', 'district', 'neighborhood', 'neighbourhood', 'province', 'region', 'county'].find((w) => w === kind || w === kind2);
      if (word) {
        const type: PlaceType = word === 'district' || word.startsWith('neighbo') ? 'neighborhood' : word === 'province' || word === 'region' || word === 'county' ? 'region' : 'city';
        if (c) {
          c.type = type;
          c.wantSmall = type === 'city';
          return true;
        }
        this.add({ start: toks[s]!.start, end: toks[e - 1]!.end, surface, core: surface, type, options: [], wantSmall: type === 'city', rule: 'appositive' }, s, e);
        return true;
      }
    }
    // "the city of X", "the village of X"
    const p1 = toks[s - 1];
    const p2 = toks[s - 2];
    if (!c && p1?.text === 'of' && p2 && ['city', 'town', 'village', 'province', 'region', 'district', 'neighborhood', 'county', 'municipality', 'prefecture', 'island', 'islands', 'hamlet', 'suburb', 'township', 'state'].includes(p2.text)) {
      const type: PlaceType = ['province', 'region', 'county', 'prefecture', 'island', 'islands', 'state'].includes(p2.text) ? 'region' : p2.text === 'district' || p2.text === 'neighborhood' || p2.text === 'suburb' ? 'neighborhood' : 'city';
      if (!this.personLike(s, e)) {
        this.add({ start: toks[s]!.start, end: toks[e - 1]!.end, surface, core: surface, type, options: [], wantSmall: type === 'city', rule: `${p2.text}-of` }, s, e);
        return true;
      }
    }
    // "D-Minn.": a party and a state
    return false;
  }

  // --- compromise's places, the second pass, parentheses ----------------------

  /**
   * compromise's places: spans of terms its tagger marked #Place that no rule
   * has explained. Read from the term tags of the shared parse rather than
   * `places()`, whose matcher costs ~7 ms an article and grows faster than
   * the text on long documents, for the same candidates.
   */
  private fromCompromise(): void {
    const toks = this.toks;
    let k = 0;
    while (k < toks.length) {
      // compromise tags "chile" (the pepper) and other lower-case words as places
      if (this.used[k] || !this.hasTag(toks[k]!, ['Place']) || !toks[k]!.cap) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < toks.length && e - k < 6 && !this.used[e] && this.hasTag(toks[e]!, ['Place']) && adjacent(this.text, toks[e - 1]!, toks[e]!)) e++;
      const s = this.trim(k, e);
      if (s < e) {
        const surface = this.span(s, e);
        const opts = this.lookup(surface);
        if (opts.length) this.gazetteerCand(s, e, surface, opts);
      }
      k = e;
    }
  }

  /** Index of the first token starting at or after `offset` (binary search). */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.toks.length ? lo : -1;
  }

  /** Names that a rule made places ("Logar province") are places wherever else they stand alone ("Sarkh, Logar"). */
  private secondPass(): void {
    const known = new Map<string, Cand>();
    for (const c of this.cands) if (c.options.length === 0 && !c.describes && c.start >= 0) known.set(placeKey(c.core), c);
    for (const c of this.cands) if (c.dateline) known.set(placeKey(c.core), c);
    for (const [s, e] of this.leftovers) {
      if (this.used[s]) continue;
      const surface = this.span(s, e);
      const k = known.get(placeKey(surface));
      if (k) {
        this.add({ ...k, start: this.toks[s]!.start, end: this.toks[e - 1]!.end, surface, rule: 'same-name', dateline: false, display: undefined }, s, e);
        continue;
      }
      // "Sarkh, Logar": before a place the text has established
      const t = this.toks[e];
      if (t && this.text.slice(this.toks[e - 1]!.end, t.start) === ', ' && t.cap) {
        const holder = this.byStart.get(t.start) ?? known.get(placeKey(t.text));
        const holderIsArea = holder && (holder.type === 'region' || holder.options.some((o) => o.kind === 'region' || o.kind === 'country'));
        if (holder && holderIsArea && this.townLike(s, e) && e - s <= 3) {
          this.add({ start: this.toks[s]!.start, end: this.toks[e - 1]!.end, surface, core: surface, type: 'city', options: [], parent: holder, rule: 'comma-place' }, s, e);
          continue;
        }
      }
      this.unknownAfterPreposition(s, e);
    }
  }

  /**
   * "marooned in Uglii", "the facility in Senkata", "the patient from Xilingol in Inner Mongolia":
   * a name the gazetteer lacks after a preposition of place is a town, when it is no word, no
   * person's name, no known organization and nothing else in the article names it otherwise.
   * A place named right after it ("in Inner Mongolia") holds it.
   */
  private unknownAfterPreposition(s: number, e: number): void {
    const toks = this.toks;
    const prev = toks[s - 1];
    if (!prev || e - s > 2 || !/^(in|near|outside|inside|from|around|across)$/.test(prev.text) || !adjacent(this.text, prev, toks[s]!)) return;
    if (!this.townLike(s, e)) return;
    // "a stake in Burisma", "an investigation in X": a company, not a town
    const pp = toks[s - 2];
    if (pp && BUSINESS_NOUNS.test(pp.text.toLowerCase())) return;
    for (let k = s; k < e; k++) {
      const t = toks[k]!;
      const lower = t.text.toLowerCase().replace(/['’]s$/u, '');
      if (t.upper || t.poss || !/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(t.text) || isCommonWord(lower) || isDictionaryWord(lower) || isDictionaryWord(lower.replace(/e?s$/, '')) || knownOrg(t.text) || t.text in DEMONYMS || TITLES.has(t.text)) return;
      if (this.hasTag(t, ['Organization', 'Person', 'FirstName', 'LastName', 'Acronym'])) return;
    }
    const surface = this.span(s, e);
    if (knownOrg(surface)) return;
    // the name elsewhere acting or owning ("Senkata said", "Senkata's ...") is no town
    if (this.actsElsewhere(surface)) return;
    const parent = this.placeAfter(e);
    // "a letter from X" names a sender as often as a place: "from" needs the place that holds X ("from Xilingol in Inner Mongolia")
    if (prev.text === 'from' && !parent) return;
    this.add({ start: toks[s]!.start, end: toks[e - 1]!.end, surface, core: surface, type: 'city', options: [], parent, wantSmall: true, rule: 'after-preposition' }, s, e);
  }

  private acting: Set<string> | null = null;

  /** Does the name stand before a verb of saying or as a possessor elsewhere in the text? One pass over the text, once. */
  private actsElsewhere(surface: string): boolean {
    if (!this.acting) {
      this.acting = new Set<string>();
      const toks = this.toks;
      for (let k = 0; k < toks.length; k++) {
        const t = toks[k]!;
        if (!t.cap) continue;
        const next = toks[k + 1];
        const acts = t.poss || (next !== undefined && adjacent(this.text, t, next) && ACTING_AFTER.has(next.text));
        if (!acts) continue;
        this.acting.add(t.text);
        const p = toks[k - 1];
        if (p && p.cap && adjacent(this.text, p, t)) this.acting.add(`${p.text} ${t.text}`);
      }
    }
    return this.acting.has(surface);
  }

  /** "Pangram area of Sarkh": a neighborhood or landmark lies in the place named after "of" / "in". */
  private linkParents(): void {
    const byStart = new Map<number, Cand>();
    for (const c of this.cands) if (c.start >= 0) byStart.set(c.start, c);
    for (const c of this.cands) {
      if (c.parent || c.entry || c.options.length || c.start < 0 || (c.type !== 'neighborhood' && c.type !== 'landmark')) continue;
      const m = /^(?: [a-z]+){0,2} (?:of|in) (?:the )?(?:(?:city|town|village) of )?/u.exec(this.text.slice(c.end, c.end + 60));
      if (!m) continue;
      const p = byStart.get(c.end + m[0].length);
      if (p && p !== c) c.parent = p;
    }
  }

  /** "northeast Syria (Rojava)": a name in brackets right after a place is another name for it. */
  private parentheticals(): void {
    for (const c of [...this.cands]) {
      if (c.start < 0) continue;
      const m = /^ \(([\p{Lu}][\p{L}\p{M}'’ -]{1,40})\)/u.exec(this.text.slice(c.end, c.end + 45));
      if (!m) continue;
      const inner = m[1]!;
      const start = c.end + 2;
      if (this.byStart.has(start)) continue;
      if (inner.split(' ').length > 3 || placeKey(inner).length < 3) continue;
      // "England (Group A)", "Spain (Men's)": a label, not another name of the place
      if (inner.split(/[\s-]+/).some((w) => w.length < 2 || NOT_PLACES.has(w) || LEADING_NOISE.has(w))) continue;
      this.add({ ...c, start, end: start + inner.length, surface: inner, rule: 'parenthetical-alias', display: undefined, aliasOf: c } as Cand & { aliasOf: Cand });
    }
  }

  // --- resolution ------------------------------------------------------------

  private resolve(): void {
    // the article's countries and first-level regions, from unambiguous places
    const countryWeight = new Map<string, number>();
    const admins = new Set<string>();
    const bump = (cc: string | null, w: number) => {
      if (!cc) return;
      countryWeight.set(cc, Math.min(1.5, (countryWeight.get(cc) ?? 0) + w));
    };
    const unambiguous = (c: Cand): GazEntry | null => {
      if (c.options.length === 0) return null;
      const countries = new Set(c.options.map((o) => o.country));
      if (countries.size !== 1) return null;
      return bestByPopulation(c.options);
    };
    // which places (by key) speak for each country (a place is no evidence for itself);
    // kept as key sets so the check is O(1), not a scan of every mention (quadratic on hostile text)
    const speakers = new Map<string, Set<string>>();
    const speaks = (cc: string | null, c: Cand) => {
      if (!cc) return;
      const set = speakers.get(cc) ?? new Set<string>();
      set.add(placeKey(c.surface));
      speakers.set(cc, set);
    };
    const othersSpeakFor = (cc: string | null, c: Cand) => {
      const set = cc ? speakers.get(cc) : undefined;
      return !!set && (set.size > 1 || (set.size === 1 && !set.has(placeKey(c.surface))));
    };
    for (const c of this.cands) {
      const u = unambiguous(c);
      // only places that could not be dropped themselves vouch for a country
      const strong = !!u && (u.kind === 'country' || u.kind === 'region' || (u.population >= 100000 && u.feature !== 'PPLX') || !!c.located || !!c.type);
      if (u && strong) speaks(u.country, c);
      if (c.within?.country) speaks(c.within.country, c);
      if (c.dateline && c.options[0]) speaks(c.options[0].country, c);
      if (u) {
        bump(u.country, u.kind === 'country' ? 0.75 : 1.5);
        if (u.kind === 'region' && u.feature === 'ADM1') admins.add(`${u.country}|${u.admin}`);
      }
      if (c.within?.country) {
        bump(c.within.country, 1.5);
        if (c.within.admin) admins.add(`${c.within.country}|${c.within.admin}`);
      }
      if (c.dateline && c.options[0]) bump(c.options[0].country, 1.5);
    }
    // cities whose country is unambiguous also mark their admin1 region
    for (const c of this.cands) {
      const u = unambiguous(c);
      if (u && u.kind === 'city' && c.options.length === 1) admins.add(`${u.country}|${u.admin}`);
    }

    const score = (o: GazEntry, c: Cand): number => {
      let base: number;
      if (o.kind === 'country') base = 9;
      else if (o.kind === 'region') base = o.feature === 'ADM1' ? 6.5 : 6;
      else base = Math.log10(Math.max(o.population, 1000)) + (o.feature === 'PPLC' ? 0.5 : 0) - (o.small ? 1 : 0);
      let s = base + (o.country ? (countryWeight.get(o.country) ?? 0) : 0);
      if (o.country && admins.has(`${o.country}|${o.admin}`) && o.kind !== 'country') s += 3;
      if (c.within) {
        if (o.country === c.within.country) s += 5;
        if (c.within.admin && o.admin === c.within.admin) s += 3;
      }
      return s;
    };

    for (const c of this.cands) {
      if (c.hint && !c.within) {
        // only a place of a country the article is about says where "X County" is
        const inContext = c.hint.filter((o) => o.country && (countryWeight.get(o.country) ?? 0) > 0);
        let best: GazEntry | null = null;
        for (const o of inContext) if (!best || score(o, c) > score(best, c)) best = o;
        if (best) c.within = { country: best.country };
      }
      if (c.describes || (c as { aliasOf?: Cand }).aliasOf) continue;
      let options = c.options;
      if (c.within?.country && !options.some((o) => o.country === c.within!.country)) {
        const small = this.gaz.lookupSmall(c.surface).filter((o) => o.country === c.within!.country && (!c.within!.admin || o.admin === c.within!.admin));
        if (small.length) options = small;
      }
      if (c.wantSmall) {
        // the text says it is a place: small places of the article's countries compete too
        const small = this.gaz.lookupSmall(c.surface).filter((o) => o.country && (countryWeight.get(o.country) ?? 0) >= 1.5);
        if (small.length) options = [...options, ...small];
      }
      if (options.length === 0) {
        c.entry = null;
        continue;
      }
      let best = options[0]!;
      let bestScore = -Infinity;
      for (const o of options) {
        const sc = score(o, c);
        if (sc > bestScore) {
          bestScore = sc;
          best = o;
        }
      }
      best = this.regionOrCity(best, options, c);
      // "took the child to Forest Hill's hotel" in a Texas story: a neighbourhood or small town abroad
      // that nothing else speaks for yields to a small place of the article's own countries
      if ((best.kind === 'city' || best.kind === 'neighborhood') && (best.population < 100000 || best.feature === 'PPLX') && !c.within && !othersSpeakFor(best.country, c)) {
        const home = this.gaz.lookupSmall(c.surface).filter((o) => o.country && o.country !== best.country && (countryWeight.get(o.country) ?? 0) >= 1.5 && othersSpeakFor(o.country, c));
        if (home.length) best = home.reduce((a, b) => (score(b, c) > score(a, c) ? b : a));
      }
      // a small town or a neighbourhood of a country the article does not otherwise name, on its bare name, is rather a word or a name
      if (
        (best.kind === 'city' || best.kind === 'neighborhood') && !c.located && !c.within && !c.type && !c.dateline && !c.parent &&
        !othersSpeakFor(best.country, c) && (best.population < 100000 || best.feature === 'PPLX')
      ) {
        c.dropped = true;
        continue;
      }
      c.entry = best;
    }
  }

  /**
   * "New York" the state or the city, "Washington" the state or the capital:
   * the city when it is a capital or a big one, unless the article names other
   * places of the region far from the city.
   */
  private regionOrCity(best: GazEntry, options: GazEntry[], c: Cand): GazEntry {
    const region = options.find((o) => o.kind === 'region' && o.feature === 'ADM1');
    const city = options
      .filter((o) => o.kind === 'city' && region && o.country === region.country && o.admin === region.admin)
      .sort((a, b) => b.population - a.population)[0];
    const capitalCity = options.find((o) => o.kind === 'city' && o.feature === 'PPLC' && region && o.country === region.country);
    const theCity = city ?? capitalCity;
    if (!region || !theCity || (best !== region && best !== theCity)) return best;
    if (c.type === 'region') return region;
    if (c.type === 'city') return theCity;
    let far = 0;
    for (const other of this.cands) {
      const o = other.entry ?? (other.options.length === 1 ? other.options[0] : undefined);
      if (!o || o === theCity || o === region || o.kind !== 'city' || o.country !== region.country || o.admin !== region.admin) continue;
      if (theCity.lat != null && o.lat != null && distanceKm(theCity.lat, theCity.lon!, o.lat, o.lon!) > 100) far++;
    }
    for (const other of this.cands) if (other.wantSmall && other.within === undefined && other.options.length === 0) far += 0;
    if (far > 0) return region;
    return theCity.feature === 'PPLC' || theCity.population >= 1_000_000 ? theCity : region;
  }

  // --- entities ------------------------------------------------------------------

  private entities(): Place[] {
    const doc = this.ctx.doc;
    interface Ent {
      key: string;
      cands: Cand[];
      entry: GazEntry | null;
      type: PlaceType;
    }
    const ents = new Map<string, Ent>();
    const order: Ent[] = [];
    const keyOf = (c: Cand): string => {
      const alias = (c as { aliasOf?: Cand }).aliasOf;
      if (alias) return keyOf(alias);
      if (c.describes) return `d:${c.describes.dir}:${innerKey(c.describes.inner)}`;
      if (c.type === 'landmark') return `l:${landmarkKey(c.core)}`;
      if (c.entry) return `g:${c.entry.id}`;
      return `u:${placeKey(c.core)}`;
    };
    const innerKey = (c: Cand): string => {
      const opts = c.options;
      if (opts.length) return `g:${bestByPopulation(opts).id}`;
      return `u:${placeKey(c.core)}`;
    };
    // a landmark named by the end of a longer landmark's name is that landmark ("the Statehouse")
    // every word-suffix of a landmark's name -> the longest name ending so
    const longestEndingWith = new Map<string, string>();
    for (const c of this.cands) {
      if (c.type !== 'landmark') continue;
      const k = placeKey(c.core);
      const words = k.split(' ');
      for (let i = 1; i < words.length && i < 8; i++) {
        const suffix = words.slice(i).join(' ');
        const prev = longestEndingWith.get(suffix);
        if (!prev || prev.length < k.length) longestEndingWith.set(suffix, k);
      }
    }
    const landmarkKey = (core: string): string => {
      const k = placeKey(core);
      return longestEndingWith.get(k) ?? k;
    };
    for (const c of this.cands) {
      if (c.dropped) continue;
      const key = keyOf(c);
      let ent = ents.get(key);
      if (!ent) {
        ent = { key, cands: [], entry: c.entry ?? null, type: c.type ?? typeOf(c.entry ?? null) };
        ents.set(key, ent);
        order.push(ent);
      }
      ent.cands.push(c);
      if (c.type && ent.type !== c.type && !(c as { aliasOf?: Cand }).aliasOf && c.rule !== 'same-name') ent.type = c.type;
    }
    // unknown names merged with known places of the same core ("Logar" and "Logar province")
    const entOf = new Map<Cand, Ent>();
    for (const ent of order) for (const c of ent.cands) entOf.set(c, ent);

    // the article's main country, for places with nothing else to go on
    const countryCount = new Map<string, number>();
    for (const ent of order) {
      const cc = ent.entry?.country;
      if (cc) countryCount.set(cc, (countryCount.get(cc) ?? 0) + ent.cands.length);
    }
    const mainCountry = [...countryCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

    type Where = { country: string | null; timezone: string | null };
    const datelineEntry = this.cands.find((c) => c.dateline && c.entry?.country)?.entry ?? null;
    // the nearest known place of the same sentence: cities and regions before countries
    const resolvedBySentence = new Map<number, Cand[]>();
    for (const o of this.cands) {
      if (!o.entry || o.start < 0 || !o.entry.country) continue;
      const si = sentenceAt(doc, o.start);
      const list = resolvedBySentence.get(si);
      if (list) {
        if (list.length < 50) list.push(o);
      } else resolvedBySentence.set(si, [o]);
    }
    const near = (c: Cand): Where | null => {
      if (c.start < 0) return null;
      const si = sentenceAt(doc, c.start);
      let best: GazEntry | null = null;
      let bestD = Infinity;
      for (const o of resolvedBySentence.get(si) ?? []) {
        if (o === c || !o.entry?.country) continue;
        const d = Math.abs(o.start - c.start) + (o.entry.kind === 'country' ? 100000 : 0);
        if (d < bestD) {
          bestD = d;
          best = o.entry;
        }
      }
      return best ? { country: best.country, timezone: best.timezone } : null;
    };
    const memo = new Map<Ent, Where | null>();
    /** Where an entity is: its gazetteer entry, the region the text puts it in, its parent, the place it describes, the places beside it. */
    const whereOf = (ent: Ent | undefined, depth = 0): Where | null => {
      if (!ent || depth > 5) return null;
      if (memo.has(ent)) return memo.get(ent)!;
      memo.set(ent, null);
      let w: Where | null = null;
      const withEntry = ent.cands.find((c) => c.entry);
      if (withEntry?.entry) w = { country: withEntry.entry.country, timezone: withEntry.entry.timezone };
      for (const c of ent.cands) {
        if (w) break;
        if (c.within?.country) w = { country: c.within.country, timezone: this.gaz.zoneOfCountry(c.within.country) };
        else if (c.parent) w = whereOf(entOfCand(c.parent), depth + 1);
        else if (c.describes) {
          const inner = c.describes.inner;
          const e = inner.options.length ? bestByPopulation(inner.options) : null;
          if (e) w = { country: e.country, timezone: e.timezone };
          else {
            const same = order.find((o) => o.key === `u:${placeKey(inner.core)}`);
            if (same && same !== ent) w = whereOf(same, depth + 1);
          }
        }
      }
      // a landmark with nothing else to go on is in the dateline's country
      if (!w && ent.type === 'landmark' && datelineEntry) w = { country: datelineEntry.country, timezone: datelineEntry.timezone };
      for (const c of ent.cands.slice(0, 20)) {
        if (w) break;
        w = near(c);
      }
      memo.set(ent, w);
      return w;
    };
    const entOfCand = (c: Cand): Ent | undefined => {
      const direct = entOf.get(c);
      if (direct) return direct;
      // a parent made on the fly ("Kowloon" for "Kowloon West district")
      if (c.options.length) {
        const e = bestByPopulation(c.options);
        return { key: `g:${e.id}`, cands: [{ ...c, entry: e }], entry: e, type: typeOf(e) };
      }
      return undefined;
    };
    const datelineCountry = datelineEntry?.country ?? null;

    const places: Place[] = [];
    for (const ent of order) {
      const mentions: Mention[] = [];
      const seen = new Set<number>();
      for (const c of ent.cands) {
        if (c.start < 0 || seen.has(c.start)) continue;
        seen.add(c.start);
        mentions.push(mention(doc, c.start, c.end, c.rule));
      }
      mentions.sort((a, b) => a.start - b.start);
      const surfaces: string[] = [];
      for (const c of ent.cands) {
        const s = (c.display ?? c.surface).trim();
        if (s && !surfaces.includes(s)) surfaces.push(s);
        if (c.display && !surfaces.includes(c.surface)) surfaces.push(c.surface);
      }
      const name = pickName(surfaces, ent.entry);
      const aliases = surfaces.filter((s) => s !== name);
      const where = whereOf(ent);
      let country = where?.country ?? null;
      let timezone = where?.timezone ?? null;
      if (!country && !ent.entry) {
        country = datelineCountry ?? mainCountry;
        timezone = country ? this.gaz.zoneOfCountry(country) : null;
      }
      const e = ent.entry;
      places.push({
        id: `p${places.length + 1}`,
        name,
        type: ent.type,
        country: country && country.length === 2 ? country : null,
        aliases,
        timezone,
        coordinates: e && e.lat != null && e.lon != null && ent.type !== 'landmark' ? { lat: e.lat, lon: e.lon } : null,
        mentions,
      });
    }
    return places;
  }
}

function typeOf(e: GazEntry | null): PlaceType {
  if (!e) return 'other';
  if (e.kind === 'country') return 'country';
  if (e.kind === 'region') return 'region';
  if (e.kind === 'neighborhood') return 'neighborhood';
  return 'city';
}

function bestByPopulation(opts: GazEntry[]): GazEntry {
  let best = opts[0]!;
  const rank = (o: GazEntry) => (o.kind === 'country' ? 3e9 : o.kind === 'region' ? 2e9 : o.population);
  for (const o of opts) if (rank(o) > rank(best)) best = o;
  return best;
}

/** The name to show: the longest form the article uses that is not all capitals; the gazetteer's spelling for all-caps forms. */
function pickName(surfaces: string[], entry: GazEntry | null): string {
  const isUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase() && s.replace(/[^\p{L}]/gu, '').length > 3;
  const normal = surfaces.filter((s) => !isUpper(s));
  if (normal.length) return normal.reduce((a, b) => (b.length > a.length ? b : a));
  const s = surfaces[0] ?? entry?.name ?? '';
  if (entry) {
    for (const n of [entry.name, ...entry.aliases]) if (placeKey(n) === placeKey(s)) return n;
  }
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, p: string, l: string) => p + l.toUpperCase());
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}
