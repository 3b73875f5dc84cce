/**
 * Roles: the title written before a name ("US Special Envoy for Syria Tom
 * Grundberg", "High school math teacher Angela Cooper"), and the apposition
 * after one ("Ana Lopez, the mayor of Quito, said") or before one with a
 * comma ("Carlineo's attorney, Sonya Zoghlin, said").
 */
import type { Token } from './tokens.js';
export declare function isTitleHead(t: Token): boolean;
/**
 * The role written right before the name that starts at token `nameStart`:
 * scan back over role words while the phrase ends in a title head.
 * Returns [from, to] token indexes (inclusive) or null.
 */
export declare function roleBefore(tokens: Token[], nameStart: number): [number, number] | null;
/**
 * An apposition right after the name ending at token `nameEnd`:
 * ", [the|a] X ... head [of|for|at ... ]," Returns [from, to] or null.
 */
export declare function appositionAfter(tokens: Token[], nameEnd: number): [number, number] | null;
/** The role text of tokens [from, to], without a leading "the". */
export declare function roleText(text: string, tokens: Token[], from: number, to: number): string;
