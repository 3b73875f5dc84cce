/**
 * Linking a phrase to an actor found by the actors extractor: for quote
 * speakers ("the ministry", "Grundberg", "Egyptian President Abdel Fattah al-Sisi")
 * and deadline subjects. Pronouns are left to the caller.
 */
import type { Actor } from '../schema.js';
/** The actor with a mention overlapping [start, end), preferring the tightest fit. */
export declare function findActorAt(actors: readonly Actor[], start: number, end: number): Actor | null;
/**
 * The actor a phrase names: its name or an alias, a surname, an acronym, a
 * role ("the ministry", "the envoy") resolved to the nearest actor mentioned
 * before `at` (an offset into article.text; the end of the text if omitted).
 * Returns null for pronouns and for phrases that name no actor found.
 */
export declare function resolveActorName(actors: readonly Actor[], phrase: string, at?: number): Actor | null;
