export declare function bodyScore(expected: string, predicted: string): {
    p: number;
    r: number;
    f: number;
};
export declare function norm(s: string | null | undefined): string;
