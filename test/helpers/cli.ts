/**
 * Run the real CLI (`node bin/newsx.js`) as a child process, asynchronously
 * (a loopback server in the test process must keep answering), with a hard
 * time limit. Builds dist/ first when it is missing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'newsx.js');

export function ensureBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) execFileSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, stdio: 'inherit' });
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runCli(args: string[], opts: { input?: string | Buffer; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const killer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 25_000);
    child.on('error', (e) => {
      clearTimeout(killer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

/** The CLI's contract for a failed input: exit 1, nothing on stdout, one line on stderr, no stack trace. */
export function expectOneLineError(r: CliRun): string {
  if (r.code !== 1) throw new Error(`expected exit 1, got ${r.code} (${r.signal ?? ''}); stderr: ${r.stderr.slice(0, 500)}`);
  if (r.stdout !== '') throw new Error(`expected no stdout, got ${r.stdout.slice(0, 200)}`);
  if (!/^newsx: [^\n]+\n$/.test(r.stderr)) throw new Error(`expected one line on stderr, got ${JSON.stringify(r.stderr.slice(0, 500))}`);
  if (/\n\s+at /.test(r.stderr) || /\bat .*\.js:\d+/.test(r.stderr)) throw new Error(`stack trace on stderr: ${r.stderr}`);
  return r.stderr.trim();
}

/** The CLI's contract for a success: exit 0, one JSON document on stdout. */
export function expectJson(r: CliRun): any {
  if (r.code !== 0) throw new Error(`expected exit 0, got ${r.code}; stderr: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout);
}
