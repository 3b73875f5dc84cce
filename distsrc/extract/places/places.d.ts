/**
 * Places: named locations of the article, typed, tied to a country, a time
 * zone and coordinates where the gazetteer knows them.
 *
 * 1. candidates: capitalized runs of the text (plus compromise's places),
 *    filtered against the gazetteer, never fed to compromise;
 * 2. context patterns for places the gazetteer lacks: "the A, B and C
 *    neighborhoods in the city of W", "X province", "northeastern Syria",
 *    "X Mosque", "X, <region>", "X, a village", the dateline;
 * 3. disambiguation by the article's other places (Paris in a Texas story is
 *    Paris, Texas), then by size;
 * 4. one entry per place with every mention, the other surface forms as aliases.
 */
import type { ExtractContext } from '../context.js';
import type { Place } from '../../schema.js';
export declare function extractPlaces(ctx: ExtractContext): Place[];
