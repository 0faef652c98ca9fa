// Generated libraries for the query tests and scripts/bench-query.ts:
// deterministic (seeded), with text shaped like the genre — titles, sources,
// bylines and highlighted sentences of party-building commentary, built
// around real formulations — so substring search meets the character mix it
// will meet in use.
import type { Library } from '../../../src/store/formats/library.ts';
import { HIGHLIGHT_COLORS, SCHEMA_VERSION, type PageRecord, type StoredAnnotation, type TextualBody } from '../../../src/store/model.ts';

export const FORMULATIONS = [
  '全面从严治党', '两个确立', '两个维护', '四个意识', '四个自信', '中国式现代化', '党的自我革命',
  '不忘初心、牢记使命', '以人民为中心', '新发展理念', '高质量发展', '三会一课', '主题教育',
  '基层党组织', '党风廉政建设', '作风建设', '理论武装', '共同富裕', '人类命运共同体', '第一议题',
] as const;

const SOURCES = ['《旗帜》杂志', '人民网-理论频道', '求是网', '共产党员网', '新华社', '中国纪检监察报', '某某大学党委宣传部', '光明日报'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['建国', '红梅', '志强', '丽华', '卫东', '晓明', '海燕', '立新'];
const HOSTS = ['www.people.com.cn', 'www.12371.cn', 'www.qstheory.cn', 'www.xinhuanet.com', 'www.gov.cn', 'mp.weixin.qq.com', 'dwxcb.example.edu.cn', 'www.ccdi.gov.cn'];
const TITLE_TEMPLATES = [
  (f: string) => `深刻把握${f}的丰富内涵和实践要求`,
  (f: string) => `以${f}引领新时代党的建设`,
  (f: string) => `坚定不移推进${f}向纵深发展`,
  (f: string) => `在学思践悟中深化对${f}的认识`,
  (f: string) => `论${f}的决定性意义`,
];
const CLAUSES = [
  '这是我们党在长期实践中得出的重要结论',
  '必须把握好历史主动',
  '为推进强国建设、民族复兴提供坚强保证',
  '推动各项工作落地见效',
  '切实增强政治判断力、政治领悟力、政治执行力',
  '以钉钉子精神抓好落实',
  '把党的政治优势和组织优势转化为发展优势',
  '始终同人民想在一起、干在一起',
];
const NOTES = ['支部学习时重点讨论', '可用于三会一课发言材料', '与上一篇对照阅读', '引文出处待核对', '写入学习心得第二部分', ''];
const TAGS = ['理论学习', '主题教育', '三会一课', '党课素材', '心得体会', '重点'];

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same library. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedLibrary extends Library {
  /** For each page URL, the formulation its passages are built around. */
  themeOf: Map<string, string>;
}

export function generateLibrary(pageCount: number, annotationCount: number, seed = 1): GeneratedLibrary {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pages: PageRecord[] = [];
  const themeOf = new Map<string, string>();
  for (let i = 0; i < pageCount; i += 1) {
    const theme = FORMULATIONS[i % FORMULATIONS.length]!;
    const host = HOSTS[i % HOSTS.length]!;
    const url = `https://${host}/n1/${2019 + (i % 6)}/article_${i}.html`;
    const others = [...FORMULATIONS].filter((f) => f !== theme).sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 5));
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    pages.push({
      schemaVersion: SCHEMA_VERSION,
      url,
      metadata: {
        title: `${pick(TITLE_TEMPLATES)(theme)}（${i}）`,
        source: pick(SOURCES),
        author: `${pick(SURNAMES)}${pick(GIVEN)}`,
        editor: null,
        publishedAt: i % 3 === 0 ? `${2019 + (i % 6)}-${month}-${day}T09:30:00+08:00` : `${2019 + (i % 6)}-${month}-${day}`,
        siteName: null,
        publisher: null,
      },
      partyBuilding: i % 5 !== 4,
      slogans: [theme, ...others].map((text, rank) => ({ text, count: Math.max(1, 12 - rank * 2 - Math.floor(random() * 2)), kind: 'lexicon' })),
      keyPoints: [],
      firstSavedAt: `2025-0${1 + (i % 9)}-1${i % 10}T08:00:00.000Z`,
      updatedAt: `2025-0${1 + (i % 9)}-1${i % 10}T08:00:00.000Z`,
    });
    themeOf.set(url, theme);
  }
  const annotations: StoredAnnotation[] = [];
  for (let i = 0; i < annotationCount; i += 1) {
    const page = pages[i % pageCount]!;
    const theme = themeOf.get(page.url)!;
    // Most passages carry the page's theme; some are plain sentences with no formulation.
    const quote = i % 4 === 3 ? `${pick(CLAUSES)}，${pick(CLAUSES)}。` : `坚持${theme}，${pick(CLAUSES)}。`;
    const note = pick(NOTES);
    const tags = random() < 0.5 ? [pick(TAGS)] : [];
    const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'highlighting', value: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]! }];
    if (note) body.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
    for (const tag of tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
    const created = new Date(Date.UTC(2025, i % 12, 1 + (i % 28), 4, 0, i % 60)).toISOString();
    annotations.push({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      schemaVersion: SCHEMA_VERSION,
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: 'Annotation',
      motivation: note ? 'commenting' : 'highlighting',
      created,
      modified: created,
      body,
      target: {
        source: page.url,
        selector: [
          { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: i * 10, end: i * 10 + quote.length },
        ],
      },
      page: { title: page.metadata.title, source: page.metadata.source, author: page.metadata.author, publishedAt: page.metadata.publishedAt },
    });
  }
  return { pages, annotations, themeOf };
}
