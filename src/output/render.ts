/** Renderers: a result to the text printed on stdout. */
import type { Result } from '../schema.js';
import { renderPretty } from './pretty.js';
import { renderHtml } from './html.js';

export type Format = 'json' | 'ndjson' | 'pretty' | 'html';
export const FORMATS: readonly Format[] = ['json', 'ndjson', 'pretty', 'html'];

export interface RenderOptions {
  /** Pretty-print JSON (default: when stdout is a terminal). */
  pretty: boolean;
  /** Colour level for the terminal view (0 = none). */
  colorLevel?: 0 | 1 | 2 | 3;
  /** Terminal width for the terminal view. */
  width?: number;
}

export function render(result: Result, format: Format, opts: RenderOptions): string {
  switch (format) {
    case 'ndjson':
      return JSON.stringify(result) + '\n';
    case 'pretty':
      return renderPretty(result, { colorLevel: opts.colorLevel ?? 0, width: opts.width });
    case 'html':
      return renderHtml(result);
    case 'json':
    default:
      return (opts.pretty ? JSON.stringify(result, null, 2) : JSON.stringify(result)) + '\n';
  }
}
