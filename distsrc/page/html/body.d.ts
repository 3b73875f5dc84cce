/**
 * Finding the article body in a parsed page.
 *
 * 1. Furniture (tags, hidden elements, regions, furniture class names) is
 *    set aside (clean.ts).
 * 2. Every block's own text scores its ancestors, Readability-style:
 *    1 + commas + one point per 100 characters (at most 3), shared with up
 *    to five ancestors (full, 1/2, then 1/(3*level)); each candidate starts
 *    from a score for its tag and its class/id weight, and ends scaled by
 *    (1 - link density).
 * 3. The best candidate, moved up where its neighbours show that a common
 *    ancestor holds the article, plus siblings scoring well, is the content.
 * 4. The content is walked into paragraphs; containers and paragraphs that
 *    are still furniture (link lists, negative class names, captions, pull
 *    quotes, "Read more" lines) are dropped.
 * 5. When the text found is short, the attempt is repeated with one rule
 *    relaxed at a time, and the longest attempt kept.
 */
import type { AnyNode, Element } from 'domhandler';
export type BlockKind = 'p' | 'heading' | 'item' | 'quote' | 'pre' | 'cell';
export interface Block {
    text: string;
    kind: BlockKind;
    /** Share of the text inside links. */
    linkDensity: number;
}
export interface BodyResult {
    blocks: Block[];
    captions: string[];
    pullQuotes: string[];
    dropped: string[];
    /** Which attempt produced it (0 = strictest). */
    attempt: number;
}
/** Class/id weight: positive for content names, negative for furniture names. */
export declare function classWeight(el: Element): number;
/** Find the body of a parsed page. */
export declare function findBodyBlocks(root: AnyNode): BodyResult;
