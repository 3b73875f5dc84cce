import { LEADING_PREPOSITIONS } from '../times.rules.js';
import { endOf, respan } from './util.js';
export class TrimRefiner {
    refine(context, results) {
        return results.map((r) => {
            let start = r.index;
            let end = endOf(r);
            const text = context.text;
            // leading punctuation and prepositions
            for (;;) {
                while (start < end && /[\s,;:(\[{"'“‘]/.test(text[start]))
                    start++;
                const m = /^([\p{L}]+)\s+/u.exec(text.slice(start, Math.min(end, start + 16)));
                if (m && LEADING_PREPOSITIONS.has(m[1].toLowerCase()) && start + m[0].length < end) {
                    start += m[0].length;
                    continue;
                }
                break;
            }
            while (end > start && /[\s,;:)\]}"”’-]/.test(text[end - 1]))
                end--;
            // a lone period after a month abbreviation ("Feb.") is part of it; after anything else it ends the sentence
            if (text[end - 1] === '.' && !/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[ap]\.m)\.$/i.test(text.slice(Math.max(start, end - 6), end)))
                end--;
            if (start === r.index && end === endOf(r))
                return r;
            return respan(context, r, start, end);
        });
    }
}
//# sourceMappingURL=trim.js.map