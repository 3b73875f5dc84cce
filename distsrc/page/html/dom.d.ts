/**
 * Small helpers over the htmlparser2 (domhandler) tree that cheerio/slim
 * builds. The body reader walks raw nodes: cheerio wrappers cost more than
 * the walk itself on large pages.
 */
import type { AnyNode, Element, Text } from 'domhandler';
/** Subtrees nested deeper than this are ignored (hostile pages nest thousands of unclosed tags). */
export declare const MAX_DEPTH = 400;
export declare function isText(n: AnyNode): n is Text;
/** `class` and `id` of an element, lower-cased, joined by a space (cached on the node). */
export declare function classId(el: Element): string;
/** Length of a string with white-space runs counted as one character and ends trimmed. */
export declare function collapsedLength(s: string): number;
/** Count of commas (Latin and CJK) in a string. */
export declare function countCommas(s: string): number;
/** Fold white space (incl. no-break and zero-width spaces) to single spaces and trim. */
export declare function foldSpace(s: string): string;
/** The text of a subtree, folded (for small subtrees only: titles, bylines, captions). */
export declare function textOf(node: AnyNode, depth?: number): string;
