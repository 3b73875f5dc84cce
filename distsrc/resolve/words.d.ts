/** A word compromise's lexicon knows as something other than a name ("smoke", "rights"). */
export declare function isCommonWord(lower: string): boolean;
/** Is the lower-case word an English dictionary word (beyond compromise's lexicon)? */
export declare function isDictionaryWord(lower: string): boolean;
