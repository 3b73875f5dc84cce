import { breakAfter } from './tokens.js';
import { CLAUSE_WORDS, FUNCTION_WORDS, HONORIFICS, TIME_WORDS, TITLE_HEADS } from './actors.rules.js';
const MAX_ROLE_TOKENS = 12;
const INNER_PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'on', 'in', 'with']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const STOP_TAGS = ['Verb', 'Pronoun', 'Conjunction', 'Date', 'Value', 'QuestionWord'];
export function isTitleHead(t) {
    return TITLE_HEADS.has(t.lower) || TITLE_HEADS.has(t.lower.replace(/\.$/, '')) || (t.lower.includes('-') && TITLE_HEADS.has(t.lower.split('-').pop()));
}
/** Can this token be part of a role phrase? */
function roleWord(t) {
    if (HONORIFICS.has(t.lower))
        return false;
    if (TIME_WORDS.has(t.lower))
        return false;
    if (FUNCTION_WORDS.has(t.lower))
        return false;
    if (t.cap)
        return !t.tags.has('Date') && !t.tags.has('Pronoun');
    if (isTitleHead(t))
        return true;
    if (STOP_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Noun') && !t.tags.has('Adjective'))
        return false;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !/-/.test(t.text))
        return false;
    if (t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Adverb') && !t.tags.has('Adjective'))
        return false;
    return t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Possessive') || /-/.test(t.text);
}
/**
 * The role written right before the name that starts at token `nameStart`:
 * scan back over role words while the phrase ends in a title head.
 * Returns [from, to] token indexes (inclusive) or null.
 */
export function roleBefore(tokens, nameStart) {
    const last = nameStart - 1;
    if (last < 0)
        return null;
    let headIndex = last;
    const lastTok = tokens[last];
    if (breakAfter(lastTok) || lastTok.sent !== tokens[nameStart].sent || lastTok.poss)
        return null;
    if (!isTitleHead(lastTok)) {
        // a complement: "Special Envoy for Syria", "envoy to Ukraine"
        let k = last;
        while (k >= 0 && last - k < 4 && tokens[k].cap && !breakAfter(tokens[k]))
            k--;
        if (k === last || k < 1)
            return null;
        let p = k;
        if (tokens[p].lower === 'the')
            p--;
        if (p < 1 || !['for', 'of', 'to'].includes(tokens[p].lower) || breakAfter(tokens[p]))
            return null;
        const h = tokens[p - 1];
        if (breakAfter(h) || !isTitleHead(h) || h.poss)
            return null;
        headIndex = p - 1;
    }
    const head = tokens[headIndex];
    let from = headIndex;
    for (let k = headIndex - 1; k >= 0 && headIndex - k < MAX_ROLE_TOKENS; k--) {
        const t = tokens[k];
        if (t.sent !== head.sent || breakAfter(t))
            break;
        if (roleWord(t)) {
            from = k;
            continue;
        }
        // "Special Envoy for Syria", "senior fellow at the ...": a preposition inside, after a title head
        if ((INNER_PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower)) && k - 1 >= 0) {
            let j = k;
            if (DETERMINERS.has(t.lower)) {
                const p = tokens[k - 1];
                if (!INNER_PREPOSITIONS.has(p.lower) || breakAfter(p))
                    break;
                j = k - 1;
            }
            const before = tokens[j - 1];
            if (before && !breakAfter(before) && isTitleHead(before)) {
                from = j - 1;
                k = j - 1;
                continue;
            }
        }
        break;
    }
    // "Sondland, a wealthy hotelier Trump tapped": an indefinite phrase before a name describes someone else
    const stop = tokens[from - 1];
    if (stop && (stop.lower === 'a' || stop.lower === 'an') && !breakAfter(stop))
        return null;
    // a role does not start with a possessive pronoun or a lone preposition
    while (from <= headIndex && !roleWord(tokens[from]))
        from++;
    return from <= headIndex ? [from, last] : null;
}
/**
 * An apposition right after the name ending at token `nameEnd`:
 * ", [the|a] X ... head [of|for|at ... ]," Returns [from, to] or null.
 */
export function appositionAfter(tokens, nameEnd) {
    const n = tokens[nameEnd];
    if (!n || !/^,\s*$/.test(n.post))
        return null;
    let k = nameEnd + 1;
    const first = tokens[k];
    if (!first || first.sent !== n.sent)
        return null;
    if (CLAUSE_WORDS.has(first.lower) || first.tags.has('Value') || first.tags.has('Verb') && !first.tags.has('Noun') && !first.tags.has('Adjective'))
        return null;
    let from = k;
    if (DETERMINERS.has(first.lower)) {
        from = k; // keep "a"/"the" in the text; trimmed by the caller
        k++;
    }
    let sawHead = false;
    let inComplement = false;
    let end = -1;
    for (; k < tokens.length && k - nameEnd <= 16; k++) {
        const t = tokens[k];
        if (t.sent !== n.sent || CLAUSE_WORDS.has(t.lower))
            break;
        if (!sawHead) {
            if (!roleWord(t))
                break;
            if (isTitleHead(t) && !t.poss) {
                sawHead = true;
                end = k;
            }
        }
        else if (!inComplement) {
            // after the head: another head word ("police commissioner") or a complement
            if (INNER_PREPOSITIONS.has(t.lower))
                inComplement = true;
            else if (isTitleHead(t) && !t.cap)
                end = k;
            else
                break;
        }
        else {
            if (roleWord(t))
                end = k;
            else if (!(INNER_PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower) || t.lower === 'and'))
                break;
        }
        if (breakAfter(t))
            break;
    }
    if (!sawHead || end < 0)
        return null;
    // a title head must come early: "a wealthy hotelier", not a clause
    return [from, end];
}
/** The role text of tokens [from, to], without a leading "the". */
export function roleText(text, tokens, from, to) {
    let s = from;
    if (tokens[s].lower === 'the' && s < to)
        s++;
    return text.slice(tokens[s].start, tokens[to].end);
}
//# sourceMappingURL=roles.js.map