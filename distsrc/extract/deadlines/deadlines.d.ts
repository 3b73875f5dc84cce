/**
 * Deadlines and ultimatums with an absolute due time.
 *
 * 1. Each sentence is tokenized (one linear pass); sentences without a
 *    trigger word (deadlines.rules.ts TRIGGERS) are skipped.
 * 2. The time expressions of a triggered sentence come from the times
 *    extractor's mentions; where it has none there, from a bounded chrono
 *    parse of the sentence (or of windows around the triggers in a very long
 *    one), with a per-document budget.
 * 3. For each time, the cue rules are tried in order (see the rules file);
 *    the first that binds the time makes a draft with its clause, action,
 *    subject and setter. A deadline noun binds one time at most.
 * 4. Drafts become deadlines: the due value (due.ts), the subject linked to
 *    an actor when one is mentioned there or named alike, the setter (or the
 *    speaker of the sentence); drafts with the same due are one deadline.
 */
import type { ExtractContext } from '../context.js';
import type { Actor, Deadline, TimeExpr } from '../../schema.js';
export interface DeadlineOptions {
    times: TimeExpr[];
    actors: Actor[];
    timezone: string | null;
}
export interface Tok {
    /** lower-cased text; quotes and dashes folded ('"', '\u2014'). */
    lo: string;
    start: number;
    end: number;
    word: boolean;
}
/**
 * Tokens of text[from, to): words (letters/digits with inner apostrophes and
 * periods, "a.m", "U.S"; a possessive "'s" is its own token) and the
 * punctuation the rules look at. One pass.
 */
export declare function tokenize(text: string, from: number, to: number): Tok[];
export declare function extractDeadlines(ctx: ExtractContext, opts: DeadlineOptions): Deadline[];
