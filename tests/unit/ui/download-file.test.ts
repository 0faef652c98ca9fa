// The popup's data: URL carries the whole file, UTF-8, exactly.
import { describe, expect, it } from 'vitest';
import { dataUrlOf } from '../../../src/ui/shared/download-file.ts';

describe('dataUrlOf', () => {
  it('decodes back to the same text, with a UTF-8 charset added only when missing', async () => {
    const content = '# 学习笔记\n\n> “两个确立”，100% & #标签 ,;=?\r\n';
    for (const mimeType of ['text/markdown;charset=utf-8', 'application/ld+json']) {
      const url = dataUrlOf({ filename: 'x', mimeType, content });
      expect(url.startsWith(`data:${mimeType}`)).toBe(true);
      expect(url.match(/charset=utf-8/gi)).toHaveLength(1);
      const response = await fetch(url);
      expect(await response.text()).toBe(content);
    }
  });
});
