#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`newsx: ${err && err.message ? err.message.split('\n')[0] : String(err)}\n`);
    process.exitCode = 2;
  },
);
