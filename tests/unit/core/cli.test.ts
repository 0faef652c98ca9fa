// The CLI as a user runs it: `node --import tsx src/cli/analyze.ts` in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturePath } from './fixtures.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, any>);

describe('analyze CLI', () => {
  it('prints one JSON object per file per line with --json, and the --url given', () => {
    const out = runCli(['--json', '--url', 'https://example.cn/a.html', fixturePath('people-style.html'), fixturePath('list-page.html')]);
    expect(out.status).toBe(0);
    const [article, list] = jsonLines(out.stdout);
    expect(article).toMatchObject({ url: 'https://example.cn/a.html', isArticle: true });
    expect(article!.metadata.title).toBe('推动基层党建工作提质增效（新时代新征程）');
    expect(article!.file).toBe(fixturePath('people-style.html'));
    expect(list).toMatchObject({ isArticle: false });
  });

  it('--explain prints the body decision and, per field, every candidate with its rule and verdict', () => {
    const out = runCli(['--explain', fixturePath('xinhuanet-style.html')]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('— 判断过程');
    expect(out.stdout).toMatch(/正文：候选容器[^\n]*\n\s+✔ \S/u);
    expect(out.stdout).toMatch(/来源：\n\s+✔ "新华网" → "新华网"\s+\[标签行；/u);
    expect(out.stdout).toContain('已有更可信的候选');
  });

  it('decodes a GBK page as a browser would', () => {
    const out = runCli(['--json', fixturePath('gbk-declared.html')]);
    expect(jsonLines(out.stdout)[0]!.metadata.title).toBe('扎实推进机关党支部标准化规范化建设');
  });

  it('prints a readable Chinese summary without --json', () => {
    const out = runCli([fixturePath('xinhuanet-style.html')]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('标题：欧洲多国遭遇强降雨天气');
    expect(out.stdout).toContain('来源：新华网');
  });

  it('names a missing file on stderr, still analyses the others, and exits non-zero', () => {
    const missing = path.join(tmpdir(), 'no-such-page-for-cli-test.html');
    const out = runCli(['--json', missing, fixturePath('wechat-article.html')]);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain(missing);
    expect(jsonLines(out.stdout)).toHaveLength(1);
  });

  it('answers isArticle false for empty and non-HTML input without crashing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-test-'));
    const empty = path.join(dir, 'empty.html');
    const binary = path.join(dir, 'image.png');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x00]));
    const out = runCli(['--json', empty, binary]);
    expect(out.status).toBe(0);
    expect(jsonLines(out.stdout).map((r) => r.isArticle)).toEqual([false, false]);
  });

  it('explains its usage when given no file', () => {
    const out = runCli([]);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain('用法');
  });
});
