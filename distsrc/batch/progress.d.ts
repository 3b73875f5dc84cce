/**
 * The progress line (stderr, only on a terminal, redrawn at most 4 times a
 * second) and the one-line summary at the end.
 */
export interface Counts {
    ok: number;
    failed: number;
    skipped: number;
}
export interface ProgressOptions {
    stream: NodeJS.WriteStream | NodeJS.WritableStream;
    /** Draw the live line (default: when the stream is a TTY). */
    live: boolean;
    /** Items this run will see (after --shard), when known. */
    total: number | null;
}
export declare function formatDuration(sec: number): string;
export declare class Progress {
    private readonly opts;
    readonly counts: Counts;
    private readonly started;
    private lastDraw;
    private drawn;
    constructor(opts: ProgressOptions);
    get elapsedSec(): number;
    done(ok: boolean): void;
    skip(): void;
    line(): string;
    private maybeDraw;
    /** Erase the live line (before the summary or an error message). */
    clear(): void;
    summary(stopped?: string): string;
}
