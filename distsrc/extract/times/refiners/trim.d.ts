/**
 * Trims what chrono's parsers take in around an expression that annotators
 * leave out: a leading preposition ("on Friday", "at 9 am", "in December",
 * "from 03:00") and trailing punctuation ("Friday," "(Monday)").
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
export declare class TrimRefiner implements Refiner {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[];
}
