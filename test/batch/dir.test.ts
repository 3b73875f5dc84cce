import { mkdirSync, readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newsx, records, story, tmp, page } from './helpers.js';

function binary(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x & 0xff;
  }
  return b;
}

/** good pages, plus binary, empty and truncated ones, plus files that are not inputs. */
function corpus(): { dir: string; expected: Array<[string, string | null]> } {
  const dir = tmp();
  // A long page first: it takes longest, so with 2 workers later items finish before it.
  const long = page('Long report', Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of the long report says the talks went on for hours, officials said.`));
  writeFileSync(join(dir, 'a-long.html'), long);
  writeFileSync(join(dir, 'b.htm'), story(1));
  writeFileSync(join(dir, 'c.html.gz'), gzipSync(story(2)));
  writeFileSync(join(dir, 'd-binary.html'), binary(4000));
  writeFileSync(join(dir, 'e-empty.html'), '');
  const gz = gzipSync(story(3) + ' '.repeat(2000) + story(4));
  writeFileSync(join(dir, 'f-truncated.html.gz'), gz.subarray(0, gz.length >> 1));
  writeFileSync(join(dir, 'g.txt'), 'Ministers meet in Geneva\n\nThe ministers met in Geneva on Monday, a spokesman said.\n');
  writeFileSync(join(dir, 'notes.json'), '{}'); // not an input
  writeFileSync(join(dir, '.hidden.html'), story(9)); // hidden: skipped
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'sub', 'deeper', 'z.html'), story(5));
  writeFileSync(join(dir, 'sub', 'b.HTML'), story(6));
  symlinkSync(dir, join(dir, 'sub', 'loop')); // a link to a directory is not followed
  return {
    dir,
    expected: [
      ['a-long.html', null],
      ['b.htm', null],
      ['c.html.gz', null],
      ['d-binary.html', 'ENOTARTICLE'],
      ['e-empty.html', 'EEMPTY'],
      ['f-truncated.html.gz', 'EREAD'],
      ['g.txt', null],
      ['sub/b.HTML', null],
      ['sub/deeper/z.html', null],
    ],
  };
}

describe('newsx batch over a directory', () => {
  it('writes exactly one parsable record per file, in sorted order, good and bad alike', async () => {
    const { dir, expected } = corpus();
    const r = await newsx(['batch', dir, '-j', '2']);
    expect(r.code).toBe(1); // some items failed
    const recs = records(r.stdout);
    expect(recs.map((x) => x.source.path)).toEqual(expected.map(([p]) => join(dir, p)));
    for (const [i, [, code]] of expected.entries()) {
      if (code) expect(recs[i]!.error?.code).toBe(code);
      else expect(recs[i]!.result, expected[i]![0]).toBeDefined();
    }
    expect(recs[2]!.result!.article.text).toContain('budget number 2');
    expect(recs[0]!.result!.meta.source).toBe(join(dir, 'a-long.html'));
    // not a TTY: no live progress line, one summary line
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/9 items, 6 ok, 3 failed, [\d.]+ pages\/s/);
  });

  it('gives the same records with one worker as with two', async () => {
    const { dir } = corpus();
    const strip = (s: string) => s.replace(/"elapsedMs":\d+/g, '');
    const [one, two] = await Promise.all([newsx(['batch', dir, '-j', '1', '-q']), newsx(['batch', dir, '-j', '2', '-q', '--window', '2'])]);
    expect(strip(one.stdout)).toBe(strip(two.stdout));
    expect(one.stderr).toBe('');
  });

  it('exits 0 when every item succeeds, and --output writes the same lines to a file', async () => {
    const dir = tmp();
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `p${i}.html`), story(i));
    const out = join(tmp(), 'out.ndjson');
    writeFileSync(out, 'stale content from an earlier run\n');
    const r = await newsx(['batch', dir, '--output', out, '-q', '-j', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const recs = records(readFileSync(out, 'utf8'));
    expect(recs.map((x) => x.source.path)).toEqual([0, 1, 2, 3, 4].map((i) => join(dir, `p${i}.html`)));
  });

  it('accepts single files and several sources, numbering items across them', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'one.html'), story(1));
    writeFileSync(join(dir, 'two.html'), story(2));
    const r = await newsx(['batch', join(dir, 'two.html'), dir, '-q', '-j', '1']);
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((x) => x.source.path)).toEqual([join(dir, 'two.html'), join(dir, 'one.html'), join(dir, 'two.html')]);
  });
});
