// A tiny HTTP server on 127.0.0.1 (ephemeral port) for the browser tests:
//   /fixtures/<file>   pages written for these tests (tests/fixtures/extension)
//   /corpus/<file>     saved real pages from ../shared/corpus/pages, byte for
//                      byte, with the charset their original server sent in the
//                      header: the one src/cli/decode-html.ts settles on. Some
//                      saved files declare none (their server's header did) or
//                      declare GB2312 over UTF-8 bytes; served bare, Chromium
//                      would read them in its locale's legacy encoding and the
//                      engine would see mojibake. Their own scripts are blocked by
//                      CSP (the extension's scripts are not subject to it):
//                      saved copies keep the original site's scripts, some of
//                      which redirect to the original host when served
//                      anywhere else; the saved DOM is the page under test.
//   /generated/<name>  pages made in memory by a test (registerPage)
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { decodeHtml } from '../../../src/cli/decode-html.ts';
import { repoRoot } from './build.ts';

export const fixturesDir = path.join(repoRoot, 'tests/fixtures/extension');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const corpusPagesDir = path.join(corpusDir, 'pages');
export const corpusAvailable = existsSync(path.join(corpusDir, 'gold.json'));

export interface PageServer {
  origin: string;
  url(pathname: string): string;
  registerPage(name: string, html: string | Buffer): string;
  close(): Promise<void>;
}

const SAFE_NAME = /^[\w.-]+$/;

export async function startPageServer(): Promise<PageServer> {
  const generated = new Map<string, Buffer>();
  const server = http.createServer((request, response) => {
    const [, area, name] = (request.url ?? '').split('?')[0]!.split('/');
    let body: Buffer | undefined;
    let type = 'text/html';
    const headers: Record<string, string> = {};
    if (name && SAFE_NAME.test(name)) {
      if (area === 'fixtures' && existsSync(path.join(fixturesDir, name))) {
        body = readFileSync(path.join(fixturesDir, name));
        type = 'text/html; charset=utf-8';
      } else if (area === 'corpus' && existsSync(path.join(corpusPagesDir, name))) {
        body = readFileSync(path.join(corpusPagesDir, name));
        type = `text/html; charset=${decodeHtml(body).encoding}`;
        headers['content-security-policy'] = "script-src 'none'; frame-src 'none'; object-src 'none'";
      } else if (area === 'generated') {
        body = generated.get(name);
        type = 'text/html; charset=utf-8';
      }
    }
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': type, 'content-length': body.byteLength, 'cache-control': 'no-store' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathname) => origin + pathname,
    registerPage(name, html) {
      generated.set(name, Buffer.isBuffer(html) ? html : Buffer.from(html, 'utf8'));
      return `${origin}/generated/${name}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
