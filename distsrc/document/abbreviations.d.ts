/**
 * Words that end in a period without ending a sentence. Lower-cased, without
 * the final period. Titles, months, places, corporate and Latin abbreviations.
 */
export declare const ABBREVIATIONS: ReadonlySet<string>;
/** Abbreviations that often do end a sentence ("... in the U.S. The ..."): split there when a capital follows. */
export declare const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string>;
/** Words that begin sentences far more often than names do; used after ambiguous abbreviations. */
export declare const SENTENCE_STARTERS: ReadonlySet<string>;
