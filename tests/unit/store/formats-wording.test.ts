// One word for a saved passage across the UI and what it exports: 标注 (the
// UI's word, see locales.test.ts), never 摘录, in the study notes' headings,
// counts and placeholders and in the spreadsheet's header.
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/store/formats/csv.ts';
import { exportHtml } from '../../../src/store/formats/html.ts';
import { exportMarkdown } from '../../../src/store/formats/markdown.ts';
import { EXPORT_NOW, sampleLibrary } from './formats-sample-library.ts';

describe('the word for a saved passage in exports', () => {
  const library = sampleLibrary(2, 5); // 2 articles, 5 highlights each
  for (const groupBy of ['page', 'tag'] as const) {
    it(`Markdown and HTML (grouped by ${groupBy}) say 标注, not 摘录`, () => {
      for (const file of [exportMarkdown(library, { now: EXPORT_NOW, groupBy }), exportHtml(library, { now: EXPORT_NOW, groupBy })]) {
        expect(file.content, file.filename).toContain("共 2 篇文章、10 条标注");
        expect(file.content, file.filename).not.toContain('摘录');
      }
    });
  }

  it('the CSV header names the passage column 标注', () => {
    const header = exportCsv(library, { now: EXPORT_NOW }).content.slice(1).split('\r\n')[0];
    expect(header).toBe('标题,来源,作者,发布时间,链接,标注,批注,标签,颜色,创建时间,修改时间,id');
  });
});
