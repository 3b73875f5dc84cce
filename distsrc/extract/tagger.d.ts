import type nlpType from 'compromise';
/**
 * compromise, loaded as the package's one-file build (its `require` entry)
 * rather than its ~450 ES module source files: the same code, ~130 ms less
 * CPU at start-up. Everything in newsx uses this one instance (a second
 * instance would have a world without the fast sweep).
 */
export declare const nlp: typeof nlpType;
export type NlpView = ReturnType<typeof nlp>;
/** Whether compromise's matcher modules were found (else the slower stock `match` is used; results are the same). */
export declare const hasMatcherInternals: boolean;
/** Install the faster sweep into compromise's world (idempotent). */
export declare function installFastSweep(): void;
/** Tag `text` like `nlp(text)` does, without the phrase chunks. */
export declare function tagText(text: string): NlpView;
/** Add compromise's phrase chunks to a view made by tagText (once). */
export declare function withChunks(view: NlpView): NlpView;
