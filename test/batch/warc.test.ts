import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import { newsx, page, records, story, tmp } from './helpers.js';

const DATE = '2024-03-01T10:00:00Z';

async function record(
  type: 'response' | 'request' | 'metadata',
  url: string,
  body: Buffer | string,
  httpHeaders: Record<string, string> = {},
  statusline = 'HTTP/1.1 200 OK',
  gzip = true,
): Promise<Buffer> {
  const payload = typeof body === 'string' ? Buffer.from(body) : body;
  const rec =
    type === 'metadata'
      ? WARCRecord.create({ url, date: DATE, type, warcVersion: 'WARC/1.1', warcHeaders: { 'Content-Type': 'application/warc-fields' } }, [payload])
      : WARCRecord.create(
          { url, date: DATE, type, warcVersion: 'WARC/1.1', httpHeaders, statusline: type === 'request' ? 'GET / HTTP/1.1' : statusline },
          [payload],
        );
  return Buffer.from(await WARCSerializer.serialize(rec, { gzip }));
}

/** A small crawl: article responses mixed with records that are not articles. */
async function crawl(gzip: boolean): Promise<Buffer> {
  const cyrillic = page('Новости', ['Правительство объявило о новых мерах в понедельник, сообщили официальные лица.']);
  const html = { 'Content-Type': 'text/html; charset=utf-8' };
  const parts = [
    Buffer.from(await WARCSerializer.serialize(WARCRecord.createWARCInfo({ filename: 'test.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'test' }), { gzip })),
    await record('request', 'https://news.example/a', '', {}, undefined, gzip),
    await record('response', 'https://news.example/a', story(1), html, undefined, gzip),
    await record('response', 'https://news.example/ru', iconv.encode(cyrillic, 'win1251'), { 'Content-Type': 'text/html; charset=windows-1251' }, undefined, gzip),
    await record('response', 'https://news.example/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), { 'Content-Type': 'image/png' }, undefined, gzip),
    await record('response', 'https://news.example/old', '', { Location: 'https://news.example/a' }, 'HTTP/1.1 301 Moved Permanently', gzip),
    await record('response', 'https://news.example/gone', '<h1>Gone</h1>', html, 'HTTP/1.1 404 Not Found', gzip),
    await record('metadata', 'https://news.example/a', 'fetchTimeMs: 12\r\n', {}, undefined, gzip),
    await record('response', 'https://news.example/zipped', gzipSync(story(2)), { ...html, 'Content-Encoding': 'gzip' }, undefined, gzip),
    await record('response', 'https://news.example/garbage', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)), html, undefined, gzip),
  ];
  return Buffer.concat(parts);
}

const expectedUrls = ['a', 'ru', 'gone', 'zipped', 'garbage'].map((p) => `https://news.example/${p}`);

describe('newsx batch over WARC files', () => {
  for (const gzip of [true, false]) {
    it(`reads the HTML responses of a ${gzip ? '.warc.gz' : '.warc'} record by record, in order`, async () => {
      const file = join(tmp(), gzip ? 'crawl.warc.gz' : 'crawl.warc');
      writeFileSync(file, await crawl(gzip));
      const r = await newsx(['batch', file, '-q', '-j', gzip ? '2' : '1']);
      expect(r.code).toBe(1);
      const recs = records(r.stdout);
      expect(recs.map((x) => x.source.url)).toEqual(expectedUrls);
      for (const rec of recs) {
        expect(rec.source.warc).toBe(file);
        expect(rec.source.recordId).toMatch(/^<urn:uuid:[0-9a-f-]+>$/);
      }
      expect(new Set(recs.map((x) => x.source.recordId)).size).toBe(recs.length);
      const [a, ru, gone, zipped, garbage] = recs;
      expect(a!.result!.article.title).toBe('Council approves budget 1');
      expect(a!.result!.article.url).toBe('https://news.example/a');
      expect(ru!.result!.article.text).toContain('Правительство объявило о новых мерах'); // charset from the HTTP header
      expect(gone!.error).toMatchObject({ code: 'EHTTP' });
      expect(zipped!.result!.article.text).toContain('budget number 2'); // content encoding removed
      expect(garbage!.error!.code).toBe('ENOTARTICLE');
    });
  }

  for (const [gzip, cut] of [[true, 0.6], [false, 0.6], [true, 0.85], [false, 0.85]] as const) {
    it(`keeps the records before a cut at ${cut * 100}% of a ${gzip ? '.warc.gz' : '.warc'} and reports the cut`, async () => {
      const full = await crawl(gzip);
      const file = join(tmp(), gzip ? 'cut.warc.gz' : 'cut.warc');
      writeFileSync(file, full.subarray(0, Math.floor(full.length * cut)));
      const r = await newsx(['batch', file, '-q', '-j', '1']);
      expect(r.code).toBe(1);
      const recs = records(r.stdout);
      expect(recs.length).toBeGreaterThanOrEqual(2);
      expect(recs.length).toBeLessThan(expectedUrls.length + 1);
      expect(recs[0]!.source.url).toBe('https://news.example/a');
      expect(recs[0]!.result).toBeDefined();
      const last = recs.at(-1)!;
      expect(last.error!.code).toBe('EREAD');
      expect(last.error!.message).toMatch(/truncated|cut short/);
      expect(recs.slice(0, -1).every((x) => !x.error || x.error.code !== 'EREAD')).toBe(true);
    });
  }
});
