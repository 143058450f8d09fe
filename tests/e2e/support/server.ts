// A static file server on 127.0.0.1 for the end-to-end pages (fixtures and generated pages).

import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Extra pages served from memory: path → HTML. */
  pages: Map<string, string>;
  /** Every request's path, in order. */
  log: string[];
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const log: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    log.push(path);
    const inMemory = pages.get(path);
    if (inMemory !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      res.end(inMemory);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    log,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
