/**
 * Days named relative to the publication day, with or without a part of the
 * day: "today", "yesterday", "tomorrow", "tonight", "last night", "this
 * morning", "yesterday afternoon", "Friday morning", "mid-afternoon
 * yesterday", "the day before yesterday". Day precision.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { BoundedParser } from './base.js';
export declare class PartOfDayParser extends BoundedParser {
    protected keyword(): RegExp;
    protected innerPattern(): RegExp;
    protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null;
}
