/**
 * Shallow syntax over tokens for the quotes extractor: sentence frames, speech
 * cues, the noun phrase that is a cue's subject, and the reported content a
 * cue introduces. Every scan is bounded by a constant number of tokens, so
 * the whole pass stays linear in the text however hostile the input.
 */
import type { Document } from '../../document/document.js';
import type { QuoteSegment } from './marks.js';
import type { Token } from './tokens.js';
import { type CueInfo } from './quotes.rules.js';
/** A sentence, or several joined by a quotation running across them. Token range [t0, t1). */
export interface Frame {
    t0: number;
    t1: number;
    paragraph: number;
}
export type SubjectForm = 'before' | 'after' | 'main' | 'according';
export interface Subject {
    /** noun phrase tokens [t0, t1], inclusive */
    t0: number;
    t1: number;
    form: SubjectForm;
    /** found through a relative pronoun ("forces, who have accused ...") */
    relative?: boolean;
    /** first token of the whole appositive chain ("a spokeswoman, Anna White, said"): content before the attribution ends before it */
    chain?: number;
}
export interface Cue {
    /** token index of the verb ("according" for "according to") */
    i: number;
    /** token index after the cue phrase */
    j: number;
    info: CueInfo;
    /** the cue as written: "said in a statement", "according to", "told reporters" */
    text: string;
    subject: Subject | null;
    /** where the cue's clause begins (its subject, or the cue itself): content before it ends there */
    clauseStart: number;
    /** an -ing form after a preposition ("known for telling"): a noun, not a clause of its own */
    gerund: boolean;
    /** the addressee of "told" is part of the cue ("told reporters") */
    audience: boolean;
}
export declare class Syntax {
    readonly doc: Document;
    readonly toks: readonly Token[];
    readonly frames: readonly Frame[];
    readonly segs: readonly QuoteSegment[];
    constructor(doc: Document, toks: readonly Token[], frames: readonly Frame[], segs: readonly QuoteSegment[]);
    word(i: number): Token | null;
    isPunct(i: number, chars: string): boolean;
    isOpenMark(i: number): boolean;
    isCloseMark(i: number): boolean;
    /** An apostrophe ending a possessive ("teachers’ union"), not a quotation mark. */
    isPossessiveMark(i: number): boolean;
    /** A lower-case -ly adverb ("easily", "publicly"), not a noun like "family". */
    isLyAdverb(i: number): boolean;
    /** A word that marks a verb phrase: auxiliary, irregular past, or a lower-case -ed form not after a determiner. */
    isVerbish(i: number): boolean;
    frameOf(i: number): Frame;
    /** The cue starting at token i, if any. */
    cueAt(i: number): Cue | null;
    private makeCue;
    /** May token k (a preposition) join a noun phrase whose words after it start at k + 1? */
    private prepJoins;
    /** Is token k a word that can sit inside a noun phrase? */
    private npWord;
    /** The noun phrase ending at token `end`, scanning left no further than `lo`. Returns its first token. */
    npBack(end: number, lo: number, allowPreps?: boolean): number;
    /** "The United Nations and European Union": may "and" at p join the phrase to a short phrase on its left? */
    private andJoinsBack;
    /** The noun phrase starting at token `start`, scanning right to before `hi`. Returns its last token. */
    npForward(start: number, hi: number): number;
    /** Head of a phrase: its last word before the first preposition. Proper when capitalised or a number. */
    properHead(t0: number, t1: number): boolean;
    /** Is the end of tokens[t0..t1] the object of a preposition ("a spokesman for the Foreign Office")? */
    prepObject(t0: number, t1: number): boolean;
    /** Skip, leftwards from k, the adverbs and time phrases between a subject and its verb. */
    private skipBetweenBack;
    /** Find the subject of `cue`, given the cues before it in the same frame (already resolved). */
    findSubject(cue: Cue, earlier: readonly Cue[]): Subject | null;
    /**
     * A speaker phrase before a relative clause or a participle that ends at
     * token s - 1 ("Republicans who have praised his candidacy", "House
     * Republicans supporting the bill"), scanning back a few words.
     */
    private modifiedSpeaker;
    /** Is the phrase starting at token s the object of an infinitive ("to block X")? */
    objectOfVerb(s: number): boolean;
    /**
     * Can the phrase tokens[t0..t1] speak? Not "the situation", "the borrowing",
     * "this", a number: abstract heads make a verb like "say" figurative.
     */
    canSpeak(t0: number, t1: number): boolean;
    /**
     * The subject of "to say": "X continued to warn" (the subject of a verb
     * taking an infinitive), "led Republicans to say" (the object before
     * "to"), else the main clause's subject ("shifted his account to say").
     */
    private infinitiveSubject;
    /** A phrase headed by a name, a pronoun, a person noun or an organization noun ("police", "the ministry"). */
    speakerNoun(t0: number, t1: number): boolean;
    /** "according to a group representing rural counties in California": to the end of the clause. */
    private npAfterAccording;
    /** After token k, a time phrase ("on Tuesday", "at the time", "late Friday"): the token after it, else k. */
    skipTimeForward(k: number, hi: number): number;
    /** The speaker after the cue: "said Scott Strenfel, PG&E's principal meteorologist". */
    private invertedSubject;
    /** Does the phrase after an inverted cue end its clause (so the cue is an attribution, not "X, Y, said Z did")? */
    private invertedTailEnds;
    /** A phrase made only of titles ("the spokesman") is not preferred over a name. */
    private onlyTitle;
    /**
     * "James P. Kennedy Jr., the U.S. Attorney for ..., said" and "Israeli
     * settlers, who ..., said": comma-separated stretches before the verb. The
     * subject is the first with a proper head, else the leftmost noun phrase.
     */
    private appositiveSubject;
    /** Index of the first relative pronoun ("who", "which", "whose") in tokens[a..b], or -1. */
    private relativeIn;
    /** Is tokens[a..b] the single word "and"? */
    private isAnd;
    /** Are tokens[a..b] only contrastive conjunctions and sentence adverbs ("but", "yet", "however")? */
    private onlyConnectives;
    private pickCandidate;
    /**
     * The subject of the main clause, for participles and coordinated verbs
     * ("X hailed ..., thanking", "X accused ... and warned"): the subject of
     * the nearest earlier cue in the frame, else the frame's first noun phrase.
     */
    mainSubject(cue: Cue, earlier: readonly Cue[]): Subject | null;
    /** Start of the clause holding token i: after ", while", ", but", ";" before it, else the frame start. */
    private clauseBreakBefore;
    /** Are tokens[a..b] only adverbs and auxiliaries (or nothing)? */
    private onlyAdverbs;
    /** The first noun phrase of the frame, after leading adverbials, before `limit`. */
    frameSubject(f: Frame, limit: number, from?: number): Subject | null;
    /** Where the content of `cue` starts (after "that", an addressee, a time phrase), or -1. */
    contentStart(cue: Cue): {
        k: number;
        that: boolean;
    } | null;
    /** A "that" a few tokens after k, with only a prepositional phrase (or, for "tell", an addressee) between. */
    private findThat;
    /** Skip the addressee of "told": "told lawmakers it was", "told visiting Ukraine officials they". */
    private skipObject;
    /**
     * The reported content from token k: to the end of the frame, a clause
     * break (";", a dash, ", while", ", but"), a direct quotation introduced by
     * a comma or colon, or the clause of the next cue. Returns its last token.
     */
    contentEnd(k: number, f: Frame, stopAt: number): number;
    /** Does tokens[a..b] read as a clause (has a verb or opens with a subject pronoun)? */
    isClause(a: number, b: number): boolean;
    /** Share of the words in tokens[a..b] that are inside quotation marks. */
    quotedShare(a: number, b: number): number;
    wordCount(a: number, b: number): number;
}
