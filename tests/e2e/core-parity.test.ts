// The engine in a real browser gives the same analysis as in Node/jsdom (the
// CLI and the unit tests) on every saved page of ../shared/corpus. One
// headless Chromium (no extension: the engine itself, bundled from src/core,
// runs in the page), the pages in sequence.
//
// What must agree, and what cannot by nature:
// - The text. A saved file has lost the Content-Type header its server sent.
//   Some declare no charset in the markup (the header said UTF-8), one
//   declares GB2312 over UTF-8 bytes; a browser given the bare bytes falls
//   back to its locale's legacy encoding (windows-1252, GBK in a Chinese
//   locale) and reads mojibake, where the page never had any. So each page is
//   served with the charset the CLI's decoder settles on, in the header, as
//   the site's server did; the bytes are the file's own.
// - The tree. The page's scripts are blocked (CSP), as in the extension's
//   tests, so the saved DOM is the page under test; scripting is still on in
//   the browser, so <noscript> holds raw text there and elements in jsdom.
//   The engine ignores <noscript> in both, so the analyses must be equal.
// Then every field of the analysis must be equal: isArticle, the verdict
// (detected, score, reasons), all metadata, the formulations with their
// counts and kinds, the key points and the summary figures.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode-html.ts';
import { analyze, type ArticleAnalysis } from '../../src/core/index.ts';
import { analyzeInPage } from './support/core-in-page.ts';
import { corpusAvailable, corpusPagesDir } from './support/server.ts';

const files = corpusAvailable ? readdirSync(corpusPagesDir).filter((file) => file.endsWith('.html')).sort() : [];

/** Corpus pages byte for byte, with the decoder's charset in the header and the page's own scripts blocked. */
async function startCorpusServer(): Promise<{ url(file: string): string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '').split('?')[0]!.replace(/^\/corpus\//, ''));
    const file = files.includes(name) ? path.join(corpusPagesDir, name) : null;
    if (file === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const bytes = readFileSync(file);
    response.writeHead(200, {
      'content-type': `text/html; charset=${decodeHtml(bytes).encoding}`,
      'content-security-policy': "script-src 'none'; frame-src 'none'; object-src 'none'",
      'cache-control': 'no-store',
    });
    response.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (file) => `${origin}/corpus/${encodeURIComponent(file)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function analyzeWithJsdom(file: string, url: string): ArticleAnalysis {
  const { text } = decodeHtml(readFileSync(path.join(corpusPagesDir, file)));
  return analyze(new JSDOM(text, { virtualConsole: new VirtualConsole() }).window.document, url);
}

describe.skipIf(!corpusAvailable)(`the engine in Chromium agrees with Node/jsdom${corpusAvailable ? '' : ' (skipped: ../shared/corpus is absent)'}`, () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof startCorpusServer>>;

  beforeAll(async () => {
    server = await startCorpusServer();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
        // Saved pages name scripts, styles and images on their original hosts: fail those at once.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    });
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(files)('%s', async (file) => {
    const url = server.url(file);
    await page.goto(url, { waitUntil: 'load' });
    const inBrowser = await analyzeInPage(page);
    const inNode = analyzeWithJsdom(file, url);
    // The contract fields first, one by one, for a readable failure...
    expect(inBrowser.isArticle, 'isArticle').toBe(inNode.isArticle);
    expect(inBrowser.partyBuilding.detected, 'partyBuilding.detected').toBe(inNode.partyBuilding.detected);
    expect(inBrowser.metadata, 'metadata').toEqual(inNode.metadata);
    expect(inBrowser.slogans.map((s) => s.text), 'slogan texts').toEqual(inNode.slogans.map((s) => s.text));
    expect(inBrowser.summary.keyPoints, 'key points').toEqual(inNode.summary.keyPoints);
    // ...then everything else (score, reasons, counts, summary figures).
    expect(inBrowser).toEqual(inNode);
  });
});
