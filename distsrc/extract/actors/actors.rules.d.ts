/**
 * Rules for the actors extractor, as data: the words that make a phrase a
 * title, an organization, a place or a speech act. Everything here is true
 * of English news in general; nothing is taken from a particular article.
 */
/**
 * Title heads: the noun that ends a role written before a name
 * ("Defense Secretary Mark Esper", "teacher Angela Cooper") or heads an
 * apposition ("Ana Lopez, the mayor of Quito"). Lower case; abbreviations
 * with their period.
 */
export declare const TITLE_HEADS: Set<string>;
/** Titles that end a role and also stand alone in front of a name with a capital ("General Mark Milley"). */
export declare const CAPITALIZED_TITLES: Set<string>;
/**
 * Title heads that, capitalised before a name, are rather part of a name
 * ("Resident Evil", "Rival Lowe's", "Member States"): nouns for anyone, not titles.
 */
export declare const GENERIC_PERSON_NOUNS: Set<string>;
/**
 * Title heads that end no one's name: a capitalised run ending with one is a
 * title, not a person ("Chief Strategy Officer", "Ranking Member"). Heads that
 * are also common surnames (King, Bishop, Judge, Baker, Dean) are not here.
 */
export declare const TITLE_NOT_SURNAME: Set<string>;
/**
 * Last words of names of venues, events, shows and products: such a name is
 * no person ("Blossom Music Center", "Davis Cup Finals", "Premiere Edition").
 */
export declare const NON_PERSON_HEADS: Set<string>;
/** Courtesy titles: dropped from the name, not a role; "Mr Assange" is an alias. */
export declare const HONORIFICS: Set<string>;
/** Name suffixes that stay in a person's name. */
export declare const NAME_SUFFIXES: Set<string>;
/** Name particles that may be lower case inside a person's name. */
export declare const NAME_PARTICLES: Set<string>;
/** Words that may join capitalised words inside one name ("Ministry of Defense", "Office for the Western District"). */
export declare const NAME_CONNECTORS: Set<string>;
/**
 * Heads that make a capitalised phrase an organization when they end it
 * ("Syrian Democratic Forces", "Ministry of Defense", "Indiana State Police").
 */
export declare const ORG_HEADS: Set<string>;
/** Single capitalised words that name an institution by themselves ("the Legislature", "Congress"). */
export declare const INSTITUTIONS: Set<string>;
/** Lower-case heads after a place, demonym or name ("Afghan government", "Haqqani network", "Trump administration"). */
export declare const LOWER_ORG_HEADS: Set<string>;
/** Government departments written in lower case before "ministry" ("the Syrian defense ministry"). */
export declare const MINISTRY_SUBJECTS: Set<string>;
/** The same armed body named two ways ("Syrian army" / "Syrian military"). */
export declare const ORG_HEAD_SYNONYMS: Record<string, string>;
/** Heads that make a capitalised phrase a place, never an actor by itself. */
export declare const PLACE_HEADS: Set<string>;
/** Heads of organizations that are also places people go to; such an organization acts only when not after a locative preposition. */
export declare const FACILITY_HEADS: Set<string>;
/** Heads that make an organization only before "for/of/on" ("Center for Global Development"); alone they name venues ("Staples Center"). */
export declare const OF_ORG_HEADS: Set<string>;
/** Prepositions that make the following name a location. */
export declare const LOCATIVE_PREPOSITIONS: Set<string>;
/** Verbs of saying, stating and acting that show their subject is an actor. */
export declare const SPEECH_VERBS: Set<string>;
/** Nouns that, governed by a country ("the UK's position", "US policy shift"), show the country acting. */
export declare const STANCE_NOUNS: Set<string>;
/** Verbs whose object is acting or acted with as a party ("accused the UK", "talking to Ukraine", "thank the Afghan government"). */
export declare const PARTY_OBJECT_VERBS: Set<string>;
/** Verbs that take "to"/"with" and a party ("talking to Ukraine", "negotiate with Kabul"). */
export declare const PARTY_PREP_VERBS: Set<string>;
/** Words that start no name even when capitalised at a sentence start. */
export declare const FUNCTION_WORDS: Set<string>;
/** Back-references with "the": the noun -> the organization heads (or categories) it can point to. */
export declare const ORG_BACKREFS: Record<string, string[]>;
/** Speech verbs that, after a single unexplained name, speak for a person rather than a company ("Schiff asked", "Noem tweeted"). */
export declare const PERSON_SPEECH_VERBS: Set<string>;
/** Person back-references with "the": the noun must be the head of one of the person's roles. */
export declare const PERSON_BACKREFS: Set<string>;
/** Words in a company name that make it a utility ("the utility"). */
export declare const UTILITY_WORDS: Set<string>;
/** Hyphenated modifiers that describe a collective by who leads or backs it ("Kurdish-led forces"). */
export declare const GROUP_MODIFIER_SUFFIXES: Set<string>;
/** Collective nouns that head such a group. */
export declare const GROUP_HEADS: Set<string>;
/** Lower-case words allowed inside a group name between the modifier and the head ("Kurdish-led security forces"). */
export declare const GROUP_INNER: Set<string>;
/** Time nouns that end a role scanned backward ("Last week State Department official ..."). */
export declare const TIME_WORDS: Set<string>;
/** Relative pronouns that end an apposition. */
export declare const CLAUSE_WORDS: Set<string>;
/** Ethnic, religious, regional and political adjectives: alone they name no actor ("Arab states", "Kurdish-majority"). */
export declare const NON_ACTOR_ADJECTIVES: Set<string>;
/**
 * Acronyms that are words, not organizations: units, technical terms, medical
 * and financial terms, sports positions and statistics, chat abbreviations.
 * An acronym in this list is never an actor, and before or after a person's
 * name it is not part of the name ("CB Greedy Williams", "John Smith MP").
 */
export declare const COMMON_ACRONYMS: Set<string>;
/**
 * Lower-case nouns that, right before a name, say it names an organization
 * ("the website Full Fact", "the daily Granma", "rival suitor McCaw Cellular",
 * "the newly formed group Doctors for Camp Closure"), or that head an
 * apposition after it ("Kosmos, a group co-founded by ...").
 */
export declare const ORG_DESCRIPTORS: Set<string>;
/** Nouns after a name that show it is an organization ("Gulf Power unit", "Unisys shares", "the Nashua board"). */
export declare const ORG_AFTER_NOUNS: Set<string>;
/**
 * Last words of capitalised names that name no actor though they act in a
 * sentence: events, laws, storms, diseases, works ("Clinic Entrances Act",
 * "Hurricane Hugo", "Election Day").
 */
export declare const NON_ACTOR_HEADS: Set<string>;
