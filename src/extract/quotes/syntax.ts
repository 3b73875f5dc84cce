/**
 * Shallow syntax over tokens for the quotes extractor: sentence frames, speech
 * cues, the noun phrase that is a cue's subject, and the reported content a
 * cue introduces. Every scan is bounded by a constant number of tokens, so
 * the whole pass stays linear in the text however hostile the input.
 */
import type { Document } from '../../document/document.js';
import type { QuoteSegment } from './marks.js';
import type { Token } from './tokens.js';
import {
  ADVERBIAL_OPENERS,
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_WORDS,
  CONTENT_BREAKS,
  CUES,
  type CueInfo,
  DETERMINERS,
  GERUND_PREPOSITIONS,
  IRREGULAR_PAST,
  MEDIA,
  NOUN_DETERMINERS,
  NP_PREPOSITIONS,
  PERSON_NOUNS,
  CONTROL_VERBS,
  TITLES,
  REQUIRED_PARTICLES,
  PARTICLE_CUES,
  INFORMED_WORDS,
  MUTE_HEADS,
  MUTE_SUFFIXES,
  DOCUMENT_NOUNS,
  ORG_WORDS,
  LY_NOUNS,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  OBJECT_PRONOUNS,
  TIME_NOUNS,
  TIME_WORDS,
  TOLD_AUDIENCES,
  VERB_ADVERBS,
} from './quotes.rules.js';

/** A sentence, or several joined by a quotation running across them. Token range [t0, t1). */
export interface Frame {
  t0: number;
  t1: number;
  paragraph: number;
}

export type SubjectForm = 'before' | 'after' | 'main' | 'according';

export interface Subject {
  /** noun phrase tokens [t0, t1], inclusive */
  t0: number;
  t1: number;
  form: SubjectForm;
  /** found through a relative pronoun ("forces, who have accused ...") */
  relative?: boolean;
  /** first token of the whole appositive chain ("a spokeswoman, Anna White, said"): content before the attribution ends before it */
  chain?: number;
}

export interface Cue {
  /** token index of the verb ("according" for "according to") */
  i: number;
  /** token index after the cue phrase */
  j: number;
  info: CueInfo;
  /** the cue as written: "said in a statement", "according to", "told reporters" */
  text: string;
  subject: Subject | null;
  /** where the cue's clause begins (its subject, or the cue itself): content before it ends there */
  clauseStart: number;
  /** an -ing form after a preposition ("known for telling"): a noun, not a clause of its own */
  gerund: boolean;
  /** the addressee of "told" is part of the cue ("told reporters") */
  audience: boolean;
}

const NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands']);

/** Words ending in -ed that are not past forms. */
const ED_NOUNS: ReadonlySet<string> = new Set(['seed', 'feed', 'deed', 'reed', 'weed', 'sled', 'bed', 'red', 'shed', 'speed', 'creed', 'greed', 'breed', 'bleed', 'steed', 'hundred', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'kindred', 'hatred', 'embed']);

/** Verbs whose object says the infinitive ("led Republicans to say", "asked officials to confirm"). */
const OBJECT_CONTROL: ReadonlySet<string> = new Set(['led', 'lead', 'leads', 'prompted', 'prompting', 'asked', 'urged', 'forced', 'caused', 'pushed', 'pressed', 'allowed', 'encouraged', 'invited']);

/** Prepositions whose object is never the subject of the verb after it. */
const PP_HEADS: ReadonlySet<string> = new Set(['after', 'before', 'during', 'since', 'until', 'about', 'against', 'among', 'between', 'into', 'through', 'under', 'over', 'without', 'despite', 'amid', 'behind', 'beyond', 'near', 'toward', 'towards']);

const ACCORDING: CueInfo = { lemma: 'according to', cls: 'say' };

/** Words after a present-tense verb ("serves as", "looks like", "remains open"): with a noun before, an -s word before them is a verb. */
const S_VERB_FOLLOWERS: ReadonlySet<string> = new Set(['as', 'like', 'into', 'about', 'up', 'out', 'over', 'more', 'less', 'no', 'nothing', 'little', 'much', 'well', 'open', 'unclear', 'high', 'low']);

/** Adjectives before "to say" that make it the writer's comment ("fair to say", "needless to say"). */
const WRITER_INFINITIVES: ReadonlySet<string> = new Set(['fair', 'safe', 'needless', 'suffice', 'hard', 'easy', 'difficult', 'impossible', 'accurate', 'true', 'wrong', 'unfair', 'enough']);

/** Quantifiers of a pronoun that speak for it ("most of them said"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'all', 'none', 'several', 'both', 'each', 'few', 'half', 'one', 'two', 'three', 'neither', 'either']);

/** Heads naming people by a complement ("those in favor of", "people close to"). */
const PEOPLE_HEADS: ReadonlySet<string> = new Set(['those', 'people', 'anyone', 'everyone', 'others']);

/** Verbs and particles that put out a document ("issued a statement", "put out a release"). */
const ISSUE_VERBS: ReadonlySet<string> = new Set(['out', 'issue', 'issues', 'release', 'releases', 'publish', 'publishes', 'sent', 'send', 'sends', 'posted', 'posts', 'wrote', 'writes']);

/** Caps on every scan, in tokens. */
const NP_MAX = 14;
const SEGMENT_MAX = 30;
const CONTENT_MAX = 120;
const THAT_WINDOW = 12;
/** Prepositions opening a phrase between a cue and its "that" ("said in a letter to X that"). */
const THAT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'from', 'to', 'after', 'before', 'over', 'earlier', 'later', 'last', 'this', 'for']);

export class Syntax {
  constructor(
    readonly doc: Document,
    readonly toks: readonly Token[],
    readonly frames: readonly Frame[],
    readonly segs: readonly QuoteSegment[],
  ) {}

  // ---- token predicates ----

  word(i: number): Token | null {
    const t = this.toks[i];
    return t && t.kind === 'word' ? t : null;
  }

  isPunct(i: number, chars: string): boolean {
    const t = this.toks[i];
    return !!t && t.kind === 'punct' && chars.includes(t.text);
  }

  isOpenMark(i: number): boolean {
    const t = this.toks[i];
    return !!t && t.kind === 'mark' && t.seg >= 0 && this.segs[t.seg]!.open === t.start;
  }

  isCloseMark(i: number): boolean {
    const t = this.toks[i];
    if (!t || t.kind !== 'mark' || t.seg < 0) return false;
    const s = this.segs[t.seg]!;
    return !s.runsOn && t.start >= s.close && t.start < s.close + s.closeLen;
  }

  /** An apostrophe ending a possessive ("teachers’ union"), not a quotation mark. */
  isPossessiveMark(i: number): boolean {
    const t = this.toks[i];
    if (!t || t.kind !== 'mark' || t.seg >= 0 || (t.text !== '\u2019' && t.text !== "'")) return false;
    const p = this.toks[i - 1];
    return !!p && p.kind === 'word' && p.end === t.start;
  }

  /** A lower-case -ly adverb ("easily", "publicly"), not a noun like "family". */
  isLyAdverb(i: number): boolean {
    const t = this.word(i);
    return !!t && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
  }

  /** A word that marks a verb phrase: auxiliary, irregular past, or a lower-case -ed form not after a determiner. */
  isVerbish(i: number): boolean {
    const t = this.word(i);
    if (!t || t.cap) return false;
    const l = t.lower;
    if (AUXILIARIES.has(l) || IRREGULAR_PAST.has(l)) return true;
    if (l.length > 3 && l.endsWith('ed') && !ED_NOUNS.has(l)) {
      const p = this.word(i - 1);
      return !(p && (DETERMINERS.has(p.lower) || NOUN_DETERMINERS.has(p.lower)));
    }
    return false;
  }

  frameOf(i: number): Frame {
    return this.frames[this.toks[i]!.frame]!;
  }

  // ---- cues ----

  /** The cue starting at token i, if any. */
  cueAt(i: number): Cue | null {
    const t = this.toks[i]!;
    if (t.kind !== 'word' || t.seg >= 0) return null;
    const f = this.frameOf(i);
    if (t.lower === 'according') {
      const n = this.word(i + 1);
      if (!n || n.lower !== 'to' || i + 2 >= f.t1) return null;
      return this.makeCue(i, i + 2, ACCORDING, f);
    }
    if (t.cap) return null;
    let info = CUES.get(t.lower);
    if (!info) return null;
    const swap = PARTICLE_CUES[info.lemma]?.[this.toks[i + 1]?.lower ?? ''];
    if (swap) info = swap;
    const prev = i > f.t0 ? this.toks[i - 1]! : null;
    const next = i + 1 < f.t1 ? this.toks[i + 1]! : null;
    if (prev && prev.kind === 'word' && NOUN_DETERMINERS.has(prev.lower)) return null; // "a say", "the reported death"
    if (prev && (prev.lower.endsWith("'s") || this.isPossessiveMark(i - 1))) return null; // "Trump’s call"
    if ((prev && (prev.lower === 'easier' || prev.lower === 'sooner')) || (next && next.lower === 'than')) return null; // "easier said than done"
    const ing = t.lower.endsWith('ing');
    // "messages such as suggesting a lane change", "left without saying why": an example or an absence, not a report
    if (ing && prev && prev.kind === 'word' && (prev.lower === 'without' || (prev.lower === 'as' && i - 2 >= f.t0 && this.toks[i - 2]!.lower === 'such'))) return null;
    // "a lead in pledged delegates", "enough pledged delegates": a participle used as an adjective
    if (!ing && prev && prev.kind === 'word' && !prev.cap && (NP_PREPOSITIONS.has(prev.lower) || ['enough', 'more', 'most', 'fewer', 'many', 'all', 'of', 'with'].includes(prev.lower))) {
      const n2 = this.toks[i + 1];
      if (n2 && n2.kind === 'word' && !n2.cap && !DETERMINERS.has(n2.lower) && n2.lower !== 'that' && !SUBJECT_PRONOUNS.has(n2.lower)) return null;
    }
    // negated: "had not admitted", "never said", "didn't say"
    for (let k = i - 1; k >= f.t0 && i - k <= 3 && this.word(k); k--) {
      const l = this.toks[k]!.lower;
      if (l === 'not' || l === 'never' || l.endsWith("n't")) return null;
      if (!VERB_ADVERBS.has(l) && !AUXILIARIES.has(l)) break;
    }
    if (!ing) {
      // passive: "was told", "is accused", "has been urged"
      let k = i - 1;
      while (k >= f.t0 && this.word(k) && VERB_ADVERBS.has(this.toks[k]!.lower) && !BE_FORMS.has(this.toks[k]!.lower)) k--;
      const b = this.word(k);
      if (b && BE_FORMS.has(b.lower)) return null;
    }
    if (next && next.kind === 'word') {
      if (info.lemma === 'accuse' && next.lower === 'of') return null; // "those accused of"
      if (info.lemma === 'call' && ['for', 'off', 'up', 'out', 'in'].includes(next.lower)) return null;
      if (info.cls === 'eval' && next.lower === 'by') return null; // "described by"
    }
    const particle = REQUIRED_PARTICLES[info.lemma];
    if (particle && !(next && particle.includes(next.lower))) return null;
    let j = particle || swap ? i + 2 : i + 1;
    // particles kept in the cue: "warning of", "cheered on"
    if (next && next.kind === 'word' && ((info.lemma === 'warn' && next.lower === 'of') || (info.lemma === 'cheer' && next.lower === 'on'))) j++;
    // "said in a statement", "wrote in an op-ed"
    const inTok = this.word(j);
    if (inTok && inTok.lower === 'in') {
      for (let k = j + 1; k < Math.min(f.t1, j + 6); k++) {
        const w = this.word(k);
        if (!w) break;
        if (MEDIA.has(w.lower)) {
          j = k + 1;
          break;
        }
      }
    }
    // "told reporters"
    let audience = false;
    if (info.lemma === 'tell') {
      const a = this.word(j);
      if (a && TOLD_AUDIENCES.has(a.lower)) {
        j++;
        audience = true;
      }
    }
    // verbs that report speech only with a "that" clause ("maintained that", "denied that")
    if (info.cls === 'that' && this.findThat(j, f, false) < 0) return null;
    // verbs that report speech only as an attribution: right after a quotation or ending the sentence ("..., the ministry continued.")
    if (info.cls === 'trail') {
      let b = i - 1;
      if (this.isPunct(b, ',')) b--;
      const afterQuote = this.isCloseMark(b) || this.isCloseMark(b - 1);
      let e = j;
      while (e < f.t1 && this.toks[e]!.kind === 'word' && e - j < 3) e++;
      const endsSentence = e >= f.t1 || this.isPunct(e, '.!?');
      if (!afterQuote && !endsSentence) return null;
    }
    const cue = this.makeCue(i, j, info, f);
    cue.audience = audience;
    return cue;
  }

  private makeCue(i: number, j: number, info: CueInfo, f: Frame): Cue {
    const text = this.doc.text.slice(this.toks[i]!.start, this.toks[Math.min(j, f.t1) - 1]!.end);
    const prev = this.word(i - 1);
    const gerund = this.toks[i]!.lower.endsWith('ing') && !!prev && GERUND_PREPOSITIONS.has(prev.lower);
    return { i, j: Math.min(j, f.t1), info, text, subject: null, clauseStart: i, gerund, audience: false };
  }

  // ---- noun phrases ----

  /** May token k (a preposition) join a noun phrase whose words after it start at k + 1? */
  private prepJoins(k: number): boolean {
    const left = this.word(k - 1);
    const right = this.word(k + 1);
    if (!left || !right) return false;
    if (AUXILIARIES.has(left.lower) || CLAUSE_WORDS.has(left.lower) || DETERMINERS.has(left.lower)) return false;
    if (!left.cap && this.isVerbish(k - 1)) return false;
    return right.cap || DETERMINERS.has(right.lower) || /^\d/.test(right.text);
  }

  /** Is token k a word that can sit inside a noun phrase? */
  private npWord(k: number, first: boolean): boolean {
    const t = this.word(k);
    if (!t || t.seg >= 0) return false;
    const l = t.lower;
    // a capitalised function word opening the sentence ("During the call", "But a judge", "Even Republicans")
    if (t.cap && (CLAUSE_WORDS.has(l) || ADVERBIAL_OPENERS.has(l) || NP_PREPOSITIONS.has(l) || AUXILIARIES.has(l) || VERB_ADVERBS.has(l))) {
      const p = this.toks[k - 1];
      if (!p || p.kind !== 'word' || p.frame !== t.frame) return false;
    }
    if (!t.cap) {
      if (this.isLyAdverb(k)) return false;
      // "including a career Army officer": an -ing word is a noun only after a determiner
      if (l.endsWith('ing') && l.length > 5) {
        const p = this.word(k - 1);
        if (!p || !(DETERMINERS.has(p.lower) || NOUN_DETERMINERS.has(p.lower))) return false;
      }
      if (AUXILIARIES.has(l) || CUES.has(l) || VERB_ADVERBS.has(l)) return false;
      if (CLAUSE_WORDS.has(l) || RELATIVE_PRONOUNS.has(l)) return false;
      if (OBJECT_PRONOUNS.has(l) && l !== 'her' && l !== 'it') return false;
      if (SUBJECT_PRONOUNS.has(l) && !first) return false;
      if (first && NP_PREPOSITIONS.has(l)) return false;
      if (this.isVerbish(k)) return false;
    }
    return true;
  }

  /** The noun phrase ending at token `end`, scanning left no further than `lo`. Returns its first token. */
  npBack(end: number, lo: number, allowPreps = true): number {
    const e = this.word(end);
    if (!e || e.seg >= 0) return -1;
    if (SUBJECT_PRONOUNS.has(e.lower) || RELATIVE_PRONOUNS.has(e.lower)) return end;
    if (!this.npWord(end, true)) return -1;
    let k = end;
    let preps = 0;
    while (k - 1 >= lo && end - (k - 1) < NP_MAX) {
      const p = k - 1;
      const t = this.toks[p]!;
      if (t.seg >= 0) break;
      if (this.isPossessiveMark(p)) {
        k = p;
        continue;
      }
      if (t.kind === 'punct' && t.text === '&') {
        k = p;
        continue;
      }
      if (t.kind !== 'word') break;
      if (!t.cap && NP_PREPOSITIONS.has(t.lower)) {
        const rt = this.toks[k]!;
        if (t.lower === 'at' && (rt.lower === 'least' || rt.lower === 'most')) {
          k = p;
          continue;
        }
        if (allowPreps && preps < 2 && (rt.cap || DETERMINERS.has(rt.lower) || /^\d/.test(rt.text)) && this.prepJoins(p)) {
          preps++;
          k = p;
          continue;
        }
        break;
      }
      if (!t.cap && t.lower === 'and') {
        if (this.andJoinsBack(p, lo)) {
          k = p;
          continue;
        }
        break;
      }
      if (SUBJECT_PRONOUNS.has(t.lower) && !t.cap) break;
      if (!this.npWord(p, false)) {
        // a lower-case participle right after a determiner ("the so-called", "an unnamed") belongs
        break;
      }
      k = p;
    }
    // "People familiar with the matter", "officials briefed on the talks": the phrase before the participle
    const pp = this.word(k - 1);
    const inf = this.word(k - 2);
    if (pp && inf && !inf.cap && (NP_PREPOSITIONS.has(pp.lower) || pp.lower === 'with' || pp.lower === 'about') && (INFORMED_WORDS.has(inf.lower) || (inf.lower.endsWith('ed') && inf.lower.length > 4)) && k - 3 >= lo) {
      const head = this.word(k - 3);
      if (head && this.npWord(k - 3, false) && !this.isVerbish(k - 3)) {
        let h = k - 3;
        while (h - 1 >= lo && end - (h - 1) < NP_MAX + 4 && this.npWord(h - 1, false) && !NP_PREPOSITIONS.has(this.toks[h - 1]!.lower)) h--;
        return h;
      }
    }
    // a phrase cannot start with a preposition or a conjunction ("at least a dozen members" keeps its "at")
    while (k < end && this.word(k) && (NP_PREPOSITIONS.has(this.toks[k]!.lower) || this.toks[k]!.lower === 'and') && !this.toks[k]!.cap) {
      if (this.toks[k]!.lower === 'at' && ['least', 'most'].includes(this.toks[k + 1]?.lower ?? '')) break;
      k++;
    }
    return k;
  }

  /** "The United Nations and European Union": may "and" at p join the phrase to a short phrase on its left? */
  private andJoinsBack(p: number, lo: number): boolean {
    const left = this.word(p - 1);
    if (!left || (!left.cap && this.isVerbish(p - 1))) return false;
    // "the Florida senator and Republican presidential candidate": a determiner a few words back joins them
    let det = false;
    for (let k = p - 1; k >= Math.max(lo, p - 4); k--) {
      const w = this.word(k);
      if (!w || !this.npWord(k, false)) break;
      if (w.lower === 'the') det = true;
    }
    if (!left.cap && !/s$/.test(left.lower) && !det) return false;
    for (let k = p - 1, n = 0; n < 6; k--, n++) {
      if (k < lo) return true;
      const t = this.toks[k]!;
      if (t.kind === 'punct' || t.kind === 'mark') return true;
      if (CLAUSE_WORDS.has(t.lower) && !t.cap) return true;
      if (!this.npWord(k, false)) return false;
    }
    return false;
  }

  /** The noun phrase starting at token `start`, scanning right to before `hi`. Returns its last token. */
  npForward(start: number, hi: number): number {
    const s = this.word(start);
    if (!s || s.seg >= 0) return -1;
    if (SUBJECT_PRONOUNS.has(s.lower)) return start;
    if (!this.npWord(start, true) && !DETERMINERS.has(s.lower)) return -1;
    let k = start;
    let preps = 0;
    while (k + 1 < hi && k + 1 - start < NP_MAX) {
      const n = k + 1;
      const t = this.toks[n]!;
      if (t.seg >= 0) break;
      if (this.isPossessiveMark(n) || (t.kind === 'punct' && t.text === '&')) {
        k = n;
        continue;
      }
      if (t.kind !== 'word') break;
      if (!t.cap && NP_PREPOSITIONS.has(t.lower)) {
        if (preps < 2 && this.prepJoins(n)) {
          preps++;
          k = n;
          continue;
        }
        break;
      }
      if (!t.cap && t.lower === 'and') {
        const r = this.word(n + 1);
        if (r && (r.cap || DETERMINERS.has(r.lower) || (!this.isVerbish(n + 1) && this.npWord(n + 1, false) && /s$/.test(r.lower)))) {
          k = n;
          continue;
        }
        break;
      }
      if (!t.cap && t.lower.endsWith('ing') && !DETERMINERS.has(this.toks[k]!.lower)) break;
      if (!this.npWord(n, false)) break;
      k = n;
    }
    // no trailing preposition or conjunction
    while (k > start && !this.toks[k]!.cap && (NP_PREPOSITIONS.has(this.toks[k]!.lower) || this.toks[k]!.lower === 'and')) k--;
    return k;
  }

  /** Head of a phrase: its last word before the first preposition. Proper when capitalised or a number. */
  properHead(t0: number, t1: number): boolean {
    let h = t1;
    for (let k = t0 + 1; k <= t1; k++) {
      const t = this.toks[k]!;
      if (t.kind === 'word' && !t.cap && NP_PREPOSITIONS.has(t.lower)) {
        h = k - 1;
        break;
      }
    }
    const t = this.toks[h]!;
    const last = this.toks[t1]!;
    const isName = (x: Token) => x.kind === 'word' && x.cap && !SUBJECT_PRONOUNS.has(x.lower);
    return isName(t) || (isName(last) && h !== t1 && !this.prepObject(t0, t1));
  }

  /** Is the end of tokens[t0..t1] the object of a preposition ("a spokesman for the Foreign Office")? */
  prepObject(t0: number, t1: number): boolean {
    let k = t1;
    while (k > t0 && this.toks[k - 1]!.cap) k--;
    const p = this.word(k - 1);
    const pp = this.word(k - 2);
    if (!p || k - 1 < t0) return false;
    // "envoy to Ukraine Kurt Volker": after a title, a capitalised run holds the name
    if (NP_PREPOSITIONS.has(p.lower)) return !(pp && k - 2 >= t0 && TITLES.has(pp.lower));
    return DETERMINERS.has(p.lower) && !!pp && k - 2 >= t0 && NP_PREPOSITIONS.has(pp.lower);
  }

  // ---- subjects ----

  /** Skip, leftwards from k, the adverbs and time phrases between a subject and its verb. */
  private skipBetweenBack(k: number, lo: number): number {
    for (;;) {
      // "Rep. Gregory Meeks (D-N.Y.) said": a parenthesis after the subject
      if (this.isPunct(k, ')')) {
        let m = k - 1;
        while (m > lo && k - m < 10 && !this.isPunct(m, '(')) m--;
        if (this.isPunct(m, '(') && m - 1 >= lo) {
          k = m - 1;
          continue;
        }
      }
      const t = this.word(k);
      if (!t || k < lo) return k;
      // "they both said", "we all agreed": a floating quantifier after a pronoun
      const floating = (t.lower === 'both' || t.lower === 'all' || t.lower === 'each') && SUBJECT_PRONOUNS.has(this.toks[k - 1]?.lower ?? '');
      // "she has since stressed": "since" after an auxiliary is an adverb
      if (t.lower === 'since' && AUXILIARIES.has(this.toks[k - 1]?.lower ?? '')) {
        k--;
        continue;
      }
      if (!t.cap && ((VERB_ADVERBS.has(t.lower) && !BE_FORMS.has(t.lower)) || this.isLyAdverb(k) || floating)) {
        k--;
        continue;
      }
      // a time phrase: a run of time words holding a time noun ("on Thursday", "early Friday", "last week")
      let m = k;
      let noun = false;
      while (m >= lo && this.word(m) && TIME_WORDS.has(this.toks[m]!.lower)) {
        if (TIME_NOUNS.has(this.toks[m]!.lower)) noun = true;
        m--;
      }
      if (noun && m < k) {
        k = m;
        continue;
      }
      return k;
    }
  }

  /** Find the subject of `cue`, given the cues before it in the same frame (already resolved). */
  findSubject(cue: Cue, earlier: readonly Cue[]): Subject | null {
    const f = this.frameOf(cue.i);
    const i = cue.i;
    if (cue.info === ACCORDING) {
      const e = this.npAfterAccording(cue.j, f.t1);
      return e >= cue.j ? { t0: cue.j, t1: e, form: 'according' } : null;
    }
    const toWord = this.word(i - 1);
    // "it is fair to say", "needless to say": a comment of the writer's, not a report
    if (toWord && toWord.lower === 'to' && WRITER_INFINITIVES.has(this.word(i - 2)?.lower ?? '')) return null;
    if (toWord && toWord.lower === 'to') return this.infinitiveSubject(cue, earlier);
    const ing = this.toks[i]!.lower.endsWith('ing');
    // inverted right after a quotation: "“…,” said Hill"
    let p = i - 1;
    if (this.isPunct(p, ',')) p--;
    if (!ing && p >= f.t0 && this.isCloseMark(p)) return this.invertedSubject(cue, f);
    const k = this.skipBetweenBack(i - 1, f.t0);
    if (k < f.t0) return this.mainSubject(cue, earlier);
    const prev = this.toks[k]!;
    if (prev.kind === 'punct' && prev.text === ',') {
      if (!ing) {
        // ", said Mark Quinlan, ..." (content before, speaker after)
        const inv = this.invertedSubject(cue, f);
        if (inv && this.invertedTailEnds(inv.t1, f)) return inv;
        const app = this.appositiveSubject(k, f);
        if (app) return app;
      }
      return this.mainSubject(cue, earlier);
    }
    if (prev.kind !== 'word') return ing ? this.mainSubject(cue, earlier) : null;
    if (!prev.cap && (prev.lower === 'and' || prev.lower === 'but' || prev.lower === 'or' || prev.lower === 'then')) return this.mainSubject(cue, earlier);
    if (ing && (GERUND_PREPOSITIONS.has(prev.lower) || this.isVerbish(k) || (!prev.cap && CUES.has(prev.lower)))) return this.mainSubject(cue, earlier);
    // "most of them said", "many of us agreed": a quantifier of a pronoun
    if (OBJECT_PRONOUNS.has(prev.lower) && prev.lower !== 'it' && prev.lower !== 'her' && this.word(k - 1)?.lower === 'of' && QUANTIFIERS.has(this.word(k - 2)?.lower ?? '')) {
      return { t0: k - 2, t1: k, form: 'before' };
    }
    const s = this.npBack(k, f.t0);
    if (s < 0) return ing ? this.mainSubject(cue, earlier) : null;
    // "Republicans who have praised his candidacy warned", "House Republicans supporting the bill have said": the phrase
    // before the relative clause or participle speaks
    if (!ing && (!this.speakerNoun(s, k) || this.objectOfVerb(s))) {
      const r = this.modifiedSpeaker(s, f);
      if (r) return r;
      if (this.objectOfVerb(s)) return null;
    }
    // "aides who spoke after the debate said": a phrase after a preposition is not the subject
    const before = this.word(s - 1);
    if (before && !before.cap && (PP_HEADS.has(before.lower) || (NP_PREPOSITIONS.has(before.lower) && before.lower !== 'to')) && !this.speakerNoun(s, k)) {
      // "Those in favor of punishment have said": a people pronoun with its complement
      for (let m = s - 2; m >= f.t0 && s - m <= 6 && this.word(m); m--) {
        if (PEOPLE_HEADS.has(this.toks[m]!.lower)) return { t0: m, t1: k, form: 'before' };
      }
      return null;
    }
    // "resolutions declaring ...": a participle after a noun names what the noun says; only speakers count
    if (ing && !this.properHead(s, k) && !SUBJECT_PRONOUNS.has(this.toks[k]!.lower) && !PERSON_NOUNS.has(this.toks[k]!.lower.replace(/s$/, '')) && !DOCUMENT_NOUNS.has(this.toks[k]!.lower)) return null;
    // "issued a statement Tuesday saying", "put out a statement saying": the document is the verb's object; its issuer speaks
    if (ing && DOCUMENT_NOUNS.has(this.toks[k]!.lower) && s - 1 >= f.t0 && (this.isVerbish(s - 1) || ISSUE_VERBS.has(this.toks[s - 1]!.lower))) return this.mainSubject(cue, earlier);
    if (RELATIVE_PRONOUNS.has(this.toks[s]!.lower) && s === k) {
      // "forces, who have accused": the antecedent
      let a = s - 1;
      if (this.isPunct(a, ',')) a--;
      const s2 = this.npBack(a, f.t0, false);
      return s2 >= 0 ? { t0: s2, t1: a, form: 'before', relative: true } : null;
    }
    return { t0: s, t1: k, form: 'before' };
  }

  /**
   * A speaker phrase before a relative clause or a participle that ends at
   * token s - 1 ("Republicans who have praised his candidacy", "House
   * Republicans supporting the bill"), scanning back a few words.
   */
  private modifiedSpeaker(s: number, f: Frame): Subject | null {
    for (let m = s - 1; m > f.t0 && s - m <= 8; m--) {
      const t = this.toks[m]!;
      if (t.kind !== 'word' || t.seg >= 0) return null;
      const rel = !t.cap && t.lower === 'who';
      const part = !t.cap && t.lower.endsWith('ing') && t.lower.length > 5 && !this.isVerbish(m - 1);
      if (!rel && !part) continue;
      const s2 = this.npBack(m - 1, f.t0);
      if (s2 < 0 || !this.speakerNoun(s2, m - 1)) return null;
      // "to block Donald Trump from the nomination say": the object of a verb is no subject
      if (this.objectOfVerb(s2)) return null;
      return { t0: s2, t1: m - 1, form: 'before' };
    }
    return null;
  }

  /** Is the phrase starting at token s the object of an infinitive ("to block X")? */
  objectOfVerb(s: number): boolean {
    // the phrase itself opens with the bare verb ("to | block Donald Trump")
    const f0 = this.word(s);
    if (f0 && !f0.cap && !DETERMINERS.has(f0.lower) && this.word(s - 1)?.lower === 'to') return true;
    const v = this.word(s - 1);
    if (!v || v.cap || DETERMINERS.has(v.lower) || NP_PREPOSITIONS.has(v.lower) || CLAUSE_WORDS.has(v.lower)) return false;
    return this.word(s - 2)?.lower === 'to' && !CUES.has(v.lower);
  }

  /**
   * Can the phrase tokens[t0..t1] speak? Not "the situation", "the borrowing",
   * "this", a number: abstract heads make a verb like "say" figurative.
   */
  canSpeak(t0: number, t1: number): boolean {
    let h = t1;
    for (let k = t0 + 1; k <= t1; k++) {
      const t = this.toks[k]!;
      // "an official familiar with the investigation": the head is before the adjective
      if (t.kind === 'word' && !t.cap && (NP_PREPOSITIONS.has(t.lower) || INFORMED_WORDS.has(t.lower))) {
        h = k - 1;
        break;
      }
    }
    const head = this.toks[h]!;
    if (head.kind !== 'word') return false;
    const l = head.lower;
    if (SUBJECT_PRONOUNS.has(l) || RELATIVE_PRONOUNS.has(l) && l !== 'that') return true;
    // "those in favor of punishment", "those close to him": people
    if (l === 'those' && h < t1) return true;
    if (head.cap) {
      // "Law said" mid-sentence is a name; "This said" opening a sentence is not
      const p = this.toks[t0 - 1];
      const midSentence = !!p && p.frame === head.frame && (p.kind === 'word' || (p.kind === 'punct' && ',;'.includes(p.text)));
      return !(t0 === t1 && (ADVERBIAL_OPENERS.has(l) || CLAUSE_WORDS.has(l) || (MUTE_HEADS.has(l) && !midSentence)));
    }
    if (/^\d+-year-old$/.test(l)) return true;
    if (/^\d/.test(l) || NUMBER_WORDS.has(l)) return false;
    const singular = l.endsWith('ies') ? `${l.slice(0, -3)}y` : l.endsWith('men') ? `${l.slice(0, -3)}man` : l.replace(/e?s$/, '');
    if (PERSON_NOUNS.has(l) || PERSON_NOUNS.has(singular) || PERSON_NOUNS.has(l.replace(/s$/, '')) || ORG_WORDS.has(l) || ORG_WORDS.has(l.replace(/s$/, ''))) return true;
    if (MUTE_HEADS.has(l) || MUTE_HEADS.has(singular)) return false;
    if (DOCUMENT_NOUNS.has(l)) return true; // "the statement said": its issuer speaks
    for (const suf of MUTE_SUFFIXES) if ((l.endsWith(suf) && l.length > suf.length + 2) || (singular.endsWith(suf) && singular.length > suf.length + 2)) return false;
    return true;
  }

  /**
   * The subject of "to say": "X continued to warn" (the subject of a verb
   * taking an infinitive), "led Republicans to say" (the object before
   * "to"), else the main clause's subject ("shifted his account to say").
   */
  private infinitiveSubject(cue: Cue, earlier: readonly Cue[]): Subject | null {
    const f = this.frameOf(cue.i);
    const v = this.word(cue.i - 2);
    if (v && !v.cap && CONTROL_VERBS.has(v.lower)) {
      const k = this.skipBetweenBack(cue.i - 3, f.t0);
      const s = k >= f.t0 ? this.npBack(k, f.t0) : -1;
      if (s >= 0) return { t0: s, t1: k, form: 'before' };
    }
    const o = this.word(cue.i - 2);
    if (o && (o.cap || /s$/.test(o.lower)) && !SUBJECT_PRONOUNS.has(o.lower)) {
      const s = this.npBack(cue.i - 2, f.t0);
      const before = s >= 0 ? this.word(s - 1) : null;
      if (s >= 0 && before && !before.cap && (this.isVerbish(s - 1) || OBJECT_CONTROL.has(before.lower))) return { t0: s, t1: cue.i - 2, form: 'before' };
    }
    return this.mainSubject(cue, earlier);
  }

  /** A phrase headed by a name, a pronoun, a person noun or an organization noun ("police", "the ministry"). */
  speakerNoun(t0: number, t1: number): boolean {
    if (this.properHead(t0, t1)) return true;
    const l = this.toks[t1]!.lower;
    const sg = l.replace(/s$/, '');
    return SUBJECT_PRONOUNS.has(l) || PERSON_NOUNS.has(l) || PERSON_NOUNS.has(sg) || ORG_WORDS.has(l) || ORG_WORDS.has(sg) || l.endsWith('men');
  }

  /** "according to a group representing rural counties in California": to the end of the clause. */
  private npAfterAccording(start: number, hi: number): number {
    let k = start - 1;
    while (k + 1 < hi && k + 1 - start < 16) {
      const t = this.toks[k + 1]!;
      if (t.seg >= 0 || (t.kind === 'punct' && t.text !== '&' && t.text !== '(' && t.text !== ')')) break;
      if (t.kind === 'mark' && !this.isPossessiveMark(k + 1)) break;
      if (t.kind === 'word' && !t.cap && (t.lower === 'that' || t.lower === 'which' || t.lower === 'who' || AUXILIARIES.has(t.lower))) break;
      k++;
    }
    return k;
  }

  /** After token k, a time phrase ("on Tuesday", "at the time", "late Friday"): the token after it, else k. */
  skipTimeForward(k: number, hi: number): number {
    let lastNoun = -1;
    for (let m = k; m < hi && m - k < 4 && this.word(m) && TIME_WORDS.has(this.toks[m]!.lower); m++) {
      if (TIME_NOUNS.has(this.toks[m]!.lower)) lastNoun = m;
    }
    return lastNoun >= 0 ? lastNoun + 1 : k;
  }

  /** The speaker after the cue: "said Scott Strenfel, PG&E's principal meteorologist". */
  private invertedSubject(cue: Cue, f: Frame): Subject | null {
    // "said on Tuesday the ministry": skip a time phrase
    const s = this.skipTimeForward(cue.j, f.t1);
    const e = this.npForward(s, f.t1);
    if (e < s) return null;
    // "said in a statement Wednesday that, if ...": a complementizer, not a speaker
    if (e === s && RELATIVE_PRONOUNS.has(this.toks[s]!.lower)) return null;
    const segs: Array<[number, number]> = [[s, e]];
    let k = e + 1;
    while (segs.length < 3 && this.isPunct(k, ',')) {
      const e2 = this.npForward(k + 1, f.t1);
      if (e2 < k + 1) break;
      const after = this.toks[e2 + 1];
      if (after && !(after.kind === 'punct' && ',.;'.includes(after.text))) break;
      segs.push([k + 1, e2]);
      k = e2 + 1;
    }
    const best = segs.find(([a, b]) => this.properHead(a, b) && !this.onlyTitle(a, b)) ?? segs[0]!;
    return { t0: best[0], t1: best[1], form: 'after' };
  }

  /** Does the phrase after an inverted cue end its clause (so the cue is an attribution, not "X, Y, said Z did")? */
  private invertedTailEnds(e: number, f: Frame): boolean {
    const n = e + 1;
    if (n >= f.t1) return true;
    const t = this.toks[n]!;
    return t.kind === 'punct' && ',.;:'.includes(t.text);
  }

  /** A phrase made only of titles ("the spokesman") is not preferred over a name. */
  private onlyTitle(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (this.toks[k]!.cap) return false;
    return true;
  }

  /**
   * "James P. Kennedy Jr., the U.S. Attorney for ..., said" and "Israeli
   * settlers, who ..., said": comma-separated stretches before the verb. The
   * subject is the first with a proper head, else the leftmost noun phrase.
   */
  private appositiveSubject(comma: number, f: Frame): Subject | null {
    const cands: Array<[number, number]> = [];
    // where the appositive chain starts (the leftmost candidate that is a whole stretch)
    let chain = -1;
    let end = comma - 1;
    for (let n = 0; n < 6 && end >= f.t0; n++) {
      // the stretch back to the previous comma
      let a = end;
      while (a - 1 >= f.t0 && end - a < SEGMENT_MAX && !this.isPunct(a - 1, ',;:') && !this.isCloseMark(a - 1) && !this.isOpenMark(a - 1)) a--;
      const boundedByComma = this.isPunct(a - 1, ',');
      const first = this.word(a);
      const relative = !!first && !first.cap && RELATIVE_PRONOUNS.has(first.lower);
      if (boundedByComma) {
        if (!relative && first && !/^\d/.test(first.text)) {
          // an inner stretch: a noun phrase (a candidate), a piece of a list in one ("for population,
          // refugees, and migration"), or a clause (then the comma closes a clause: no appositive)
          const s = this.npBack(end, a);
          const rel = this.relativeIn(a, end);
          if (s === a) {
            cands.unshift([a, end]);
            chain = a;
          } else if (s > a && (this.onlyConnectives(a, s - 1) || (this.isAnd(a, s - 1) && this.properHead(s, end) && cands.length > 0 && !this.properHead(cands[0]![0], cands[0]![1])))) {
            // "..., but General Mark Milley, chairman of ..., told", "..., and Brian Deese, the adviser, said": the clause starts here
            cands.unshift([s, end]);
            chain = s;
            break;
          } else if (rel > a && this.npBack(rel - 1, a) === a) {
            // "a former official who is now a fellow at X": a noun phrase with its relative clause
            cands.unshift([a, rel - 1]);
            chain = a;
          } else for (let k = a; k <= end; k++) if (this.isVerbish(k)) return null;
        }
      } else {
        const s = this.npBack(end, a);
        if (s >= 0) {
          cands.unshift([s, end]);
          // "Facebook created the tool, a spokeswoman, X, said": a phrase ending a clause is not in the chain
          if (s === a) chain = s;
        }
        break;
      }
      end = a - 2;
    }
    if (!cands.length) return null;
    const subj = this.pickCandidate(cands);
    subj.chain = chain >= 0 && chain <= subj.t0 ? chain : subj.t0;
    return subj;
  }

  /** Index of the first relative pronoun ("who", "which", "whose") in tokens[a..b], or -1. */
  private relativeIn(a: number, b: number): number {
    for (let k = a + 1; k <= b; k++) {
      const t = this.word(k);
      if (t && !t.cap && (t.lower === 'who' || t.lower === 'which' || t.lower === 'whose')) return k;
    }
    return -1;
  }

  /** Is tokens[a..b] the single word "and"? */
  private isAnd(a: number, b: number): boolean {
    return a === b && this.toks[a]!.lower === 'and';
  }

  /** Are tokens[a..b] only contrastive conjunctions and sentence adverbs ("but", "yet", "however")? */
  private onlyConnectives(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) {
      const t = this.word(k);
      // not "and"/"or": those join the pieces of a list ("population, refugees, and migration")
      if (!t || !(['but', 'yet', 'so', 'then', 'while', 'whereas'].includes(t.lower) || VERB_ADVERBS.has(t.lower))) return false;
    }
    return true;
  }

  private pickCandidate(cands: Array<[number, number]>): Subject {
    const best = cands.find(([a, b]) => this.properHead(a, b)) ?? cands[0]!;
    return { t0: best[0], t1: best[1], form: 'before' };
  }

  /**
   * The subject of the main clause, for participles and coordinated verbs
   * ("X hailed ..., thanking", "X accused ... and warned"): the subject of
   * the nearest earlier cue in the frame, else the frame's first noun phrase.
   */
  mainSubject(cue: Cue, earlier: readonly Cue[]): Subject | null {
    const f = this.frameOf(cue.i);
    let from = this.clauseBreakBefore(cue.i, f);
    // "Clinton has disputed both critiques, but says that ...": a verb right after the break shares the subject before it
    if (from > f.t0 && this.onlyAdverbs(from, cue.i - 1)) from = f.t0;
    for (let n = earlier.length - 1; n >= 0; n--) {
      const c = earlier[n]!;
      if (c.i < from) break;
      if (c.subject && c.subject.form !== 'according' && c.i < cue.i) return { ...c.subject, form: 'main' };
    }
    const s = this.frameSubject(f, cue.i, from);
    return s ? { ...s, form: 'main' } : null;
  }

  /** Start of the clause holding token i: after ", while", ", but", ";" before it, else the frame start. */
  private clauseBreakBefore(i: number, f: Frame): number {
    for (let k = i - 1; k > f.t0 && i - k < CONTENT_MAX; k--) {
      const t = this.toks[k]!;
      if (t.kind === 'punct' && t.text === ';') return k + 1;
      // ", however," is a parenthetical adverb, not a clause break
      if (t.kind === 'word' && !t.cap && CONTENT_BREAKS.has(t.lower) && this.isPunct(k - 1, ',') && !this.isPunct(k + 1, ',')) return k + 1;
    }
    return f.t0;
  }

  /** Are tokens[a..b] only adverbs and auxiliaries (or nothing)? */
  private onlyAdverbs(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) {
      const t = this.word(k);
      if (!t || !(VERB_ADVERBS.has(t.lower) || AUXILIARIES.has(t.lower) || this.isLyAdverb(k))) return false;
    }
    return true;
  }

  /** The first noun phrase of the frame, after leading adverbials, before `limit`. */
  frameSubject(f: Frame, limit: number, from = f.t0): Subject | null {
    let k = from;
    for (let rounds = 0; rounds < 3 && k < limit; rounds++) {
      const t = this.toks[k]!;
      if (t.kind === 'mark' || t.seg >= 0) return null;
      if (t.kind !== 'word') {
        k++;
        continue;
      }
      if (['and', 'but', 'yet', 'so', 'also', 'still'].includes(t.lower)) {
        k++;
        continue;
      }
      // "Hours later, she ...", "Two days after the vote, X ...": a time phrase up to its comma
      const n1 = this.word(k + 1);
      const timeLead = !!n1 && ['later', 'earlier', 'after', 'before', 'ago'].includes(n1.lower) && (TIME_NOUNS.has(t.lower.replace(/s$/, '')) || t.lower === 'moments' || t.lower === 'minutes' || t.lower === 'hours');
      if (ADVERBIAL_OPENERS.has(t.lower) || timeLead) {
        // up to the comma ending the adverbial
        let c = k + 1;
        while (c < limit && c - k < SEGMENT_MAX && !this.isPunct(c, ',')) c++;
        if (c < limit && this.isPunct(c, ',')) {
          k = c + 1;
          continue;
        }
        // no comma: a time phrase ("Last week X ...")
        let m = k;
        while (m < limit && this.word(m) && TIME_WORDS.has(this.toks[m]!.lower)) m++;
        if (m > k) {
          k = m;
          continue;
        }
      }
      break;
    }
    if (k >= limit) return null;
    const e = this.npForward(k, limit);
    if (e < k) return null;
    const cands: Array<[number, number]> = [[k, e]];
    let n = e + 1;
    while (cands.length < 3 && this.isPunct(n, ',')) {
      const w = this.word(n + 1);
      if (w && !w.cap && RELATIVE_PRONOUNS.has(w.lower)) {
        // skip a relative clause up to its closing comma
        let c = n + 2;
        while (c < limit && c - n < SEGMENT_MAX && !this.isPunct(c, ',')) c++;
        if (!this.isPunct(c, ',')) break;
        n = c;
        continue;
      }
      const e2 = this.npForward(n + 1, limit);
      if (e2 < n + 1 || !this.isPunct(e2 + 1, ',')) break;
      cands.push([n + 1, e2]);
      n = e2 + 1;
    }
    const best = cands.find(([a, b]) => this.properHead(a, b)) ?? cands[0]!;
    return { t0: best[0], t1: best[1], form: 'main' };
  }

  // ---- content ----

  /** Where the content of `cue` starts (after "that", an addressee, a time phrase), or -1. */
  contentStart(cue: Cue): { k: number; that: boolean } | null {
    const f = this.frameOf(cue.i);
    let k = cue.j;
    if (k >= f.t1) return null;
    if (cue.info.cls === 'tell') {
      // "told a few thousand teachers who ... that": a "that" in reach wins
      const th = this.findThat(k, f, !cue.audience);
      if (th >= 0) return { k: th + 1, that: true };
      if (!cue.audience) k = this.skipObject(k, f);
      if (k < 0) return null;
      return { k, that: false };
    }
    const th = this.findThat(k, f, false);
    if (th >= 0) return { k: th + 1, that: true };
    // "said on Tuesday the", "said Monday", "said late Friday": up to the last time noun
    k = this.skipTimeForward(k, f.t1);
    return { k, that: false };
  }

  /** A "that" a few tokens after k, with only a prepositional phrase (or, for "tell", an addressee) between. */
  private findThat(k: number, f: Frame, tell: boolean): number {
    const first = this.word(k);
    if (!first) return -1;
    if (first.lower === 'that') return k;
    // "announced two days earlier that": a number opening a time phrase
    const timeNumber = (NUMBER_WORDS.has(first.lower) || /^\d/.test(first.text)) && TIME_NOUNS.has((this.word(k + 1)?.lower ?? '').replace(/s$/, ''));
    if (!tell && !(THAT_PREPOSITIONS.has(first.lower) || TIME_NOUNS.has(first.lower) || timeNumber)) return -1;
    for (let m = k + 1; m < Math.min(f.t1, k + THAT_WINDOW); m++) {
      const t = this.toks[m]!;
      // "told ABC’s “Good Morning America” that": a quoted name inside the addressee
      if (tell && (t.seg >= 0 || this.isPossessiveMark(m))) continue;
      if (t.seg >= 0 || t.kind === 'mark') return -1;
      if (t.kind === 'punct' && t.text !== '.' && t.text !== '&') return -1;
      if (t.kind !== 'word') continue;
      if (t.lower === 'that') return m;
      if (!tell && (this.isVerbish(m) || SUBJECT_PRONOUNS.has(t.lower))) return -1;
      if (tell && SUBJECT_PRONOUNS.has(t.lower)) return -1;
    }
    return -1;
  }

  /** Skip the addressee of "told": "told lawmakers it was", "told visiting Ukraine officials they". */
  private skipObject(k: number, f: Frame): number {
    const first = this.toks[k];
    if (!first || first.kind !== 'word') return -1;
    if (OBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it') return k + 1;
    let m = k;
    let sawWord = false;
    while (m < f.t1 && m - k < 8) {
      const t = this.toks[m]!;
      if (t.kind !== 'word' || t.seg >= 0) return sawWord ? m : -1;
      if (sawWord && (SUBJECT_PRONOUNS.has(t.lower) || (t.lower !== 'her' && NOUN_DETERMINERS.has(t.lower)) || t.lower === 'there')) return m;
      sawWord = true;
      m++;
    }
    return -1;
  }

  /**
   * The reported content from token k: to the end of the frame, a clause
   * break (";", a dash, ", while", ", but"), a direct quotation introduced by
   * a comma or colon, or the clause of the next cue. Returns its last token.
   */
  contentEnd(k: number, f: Frame, stopAt: number): number {
    const hi = Math.min(f.t1, stopAt, k + CONTENT_MAX);
    let last = k - 1;
    for (let m = k; m < hi; m++) {
      const t = this.toks[m]!;
      if (t.kind === 'mark' && this.isOpenMark(m)) {
        const prev = this.toks[m - 1];
        if (m > k && prev && prev.kind === 'punct' && ',:'.includes(prev.text)) break;
        // a quoted fragment inside the content: step over it
        const seg = this.segs[t.seg]!;
        let n = m;
        while (n + 1 < f.t1 && this.toks[n + 1]!.seg === t.seg) n++;
        if (seg.runsOn) return n;
        last = n;
        m = n;
        continue;
      }
      if (t.kind === 'punct') {
        if (';:'.includes(t.text) || t.text === '\u2014' || t.text === '\u2013' || t.text === '-') break;
        if ('.!?'.includes(t.text) && !t.text.startsWith('..')) break;
        if (t.text === ',') {
          const n = this.toks[m + 1];
          if (!n || m + 1 >= f.t1) break;
          if (n.kind === 'mark' && this.isOpenMark(m + 1)) break;
          if (n.kind === 'word' && !n.cap && CONTENT_BREAKS.has(n.lower)) break;
          if (n.kind === 'word' && n.lower === 'according') break;
          if (n.kind === 'word' && !n.cap && CUES.has(n.lower)) break;
        }
        last = m;
        continue;
      }
      if (t.kind === 'word' && !t.cap && t.lower === 'and' && m > k) {
        // "they were being treated well and asked ...": a second verb phrase of the speaker's
        let n = m + 1;
        while (n < hi && this.word(n) && VERB_ADVERBS.has(this.toks[n]!.lower) && !AUXILIARIES.has(this.toks[n]!.lower)) n++;
        const w = this.word(n);
        const obj = this.word(n + 1);
        if (w && !w.cap && w.lower.endsWith('ed') && w.lower.length > 4 && !AUXILIARIES.has(w.lower) && obj && (NOUN_DETERMINERS.has(obj.lower) || OBJECT_PRONOUNS.has(obj.lower) || obj.cap)) break;
      }
      last = m;
    }
    // no trailing punctuation or conjunction
    while (last >= k) {
      const t = this.toks[last]!;
      if (t.kind === 'punct' && t.text !== ')' && !t.text.startsWith('..')) last--;
      else if (t.kind === 'word' && !t.cap && ['and', 'but', 'or', 'that', 'while', 'as', 'with'].includes(t.lower)) last--;
      else break;
    }
    return last;
  }

  /** Does tokens[a..b] read as a clause (has a verb or opens with a subject pronoun)? */
  isClause(a: number, b: number): boolean {
    const f = this.word(a);
    // "he", "there", "he'd", "they're"
    if (f && (SUBJECT_PRONOUNS.has(f.lower.replace(/['\u2019](d|s|re|ll|ve|m)$/, '')) || f.lower === 'there')) return true;
    for (let m = a; m <= b; m++) {
      const t = this.toks[m]!;
      if (t.kind !== 'word' || t.seg >= 0) continue;
      if (this.isVerbish(m)) return true;
      // "the case highlights that", "the deadline expires at": an -s verb after a noun, before "that", a preposition or a determiner
      if (!t.cap && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !t.lower.endsWith('us') && !t.lower.endsWith('is') && m > a) {
        const p = this.word(m - 1);
        const n = this.word(m + 1);
        const afterNoun = !!p && !DETERMINERS.has(p.lower) && !NOUN_DETERMINERS.has(p.lower) && !NP_PREPOSITIONS.has(p.lower) && !CLAUSE_WORDS.has(p.lower) && !p.lower.endsWith("'s") && !this.isLyAdverb(m - 1);
        if (afterNoun && n && (n.lower === 'that' || NP_PREPOSITIONS.has(n.lower) || NOUN_DETERMINERS.has(n.lower) || S_VERB_FOLLOWERS.has(n.lower))) return true;
      }
      // "complaints rarely end up in court", "voters want a change": a plural noun, maybe an adverb, then a bare verb
      if (!t.cap && m > a && t.lower.length > 2 && !CLAUSE_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !NP_PREPOSITIONS.has(t.lower) && !t.lower.endsWith('s')) {
        let p = m - 1;
        if (this.isLyAdverb(p) || (this.word(p) && VERB_ADVERBS.has(this.toks[p]!.lower))) p--;
        const noun = this.word(p);
        const n = this.word(m + 1);
        const plural = !!noun && p >= a && !noun.cap && noun.lower.length > 3 && noun.lower.endsWith('s') && !noun.lower.endsWith('ss') && !noun.lower.endsWith('us') && !noun.lower.endsWith('is') && !this.isVerbish(p);
        if (plural && n && (NP_PREPOSITIONS.has(n.lower) || NOUN_DETERMINERS.has(n.lower) || S_VERB_FOLLOWERS.has(n.lower))) return true;
      }
    }
    return false;
  }

  /** Share of the words in tokens[a..b] that are inside quotation marks. */
  quotedShare(a: number, b: number): number {
    let all = 0;
    let quoted = 0;
    for (let m = a; m <= b; m++) {
      const t = this.toks[m]!;
      if (t.kind !== 'word') continue;
      all++;
      if (t.seg >= 0) quoted++;
    }
    return all === 0 ? 0 : quoted / all;
  }

  wordCount(a: number, b: number): number {
    let n = 0;
    for (let m = a; m <= b; m++) if (this.toks[m]!.kind === 'word') n++;
    return n;
  }
}
