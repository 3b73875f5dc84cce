// Loaded with `node --import` by bench/run.js: on exit, the main thread writes the
// process's peak resident set size (KB; worker threads included, they share the
// process) to the file named by NEWSX_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.NEWSX_BENCH_RSS_FILE;
if (out && isMainThread) {
  process.on('exit', () => {
    try {
      writeFileSync(out, String(process.resourceUsage().maxRSS));
    } catch {
      // the benchmark reports the figure as missing
    }
  });
}
