// Project fixture pages (tests/fixtures/pages, written for these tests) and
// small inline documents, parsed with jsdom without scripts or resources.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../../../src/cli/decode-html.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE_DIR = path.resolve(here, '../../fixtures/pages');

export function fixturePath(name: string): string {
  return path.join(FIXTURE_DIR, name);
}

export function loadFixture(name: string): Document {
  const { text } = decodeHtml(readFileSync(fixturePath(name)));
  return parse(text);
}

export function parse(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

/** A page with the given head and body markup. */
export function page(body: string, head = '<meta charset="utf-8"><title>测试页面</title>'): Document {
  return parse(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}
