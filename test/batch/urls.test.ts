import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newsx, records, story, tmp, page } from './helpers.js';
import { serve, type TestServer } from './server.js';
import { HostLimiter, hostOf } from '../../src/source/batch/hosts.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('newsx batch --urls', () => {
  it('fetches each URL once, in order, with a 404 as an error record, and decodes the charset from the header', async () => {
    const latin = Buffer.from(page('Caf\u00e9 reopens', ['The caf\u00e9 on the main square reopened on Monday, its owner said.']), 'latin1');
    server = await serve({
      '/one': { body: story(1) },
      '/two': { body: story(2), delayMs: 200 },
      '/latin': { body: latin, type: 'text/html; charset=iso-8859-1' },
      '/image': { body: Buffer.from([0x89, 0x50, 0x4e, 0x47]), type: 'image/png' },
    });
    const list = join(tmp(), 'urls.txt');
    const urls = ['/two', '/one', '/missing', '/latin', '/image'].map((p) => server!.base + p);
    writeFileSync(list, ['# saved links', '', urls[0], urls[1], '   ', urls[2], '# another comment', urls[3], urls[4], 'ftp://example.invalid/x'].join('\n'));
    const r = await newsx(['batch', '--urls', list, '-q', '-j', '2']);
    expect(r.code).toBe(1);
    const recs = records(r.stdout);
    expect(recs.map((x) => x.source)).toEqual([...urls.map((url) => ({ url })), { url: 'ftp://example.invalid/x' }]);
    expect(recs[0]!.result!.article.title).toBe('Council approves budget 2');
    expect(recs[0]!.result!.article.url).toBe(urls[0]);
    expect(recs[1]!.result!.article.title).toBe('Council approves budget 1');
    expect(recs[2]!.error).toMatchObject({ code: 'EHTTP' });
    expect(recs[2]!.error!.message).toContain('404');
    expect(recs[3]!.result!.article.text).toContain('The caf\u00e9 on the main square');
    expect(recs[4]!.error!.code).toBe('ENOTARTICLE');
    expect(recs[5]!.error!.code).toBe('EFETCH');
    for (const p of ['/two', '/one', '/missing', '/latin']) expect(server.hits.get(p)).toBe(1);
  });

  it('keeps at most --per-host fetches open to one host', async () => {
    const pages = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`/p${i}`, { body: story(i), delayMs: 150 }]));
    server = await serve(pages);
    const list = join(tmp(), 'urls.txt');
    writeFileSync(list, Object.keys(pages).map((p) => server!.base + p).join('\n'));
    const r = await newsx(['batch', '--urls', list, '-q', '-j', '2', '--per-host', '1']);
    expect(r.code).toBe(0);
    expect(records(r.stdout)).toHaveLength(6);
    expect(server.maxConcurrent).toBe(1);
  });
});

describe('HostLimiter', () => {
  it('runs at most N tasks per host, and other hosts are not held up', async () => {
    const lim = new HostLimiter(2);
    let openA = 0;
    let peakA = 0;
    const order: string[] = [];
    const task = (id: string, ms: number) => async () => {
      const isA = id.startsWith('a');
      if (isA) peakA = Math.max(peakA, ++openA);
      await new Promise((r) => setTimeout(r, ms));
      if (isA) openA--;
      order.push(id);
    };
    const a = Array.from({ length: 5 }, (_, i) => lim.run(`http://a.example/${i}`, task(`a${i}`, 30)));
    const b = lim.run('http://b.example/', task('b', 1));
    await b;
    expect(order).toEqual(['b']); // b ran although a.example was busy
    await Promise.all(a);
    expect(peakA).toBe(2);
    expect(order.slice(1)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']); // first come, first served
    expect(lim.running('a.example')).toBe(0);
    expect(hostOf('HTTP://A.Example:8080/x')).toBe('a.example:8080');
  });
});
