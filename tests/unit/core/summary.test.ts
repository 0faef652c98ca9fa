import { describe, expect, it } from 'vitest';
import { HAN_CHARS_PER_MINUTE, summarize } from '../../../src/core/summary.ts';
import { isNonContentParagraph, withoutDateline } from '../../../src/core/summary/non-content.ts';
import { countHanChars } from '../../../src/core/text/normalize.ts';
import type { BodyParagraph } from '../../../src/core/types.ts';
import { goldAvailable, loadSeedGold, loadSeedParagraphs, paragraphsOf, seedAvailable } from './slogans-seed.ts';

const compact = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

function bodyText(paragraphs: readonly BodyParagraph[]): string {
  return compact(paragraphs.map((p) => p.text).join(''));
}

describe.skipIf(!seedAvailable || !goldAvailable)('summary of the seed article', () => {
  const paragraphs = seedAvailable ? loadSeedParagraphs() : [];
  const summary = summarize(paragraphs);

  it('keeps every lead sentence gold names, within 3-6 points', () => {
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(summary.keyPoints.length).toBeLessThanOrEqual(6);
    const kept = summary.keyPoints.map(compact);
    expect(loadSeedGold().summary_points.filter((p) => !kept.includes(compact(p)))).toEqual([]);
  });

  it('measures the body: Han characters, reading time at the stated rate, paragraphs', () => {
    expect(summary.charCount).toBe(countHanChars(paragraphs.map((p) => p.text).join('')));
    expect(summary.charCount).toBeGreaterThan(1500);
    expect(summary.readingMinutes).toBe(Math.round(summary.charCount / HAN_CHARS_PER_MINUTE));
    expect(summary.paragraphs).toBe(paragraphs.length);
  });
});

describe('key points from the body’s structure', () => {
  const elaboration = '要坚持问题导向，把各项要求落到实处，推动工作取得新成效，以实际成效检验工作成果。';

  it('takes the bold lead sentences that open paragraphs', () => {
    const leads = ['坚持以政治建设为统领。', '坚持以理论武装为先导。', '坚持以组织建设为基础。', '坚持以作风建设为保障。'];
    const paragraphs = leads.map((lead) => ({ text: lead + elaboration, lead, heading: false }));
    expect(summarize(paragraphs).keyPoints).toEqual(leads);
  });

  it('takes sub-headings after the first prose, not the headline block above it, and lists a repeated one once', () => {
    const paragraphs: BodyParagraph[] = [
      { text: '某市召开全市党建工作会议', lead: null, heading: true },
      { text: '会议强调扎实做好全年各项工作', lead: null, heading: true },
      { text: '近日，某市召开全市党建工作会议，总结去年工作，部署今年任务。', lead: null, heading: false },
      { text: '一、深化理论武装，筑牢思想根基', lead: null, heading: true },
      { text: elaboration, lead: null, heading: false },
      { text: '二、夯实基层基础，建强战斗堡垒', lead: null, heading: true },
      { text: elaboration, lead: null, heading: false },
      { text: '三、持续正风肃纪，营造良好生态', lead: null, heading: true },
      { text: elaboration, lead: null, heading: false },
      { text: '结语', lead: null, heading: true },
    ];
    expect(summarize(paragraphs).keyPoints).toEqual([
      '一、深化理论武装，筑牢思想根基',
      '二、夯实基层基础，建强战斗堡垒',
      '三、持续正风肃纪，营造良好生态',
    ]);
  });

  it('takes the opening sentences of numbered points (第一，… 第二，…)', () => {
    const paragraphs = paragraphsOf([
      '文章从三个方面阐述了制度的优越性。',
      '第一，制度具有深厚的历史底蕴。',
      '文章说，' + elaboration,
      '第二，制度具有多方面的显著优势。',
      '文章指出，' + elaboration,
      '第三，制度具有丰富的实践成果。' + elaboration,
    ]);
    expect(summarize(paragraphs).keyPoints).toEqual([
      '第一，制度具有深厚的历史底蕴。',
      '第二，制度具有多方面的显著优势。',
      '第三，制度具有丰富的实践成果。',
    ]);
  });

  it('takes short thesis sentences that open developed paragraphs', () => {
    const theses = ['必须把学习贯彻放在首位。', '必须把问题整改抓在手上。', '必须把制度建设贯穿始终。'];
    const paragraphs = paragraphsOf(theses.map((t) => t + elaboration + elaboration));
    expect(summarize(paragraphs).keyPoints).toEqual(theses);
  });
});

describe('key points of a body without an outline', () => {
  const news = paragraphsOf([
    '【编前语】本报今日起开设专栏，报道各地基层治理的新探索新经验，敬请关注。',
    '新华社北京3月5日电（记者 张明）全国多地近日推出便民服务新举措，社区服务中心延长办理时间，群众办事更加方便快捷。',
    '在某市某社区，服务中心把办理时间延长到晚上八点，上班族下班后也能办理社保、医保等事项。居民说，过去要请假办的事，现在下班顺路就办了。',
    '某县推出“一窗通办”，群众只需在一个窗口提交材料，后台分送各部门审批。办理时间由原来的五个工作日缩短到两个工作日。',
    '图为社区工作人员为居民办理业务。',
    '业内人士认为，便民服务的关键在于从群众需求出发，持续优化流程，让群众少跑腿、好办事。',
    '（作者单位：某某大学马克思主义学院，本文系某某项目阶段性成果）',
    '【责任编辑：李某】',
  ]);
  const summary = summarize(news);

  it('picks 3 sentences for a short body, each verbatim from the body', () => {
    expect(summary.keyPoints.length).toBe(3);
    const body = bodyText(news);
    for (const point of summary.keyPoints) expect(body).toContain(compact(point));
  });

  it('skips the editor’s note, the caption and metadata lines, and drops the dateline from the lead sentence', () => {
    expect(summary.keyPoints.some((p) => /编前语|^图为|作者单位|责任编辑/.test(p))).toBe(false);
    expect(summary.keyPoints[0]).toBe('全国多地近日推出便民服务新举措，社区服务中心延长办理时间，群众办事更加方便快捷。');
  });
});

describe('key points do not repeat each other', () => {
  it('leaves out a sentence that restates one already chosen', () => {
    const lead = '全国多地近日推出便民服务新举措，社区服务中心延长办理时间，群众办事更加方便快捷。';
    const restated = '总的来看，全国多地近日推出便民服务新举措，社区服务中心延长办理时间，群众办事更加方便快捷。';
    const summary = summarize(
      paragraphsOf([
        lead,
        '某社区服务中心把办理时间延长到晚上八点，上班族下班后也能办理社保、医保等便民服务事项。',
        '某县推出便民服务“一窗通办”，群众只需在一个窗口提交材料，办理时间明显缩短，群众办事更方便。',
        restated,
      ]),
    );
    expect(summary.keyPoints).toContain(lead);
    expect(summary.keyPoints).not.toContain(restated);
  });
});

describe('lines that are not the article’s text', () => {
  it.each([
    '【编前语】本报今日起开设专栏。',
    '编者按：这是一篇来稿。',
    '图为社区工作人员为居民办理业务。',
    '（摄影 王某）',
    '来源：某某日报',
    '（作者单位：某某大学马克思主义学院）',
    '【责任编辑：李某】',
    '原标题：某某某',
    '（完）',
    '扫码关注公众号',
  ])('%s', (line) => {
    expect(isNonContentParagraph(line)).toBe(true);
  });

  it.each(['来自基层的声音越来越多。', '作风建设永远在路上。', '图书馆延长开放时间。', '编辑部的同志们深入一线。'])('keeps prose: %s', (line) => {
    expect(isNonContentParagraph(line)).toBe(false);
  });

  it('drops a dateline but keeps a sentence that merely starts like one', () => {
    expect(withoutDateline('本报讯（记者 张三）某市开展便民服务活动，受到群众欢迎。')).toBe('某市开展便民服务活动，受到群众欢迎。');
    expect(withoutDateline('电力保障有力，群众生活平稳有序。')).toBe('电力保障有力，群众生活平稳有序。');
  });
});

describe('an empty body', () => {
  it('has no key points, no characters and no reading time', () => {
    expect(summarize([])).toEqual({ keyPoints: [], charCount: 0, readingMinutes: 0, paragraphs: 0 });
  });

  it('reads a short non-empty body in at least one minute', () => {
    expect(summarize(paragraphsOf(['短讯一则。'])).readingMinutes).toBe(1);
  });
});
