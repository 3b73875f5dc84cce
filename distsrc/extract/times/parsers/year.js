import { LICENSING_BEFORE, NOT_YEAR_AFTER, NOT_YEAR_BEFORE } from '../times.rules.js';
import { BoundedParser, TAG, makeResult } from './base.js';
/** Years outside this range need a licensing word right before them. */
const LIKELY_MIN = 1900;
const LIKELY_MAX = 2100;
export class YearParser extends BoundedParser {
    keyword() {
        return /[12]\d{3}/;
    }
    innerPattern() {
        return /((?:mid|early|late|pre|post)-)?([12]\d{3})(?![.,:/]\d)(?!['’]?s\b)(?!-\d)/;
    }
    innerExtract(context, m, index) {
        const year = Number(m[2]);
        const before = context.text.slice(Math.max(0, index - 24), index);
        const after = context.text.slice(index + m[0].length, index + m[0].length + 24);
        const prevWord = (/([\p{L}]+)[\s-]*$/u.exec(before)?.[1] ?? '').toLowerCase();
        const yearRange = /(?:[12]\d{3})\s*[-–]\s*$/.test(before); // "2019-2020"
        // "until at least 2021", "by about 2030": a time preposition before the hedge makes it a year
        const hedgedTime = /\b(?:until|till|by|since|in|before|after|through|from|to|as\s+early\s+as|as\s+late\s+as)\s+(?:at\s+least|about|around|roughly|approximately|some|nearly|at\s+the\s+earliest|as\s+early\s+as)\s+$/i.test(before);
        if (!m[1] && !yearRange && !hedgedTime && NOT_YEAR_BEFORE.test(before))
            return null;
        if (/^(?:pre|post)-$/i.test(m[1] ?? ''))
            return null; // "pre-1990 levels": a boundary, not a time
        if (NOT_YEAR_AFTER.test(after))
            return null;
        if (year < LIKELY_MIN || year > LIKELY_MAX) {
            if (!LICENSING_BEFORE.has(prevWord) && !yearRange)
                return null;
            if (year < 1000)
                return null;
        }
        return makeResult(context, index, m[0], { year }, [TAG.rule(m[1] ? 'year-modified' : 'year'), TAG.precision('year'), TAG.absolute]);
    }
}
export class DecadeParser extends BoundedParser {
    keyword() {
        return /0['’]?s/;
    }
    innerPattern() {
        return /(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:([12]\d{2})0|['’](\d)0)['’]?s/i;
    }
    innerExtract(context, m, index) {
        let decade;
        if (m[2])
            decade = Number(m[2]);
        else {
            // "the '90s": the century closest to the publication year
            const ref = context.reference.instant.getUTCFullYear();
            const d = Number(m[3]);
            const c = Math.floor(ref / 100) * 10;
            decade = c + d > Math.floor(ref / 10) ? c - 10 + d : c + d;
        }
        return makeResult(context, index, m[0], { year: decade * 10 }, [TAG.rule('decade'), TAG.precision('decade'), TAG.absolute]);
    }
}
//# sourceMappingURL=year.js.map