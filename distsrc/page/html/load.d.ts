/**
 * Loading HTML safely. Deep nesting is the hazard:
 *  - htmlparser2 keeps its open-element stack with Array#unshift, so parsing
 *    n nested elements costs O(n^2): 40,000 take 2.4 s, a 10 MB file of
 *    <div>s would take hours. limitNesting() first walks the markup once,
 *    emulating the parser's stack (implied end tags, void elements, raw text
 *    elements, comments), and drops the start tags that would nest deeper
 *    than MAX_PARSE_DEPTH (their text stays).
 *  - much that reads the tree recurses (cheerio's .text(), domutils,
 *    css-select's ancestor checks, which also make selectors slow on deep
 *    trees): capDepth() then flattens every subtree deeper than
 *    MAX_DOM_DEPTH, without recursion, into its text: one <p> per block of
 *    text, or one text node inside a paragraph.
 * Real pages nest 20-80 deep; nothing there changes.
 *
 * Use loadHtml() instead of cheerio's load() everywhere in src/page. (html/dom.ts
 * has the helpers that walk the loaded tree.)
 */
import { type CheerioAPI } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
/** Deepest element nesting kept as is. */
export declare const MAX_DOM_DEPTH = 256;
/** Deepest nesting the parser is given (start tags beyond it are dropped before parsing). */
export declare const MAX_PARSE_DEPTH = 512;
export declare function loadHtml(html: string): CheerioAPI;
/**
 * The markup with every start tag that would nest deeper than maxDepth
 * removed (with the content of such raw text elements), found by emulating
 * htmlparser2's open-element stack in one linear pass. Returns the input
 * itself when nothing is that deep.
 */
export declare function limitNesting(html: string, maxDepth?: number): string;
/** Flatten every element deeper than maxDepth into text; returns how many subtrees were flattened. */
export declare function capDepth($: CheerioAPI, maxDepth?: number): number;
/** The text blocks of a subtree in document order, without recursion. */
export declare function textBlocks(el: AnyNode): string[];
