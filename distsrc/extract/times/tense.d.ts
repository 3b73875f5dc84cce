export type Tense = 'past' | 'future' | 'present' | null;
/** How sure the tense is: a cue next to the expression ("collapsed in December") or one further away. */
export type TenseStrength = 'near' | 'far';
interface Cue {
    start: number;
    end: number;
    tense: Exclude<Tense, null>;
    /** counts only right next to the expression (reporting verbs, "by", "until") */
    adjacentOnly?: boolean;
}
/** The tense cues of a sentence, in order. */
export declare function tenseCues(sentence: string): Cue[];
/**
 * The tense of the cue nearest to [start, end) (offsets into the sentence);
 * ties go to the cue before. Adjacent-only cues count when at most one word
 * ("on", "at") separates them from the expression.
 */
export declare function tenseAt(sentence: string, cues: readonly Cue[], start: number, end: number): Tense;
/** Like tenseAt, with whether the deciding cue is near the expression. */
export declare function tenseWithStrength(sentence: string, cues: readonly Cue[], start: number, end: number): {
    tense: Tense;
    strength: TenseStrength;
};
export {};
