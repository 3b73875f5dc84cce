import { AMBIGUOUS_MONTHS, GENERIC_TODAY_NOUNS, LICENSING_BEFORE, MONTHS, TODAY_NAME_BEFORE, VAGUE_TEXTS, WEEKDAYS, WEEKDAY_NAME_PREFIXES } from '../times.rules.js';
import { hasTagPrefix, isTimeOnly } from './util.js';
const MONTH_WORD = new RegExp(`\\b(${Object.keys(MONTHS).join('|')})\\b\\.?`, 'i');
const WEEKDAY_WORD = new RegExp(`\\b(${Object.keys(WEEKDAYS).join('|')})\\b`, 'i');
/** A clock time must show it: hh:mm, am/pm, o'clock, "in the morning". "1.35 a share" and "$12.51" are not times. */
const EXPLICIT_CLOCK = /\d:\d\d|\d\s*(?:a\.m\b\.?|p\.m\b\.?|am\b|pm\b)|o['’]?\s*clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night/i;
const NOT_CLOCK_BEFORE = /(?:[$€£¥#]|\b(?:US|C|A|HK|NZ|S)\$|\brs\.?|\bup|\bdown|\boff|\bby|\bfrom|\bto)\s*$/i;
const NOT_CLOCK_AFTER = /^\s*(?:%|percent|per\s*cent|billion|million|thousand|points?|a\s+share|shares|cents|pence|yen|euros?|dollars?|times|km|miles|meters|metres|kg|tons?|barrels|into|left|remaining|to\s+play|to\s+go|of\s+(?:the\s+)?(?:first|second|third|fourth|overtime|extra)|mark)\b/i;
const NAME_AFTER_WEEKDAY = /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star|Sun|Harbor|Harbour|Night\s+(?:Live|Football)|School|Club|Market|Prayers?|Service|Edition|Magazine|Review|Bloody|Island|Creek)\b/;
const CAPITALIZED_WORD_BEFORE = /([\p{Lu}][\p{L}'’.-]*)\s+$/u;
/** Was the word ending right before `index` the first of its sentence (or preceded by an opening quote)? */
function sentenceInitialBefore(text, index) {
    const m = /(\S+)\s+$/u.exec(text.slice(Math.max(0, index - 40), index));
    if (!m)
        return true;
    const wordStart = index - m[0].length;
    const prefix = text.slice(Math.max(0, wordStart - 3), wordStart);
    return wordStart === 0 || /(?:^|[.!?]["'”’)]?\s+|["“‘(]\s*|\n\s*)$/.test(prefix) || /^\s*$/.test(prefix);
}
/** Is [start, end) part of a run without spaces that looks like a URL or a path? */
function insideUrl(text, start, end) {
    let a = start;
    while (a > 0 && a > start - 200 && !/\s/.test(text[a - 1]))
        a--;
    let b = end;
    while (b < text.length && b < end + 200 && !/\s/.test(text[b]))
        b++;
    const token = text.slice(a, b);
    return token.length > end - start && /:\/\/|www\.|\.(?:com|org|net|html?|php)\b|^\/|\/\w+\//i.test(token);
}
function prevWord(text, index) {
    const m = /([\p{L}]+)[\s-]*$/u.exec(text.slice(Math.max(0, index - 24), index));
    return m ? m[1] : '';
}
export class ContextFilter {
    refine(context, results) {
        return results.filter((r) => this.keep(context, r));
    }
    keep(context, r) {
        const text = context.text;
        const lower = r.text.toLowerCase();
        if (VAGUE_TEXTS.has(lower))
            return false;
        const tags = r.start.tags();
        if (tags.has('parser/ENCasualDateParser') || tags.has('parser/ENCasualTimeParser'))
            return false;
        if (tags.has('parser/SlashDateFormatParser') && !r.start.isCertain('year'))
            return false;
        if (tags.has('parser/ENTimeExpressionParser') && isTimeOnly(r.start)) {
            if (!EXPLICIT_CLOCK.test(r.text))
                return false;
            if (!/[ap]\.?m|clock|morning|afternoon|evening|night/i.test(r.text)) {
                if (/[$€£¥]\s*$/.test(text.slice(Math.max(0, r.index - 4), r.index)))
                    return false;
                if (NOT_CLOCK_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 16)))
                    return false;
            }
            if (/[$€£¥]\s*$/.test(text.slice(Math.max(0, r.index - 2), r.index)))
                return false;
        }
        if (tags.has('parser/ENTimeExpressionParser') && isTimeOnly(r.start)) {
            // a score or a ratio, "won 2:1", or a verse "John 3:16": no am/pm and a non-clock word before
            if (!/[ap]\.?m|clock|morning|afternoon|evening|night/i.test(r.text) && /\b(?:score|won|lost|beat|ratio|odds|john|luke|mark|matthew|verse|chapter)\s*$/i.test(text.slice(Math.max(0, r.index - 12), r.index)))
                return false;
        }
        // numeric dates: one separator throughout ("2019-11-12", "2019/11/12"), not "2019 10.2-inch"
        if (/^\d{4}\D/.test(r.text) && r.start.isCertain('day') && !/^\d{4}([-/.])\d{1,2}\1\d{1,2}(?:[T ]\d|$)/.test(r.text))
            return false;
        if (/^\d{4}([-/.])\d{1,2}\1\d{1,2}$/.test(r.text) && /^[-\w]/.test(text.slice(r.index + r.text.length)))
            return false;
        // inside a URL or a file name
        if (insideUrl(text, r.index, r.index + r.text.length))
            return false;
        // month names and weekdays must be capitalized ("may", "march" are verbs)
        const mm = MONTH_WORD.exec(r.text);
        if (mm && !/^\p{Lu}/u.test(mm[1]))
            return false;
        const wm = WEEKDAY_WORD.exec(r.text);
        if (wm && !/^\p{Lu}/u.test(wm[1]))
            return false;
        const bareMonth = (tags.has('parser/ENMonthNameParser') || tags.has('parser/ENMonthNameMiddleEndianParser')) && !r.start.isCertain('year') && !r.start.isCertain('day');
        if (bareMonth && mm) {
            const prev = prevWord(text, r.index).toLowerCase();
            const licensed = LICENSING_BEFORE.has(prev);
            const capBefore = CAPITALIZED_WORD_BEFORE.exec(text.slice(Math.max(0, r.index - 30), r.index));
            if (!licensed) {
                if (AMBIGUOUS_MONTHS.has(mm[1].toLowerCase()))
                    return false;
                if (capBefore && !sentenceInitialBefore(text, r.index))
                    return false;
                // "'s March", "a March" (an event named for the month)
                if (/['’]s\s+$|\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, r.index - 4), r.index)))
                    return false;
            }
            // "May 5 Group", "June Carter": followed by a capitalized name, with nothing licensing it
            if (!licensed && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(r.index + r.text.length, r.index + r.text.length + 3)))
                return false;
        }
        const isWeekday = hasTagPrefix(r.start, 'rule:weekday') && !r.start.isCertain('day');
        if (isWeekday && wm) {
            const at = r.index + (wm.index ?? 0);
            // "Bloody Sunday", "Black Friday", "Super Tuesday": a name, unless a holiday rule read it
            const prev = prevWord(text, at).toLowerCase();
            if (WEEKDAY_NAME_PREFIXES.has(prev) && /^\p{Lu}/u.test(text.slice(at - prev.length - 1, at).trim()))
                return false;
            if (NAME_AFTER_WEEKDAY.test(text.slice(r.index + r.text.length, r.index + r.text.length + 24)))
                return false;
            // "a Friday", "every Friday": any Friday
            if (/\b(?:a|every|each|on\s+a|one)\s+$/i.test(text.slice(Math.max(0, r.index - 9), r.index)))
                return false;
        }
        // "today's world", "USA Today"
        if (/^today$/i.test(r.text)) {
            const after = text.slice(r.index + r.text.length, r.index + r.text.length + 30);
            if (GENERIC_TODAY_NOUNS.test(after))
                return false;
            if (r.text === 'Today' && TODAY_NAME_BEFORE.test(text.slice(Math.max(0, r.index - 20), r.index)))
                return false;
        }
        return true;
    }
}
/** Bare clock words ("midnight") kept only after a time preposition. */
export class ClockWordFilter {
    refine(context, results) {
        return results.filter((r) => {
            if (!r.start.tags().has('clock-word') || !isTimeOnly(r.start))
                return true;
            if (!/^(?:noon|midday|midnight)$/i.test(r.text))
                return true; // merged with a clock time or suffix
            const before = context.text.slice(Math.max(0, r.index - 10), r.index);
            return /\b(?:at|by|until|till|before|around|about|from)\s+$/i.test(before);
        });
    }
}
//# sourceMappingURL=filter.js.map