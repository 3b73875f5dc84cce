import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newsx, records, start, story, tmp } from './helpers.js';
import { detectKind } from '../../src/source/batch/items.js';
import { readLines } from '../../src/source/batch/lines.js';
import { formatDuration, Progress } from '../../src/batch/progress.js';

describe('newsx batch exit codes and usage', () => {
  it('exits 2 on a missing source, before writing anything', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.html'), story(1));
    const r = await newsx(['batch', dir, join(dir, 'nope.warc.gz')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/nope\.warc\.gz: no such file/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 without sources and on bad numbers', async () => {
    expect((await newsx(['batch'])).code).toBe(2);
    const r = await newsx(['batch', tmp(), '--concurrency', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--concurrency must be a whole number/);
  });

  it('exits 0 with an empty directory, and --quiet silences the summary', async () => {
    const r = await newsx(['batch', tmp()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/0 items/);
    const q = await newsx(['batch', tmp(), '--quiet']);
    expect(q.stderr).toBe('');
  });

  it('gives up on an item after --item-timeout and goes on', async () => {
    const dir = tmp();
    // big enough that extraction takes far longer than 1 ms
    writeFileSync(join(dir, 'a-big.html'), story(0).replace('</article>', '<p>More words here, officials said.</p>'.repeat(20_000) + '</article>'));
    writeFileSync(join(dir, 'b.html'), story(1));
    writeFileSync(join(dir, 'c.html'), story(2));
    const r = await newsx(['batch', dir, '--item-timeout', '0.4', '-q', '-j', '1']);
    const recs = records(r.stdout);
    expect(recs).toHaveLength(3);
    expect(recs[0]!.error!.code).toBe('ETIMEOUT');
    // the items queued behind it did not lose their time waiting
    expect(recs[1]!.result!.article.title).toBe('Council approves budget 1');
    expect(recs[2]!.result!.article.title).toBe('Council approves budget 2');
    expect(r.code).toBe(1);
  });
});

describe('newsx batch when the reader goes away', () => {
  it('stops with exit code 2 and says so when stdout closes (e.g. | head -1)', async () => {
    const dir = tmp();
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `p${String(i).padStart(2, '0')}.html`), story(i));
    const run = start(['batch', dir, '-j', '1']);
    await new Promise<void>((resolve) => run.child.stdout!.once('data', () => resolve()));
    run.child.stdout!.destroy();
    const r = await run.done;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/stopped \(output closed\)/);
  });
});

describe('detectKind', () => {
  it('tells sources apart by extension, then content', async () => {
    const d = tmp();
    const w = (name: string, data: string | Buffer) => {
      writeFileSync(join(d, name), data);
      return join(d, name);
    };
    expect(await detectKind(d)).toBe('dir');
    expect(await detectKind('-')).toBe('ndjson');
    expect(await detectKind('-', { urls: true })).toBe('urls');
    expect(await detectKind(w('x.warc.gz', 'whatever'))).toBe('warc');
    expect(await detectKind(w('x.jsonl', ''))).toBe('ndjson');
    expect(await detectKind(w('page.html', '<p>hi</p>'))).toBe('file');
    expect(await detectKind(w('page.html.gz', gzipSync('<p>hi</p>')))).toBe('file');
    expect(await detectKind(w('crawl.bin', 'WARC/1.0\r\nWARC-Type: warcinfo\r\n'))).toBe('warc');
    expect(await detectKind(w('crawl.gz', gzipSync('WARC/1.1\r\nWARC-Type: response\r\n')))).toBe('warc');
    expect(await detectKind(w('records', '\n{"html":"<p>x</p>"}\n'))).toBe('ndjson');
    expect(await detectKind(w('links.list', '# my links\nhttps://a.example/x\n'))).toBe('urls');
    expect(await detectKind(w('links.txt', 'https://a.example/x\n'))).toBe('file'); // .txt is an article unless --urls
    expect(await detectKind(join(d, 'links.txt'), { urls: true })).toBe('urls');
    expect(await detectKind(w('notes', 'Just some text.'))).toBe('file');
    await expect(detectKind(join(d, 'missing'))).rejects.toThrow(/no such file/);
  });
});

describe('readLines', () => {
  it('splits on \\n, drops \\r, keeps a last line without newline and multi-byte characters across chunks', async () => {
    const f = join(tmp(), 'l.txt');
    const long = 'é'.repeat(200_000); // crosses the 256 kB chunk boundary
    writeFileSync(f, `one\r\n\n${long}\nlast`);
    const got = [];
    for await (const l of readLines(f)) got.push(l);
    expect(got).toEqual([
      { line: 1, text: 'one' },
      { line: 2, text: '' },
      { line: 3, text: long },
      { line: 4, text: 'last' },
    ]);
  });
});

describe('Progress', () => {
  it('draws a live line only when asked, and summarises', () => {
    let out = '';
    const stream = { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream;
    const p = new Progress({ stream, live: true, total: 10 });
    p.done(true);
    p.done(false);
    expect(out).toMatch(/^\r\x1b\[2Knewsx batch: 1\/10 items, [\d.]+\/s, ETA \d+:\d\d$/); // redrawn at most every 250 ms
    expect(p.line()).toMatch(/2\/10 items, [\d.]+\/s, 1 failed, ETA \d+:\d\d/);
    p.clear();
    expect(p.summary()).toMatch(/^newsx batch: 2 items, 1 ok, 1 failed, [\d.]+ pages\/s, [\d.]+ s\n$/);
    let quiet = '';
    const q = new Progress({ stream: { write: (s: string) => ((quiet += s), true) } as unknown as NodeJS.WritableStream, live: false, total: null });
    q.done(true);
    expect(quiet).toBe('');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(65)).toBe('1:05');
  });
});
