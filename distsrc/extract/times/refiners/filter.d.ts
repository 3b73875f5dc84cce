/**
 * Drops what looks like a time but is not one, from the words around it:
 * lower-case "may"/"march" (verbs), "Theresa May", a bare month without a
 * time word before it, a weekday inside a name ("Bloody Sunday", "the Sunday
 * Times"), a number chrono read as a clock time ("stood at 5"), a fraction
 * read as a date ("1/2"), and vague words ("now").
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
export declare class ContextFilter implements Refiner {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[];
    private keep;
}
/** Bare clock words ("midnight") kept only after a time preposition. */
export declare class ClockWordFilter implements Refiner {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[];
}
