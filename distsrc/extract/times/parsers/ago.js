import { addDays, addMonths } from '../calendar.js';
import { NUMBER_WORDS } from '../times.rules.js';
import { BoundedParser, TAG, alternation, anchorOf, countValue, makeResult } from './base.js';
const HEDGE = '(?:(?:nearly|almost|about|some|roughly|approximately|around|just|exactly|more\\s+than|less\\s+than|over|barely|only)\\s+)?';
export class AgoParser extends BoundedParser {
    keyword() {
        return /ago|earlier/i;
    }
    innerPattern() {
        const count = `(\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;
        return new RegExp(`${HEDGE}${count}\\s+(days?|weeks?|months?|years?|decades?)\\s+(ago|earlier)`, 'i');
    }
    innerExtract(context, m, index) {
        const n = countValue(m[1], NUMBER_WORDS);
        if (n === null || n <= 0)
            return null;
        const unit = m[2].toLowerCase().replace(/s$/, '');
        const anchor = anchorOf(context);
        let d = anchor;
        let precision;
        switch (unit) {
            case 'day':
                d = addDays(anchor, -n);
                precision = 'day';
                break;
            case 'week':
                d = addDays(anchor, -7 * n);
                precision = 'week';
                break;
            case 'month':
                d = addMonths(anchor, -n);
                precision = 'month';
                break;
            case 'decade':
                d = { year: anchor.year - 10 * n, month: 1, day: 1 };
                precision = 'year';
                break;
            default:
                d = { year: anchor.year - n, month: 1, day: 1 };
                precision = 'year';
        }
        return makeResult(context, index, m[0], { year: d.year, month: d.month, day: d.day }, [TAG.rule('units-ago'), TAG.precision(precision)]);
    }
}
/** "year-earlier", "year-ago" (as in "the year-ago quarter"): the year before the publication year. */
export class YearAgoAdjectiveParser extends BoundedParser {
    keyword() {
        return /year-/i;
    }
    innerPattern() {
        return /year-(?:earlier|ago)/i;
    }
    innerExtract(context, m, index) {
        const anchor = anchorOf(context);
        return makeResult(context, index, m[0], { year: anchor.year - 1 }, [TAG.rule('year-ago-adjective'), TAG.precision('year')]);
    }
}
//# sourceMappingURL=ago.js.map