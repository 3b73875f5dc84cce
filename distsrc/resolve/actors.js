import { normName, surnameForms } from './aliases.js';
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'its', 'their']);
/** The actor with a mention overlapping [start, end), preferring the tightest fit. */
export function findActorAt(actors, start, end) {
    let best = null;
    let bestScore = Infinity;
    for (const a of actors) {
        for (const m of a.mentions) {
            if (m.end <= start || m.start >= end)
                continue;
            // smaller difference between the spans is a better fit
            const score = Math.abs(m.start - start) + Math.abs(m.end - end);
            if (score < bestScore) {
                best = a;
                bestScore = score;
            }
        }
    }
    return best;
}
/**
 * The actor a phrase names: its name or an alias, a surname, an acronym, a
 * role ("the ministry", "the envoy") resolved to the nearest actor mentioned
 * before `at` (an offset into article.text; the end of the text if omitted).
 * Returns null for pronouns and for phrases that name no actor found.
 */
export function resolveActorName(actors, phrase, at = Infinity) {
    const raw = phrase.trim().replace(/[,.;:]+$/, '');
    if (!raw || PRONOUNS.has(raw.toLowerCase()))
        return null;
    const key = normName(raw);
    // the name or an alias
    for (const a of actors)
        if (normName(a.name) === key || a.aliases.some((x) => normName(x) === key))
            return a;
    // a phrase that ends with a name: "Egyptian President Abdel Fattah al-Sisi", "RSF Commander Mohamed Hamdan Dagalo"
    for (const a of actors) {
        const n = normName(a.name);
        if (n.split(' ').length >= 2 && (key.endsWith(` ${n}`) || key.startsWith(`${n} `)))
            return a;
    }
    // a surname alone
    const persons = actors.filter((a) => a.type === 'person' && a.name.split(/\s+/).length >= 2 && surnameForms(a.name).includes(key));
    if (persons.length)
        return persons[0];
    // "the ministry", "the envoy": the nearest earlier actor with a name or role ending in that word
    const m = raw.length <= 120 ? /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)*([\p{Ll}-]+)$/u.exec(raw) : null;
    if (m) {
        const noun = m[1];
        let best = null;
        let bestPos = -1;
        for (const a of actors) {
            const fits = [a.name, ...a.aliases].some((n) => n.toLowerCase().split(/\s+/).pop() === noun) ||
                a.roles.some((r) => r.toLowerCase().split(/[\s-]+/).includes(noun));
            if (!fits)
                continue;
            for (const mm of a.mentions) {
                if (mm.start < at && mm.start > bestPos) {
                    best = a;
                    bestPos = mm.start;
                }
            }
        }
        return best;
    }
    return null;
}
//# sourceMappingURL=actors.js.map