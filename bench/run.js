#!/usr/bin/env node
/**
 * End-to-end benchmark of `newsx batch`: pages/s, MB/s and peak RSS on a corpus
 * directory, with 1 worker and with all cores, the corpus 3 times in one run,
 * and a memory check: the corpus 6 times in one run, with the peak RSS of each
 * sixth of the run (peak memory must level off, not grow with the page count).
 * Peak RSS is the child's process.resourceUsage().maxRSS (worker threads are
 * in the same process), written on exit by bench/rss-preload.mjs.
 *
 *   npm run bench                  # ../shared/eval/pages/html if present, else fixtures/
 *   node bench/run.js DIR          # another corpus
 *   node bench/run.js DIR DIR2     # several directories as one corpus
 *   node bench/run.js --repeat 3   # best of 3 runs per configuration (default 2)
 *   node bench/run.js --memory-copies 24   # the memory run's length (default 24 copies)
 *   node bench/run.js --json       # one JSON object instead of the table
 *
 * Each run is the real CLI in a child process (start-up, reading, workers,
 * ordering and writing all count); stdout is read and its records counted.
 * Needs a build (npm run build).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'newsx.js');
const PRELOAD = join(ROOT, 'bench', 'rss-preload.mjs');

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const repeat = Math.max(1, Number(value('--repeat', 2)) || 2);
const VALUED = new Set(['--repeat', '--memory-copies']);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && VALUED.has(args[i - 1])));

function defaultCorpus() {
  for (const c of [join(ROOT, '..', 'shared', 'eval', 'pages', 'html'), join(ROOT, '..', '..', 'shared', 'eval', 'pages', 'html')]) {
    if (existsSync(c)) return c;
  }
  return join(ROOT, 'fixtures');
}

const ARTICLE = /\.(html?|txt)(\.gz)?$/i;
function corpusFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (ARTICLE.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function inputBytes(files) {
  let disk = 0;
  let html = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    disk += buf.length;
    try {
      html += buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf).length : buf.length;
    } catch {
      html += buf.length;
    }
  }
  return { disk, html };
}

function runOnce(sources, concurrency, keep = false) {
  const dir = mkdtempSync(join(tmpdir(), 'newsx-bench-'));
  const rssFile = join(dir, 'rss');
  return new Promise((resolveRun, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', PRELOAD, BIN, 'batch', ...sources, '-j', String(concurrency), '-q'], {
      env: { ...process.env, NEWSX_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let outBytes = 0;
    let errors = 0;
    let tail = '';
    const kept = [];
    child.stdout.setEncoding('utf8').on('data', (d) => {
      outBytes += Buffer.byteLength(d);
      const parts = (tail + d).split('\n');
      tail = parts.pop();
      for (const l of parts) {
        lines++;
        if (keep) kept.push(l);
        if (l.indexOf(',"error":{') > 0 && !l.includes(',"result":{')) errors++;
      }
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    // RSS over time (Linux /proc), to see whether memory creeps up as pages go by
    const samples = [];
    const poll = setInterval(() => {
      try {
        const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) samples.push(Number(m[1]));
      } catch {
        // no /proc, or the child is gone
      }
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const sec = Number(process.hrtime.bigint() - started) / 1e9;
      let rssKb = null;
      let cpuSec = null;
      try {
        const u = JSON.parse(readFileSync(rssFile, 'utf8'));
        rssKb = u.maxRSS;
        cpuSec = u.cpuUs / 1e6;
      } catch {
        // no figure
      }
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0 && code !== 1) return reject(new Error(`newsx batch exited ${code}: ${stderr.trim()}`));
      if (tail) return reject(new Error('the output ended with a partial line'));
      resolveRun({ sec, lines, errors, outBytes, rssKb, cpuSec, samples, kept });
    });
  });
}

async function best(sources, concurrency) {
  let b = null;
  for (let i = 0; i < repeat; i++) {
    const r = await runOnce(sources, concurrency);
    if (!b || r.sec < b.sec) b = { ...r, peakRssKb: Math.max(r.rssKb ?? 0, b?.peakRssKb ?? 0) };
    else b.peakRssKb = Math.max(b.peakRssKb, r.rssKb ?? 0);
  }
  return b;
}

const corpora = (positional.length ? positional : [defaultCorpus()]).map((d) => resolve(d));
const corpus = corpora.join(' + ');
if (!existsSync(join(ROOT, 'dist', 'batch', 'worker.js'))) {
  process.stderr.write('bench: dist/ is missing or stale; run "npm run build" first\n');
  process.exit(2);
}
for (const d of corpora) {
  if (!existsSync(d) || !statSync(d).isDirectory()) {
    process.stderr.write(`bench: ${d} is not a directory\n`);
    process.exit(2);
  }
}
const files = corpora.flatMap(corpusFiles);
if (files.length === 0) {
  process.stderr.write(`bench: no .html/.htm/.txt(.gz) files under ${corpus}\n`);
  process.exit(2);
}
const bytes = inputBytes(files);
const cores = availableParallelism();
const machine = { cores, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadavg: loadavg().map((x) => Number(x.toFixed(2))) };

const configs = [
  { name: '1 worker', sources: corpora, concurrency: 1, copies: 1 },
  { name: `${cores} workers`, sources: corpora, concurrency: cores, copies: 1 },
  { name: `${cores} workers, corpus x3`, sources: [...corpora, ...corpora, ...corpora], concurrency: cores, copies: 3 },
];
const results = [];
for (const c of configs) {
  const r = await best(c.sources, c.concurrency);
  const pages = files.length * c.copies;
  if (r.lines !== pages) throw new Error(`${c.name}: ${r.lines} records for ${pages} pages`);
  results.push({
    config: c.name,
    workers: c.concurrency,
    pages,
    failed: r.errors,
    seconds: Number(r.sec.toFixed(2)),
    pagesPerSec: Number((pages / r.sec).toFixed(1)),
    mbPerSec: Number(((bytes.html * c.copies) / 1e6 / r.sec).toFixed(2)),
    peakRssMb: r.peakRssKb ? Number((r.peakRssKb / 1024).toFixed(0)) : null,
    cpuSec: r.cpuSec === null ? null : Number(r.cpuSec.toFixed(2)),
    // CPU per page (start-up included): what the machine's load cannot inflate much
    cpuMsPerPage: r.cpuSec === null ? null : Number(((r.cpuSec * 1000) / pages).toFixed(1)),
  });
}
// Memory: the corpus many times in one run; the peak RSS of each sixth of the
// run (sampled from /proc) must level off instead of climbing with the pages
// seen. Each worker's V8 heap grows in a sawtooth until its first full
// mark-compact (a few hundred pages here), so the run must be long enough to
// show a whole cycle: 24 copies by default.
const MEM_COPIES = Math.max(6, Number(value('--memory-copies', 24)) || 24);
const mem = await runOnce(Array(MEM_COPIES).fill(corpora).flat(), cores);
const SIXTHS = 6;
if (mem.lines !== files.length * MEM_COPIES) throw new Error(`memory run: ${mem.lines} records for ${files.length * MEM_COPIES} pages`);
const part = Math.floor(mem.samples.length / SIXTHS);
const bySixth =
  part > 0 ? Array.from({ length: SIXTHS }, (_, i) => Math.max(...mem.samples.slice(i * part, i === SIXTHS - 1 ? undefined : (i + 1) * part))) : null;
const mb = (kb) => (kb ? Number((kb / 1024).toFixed(0)) : null);
const memory = {
  peakRssMb1x: results[1].peakRssMb,
  peakRssMb3x: results[2].peakRssMb,
  copies: MEM_COPIES,
  pagesLong: files.length * MEM_COPIES,
  peakRssMbLong: mb(mem.rssKb),
  pagesPerSecLong: Number(((files.length * MEM_COPIES) / mem.sec).toFixed(1)),
  peakRssMbBySixthLong: bySixth ? bySixth.map(mb) : null,
  cpuMsPerPageLong: mem.cpuSec === null ? null : Number(((mem.cpuSec * 1000) / (files.length * MEM_COPIES)).toFixed(1)),
  idleCeiling: mem.cpuSec === null ? null : Math.round((cores * files.length * MEM_COPIES) / mem.cpuSec),
};

// The corpus plus a binary, an empty and a truncated file: exactly one parsable
// record per file, in order, the bad ones as errors.
const mixed = mkdtempSync(join(tmpdir(), 'newsx-bench-mixed-'));
const links = files.map((f, i) => {
  const name = `${String(i).padStart(5, '0')}-${f.split('/').pop()}`;
  symlinkSync(f, join(mixed, name));
  return name;
});
const bad = { 'zz-binary.html': 'ENOTARTICLE', 'zz-empty.html': 'EEMPTY', 'zz-truncated.html.gz': 'EREAD' };
writeFileSync(join(mixed, 'zz-binary.html'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)));
writeFileSync(join(mixed, 'zz-empty.html'), '');
const gz = gzipSync(readFileSync(files[0]).subarray(0, 200_000));
writeFileSync(join(mixed, 'zz-truncated.html.gz'), gz.subarray(0, gz.length >> 1));
const expectedNames = [...links, ...Object.keys(bad)].sort();
const chk = await runOnce([mixed], cores, true);
rmSync(mixed, { recursive: true, force: true });
const problems = [];
if (chk.kept.length !== expectedNames.length) problems.push(`${chk.kept.length} records for ${expectedNames.length} files`);
chk.kept.forEach((line, i) => {
  let rec;
  try {
    rec = JSON.parse(line);
  } catch {
    problems.push(`record ${i} is not JSON`);
    return;
  }
  const name = String(rec.source?.path ?? '').split('/').pop();
  if (name !== expectedNames[i]) problems.push(`record ${i} is ${name}, expected ${expectedNames[i]}`);
  if (!('result' in rec) === !('error' in rec)) problems.push(`record ${i} has neither or both of result / error`);
  if (bad[name] && rec.error?.code !== bad[name]) problems.push(`${name}: ${rec.error?.code ?? 'no error'}, expected ${bad[name]}`);
});
const check = {
  files: expectedNames.length,
  records: chk.kept.length,
  ok: problems.length === 0,
  problems: problems.slice(0, 5),
  // the issue's acceptance run: the real pages plus three bad files, all cores, one run
  seconds: Number(chk.sec.toFixed(2)),
  pagesPerSec: Number((expectedNames.length / chk.sec).toFixed(1)),
  cpuSec: chk.cpuSec === null ? null : Number(chk.cpuSec.toFixed(2)),
};

if (flag('--json')) {
  process.stdout.write(JSON.stringify({ machine, corpus, files: files.length, bytes, repeat, results, memory, check }) + '\n');
} else {
  const p = (s, n) => String(s).padStart(n);
  process.stdout.write(`newsx batch benchmark — ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}, load ${machine.loadavg.join(' ')}\n`);
  process.stdout.write(
    `corpus ${corpus}: ${files.length} files, ${(bytes.disk / 1e6).toFixed(1)} MB on disk, ${(bytes.html / 1e6).toFixed(1)} MB of HTML/text; best of ${repeat}\n\n`,
  );
  process.stdout.write(
    `${'configuration'.padEnd(26)}${p('pages', 7)}${p('failed', 8)}${p('s', 8)}${p('pages/s', 9)}${p('MB/s', 8)}${p('peak RSS', 10)}${p('CPU ms/page', 13)}\n`,
  );
  for (const r of results)
    process.stdout.write(
      `${r.config.padEnd(26)}${p(r.pages, 7)}${p(r.failed, 8)}${p(r.seconds.toFixed(2), 8)}${p(r.pagesPerSec.toFixed(1), 9)}${p(r.mbPerSec.toFixed(2), 8)}${p(r.peakRssMb === null ? '?' : `${r.peakRssMb} MB`, 10)}${p(r.cpuMsPerPage ?? '?', 13)}\n`,
    );
  process.stdout.write(
    `\nmemory: peak RSS ${memory.peakRssMb1x} MB for ${files.length} pages, ${memory.peakRssMb3x} MB for ${files.length * 3}, ${memory.peakRssMbLong} MB for ${memory.pagesLong} (${memory.pagesPerSecLong} pages/s)\n`,
  );
  process.stdout.write(`        CPU ${memory.cpuMsPerPageLong} ms/page over the long run: at most ~${memory.idleCeiling} pages/s on ${cores} idle cores\n`);
  if (memory.peakRssMbBySixthLong)
    process.stdout.write(`        peak RSS in each sixth of the ${memory.pagesLong}-page run: ${memory.peakRssMbBySixthLong.join(' / ')} MB\n`);
  process.stdout.write(
    `check: corpus + binary, empty and truncated files: ${check.records} records for ${check.files} files, ${check.ok ? 'one per file, in order, all parsable' : `PROBLEMS: ${check.problems.join('; ')}`}\n` +
      `       (one run, ${cores} workers: ${check.seconds} s, ${check.pagesPerSec} pages/s, CPU ${check.cpuSec ?? '?'} s)\n`,
  );
}
if (!check.ok) process.exitCode = 1;
