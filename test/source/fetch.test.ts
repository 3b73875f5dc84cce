/**
 * Fetching against a loopback server: every failure mode ends quickly with a
 * NewsxError (one clear line), through fetchUrl/readSource and the real CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, USER_AGENT } from '../../src/source/fetch.js';
import { readSource } from '../../src/source/read.js';
import { NewsxError } from '../../src/errors.js';
import { makeGzipBomb, refusedUrl, RUSSIAN_TEXT, startServer, type TestServer } from './server.js';
import { ensureBuilt, expectJson, expectOneLineError, runCli } from '../helpers/cli.js';

let srv: TestServer;
const BOMB_MB = 256;
let bombSize = 0;

beforeAll(async () => {
  const bomb = await makeGzipBomb(BOMB_MB);
  bombSize = bomb.length;
  srv = await startServer({ gzipBomb: bomb });
  ensureBuilt();
});

afterAll(async () => {
  await srv?.close();
});

/** Run `fn`, expect a NewsxError with `code` whose message matches `re`; returns elapsed ms. */
async function expectError(fn: () => Promise<unknown>, code: string, re: RegExp): Promise<number> {
  const t = performance.now();
  let caught: unknown = null;
  try {
    await fn();
  } catch (err) {
    caught = err;
  }
  const ms = performance.now() - t;
  expect(caught, 'expected an error').toBeInstanceOf(NewsxError);
  const e = caught as NewsxError;
  expect(e.code).toBe(code);
  expect(e.message).toMatch(re);
  expect(e.message).not.toContain('\n');
  return ms;
}

describe('fetchUrl / readSource against a loopback server', () => {
  it('follows redirects to the page and reports where it ended', async () => {
    const res = await fetchUrl(`${srv.base}/redirect`);
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${srv.base}/page`);
    expect(res.redirects).toEqual([`${srv.base}/redirect`, `${srv.base}/redirect2`]);
    const src = await readSource(`${srv.base}/redirect`);
    expect(src.content).toContain('The city council voted');
    expect(src.url).toBe(`${srv.base}/page`);
    expect(src.encoding).toBe('utf-8');
  });

  it('sends a descriptive User-Agent', async () => {
    srv.userAgents.length = 0;
    await fetchUrl(`${srv.base}/page`);
    expect(srv.userAgents[0]).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^newsx\/\d+\.\d+\.\d+ \(.*news article extractor/);
  });

  it('stops a redirect loop with a clear error', async () => {
    await expectError(() => fetchUrl(`${srv.base}/loop-a`), 'EHTTP', /redirect loop/);
  });

  it('stops after maxRedirects', async () => {
    await expectError(() => fetchUrl(`${srv.base}/redirect`, { maxRedirects: 1 }), 'EHTTP', /too many redirects \(more than 1\)/);
  });

  it('refuses a redirect to a non-http URL', async () => {
    await expectError(() => fetchUrl(`${srv.base}/redirect-to-file`), 'EHTTP', /non-http/);
  });

  it.each([
    ['/404', /HTTP 404 Not Found$/],
    ['/500', /HTTP 500 Internal Server Error$/],
  ])('reports HTTP errors in one line (%s)', async (path, re) => {
    await expectError(() => readSource(`${srv.base}${path}`), 'EHTTP', re);
  });

  it.each(['/stall-headers', '/stall-body', '/drip'])('times out on a stalled server (%s), body included', async (path) => {
    const ms = await expectError(() => readSource(`${srv.base}${path}`, { timeoutMs: 400 }), 'ETIMEOUT', /timed out after 0\.4 s/);
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(ms).toBeLessThan(5000);
  });

  it('stops a gzip bomb after maxBytes of decoded output', async () => {
    expect(bombSize).toBeLessThan(1024 * 1024); // a small response...
    const rss = process.memoryUsage().rss;
    const ms = await expectError(() => fetchUrl(`${srv.base}/gzip-bomb`, { maxBytes: 2 * 1024 * 1024 }), 'ETOOBIG', /larger than 2097152 bytes once decompressed/);
    expect(ms).toBeLessThan(5000);
    // ...that would inflate to 256 MB: far less than that was held
    expect(process.memoryUsage().rss - rss).toBeLessThan(150 * 1024 * 1024);
  });

  it('stops an endless body at maxBytes', async () => {
    const ms = await expectError(() => readSource(`${srv.base}/endless`, { maxBytes: 1_000_000 }), 'ETOOBIG', /larger than 1000000 bytes/);
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    await expectError(() => fetchUrl(`${srv.base}/big-declared`, { maxBytes: 1_000_000 }), 'ETOOBIG', /52428800 bytes/);
  });

  it('reports a body shorter than its Content-Length', async () => {
    await expectError(() => fetchUrl(`${srv.base}/short`), 'EFETCH', /closed before the whole body arrived \(100 of 5000 bytes\)/);
  });

  it.each([
    ['/pdf', /not an article \(content type application\/pdf\)/],
    ['/json', /not an article \(content type application\/json\)/],
    ['/image', /not an article \(content type image\/png\)/],
    ['/pdf-as-html', /not an article: the input is a PDF document/],
  ])('refuses what is not a page (%s)', async (path, re) => {
    await expectError(() => readSource(`${srv.base}${path}`), 'ENOTARTICLE', re);
  });

  it('reports an empty page', async () => {
    await expectError(() => readSource(`${srv.base}/empty`), 'EEMPTY', /empty/);
  });

  it('reads a page sent without a content type', async () => {
    const src = await readSource(`${srv.base}/no-type`);
    expect(src.content).toContain('Mayor Jane Doe');
  });

  it('decodes with the charset given only in the Content-Type header', async () => {
    const src = await readSource(`${srv.base}/cp1251`);
    expect(src.encoding).toBe('windows-1251');
    expect(src.content).toContain(RUSSIAN_TEXT);
    expect(src.content).toContain('<title>Новости</title>');
  });

  it('prefers the header charset to the page <meta>', async () => {
    const src = await readSource(`${srv.base}/header-beats-meta`);
    expect(src.encoding).toBe('windows-1251');
    expect(src.content).toContain(RUSSIAN_TEXT);
  });

  it('reports a refused connection', async () => {
    const url = await refusedUrl();
    await expectError(() => fetchUrl(url), 'EFETCH', /connection refused \(ECONNREFUSED\)/);
  });

  it('reports an invalid URL', async () => {
    await expectError(() => fetchUrl('http://'), 'EFETCH', /not a valid http\(s\) URL/);
  });

  it('clamps an enormous timeout instead of firing it at once', async () => {
    const res = await fetchUrl(`${srv.base}/page`, { timeoutMs: 1e15 });
    expect(res.status).toBe(200);
  });
});

describe('the CLI on URLs', () => {
  it.concurrent('prints JSON for a redirected page (exit 0)', async () => {
    const r = await runCli([`${srv.base}/redirect`, '--compact']);
    const json = expectJson(r);
    expect(json.article.text).toContain('The city council voted on Tuesday');
    expect(json.article.url).toBe(`${srv.base}/page`);
  });

  it.concurrent('prints one line for a 404 (exit 1)', async () => {
    const line = expectOneLineError(await runCli([`${srv.base}/404`]));
    expect(line).toMatch(/HTTP 404/);
  });

  it.concurrent('passes --timeout to fetch: a stalled server ends in about that time', async () => {
    const r = await runCli([`${srv.base}/stall-body`, '--timeout', '0.5']);
    expect(expectOneLineError(r)).toMatch(/timed out after 0\.5 s/);
    expect(r.ms).toBeLessThan(15_000); // the default (20 s) was not used; process start-up included
  });

  it.concurrent('stops a gzip bomb (default cap)', async () => {
    const r = await runCli([`${srv.base}/gzip-bomb`]);
    expect(expectOneLineError(r)).toMatch(/larger than 10485760 bytes/);
    expect(r.ms).toBeLessThan(20_000);
  });

  it.concurrent('passes --max-bytes to fetch: an endless body stops at the cap', async () => {
    const r = await runCli([`${srv.base}/endless`, '--max-bytes', '200000']);
    expect(expectOneLineError(r)).toMatch(/larger than 200000 bytes/);
  });

  it.concurrent('decodes a windows-1251 page from its header charset', async () => {
    const json = expectJson(await runCli([`${srv.base}/cp1251`, '--compact']));
    expect(json.article.text).toContain(RUSSIAN_TEXT);
  });
});
