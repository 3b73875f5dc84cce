/**
 * Holidays with a known date: "Christmas", "Thanksgiving Day", "Election
 * Day", "Good Friday". The year is chosen later from the tense, like a month
 * and day without a year.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { HOLIDAYS } from '../times.rules.js';
import { BoundedParser, TAG, alternation, makeResult } from './base.js';

export class HolidayParser extends BoundedParser {
  protected override keyword(): RegExp {
    return /christmas|new year|valentine|halloween|boxing|thanksgiving|memorial|labor|easter|good friday|election/i;
  }

  protected innerPattern(): RegExp {
    return new RegExp(`(?:(last|next|this)\\s+)?(${alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]")})(?:\\s+(\\d{4}))?`, 'i');
  }

  protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null {
    const name = m[2]!;
    if (!/^\p{Lu}/u.test(name)) return null;
    const key = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    // "Christmas tree", "Thanksgiving dinner" still name the day; "Election Day" needs capitals
    const tags = [TAG.rule('holiday'), TAG.holiday(key), TAG.precision('day')];
    const dir = m[1]?.toLowerCase();
    if (dir === 'last' || dir === 'next' || dir === 'this') tags.push(TAG.direction(dir));
    const known: Record<string, number> = {};
    if (m[3]) known.year = Number(m[3]);
    return makeResult(context, index, m[0], known, tags);
  }
}
