/**
 * Speaker linking: from the noun phrase that names who spoke to an actor of
 * the article (or, when no actor fits, the phrase as written). Rules, in
 * order: a name, alias or role equal to the phrase; an actor mention at the
 * head of the phrase; for a pronoun, the nearest fitting actor before it
 * (sentence subjects first); for a definite description ("the ministry"),
 * the nearest earlier actor whose name, alias or role holds its head noun.
 */
import { nlp } from '../tagger.js';
import { DETERMINERS, DOCUMENT_NOUNS, NP_PREPOSITIONS, ORG_WORDS, PERSON_NOUNS, TITLES, TITLE_SYNONYMS, LEADING_ADVERBIALS, TIME_NOUNS, FEMALE_HONORIFICS, MALE_HONORIFICS, FEMALE_ROLE_WORDS, MALE_ROLE_WORDS } from './quotes.rules.js';
/** Lower case, plain quotes, no leading article or trailing possessive, folded space. */
export function normName(s) {
    let t = s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
    if (t.startsWith('the '))
        t = t.slice(4);
    if (t.endsWith("'s"))
        t = t.slice(0, -2);
    return t;
}
/** Mentions or speakers looked at for one pronoun, at most (keeps hostile inputs linear). */
const SCAN_MAX = 50;
const PRONOUN_CLASS = {
    he: 'person',
    she: 'person',
    it: 'collective',
    they: 'collective',
};
const PRONOUN_GENDER = { he: 'm', she: 'f' };
/** Words opening a leading clause or phrase, after which the sentence's subject follows a comma. */
const LEADING_CLAUSE_OPENERS = new Set([
    'asked', 'when', 'after', 'while', 'although', 'though', 'as', 'if', 'because', 'since', 'before', 'despite', 'unlike',
    'following', 'during', 'speaking', 'once', 'until', 'whereas', 'whether',
]);
/** compromise's lexicon: first names tagged MaleName / FemaleName (a lookup, no parse). */
let lexicon = null;
function nameTag(word) {
    lexicon ??= nlp.model().one.lexicon;
    const v = lexicon[word.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
}
/**
 * A person's gender, where the article or the name tells: an honorific before
 * a mention ("Mr. Rubel", "Ms. Macer"), a gendered role ("spokeswoman"),
 * else a first name compromise knows as male or female.
 */
export function actorGender(actor, text) {
    if (actor.type !== 'person')
        return null;
    let m = 0;
    let f = 0;
    for (const men of actor.mentions.slice(0, 20)) {
        const before = text.slice(Math.max(0, men.start - 6), men.start).toLowerCase().trim();
        const w = before.split(' ').pop() ?? '';
        if (MALE_HONORIFICS.has(w))
            m++;
        else if (FEMALE_HONORIFICS.has(w))
            f++;
    }
    for (const n of [actor.name, ...actor.aliases]) {
        const w = n.toLowerCase().split(/\s+/)[0] ?? '';
        if (MALE_HONORIFICS.has(w))
            m++;
        else if (FEMALE_HONORIFICS.has(w))
            f++;
    }
    if (m !== f)
        return m > f ? 'm' : 'f';
    for (const r of actor.roles) {
        for (const w of r.toLowerCase().split(/[\s-]+/)) {
            if (FEMALE_ROLE_WORDS.has(w))
                f++;
            else if (MALE_ROLE_WORDS.has(w))
                m++;
        }
    }
    if (m !== f)
        return m > f ? 'm' : 'f';
    const first = actor.name.split(/\s+/).find((w) => !TITLES.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(w));
    const tag = first ? nameTag(first) : undefined;
    return tag === 'MaleName' ? 'm' : tag === 'FemaleName' ? 'f' : null;
}
function fits(actor, cls) {
    return cls === 'person' ? actor.type === 'person' : actor.type !== 'person';
}
export class SpeakerLinker {
    doc;
    tokens;
    inQuote;
    mentions;
    byName = new Map();
    byRole = new Map();
    /** Unlinked speaker phrases already used, by head noun ("unions" -> "teachers unions"). */
    unlinkedByHead = new Map();
    byId = new Map();
    gender = new Map();
    /** Person actors by surname ("West" -> "Marty West"), when the surname is one person's only. */
    bySurname = new Map();
    constructor(doc, tokens, actors, 
    /** Is this offset inside a quotation? Mentions inside quotes are not antecedents. */
    inQuote) {
        this.doc = doc;
        this.tokens = tokens;
        this.inQuote = inQuote;
        this.mentions = [];
        for (const a of actors) {
            this.byId.set(a.id, a);
            for (const m of a.mentions)
                this.mentions.push({ start: m.start, end: m.end, actor: a });
            for (const n of [a.name, ...a.aliases]) {
                const k = normName(n);
                if (k && !this.byName.has(k))
                    this.byName.set(k, a);
            }
            for (const r of a.roles) {
                const k = normName(r);
                if (k && !this.byRole.has(k))
                    this.byRole.set(k, a);
            }
            const words = a.name.split(/\s+/);
            if (a.type === 'person' && words.length >= 2) {
                const sn = normName(words[words.length - 1]);
                this.bySurname.set(sn, this.bySurname.has(sn) && this.bySurname.get(sn) !== a ? null : a);
            }
        }
        this.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
    }
    genderOf(a) {
        if (!this.gender.has(a))
            this.gender.set(a, actorGender(a, this.doc.text));
        return this.gender.get(a);
    }
    /** Does the actor fit a pronoun of this class and gender (an unknown gender fits both)? */
    fitsPronoun(a, cls, g) {
        if (!fits(a, cls))
            return false;
        if (!g)
            return true;
        const ag = this.genderOf(a);
        return !ag || ag === g;
    }
    ref(a) {
        return { name: a.name, actorId: a.id };
    }
    /** Speakers linked so far, latest last: a pronoun prefers a recent fitting speaker. */
    history = [];
    /** What kind of speaker an unlinked name was (a person's name, an organization, a plural). */
    unlinkedClass = new Map();
    /** Note that `ref` spoke at offset `pos`, in `paragraph`. */
    spoke(ref, paragraph, pos) {
        const a = ref.actorId ? this.byId.get(ref.actorId) : undefined;
        const cls = a ? (a.type === 'person' ? 'person' : 'collective') : (this.unlinkedClass.get(ref.name) ?? null);
        this.history.push({ ref, cls, paragraph, pos });
    }
    /**
     * Link the noun phrase tokens[t0..t1] (inclusive) to a speaker. `afterContent`: the phrase follows what
     * was said ("He's leaning toward Kasich, he said"), so a pronoun's antecedent is not in its own sentence.
     */
    link(t0, t1, afterContent = false) {
        const toks = this.tokens;
        // drop leading time phrases ("Last week X", "On Tuesday X")
        t0 = skipTimePhrase(toks, t0, t1);
        while (t1 > t0 && toks[t1].kind !== 'word')
            t1--;
        if (t1 < t0)
            return null;
        const first = toks[t0];
        if (t0 === t1 && PRONOUN_CLASS[first.lower])
            return this.pronoun(first.start, PRONOUN_CLASS[first.lower], PRONOUN_GENDER[first.lower] ?? null, afterContent);
        if (t0 === t1 && (first.lower === 'i' || first.lower === 'we' || first.lower === 'you'))
            return null;
        let phrase = this.doc.text.slice(first.start, toks[t1].end);
        let exact = this.byName.get(normName(phrase)) ?? this.byRole.get(normName(phrase));
        if (exact)
            return this.ref(exact);
        // coordinated names speak through the first ("The United Nations and European Union stressed")
        for (let k = t0 + 1; k < t1; k++) {
            if (toks[k].lower === 'and' && !toks[k].cap && toks[k - 1].cap && toks[k + 1].cap) {
                t1 = k - 1;
                phrase = this.doc.text.slice(first.start, toks[t1].end);
                exact = this.byName.get(normName(phrase)) ?? this.byRole.get(normName(phrase));
                if (exact)
                    return this.ref(exact);
                break;
            }
        }
        // a mention ending the phrase, in apposition to its titles ("China’s ambassador to Britain Liu Xiaming")
        const last = this.mentionEndingAt(toks[t1].end, first.start);
        if (last && !this.isPrepObject(t0, last.start))
            return this.ref(last.actor);
        // the head: the last word before the first preposition ("a spokesman for the ministry" -> spokesman)
        let headIdx = t1;
        for (let k = t0 + 1; k <= t1; k++) {
            if (NP_PREPOSITIONS.has(toks[k].lower) && !toks[k].cap) {
                headIdx = k - 1;
                break;
            }
        }
        const head = toks[headIdx];
        const start = first.start;
        const end = toks[t1].end;
        const definite = first.lower === 'the' || first.lower === 'this';
        // "the 46-year-old said": the person last named
        if (definite && /^\d+-year-old$/.test(head.lower)) {
            const a = this.describedBefore(start, '', true, []);
            if (a)
                return this.ref(a);
        }
        // "West said", "Mr. Rubel said": the surname of one person actor
        if (head.cap && headIdx === t1 && (t0 === t1 || (t1 === t0 + 1 && TITLES.has(first.lower)))) {
            const a = this.bySurname.get(normName(head.text));
            if (a)
                return this.ref(a);
        }
        if (head.cap && headIdx < t1 && this.nameBeforeComplement(t0, headIdx)) {
            // "Alex Horton of the Washington Post", "former Gov. Jeb Bush of Florida": the person, not the complement
            const m = this.mentionIn(start, head.end);
            if (m)
                return this.ref(m.actor);
            const { name } = nameOf(toks, t0, headIdx);
            const byName = this.byName.get(normName(name));
            if (byName)
                return this.ref(byName);
            this.unlinkedClass.set(name, 'person');
            return { name, actorId: null };
        }
        if (head.cap || /\d/.test(head.text)) {
            // a proper head: the actor mentioned last inside the phrase (titles come first, names last)
            const m = this.mentionIn(start, end);
            if (m)
                return this.ref(m.actor);
            const { name, org } = nameOf(toks, t0, t1);
            const byName = this.byName.get(normName(name));
            if (byName)
                return this.ref(byName);
            this.unlinkedClass.set(name, org ? 'collective' : 'person');
            return { name, actorId: null };
        }
        // a common head covered by a mention ("Russia's foreign ministry" as one mention)
        const covering = this.mentionCovering(head.start, head.end, start, end);
        if (covering)
            return this.ref(covering.actor);
        // "the statement said": its issuer, the speaker just before
        if ((definite || first.lower === 'its' || first.lower === 'their') && DOCUMENT_NOUNS.has(head.lower)) {
            const para = this.doc.sentences[sentenceIndex(this.doc, start)].paragraph;
            const e = this.history[this.history.length - 1];
            if (e && e.paragraph >= para - 1)
                return e.ref;
            // no speaker just before: the organization the statement comes from reads like "it"
            const r = this.pronoun(start, 'collective');
            if (r && r.actorId)
                return r;
        }
        const modifiers = [];
        for (let k = t0 + 1; k < headIdx; k++)
            if (toks[k].cap)
                modifiers.push(toks[k].lower.replace(/'s$/, ''));
        if (definite) {
            const a = this.describedBefore(start, head.lower, PERSON_NOUNS.has(head.lower), modifiers);
            if (a)
                return this.ref(a);
        }
        const written = this.unlinkedByHead.get(head.lower);
        if (definite && written && headIdx === t0 + 1)
            return { name: written, actorId: null };
        // "the senator said", "the Vermont senator and Democratic candidate told": read like "he"; "the agency said" like "it"
        if (definite && t1 - t0 <= 7) {
            const cls = PERSON_NOUNS.has(head.lower) ? 'person' : ORG_WORDS.has(head.lower) ? 'collective' : null;
            const r = cls ? this.pronoun(start, cls) : null;
            if (r && r.actorId)
                return r;
        }
        const name = stripLeading(this.doc.text, toks, t0, t1);
        if (!this.unlinkedByHead.has(head.lower))
            this.unlinkedByHead.set(head.lower, name);
        if (PERSON_NOUNS.has(head.lower))
            this.unlinkedClass.set(name, 'person');
        else if (head.lower.endsWith('s') || ORG_WORDS.has(head.lower))
            this.unlinkedClass.set(name, 'collective');
        return { name, actorId: null };
    }
    /** Is tokens[t0..h] a person's name, with titles before it ("former Gov. Jeb Bush"), not an office ("Secretary", "Bank")? */
    nameBeforeComplement(t0, h) {
        const toks = this.tokens;
        let names = 0;
        let titles = 0;
        for (let k = t0; k <= h; k++) {
            const t = toks[k];
            if (t.kind !== 'word')
                continue;
            if (TITLES.has(t.lower))
                titles++;
            else if (ORG_WORDS.has(t.lower))
                return false;
            else if (t.cap)
                names++;
            else if (!DETERMINERS.has(t.lower))
                return false;
        }
        return names >= 2 || (names === 1 && titles > 0);
    }
    /** The longest mention ending at `end` and starting at or after `lo`. */
    mentionEndingAt(end, lo) {
        let best = null;
        for (let i = this.firstMentionFrom(lo); i < this.mentions.length; i++) {
            const m = this.mentions[i];
            if (m.start >= end)
                break;
            if (m.end === end && (!best || m.start < best.start))
                best = m;
        }
        return best;
    }
    /** Is the mention starting at `start` the object of a preposition in the phrase ("a spokesman for the Foreign Office")? */
    isPrepObject(t0, start) {
        const toks = this.tokens;
        let k = t0;
        while (k < toks.length && toks[k].start < start)
            k++;
        let p = k - 1;
        if (p >= t0 && DETERMINERS.has(toks[p].lower))
            p--;
        return p >= t0 && NP_PREPOSITIONS.has(toks[p].lower);
    }
    /** The last-ending mention lying inside [start, end), persons first on equal ends. */
    mentionIn(start, end) {
        let best = null;
        for (let i = this.firstMentionFrom(start); i < this.mentions.length; i++) {
            const m = this.mentions[i];
            if (m.start >= end)
                break;
            if (m.end > end || m.start < start)
                continue;
            if (!best || m.end > best.end || (m.end === best.end && m.actor.type === 'person' && best.actor.type !== 'person'))
                best = m;
        }
        return best;
    }
    /** A mention inside [lo, hi) covering [start, end). */
    mentionCovering(start, end, lo, hi) {
        for (let i = this.firstMentionFrom(lo); i < this.mentions.length; i++) {
            const m = this.mentions[i];
            if (m.start >= hi)
                break;
            if (m.start <= start && m.end >= end && m.end <= hi)
                return m;
        }
        return null;
    }
    firstMentionFrom(pos) {
        let lo = 0;
        let hi = this.mentions.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.mentions[mid].start < pos)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** Nearest actor before `pos` whose name, alias or role holds `head` (or its short title forms). */
    describedBefore(pos, head, personNoun, modifiers) {
        const forms = [head, ...(TITLE_SYNONYMS[head] ?? [])];
        const matches = (a) => {
            if (personNoun && a.type !== 'person')
                return false;
            if (!head)
                return true;
            const all = [a.name, ...a.aliases, ...a.roles].join(' ').toLowerCase().replace(/\u2019/g, "'");
            // "the Wikileaks founder": the capitalised modifiers must be the actor's too
            for (const m of modifiers)
                if (!all.includes(m))
                    return false;
            for (const w of all.split(/\s+/)) {
                for (const f of forms)
                    if (w === f || w === `${f}'s` || (w.endsWith(f) && w.length > f.length && w[w.length - f.length - 1] === '-'))
                        return true;
            }
            return false;
        };
        const seen = new Set();
        for (let i = this.firstMentionFrom(pos) - 1, n = 0; i >= 0 && n < SCAN_MAX * 10; i--, n++) {
            const a = this.mentions[i].actor;
            if (seen.has(a))
                continue;
            seen.add(a);
            if (matches(a))
                return a;
        }
        return null;
    }
    /**
     * A pronoun's antecedent: in the pronoun's own sentence, the first fitting
     * actor before it; in earlier sentences, the first fitting actor of the
     * sentence (subjects come first), going back past sentences that open with
     * the same pronoun (they continue the chain).
     */
    pronoun(pos, cls, g = null, afterContent = false) {
        const sentences = this.doc.sentences;
        let s = sentenceIndex(this.doc, pos);
        // in the pronoun's own sentence, an actor before it (not in the content the pronoun's owner reports)
        const own = afterContent ? null : this.firstFitting(sentences[s].start, pos, cls, g);
        if (own)
            return this.ref(own);
        // a fitting speaker of an earlier sentence of this paragraph or of the one before; of this
        // sentence only for "it" and "they" ("the group claimed ..., which it said"), as "X recalled
        // that he said" is rarely X
        const para = sentences[s].paragraph;
        for (let h = this.history.length - 1, n = 0; h >= 0 && n < SCAN_MAX; h--, n++) {
            const e = this.history[h];
            if (e.pos >= pos)
                continue;
            if (e.pos >= sentences[s].start && cls === 'person')
                continue;
            if (e.paragraph < para - 1)
                break;
            if (e.cls === cls) {
                const a = e.ref.actorId ? this.byId.get(e.ref.actorId) : undefined;
                if (!g || !a || this.fitsPronoun(a, cls, g))
                    return e.ref;
            }
        }
        s--;
        for (let steps = 1; s >= 0 && steps < 8; s--, steps++) {
            const sent = sentences[s];
            const limit = steps === 0 ? pos : sent.end;
            // an earlier sentence opening with the same pronoun continues the chain: its subject is ours
            const chained = steps > 0 ? this.pronounSubjectAt(sent.start, cls) : -1;
            if (chained >= 0) {
                // "Although Ford had outlined the book, he struggled": the antecedent may stand in the leading clause
                const lead = chained > sent.start ? this.firstFitting(sent.start, chained, cls, g) : null;
                if (lead)
                    return this.ref(lead);
                continue;
            }
            // "Asked whether he feared Trump, Ban demurred": after a leading clause the subject follows its comma
            const lead = LEADING_CLAUSE_OPENERS.has((/^[A-Za-z]+/.exec(this.doc.text.slice(sent.start, sent.start + 12))?.[0] ?? '').toLowerCase());
            const a = (lead ? this.firstFittingAfterComma(sent.start, limit, cls, g) : null) ?? this.firstFitting(sent.start, limit, cls, g);
            if (a)
                return this.ref(a);
        }
        return null;
    }
    /** The first fitting actor mentioned right after a comma in [start, end). */
    firstFittingAfterComma(start, end, cls, g) {
        const from = Math.max(this.firstMentionFrom(start), this.firstMentionFrom(end) - SCAN_MAX);
        for (let i = from; i < this.mentions.length; i++) {
            const m = this.mentions[i];
            if (m.start >= end)
                break;
            if (this.inQuote(m.start) || !this.fitsPronoun(m.actor, cls, g))
                continue;
            let k = m.start - 1;
            while (k > start && this.doc.text[k] === ' ')
                k--;
            if (this.doc.text[k] === ',')
                return m.actor;
        }
        return null;
    }
    firstFitting(start, end, cls, g = null) {
        // in a very long sentence, only the mentions shortly before the end count
        const from = Math.max(this.firstMentionFrom(start), this.firstMentionFrom(end) - SCAN_MAX);
        for (let i = from; i < this.mentions.length; i++) {
            const m = this.mentions[i];
            if (m.start >= end)
                break;
            if (this.inQuote(m.start))
                continue;
            if (this.fitsPronoun(m.actor, cls, g))
                return m.actor;
        }
        return null;
    }
    /**
     * Where the sentence's subject is the same pronoun ("He left.", "On July 27, 2006, he emailed ..."):
     * the pronoun's offset, else -1.
     */
    pronounSubjectAt(start, cls) {
        const w = /^((?:[^,.;:]{1,40}, ){0,3})([A-Za-z]+)/.exec(this.doc.text.slice(start, start + 100));
        return w && PRONOUN_CLASS[w[2].toLowerCase()] === cls ? start + w[1].length : -1;
    }
}
function sentenceIndex(doc, pos) {
    const s = doc.sentences;
    let lo = 0;
    let hi = s.length - 1;
    let ans = 0;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (s[mid].start <= pos) {
            ans = mid;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return ans;
}
/**
 * The person's name inside a proper noun phrase with titles
 * ("UN Special Envoy for Yemen Hans Grundberg" -> "Hans Grundberg").
 */
/** The name in a proper noun phrase, and whether it names a person or an organization. */
export function nameOf(toks, t0, t1) {
    // a title followed by one to three capitalised words: a person ("Association President Keith Gambill")
    let lastTitle = -1;
    for (let k = t0; k <= t1; k++)
        if (TITLES.has(toks[k].lower))
            lastTitle = k;
    const after = t1 - lastTitle;
    let personAfterTitle = lastTitle >= t0 && after >= 1 && after <= 3;
    for (let k = lastTitle + 1; personAfterTitle && k <= t1; k++)
        if (!toks[k].cap || ORG_WORDS.has(toks[k].lower))
            personAfterTitle = false;
    // an organization's name is the whole phrase ("the U.S. Attorney's Office for the Western District of New York")
    let org = false;
    for (let k = t0; k <= t1; k++)
        if (toks[k].cap && ORG_WORDS.has(toks[k].lower))
            org = true;
    if (personAfterTitle)
        org = false;
    // a person's name takes no article: "The Afghan Taliban" is a group
    if (!personAfterTitle && toks[t0].lower === 'the')
        org = true;
    let from = t0;
    // "the performing rights group ASCAP", "the advocacy group Human Rights Watch": the name after the description
    let capsFrom = t1 + 1;
    while (capsFrom - 1 > t0 && toks[capsFrom - 1].cap)
        capsFrom--;
    const described = !personAfterTitle && capsFrom <= t1 && capsFrom - 1 > t0 && !toks[capsFrom - 1].cap && !NP_PREPOSITIONS.has(toks[capsFrom - 1].lower) && toks[capsFrom - 1].kind === 'word';
    if (personAfterTitle)
        from = lastTitle + 1;
    else if (described)
        from = capsFrom;
    else if (org) {
        if (DETERMINERS.has(toks[t0].lower) && t0 < t1)
            from = t0 + 1;
    }
    else {
        for (let k = t0; k <= t1; k++)
            if (TITLES.has(toks[k].lower) || !toks[k].cap)
                from = k + 1;
        if (from > t1) {
            from = t0;
            while (from < t1 && !toks[from].cap)
                from++;
        }
        else if (from - 1 >= t0 && NP_PREPOSITIONS.has(toks[from - 1].lower)) {
            // "Envoy for Yemen Hans Grundberg": after a title's complement, the last two words are the name;
            // "High Commissioner for Human Rights": a title with its complement and no name is an office
            if (t1 - from >= 2)
                from = t1 - 1;
            else {
                from = t0;
                if (DETERMINERS.has(toks[t0].lower) && t0 < t1)
                    from = t0 + 1;
            }
        }
    }
    let out = '';
    for (let k = from; k <= t1; k++) {
        const t = toks[k];
        if (out && toks[k - 1].end < t.start)
            out += ' ';
        out += t.text;
    }
    return { name: out, org };
}
/** The phrase as written. */
function stripLeading(text, toks, t0, t1) {
    return text.slice(toks[t0].start, toks[t1].end);
}
/** Skip a leading time phrase or sentence adverb: "Last week", "On Tuesday", "Meanwhile". */
export function skipTimePhrase(toks, t0, t1) {
    let k = t0;
    for (let n = 0; n < 4 && k < t1; n++) {
        const t = toks[k];
        if (t.kind !== 'word') {
            k++;
            continue;
        }
        if (TIME_NOUNS.has(t.lower) && t.lower !== 'time' && t.lower !== 'day') {
            k++;
            continue;
        }
        const next = toks[k + 1];
        if (LEADING_ADVERBIALS.has(t.lower) && next && k + 1 <= t1 && TIME_NOUNS.has(next.lower)) {
            k += 2;
            continue;
        }
        if (['meanwhile', 'however', 'afterward', 'afterwards', 'separately', 'yesterday', 'today'].includes(t.lower)) {
            k++;
            continue;
        }
        break;
    }
    return k;
}
//# sourceMappingURL=speaker.js.map