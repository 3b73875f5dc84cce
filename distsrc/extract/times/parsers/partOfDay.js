import { addDays } from '../calendar.js';
import { WEEKDAYS } from '../times.rules.js';
import { BoundedParser, TAG, alternation, anchorOf, makeResult } from './base.js';
const PART = '(?:early\\s+|late\\s+)?(?:morning|afternoon|evening|night|mid-?\\s?afternoon|mid-?\\s?morning|midday)';
const DAYWORD = '(?:today|yesterday|tomorrow)';
const SHIFT = { today: 0, tonight: 0, this: 0, yesterday: -1, tomorrow: 1, 'last night': -1 };
export class PartOfDayParser extends BoundedParser {
    keyword() {
        return /day|morning|noon|evening|night|tomorrow/i;
    }
    innerPattern() {
        const wd = alternation(Object.keys(WEEKDAYS));
        return new RegExp([
            `(the\\s+day\\s+(?:before\\s+yesterday|after\\s+tomorrow))`,
            `(${DAYWORD}|this|${wd})(?:['’]s)?\\s+(${PART})`, // yesterday afternoon, this morning, Friday night
            `(${PART})\\s+(${DAYWORD}|${wd})`, // mid-afternoon yesterday, noon Thursday is a clock time
            `(${DAYWORD}|tonight|last\\s+night)`,
        ].join('|'), 'i');
    }
    innerExtract(context, m, index) {
        const anchor = anchorOf(context);
        const lower = m[0].toLowerCase().replace(/\s+/g, ' ');
        let dayWord;
        if (m[1]) {
            const d = addDays(anchor, lower.includes('before') ? -2 : 2);
            return makeResult(context, index, m[0], { year: d.year, month: d.month, day: d.day }, [TAG.rule('relative-day')]);
        }
        else if (m[2])
            dayWord = m[2].toLowerCase();
        else if (m[5])
            dayWord = m[5].toLowerCase();
        else
            dayWord = lower;
        if (dayWord in WEEKDAYS) {
            return makeResult(context, index, m[0], { weekday: WEEKDAYS[dayWord] }, [TAG.rule('weekday-part-of-day')]);
        }
        let shift = SHIFT[dayWord] ?? 0;
        // "this evening" / "tonight" etc. are the anchor day; "last night" the day before
        if (lower === 'last night')
            shift = -1;
        const d = addDays(anchor, shift);
        return makeResult(context, index, m[0], { year: d.year, month: d.month, day: d.day }, [TAG.rule(m[3] || m[4] ? 'part-of-day' : 'relative-day')]);
    }
}
//# sourceMappingURL=partOfDay.js.map