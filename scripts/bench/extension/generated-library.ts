// A generated library the size the budgets name (1,000 pages, 10,000
// annotations), in the genre: Chinese headlines, sources and bylines, and
// highlighted sentences of party-building prose with full selectors (quote
// with 32-character context, position, structural path), so records weigh
// what real ones weigh. Seeded: every run stores the same data.
import { createAnnotation, type Clock } from '../../../src/store/annotations.ts';
import { HIGHLIGHT_COLORS, SCHEMA_VERSION, type Annotation, type PageRecord } from '../../../src/store/model.ts';
import { seededRandom } from '../page/seeded-random.ts';

const FORMULATIONS = [
  '全面从严治党', '两个确立', '两个维护', '四个意识', '四个自信', '中国式现代化', '党的自我革命', '不忘初心、牢记使命',
  '以人民为中心', '新发展理念', '高质量发展', '三会一课', '主题教育', '基层党组织', '党风廉政建设', '作风建设',
  '理论武装', '共同富裕', '第一议题', '一岗双责',
];
const CLAUSES = [
  '这是我们党在长期实践中得出的重要结论', '必须牢牢把握历史主动', '为推进强国建设、民族复兴提供坚强保证',
  '推动各项工作落地见效', '切实增强政治判断力、政治领悟力、政治执行力', '以钉钉子精神抓好落实',
  '把党的政治优势和组织优势转化为发展优势', '始终同人民想在一起、干在一起', '坚持问题导向和目标导向相统一',
  '持续深化理论学习和调查研究', '着力解决群众急难愁盼问题', '推动机关党建和业务工作深度融合',
];
const SOURCES = ['《旗帜》杂志', '人民网-理论频道', '求是网', '共产党员网', '新华社', '中国纪检监察报', '光明日报', '学习时报'];
const NAMES = ['王建国', '李红梅', '张志强', '刘丽华', '陈卫东', '杨晓明', '赵海燕', '黄立新'];
const HOSTS = ['www.people.com.cn', 'www.12371.cn', 'www.qstheory.cn', 'www.xinhuanet.com', 'www.gov.cn', 'mp.weixin.qq.com', 'dwxcb.example.edu.cn'];
const NOTES = ['支部学习时重点讨论', '可用于三会一课发言材料', '与上一篇对照阅读', '引文出处待核对', '写入学习心得第二部分', '', '', ''];
const TAGS = ['理论学习', '主题教育', '三会一课', '党课素材', '心得体会', '重点'];

export interface GeneratedLibrary {
  pages: PageRecord[];
  annotations: Annotation[];
}

export function generateLibrary(pageCount: number, annotationCount: number, seed = 6): GeneratedLibrary {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (theme: string): string => `坚持${theme}，${pick(CLAUSES)}，${pick(CLAUSES)}。`;
  const pages: PageRecord[] = [];
  for (let i = 0; i < pageCount; i += 1) {
    const theme = FORMULATIONS[i % FORMULATIONS.length]!;
    const day = `${2019 + (i % 7)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    pages.push({
      schemaVersion: SCHEMA_VERSION,
      url: `https://${HOSTS[i % HOSTS.length]}/n1/${day.slice(0, 4)}/c${100000 + i}.html`,
      metadata: {
        title: `深刻把握${theme}的丰富内涵和实践要求（${i}）`,
        source: pick(SOURCES), author: pick(NAMES), editor: pick(NAMES), publishedAt: day, siteName: null, publisher: null,
      },
      partyBuilding: i % 5 !== 4,
      slogans: [theme, pick(FORMULATIONS), pick(FORMULATIONS)].map((text, rank) => ({ text, count: 9 - rank * 3, kind: 'lexicon' })),
      keyPoints: [sentence(theme), sentence(theme), sentence(theme)],
      firstSavedAt: `${day}T08:00:00.000Z`,
      updatedAt: `${day}T08:00:00.000Z`,
    });
  }
  let tick = 0;
  const clock: Clock = {
    now: () => new Date(Date.UTC(2025, 0, 1) + (tick += 61_000)),
    uuid: () => `00000000-0000-4000-8000-${String(tick).padStart(12, '0')}`,
  };
  const annotations: Annotation[] = [];
  for (let i = 0; i < annotationCount; i += 1) {
    const page = pages[i % pageCount]!;
    const theme = FORMULATIONS[(i % pageCount) % FORMULATIONS.length]!;
    const exact = sentence(theme);
    const start = 200 + Math.floor(random() * 5000);
    annotations.push(
      createAnnotation(
        {
          url: page.url,
          selectors: [
            { type: 'TextQuoteSelector', exact, prefix: pick(CLAUSES).padEnd(32, '，').slice(0, 32), suffix: pick(CLAUSES).padEnd(32, '。').slice(0, 32) },
            { type: 'TextPositionSelector', start, end: start + exact.length },
            {
              type: 'RangeSelector',
              startSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/div[3]/div[2]/p[7]', refinedBy: { type: 'TextPositionSelector', start: 12, end: 12 } },
              endSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/div[3]/div[2]/p[7]', refinedBy: { type: 'TextPositionSelector', start: 12 + exact.length, end: 12 + exact.length } },
            },
          ],
          color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
          note: pick(NOTES),
          tags: random() < 0.5 ? [pick(TAGS)] : [],
          page: { title: page.metadata.title, source: page.metadata.source, author: page.metadata.author, publishedAt: page.metadata.publishedAt },
        },
        clock,
      ),
    );
  }
  return { pages, annotations };
}
