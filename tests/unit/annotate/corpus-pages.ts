// Test helper: the shared corpus of saved pages, decoded the way a browser
// would (strict UTF-8 first; a page that is not valid UTF-8 and declares a
// GB charset is GB18030, the superset of GB2312/GBK), parsed with jsdom.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');
export const PAGES_DIR = path.join(CORPUS_DIR, 'pages');
export const corpusAvailable = existsSync(PAGES_DIR);

export function corpusFiles(): string[] {
  return corpusAvailable ? readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort() : [];
}

export function decodePage(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
    // The <meta> declaration, not a <script charset> that may come first.
    const declared = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? '';
    return new TextDecoder(declared.startsWith('gb') ? 'gb18030' : 'utf-8').decode(bytes);
  }
}

export function loadPage(file: string): string {
  return decodePage(readFileSync(path.join(PAGES_DIR, file)));
}

export function parsePage(html: string): Document {
  // A silent console: jsdom's complaints about page CSS are noise here.
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}
