/**
 * A loopback HTTP server for fetch tests: 127.0.0.1, port 0 (any free port),
 * one route per failure mode. Nothing here leaves the machine; close() ends
 * every open connection, endless bodies stop when the client goes away, and
 * stalled responses are released on close.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import iconv from 'iconv-lite';

export const ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge</title></head>
<body><article><h1>Council approves new bridge</h1>
<p>SPRINGFIELD — The city council voted on Tuesday to build a new bridge over the river, officials said.</p>
<p>"This bridge will connect two neighbourhoods that have been apart for too long," Mayor Jane Doe told reporters.</p>
</article></body></html>`;

export const RUSSIAN_TEXT = 'Правительство объявило о новых мерах поддержки экономики. Министр финансов сказал, что бюджет будет увеличен.';

/** gzip of `megabytes` MB of zeros, made by streaming (a few hundred kB for hundreds of MB). */
export async function makeGzipBomb(megabytes: number): Promise<Buffer> {
  const gz = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gz.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    gz.on('end', () => resolve());
    gz.on('error', reject);
  });
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < megabytes; i++) gz.write(zeros);
  gz.end();
  await done;
  return Buffer.concat(chunks);
}

export interface TestServer {
  base: string;
  server: Server;
  /** Requests seen, by path. */
  hits: Map<string, number>;
  /** User-Agent headers seen. */
  userAgents: string[];
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export async function startServer(opts: { gzipBomb?: Buffer } = {}): Promise<TestServer> {
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const html = (res: ServerResponse, body: string | Buffer, type = 'text/html; charset=utf-8', status = 200) => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  const routes: Record<string, Handler> = {
    '/page': (_q, res) => html(res, ARTICLE_HTML),
    '/redirect': (_q, res) => {
      res.writeHead(302, { location: '/redirect2' });
      res.end();
    },
    '/redirect2': (_q, res) => {
      res.writeHead(301, { location: '/page' });
      res.end();
    },
    '/loop-a': (_q, res) => {
      res.writeHead(302, { location: '/loop-b' });
      res.end();
    },
    '/loop-b': (_q, res) => {
      res.writeHead(307, { location: '/loop-a' });
      res.end();
    },
    '/redirect-to-file': (_q, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    },
    '/404': (_q, res) => html(res, '<html><body><p>Not here</p></body></html>', 'text/html', 404),
    '/500': (_q, res) => html(res, 'oops', 'text/plain', 500),
    // never answers: the client's timeout must end the request
    '/stall-headers': () => {},
    // answers, sends part of the body, then stalls
    '/stall-body': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>The beginning of a page that never ends');
    },
    // drips one byte every 100 ms: each read succeeds, only the overall timeout ends it
    '/drip': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const tick = () => {
        if (res.destroyed || res.writableEnded) return;
        res.write('x');
        later(100, tick);
      };
      tick();
    },
    '/gzip-bomb': (_q, res) => {
      const bomb = opts.gzipBomb ?? Buffer.alloc(0);
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.length });
      res.end(bomb);
    },
    // an endless body, written as fast as the client reads, until it goes away
    '/endless': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.from('<p>All work and no play makes Jack a dull boy.</p>\n'.repeat(1000));
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
      };
      res.on('drain', pump);
      pump();
    },
    '/big-declared': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': 50 * 1024 * 1024 });
      res.write('<html>');
    },
    // promises 5000 bytes, sends 100, closes the connection
    '/short': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': 5000 });
      res.write('<html><body><p>' + 'a'.repeat(85));
      later(20, () => res.socket?.destroy());
    },
    '/pdf': (_q, res) => html(res, Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1'), 'application/pdf'),
    '/pdf-as-html': (_q, res) => html(res, Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1'), 'text/html'),
    '/json': (_q, res) => html(res, '{"title":"not a page"}', 'application/json'),
    '/image': (_q, res) => html(res, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'),
    '/empty': (_q, res) => html(res, '', 'text/html'),
    '/no-type': (_q, res) => {
      const body = Buffer.from(ARTICLE_HTML);
      res.writeHead(200, { 'content-length': body.length });
      res.end(body);
    },
    // the charset is only in the Content-Type header; the page declares none
    '/cp1251': (_q, res) =>
      html(res, iconv.encode(`<html><head><title>Новости</title></head><body><p>${RUSSIAN_TEXT}</p></body></html>`, 'windows-1251'), 'text/html; charset=windows-1251'),
    // the header says windows-1251, the page says utf-8: the header wins
    '/header-beats-meta': (_q, res) =>
      html(res, iconv.encode(`<html><head><meta charset="utf-8"></head><body><p>${RUSSIAN_TEXT}</p></body></html>`, 'windows-1251'), 'text/html; charset="Windows-1251"'),
  };

  const hits = new Map<string, number>();
  const userAgents: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    userAgents.push(req.headers['user-agent'] ?? '');
    res.on('error', () => {});
    const route = routes[path];
    if (route) route(req, res);
    else html(res, 'no such route', 'text/plain', 404);
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    server,
    hits,
    userAgents,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on a loopback port where nothing listens (connection refused). */
export async function refusedUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}
