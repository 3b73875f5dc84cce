/** Actors: people, organizations, groups and countries acting. (First version pending.) */
import type { ExtractContext } from '../context.js';
import type { Actor } from '../../schema.js';

export function extractActors(_ctx: ExtractContext): Actor[] {
  return [];
}
