/**
 * Small helpers over the htmlparser2 (domhandler) tree that cheerio/slim
 * builds. The body reader walks raw nodes: cheerio wrappers cost more than
 * the walk itself on large pages.
 */
import type { AnyNode, Element, Text } from 'domhandler';

/** Subtrees nested deeper than this are ignored (hostile pages nest thousands of unclosed tags). */
export const MAX_DEPTH = 400;

export function isText(n: AnyNode): n is Text {
  return n.type === 'text';
}

const CLASS_ID = Symbol('classId');

/** `class` and `id` of an element, lower-cased, joined by a space (cached on the node). */
export function classId(el: Element): string {
  const cached = (el as unknown as Record<symbol, string | undefined>)[CLASS_ID];
  if (cached !== undefined) return cached;
  const c = el.attribs.class;
  const i = el.attribs.id;
  const s = c && i ? `${c} ${i}`.toLowerCase() : (c ?? i ?? '').toLowerCase();
  (el as unknown as Record<symbol, string>)[CLASS_ID] = s;
  return s;
}

/** Length of a string with white-space runs counted as one character and ends trimmed. */
export function collapsedLength(s: string): number {
  let n = 0;
  let space = true; // leading space is dropped
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (ws) {
      if (!space) {
        n++;
        space = true;
      }
    } else {
      n++;
      space = false;
    }
  }
  if (space && n > 0) n--;
  return n;
}

/** Count of commas (Latin and CJK) in a string. */
export function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

/** Fold white space (incl. no-break and zero-width spaces) to single spaces and trim. */
export function foldSpace(s: string): string {
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2007\u202f\u2028\u2029]+/g, ' ')
    .trim();
}

/** The text of a subtree, folded (for small subtrees only: titles, bylines, captions). */
export function textOf(node: AnyNode, depth = 0): string {
  return foldSpace(rawText(node, depth));
}

function rawText(node: AnyNode, depth: number): string {
  if (isText(node)) return node.data;
  if (depth > MAX_DEPTH || !('children' in node) || node.type === 'script' || node.type === 'style') return '';
  let s = '';
  for (const c of node.children) {
    if (c.type === 'tag' && (c.name === 'br' || c.name === 'p' || c.name === 'div' || c.name === 'li')) s += ' ';
    s += rawText(c, depth + 1);
  }
  return s;
}
