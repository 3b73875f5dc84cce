/**
 * English words compromise's lexicon lacks ("security", "regime", "machine"),
 * from data/english-words.txt (SCOWL, see scripts/build-wordlist.mjs), read on
 * first use, once per process.
 */
import { readFileSync } from 'node:fs';
import { nlp } from '../extract/tagger.js';
const LEXICON = nlp.model().one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
/** A word compromise's lexicon knows as something other than a name ("smoke", "rights"). */
export function isCommonWord(lower) {
    const v = LEXICON[lower];
    if (v === undefined)
        return false;
    const tags = Array.isArray(v) ? v : [v];
    return !tags.some((t) => NAME_TAGS.has(t));
}
let words = null;
/** Is the lower-case word an English dictionary word (beyond compromise's lexicon)? */
export function isDictionaryWord(lower) {
    if (!words) {
        const text = readFileSync(new URL('../../data/english-words.txt', import.meta.url), 'utf8');
        words = new Set(text.split('\n').filter((l) => l && !l.startsWith('#')));
    }
    return words.has(lower);
}
//# sourceMappingURL=words.js.map