// npm run --silent analyze -- [--url URL] [--json] FILE...
// Analyses saved HTML pages with the same core code the content script runs.
// Without --json: a readable Chinese summary per file. With --json: one JSON
// object (ArticleAnalysis plus "file") per file per line. A file that cannot
// be read is reported on stderr by name; the others are still analysed and
// the exit code is 1.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze, type AnalysisExplanation } from '../core/index.ts';
import type { ArticleAnalysis } from '../core/types.ts';
import { decodeHtml } from './decode-html.ts';

interface CliArgs {
  url: string | null;
  json: boolean;
  explain: boolean;
  files: string[];
}

const USAGE = '用法：npm run --silent analyze -- [--url 网址] [--json] [--explain] 文件...';

function parseArgs(argv: readonly string[]): CliArgs | string {
  const args: CliArgs = { url: null, json: false, explain: false, files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--explain') args.explain = true;
    else if (arg === '--url') {
      const value = argv[i + 1];
      if (value === undefined) return '--url 需要一个网址';
      args.url = value;
      i += 1;
    } else if (arg.startsWith('--url=')) args.url = arg.slice('--url='.length);
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg === '--') continue;
    else if (arg.startsWith('--')) return `未知选项：${arg}\n${USAGE}`;
    else args.files.push(arg);
  }
  if (args.files.length === 0) return `没有给出文件。\n${USAGE}`;
  return args;
}

/** Parse without running scripts or loading anything: a saved page must not reach the network. */
function parseHtml(html: string, url: string | null): Document {
  const virtualConsole = new VirtualConsole(); // swallow jsdom's CSS parse warnings
  const options = url !== null && /^https?:/i.test(url) ? { url, virtualConsole } : { virtualConsole };
  return new JSDOM(html, options).window.document;
}

function orDash(value: string | null): string {
  return value ?? '—';
}

function describe(file: string, a: ArticleAnalysis): string {
  const m = a.metadata;
  const lines = [`== ${file}`];
  if (!a.isArticle) {
    lines.push('不是单篇文章（列表页、首页、百科词条或非中文页面）。');
    return lines.join('\n');
  }
  lines.push(
    `标题：${orDash(m.title)}`,
    `来源：${orDash(m.source)}　作者：${orDash(m.author)}　编辑：${orDash(m.editor)}`,
    `发布时间：${orDash(m.publishedAt)}　网站：${orDash(m.siteName)}　发布者：${orDash(m.publisher)}`,
    `党建文章：${a.partyBuilding.detected ? '是' : '否'}（得分 ${a.partyBuilding.score.toFixed(2)}）`,
  );
  for (const reason of a.partyBuilding.reasons) lines.push(`  · ${reason}`);
  lines.push(
    `篇幅：${a.summary.charCount} 字，${a.summary.paragraphs} 段，约 ${a.summary.readingMinutes} 分钟读完`,
  );
  if (a.slogans.length > 0) {
    lines.push('重要提法：' + a.slogans.slice(0, 15).map((s) => `${s.text}×${s.count}`).join('、'));
  }
  if (a.summary.keyPoints.length > 0) {
    lines.push('要点：');
    a.summary.keyPoints.forEach((p, i) => lines.push(`  ${i + 1}. ${p}`));
  }
  return lines.join('\n');
}

const FIELD_NAMES: Record<string, string> = { source: '来源', author: '作者', editor: '编辑', date: '发布时间', publisher: '发布者' };

/** `--explain`: the body decision, then per field every candidate, where it was found, by which rule, and its verdict. */
function explain(e: AnalysisExplanation): string {
  const lines = ['— 判断过程'];
  if (e.notArticle !== null) lines.push(e.notArticle);
  if (e.body !== null) {
    lines.push('正文：候选容器（得分 / 文字票数 / 链接密度 / 字数），第一个被选中');
    e.body.candidates.forEach((c, i) => {
      lines.push(`  ${i === 0 ? '✔' : ' '} ${c.element}  ${c.score.toFixed(1)} / ${c.votes.toFixed(1)} / ${c.linkDensity.toFixed(2)} / ${c.chars}`);
    });
  }
  for (const [field, candidates] of Object.entries(e.fields)) {
    lines.push(`${FIELD_NAMES[field] ?? field}：${candidates.length === 0 ? '没有候选' : ''}`);
    for (const c of candidates) {
      lines.push(`  ${c.verdict === '采用' ? '✔' : '✘'} ${JSON.stringify(c.value)} → ${c.cleaned === null ? '—' : JSON.stringify(c.cleaned)}  [${c.rule}；${c.where}] ${c.verdict}`);
    }
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(parsed + '\n');
    return 2;
  }
  let failures = 0;
  for (const file of parsed.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const why = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
      process.stderr.write(`无法读取文件：${file}（${why}）\n`);
      failures += 1;
      continue;
    }
    const { text } = decodeHtml(bytes);
    const explanation: AnalysisExplanation = { fields: {}, body: null, notArticle: null };
    const analysis = analyze(parseHtml(text, parsed.url), parsed.url ?? undefined, parsed.explain ? { explain: explanation } : {});
    if (parsed.json) {
      process.stdout.write(JSON.stringify({ file, ...analysis, ...(parsed.explain ? { explanation } : {}) }) + '\n');
    } else {
      process.stdout.write(describe(file, analysis) + '\n' + (parsed.explain ? explain(explanation) + '\n' : '') + '\n');
    }
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
