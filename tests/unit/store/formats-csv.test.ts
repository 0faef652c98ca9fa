import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_HEADERS, exportCsv, neutralizeFormula } from '../../../src/store/formats/csv.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';
import { EXPORT_NOW, sampleLibrary } from './formats-sample-library.ts';

const COLOR_ZH: Record<string, string> = { yellow: '黄', red: '红', green: '绿', blue: '蓝', purple: '紫' };

/** What a spreadsheet user should see in a cell: the text, with `'` before formula triggers (the rule itself is tested below). */
function shown(text: string): string {
  return neutralizeFormula(text);
}

/** Beijing wall-clock time by the platform's time-zone database (not the exporter's fixed offset): 2026-02-01 08:37. */
const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
function beijingTime(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) || iso === '' ? iso : beijing.format(new Date(iso));
}

/** The expected row, computed from the records directly rather than through the exporter's helpers. */
function expectedRow(a: StoredAnnotation, library: ReturnType<typeof sampleLibrary>): string[] {
  const page = library.pages.find((p) => p.url === a.target.source);
  const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const bodies = (purpose: string) => a.body.filter((b) => b.purpose === purpose).map((b) => b.value);
  return [
    page?.metadata.title ?? a.page?.title ?? a.target.source,
    page?.metadata.source ?? a.page?.source ?? '',
    page?.metadata.author ?? a.page?.author ?? '',
    beijingTime(page?.metadata.publishedAt ?? a.page?.publishedAt ?? ''),
    a.target.source,
    quote && quote.type === 'TextQuoteSelector' ? quote.exact : '',
    bodies('commenting')[0] ?? '',
    bodies('tagging').join('、'),
    COLOR_ZH[bodies('highlighting')[0] ?? 'yellow'] ?? '',
    beijingTime(a.created),
    beijingTime(a.modified),
    a.id,
  ].map(shown);
}

describe('CSV export', () => {
  const library = sampleLibrary(5, 12);
  const file = exportCsv(library, { now: EXPORT_NOW });

  it('is UTF-8 with a byte-order mark, CRLF line ends, dated file name', () => {
    expect(file.filename).toBe('党建批注-2026-11-24.csv');
    expect(file.content.charCodeAt(0)).toBe(0xfeff);
    expect(file.content.endsWith('\r\n')).toBe(true);
    expect(file.content.slice(1, file.content.indexOf('\r\n'))).toBe(CSV_HEADERS.join(','));
  });

  it('parses back (RFC 4180) to a header and the same rows, one per annotation', () => {
    const rows: string[][] = parse(file.content, { bom: true, relax_column_count: false });
    expect(rows[0]).toEqual([...CSV_HEADERS]);
    const dataRows = rows.slice(1);
    expect(dataRows).toHaveLength(library.annotations.length);
    const byId = new Map(dataRows.map((r) => [r[11], r]));
    for (const annotation of library.annotations) {
      expect(byId.get(annotation.id)).toEqual(expectedRow(annotation, library));
    }
  });

  it('keeps CR, LF, quotes and commas inside cells', () => {
    const rows: string[][] = parse(file.content, { bom: true });
    const cells = rows.flat();
    expect(cells).toContain('第一行\n第二行\r\n第三行\r第四行');
    expect(cells).toContain('他说："不忘初心，牢记使命"，然后停顿了一下。');
    expect(cells.some((c) => c.includes('逗号,分号;引号"\'单引号\''))).toBe(true);
  });

  it('neutralises formula triggers with a leading apostrophe', () => {
    const rows: string[][] = parse(file.content, { bom: true });
    const cells = rows.flat();
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","点我")`);
    expect(cells).toContain("'+1 赞同；-1 反对；@所有人");
    expect(cells).toContain("'\t制表符开头");
    expect(cells.some((c) => /^[=+\-@\t\r]/.test(c))).toBe(false);
  });

  it('writes times as a reader in China reads them, whatever the machine’s time zone', () => {
    const page = sampleLibrary(1, 0).pages[0]!;
    page.metadata.publishedAt = '2020-01-03T10:13:00Z';
    const annotation = sampleLibrary(1, 1).annotations[0]!;
    annotation.created = '2020-01-03T18:13:00+08:00';
    annotation.modified = '2020-12-31T16:30:00Z';
    const [, row] = parse(exportCsv({ pages: [page], annotations: [annotation] }, { now: EXPORT_NOW }).content, { bom: true }) as string[][];
    expect(row?.slice(3, 4)).toEqual(['2020-01-03 18:13']);
    expect(row?.slice(9, 11)).toEqual(['2020-01-03 18:13', '2021-01-01 00:30']);
  });
});

describe('neutralizeFormula: what spreadsheets still evaluate', () => {
  // Excel and LibreOffice skip leading white space and line breaks before a
  // formula, accept the full-width ＝ as =, and a CSV cell written "=…" loses
  // its quotes on import: each of these runs as a formula if left alone.
  const attacks = ['\n=1+1', ' =1+1', '\u3000=1+1', '\u00A0=1+1', '＝1+1', '"=1+1', '"=HYPERLINK("x")', '＋1', '－1', '＠SUM(A1)', '\t=1', '\r=1', '=1', '+1', '-1', '@SUM(A1)'];
  it.each(attacks)('neutralises %j', (cell) => {
    expect(neutralizeFormula(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text, including text that merely contains a trigger, unchanged', () => {
    for (const cell of ['学习笔记', '见第 3 页 = 重点', '2024-01-01', 'a@b.cn', '“引号”开头', '']) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('never lets a cell start, after white space, quotes or line breaks, with a trigger (property)', () => {
    const lead = fc.constantFrom(' ', '\t', '\n', '\r', '\u3000', '\u00A0', '"', '');
    const trigger = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠');
    fc.assert(
      fc.property(fc.array(lead, { maxLength: 4 }), trigger, fc.string(), (leads, t, rest) => {
        const cell = leads.join('') + t + rest;
        expect(neutralizeFormula(cell).startsWith("'")).toBe(true);
      }),
    );
  });
});
