import { WEEKDAYS } from '../times.rules.js';
import { BoundedParser, TAG, alternation, makeResult } from './base.js';
const DIRECTION = {
    last: 'last', past: 'last', previous: 'last', next: 'next', coming: 'next', 'this coming': 'next', this: 'this',
};
export class WeekdayParser extends BoundedParser {
    keyword() {
        return /day/i;
    }
    innerPattern() {
        return new RegExp(`(?:(${alternation(Object.keys(DIRECTION))})\\s+)?(${alternation(Object.keys(WEEKDAYS))})(?:\\s+(?:of\\s+)?(last|next|this)\\s+week)?`, 'i');
    }
    innerExtract(context, m, index) {
        const weekday = WEEKDAYS[m[2].toLowerCase()];
        const dirWord = (m[1] ?? m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
        const tags = [TAG.rule('weekday')];
        const dir = DIRECTION[dirWord];
        if (m[3]) {
            // "Tuesday of next week": the weekday in that week
            tags.push(`week:${m[3].toLowerCase()}`);
        }
        else if (dir)
            tags.push(TAG.direction(dir));
        return makeResult(context, index, m[0], { weekday }, tags);
    }
}
//# sourceMappingURL=weekday.js.map