import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultSchema } from '../../src/schema.js';

const BIN = new URL('../../bin/newsx.js', import.meta.url).pathname;
const SEED = new URL('../../fixtures/aleppo-ceasefire.txt', import.meta.url).pathname;

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |node:internal|Error: .*\n.*\.js:\d+/);

describe('newsx CLI', () => {
  it('extracts the seed article to schema-valid compact JSON when piped', () => {
    const r = run([SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const json = ResultSchema.parse(JSON.parse(r.stdout));
    expect(json.article.title).toBe('Ceasefire takes hold in Aleppo; US pushes to extend truce');
    expect(json.meta.source).toBe(SEED);
  });

  it('hands NEWSX_V8_FLAGS to V8 instead of its own JIT flags (the default flags are known to this V8: stderr stays empty above)', () => {
    const r = spawnSync(process.execPath, [BIN, SEED], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1', NEWSX_V8_FLAGS: '--no-such-v8-flag-here' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('no-such-v8-flag-here');
    expect(JSON.parse(r.stdout).article.title).toBe('Ceasefire takes hold in Aleppo; US pushes to extend truce');
  });

  it('pretty-prints with --pretty', () => {
    const r = run([SEED, '--pretty']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(10);
    JSON.parse(r.stdout);
  });

  it('reads stdin with -', () => {
    const r = run(['-', '--published', '2024-03-01'], 'The minister said on Tuesday that talks would resume.\n');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.article.published).toBe('2024-03-01');
    expect(json.article.text).toContain('talks would resume');
  });

  it('reads HTML files, detected by content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsx-cli-'));
    const f = join(dir, 'page.txt');
    writeFileSync(f, '<!doctype html><html><head><title>Storm hits coast</title></head><body><article><h1>Storm hits coast</h1><p>A storm hit the coast on Monday, officials said.</p><p>Thousands lost power.</p></article></body></html>');
    const r = run([f]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.meta.format).toBe('html');
    expect(json.article.title).toBe('Storm hits coast');
    expect(json.article.text).toContain('Thousands lost power.');
  });

  it('exits 1 with one line on stderr for a missing file', () => {
    const r = run(['/nonexistent/file.html']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^newsx: .*no such file/);
    noStack(r.stderr);
  });

  it('exits 1 for empty input', () => {
    const r = run(['-'], '   \n\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^newsx: .*empty/);
  });

  it('exits 2 on usage errors', () => {
    expect(run([]).code).toBe(2);
    expect(run(['--no-such-flag', SEED]).code).toBe(2);
    const bad = run([SEED, '--published', 'not a date']);
    expect(bad.code).toBe(2);
    noStack(bad.stderr);
    expect(run([SEED, '--format', 'yaml']).code).toBe(2);
  });

  it('prints help and version', () => {
    const h = run(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--published');
    const v = run(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
