// Rules of the manager's source that no render test would catch by itself:
// page text and notes reach the DOM only as text, and the page never touches
// storage directly (the background is the only writer).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/ui/manager');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));

describe('manager source', () => {
  it.each(files)('%s sets no raw HTML and does not reach storage', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    expect(text).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/);
    expect(text).not.toMatch(/storage\.(local|sync|session)/);
    // Types from the repository (DeletedAnnotation) are shared vocabulary; its code is the background's.
    expect(text).not.toMatch(/^import (?!type )[^;]*from '[^']*\/(repository|storage-area|memory-storage|write-queue)\.ts'/m);
  });
});
