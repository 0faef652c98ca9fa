// The same bytes parse into two different trees depending on whether
// scripting is on: in a browser tab (scripting on, even when the page's own
// scripts are blocked) <noscript> holds raw text; in jsdom and the CLI
// (scripting off) it holds elements. The analysis must give the same answer
// for both, or the extension and the CLI disagree about a page.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';

/** An article whose <noscript> blocks carry what a script-less reader would see: metadata and fallback text. */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>坚持以党建引领基层治理_某某网</title>
<noscript><meta name="author" content="张三"><meta name="publishdate" content="2020-01-01"><title>请启用脚本</title></noscript>
<meta name="publishdate" content="2024-05-10">
</head><body>
<noscript><div class="title">请启用浏览器脚本以获得完整体验</div><h1>本站需要脚本</h1><p>您的浏览器未启用脚本，部分功能无法使用，请启用后刷新页面。</p></noscript>
<h1>坚持以党建引领基层治理</h1>
<div class="info">来源：某某日报 作者：李四</div>
<div class="content">
<p>各级党组织要坚持以新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，推动全面从严治党向基层延伸。</p>
<p>要严格落实“三会一课”制度，增强党组织政治功能和组织功能，把党员组织起来、把人才凝聚起来、把群众动员起来。</p>
<p>要锲而不舍落实中央八项规定精神，一体推进不敢腐、不能腐、不想腐，营造风清气正的良好政治生态。</p>
<noscript><p>（本段需要脚本才能显示的互动内容：点击查看更多精彩内容。）</p></noscript>
</div></body></html>`;

function parse(scripting: boolean): Document {
  // runScripts "dangerously" is what turns jsdom's parser's scripting flag on; the page has no script to run.
  return new JSDOM(PAGE, { virtualConsole: new VirtualConsole(), ...(scripting ? { runScripts: 'dangerously' as const } : {}) }).window.document;
}

describe('scripting on and off', () => {
  it('parses <noscript> differently', () => {
    expect(parse(false).querySelector('noscript h1')).not.toBeNull();
    expect(parse(true).querySelector('noscript h1')).toBeNull();
  });

  it('gives the same analysis either way, ignoring what <noscript> holds', () => {
    const withoutScripting = analyze(parse(false));
    expect(analyze(parse(true))).toEqual(withoutScripting);
    expect(withoutScripting.metadata).toMatchObject({ title: '坚持以党建引领基层治理', author: '李四', publishedAt: '2024-05-10' });
  });
});
