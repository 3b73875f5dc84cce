/**
 * Alias resolution for actors: the mentions found by the extractor become
 * one entity per real-world actor. "Grundberg" joins "Hans Grundberg", "SDF" joins
 * "Syrian Democratic Forces", "Ministry of Defense" and "the Syrian defense
 * ministry" become one organization, "Damascus accused" joins the Syrian
 * government. Every step is a pass over the entities found so far.
 */
export function newEntity(type, m, extra = {}) {
    return { type, name: m.surface, names: new Map([[m.surface, 1]]), mentions: [m], roles: [], ofForms: [], ...extra };
}
const mentionKeys = new WeakMap();
export function addMention(e, m) {
    let keys = mentionKeys.get(e);
    if (!keys) {
        keys = new Set(e.mentions.map((x) => `${x.start}:${x.end}`));
        mentionKeys.set(e, keys);
    }
    const k = `${m.start}:${m.end}`;
    if (keys.has(k))
        return;
    keys.add(k);
    e.mentions.push(m);
    e.names.set(m.surface, (e.names.get(m.surface) ?? 0) + 1);
}
export function mergeInto(target, src) {
    for (const m of src.mentions)
        addMention(target, m);
    for (const r of src.roles)
        addRole(target, r);
    for (const f of src.ofForms)
        if (!target.ofForms.includes(f))
            target.ofForms.push(f);
    target.country ??= src.country;
    target.subject ??= src.subject;
    target.head ??= src.head;
    target.canonical ??= src.canonical;
    target.knownAs ??= src.knownAs;
    target.knownKind ??= src.knownKind;
}
export function addRole(e, role) {
    const r = role.trim().replace(/[,;:]+$/, '');
    if (!r)
        return;
    if (e.roles.some((x) => x.toLowerCase() === r.toLowerCase()))
        return;
    e.roles.push(r);
}
/**
 * Memo for the pure name functions below: resolution compares every new
 * mention with every entity's names, so the same strings are normalised over
 * and over. Bounded: cleared when full.
 */
function memo(fn, max = 20_000) {
    const cache = new Map();
    return (s) => {
        let v = cache.get(s);
        if (v === undefined) {
            if (cache.size >= max)
                cache.clear();
            v = fn(s);
            cache.set(s, v);
        }
        return v;
    };
}
/** Lower case, no leading "the", plain quotes, folded spaces. */
export const normName = memo((s) => s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/['\u2019]s$/, '')
    .replace(/\s+/g, ' ')
    .trim());
/** Words of a name, without particles such as "al-" and suffixes such as "Jr.". */
export function nameWords(s) {
    return s
        .split(/\s+/)
        .map((w) => w.replace(/[.,]+$/, ''))
        .filter((w) => w && !/^(jr|sr|ii|iii|iv)$/i.test(w));
}
/** The forms a person's surname takes alone: "al-Sisi" -> ["al-sisi", "sisi"]. */
export const surnameForms = memo((fullName) => Object.freeze(surnameFormsOf(fullName)));
function surnameFormsOf(fullName) {
    const words = nameWords(fullName);
    if (words.length < 2)
        return [];
    const last = words[words.length - 1].toLowerCase();
    const forms = [last];
    const m = /^(?:al|el|ul|ad|as|ash|at|az|bin|ibn|abu|de|van|von|da|di|le|la|du)-(.+)$/.exec(last);
    if (m)
        forms.push(m[1]);
    // "de Klerk", "van Gogh": particle written apart
    if (words.length >= 3 && /^(al|el|bin|ibn|abu|de|van|von|da|di|le|la|du|del|der)$/i.test(words[words.length - 2]))
        forms.push(`${words[words.length - 2].toLowerCase()} ${last}`);
    return forms;
}
/** Levenshtein distance, capped (names are short). */
export function editDistance(a, b, cap = 2) {
    if (Math.abs(a.length - b.length) > cap)
        return cap + 1;
    const prev = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        let rowMin = prev[0];
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
            rowMin = Math.min(rowMin, prev[j]);
        }
        if (rowMin > cap)
            return cap + 1;
    }
    return prev[b.length];
}
/** Initials of an organization's name for acronym matching: "Pacific Gas & Electric Co." -> "PG&E". */
export function initials(name) {
    const words = name
        .replace(/['\u2019]s\b/g, '')
        .split(/[\s-]+/)
        .filter((w) => w && !/^(of|the|for|and|on|in|de|du|des|la|le)$/i.test(w) && !/^(co|inc|corp|ltd|llc|plc)\.?$/i.test(w));
    return words.map((w) => (w === '&' ? '&' : w[0].toUpperCase())).join('');
}
/** Does `acronym` abbreviate `name` (all its initials, or the initials of its last words)? */
export function abbreviates(acronym, name) {
    const a = acronym.replace(/\./g, '').toUpperCase();
    if (a.length < 2)
        return false;
    const full = initials(name);
    if (full === a)
        return true;
    const noAmp = full.replace(/&/g, '');
    if (noAmp === a.replace(/&/g, '') && noAmp.length >= 2)
        return true;
    // "PUC" for "California Public Utilities Commission": a suffix of at least three initials
    if (a.length >= 3 && full.endsWith(a))
        return true;
    // "DOJ" for "Department of Justice": initials with the small words
    const withSmall = name
        .replace(/['\u2019]s\b/g, '')
        .split(/[\s-]+/)
        .filter((w) => w && !/^(the|and)$/i.test(w) && !/^(co|inc|corp|ltd|llc|plc)\.?$/i.test(w))
        .map((w) => (w === '&' ? '&' : w[0].toUpperCase()))
        .join('');
    return a.length >= 3 && withSmall.endsWith(a) && /[a-z]/.test(name.split(/\s+/).filter((w) => /^(of|for|on|in)$/.test(w)).join('') || '');
}
/** Choose each entity's name: a canonical form, the fullest "Nationality Ministry of X", or the longest form. */
export function chooseName(e, demonymOf) {
    if (e.canonical)
        return e.canonical;
    const forms = [...e.names.keys()].filter((n) => !/^the\s/i.test(n) || e.names.size === 1);
    if (e.type === 'organization' && e.ofForms.length && e.country) {
        const dem = demonymOf(e.country);
        const of = e.ofForms.sort((a, b) => b.length - a.length)[0];
        // an observed form with a national prefix ("U.S. Department of Justice") is the name
        const prefixed = forms.filter((f) => f.length > of.length && f.endsWith(of)).sort((a, b) => b.length - a.length)[0];
        if (prefixed)
            return prefixed;
        if (dem && !new RegExp(`^${dem}\\b`, 'i').test(of))
            return `${dem} ${of}`;
        return of;
    }
    if (e.type === 'person') {
        // most words, then the form with the most letters
        return forms.sort((a, b) => nameWords(b).length - nameWords(a).length || b.length - a.length)[0] ?? e.name;
    }
    // organizations and groups: the longest form that is not a possessive paraphrase
    const plain = forms.filter((f) => !/['\u2019]s\s/.test(f));
    const pool = plain.length ? plain : forms;
    return pool.sort((a, b) => b.length - a.length)[0] ?? e.name;
}
//# sourceMappingURL=aliases.js.map