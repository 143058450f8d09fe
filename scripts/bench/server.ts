// Serves the corpus pages to Chromium under the addresses they really had. Detection and extraction
// read the URL (path and query for the slug, date and id signals; the host to tell the site's own
// links from citations), so a page served as 127.0.0.1/aeb/<hash>.html would not be judged as it
// is on the web. The browser instead maps every page's host to this server on 127.0.0.1
// (--host-resolver-rules) over HTTPS with a throwaway self-signed certificate (the context ignores
// certificate errors): https keeps HSTS-preloaded news sites from being upgraded away from us.
// Files are read from ../shared at request time; nothing is copied.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CorpusDoc {
  url: string;
  path: string;
}

export interface PageServer {
  /** For --host-resolver-rules: each page host to this server, every other host offline. */
  resolverRules: string;
  /** Serves `doc` at its own address from now on; returns that address (always https). */
  use(doc: CorpusDoc): string;
  close(): Promise<void>;
}

/** The https form of a page's address: what the browser opens and the server answers. */
export function addressOf(doc: CorpusDoc): URL {
  const u = new URL(doc.url);
  u.protocol = 'https:';
  u.port = '';
  u.hash = '';
  return u;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-tls-'));
  try {
    const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=lede-bench', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error('openssl could not make a certificate for the benchmark server');
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startPageServer(root: string, docs: CorpusDoc[]): Promise<PageServer> {
  let current: { host: string; path: string; file: string } | null = null;
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    if (!current || host !== current.host || path !== current.path) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(join(root, current.file)).then(
      // Several pages share one address (Readability's test pages are all fakehost/test/page.html).
      (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const hosts = [...new Set(docs.map((d) => addressOf(d).hostname))];
  return {
    resolverRules: [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', '),
    use(doc) {
      const a = addressOf(doc);
      current = { host: a.hostname, path: a.pathname, file: doc.path };
      return a.href;
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
