import type { WorkerOutcome, WorkerTask } from './worker.js';
/** dist/batch/worker.js, also when this module is loaded from src/ (tests). */
export declare function workerFile(): string;
export interface ExtractPool {
    run(task: WorkerTask, timeoutMs?: number): Promise<WorkerOutcome>;
    close(): Promise<void>;
    /** Stop at once: running tasks are abandoned. */
    kill(): Promise<void>;
}
export interface PoolOptions {
    /** Called once if the workers cannot run at all (e.g. the worker module fails to load). */
    onFatal?: (err: Error) => void;
}
export declare function createPool(threads: number, opts?: PoolOptions): ExtractPool;
