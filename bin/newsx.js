#!/usr/bin/env node
// Starts the CLI; nothing else. Whatever happens, the user sees at most one
// line on stderr, never a stack trace (set NEWSX_DEBUG=1 to see them).
const debug = Boolean(process.env.NEWSX_DEBUG);

function fatal(err) {
  if (debug && err && err.stack) process.stderr.write(`${err.stack}\n`);
  const message = err && err.message ? String(err.message).split('\n')[0] : String(err).split('\n')[0];
  process.stderr.write(`newsx: ${message || 'unexpected error'}\n`);
  process.exitCode = 2;
}

// stdout closed early (`newsx a.html | head -c 100`): no crash, no stack trace;
// the command in charge decides what to do (extract stops quietly, batch says
// it stopped and exits 2).
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') return;
  fatal(err);
  process.exit(2);
});
process.stderr.on('error', () => {});
process.on('uncaughtException', (err) => {
  fatal(err);
  process.exit(2);
});
process.on('unhandledRejection', (err) => {
  fatal(err);
  process.exit(2);
});

// JIT tuning, measured in notes/perf.md ("Warm-up"): every process and every
// batch worker compiles newsx afresh, and with V8's defaults that compilation
// (TurboFan, on background threads) costs more CPU over the first ~200 pages
// than the pages themselves. Optimising later and inlining less cuts a
// 184-page batch from ~12.9 to ~9.5 CPU-seconds; compiling regular
// expressions to machine code at once (no interpreted first run) saves ~2%
// more; steady-state speed is unchanged. V8 reads these flags at each compile job, so setting them here,
// before anything is compiled, covers the worker threads too.
// NEWSX_V8_FLAGS replaces them ("" for V8's defaults).
import v8 from 'node:v8';
const v8Flags = process.env.NEWSX_V8_FLAGS ?? '--max-inlined-bytecode-size=60 --interrupt-budget=300000 --regexp-tier-up-ticks=0';
for (const flag of v8Flags.split(/\s+/).filter(Boolean)) v8.setFlagsFromString(flag);

import('../dist/cli/main.js').then(
  ({ main }) =>
    main(process.argv).then(
      (code) => {
        process.exitCode = code;
      },
      (err) => fatal(err),
    ),
  (err) => fatal(err && err.code === 'ERR_MODULE_NOT_FOUND' ? new Error(`cannot load newsx (${err.message.split('\n')[0]}); run "npm run build" first`) : err),
);
