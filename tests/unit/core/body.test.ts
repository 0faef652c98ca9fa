import { describe, expect, it } from 'vitest';
import { findArticleBody } from '../../../src/core/body/index.ts';
import { loadFixture, page } from './fixtures.ts';

const texts = (doc: Document) => findArticleBody(doc).paragraphs.map((p) => p.text);

describe('findArticleBody on real-layout fixtures', () => {
  it('takes the article container, not navigation, related links, rankings or footer (people.cn layout)', () => {
    const body = findArticleBody(loadFixture('people-style.html'));
    expect(body.root?.className).toContain('rm_txt_con');
    const all = body.paragraphs.map((p) => p.text).join('\n');
    expect(body.paragraphs).toHaveLength(4);
    expect(body.paragraphs[0]!.text.startsWith('5月9日，记者从某省委组织部获悉')).toBe(true);
    for (const chrome of ['首页', '相关新闻', '热点排行', '版权所有', '分享让更多人看到', '人民日报 》', '责编']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('collapses U+3000 indents and NBSP', () => {
    const [first] = texts(loadFixture('people-style.html'));
    expect(first).not.toMatch(/[\u3000\u00A0]/);
  });

  it('skips a link list and a share bar inside the container, and records the dateline byline', () => {
    const body = findArticleBody(loadFixture('xinhuanet-style.html'));
    const all = body.paragraphs.map((p) => p.text).join('\n');
    expect(body.paragraphs).toHaveLength(4);
    expect(all).not.toContain('相关阅读');
    expect(all).not.toContain('+1');
    expect(body.bylines).toContain('记者王立新');
  });

  it('marks bold lead sentences and short bold sub-headings (WeChat layout)', () => {
    const body = findArticleBody(loadFixture('wechat-article.html'));
    const leads = body.paragraphs.map((p) => p.lead).filter((l) => l !== null);
    expect(leads).toEqual(['一是坚持理论武装。', '二是严格组织生活。', '三是强化监督执纪。']);
    const headings = body.paragraphs.filter((p) => p.heading).map((p) => p.text);
    expect(headings).toEqual(['下一步工作安排']);
    // The closing author line and 责任编辑 are metadata, not paragraphs.
    expect(body.paragraphs.map((p) => p.text).join('')).not.toMatch(/作者：|责任编辑/);
    expect(body.bylines).toContain('（作者：王明远，某某市委组织部）');
  });

  it('takes a paragraph styled bold as a whole for a sub-heading when short', () => {
    const doc = page(`<div class="article"><p style="font-weight: bold;">一、坚持理论武装</p>
      <p>各级党组织坚持以党的政治建设为统领，扎实推进基层党组织标准化规范化建设，取得明显成效。</p>
      <p>下一步，将持续深化理论武装，落实全面从严治党主体责任，以高质量党建引领保障高质量发展。</p></div>`);
    expect(findArticleBody(doc).paragraphs[0]).toEqual({ text: '一、坚持理论武装', lead: null, heading: true });
  });

  it('splits one <div> of text at "<br><br>" and at indented or sentence-ending <br>', () => {
    const body = findArticleBody(loadFixture('labels-run-together.html'));
    expect(body.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['机关党支部是', '近年来，各级', '一是健全组织', '二是规范组织']);
    expect(body.labelLines[0]).toBe('来源:某某日报作者:刘建国 陈思发布时间:2022-11-03');
  });

  it('keeps a sentence broken by a single <br> in one paragraph', () => {
    const doc = page(`<div class="content"><p>第一段的前半句，<br>后半句在下一行，但仍是同一段落，不应被拆开。</p>
      <p>第二段讲的是另外一件事情，内容完整，句子通顺，标点齐全，可以独立成段。</p>
      <p>第三段继续说明有关情况，确保文章主体足够长，能够被识别为正文内容。</p></div>`);
    expect(texts(doc)[0]).toBe('第一段的前半句，后半句在下一行，但仍是同一段落，不应被拆开。');
  });

  it('drops the table of contents of a long report and a heading that repeats the headline without its marks', () => {
    const prose = (n: number) => `<p>第${n}章正文：各级党组织坚持以党的政治建设为统领，扎实推进基层党组织标准化规范化建设，取得明显成效。</p>`;
    const doc = page(`<div class="report"><h2>中国式现代化发展之路</h2><p><b>目 录：</b></p>
      <p>导 言</p><p>第一章 发展历程</p><p>第二章 实践路径</p><p>结语</p>
      <h3>导 言</h3>${prose(0)}<h3>第一章 发展历程</h3>${prose(1)}<h3>第二章 实践路径</h3>${prose(2)}</div>`);
    const texts = findArticleBody(doc, { title: '《中国式现代化发展之路》全文' }).paragraphs.map((p) => p.text);
    expect(texts.filter((t) => t === '第一章 发展历程')).toHaveLength(1);
    expect(texts).not.toContain('目 录：');
    expect(texts).not.toContain('中国式现代化发展之路');
    expect(texts.filter((t) => t.startsWith('第'))).toHaveLength(5);
  });

  it('takes both halves of an article split over two sibling sections', () => {
    const half = (n: number) =>
      Array.from({ length: 3 }, (_, i) => `<p>第${n}部分第${i + 1}段：各级党组织坚持以党的政治建设为统领，扎实推进基层党组织标准化规范化建设，取得明显成效。</p>`).join('');
    const doc = page(`<article class="post"><section>${half(1)}</section><section>${half(2)}</section></article>
      <aside class="side"><p>热门文章推荐</p></aside>`);
    const body = findArticleBody(doc);
    expect(body.root?.tagName).toBe('ARTICLE');
    expect(body.paragraphs).toHaveLength(6);
  });

  it('joins text split across inline elements', () => {
    const doc = page(`<div id="article"><p><span>全面从严</span><font>治党</font>永远在路上，<b>党的自我革命</b>永远在路上。</p>
      <p>要坚持以党的政治建设为统领，推动全面从严治党向纵深发展，营造风清气正的良好政治生态。</p></div>`);
    expect(texts(doc)[0]).toBe('全面从严治党永远在路上，党的自我革命永远在路上。');
  });

  it('treats CMS paragraph <div>s as paragraphs of one container (government layout)', () => {
    const body = findArticleBody(loadFixture('gov-xxgk.html'));
    expect(body.root?.className).toBe('content');
    expect(body.paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(body.paragraphs.map((p) => p.text)).not.toContain('11220000013544357T/2022-00031');
  });

  it('drops a copy of the headline at the top of the container', () => {
    const doc = page(`<div class="text"><p>某某会议召开</p><p>会议强调，要深入学习贯彻党的二十大精神，坚持稳中求进工作总基调，推动各项工作落地见效。</p>
      <p>会议要求，各级党组织要切实履行管党治党政治责任，以高质量党建引领保障高质量发展。</p></div>`);
    expect(findArticleBody(doc, { title: '某某会议召开' }).paragraphs.map((p) => p.text)).toHaveLength(2);
  });

  it('drops a headline the container repeats over several lines (government documents)', () => {
    const doc = page(`<div class="content"><p style="text-align:center">某某省人民政府关于加强</p><p style="text-align:center">秋冬季森林防火工作的通告</p>
      <p>为切实做好秋冬季森林防火工作，保护森林资源和人民群众生命财产安全，现将有关事项通告如下：</p>
      <p>一、每年10月1日至次年5月31日为全省森林防火期，防火期内严禁在林区野外用火。</p></div>`);
    const texts = findArticleBody(doc, { title: '某某省人民政府关于加强秋冬季森林防火工作的通告' }).paragraphs.map((p) => p.text);
    expect(texts[0]!.startsWith('为切实做好')).toBe(true);
    expect(findArticleBody(doc, { title: '某某省人民政府关于加强' }).paragraphs[0]!.text).toBe('秋冬季森林防火工作的通告');
  });

  it('returns no body for an empty page', () => {
    const body = findArticleBody(page(''));
    expect(body.root).toBeNull();
    expect(body.paragraphs).toEqual([]);
  });

  it('reads a WeChat body served with visibility:hidden (revealed by script), but not display:none boxes', () => {
    const doc = page(`<div id="js_content" style="visibility: hidden;">
      <p>全市各级党组织深入学习贯彻党的二十大精神，推动党建工作与业务工作深度融合，取得明显成效。</p>
      <p>下一步，将持续深化理论武装，落实全面从严治党主体责任，以高质量党建引领保障高质量发展。</p>
      <div style="display:none"><p>用微信扫描二维码，分享至好友和朋友圈，让更多人看到这篇文章。</p></div></div>`);
    expect(texts(doc)).toHaveLength(2);
  });

  it('leaves out pagers and page tools left inside the container', () => {
    const doc = page(`<div class="article">
      <p>各级党组织坚持以党的政治建设为统领，扎实推进基层党组织标准化规范化建设，取得明显成效。</p>
      <p>下一步，将持续深化理论武装，落实全面从严治党主体责任，以高质量党建引领保障高质量发展。</p>
      <p>【字体：大 中 小】</p><p>【打印本页】【关闭窗口】</p>
      <p>上一篇：某某党支部召开组织生活会</p><p>下一篇：某某党委开展主题党日活动</p></div>`);
    expect(texts(doc)).toHaveLength(2);
  });

  it('takes a reporter line for a byline, but not a headline that starts with 记者', () => {
    const doc = page(`<div class="article"><p>记者探访基层党建一线</p>
      <p>各级党组织坚持以党的政治建设为统领，扎实推进基层党组织标准化规范化建设，取得明显成效。</p>
      <p>下一步，将持续深化理论武装，落实全面从严治党主体责任，以高质量党建引领保障高质量发展。</p>
      <p>本报记者 王乐文 方 敏</p></div>`);
    const body = findArticleBody(doc);
    expect(body.paragraphs[0]!.text).toBe('记者探访基层党建一线');
    expect(body.bylines).toEqual(['本报记者 王乐文 方 敏']);
  });

  it('keeps interview questions that open with "记者：" as paragraphs', () => {
    const doc = page(`<div class="article">
      <p>记者：请问今年基层党建工作有哪些新举措？</p>
      <p>张书记：我们坚持以党的政治建设为统领，推进党支部标准化规范化建设，推动党建和业务深度融合。</p>
      <p>记者：下一步有什么打算？</p>
      <p>张书记：持续深化理论武装，落实全面从严治党主体责任，以高质量党建引领保障高质量发展。</p></div>`);
    const body = findArticleBody(doc);
    expect(body.paragraphs).toHaveLength(4);
    expect(body.bylines).toEqual([]);
  });
});
