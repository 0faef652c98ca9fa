import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../../src/cli/decode-html.ts';
import { fixturePath } from './fixtures.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('decodes a page that declares gb2312 and is GBK-encoded', () => {
    const decoded = decodeHtml(readFileSync(fixturePath('gbk-declared.html')));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain('扎实推进机关党支部标准化规范化建设');
  });

  it('falls back to UTF-8 when a GB declaration meets valid UTF-8 bytes', () => {
    const decoded = decodeHtml(readFileSync(fixturePath('gb2312-declared-utf8-bytes.html')));
    expect(decoded).toMatchObject({ encoding: 'utf-8', reason: 'declared-but-utf8' });
    expect(decoded.text).toContain('社区开展垃圾分类宣传活动');
  });

  it('lets a byte-order mark win over the declaration', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<meta charset="gbk"><p>党建</p>')]);
    expect(decodeHtml(withBom)).toMatchObject({ encoding: 'utf-8', reason: 'bom' });
  });

  it('reads the declaration from <meta charset> and from http-equiv', () => {
    expect(declaredCharset(bytes('<meta charset="GB2312">'))).toBe('gb2312');
    expect(declaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=gbk"/>'))).toBe('gbk');
    expect(declaredCharset(bytes('<meta charset="">'))).toBeNull();
  });

  it('decodes undeclared GBK bytes as GBK, undeclared UTF-8 as UTF-8', () => {
    const gbk = new Uint8Array([0xb5, 0xb3, 0xbd, 0xa8]); // 党建 in GBK
    expect(decodeHtml(gbk).text).toBe('党建');
    expect(decodeHtml(bytes('党建')).text).toBe('党建');
  });

  it('handles empty input', () => {
    expect(decodeHtml(new Uint8Array()).text).toBe('');
  });
});
