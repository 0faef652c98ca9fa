// `node --import tsx scripts/bench-docx.ts`: the Word export of a
// 10,000-annotation library (500 pages x 20, the export tests' generated
// library): build time (median of 3) and file size. A benchmark, not a test.
import { exportDocx } from '../src/store/formats/docx.ts';
import { sampleLibrary } from '../tests/unit/store/formats-sample-library.ts';

const library = sampleLibrary(500, 20);
const times: number[] = [];
let size = 0;
for (let run = 0; run < 3; run += 1) {
  const start = performance.now();
  const file = await exportDocx(library, { now: new Date() });
  times.push(performance.now() - start);
  size = file.content.byteLength;
}
times.sort((a, b) => a - b);
console.log(`docx, ${library.annotations.length} annotations on ${library.pages.length} pages: ${(size / 1024 / 1024).toFixed(2)} MB, build ${Math.round(times[1]!)} ms median (${times.map(Math.round).join(', ')} ms)`);
