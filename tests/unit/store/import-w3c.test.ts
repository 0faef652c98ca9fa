// Files the importer accepts besides its own export: bare W3C Web Annotations
// from other tools, and what it normalises, warns about or drops on the way.
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/store/formats/json.ts';
import { validateImportBytes, validateImportFile } from '../../../src/store/import/index.ts';
import { SCHEMA_VERSION } from '../../../src/store/model.ts';
import { EXPORT_NOW, sampleLibrary } from './formats-sample-library.ts';
import { noPause } from './import-test-store.ts';
import { issuesText, issueText } from './import-issue-text.ts';

/** The W3C model's own example shape: single body, single selector, no modified, no purpose. */
const w3cExample = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno23',
  type: 'Annotation',
  created: '2015-01-28T12:00:00Z',
  body: { type: 'TextualBody', value: '这一段值得反复学习。', format: 'text/plain' },
  target: {
    source: 'http://example.org/page1',
    selector: { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' },
  },
};

async function accepted(value: unknown) {
  const result = await validateImportFile(typeof value === 'string' ? value : JSON.stringify(value), { pause: noPause });
  if (!result.ok) throw new Error(issuesText(result.errors));
  return result;
}

describe('import of bare W3C annotations', () => {
  it('normalises a single annotation to the stored model', async () => {
    const result = await accepted(w3cExample);
    expect(result.pages).toEqual([]);
    expect(result.annotations).toStrictEqual([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'http://example.org/anno23',
        type: 'Annotation',
        motivation: 'commenting',
        created: '2015-01-28T12:00:00Z',
        modified: '2015-01-28T12:00:00Z',
        body: [{ type: 'TextualBody', purpose: 'commenting', value: '这一段值得反复学习。', format: 'text/plain' }],
        target: {
          source: 'http://example.org/page1',
          selector: [{ type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' }],
        },
        schemaVersion: SCHEMA_VERSION,
      },
    ]);
  });

  it('accepts an array, an AnnotationPage and a plain AnnotationCollection', async () => {
    const second = { ...w3cExample, id: 'http://example.org/anno24', body: undefined, motivation: 'highlighting' };
    for (const file of [
      [w3cExample, second],
      { type: 'AnnotationPage', items: [w3cExample, second] },
      { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage', items: [w3cExample, second] } },
    ]) {
      const result = await accepted(file);
      expect(result.annotations.map((a) => [a.id, a.motivation, a.body.length])).toEqual([
        ['http://example.org/anno23', 'commenting', 1],
        ['http://example.org/anno24', 'highlighting', 0],
      ]);
    }
  });

  it('accepts an export saved with a byte-order mark', async () => {
    const text = exportJson(sampleLibrary(1, 2), { now: EXPORT_NOW }).content;
    expect((await accepted(`\uFEFF${text}`)).annotations).toHaveLength(2);
  });

  it('accepts an empty collection', async () => {
    const result = await accepted({ type: 'AnnotationCollection', total: 0 });
    expect(result.annotations).toEqual([]);
  });

  it('keeps only known fields: foreign and prototype keys never reach the output', async () => {
    const text = `[{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:a","type":"Annotation","created":"2026-01-01T00:00:00Z",
      "__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},"schemaVersion":99,"creator":{"name":"某人"},
      "body":[{"type":"TextualBody","purpose":"tagging","value":"学习","__proto__":{"polluted":"yes"},"language":"zh"}],
      "target":{"source":"https://a.example/p","selector":[{"type":"TextQuoteSelector","exact":"原文","extra":1}],"state":{"type":"HttpRequestState"}}}]`;
    const result = await validateImportFile(text, { pause: noPause });
    if (!result.ok) throw new Error('refused');
    const [annotation] = result.annotations;
    expect(Object.keys(annotation!)).toEqual(['@context', 'id', 'type', 'motivation', 'created', 'modified', 'body', 'target', 'schemaVersion']);
    expect(Object.getPrototypeOf(annotation)).toBe(Object.prototype);
    expect(annotation!.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(annotation!.body[0]!)).toEqual(['type', 'purpose', 'value']);
    expect(Object.keys(annotation!.target)).toEqual(['source', 'selector']);
    expect(Object.keys(annotation!.target.selector[0]!)).toEqual(['type', 'exact', 'prefix', 'suffix']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.warnings.map((w) => w.path)).toEqual(['$[0].__proto__', '$[0].constructor', '$[0].body[0].__proto__']);
    expect(result.warnings[0]?.problem).toEqual({ id: 'UnsafeKey', values: [] });
    expect(issueText(result.warnings[0])).toBe('第 1 条标注：__proto__ 是不安全的键名，已忽略（位置 $[0].__proto__）');
  });

  it('imports an unknown colour as the default one, with a warning', async () => {
    const result = await accepted({ ...w3cExample, body: [{ type: 'TextualBody', purpose: 'highlighting', value: 'orange' }] });
    expect(result.annotations[0]?.body).toEqual([{ type: 'TextualBody', purpose: 'highlighting', value: 'yellow' }]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ record: { record: 'SoleAnnotation' }, field: 'body[0].value', problem: { id: 'UnknownColor', values: ['"orange"'] } });
    expect(issueText(result.warnings[0])).toContain('未知的颜色 "orange"，已改为默认的黄色');
  });

  it('drops selectors it cannot use and duplicate tags, with warnings', async () => {
    const result = await accepted({
      ...w3cExample,
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: '学习' },
        { type: 'TextualBody', purpose: 'tagging', value: '学习' },
      ],
      target: { source: 'https://a.example/p', selector: [{ type: 'CssSelector', value: '#main' }, w3cExample.target.selector] },
    });
    expect(result.annotations[0]?.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    expect(result.annotations[0]?.body.map((b) => b.value)).toEqual(['学习']);
    expect(result.warnings.map((w) => w.path)).toEqual(['$.body[1]', '$.target.selector[0]']);
  });

  it('maps other W3C motivations to highlighting or commenting, with a warning', async () => {
    const result = await accepted({ ...w3cExample, motivation: 'bookmarking' });
    expect(result.annotations[0]?.motivation).toBe('commenting');
    expect(result.warnings[0]?.path).toBe('$.motivation');
  });

  it('keeps one copy of an annotation repeated verbatim (two exports pasted together)', async () => {
    const result = await accepted([w3cExample, w3cExample]);
    expect(result.annotations).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ record: { record: 'Annotation', number: 2 }, problem: { id: 'DuplicateSkipped', values: [{ record: 'Annotation', number: 1 }] } });
    expect(issueText(result.warnings[0])).toBe('第 2 条标注：与第 1 条标注完全相同，已跳过重复项（位置 $[1]）');
  });

  it('compares time zones, accepts +08:00 and fractional seconds', async () => {
    const result = await accepted({ ...w3cExample, created: '2026-11-24T09:30:00.123+08:00', modified: '2026-11-24T01:31:00Z' });
    expect(result.annotations[0]?.modified).toBe('2026-11-24T01:31:00Z');
  });

  it('lists every problem of a file, not only the first', async () => {
    const bad = { ...w3cExample, id: 5, created: 'soon', target: { source: 'javascript:x', selector: w3cExample.target.selector } };
    const result = await validateImportFile(JSON.stringify([bad, bad]), { pause: noPause });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['$[0].id', '$[0].created', '$[0].target.source', '$[1].id', '$[1].created', '$[1].target.source']);
    expect(result.errors[2]).toMatchObject({ record: { record: 'Annotation', number: 1 }, field: 'target.source', problem: { id: 'NotWebUrl', values: ['javascript:'] } });
    expect(issueText(result.errors[2])).toBe('第 1 条标注：target.source 不是网页地址（只接受 http 和 https，实际是 javascript:）（位置 $[0].target.source）');
  });

  it('stops listing after 100 errors and says how many more there are', async () => {
    const bad = { ...w3cExample, id: 5 };
    const result = await validateImportFile(JSON.stringify(Array.from({ length: 150 }, () => bad)), { pause: noPause });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(101);
    expect(result.errors[100]).toEqual({ path: null, record: null, field: '', problem: { id: 'MoreErrors', values: [50] } });
    expect(issueText(result.errors[100])).toBe('另有 50 处错误未列出。');
    expect(issueText(result.errors[100], 'en')).toBe('50 more errors are not listed.');
  });
});

describe('text the extension itself can store', () => {
  it('accepts control characters and unpaired surrogates in page-provided text, so our own export always imports', async () => {
    const quote = '页面\u000b里的\u001f控制字符与\ud800孤立代理项';
    const result = await accepted({ ...w3cExample, target: { source: 'https://a.example/p', selector: { type: 'TextQuoteSelector', exact: quote } } });
    const selector = result.annotations[0]?.target.selector[0];
    expect(selector?.type === 'TextQuoteSelector' && selector.exact).toBe(quote);
  });
});

describe('import from the bytes of a file', () => {
  const json = JSON.stringify(w3cExample);

  it('decodes UTF-8 with or without BOM and UTF-16 with BOM (Notepad "Unicode")', async () => {
    const utf8 = new TextEncoder().encode(json);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const utf16le = new Uint8Array([0xff, 0xfe, ...Buffer.from(json, 'utf16le')]);
    for (const bytes of [utf8, withBom, utf16le]) {
      const result = await validateImportBytes(bytes, { pause: noPause });
      expect(result.ok && result.annotations[0]?.body[0]?.value).toBe('这一段值得反复学习。');
    }
  });

  it('refuses GBK bytes instead of importing replacement characters', async () => {
    // "党建" in GBK is B5 B3 BD A8: not valid UTF-8 (B5 cannot start a sequence).
    const bytes = new Uint8Array([...Buffer.from('{"type":"Annotation","note":"'), 0xb5, 0xb3, 0xbd, 0xa8, ...Buffer.from('"}')]);
    const result = await validateImportBytes(bytes, { pause: noPause });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.problem).toEqual({ id: 'NotUtf8', values: [] });
    expect(!result.ok && issueText(result.errors[0])).toContain('文件：不是 UTF-8 编码');
  });

  it('refuses an oversized file before decoding it', async () => {
    const result = await validateImportBytes(new Uint8Array(2048), { pause: noPause, limits: { maxBytes: 1024 } });
    expect(!result.ok && result.errors[0]?.problem).toEqual({ id: 'TooLarge', values: [0] });
    expect(!result.ok && issueText(result.errors[0])).toBe('文件：文件过大：超过 0 MB 的导入上限（位置 $）');
  });
});

describe('page URLs of imported annotations', () => {
  it('are normalised the way the store keys pages', async () => {
    const result = await accepted({
      ...w3cExample,
      target: { source: 'HTTPS://News.Example.CN:443/a.html?utm_source=wechat&b=2&a=1#section', selector: w3cExample.target.selector },
    });
    expect(result.annotations[0]?.target.source).toBe('https://news.example.cn/a.html?a=1&b=2');
  });
});

describe('warnings', () => {
  it('reports a prototype key of a single-annotation file once', async () => {
    const text = JSON.stringify(w3cExample).replace('{', '{"__proto__":{"polluted":"yes"},');
    const result = await accepted(text);
    expect(result.warnings.map((w) => w.path)).toEqual(['$.__proto__']);
  });
});
