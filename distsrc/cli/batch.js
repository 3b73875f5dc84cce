/**
 * `newsx batch <source...>`: many articles in, one NDJSON record per article
 * out, in input order. Exit codes: 0 every item succeeded, 1 some items failed
 * (their records say why), 2 usage or fatal error.
 */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { parseShard } from '../batch/shard.js';
import { describeError } from '../errors.js';
function positiveInt(name) {
    return (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1)
            throw new InvalidArgumentError(`${name} must be a whole number of at least 1`);
        return n;
    };
}
function positiveNumber(name) {
    return (v) => {
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0)
            throw new InvalidArgumentError(`${name} must be a positive number`);
        return n;
    };
}
export function registerBatch(program, setExit) {
    program
        .command('batch')
        .description('extract many articles: directories, URL lists, NDJSON or WARC files -> NDJSON, one record per article, in input order')
        .argument('<source...>', 'directories (.html .htm .txt and .gz, recursively), .warc/.warc.gz, .ndjson/.jsonl files, URL lists (with --urls), or - for NDJSON on stdin')
        .option('--urls', 'read plain files (and -) as lists of URLs, one per line')
        .option('-o, --output <file>', 'write the records to a file instead of stdout')
        .option('--resume', 'with --output: skip items already in the file and append the rest')
        .option('-j, --concurrency <n>', 'worker threads', positiveInt('--concurrency'), availableParallelism())
        .option('--per-host <n>', 'concurrent fetches per host', positiveInt('--per-host'), 2)
        .option('--shard <k/n>', 'process only items whose index % n == k-1 (k from 1 to n)', (v) => {
        const s = parseShard(v);
        if (!s)
            throw new InvalidArgumentError('--shard must be K/N with 1 <= K <= N, e.g. 2/8');
        return s;
    })
        .option('-q, --quiet', 'no progress line and no summary on stderr')
        .option('--timeout <seconds>', 'URL fetch timeout in seconds', positiveNumber('--timeout'), 20)
        .option('--item-timeout <seconds>', 'give up on one article after this long', positiveNumber('--item-timeout'), 120)
        .option('--max-bytes <n>', 'largest page accepted, in bytes', positiveNumber('--max-bytes'), 10 * 1024 * 1024)
        .option('--window <n>', 'items read ahead of the output (default 4 x concurrency)', positiveInt('--window'))
        .action(async (sources, flags) => {
        // Should the run ever end without finishing (the event loop drained), the exit code says so.
        process.exitCode = 2;
        try {
            // loaded on demand: plain `newsx <file>` never pays for the pool and readers
            const { runBatch } = await import('../batch/run.js');
            const summary = await runBatch({
                sources,
                urls: flags.urls,
                output: flags.output,
                resume: flags.resume,
                concurrency: flags.concurrency,
                perHost: flags.perHost,
                shard: flags.shard ?? null,
                quiet: flags.quiet,
                timeoutMs: flags.timeout * 1000,
                itemTimeoutMs: flags.itemTimeout * 1000,
                maxBytes: flags.maxBytes,
                window: flags.window,
            });
            if (summary.interrupted === 'SIGINT' || summary.interrupted === 'SIGTERM') {
                // In-flight fetches may hold the event loop: leave now (every written record is whole).
                process.exit(summary.interrupted === 'SIGINT' ? 130 : 143);
            }
            setExit(summary.interrupted ? 2 : summary.failed > 0 ? 1 : 0);
        }
        catch (err) {
            const { message } = describeError(err);
            process.stderr.write(`newsx batch: ${message}\n`);
            setExit(2);
        }
    });
}
//# sourceMappingURL=batch.js.map