// The printable HTML study notes, printed to PDF by Chromium (the print
// engine a reader uses with Ctrl+P), A4: 11 excerpts from 5 articles with
// their formulations, key points and references fit on 2 pages; the option
// "每篇文章另起一页" starts each article on a new page. Pages are counted in
// the PDF Chromium writes. Excerpts in page order, the manager's default.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { exportHtml } from '../../src/store/formats/html.ts';
import type { Library } from '../../src/store/formats/library.ts';
import { HIGHLIGHT_COLORS, SCHEMA_VERSION, type PageRecord, type StoredAnnotation } from '../../src/store/model.ts';

/** Sentences of the length party-building articles have (40-90 characters). */
const SENTENCES = [
  '坚持党的全面领导是坚持和发展中国特色社会主义的必由之路，必须把党的领导落实到党和国家事业各领域各方面各环节。',
  '勇于自我革命是我们党区别于其他政党的显著标志，全面从严治党永远在路上，党的自我革命永远在路上。',
  '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
  '基层党组织是党的全部工作和战斗力的基础，要把基层党组织建设成为宣传党的主张、贯彻党的决定、领导基层治理的坚强战斗堡垒。',
  '要坚持以人民为中心的发展思想，把人民对美好生活的向往作为奋斗目标，让改革发展成果更多更公平惠及全体人民。',
  '加强党的作风建设，锲而不舍落实中央八项规定精神，持续纠治形式主义、官僚主义，坚决破除特权思想和特权行为。',
  '推进党史学习教育常态化长效化，用党的奋斗历程和伟大成就鼓舞斗志、明确方向，用党的光荣传统和优良作风坚定信念、凝聚力量。',
];
const NOTES = ['联系本支部实际，下次组织生活会重点讨论。', '写进心得体会第二部分。', '与上月理论学习中心组的专题相互印证。'];
const FORMULATIONS = ['全面从严治党', '两个确立', '四个意识', '四个自信', '两个维护', '自我革命', '中央八项规定', '以人民为中心', '基层党组织', '党史学习教育', '形式主义', '官僚主义'];

function library(): Library {
  const pages: PageRecord[] = [];
  const annotations: StoredAnnotation[] = [];
  const perArticle = [3, 2, 2, 2, 2];
  perArticle.forEach((excerpts, i) => {
    const url = `https://www.example.cn/theory/2024/article-${i + 1}.html`;
    pages.push({
      schemaVersion: SCHEMA_VERSION,
      url,
      metadata: { title: `以党的自我革命引领社会革命的实践要求（${i + 1}）`, source: '示例日报', author: '本报评论员', editor: null, publishedAt: `2024-0${i + 1}-15T08:30:00+08:00`, siteName: null, publisher: null },
      partyBuilding: true,
      slogans: FORMULATIONS.map((text, k) => ({ text, count: 12 - k, kind: 'lexicon' as const })),
      keyPoints: [0, 1, 2].map((k) => SENTENCES[(i + k + 3) % SENTENCES.length]!),
      firstSavedAt: '2024-06-01T02:00:00.000Z',
      updatedAt: '2024-06-01T02:00:00.000Z',
    });
    for (let n = 0; n < excerpts; n += 1) {
      const quote = SENTENCES[(i * 2 + n) % SENTENCES.length]!;
      const note = (i + n) % 2 === 0 ? NOTES[(i + n) % NOTES.length]! : null;
      annotations.push({
        id: `urn:uuid:00000000-0000-4000-8000-${String(i * 10 + n).padStart(12, '0')}`,
        type: 'Annotation',
        motivation: note ? 'commenting' : 'highlighting',
        created: '2024-06-01T02:10:00.000Z',
        modified: '2024-06-01T02:10:00.000Z',
        body: [
          ...(note ? [{ type: 'TextualBody' as const, purpose: 'commenting' as const, value: note, format: 'text/plain' as const }] : []),
          { type: 'TextualBody', purpose: 'tagging', value: '理论学习' },
          { type: 'TextualBody', purpose: 'highlighting', value: HIGHLIGHT_COLORS[(i + n) % HIGHLIGHT_COLORS.length]! },
        ],
        target: {
          source: url,
          selector: [
            { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
            { type: 'TextPositionSelector', start: n * 200, end: n * 200 + quote.length },
          ],
        },
        schemaVersion: SCHEMA_VERSION,
      });
    }
  });
  return { pages, annotations };
}

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...QUIET_CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
});

/** Prints the HTML as a reader would (A4, the document's own @page margins) and counts the PDF's pages. */
async function printedPages(html: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  } finally {
    await page.close();
  }
}

describe('printed study notes', () => {
  const lib = library();

  it('prints 11 excerpts from 5 articles, with formulations, points and references, on 2 A4 pages', async () => {
    expect(lib.annotations).toHaveLength(11);
    const pages = await printedPages(exportHtml(lib, { now: new Date(2024, 5, 2), groupBy: 'page' }).content);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it('starts each article on a new page when asked', async () => {
    const pages = await printedPages(exportHtml(lib, { now: new Date(2024, 5, 2), groupBy: 'page', pagePerArticle: true }).content);
    expect(pages).toBeGreaterThanOrEqual(5);
  });
});
