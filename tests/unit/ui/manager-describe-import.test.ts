import { afterEach, describe, expect, it } from 'vitest';
import { describeImport } from '../../../src/ui/manager/describe-import.ts';
import { installFakeBrowser } from './manager-fake-browser.ts';

const summary = (added: number, updated: number, skipped: number, kept: number, refused: number) => ({ added, updated, skipped, kept, refused });
const pages = (added: number, updated: number) => ({ added, updated, skipped: 0 });

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

describe('the import summary sentence', () => {
  it('is Chinese under a Chinese browser, with only the counts that happened', () => {
    uninstall = installFakeBrowser('zh_CN');
    expect(describeImport({ summary: summary(1, 0, 2, 1, 0), pageSummary: pages(0, 0) })).toBe(
      '导入完成：新增 1 条标注，更新 0 条，跳过 2 条（已有相同或更新的版本），保留您的版本 1 条。',
    );
    expect(describeImport({ summary: summary(15, 0, 0, 0, 0), pageSummary: pages(3, 0) })).toBe('导入完成：新增 15 条标注，更新 0 条；新增 3 篇文章。');
  });

  it('is English under an English browser, in the plural form each count takes', () => {
    uninstall = installFakeBrowser('en');
    expect(describeImport({ summary: summary(1, 0, 4, 1, 1), pageSummary: pages(0, 0) })).toBe(
      'Imported: 1 highlight added, 0 updated, 4 skipped (the same or a newer version is already here), 1 kept as your version, 1 not imported (the same highlight is on another page in your library).',
    );
    expect(describeImport({ summary: summary(15, 2, 0, 0, 0), pageSummary: pages(1, 2) })).toBe(
      'Imported: 15 highlights added, 2 updated; 1 article added, details of 2 articles updated.',
    );
  });
});
