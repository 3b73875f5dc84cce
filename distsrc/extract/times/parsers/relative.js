import { addDays, addMonths } from '../calendar.js';
import { BoundedParser, TAG, anchorOf, makeResult } from './base.js';
const UNIT = '(week|weekend|month|year|quarter|decade|century)';
export class RelativeUnitParser extends BoundedParser {
    keyword() {
        return /week|month|year|quarter/i;
    }
    innerPattern() {
        return new RegExp(`(?:(?:the\\s+)?(last|past|previous|next|coming|following|current)|(this|the|that))\\s+${UNIT}(?:['’]s)?`, 'i');
    }
    innerExtract(context, m, index) {
        const anchor = anchorOf(context);
        const word = (m[1] ?? m[2] ?? '').toLowerCase();
        const unit = m[3].toLowerCase();
        const hasThe = /^the\s/i.test(m[0]);
        let text = m[0].replace(/['’]s$/, '');
        if (unit === 'decade' || unit === 'century') {
            // "this century", "the past decade": vague spans; durations are optional in gold
            return null;
        }
        let shift;
        if (word === 'last' || word === 'previous' || word === 'past')
            shift = -1;
        else if (word === 'next' || word === 'coming')
            shift = 1;
        else if (word === 'following') {
            // "the following year": the year after the one the text last named
            if (unit === 'week' || unit === 'weekend' || unit === 'quarter')
                return null;
            return makeResult(context, index, text, {}, [TAG.rule('anaphoric-unit'), TAG.anaphoric(unit, 1)]);
        }
        else if (word === 'that') {
            if (unit !== 'year' && unit !== 'month')
                return null;
            return makeResult(context, index, text, {}, [TAG.rule('anaphoric-unit'), TAG.anaphoric(unit, 0)]);
        }
        else if (word === 'the') {
            // "the weekend", "the week" (too vague), "the year"/"the month" (anaphoric)
            if (unit !== 'weekend')
                return null;
            shift = 0;
        }
        else
            shift = 0; // this, current
        if (hasThe && (word === 'next') && (unit === 'year' || unit === 'month')) {
            // "the next year" is usually relative to the time just named
            return makeResult(context, index, text, {}, [TAG.rule('anaphoric-unit'), TAG.anaphoric(unit, 1), `fallback-shift:${shift}`]);
        }
        if (unit === 'weekend') {
            // a weekend is found like a weekday (its Saturday), then reported as its ISO week
            const tags = [TAG.rule('relative-weekend'), TAG.precision('week')];
            if (shift < 0)
                tags.push(TAG.direction('last'));
            else if (shift > 0)
                tags.push(TAG.direction('next'));
            return makeResult(context, index, m[0], { weekday: 6 }, tags);
        }
        let precision;
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
/**
 * The end of the year ("year-end", "by year's end", "the end of the year"):
 * December 31 of this year, or of last year when the text looks back ("since
 * year-end").
 */
export class YearEndParser extends BoundedParser {
    keyword() {
        return /end/i;
    }
    innerPattern() {
        return /(?:(?:the\s+)?(this|last|next)\s+)?(?:year[- ]end|year['’]s\s+end|(?:the\s+)?end\s+of\s+(?:the|this|last|next)\s+year)/i;
    }
    innerExtract(context, m, index) {
        const anchor = anchorOf(context);
        const text = m[0];
        if (/^[-\s]*(?:results?|figures?|bonus|bonuses|report|statements?|audit|review|sales|party|parties|net|income|earnings|loss|losses|profits?|levels?|total|totals|balance|value|holidays?|rally|dividend)\b/i.test(context.text.slice(index + text.length, index + text.length + 20))) {
            // "year-end results": the period of a report, not a point in time
            return null;
        }
        let year = anchor.year;
        const w = (m[1] ?? /\b(last|next)\s+year/i.exec(text)?.[1] ?? '').toLowerCase();
        if (w === 'last')
            year -= 1;
        else if (w === 'next')
            year += 1;
        const tags = [TAG.rule('year-end'), TAG.precision('day')];
        // "since year-end": the last one
        if (!w && /\bsince\s+(?:the\s+)?$/i.test(context.text.slice(Math.max(0, index - 12), index)))
            year -= 1;
        return makeResult(context, index, text, { year, month: 12, day: 31 }, tags);
    }
}
/** "earlier in the year", "later in the month", "later in the day": this year, month, day. */
export class EarlierInTheParser extends BoundedParser {
    keyword() {
        return /in the/i;
    }
    innerPattern() {
        return /(?:earlier|later)\s+in\s+the\s+(year|month|week|day)/i;
    }
    innerExtract(context, m, index) {
        const anchor = anchorOf(context);
        const unit = m[1].toLowerCase();
        const precision = unit === 'year' ? 'year' : unit === 'month' ? 'month' : unit === 'week' ? 'week' : 'day';
        return makeResult(context, index, m[0], { year: anchor.year, month: anchor.month, day: anchor.day }, [TAG.rule('earlier-in-the'), TAG.precision(precision)]);
    }
}
//# sourceMappingURL=relative.js.map