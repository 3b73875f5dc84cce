const CAP = /^\p{Lu}/u;
const PARTICLE_CAP = /^(?:al|el|bin|ibn|abu|ul|ad|as|ash|at|az|de|van|von|da|di|le|la|du|del|der|dos|das)-\p{Lu}/u;
const POSSESSIVE = /['\u2019]s$/u;
const OPENERS = /["\u201c\u2018(\[\u00ab:\u2014]/u;
export function buildTokens(ctx) {
    const view = ctx.tagged();
    view.compute('offset');
    const text = ctx.doc.text;
    const tokens = [];
    let sentIndex = 0;
    for (const sentence of view.document) {
        let first = true;
        for (let k = 0; k < sentence.length; k++) {
            const t = sentence[k];
            if (!t.offset)
                continue;
            let start = t.offset.start;
            let end = start + t.offset.length;
            const tags = new Set(t.tags);
            let post = t.post;
            const pre = t.pre;
            // join hyphenated parts: "al" + "-" + "Sisi"
            while (post === '-' && k + 1 < sentence.length && sentence[k + 1].pre === '' && sentence[k + 1].offset) {
                k++;
                const n = sentence[k];
                end = n.offset.start + n.offset.length;
                for (const tag of n.tags)
                    tags.add(tag);
                post = n.post;
            }
            // keep an abbreviation's period
            if (post.startsWith('.') && text[end] === '.' && isAbbreviation(text.slice(start, end), tags)) {
                end += 1;
                post = post.slice(1);
            }
            const surface = text.slice(start, end);
            const poss = POSSESSIVE.test(surface) || ((post.startsWith("'") || post.startsWith('\u2019')) && /s$/i.test(surface) && !/^['\u2019]\w/.test(post));
            const base = POSSESSIVE.test(surface) ? surface.slice(0, -2) : surface;
            const prev = tokens[tokens.length - 1];
            const initial = first || OPENERS.test(pre) || (prev !== undefined && (OPENERS.test(prev.post) || /[.!?]/.test(prev.post)));
            tokens.push({
                i: tokens.length,
                start,
                end,
                text: surface,
                base,
                lower: base.toLowerCase(),
                poss,
                pre,
                post,
                tags,
                cap: CAP.test(base) || PARTICLE_CAP.test(base),
                initial,
                sent: sentIndex,
            });
            first = false;
        }
        sentIndex++;
    }
    // punctuation compromise keeps before a word (an opening quote or parenthesis) also breaks after the previous word
    for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i];
        if (/[^\s]/.test(t.pre) && !tokens[i - 1].post.includes(t.pre.trim()))
            tokens[i - 1].post += t.pre;
    }
    return tokens;
}
function isAbbreviation(word, tags) {
    if (tags.has('Abbreviation'))
        return true;
    if (/^\p{Lu}$/u.test(word))
        return true; // an initial: "W."
    if (/^(\p{L}\.)+\p{L}$/u.test(word))
        return true; // "U.S" of "U.S."
    return false;
}
/** Is there a break (punctuation other than an abbreviation's period or a possessive) between token a and the next one? */
export function breakAfter(a, next) {
    const p = a.post.replace(/^['\u2019]/, '');
    return /[^\s]/.test(p) || (next !== undefined && /[^\s]/.test(next.pre));
}
//# sourceMappingURL=tokens.js.map