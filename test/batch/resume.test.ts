import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newsx, records, start, story, tmp } from './helpers.js';
import { serve, type TestServer } from './server.js';
import { loadDone, recordSource, truncatePartialLine } from '../../src/batch/resume.js';
import { sourceKey } from '../../src/source/batch/types.js';

let server: TestServer | null = null;
afterEach(async () => {
  server?.release();
  await server?.close();
  server = null;
});

function lines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

async function waitForLines(file: string, n: number, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (lines(file).length < n) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${n} lines in ${file}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** 12 URLs; the first 5 answer at once, the rest wait until release(). */
async function setup() {
  const pages = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`/p${i}`, { body: story(i), hold: i >= 5 }]));
  server = await serve(pages);
  const dir = tmp();
  const list = join(dir, 'urls.txt');
  const urls = Object.keys(pages).map((p) => server!.base + p);
  writeFileSync(list, urls.join('\n') + '\n');
  return { list, urls, out: join(dir, 'out.ndjson') };
}

describe('newsx batch --resume', () => {
  it('after a kill -9, finishes the run with every input exactly once, in order', async () => {
    const { list, urls, out } = await setup();
    const first = start(['batch', '--urls', list, '--output', out, '-j', '1', '--per-host', '4']);
    await waitForLines(out, 5);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(lines(out)).toHaveLength(5);
    // as if the kill had landed inside a write: a partial last line
    appendFileSync(out, '{"source":{"url":"' + urls[5] + '"},"result":{"article":{"ti');

    server!.release();
    const second = await newsx(['batch', '--urls', list, '--output', out, '--resume', '-j', '1']);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/7 items, 7 ok, 0 failed, 5 skipped/);
    const recs = records(readFileSync(out, 'utf8'));
    expect(recs.map((x) => x.source.url)).toEqual(urls);
    expect(recs.map((x) => x.result!.article.title)).toEqual(urls.map((_, i) => `Council approves budget ${i}`));
    for (let i = 0; i < 5; i++) expect(server!.hits.get(`/p${i}`)).toBe(1); // done items are not fetched again
  });

  it('stops on SIGINT with whole records, exit code 130, and a hint to resume', async () => {
    const { list, urls, out } = await setup();
    const first = start(['batch', '--urls', list, '--output', out, '-j', '1', '--per-host', '4']);
    await waitForLines(out, 5);
    first.child.kill('SIGINT');
    const stopped = await first.done;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/stopped \(SIGINT\); run again with --resume/);
    expect(records(readFileSync(out, 'utf8'))).toHaveLength(5);
    server!.release();
    const again = await newsx(['batch', '--urls', list, '--output', out, '--resume', '-q', '-j', '1']);
    expect(again.code).toBe(0);
    expect(records(readFileSync(out, 'utf8')).map((x) => x.source.url)).toEqual(urls);
  });

  it('does nothing when every item is already done, and needs --output', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.html'), story(1));
    const out = join(tmp(), 'out.ndjson');
    expect((await newsx(['batch', dir, '-o', out, '-q', '-j', '1'])).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    const r = await newsx(['batch', dir, '-o', out, '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/0 items, 0 ok, 0 failed, 1 skipped/);
    expect(readFileSync(out, 'utf8')).toBe(before);
    const bad = await newsx(['batch', dir, '--resume']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--resume needs --output/);
  });
});

describe('resume helpers', () => {
  it('truncates only a trailing partial line', async () => {
    const f = join(tmp(), 'o.ndjson');
    writeFileSync(f, '{"a":1}\n{"b":2}\n{"c":');
    expect(await truncatePartialLine(f)).toBe(5);
    expect(readFileSync(f, 'utf8')).toBe('{"a":1}\n{"b":2}\n');
    expect(await truncatePartialLine(f)).toBe(0);
    writeFileSync(f, 'no newline at all');
    expect(await truncatePartialLine(f)).toBe(17);
    expect(readFileSync(f, 'utf8')).toBe('');
  });

  it('reads the source of a record line, fast path and fallback', () => {
    expect(recordSource('{"source":{"path":"a,\\"result\\":b.html"},"result":{"x":1}}')).toEqual({ path: 'a,"result":b.html' });
    expect(recordSource('{"source":{"url":"http://x/"},"error":{"code":"EHTTP","message":"m"}}')).toEqual({ url: 'http://x/' });
    expect(recordSource('{"result":{},"source":{"ndjson":"f","line":3}}')).toEqual({ ndjson: 'f', line: 3 });
    expect(recordSource('garbage')).toBeNull();
    expect(recordSource('{"other":1}')).toBeNull();
  });

  it('collects the keys of the records already written', async () => {
    const f = join(tmp(), 'o.ndjson');
    writeFileSync(
      f,
      [
        '{"source":{"path":"d/a.html"},"result":{}}',
        '{"source":{"warc":"c.warc.gz","recordId":"<urn:uuid:1>","url":"http://x/"},"error":{"code":"EREAD","message":"m"}}',
        'not a record',
        '{"source":{"ndjson":"-","line":2},"res',
      ].join('\n'),
    );
    const done = await loadDone(f);
    expect([...done.keys]).toEqual([sourceKey({ path: 'd/a.html' }), sourceKey({ warc: 'c.warc.gz', recordId: '<urn:uuid:1>', url: 'http://x/' })]);
    expect(done.records).toBe(2);
    expect(done.truncatedBytes).toBeGreaterThan(0);
  });
});
