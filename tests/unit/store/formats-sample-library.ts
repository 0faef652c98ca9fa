// A generated library for the export/import tests: Chinese text, multi-line
// notes, tags, every colour, several pages, and the characters that break
// formats (quotes, commas, CR/LF, emoji, markup, formula triggers, Markdown
// markers). Deterministic: the same arguments give the same library.
import { HIGHLIGHT_COLORS, SCHEMA_VERSION, type PageRecord, type StoredAnnotation, type TextualBody } from '../../../src/store/model.ts';
import type { Library } from '../../../src/store/formats/library.ts';

/** Text a user could type or a page could contain, each hostile to some format. */
export const AWKWARD_TEXTS = [
  '坚持党的全面领导，是党和国家的根本所在、命脉所在。',
  '他说："不忘初心，牢记使命"，然后停顿了一下。',
  '第一行\n第二行\r\n第三行\r第四行',
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","点我")',
  '+1 赞同；-1 反对；@所有人',
  '# 不是标题',
  '> 不是引用',
  '- 不是列表',
  '1. 不是有序列表',
  '| 列一 | 列二 |',
  '```\n代码块？\n```',
  '**加粗** _斜体_ [链接](javascript:alert(1)) &amp; \\反斜杠',
  '🇨🇳 学习强国 👍🏽 党徽☭',
  '    缩进四格的行',
  '\t制表符开头',
  '逗号,分号;引号"\'单引号\'',
  '　　全角空格开头的段落，按中文排版习惯缩进。',
];

const TAG_POOL = ['理论学习', '主题教育', '三会一课', 'a,b', '"引号"', '<b>标签</b>', '=1+1', '🔥重点'];

function pick<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function iso(base: number, offsetMinutes: number, zone: 'Z' | '+08:00'): string {
  const date = new Date(base + offsetMinutes * 60_000);
  if (zone === 'Z') return date.toISOString();
  const shifted = new Date(date.getTime() + 8 * 3600_000).toISOString().replace('Z', '+08:00');
  return shifted;
}

export function samplePage(i: number): PageRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    url: `https://news.example.cn/dangjian/${2021 + (i % 4)}/article-${i}.html?id=${i}`,
    metadata: {
      title: i === 2 ? '标题含 <i>标记</i>、"引号"与 # 号' : `以党的自我革命引领社会革命（第 ${i + 1} 篇）`,
      source: i % 3 === 0 ? null : pick(['《旗帜》杂志', '人民网-理论频道', '某某大学党委宣传部'], i),
      author: i % 2 === 0 ? '张三, 李四' : null,
      editor: i % 2 === 0 ? '王五' : null,
      publishedAt: i % 2 === 0 ? `2021-05-${String(10 + (i % 18)).padStart(2, '0')}` : '2022-07-01T10:20:00+08:00',
      siteName: '示例新闻网',
      publisher: null,
    },
    partyBuilding: i % 4 !== 3,
    slogans:
      i % 5 === 4
        ? []
        : [
            { text: '全面从严治党', count: 5 + i, kind: 'lexicon' },
            { text: '两个确立', count: 3, kind: 'numbered' },
            { text: '*自我革命*', count: 1, kind: 'quoted' },
          ],
    keyPoints: i % 5 === 4 ? [] : ['要点一：坚持自我革命。', '要点二：- 以破折号开头', `要点三：${pick(AWKWARD_TEXTS, i)}`.replace(/[\r\n]+/g, ' ')],
    firstSavedAt: iso(Date.UTC(2026, 0, 1), i * 1440, 'Z'),
    updatedAt: iso(Date.UTC(2026, 0, 2), i * 1440, '+08:00'),
  };
}

export function sampleAnnotation(pageIndex: number, n: number, url: string): StoredAnnotation {
  const k = pageIndex * 1000 + n;
  const quote = pick(AWKWARD_TEXTS, k);
  const body: TextualBody[] = [];
  if (n % 3 !== 2) {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: `批注 ${k}：${pick(AWKWARD_TEXTS, k + 5)}\n\n第二段：学习体会。`, format: 'text/plain' });
  }
  const tagCount = n % 4;
  for (let t = 0; t < tagCount; t += 1) body.push({ type: 'TextualBody', purpose: 'tagging', value: pick(TAG_POOL, k + t) });
  body.push({ type: 'TextualBody', purpose: 'highlighting', value: pick(HIGHLIGHT_COLORS, k) });
  const start = ((n * 7919) % 997) * 10;
  const created = iso(Date.UTC(2026, 1, 1), k * 37, n % 2 === 0 ? 'Z' : '+08:00');
  const annotation: StoredAnnotation = {
    ...(n % 2 === 0 ? { '@context': 'http://www.w3.org/ns/anno.jsonld' as const } : {}),
    id: `urn:uuid:00000000-0000-4000-8000-${String(k).padStart(12, '0')}`,
    type: 'Annotation',
    motivation: body.some((b) => b.purpose === 'commenting') ? 'commenting' : 'highlighting',
    created,
    modified: n % 5 === 0 ? created : iso(Date.UTC(2026, 2, 1), k * 11, 'Z'),
    body,
    target: {
      source: url,
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: `前文${k}，`, suffix: n % 4 === 0 ? '' : '。后文' },
        { type: 'TextPositionSelector', start, end: start + quote.length },
        {
          type: 'RangeSelector',
          startSelector: { type: 'XPathSelector', value: `/html[1]/body[1]/div[2]/p[${n + 1}]`, refinedBy: { type: 'TextPositionSelector', start: 0, end: 3 } },
          endSelector: { type: 'XPathSelector', value: `/html[1]/body[1]/div[2]/p[${n + 2}]` },
        },
      ],
    },
    schemaVersion: SCHEMA_VERSION,
  };
  if (n % 3 === 0) {
    annotation.page = { title: `快照标题 ${pageIndex}`, source: null, author: '作者"甲"', publishedAt: '2021-05-15', ...(n % 2 === 0 ? { siteName: null } : {}) };
  }
  return annotation;
}

export function sampleLibrary(pageCount: number, annotationsPerPage: number): Library {
  const pages = Array.from({ length: pageCount }, (_, i) => samplePage(i));
  const annotations = pages.flatMap((page, p) => Array.from({ length: annotationsPerPage }, (_, n) => sampleAnnotation(p, n, page.url)));
  return { pages, annotations };
}

/** A fixed clock for file names: 24 November 2026, mid-morning local time. */
export const EXPORT_NOW = new Date(2026, 10, 24, 9, 30);
