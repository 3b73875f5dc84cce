/** A loopback HTTP server (127.0.0.1 only) serving test pages, with a concurrency gauge. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Page {
  status?: number;
  body: string | Buffer;
  type?: string;
  delayMs?: number;
  /** Hold the response until release() is called. */
  hold?: boolean;
}

export interface TestServer {
  base: string;
  maxConcurrent: number;
  hits: Map<string, number>;
  release(): void;
  close(): Promise<void>;
}

export async function serve(pages: Record<string, Page>): Promise<TestServer> {
  let active = 0;
  let held: Array<() => void> = [];
  let released = false;
  const state = { maxConcurrent: 0, hits: new Map<string, number>() };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    active++;
    state.maxConcurrent = Math.max(state.maxConcurrent, active);
    const p = pages[path];
    const finish = () => {
      active--;
      if (!p) {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        return;
      }
      res.writeHead(p.status ?? 200, { 'content-type': p.type ?? 'text/html; charset=utf-8' }).end(p.body);
    };
    const go = () => (p?.delayMs ? setTimeout(finish, p.delayMs) : finish());
    if (p?.hold && !released) held.push(go);
    else go();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    hits: state.hits,
    release() {
      released = true;
      const h = held;
      held = [];
      for (const f of h) f();
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
