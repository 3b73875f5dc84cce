// Loaded with `node --import` by bench/run.js: on exit, the main thread writes the
// process's peak resident set size and CPU time (worker threads included, they
// share the process) to the file named by NEWSX_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.NEWSX_BENCH_RSS_FILE;
if (out && isMainThread) {
  process.on('exit', () => {
    try {
      const u = process.resourceUsage();
      // maxRSS in KB; CPU in microseconds (all threads of the process)
      writeFileSync(out, JSON.stringify({ maxRSS: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }));
    } catch {
      // the benchmark reports the figure as missing
    }
  });
}
