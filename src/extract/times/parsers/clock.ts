/**
 * Clock words: "noon", "midday", "midnight" as clock times, to be merged with
 * the day next to them ("noon Thursday", "midnight Friday"). Alone they are
 * kept only after a time preposition ("at noon").
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { BoundedParser, TAG, makeResult } from './base.js';

export class ClockWordParser extends BoundedParser {
  protected override keyword(): RegExp {
    return /noon|midday|midnight/i;
  }

  protected innerPattern(): RegExp {
    return /(noon|midday|midnight)/i;
  }

  protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null {
    const word = m[1]!.toLowerCase();
    const tags = [TAG.rule('clock-word'), 'clock-word'];
    if (word === 'midnight') tags.push(TAG.endOfDay);
    return makeResult(context, index, m[0], { hour: word === 'midnight' ? 0 : 12, minute: 0 }, tags);
  }
}
