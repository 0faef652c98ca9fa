// Serves the corpus pages byte for byte, and the generated English page, on
// 127.0.0.1 and an ephemeral port. Each corpus page goes out with the charset
// its original server would have sent in Content-Type (the one
// src/cli/decode-html.ts finds): left to sniff a bare text/html, Chromium
// reads pages whose declaration comes after the first 1024 bytes as
// windows-1252, and pages declaring GB2312 over UTF-8 bytes as GBK, and the
// bench would time mojibake.
// The pages' own scripts are blocked by CSP: saved copies keep the original
// site's scripts, some of which redirect to the original host when served
// anywhere else (the bench would then time Chromium's error page). The saved
// DOM is the page under test; the bench's script is evaluated through the
// DevTools protocol, which CSP does not govern.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { decodeHtml } from '../../src/cli/decode-html.ts';

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the files under `rootDir` by their path relative to it (pages/x.html, wide/pages/y.html), nothing outside it. */
export async function servePages(rootDir: string, generated: Record<string, string>): Promise<PageServer> {
  const root = path.resolve(rootDir);
  const server: Server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    try {
      const file = path.resolve(root, name);
      if (!(name in generated) && !file.startsWith(root + path.sep)) throw new Error('outside the corpus');
      const body = name in generated ? Buffer.from(generated[name]!, 'utf8') : readFileSync(file);
      response.writeHead(200, {
        'content-type': `text/html; charset=${decodeHtml(body).encoding}`,
        'cache-control': 'no-store',
        'content-security-policy': "script-src 'none'; frame-src 'none'; object-src 'none'",
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
