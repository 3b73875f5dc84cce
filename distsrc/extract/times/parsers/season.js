import { SEASONS } from '../times.rules.js';
import { BoundedParser, TAG, alternation, anchorOf, makeResult } from './base.js';
export class SeasonParser extends BoundedParser {
    keyword() {
        return /spring|summer|fall|autumn|winter/i;
    }
    innerPattern() {
        return new RegExp(`(?:(last|this|next|past|coming|the|early|late|mid|the\\s+early|the\\s+late|this\\s+past)[\\s-]+)?(${alternation(Object.keys(SEASONS))})(?:\\s+(?:of\\s+)?(\\d{4}))?`, 'i');
    }
    innerExtract(context, m, index) {
        const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
        const season = m[2].toLowerCase();
        const year = m[3] ? Number(m[3]) : null;
        const text = m[0];
        // "the fall of Kabul", "the spring of 2019"
        if (!year && /^\s+of\b/i.test(context.text.slice(index + text.length)))
            return null;
        // "Arab Spring", "Prague Spring": a name
        const before = context.text.slice(Math.max(0, index - 30), index);
        if (!m[1] && /\p{Lu}[\p{L}'’]*\s+$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}[\p{L}]*\s+$/u.test(before))
            return null;
        if (!year) {
            if ((season === 'fall' || season === 'spring') && (!m[1] || word === 'the'))
                return null;
            if (!m[1]) {
                // a bare "summer": after a preposition of time only
                if (!/\b(?:in|during|over|by|until|since|through|throughout|this|last|next)\s+$/i.test(before))
                    return null;
            }
            if (/^[-\s]*(?:time|school|camp|olympics|games|session|sessions|term|semester|collection|storm|storms|months|break|holiday|vacation|wheat|crop|crops|offensive|season)\b/i.test(context.text.slice(index + text.length)) && word !== 'last' && word !== 'next' && word !== 'this')
                return null;
        }
        const anchor = anchorOf(context);
        if (year)
            return makeResult(context, index, text, { year }, [TAG.rule('season'), TAG.precision('year'), TAG.absolute]);
        const start = SEASONS[season];
        // the season's year: the one it starts in (winter starting in December counts for the next year's Jan/Feb too)
        const startedThisYear = anchor.month >= start || (start === 12 && anchor.month <= 2);
        const seasonYearNow = start === 12 && anchor.month <= 2 ? anchor.year - 1 : anchor.year;
        const ended = start === 12 ? anchor.month >= 3 && anchor.month < 12 : anchor.month >= start + 3;
        let y;
        if (word === 'last' || word === 'past' || word === 'this past') {
            // the most recent one that is over
            y = ended ? seasonYearNow : seasonYearNow - 1;
            if (start === 12 && !(anchor.month <= 2 || anchor.month === 12))
                y = anchor.year - 1;
        }
        else if (word === 'next' || word === 'coming') {
            y = startedThisYear ? anchor.year + 1 : anchor.year;
        }
        else {
            y = anchor.year;
        }
        const tags = [TAG.rule('season'), TAG.precision('year')];
        if (!word || word === 'the' || word.startsWith('the ') || word === 'early' || word === 'late' || word === 'mid')
            tags.push('season-tense');
        return makeResult(context, index, text, { year: y }, tags);
    }
}
//# sourceMappingURL=season.js.map