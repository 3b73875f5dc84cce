import type { Mention, Result } from '../schema.js';
export interface PrettyOptions {
    /** chalk colour level: 0 none, 1 basic, 2 256, 3 truecolor. */
    colorLevel: 0 | 1 | 2 | 3;
    width?: number;
}
/** One line of body text around a mention, the mention highlighted, at most `width` columns. */
export declare function excerpt(text: string, m: Pick<Mention, 'start' | 'end'>, width: number, mark: (s: string) => string): string;
export declare function renderPretty(r: Result, opts: PrettyOptions): string;
