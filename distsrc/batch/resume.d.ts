import { type ItemSource } from '../source/batch/types.js';
export interface Done {
    keys: Set<string>;
    /** Complete records found. */
    records: number;
    /** Bytes of a trailing partial line removed from the file. */
    truncatedBytes: number;
}
/** Remove a trailing partial line; returns the bytes removed. */
export declare function truncatePartialLine(path: string): Promise<number>;
/** The source of one output line, or null when the line is not a record. */
export declare function recordSource(line: string): ItemSource | null;
export declare function loadDone(path: string): Promise<Done>;
