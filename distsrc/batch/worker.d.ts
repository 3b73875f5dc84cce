/**
 * The batch worker (runs in a worker thread, from dist/batch/worker.js): bytes
 * or text in, the result as a JSON string out. Decoding (gunzip, charset) and
 * JSON serialisation happen here, off the main thread; the main thread only
 * reads, orders and writes lines.
 */
import type { MessagePort } from 'node:worker_threads';
export interface WorkerTask {
    content: string | Uint8Array;
    charset?: string | null;
    url: string | null;
    published?: string | null;
    format?: 'html' | 'text';
    /** Reported as meta.source. */
    name: string;
    maxBytes: number;
    /** Told when the task starts (so the runner's timeout counts only the run). */
    started?: MessagePort;
}
export type WorkerOutcome = {
    ok: true;
    json: string;
} | {
    ok: false;
    error: {
        code: string;
        message: string;
    };
};
export default function runTask(task: WorkerTask): WorkerOutcome;
