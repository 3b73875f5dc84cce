/**
 * No rule may backtrack catastrophically: every RegExp exported (directly, in
 * arrays, objects or maps) from a src/**\/*.rules.ts module is checked with
 * recheck, and the test fails on a `vulnerable` verdict (exponential or
 * polynomial, e.g. /\s*:?\s*$/ on a line of spaces). New rules modules are
 * found by globbing, so extractors merged later are checked too.
 *
 * Verdicts are cached in the OS temp dir, keyed by pattern, flags and the
 * recheck parameters, so reruns only check new or changed patterns.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { checkSync, type Diagnostics, type Parameters } from 'recheck';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** Fuzzing kept small: on this repo's rules it gives the same verdicts as the defaults in ~60% of the time. */
const PARAMS: Parameters = { timeout: 10_000, maxIteration: 3, maxInitialGenerationSize: 100, maxGenerationSize: 50 };
const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;
const CACHE_FILE = join(tmpdir(), `newsx-redos-cache-${RECHECK_VERSION}.json`);

/** Every RegExp reachable from a module's exports, with a path naming it. */
export function collectRegExps(value: unknown, path: string, out: Array<{ name: string; re: RegExp }>, seen = new Set<unknown>(), depth = 0): void {
  if (value instanceof RegExp) {
    out.push({ name: path, re: value });
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value) || depth > 6) return;
  seen.add(value);
  if (Array.isArray(value)) value.forEach((v, i) => collectRegExps(v, `${path}[${i}]`, out, seen, depth + 1));
  else if (value instanceof Map) for (const [k, v] of value) collectRegExps(v, `${path}.get(${String(k)})`, out, seen, depth + 1);
  else if (value instanceof Set) [...value].forEach((v, i) => collectRegExps(v, `${path}{${i}}`, out, seen, depth + 1));
  else for (const [k, v] of Object.entries(value)) collectRegExps(v, `${path}.${k}`, out, seen, depth + 1);
}

const ruleFiles = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.rules.ts')).sort();
const regexes: Array<{ name: string; re: RegExp }> = [];
for (const f of ruleFiles) {
  const mod = (await import(pathToFileURL(join(SRC, f)).href)) as Record<string, unknown>;
  for (const [k, v] of Object.entries(mod)) collectRegExps(v, `${f.replace(/\\/g, '/')}: ${k}`, regexes);
}

type Verdict = Pick<Diagnostics, 'status'> & { summary?: string; attack?: string; error?: string };
const cache: Record<string, Verdict> = existsSync(CACHE_FILE) ? safeJson(readFileSync(CACHE_FILE, 'utf8')) : {};
let cacheDirty = false;

function safeJson(s: string): Record<string, Verdict> {
  try {
    return JSON.parse(s) as Record<string, Verdict>;
  } catch {
    return {};
  }
}

function verdict(re: RegExp): Verdict {
  const flags = re.flags.replace(/[gy]/g, ''); // global/sticky do not change backtracking
  const key = JSON.stringify([re.source, flags, PARAMS]);
  const hit = cache[key];
  if (hit) return hit;
  const d = checkSync(re.source, flags, PARAMS);
  const v: Verdict = { status: d.status };
  if (d.status === 'vulnerable') {
    v.summary = d.complexity.summary;
    v.attack = d.attack.pattern;
  } else if (d.status === 'safe') v.summary = d.complexity.summary;
  else v.error = d.error.kind;
  if (d.status !== 'unknown') {
    cache[key] = v;
    cacheDirty = true;
  }
  return v;
}

describe('ReDoS check of the exported rules', () => {
  it('finds the rules modules and their patterns', () => {
    expect(ruleFiles).toContain('page/text.rules.ts');
    expect(regexes.length).toBeGreaterThanOrEqual(10);
  });

  it('the checker flags known-vulnerable patterns (so this test can fail)', () => {
    expect(verdict(/^(a+)+$/).status).toBe('vulnerable');
    expect(verdict(/\s*:?\s*$/).status).toBe('vulnerable');
    expect(verdict(/^\d{4}-\d{2}-\d{2}$/).status).toBe('safe');
  });

  it.each(regexes.map((r) => [r.name, r.re] as const))('%s is not vulnerable', (_name, re) => {
    const v = verdict(re);
    if (v.status === 'unknown') console.warn(`recheck could not decide on /${re.source}/${re.flags}: ${v.error}`);
    expect(v.status, `/${re.source}/${re.flags}: ${v.summary ?? ''}; attack: ${v.attack ?? ''}`).not.toBe('vulnerable');
  });
});

afterAll(() => {
  if (cacheDirty) writeFileSync(CACHE_FILE, JSON.stringify(cache));
});
