export type TokenKind = 'word' | 'punct' | 'mark';
export interface Token {
    start: number;
    end: number;
    text: string;
    /** lower case, curly apostrophes made straight */
    lower: string;
    kind: TokenKind;
    /** first character is an upper-case letter */
    cap: boolean;
    /** index of the quoted segment holding the token (its marks included), or -1 */
    seg: number;
    /** index of the sentence frame holding the token */
    frame: number;
}
/** Tokenize text[from, to). */
export declare function tokenize(text: string, from: number, to: number): Token[];
