/**
 * Actors: people, organizations, groups and countries acting as
 * governments. The steps, in order:
 *   1. tokens      words of the shared compromise parse, with offsets (tokens.ts)
 *   2. chunks      runs of capitalised words (candidates.ts)
 *   3. candidates  what each chunk is, with roles (candidates.ts, roles.ts)
 *   4. groups      "Kurdish-led forces" (candidates.ts)
 *   5. entities    candidates merged into one entity per actor (resolve/aliases.ts):
 *                  persons, organizations (acronyms, ministries, suffixes),
 *                  countries and governments, surnames and unknown names,
 *                  back-references ("the ministry")
 *   6. output      names, aliases, roles, mentions, ids in order of first mention
 */
import type { ExtractContext } from '../context.js';
import type { Actor } from '../../schema.js';
import { type Token } from './tokens.js';
import { type Candidate } from './candidates.js';
export declare function extractActors(ctx: ExtractContext): Actor[];
/** Does the mention show a country or capital acting: a subject, a stance's owner, a party addressed? */
export declare function isActing(tokens: Token[], c: Candidate): boolean;
