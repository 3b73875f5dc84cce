/**
 * The batch runner: items in, one NDJSON record per item out, in input order.
 *
 *   items (lazy) -> shard / resume filter -> load (main thread: read, fetch)
 *     -> worker pool (decode, extract, serialise) -> reorder buffer -> writer
 *
 * At most `window` items (default 4 x concurrency) are between "taken from the
 * input" and "written", so memory does not grow with the size of the input;
 * a slow item holds the output back but never reorders it. A bad item becomes
 * an error record and never stops the batch.
 */
import { availableParallelism } from 'node:os';
import { NewsxError, describeError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../source/decode.js';
import { batchItems, knownTotal, planSources } from '../source/batch/items.js';
import { sourceKey } from '../source/batch/types.js';
import { createPool } from './pool.js';
import { inShard } from './shard.js';
import { loadDone } from './resume.js';
import { fileWriter, streamWriter } from './output.js';
import { Progress } from './progress.js';
export const DEFAULT_ITEM_TIMEOUT_MS = 120_000;
/** One output line. The source comes first (resume reads it back cheaply). */
export function recordLine(source, outcome) {
    const src = JSON.stringify(source);
    return outcome.ok ? `{"source":${src},"result":${outcome.json}}\n` : `{"source":${src},"error":${JSON.stringify(outcome.error)}}\n`;
}
function shardTotal(total, shard) {
    if (total === null || !shard)
        return total;
    return total > shard.k - 1 ? Math.ceil((total - (shard.k - 1)) / shard.n) : 0;
}
export async function runBatch(opts) {
    const concurrency = opts.concurrency ?? availableParallelism();
    const window = Math.max(1, opts.window ?? 4 * concurrency);
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const itemTimeoutMs = opts.itemTimeoutMs ?? DEFAULT_ITEM_TIMEOUT_MS;
    const stderr = opts.stderr ?? process.stderr;
    if (opts.resume && !opts.output)
        throw new NewsxError('EUSAGE', '--resume needs --output FILE (the records to resume from)');
    if (opts.sources.length === 0)
        throw new NewsxError('EUSAGE', 'no sources given');
    const planned = await planSources(opts.sources, {
        urls: opts.urls,
        perHost: opts.perHost ?? 2,
        timeoutMs: opts.timeoutMs,
        maxBytes,
        stdin: opts.stdin,
    });
    const done = opts.resume && opts.output ? await loadDone(opts.output) : null;
    const writer = opts.output ? fileWriter(opts.output, Boolean(opts.resume)) : streamWriter(opts.stdout ?? process.stdout);
    const live = opts.progress ?? (!opts.quiet && Boolean(stderr.isTTY));
    const total = shardTotal(knownTotal(planned), opts.shard);
    const progress = new Progress({ stream: stderr, live, total });
    // no more workers than items, when the count is known (each worker costs ~0.6 s of start-up)
    const threads = total !== null ? Math.max(1, Math.min(concurrency, total)) : concurrency;
    let fatal = null;
    // Started on the first item, so a run with nothing to do (all resumed, empty input) starts no worker.
    let poolInstance = null;
    const pool = () => (poolInstance ??= createPool(threads, {
        onFatal: (err) => {
            fatal = err;
            signalProgress();
        },
    }));
    // The reorder buffer: finished lines by sequence number, written in order.
    const finished = new Map();
    let nextSeq = 0; // next sequence number to hand out
    let written = 0; // lines written (= the next sequence number to write)
    let wake = null;
    const signalProgress = () => {
        const w = wake;
        wake = null;
        w?.();
    };
    let interrupted = null;
    const flush = () => {
        for (let line = finished.get(written); line !== undefined; line = finished.get(written)) {
            finished.delete(written);
            if (!interrupted)
                writer.write(line);
            written++;
        }
        signalProgress();
    };
    const process1 = async (item, seq) => {
        let outcome;
        try {
            const c = await item.load();
            outcome = await pool().run({
                content: c.content,
                charset: c.charset ?? null,
                url: c.url,
                published: c.published ?? null,
                format: c.format,
                name: sourceName(item.source),
                maxBytes,
            }, itemTimeoutMs);
        }
        catch (err) {
            outcome = { ok: false, error: describeError(err) };
        }
        if (stopped()) {
            signalProgress(); // let the main loop see the stop
            return;
        }
        progress.done(outcome.ok);
        finished.set(seq, recordLine(item.source, outcome));
        flush();
    };
    const onSignal = (sig) => {
        if (interrupted)
            process.exit(sig === 'SIGINT' ? 130 : 143); // a second signal: stop now
        interrupted = sig;
        signalProgress();
    };
    const handleSignals = opts.handleSignals ?? true;
    if (handleSignals) {
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
    }
    const stopped = () => Boolean(interrupted || writer.closed || fatal);
    const waitFor = async (cond) => {
        while (!cond() && !stopped())
            await new Promise((r) => (wake = r));
    };
    try {
        for await (const item of batchItems(planned)) {
            if (stopped())
                break;
            if (!inShard(item.index, opts.shard))
                continue;
            if (done?.keys.has(sourceKey(item.source))) {
                progress.skip();
                continue;
            }
            await waitFor(() => nextSeq - written < window);
            await writer.ready();
            if (stopped())
                break;
            void process1(item, nextSeq++);
        }
        await waitFor(() => written === nextSeq);
    }
    finally {
        if (handleSignals) {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
        const started = poolInstance; // assigned in a closure: TS cannot see it
        if (started && stopped())
            await started.kill().catch(() => { });
        else if (started)
            await started.close();
        await writer.close();
    }
    if (fatal) {
        progress.clear();
        throw fatal;
    }
    if (writer.closed && !interrupted)
        interrupted = 'output closed';
    progress.clear();
    if (!opts.quiet) {
        stderr.write(progress.summary(interrupted ? `stopped (${interrupted})${opts.output ? '; run again with --resume to finish' : ''}` : undefined));
    }
    const { ok, failed, skipped } = progress.counts;
    return { items: ok + failed, ok, failed, skipped, elapsedSec: progress.elapsedSec, interrupted };
}
/** The name reported as meta.source. */
function sourceName(s) {
    if ('path' in s)
        return s.path;
    if ('warc' in s)
        return s.url ?? `${s.warc}#${s.recordId ?? s.record ?? ''}`;
    if ('ndjson' in s)
        return s.url ?? (s.id !== undefined ? `${s.ndjson}#${s.id}` : `${s.ndjson}:${s.line}`);
    return s.url;
}
//# sourceMappingURL=run.js.map