/**
 * Quotes: direct, partial and indirect, with speakers linked to actors.
 *
 * 1. marks.ts pairs quotation marks into segments (one linear pass).
 * 2. tokens.ts tokenizes; sentences joined by a quotation become one frame.
 * 3. syntax.ts finds speech cues (quotes.rules.ts) and each cue's subject.
 * 4. Each quoted segment takes the cue that governs it (a cue right before
 *    it, an attribution right after it, else the nearest cue of its frame;
 *    a quotation opening its own frame inherits the last speaker), and is
 *    direct or partial by what introduces it.
 * 5. Each reporting cue yields indirect speech: the clause after it ("said
 *    (that) ...") or, for a trailing attribution, the clause before it
 *    ("..., the ministry said.").
 * 6. speaker.ts links every subject to an actor.
 */
import type { ExtractContext } from '../context.js';
import type { Actor, Quote } from '../../schema.js';
export declare function extractQuotes(ctx: ExtractContext, actors: Actor[]): Quote[];
