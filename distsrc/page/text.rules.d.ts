/**
 * Rules for reading plain text pasted from a news page: which lines are page
 * furniture, which is the date line, which is the dateline.
 */
/** Whole lines that are page furniture, never body. Tested against the trimmed line. */
export declare const FURNITURE_LINES: readonly RegExp[];
/** A caption line credited to a photo source ("... Photo: AFP"). */
export declare const CAPTION_CREDIT: RegExp;
/**
 * Reading time or similar counters printed with the date ("Jan. 09, 2026 • 2 min read").
 * Everything from the match on is dropped (no leading \s* or trailing .*$: both are quadratic).
 */
export declare const READING_TIME: RegExp;
/** A short label above the title: a section name ("News", "World", "Middle East"). */
export declare const SECTION_LABEL: RegExp;
/**
 * A dateline at the start of the body: an upper-case place, optional
 * further place parts and an agency in parentheses, then a dash.
 * "ERBIL, Kurdistan Region of Iraq - ", "KABUL, Afghanistan (AP) — ",
 * "WASHINGTON (Reuters) -".
 */
export declare const DATELINE: RegExp;
/**
 * A dateline printed in mixed case ("Indianapolis – ", "Kyiv, Ukraine — ",
 * "Beirut (AFP) — "): only read at the very start of an HTML page's first
 * paragraph, only before an en or em dash and a new sentence ("Donald Trump — the
 * president" is no dateline).
 */
export declare const DATELINE_MIXED: RegExp;
/**
 * A wire-service dateline printed on a line of its own, with the date:
 * "JOHANNESBURG, August 7 (Xinhua) --", "WASHINGTON (AP) -".
 */
export declare const DATELINE_LINE: RegExp;
/** Characters that make a line blank in pasted text (non-breaking and zero-width spaces). */
export declare const BLANKISH: RegExp;
