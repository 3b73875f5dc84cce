/**
 * Deciding which elements are furniture before the body is looked for.
 * Nothing is removed from the tree: each attempt gets a set of elements to
 * skip, so relaxed attempts can run over the same parsed page.
 */
import type { AnyNode, Element } from 'domhandler';
/** Text length of every element (white space folded), furniture tags excluded. */
export declare function measureText(root: AnyNode): Map<Element, number>;
/** Does the class/id name furniture (Readability's unlikely candidates, per class name)? */
export declare function isUnlikely(el: Element): string | null;
export interface PruneOptions {
    stripUnlikely: boolean;
}
/**
 * The set of elements to skip: furniture tags, hidden elements, furniture
 * roles, page regions (header/footer/aside) unless they hold most of the
 * text, and (first attempts) elements whose class/id names furniture.
 */
export declare function furniture(root: AnyNode, lengths: Map<Element, number>, opts: PruneOptions): Set<Element>;
export declare function findBody(root: AnyNode): Element | null;
