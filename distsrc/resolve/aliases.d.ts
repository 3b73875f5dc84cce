/**
 * Alias resolution for actors: the mentions found by the extractor become
 * one entity per real-world actor. "Grundberg" joins "Hans Grundberg", "SDF" joins
 * "Syrian Democratic Forces", "Ministry of Defense" and "the Syrian defense
 * ministry" become one organization, "Damascus accused" joins the Syrian
 * government. Every step is a pass over the entities found so far.
 */
export type ActorType = 'person' | 'organization' | 'group' | 'country';
export interface EntityMention {
    start: number;
    end: number;
    rule: string;
    /** the surface form used here ("Grundberg", "the ministry") */
    surface: string;
}
export interface Entity {
    type: ActorType;
    /** the name chosen so far */
    name: string;
    /** surface names with how often each was used */
    names: Map<string, number>;
    mentions: EntityMention[];
    roles: string[];
    country?: string;
    head?: string;
    subject?: string;
    /** name forms such as "Ministry of Defense" seen for this entity */
    ofForms: string[];
    /** a form of the name that must be the name (a country's canonical name) */
    canonical?: string;
    /** the well-known organization this is ("Associated Press" for "AP"), for merging only */
    knownAs?: string;
    /** what the well-known organization is (company, media, body...) */
    knownKind?: string;
}
export declare function newEntity(type: ActorType, m: EntityMention, extra?: Partial<Entity>): Entity;
export declare function addMention(e: Entity, m: EntityMention): void;
export declare function mergeInto(target: Entity, src: Entity): void;
export declare function addRole(e: Entity, role: string): void;
/** Lower case, no leading "the", plain quotes, folded spaces. */
export declare const normName: (s: string) => string;
/** Words of a name, without particles such as "al-" and suffixes such as "Jr.". */
export declare function nameWords(s: string): string[];
/** The forms a person's surname takes alone: "al-Sisi" -> ["al-sisi", "sisi"]. */
export declare const surnameForms: (fullName: string) => readonly string[];
/** Levenshtein distance, capped (names are short). */
export declare function editDistance(a: string, b: string, cap?: number): number;
/** Initials of an organization's name for acronym matching: "Pacific Gas & Electric Co." -> "PG&E". */
export declare function initials(name: string): string;
/** Does `acronym` abbreviate `name` (all its initials, or the initials of its last words)? */
export declare function abbreviates(acronym: string, name: string): boolean;
/** Choose each entity's name: a canonical form, the fullest "Nationality Ministry of X", or the longest form. */
export declare function chooseName(e: Entity, demonymOf: (code: string) => string | undefined): string;
