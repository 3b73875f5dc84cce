/** Normalise an ISO-like date string; null when it is not one. Keeps the time and offset when given. */
export declare function normalizeIsoDate(s: string): string | null;
/**
 * A date printed in a header line ("Jan. 09, 2026 • 2 min read", "Published 3 March 2024, 14:05 GMT").
 * Returns the ISO date (or date-time when a clock time and zone are printed) and the matched text.
 */
export declare function parsePrintedDate(line: string): {
    iso: string;
    text: string;
} | null;
/** Parse a --published value: ISO or any date chrono reads. */
export declare function parsePublishedOption(s: string): string | null;
