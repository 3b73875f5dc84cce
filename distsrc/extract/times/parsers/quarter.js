import { BoundedParser, TAG, anchorOf, makeResult } from './base.js';
const DET = '(?:(?:the|its|their|this|that|a|an)\\s+)?';
const QUAL = "(?:(?:(\\d{4})|year-ago|year-earlier|year\\s+earlier|latest|current|comparable|corresponding|same|flat|final|fiscal|(this|last|next)\\s+year['’]s|(\\d{4})['’]s)[\\s-]+){0,3}";
const ORD = '(first|second|third|fourth|1st|2nd|3rd|4th|latest|current|final|last)';
const OF_YEAR = "(?:\\s+of\\s+(?:fiscal\\s+)?(?:(\\d{4})|(this|last|next)\\s+year))?";
const SUFFIX = '(?:\\s+(a\\s+year\\s+(?:ago|earlier)|last\\s+year|this\\s+year))?';
function yearOf(anchorYear, explicit, rel, text) {
    if (explicit)
        return Number(explicit);
    const t = text.toLowerCase();
    if (rel === 'last' || /year[- ](?:ago|earlier)|last\s+year/.test(t))
        return anchorYear - 1;
    if (rel === 'next' || /next\s+year/.test(t))
        return anchorYear + 1;
    return anchorYear;
}
export class QuarterParser extends BoundedParser {
    keyword() {
        return /quarter/i;
    }
    innerPattern() {
        return new RegExp(`${DET}${QUAL}(?:${ORD}[\\s-]+|(fiscal-first|fiscal-second|fiscal-third|fiscal-fourth)[\\s-]+)?quarter${OF_YEAR}${SUFFIX}`, 'i');
    }
    innerExtract(context, m, index) {
        let text = m[0];
        // "a third-quarter loss", "that third-quarter": the determiner belongs to the noun after the adjective
        const det = /^(?:a|an|that|its|their)\s+(?=(?:first|second|third|fourth|1st|2nd|3rd|4th|latest|final|fiscal)[\s-]*\w*-quarter)/i.exec(text);
        if (det && /-quarter$/i.test(text)) {
            index += det[0].length;
            text = text.slice(det[0].length);
        }
        const lower = text.toLowerCase();
        const hasOrdinal = Boolean(m[4] || m[5]);
        const qualified = /year-ago|year-earlier|year\s+earlier|latest|current|comparable|corresponding|\d{4}|year['’]s/.test(lower) || Boolean(m[6] || m[7] || m[8]);
        const after = context.text.slice(index + text.length, index + text.length + 12);
        if (!hasOrdinal && !qualified) {
            // a bare "the quarter": only when it is not a part of something ("the quarter of the city", "a quarter")
            if (!/^the\s+quarter$/i.test(text) || /^\s+of\b/i.test(after) || /^[-\s]*(?:century|mile|point|final|finals)\b/i.test(after))
                return null;
        }
        if (/^(?:a|an)\s/i.test(text) && !hasOrdinal)
            return null;
        if (/^[-\s]*(?:century|mile|point|final|finals|back)\b/i.test(after))
            return null;
        // ordinal quarters of a game ("in the fourth quarter, the Lakers") look the same: let a sports cue veto
        const around = context.text.slice(Math.max(0, index - 80), index + text.length + 80).toLowerCase();
        if (/\b(?:points?|scored?|touchdowns?|goals?|game|overtime|halftime|inning|foul|free\s+throws?|rebounds?|field\s+goal|basket|layup|dunk|timeout|buzzer|quarterback|lead\s+by)\b/.test(around) && !qualified)
            return null;
        const anchor = anchorOf(context);
        const explicit = m[1] ?? m[3] ?? m[6];
        const rel = m[2] ?? m[7];
        const tags = [TAG.rule('quarter'), TAG.precision('year')];
        if (explicit)
            tags.push(TAG.absolute);
        return makeResult(context, index, text, { year: yearOf(anchor.year, explicit, rel, text) }, tags);
    }
}
export class PeriodParser extends BoundedParser {
    keyword() {
        return /period/i;
    }
    innerPattern() {
        return new RegExp(`${DET}${QUAL}period${SUFFIX}`, 'i');
    }
    innerExtract(context, m, index) {
        const text = m[0];
        const lower = text.toLowerCase();
        const qualifier = /year-ago|year-earlier|year\s+earlier|latest|current|\d{4}|last\s+year|a\s+year\s+(?:ago|earlier)/.test(lower);
        if (!qualifier)
            return null;
        const anchor = anchorOf(context);
        const tags = [TAG.rule('period'), TAG.precision('year')];
        if (m[1] ?? m[3])
            tags.push(TAG.absolute);
        return makeResult(context, index, text, { year: yearOf(anchor.year, m[1] ?? m[3], m[2], text) }, tags);
    }
}
export class FiscalYearParser extends BoundedParser {
    keyword() {
        return /fiscal/i;
    }
    innerPattern() {
        return /(?:(?:the\s+)?(current|latest|previous|last|next|this|coming)\s+|the\s+)?fiscal(?:\s+year)?(?:\s+(\d{4}|['’]\d{2}))?/i;
    }
    innerExtract(context, m, index) {
        const anchor = anchorOf(context);
        const text = m[0];
        if (!/year/i.test(text) && !m[2])
            return null; // "fiscal" alone is an adjective
        // "fiscal second-quarter" and the like belong to QuarterParser
        if (!m[2] && /^[\s-]*(?:first|second|third|fourth|1st|2nd|3rd|4th)?[\s-]*quarter/i.test(context.text.slice(index + text.length)))
            return null;
        let year = anchor.year;
        if (m[2]) {
            const y = m[2].replace(/^['’]/, '');
            year = y.length === 2 ? (Number(y) > 50 ? 1900 : 2000) + Number(y) : Number(y);
        }
        else {
            const w = (m[1] ?? '').toLowerCase();
            if (w === 'previous' || w === 'last')
                year -= 1;
            else if (w === 'next' || w === 'coming')
                year += 1;
            if (!m[1] && !/^the\s/i.test(text))
                return null; // "fiscal year" alone is generic
        }
        const tags = [TAG.rule('fiscal-year'), TAG.precision('year')];
        if (m[2])
            tags.push(TAG.absolute);
        return makeResult(context, index, text, { year }, tags);
    }
}
export class HalfYearParser extends BoundedParser {
    keyword() {
        return /half|full/i;
    }
    innerPattern() {
        return /(?:the\s+)?(first|second|last|latter)[\s-]+half(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year|the\s+year))?|(?:the\s+)?full[\s-]+year/i;
    }
    innerExtract(context, m, index) {
        const text = m[0];
        const after = context.text.slice(index + text.length, index + text.length + 20);
        if (m[1] && !m[2] && !m[3] && !/of\s+the\s+year$/i.test(text)) {
            // "the first half" alone: a time only when it is not the half of something else
            if (/^\s+of\b/i.test(after))
                return null;
            if (/^\s*(?:of\s+)?(?:the\s+)?(?:game|match|season|century)/i.test(after))
                return null;
            const around = context.text.slice(Math.max(0, index - 60), index + text.length + 60).toLowerCase();
            if (/\b(?:goals?|scored?|points?|game|match|minutes?|halftime|penalty)\b/.test(around))
                return null;
        }
        if (!m[1] && /^\s+of\b/i.test(after))
            return null; // "a full year of growth": a duration
        const anchor = anchorOf(context);
        const year = yearOf(anchor.year, m[2], m[3], text);
        const tags = [TAG.rule(m[1] ? 'half-year' : 'full-year'), TAG.precision('year')];
        if (m[2])
            tags.push(TAG.absolute);
        return makeResult(context, index, text, { year }, tags);
    }
}
//# sourceMappingURL=quarter.js.map