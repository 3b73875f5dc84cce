import { type ItemSource } from '../source/batch/types.js';
import { type Shard } from './shard.js';
import type { WorkerOutcome } from './worker.js';
export interface BatchOptions {
    sources: string[];
    /** Read plain files as URL lists. */
    urls?: boolean;
    /** Worker threads (default: the number of cores). */
    concurrency?: number;
    /** Concurrent fetches per host (default 2). */
    perHost?: number;
    /** Items read ahead of the output (default 4 x concurrency). */
    window?: number;
    /** Write records to this file instead of stdout. */
    output?: string;
    /** Skip items whose records are already in `output`. */
    resume?: boolean;
    shard?: Shard | null;
    quiet?: boolean;
    /** Fetch timeout per URL. */
    timeoutMs?: number;
    /** Largest page, in bytes. */
    maxBytes?: number;
    /** Give up on one item's extraction after this long (its worker is restarted). */
    itemTimeoutMs?: number;
    stdout?: NodeJS.WritableStream;
    stderr?: NodeJS.WriteStream | NodeJS.WritableStream;
    stdin?: NodeJS.ReadableStream;
    /** Draw the live progress line (default: stderr is a TTY and not quiet). */
    progress?: boolean;
    /** Stop on SIGINT / SIGTERM (default true). */
    handleSignals?: boolean;
}
export interface BatchSummary {
    items: number;
    ok: number;
    failed: number;
    skipped: number;
    elapsedSec: number;
    /** The signal that stopped the run early, or "output closed". */
    interrupted: string | null;
}
export declare const DEFAULT_ITEM_TIMEOUT_MS = 120000;
/** One output line. The source comes first (resume reads it back cheaply). */
export declare function recordLine(source: ItemSource, outcome: WorkerOutcome): string;
export declare function runBatch(opts: BatchOptions): Promise<BatchSummary>;
