/** Quotes: direct, partial and indirect, with speakers linked to actors. (First version pending.) */
import type { ExtractContext } from '../context.js';
import type { Actor, Quote } from '../../schema.js';

export function extractQuotes(_ctx: ExtractContext, _actors: Actor[]): Quote[] {
  return [];
}
