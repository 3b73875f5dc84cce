/**
 * Calendar units named relative to the publication date: "last week", "this
 * month", "next year", "the past year", "the current quarter", "this
 * weekend", "over the weekend". Values at the unit's precision (a quarter at
 * year precision, a weekend as its ISO week).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, addMonths, type Precision } from '../calendar.js';
import { BoundedParser, TAG, anchorOf, makeResult } from './base.js';

const UNIT = '(week|weekend|month|year|quarter|decade|century)';

export class RelativeUnitParser extends BoundedParser {
  protected innerPattern(): RegExp {
    return new RegExp(
      `(?:(?:the\\s+)?(last|past|previous|next|coming|following|current)|(this|the|that))\\s+${UNIT}(?:['’]s)?`,
      'i',
    );
  }

  protected innerExtract(context: ParsingContext, m: RegExpMatchArray, index: number): ParsingResult | null {
    const anchor = anchorOf(context);
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    const unit = m[3]!.toLowerCase();
    const hasThe = /^the\s/i.test(m[0]);
    let text = m[0].replace(/['’]s$/, '');
    if (unit === 'decade' || unit === 'century') {
      // "this century", "the past decade": vague spans; durations are optional in gold
      return null;
    }
    let shift: number;
    if (word === 'last' || word === 'previous' || word === 'past') shift = -1;
    else if (word === 'next' || word === 'coming') shift = 1;
    else if (word === 'following') {
      // "the following year": the year after the one the text last named
      if (unit === 'week' || unit === 'weekend' || unit === 'quarter') return null;
      return makeResult(context, index, text, {}, [TAG.rule('anaphoric-unit'), TAG.anaphoric(unit as 'year' | 'month', 1)]);
    } else if (word === 'that') {
      if (unit !== 'year' && unit !== 'month') return null;
      return makeResult(context, index, text, {}, [TAG.rule('anaphoric-unit'), TAG.anaphoric(unit, 0)]);
    } else if (word === 'the') {
      // "the weekend", "the week" (too vague), "the year"/"the month" (anaphoric)
      if (unit !== 'weekend') return null;
      shift = 0;
    } else shift = 0; // this, current
    if (hasThe && (word === 'next') && (unit === 'year' || unit === 'month')) {
      // "the next year" is usually relative to the time just named
      return makeResult(context, index, text, {}, [TAG.rule('anaphoric-unit'), TAG.anaphoric(unit, 1), `fallback-shift:${shift}`]);
    }
    if (unit === 'weekend') {
      // a weekend is found like a weekday (its Saturday), then reported as its ISO week
      const tags = [TAG.rule('relative-weekend'), TAG.precision('week')];
      if (shift < 0) tags.push(TAG.direction('last'));
      else if (shift > 0) tags.push(TAG.direction('next'));
      return makeResult(context, index, m[0], { weekday: 6 }, tags);
    }
    let precision: Precision;
    let d = anchor;
    switch (unit) {
      case 'week':
        d = addDays(anchor, 7 * shift);
        precision = 'week';
        break;
      case 'month':
        d = addMonths(anchor, shift);
        precision = 'month';
        break;
      case 'quarter':
        d = addMonths(anchor, 3 * shift);
        precision = 'year';
        break;
      default:
        d = { year: anchor.year + shift, month: 1, day: 1 };
        precision = 'year';
    }
    return makeResult(context, index, text, { year: d.year, month: d.month, day: d.day }, [TAG.rule(`relative-${unit}`), TAG.precision(precision)]);
  }
}
