/** Places: typed, tied to a country and a time zone. (First version pending.) */
import type { ExtractContext } from '../context.js';
import type { Place } from '../../schema.js';

export function extractPlaces(_ctx: ExtractContext): Place[] {
  return [];
}
