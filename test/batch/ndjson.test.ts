import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newsx, records, story, tmp } from './helpers.js';

const lines = [
  JSON.stringify({ id: 'a1', url: 'https://news.example/a1', html: story(1), published: '2024-05-02' }),
  '',
  '{"id": "broken", "html": "<p>unterminated',
  JSON.stringify({ id: 7, text: 'Talks resume in Oslo\n\nNegotiators met in Oslo on Friday, a spokesman said.' }),
  JSON.stringify(['not', 'an', 'object']),
  JSON.stringify({ id: 'nothing' }),
  JSON.stringify({ html: story(2), published: 'not a date' }),
  JSON.stringify({ id: 'empty', html: '' }),
];

describe('newsx batch over NDJSON', () => {
  it('makes one record per non-blank line, in order, and a bad line never stops the batch', async () => {
    const dir = tmp();
    const file = join(dir, 'in.ndjson');
    writeFileSync(file, lines.join('\r\n') + '\n');
    const r = await newsx(['batch', file, '-q', '-j', '1']);
    expect(r.code).toBe(1);
    const recs = records(r.stdout);
    expect(recs.map((x) => x.source)).toEqual([
      { ndjson: file, line: 1, id: 'a1', url: 'https://news.example/a1' },
      { ndjson: file, line: 3 },
      { ndjson: file, line: 4, id: '7' },
      { ndjson: file, line: 5 },
      { ndjson: file, line: 6, id: 'nothing' },
      { ndjson: file, line: 7 },
      { ndjson: file, line: 8, id: 'empty' },
    ]);
    const [a, broken, text, arr, nothing, baddate, empty] = recs;
    expect(a!.result!.article.published).toBe('2024-05-02');
    expect(a!.result!.article.url).toBe('https://news.example/a1');
    expect(a!.result!.meta.format).toBe('html');
    expect(broken!.error!.code).toBe('EREAD');
    expect(broken!.error!.message).toMatch(/line 3: not valid JSON/);
    expect(text!.result!.meta.format).toBe('text');
    expect(text!.result!.article.text).toContain('Negotiators met in Oslo');
    expect(arr!.error!.message).toMatch(/not a JSON object/);
    expect(nothing!.error!.message).toMatch(/no "html", "text" or "url"/);
    expect(baddate!.result!.meta.warnings?.join(' ')).toMatch(/not a date/);
    expect(empty!.error!.code).toBe('EEMPTY');
  });

  it('reads NDJSON from stdin with -, and gzip-compressed .jsonl.gz files', async () => {
    const input = [JSON.stringify({ id: 'x', html: story(3) }), JSON.stringify({ id: 'y', html: story(4) })].join('\n');
    const r = await newsx(['batch', '-', '-q', '-j', '1'], { input });
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((x) => x.source)).toEqual([
      { ndjson: '-', line: 1, id: 'x' },
      { ndjson: '-', line: 2, id: 'y' },
    ]);
    const file = join(tmp(), 'in.jsonl.gz');
    writeFileSync(file, gzipSync(input + '\n'));
    const g = await newsx(['batch', file, '-q', '-j', '1']);
    expect(g.code).toBe(0);
    expect(records(g.stdout).map((x) => x.result!.article.title)).toEqual(['Council approves budget 3', 'Council approves budget 4']);
  });
});
