/** Text hygiene shared by the source stage and the pipeline (no dependencies: the library loads it). */
/** Remove NUL and other control characters (they are noise in otherwise-text input, not fatal). */
export declare function stripControlChars(text: string): string;
/** Only whitespace (including no-break and zero-width spaces and BOMs)? */
export declare function isBlank(text: string): boolean;
