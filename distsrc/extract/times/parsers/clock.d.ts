/**
 * Clock words: "noon", "midday", "midnight" as clock times, to be merged with
 * the day next to them ("noon Thursday", "midnight Friday"). Alone they are
 * kept only after a time preposition ("at noon").
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { BoundedParser } from './base.js';
export declare class ClockWordParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
