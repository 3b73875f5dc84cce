import { BoundedParser, TAG, makeResult } from './base.js';
export class ClockWordParser extends BoundedParser {
    keyword() {
        return /noon|midday|midnight/i;
    }
    innerPattern() {
        return /(noon|midday|midnight)/i;
    }
    innerExtract(context, m, index) {
        const word = m[1].toLowerCase();
        const tags = [TAG.rule('clock-word'), 'clock-word'];
        if (word === 'midnight')
            tags.push(TAG.endOfDay);
        return makeResult(context, index, m[0], { hour: word === 'midnight' ? 0 : 12, minute: 0 }, tags);
    }
}
//# sourceMappingURL=clock.js.map