export declare const EXIT_OK = 0;
export declare const EXIT_FAILED = 1;
export declare const EXIT_USAGE = 2;
export declare function errorLine(err: unknown): string;
export declare function main(argv: string[]): Promise<number>;
