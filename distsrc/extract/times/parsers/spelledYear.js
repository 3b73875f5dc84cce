import { TEENS_WORDS, TENS_WORDS, UNITS_WORDS } from '../times.rules.js';
import { BoundedParser, TAG, alternation, makeResult } from './base.js';
const UNITS = alternation(Object.keys(UNITS_WORDS));
const TENS = alternation(Object.keys(TENS_WORDS));
const TEENS = alternation(Object.keys(TEENS_WORDS));
export class SpelledYearParser extends BoundedParser {
    keyword() {
        return /nineteen|eighteen|twenty|thousand/i;
    }
    innerPattern() {
        return new RegExp(`(?:(the\\s+year)\\s+)?(?:(nineteen|eighteen|twenty)\\s+(?:(${TENS})(?:[\\s-](${UNITS}))?|(${TEENS})|(hundred))|(two\\s+thousand)(?:\\s+(?:and\\s+)?(?:(${TEENS})|(${UNITS})))?)`, 'i');
    }
    innerExtract(context, m, index) {
        let year;
        if (m[2]) {
            const century = m[2].toLowerCase() === 'nineteen' ? 1900 : m[2].toLowerCase() === 'eighteen' ? 1800 : 2000;
            if (m[3])
                year = century + TENS_WORDS[m[3].toLowerCase()] + (m[4] ? UNITS_WORDS[m[4].toLowerCase()] : 0);
            else if (m[5])
                year = century + TEENS_WORDS[m[5].toLowerCase()];
            else
                year = century;
            // "twenty twenty" is a year, "twenty five" is a number
            if (m[2].toLowerCase() === 'twenty' && !m[1] && !(m[3] || m[5]))
                return null;
            if (m[2].toLowerCase() === 'twenty' && m[4] && !m[1])
                return null;
        }
        else {
            const before = context.text.slice(Math.max(0, index - 8), index);
            if (!m[1] && !/\b(?:in|since|by|until|of)\s+$/i.test(before))
                return null;
            year = 2000 + (m[8] ? TEENS_WORDS[m[8].toLowerCase()] : m[9] ? UNITS_WORDS[m[9].toLowerCase()] : 0);
        }
        const after = context.text.slice(index + m[0].length, index + m[0].length + 20);
        // "nineteen hundred people", "two thousand troops"
        if (/^\s+(?:people|troops|soldiers|dollars|men|women|years|hundred|thousand|million|percent)\b/i.test(after))
            return null;
        return makeResult(context, index, m[0], { year }, [TAG.rule('spelled-year'), TAG.precision('year'), TAG.absolute]);
    }
}
//# sourceMappingURL=spelledYear.js.map