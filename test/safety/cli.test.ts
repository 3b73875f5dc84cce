/**
 * The CLI never shows a stack trace: a closed stdout pipe ends it quietly,
 * a missing build is one line, and the safety limits are flags that work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ensureBuilt, expectJson, expectOneLineError, ROOT, runCli } from '../helpers/cli.js';

const SEED = readFileSync(join(ROOT, 'fixtures', 'aleppo-ceasefire.txt'), 'utf8');
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'newsx-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI under stress', () => {
  it.concurrent('stops quietly when stdout is closed early (EPIPE, as with `| head`)', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, SEED.repeat(150)); // ~470 kB of text: a large JSON document
    const result = await new Promise<{ code: number | null; stderr: string; got: number }>((resolve) => {
      const child = spawn(process.execPath, [BIN, big, '--compact'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let got = 0;
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.stdout.once('data', (c: Buffer) => {
        got = c.length;
        child.stdout.destroy(); // the reader goes away after the first chunk
      });
      child.on('close', (code) => resolve({ code, stderr, got }));
    });
    expect(result.got).toBeGreaterThan(0);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.concurrent('reports a missing build in one line', async () => {
    const fake = join(dir, 'pkg');
    mkdirSync(join(fake, 'bin'), { recursive: true });
    copyFileSync(BIN, join(fake, 'bin', 'newsx.js'));
    writeFileSync(join(fake, 'package.json'), '{"type":"module"}');
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(fake, 'bin', 'newsx.js'), 'x.txt'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsx: cannot load newsx \(.*\); run "npm run build" first\n$/);
  });

  it.concurrent('--max-chars cuts the text with a warning', async () => {
    const json = expectJson(await runCli([join(ROOT, 'fixtures', 'aleppo-ceasefire.txt'), '--max-chars', '1k', '--compact']));
    expect(json.article.text.length).toBeLessThanOrEqual(1000);
    expect(json.meta.warnings).toEqual(['the article text was cut at 1000 characters (see --max-chars)']);
  });

  it.concurrent('--max-bytes refuses a larger file in one line', async () => {
    const line = expectOneLineError(await runCli([join(ROOT, 'fixtures', 'aleppo-ceasefire.txt'), '--max-bytes', '1k']));
    expect(line).toMatch(/larger than 1024 bytes \(see --max-bytes\)$/);
  });

  it.concurrent('reads stdin with the same guards (binary refused in one line)', async () => {
    const line = expectOneLineError(await runCli(['-'], { input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }));
    expect(line).toBe('newsx: stdin: not an article: the input is a PNG image');
  });

  it.concurrent('rejects a bad --max-bytes value as a usage error (exit 2)', async () => {
    const r = await runCli(['x.txt', '--max-bytes', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-bytes must be a positive whole number/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
