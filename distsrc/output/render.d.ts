/** Renderers: a result to the text printed on stdout. */
import type { Result } from '../schema.js';
export type Format = 'json' | 'ndjson' | 'pretty' | 'html';
export declare const FORMATS: readonly Format[];
export interface RenderOptions {
    /** Pretty-print JSON (default: when stdout is a terminal). */
    pretty: boolean;
    /** Colour level for the terminal view (0 = none). */
    colorLevel?: 0 | 1 | 2 | 3;
    /** Terminal width for the terminal view. */
    width?: number;
}
export declare function render(result: Result, format: Format, opts: RenderOptions): string;
