/**
 * The worker pool (piscina): one worker thread per core by default, each
 * running the compiled library from dist/. Tasks that fail, time out or crash
 * their worker resolve to an error outcome; the pool replaces dead workers.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { describeError, NewsxError } from '../errors.js';
import type { WorkerOutcome, WorkerTask } from './worker.js';

/** dist/batch/worker.js, also when this module is loaded from src/ (tests). */
export function workerFile(): string {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here.href;
  const dist = new URL('../../dist/batch/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(dist))) return dist.href;
  throw new NewsxError('EUSAGE', 'the batch worker dist/batch/worker.js is missing: run "npm run build"');
}

export interface ExtractPool {
  run(task: WorkerTask, timeoutMs?: number): Promise<WorkerOutcome>;
  close(): Promise<void>;
  /** Stop at once: running tasks are abandoned. */
  kill(): Promise<void>;
}

export function createPool(threads: number): ExtractPool {
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    idleTimeout: 30_000,
  });
  return {
    async run(task, timeoutMs) {
      const transferList: ArrayBuffer[] = [];
      if (task.content instanceof Uint8Array) {
        let c = task.content;
        // Transfer whole buffers only: a view into a shared pool must be copied.
        if (c.byteOffset !== 0 || c.byteLength !== c.buffer.byteLength || !(c.buffer instanceof ArrayBuffer)) c = c.slice();
        transferList.push(c.buffer as ArrayBuffer);
        task = { ...task, content: c };
      }
      try {
        return (await pool.run(task, {
          transferList,
          signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : null,
        })) as WorkerOutcome;
      } catch (err) {
        const e = err as Error;
        if (e?.name === 'AbortError' || /abort/i.test(e?.message ?? ''))
          return { ok: false, error: { code: 'ETIMEOUT', message: `extraction took longer than ${(timeoutMs ?? 0) / 1000} s (see --item-timeout)` } };
        const d = describeError(err);
        return { ok: false, error: { code: 'EEXTRACT', message: `worker failed: ${d.message}` } };
      }
    },
    async close() {
      await pool.close();
    },
    async kill() {
      await pool.destroy();
    },
  };
}
