/**
 * The worker pool (piscina): one worker thread per core by default, each
 * running the compiled library from dist/. Tasks that fail, time out or crash
 * their worker resolve to an error outcome; the pool replaces dead workers.
 */
import { existsSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { describeError, NewsxError } from '../errors.js';
/** dist/batch/worker.js, also when this module is loaded from src/ (tests). */
export function workerFile() {
    const here = new URL('./worker.js', import.meta.url);
    if (existsSync(fileURLToPath(here)))
        return here.href;
    const dist = new URL('../../dist/batch/worker.js', import.meta.url);
    if (existsSync(fileURLToPath(dist)))
        return dist.href;
    throw new NewsxError('EUSAGE', 'the batch worker dist/batch/worker.js is missing: run "npm run build"');
}
export function createPool(threads, opts = {}) {
    const pool = new Piscina({
        filename: workerFile(),
        minThreads: threads,
        maxThreads: threads,
        concurrentTasksPerWorker: 1,
        idleTimeout: 30_000,
    });
    // Errors outside a task (a worker that cannot start) would otherwise crash the process.
    let fatal = false;
    pool.on('error', (err) => {
        if (fatal)
            return;
        fatal = true;
        opts.onFatal?.(new NewsxError('EEXTRACT', `the extraction worker failed: ${describeError(err).message}`));
    });
    // Tasks wait here, not in piscina's queue, so an item's timeout counts only its own run.
    let free = threads;
    const waiting = [];
    const acquire = () => {
        if (free > 0) {
            free--;
            return Promise.resolve();
        }
        return new Promise((resolve) => waiting.push(resolve));
    };
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            free++;
    };
    return {
        async run(task, timeoutMs) {
            const transferList = [];
            if (task.content instanceof Uint8Array) {
                let c = task.content;
                // Transfer whole buffers only: a view into a shared pool must be copied.
                if (c.byteOffset !== 0 || c.byteLength !== c.buffer.byteLength || !(c.buffer instanceof ArrayBuffer))
                    c = c.slice();
                transferList.push(c.buffer);
                task = { ...task, content: c };
            }
            await acquire();
            // The worker says when it starts the task: the timeout counts the run, not worker start-up.
            const controller = new AbortController();
            let timer;
            const channel = timeoutMs ? new MessageChannel() : null;
            if (channel) {
                channel.port1.once('message', () => {
                    timer = setTimeout(() => controller.abort(), timeoutMs);
                });
                task = { ...task, started: channel.port2 };
                transferList.push(channel.port2);
            }
            try {
                return (await pool.run(task, { transferList, signal: controller.signal }));
            }
            catch (err) {
                if (controller.signal.aborted)
                    return { ok: false, error: { code: 'ETIMEOUT', message: `extraction took longer than ${(timeoutMs ?? 0) / 1000} s (see --item-timeout)` } };
                const d = describeError(err);
                return { ok: false, error: { code: 'EEXTRACT', message: `worker failed: ${d.message}` } };
            }
            finally {
                clearTimeout(timer);
                channel?.port1.close();
                release();
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
//# sourceMappingURL=pool.js.map