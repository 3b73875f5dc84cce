/** Shared helpers for the batch tests: run the CLI, make pages, parse records. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ResultSchema, type Result } from '../../src/schema.js';

export const BIN = new URL('../../bin/newsx.js', import.meta.url).pathname;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start the CLI (async, so a loopback server in this process keeps serving). */
export function start(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  if (opts.input !== undefined) child.stdin!.end(opts.input);
  else child.stdin!.end();
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function newsx(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): Promise<Run> {
  return start(args, opts).done;
}

export function tmp(prefix = 'newsx-batch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A small, complete news page written for these tests. */
export function page(title: string, paragraphs: string[], extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${extra}</head><body><article><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
}

export function story(n: number): string {
  return page(`Council approves budget ${n}`, [
    `The city council approved budget number ${n} on Tuesday after a long debate, officials said.`,
    `"We have done our work," the council chair told reporters. The plan takes effect next month.`,
  ]);
}

export type Rec = { source: Record<string, unknown>; result?: Result; error?: { code: string; message: string } };

/** Every stdout line is one whole record, with exactly one of result / error. */
export function records(ndjson: string): Rec[] {
  expect(ndjson === '' || ndjson.endsWith('\n')).toBe(true);
  const lines = ndjson.split('\n').filter((l) => l.length > 0);
  return lines.map((l) => {
    const rec = JSON.parse(l) as Rec;
    expect(typeof rec.source).toBe('object');
    expect(Object.keys(rec).sort()).toEqual(rec.result ? ['result', 'source'] : ['error', 'source']);
    if (rec.result) ResultSchema.parse(rec.result);
    else {
      expect(typeof rec.error!.code).toBe('string');
      expect(rec.error!.message.length).toBeGreaterThan(0);
    }
    return rec;
  });
}
