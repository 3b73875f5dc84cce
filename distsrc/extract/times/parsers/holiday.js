import { HOLIDAYS } from '../times.rules.js';
import { BoundedParser, TAG, alternation, makeResult } from './base.js';
export class HolidayParser extends BoundedParser {
    keyword() {
        return /christmas|new year|valentine|halloween|boxing|thanksgiving|memorial|labor|easter|good friday|election/i;
    }
    innerPattern() {
        return new RegExp(`(?:(last|next|this)\\s+)?(${alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]")})(?:\\s+(\\d{4}))?`, 'i');
    }
    innerExtract(context, m, index) {
        const name = m[2];
        if (!/^\p{Lu}/u.test(name))
            return null;
        const key = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
        // "Christmas tree", "Thanksgiving dinner" still name the day; "Election Day" needs capitals
        const tags = [TAG.rule('holiday'), TAG.holiday(key), TAG.precision('day')];
        const dir = m[1]?.toLowerCase();
        if (dir === 'last' || dir === 'next' || dir === 'this')
            tags.push(TAG.direction(dir));
        const known = {};
        if (m[3])
            known.year = Number(m[3]);
        return makeResult(context, index, m[0], known, tags);
    }
}
//# sourceMappingURL=holiday.js.map