/** Deadlines and ultimatums with an absolute due time. (First version pending.) */
import type { ExtractContext } from '../context.js';
import type { Actor, Deadline, TimeExpr } from '../../schema.js';

export interface DeadlineOptions {
  times: TimeExpr[];
  actors: Actor[];
  timezone: string | null;
}

export function extractDeadlines(_ctx: ExtractContext, _opts: DeadlineOptions): Deadline[] {
  return [];
}
