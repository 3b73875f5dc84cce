/** Renderers: a result to the text printed on stdout. */
import type { Result } from '../schema.js';

export type Format = 'json' | 'ndjson';
export const FORMATS: readonly Format[] = ['json', 'ndjson'];

export interface RenderOptions {
  /** Pretty-print JSON (default: when stdout is a terminal). */
  pretty: boolean;
}

export function render(result: Result, format: Format, opts: RenderOptions): string {
  switch (format) {
    case 'ndjson':
      return JSON.stringify(result) + '\n';
    case 'json':
    default:
      return (opts.pretty ? JSON.stringify(result, null, 2) : JSON.stringify(result)) + '\n';
  }
}
