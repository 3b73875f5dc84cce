/**
 * Word lists for the places extractor. Facts of English and of the world,
 * never of one article.
 */
/** Words that make "<direction> X" a descriptive region ("northeastern Syria", "southern Lebanon"). */
export declare const DIRECTIONS: Set<string>;
/** Directions a descriptive region may not be built with on a place of this kind alone ("coastal Aleppo" is fine, "greater" only before a city). */
export declare const CITY_ONLY_DIRECTIONS: Set<string>;
/**
 * Lowercase words after a name that say what kind of place it is:
 * "Logar province", "Kowloon West district", "Belmarsh prison".
 * Value: the place type, and whether the word belongs in the place's name.
 */
export declare const SUFFIX_TYPES: Record<string, {
    type: 'region' | 'neighborhood' | 'landmark' | 'city' | 'other';
    keep: boolean;
}>;
/** Plural suffixes after a list of names ("the Shejaiya, Zeitoun, and Rimal neighborhoods"). */
export declare const PLURAL_SUFFIXES: Record<string, {
    type: 'region' | 'neighborhood' | 'city';
    name: string | null;
}>;
/** Capitalized last words that make a name a landmark whatever precedes it. */
export declare const LANDMARK_HEADS: Set<string>;
/** Capitalized last words that make a name a landmark only where a place is meant ("at the X", "inside the X"): these also name institutions. */
export declare const LOCATIVE_LANDMARK_HEADS: Set<string>;
/** Prefix words that make the following name a landmark ("HMP Belmarsh", "Mount Sinai"). */
export declare const LANDMARK_PREFIXES: Record<string, 'landmark' | 'other'>;
/** Words before "the X" / "X" that say X is a location: prepositions of place and verbs of going or striking. */
export declare const LOCATIVE_WORDS: Set<string>;
/** Words that, right after "X" (capitalized), make X an actor rather than a location. Used for metonyms. */
export declare const ACTOR_VERBS: Set<string>;
/** Titles and institutions that may follow a place name inside one capitalized run ("Kentucky GOP Gov. Matt Bevin", "Indiana State Police"). */
export declare const PLACE_MODIFIED_HEADS: Set<string>;
/**
 * Nationality and language adjectives: never places. Value: the country, for
 * "the Ecuadorean embassy". Not a complete list; countries' names are in the
 * gazetteer, these only keep their adjectives out.
 */
export declare const DEMONYMS: Record<string, string>;
/** Capitalized words that are never places on their own, though some name towns somewhere. */
export declare const NOT_PLACES: Set<string>;
/** Words a capitalized run may start with that are not part of a place's name. */
export declare const LEADING_NOISE: Set<string>;
/** Lowercase words that may join the parts of one name ("Rio de Janeiro", "Deir ez-Zor", "Bosnia and Herzegovina"). */
export declare const NAME_JOINERS: Set<string>;
/** Joiners that may only appear when the whole run is a known name (otherwise they split: "Syria and Iraq"). */
export declare const WEAK_JOINERS: Set<string>;
/** Titles before a person's name: a run opening with one names a person ("President Bush"), and its last word is a surname elsewhere. */
export declare const TITLES: Set<string>;
/** Capitalized last words of natural features: the run before them names one whatever it is ("Tibetan Plateau", "Florida Straits", "Arabian Sea"). */
export declare const GEO_FEATURE_SUFFIX: Set<string>;
