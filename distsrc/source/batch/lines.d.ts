export interface Line {
    /** 1-based line number. */
    line: number;
    text: string;
}
export declare function readLines(spec: string, stdin?: NodeJS.ReadableStream): AsyncIterable<Line>;
