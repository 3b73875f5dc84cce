/**
 * Word lists for the quotes extractor: speech cues, the words that may stand
 * between a cue and its speaker or content, pronouns, and the furniture of
 * noun phrases. Everything lower-cased. True of English news prose in general;
 * nothing here is taken from a particular article.
 */
/**
 * How a cue behaves.
 * - `say`: reporting verb; introduces quotes, and indirect speech either as a
 *   bare or `that` clause after it ("said the talks failed") or before it
 *   ("The talks failed, she said").
 * - `tell`: like `say`, with an addressee to skip first ("told reporters that ...").
 * - `np`: reporting verb whose object is the reported content even without a
 *   clause ("accused X of Y", "claimed responsibility for Y").
 * - `that`: counts as speech only with a `that` clause ("maintained that ...",
 *   "ruled that ..."): a bare object is a stance or an act.
 * - `trail`: introduces indirect speech only from after the content
 *   ("..., the ministry continued.") and quotes.
 * - `eval`: verbs of evaluation or naming; they govern quoted fragments
 *   ("termed it 'eminently achievable'", "slammed the hearings as a 'disgrace'")
 *   but never introduce indirect speech.
 */
export type CueClass = 'say' | 'tell' | 'np' | 'that' | 'trail' | 'eval';
export interface CueInfo {
    lemma: string;
    cls: CueClass;
}
export declare const CUES: ReadonlyMap<string, CueInfo>;
/**
 * Cues whose bare object is usually a thing, not a clause ("wrote a book", "announced a ceasefire",
 * "recalled the day"): their reported content must be a "that" clause; as attributions of quotes
 * and after their content they work as any cue.
 */
export declare const CONTENT_NEEDS_THAT: ReadonlySet<string>;
/** Particles a cue cannot do without ("pointed out"): without it the verb is no cue. */
export declare const REQUIRED_PARTICLES: Readonly<Record<string, readonly string[]>>;
/** A particle that makes another cue of a verb: "called on X to" urges, "called X a Y" names. */
export declare const PARTICLE_CUES: Readonly<Record<string, Readonly<Record<string, CueInfo>>>>;
/** Media named after a cue: "said in a statement", "wrote in a post". Kept in the cue. */
export declare const MEDIA: ReadonlySet<string>;
/** Addressees of "told" kept in the cue ("told reporters"). */
export declare const TOLD_AUDIENCES: ReadonlySet<string>;
/** Words that are never the source named by "according to". */
export declare const NON_SOURCES: ReadonlySet<string>;
/** Auxiliaries, modals and copulas: mark a verb phrase, never inside a noun phrase. */
export declare const AUXILIARIES: ReadonlySet<string>;
/** Adverbs that stand between a subject and its verb ("X also said", "X has repeatedly said"). */
export declare const VERB_ADVERBS: ReadonlySet<string>;
/** Verbs taking an infinitive of their subject's ("continue to warn", "declined to say"). */
export declare const CONTROL_VERBS: ReadonlySet<string>;
/** Time words that may stand between a subject and its verb ("X on Thursday said", "X early Friday announced"). */
export declare const TIME_WORDS: ReadonlySet<string>;
/** Words that end a noun phrase scanned backwards from a verb (clause boundaries). */
export declare const CLAUSE_WORDS: ReadonlySet<string>;
/** Conjunctions that start a new clause after a comma and end indirect content ("..., while X ..."). */
export declare const CONTENT_BREAKS: ReadonlySet<string>;
export declare const SUBJECT_PRONOUNS: ReadonlySet<string>;
export declare const OBJECT_PRONOUNS: ReadonlySet<string>;
export declare const RELATIVE_PRONOUNS: ReadonlySet<string>;
/** Words that start a noun phrase. */
export declare const DETERMINERS: ReadonlySet<string>;
/** Prepositions allowed inside a speaker's noun phrase ("a spokesman for the ministry"). */
export declare const NP_PREPOSITIONS: ReadonlySet<string>;
/** Prepositions after which an -ing cue is a gerund, not a clause ("known for telling others"). */
export declare const GERUND_PREPOSITIONS: ReadonlySet<string>;
/** Leading words of a sentence that are not its subject ("Last week X said"). */
export declare const LEADING_ADVERBIALS: ReadonlySet<string>;
/** Titles and ranks that precede a name ("President Joe Biden", "Gov. Eric Holcomb"). */
export declare const TITLES: ReadonlySet<string>;
/** Short forms of titles, so "the governor" finds the actor called "Gov. X". */
export declare const TITLE_SYNONYMS: Readonly<Record<string, readonly string[]>>;
/** Nouns that name a person by role; "the spokesman" is a person, "the ministry" is not. */
export declare const PERSON_NOUNS: ReadonlySet<string>;
/** Irregular past forms: a content clause holding one has a verb. */
export declare const IRREGULAR_PAST: ReadonlySet<string>;
/** Forms of "be": a past participle after one is passive ("was told", "is accused"). */
export declare const BE_FORMS: ReadonlySet<string>;
/** Determiners that make the next word a noun ("a say", "the reported death"). */
export declare const NOUN_DETERMINERS: ReadonlySet<string>;
/** Core time nouns: a run of TIME_WORDS counts as a time adverbial only when it holds one. */
export declare const TIME_NOUNS: ReadonlySet<string>;
/** Words opening a sentence-initial adverbial that ends at the first comma ("At the White House, X said"). */
export declare const ADVERBIAL_OPENERS: ReadonlySet<string>;
/** Naming verbs: directly before a quotation they name it ("a group called “X”"), not quote it. */
export declare const NAMING_VERBS: ReadonlySet<string>;
/** Words that make a capitalised phrase the name of an organization, not a person ("Indiana State Police"). */
export declare const ORG_WORDS: ReadonlySet<string>;
/**
 * Heads that cannot speak: a phrase ending in one ("the situation said", "the borrowing continued") is no
 * speaker. Suffixes of abstract nouns, checked after ORG_WORDS and PERSON_NOUNS.
 */
export declare const MUTE_SUFFIXES: readonly ["tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing", "acy", "ism", "ure"];
export declare const MUTE_HEADS: ReadonlySet<string>;
/** Adjectives and participles of "people familiar with the matter", "officials briefed on the talks". */
export declare const INFORMED_WORDS: ReadonlySet<string>;
/** Nouns ending in -ly (not adverbs). */
export declare const LY_NOUNS: ReadonlySet<string>;
/** Documents that "say" on behalf of whoever issued them ("the statement said"): the speaker is the issuer. */
export declare const DOCUMENT_NOUNS: ReadonlySet<string>;
/** Honorifics that tell a person's gender ("Mr. Rubel", "Ms. Macer"). */
export declare const MALE_HONORIFICS: ReadonlySet<string>;
export declare const FEMALE_HONORIFICS: ReadonlySet<string>;
/** Role words that tell a person's gender ("spokeswoman", "his wife"). */
export declare const FEMALE_ROLE_WORDS: ReadonlySet<string>;
export declare const MALE_ROLE_WORDS: ReadonlySet<string>;
/** Cues that only a written thing can be the subject of ("the statement read", "the sign reads"). */
export declare const WRITTEN_ONLY_CUES: ReadonlySet<string>;
/** Written things that "read" their text, besides DOCUMENT_NOUNS. */
export declare const WRITTEN_NOUNS: ReadonlySet<string>;
