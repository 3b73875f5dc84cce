import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsx, records, story, tmp } from './helpers.js';
import { inShard, parseShard } from '../../src/batch/shard.js';

describe('parseShard / inShard', () => {
  it.each([
    ['1/1', { k: 1, n: 1 }],
    ['3/8', { k: 3, n: 8 }],
    [' 2 / 2 ', { k: 2, n: 2 }],
    ['0/4', null],
    ['5/4', null],
    ['1/0', null],
    ['1.5/4', null],
    ['-1/4', null],
    ['2', null],
    ['a/b', null],
  ])('%j -> %j', (spec, want) => {
    expect(parseShard(spec)).toEqual(want);
  });

  it('puts every index in exactly one of N shards', () => {
    for (const n of [1, 2, 3, 7]) {
      for (let i = 0; i < 50; i++) {
        const owners = Array.from({ length: n }, (_, k) => k + 1).filter((k) => inShard(i, { k, n }));
        expect(owners).toEqual([(i % n) + 1]);
      }
    }
  });
});

describe('newsx batch --shard', () => {
  it('splits the items into N disjoint shards that together cover every item once, each in input order', async () => {
    const dir = tmp();
    const names = Array.from({ length: 8 }, (_, i) => `p${i}.html`);
    names.forEach((n, i) => writeFileSync(join(dir, n), story(i)));
    writeFileSync(join(dir, 'p3.html'), ''); // a failing item is still covered
    const list = join(tmp(), 'in.ndjson');
    writeFileSync(list, [JSON.stringify({ id: 'n1', html: story(20) }), 'not json'].join('\n'));
    const all = [...names.map((n) => `path:${join(dir, n)}`), `ndjson:${list}:1`, `ndjson:${list}:2`];
    const runs = await Promise.all([1, 2, 3].map((k) => newsx(['batch', dir, list, '--shard', `${k}/3`, '-q', '-j', '1'])));
    const seen: string[] = [];
    for (const [k, r] of runs.entries()) {
      const keys = records(r.stdout).map((x) => ('path' in x.source ? `path:${x.source.path}` : `ndjson:${x.source.ndjson}:${x.source.line}`));
      expect(keys).toEqual(all.filter((_, i) => i % 3 === k));
      seen.push(...keys);
    }
    expect(seen.sort()).toEqual([...all].sort());
  });

  it('rejects a malformed shard with exit code 2', async () => {
    const r = await newsx(['batch', tmp(), '--shard', '4/3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--shard must be K\/N/);
    expect(r.stdout).toBe('');
  });
});
