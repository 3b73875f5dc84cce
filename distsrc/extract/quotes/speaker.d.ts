import type { Actor, EntityRef } from '../../schema.js';
import type { Document } from '../../document/document.js';
import type { Token } from './tokens.js';
/** Lower case, plain quotes, no leading article or trailing possessive, folded space. */
export declare function normName(s: string): string;
export type PronounClass = 'person' | 'collective';
export type Gender = 'm' | 'f';
/**
 * A person's gender, where the article or the name tells: an honorific before
 * a mention ("Mr. Rubel", "Ms. Macer"), a gendered role ("spokeswoman"),
 * else a first name compromise knows as male or female.
 */
export declare function actorGender(actor: Actor, text: string): Gender | null;
export declare class SpeakerLinker {
    private readonly doc;
    private readonly tokens;
    /** Is this offset inside a quotation? Mentions inside quotes are not antecedents. */
    private readonly inQuote;
    private readonly mentions;
    private readonly byName;
    private readonly byRole;
    /** Unlinked speaker phrases already used, by head noun ("unions" -> "teachers unions"). */
    private readonly unlinkedByHead;
    private readonly byId;
    private readonly gender;
    /** Person actors by surname ("West" -> "Marty West"), when the surname is one person's only. */
    private readonly bySurname;
    constructor(doc: Document, tokens: readonly Token[], actors: readonly Actor[], 
    /** Is this offset inside a quotation? Mentions inside quotes are not antecedents. */
    inQuote: (pos: number) => boolean);
    private genderOf;
    /** Does the actor fit a pronoun of this class and gender (an unknown gender fits both)? */
    private fitsPronoun;
    ref(a: Actor): EntityRef;
    /** Speakers linked so far, latest last: a pronoun prefers a recent fitting speaker. */
    private readonly history;
    /** What kind of speaker an unlinked name was (a person's name, an organization, a plural). */
    private readonly unlinkedClass;
    /** Note that `ref` spoke at offset `pos`, in `paragraph`. */
    spoke(ref: EntityRef, paragraph: number, pos: number): void;
    /**
     * Link the noun phrase tokens[t0..t1] (inclusive) to a speaker. `afterContent`: the phrase follows what
     * was said ("He's leaning toward Kasich, he said"), so a pronoun's antecedent is not in its own sentence.
     */
    link(t0: number, t1: number, afterContent?: boolean): EntityRef | null;
    /** Is tokens[t0..h] a person's name, with titles before it ("former Gov. Jeb Bush"), not an office ("Secretary", "Bank")? */
    private nameBeforeComplement;
    /** The longest mention ending at `end` and starting at or after `lo`. */
    private mentionEndingAt;
    /** Is the mention starting at `start` the object of a preposition in the phrase ("a spokesman for the Foreign Office")? */
    private isPrepObject;
    /** The last-ending mention lying inside [start, end), persons first on equal ends. */
    private mentionIn;
    /** A mention inside [lo, hi) covering [start, end). */
    private mentionCovering;
    private firstMentionFrom;
    /** Nearest actor before `pos` whose name, alias or role holds `head` (or its short title forms). */
    private describedBefore;
    /**
     * A pronoun's antecedent: in the pronoun's own sentence, the first fitting
     * actor before it; in earlier sentences, the first fitting actor of the
     * sentence (subjects come first), going back past sentences that open with
     * the same pronoun (they continue the chain).
     */
    pronoun(pos: number, cls: PronounClass, g?: Gender | null, afterContent?: boolean): EntityRef | null;
    /** The first fitting actor mentioned right after a comma in [start, end). */
    private firstFittingAfterComma;
    private firstFitting;
    /**
     * Where the sentence's subject is the same pronoun ("He left.", "On July 27, 2006, he emailed ..."):
     * the pronoun's offset, else -1.
     */
    private pronounSubjectAt;
}
/**
 * The person's name inside a proper noun phrase with titles
 * ("UN Special Envoy for Yemen Hans Grundberg" -> "Hans Grundberg").
 */
/** The name in a proper noun phrase, and whether it names a person or an organization. */
export declare function nameOf(toks: readonly Token[], t0: number, t1: number): {
    name: string;
    org: boolean;
};
/** Skip a leading time phrase or sentence adverb: "Last week", "On Tuesday", "Meanwhile". */
export declare function skipTimePhrase(toks: readonly Token[], t0: number, t1: number): number;
