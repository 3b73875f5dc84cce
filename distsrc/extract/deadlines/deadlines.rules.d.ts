/**
 * Rules for deadlines, as data. The extractor (deadlines.ts) tokenizes each
 * sentence that holds a trigger word, finds the time expressions in it and
 * asks, for each time, whether one of these cue patterns binds it as a due
 * time. Every word list here is a fact about English, not about an article.
 *
 * Rule ids (the `rule` of each mention, in the order they are tried):
 *   noun-after     "the Oct. 11 deadline", "set an April 15 deadline for",
 *                  "before the Sunday deadline", "March 1 is the deadline to"
 *   have-until     "X have until Friday at noon to", "gave X until T to"
 *   extended-to    "extend its bid ... to Nov. 6", "pushed the deadline back to March 1"
 *   due            "is due by next week", "payments due on Tuesday"
 *   expiry         "expires at the end of the year", "lapses on", "runs out on",
 *                  "is valid until", "an ultimatum ending at midnight"
 *   no-later-than  "no later than T", "not later than T"
 *   obligation-by  "X must Y by T", "ordered X to Y by T", "is required to Y by T",
 *                  "were due to Y by T", "is supposed to be Y by T"
 *   noun-before    "the deadline for X to Y expires at T", "deadline ..., T"
 *   anaphoric      "... at midnight Sunday. That's the deadline for X to Y"
 */
/** Nouns that name a deadline. */
export declare const DEADLINE_NOUNS: ReadonlySet<string>;
/**
 * Words that make a sentence worth the heavier passes. A sentence without
 * any of these is skipped after tokenizing.
 */
export declare const TRIGGERS: ReadonlySet<string>;
/**
 * Single-word obligation cues: a "by T" or "before T" in the same clause
 * after one of these is a due time ("must withdraw by", "ordered ... to
 * release ... by", "were due to file ... by").
 */
export declare const OBLIGATION_WORDS: ReadonlySet<string>;
/** Two-word obligation cues: first word, then "to" ("has to", "need to"). */
export declare const OBLIGATION_BEFORE_TO: ReadonlySet<string>;
/**
 * Verbs by which someone sets a deadline for someone else: the subject of
 * the verb is `setBy`, its object (before "to") is the subject of the deadline.
 */
export declare const DIRECTIVE_VERBS: ReadonlySet<string>;
/** Verbs whose subject set the deadline ("Sullivan set an April 15 deadline"). */
export declare const SETTER_VERBS: ReadonlySet<string>;
/** "X have until T": the words that hold the time. */
export declare const HOLD_UNTIL: ReadonlySet<string>;
/** "gave X until T": verbs that grant time, up to a few words before "until". */
export declare const GRANT_UNTIL: ReadonlySet<string>;
/** Words allowed between HOLD_UNTIL and "until" ("has only until"). */
export declare const UNTIL_ADVERBS: ReadonlySet<string>;
/** Verbs of lapsing: "expires at T", "lapses on T". Past forms are left out on purpose. */
export declare const EXPIRY_VERBS: ReadonlySet<string>;
/** "runs out on T": first word, then "out". */
export declare const RUN_OUT: ReadonlySet<string>;
/** "an ultimatum ending at T": verbs of ending, only with a deadline noun before them. */
export declare const ENDING_VERBS: ReadonlySet<string>;
/** Prepositions between a lapsing verb or "due" and the time. */
export declare const TIME_PREPS: ReadonlySet<string>;
/**
 * The word right before a time that a deadline noun earlier in the clause
 * may bind: "deadline ... expires at T", "deadline is T", "deadline, T".
 */
export declare const NOUN_LINKS: ReadonlySet<string>;
/** Copulas between a time and a deadline noun: "March 1 is the deadline". */
export declare const COPULAS: ReadonlySet<string>;
/** Pronouns that refer back to a time: "That's the deadline for ...". */
export declare const ANAPHORS: ReadonlySet<string>;
/** Words that end a clause when walking away from a cue. */
export declare const CLAUSE_BREAKS: ReadonlySet<string>;
/** Words that end a noun phrase when walking left from its verb. */
export declare const NP_BREAKS: ReadonlySet<string>;
/** Auxiliaries and adverbs skipped between a subject and its verb ("will have", "were also due"). */
export declare const AUXILIARIES: ReadonlySet<string>;
/** Pronouns: a subject that is one of these is left unnamed. */
export declare const PRONOUNS: ReadonlySet<string>;
/** Speech and statement verbs, for the speaker who set a deadline ("..., the ministry continued"). */
export declare const SPEECH_VERBS: ReadonlySet<string>;
/** Times that name no point: "until now", "by then". */
export declare const VAGUE_TIMES: ReadonlySet<string>;
/** Month names and abbreviations, for the fallback's quick look-ahead and the year policy. */
export declare const MONTHS: ReadonlyMap<string, number>;
/** Weekday names and abbreviations -> 0 (Sunday) .. 6. */
export declare const WEEKDAYS: ReadonlyMap<string, number>;
/** Words that can open or belong to a time expression, for the fallback's look-around. */
export declare const TIME_WORDS: ReadonlySet<string>;
/** Parts of a day that give no clock time: "Saturday afternoon" is a date for a deadline. */
export declare const DAY_PARTS: ReadonlySet<string>;
/** Clock markers: a time with one of these (or "9:30") names a clock time. */
export declare const CLOCK_WORDS: ReadonlySet<string>;
/** Leading words chrono keeps in a result's text that are not part of the time ("at 9 am"). */
export declare const LEADING_PREPS: ReadonlySet<string>;
/** Words allowed between two adjacent time fragments that form one time ("9 am local time on Friday"). */
export declare const TIME_GLUE: ReadonlySet<string>;
/** Determiners and quantifiers stripped from the front of a subject name. */
export declare const LEADING_DETERMINERS: ReadonlySet<string>;
/**
 * Words that put a deadline's own clause in the past ("the deadline passed
 * on Friday", "were due to file by March 15", "had until"). Verbs that set a
 * deadline ("ordered", "set", "gave") do not: the due may still be ahead.
 */
export declare const PAST_MARKERS: ReadonlySet<string>;
/** Be-forms before a participle that is not a past tense ("is required", "are supposed"). */
export declare const BE_FORMS: ReadonlySet<string>;
/** Irregular past tenses of verbs that set deadlines ("gave", "set" is ambiguous and left out). */
export declare const IRREGULAR_PAST: ReadonlySet<string>;
/** "extended the offer to T": always a new due time. */
export declare const EXTEND_VERBS: ReadonlySet<string>;
/** "moved the deadline to T": a new due time only with a deadline noun after the verb. */
export declare const MOVE_VERBS: ReadonlySet<string>;
/**
 * Financial instruments whose "due <date>" is a maturity printed as part of
 * their name ("$100 million of senior notes due Nov. 1, 2009"), not a deadline.
 */
export declare const MATURING_INSTRUMENTS: ReadonlySet<string>;
/**
 * Events that are "due" at a time without being deadlines: "the election due
 * this September" is scheduled. With "due by" they still count.
 */
export declare const SCHEDULED_EVENTS: ReadonlySet<string>;
