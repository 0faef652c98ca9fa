// Realistic structural rewrites of a saved page, one at a time: the same
// article in another template a real Chinese site could have. Each returns
// false when the page has nothing it could rewrite (no <p> body, no headline
// element), so the page is left out of that rewrite's figures.
import { findBody, findHeadline, hanCount, type BodyPlace } from './locate.ts';

export interface RewriteContext {
  doc: Document;
  titles: readonly (string | null | undefined)[];
}

export interface Rewrite {
  name: string;
  apply: (ctx: RewriteContext) => boolean;
}

const CHANNELS = ['要闻', '国内', '国际', '时政', '财经', '科技', '体育', '文化', '教育', '健康', '军事', '社会', '房产', '汽车', '旅游', '评论', '理论', '图片', '视频', '专题'];
const SUBJECTS = ['多地', '全市', '我省', '各区县', '相关部门', '基层干部', '企业代表', '专家学者'];
const ACTIONS = ['推进', '部署', '召开会议研究', '开展调研', '启动', '总结', '深化', '落实'];
const TOPICS = ['基层治理创新', '乡村振兴重点任务', '安全生产检查', '营商环境优化', '生态环境保护', '民生实事项目', '科技成果转化', '文明城市创建'];
const SITE = '江海在线';

/** A headline-like line from the word lists, different for every n. */
function headlineText(n: number): string {
  return `${SUBJECTS[n % SUBJECTS.length]}${ACTIONS[(n >> 3) % ACTIONS.length]}${TOPICS[(n * 7) % TOPICS.length]}工作`;
}

function dateText(n: number): string {
  return `2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
}

function html(doc: Document, markup: string): Element {
  const holder = doc.createElement('div');
  holder.innerHTML = markup;
  return holder.firstElementChild!;
}

/** The mega-menu of a portal: groups of channel links, `links` in all. */
function megaMenu(doc: Document, links: number): Element {
  const groups: string[] = [];
  for (let g = 0; g * 20 < links; g += 1) {
    const items: string[] = [];
    for (let k = 0; k < 20 && g * 20 + k < links; k += 1) {
      const n = g * 20 + k;
      items.push(`<li class="menu-item menu-item-${n}"><a href="/channel/${n}/" target="_blank">${CHANNELS[n % CHANNELS.length]}${k % 3 === 0 ? '' : CHANNELS[(n + g) % CHANNELS.length]}</a></li>`);
    }
    groups.push(`<li class="nav-group"><a class="nav-head" href="/c${g}/">${CHANNELS[g % CHANNELS.length]}</a><ul class="sub-menu">${items.join('')}</ul></li>`);
  }
  return html(doc, `<div class="header-nav"><ul class="mega-menu">${groups.join('')}</ul></div>`);
}

function headlineRows(count: number, offset: number, cls: string): string {
  const rows: string[] = [];
  for (let k = 0; k < count; k += 1) {
    const n = k + offset;
    rows.push(`<li class="${cls}"><a href="/a/2024/${n}.html" title="${headlineText(n)}">${headlineText(n)}</a><span class="time">${dateText(n)}</span></li>`);
  }
  return rows.join('');
}

function sidebar(doc: Document): Element {
  return html(doc, `<div class="side-box"><div class="side-title">热点排行</div><ul class="rank-list">${headlineRows(45, 3, 'rank-item')}</ul><div class="side-title">最新发布</div><ul class="new-list">${headlineRows(12, 60, 'new-item')}</ul></div>`);
}

function footer(doc: Document): Element {
  const rows: string[] = [];
  for (let r = 0; r < 6; r += 1) {
    const links: string[] = [];
    for (let k = 0; k < 12; k += 1) links.push(`<a href="/f/${r}/${k}">${CHANNELS[(r * 12 + k) % CHANNELS.length]}频道</a>`);
    rows.push(`<div class="footer-links">${links.join(' | ')}</div>`);
  }
  rows.push(`<p class="copyright">版权所有 ${SITE} 未经授权禁止转载 备案号：苏ICP备12345678号</p>`);
  return html(doc, `<div class="footer">${rows.join('')}</div>`);
}

/** Where a template's column goes: next to the article's own block. */
function besideArticle(body: BodyPlace): Element {
  const parent = body.container.parentElement;
  return parent !== null && parent.localName !== 'body' && parent.localName !== 'html' ? parent : body.container;
}

function withBody(apply: (doc: Document, body: BodyPlace) => boolean): (ctx: RewriteContext) => boolean {
  return ({ doc }) => {
    const body = findBody(doc);
    return body !== null && body.paragraphs.length > 0 && apply(doc, body);
  };
}

function withHeadline(apply: (doc: Document, headline: Element) => void): (ctx: RewriteContext) => boolean {
  return ({ doc, titles }) => {
    const headline = findHeadline(doc, titles);
    if (headline === null) return false;
    apply(doc, headline);
    return true;
  };
}

function replaceHeadline(doc: Document, headline: Element, markup: (text: string) => string): void {
  const text = (headline.textContent ?? '').trim();
  const holder = doc.createElement('div');
  holder.innerHTML = markup(text.replace(/[&<>]/gu, (c) => `&#${c.charCodeAt(0)};`));
  headline.replaceWith(...holder.childNodes);
}

/** Every distinct class word and id replaced by a neutral name, consistently across the page. */
function neutralNames(doc: Document): boolean {
  const classes = new Map<string, string>();
  let ids = 0;
  for (const el of doc.querySelectorAll('[class], [id]')) {
    const cls = el.getAttribute('class');
    if (cls !== null) {
      const words = cls.split(/\s+/u).filter(Boolean).map((w) => {
        if (!classes.has(w)) classes.set(w, `k${classes.size}`);
        return classes.get(w)!;
      });
      el.setAttribute('class', words.join(' '));
    }
    if (el.hasAttribute('id')) el.setAttribute('id', `i${(ids += 1)}`);
  }
  return true;
}

function eachParagraph(doc: Document, body: BodyPlace, make: (p: Element) => Node): boolean {
  for (const p of body.paragraphs) p.replaceWith(make(p));
  return true;
}

function moveChildren(from: Element, to: Element): Element {
  while (from.firstChild !== null) to.appendChild(from.firstChild);
  return to;
}

/** The body's paragraphs as lines of one table cell, separated by <br>. */
function oneCellWithBreaks(doc: Document, body: BodyPlace): boolean {
  const table = html(doc, '<table class="content-table" width="100%"><tbody><tr><td class="content"></td></tr></tbody></table>');
  const cell = table.querySelector('td')!;
  body.paragraphs.forEach((p, k) => {
    if (k > 0) cell.append(doc.createElement('br'), doc.createElement('br'));
    cell.append(`\u3000\u3000${(p.textContent ?? '').trim()}`);
  });
  body.paragraphs[0]!.replaceWith(table);
  for (const p of body.paragraphs.slice(1)) p.remove();
  return true;
}

const SHORT_MIN_HAN = 150;
const SHORT_MAX_HAN = 300;

/** The first paragraphs only (150–300 Han), a photo and its caption after the first. */
function shortBodyWithCaption(doc: Document, body: BodyPlace): boolean {
  let han = 0;
  let kept = 0;
  while (kept < body.paragraphs.length && kept < 3 && han < SHORT_MIN_HAN) {
    han += hanCount(body.paragraphs[kept]!.textContent ?? '');
    kept += 1;
  }
  if (han < SHORT_MIN_HAN / 2) return false;
  const last = body.paragraphs[kept - 1]!;
  if (han > SHORT_MAX_HAN) {
    // Cut the last kept paragraph at a sentence end inside the budget.
    const text = (last.textContent ?? '').trim();
    const room = SHORT_MAX_HAN - (han - hanCount(text));
    let cut = 0;
    let seen = 0;
    for (let i = 0; i < text.length && seen < room; i += 1) {
      if (hanCount(text[i]!) > 0) seen += 1;
      if ('。！？'.includes(text[i]!)) cut = i + 1;
    }
    last.textContent = cut > 0 ? text.slice(0, cut) : text.slice(0, room);
  }
  for (const p of body.paragraphs.slice(kept)) p.remove();
  for (const img of body.container.querySelectorAll('img')) img.closest('p')?.remove();
  body.paragraphs[0]!.after(html(doc, '<p class="pic" style="text-align:center"><img src="/upload/2024/photo1.jpg" width="600"></p>'), html(doc, '<p class="pic-note" style="text-align:center">图为活动现场。</p>'));
  last.after(html(doc, '<p style="text-align:center"><img src="/upload/2024/photo2.jpg" width="600"></p>'), html(doc, '<p style="text-align:center">与会人员认真听取讲解。</p>'));
  return true;
}

export const ARTICLE_REWRITES: Rewrite[] = [
  { name: 'none (as saved)', apply: () => true },
  { name: 'mega-menu 1500 links before', apply: ({ doc }) => (doc.body.prepend(megaMenu(doc, 1500)), true) },
  { name: 'sidebar 57 headline rows after', apply: withBody((doc, body) => (besideArticle(body).after(sidebar(doc)), true)) },
  { name: 'footer of link rows', apply: ({ doc }) => (doc.body.append(footer(doc)), true) },
  {
    name: 'related list inside the article',
    apply: withBody((doc, body) => (body.container.append(html(doc, `<div class="related"><div class="related-title">相关阅读</div><ul>${headlineRows(8, 90, 'related-item')}</ul></div>`)), true)),
  },
  {
    name: 'whole portal template (800 links)',
    apply: withBody((doc, body) => {
      besideArticle(body).after(sidebar(doc));
      doc.body.prepend(megaMenu(doc, 800));
      doc.body.append(footer(doc));
      return true;
    }),
  },
  { name: 'neutral class and id names', apply: ({ doc }) => neutralNames(doc) },
  { name: 'headline in <div>', apply: withHeadline((doc, h) => replaceHeadline(doc, h, (t) => `<div class="t1">${t}</div>`)) },
  { name: 'headline in <p><strong>', apply: withHeadline((doc, h) => replaceHeadline(doc, h, (t) => `<p align="center"><strong>${t}</strong></p>`)) },
  { name: 'headline in <h2>', apply: withHeadline((doc, h) => replaceHeadline(doc, h, (t) => `<h2>${t}</h2>`)) },
  { name: 'headline in <td>', apply: withHeadline((doc, h) => replaceHeadline(doc, h, (t) => `<table width="100%"><tbody><tr><td class="biaoti" align="center">${t}</td></tr></tbody></table>`)) },
  { name: '<title> headline_栏目_站点', apply: ({ doc, titles }) => (doc.title = `${titles[0]}_要闻_${SITE}`, true) },
  { name: '<title> 站点 - headline', apply: ({ doc, titles }) => (doc.title = `${SITE} - ${titles[0]}`, true) },
  { name: '<title> site name only', apply: ({ doc }) => (doc.title = SITE, true) },
  { name: 'paragraphs as <div>', apply: withBody((doc, body) => eachParagraph(doc, body, (p) => moveChildren(p, doc.createElement('div')))) },
  { name: 'paragraphs in one <td> with <br>', apply: withBody(oneCellWithBreaks) },
  {
    name: 'paragraphs as <section><span>',
    apply: withBody((doc, body) => eachParagraph(doc, body, (p) => {
      const section = html(doc, '<section style="margin:0 8px;line-height:1.75em"><span style="font-size:15px;letter-spacing:1px"></span></section>');
      moveChildren(p, section.firstElementChild!);
      return section;
    })),
  },
  {
    name: 'paragraphs with 　　 indents',
    apply: withBody((doc, body) => eachParagraph(doc, body, (p) => (p.prepend('\u3000\u3000'), p))),
  },
  { name: 'short body + captions', apply: withBody(shortBodyWithCaption) },
];

const BLURB = '本栏目集中发布全市各部门、各区县的工作动态和重要信息，内容涵盖经济发展、社会民生、生态环境、城市建设等多个方面。我们坚持及时、准确、全面的原则，努力为广大读者提供权威的信息服务，欢迎各界人士关注并提出宝贵意见和建议，共同把栏目办得更好，更好地服务群众生活和企业发展。';

export const NON_ARTICLE_REWRITES: Rewrite[] = [
  { name: 'none (as saved)', apply: () => true },
  {
    name: 'one long blurb before the list',
    apply: ({ doc }) => {
      const lists = [...doc.body.querySelectorAll('ul, ol, table')].sort((a, b) => b.getElementsByTagName('a').length - a.getElementsByTagName('a').length);
      const place = lists[0] ?? doc.body.firstElementChild;
      if (place === null || place === undefined) return false;
      place.before(html(doc, `<p class="intro">${BLURB}</p>`));
      return true;
    },
  },
  {
    name: '<h1> repeating <title>',
    apply: ({ doc }) => {
      const head = doc.title.split(/[_|｜-]/u)[0]!.trim();
      if (head.length === 0) return false;
      doc.body.prepend(html(doc, `<h1>${head}</h1>`));
      return true;
    },
  },
  { name: 'neutral class and id names', apply: ({ doc }) => neutralNames(doc) },
];
