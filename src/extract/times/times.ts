/** Times: every time expression resolved to an ISO value. (First version pending.) */
import type { ExtractContext } from '../context.js';
import type { TimeExpr } from '../../schema.js';

export interface TimeOptions {
  /** IANA zone of the place the story is about, for "local time" values. */
  timezone: string | null;
}

export function extractTimes(_ctx: ExtractContext, _opts: TimeOptions): TimeExpr[] {
  return [];
}
