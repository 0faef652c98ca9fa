import { describe, expect, it } from 'vitest';
import { collapseLayout, compactText, isLayoutChar, TextModel, UI_ATTRIBUTE } from '../../../src/annotate/text-model.ts';
import { documentOf, textNodeContaining } from './dom.ts';

describe('compactText / isLayoutChar', () => {
  it('drops every kind of white space and invisible format character, keeps punctuation', () => {
    expect(compactText(' 不忘初心，\u3000牢记\u00A0使命\u200B。\n\t')).toBe('不忘初心，牢记使命。');
    expect(compactText('no spaces')).toBe('nospaces');
    expect(compactText('abc')).toBe('abc');
    for (const ch of ['，', '、', '“', 'a', '1', '党']) expect(isLayoutChar(ch.charCodeAt(0))).toBe(false);
  });

  it('collapseLayout keeps one space per run and drops zero-width characters', () => {
    expect(collapseLayout('  Hello \n\n  world\u3000\u3000中\u200B文 ')).toBe('Hello world 中文');
  });
});

describe('TextModel', () => {
  it('concatenates text nodes without layout characters, skipping scripts, styles, form fields and our UI', () => {
    const doc = documentOf(`
      <div class="article">
        <p>\u3000\u3000第一段，不忘初心。</p>
        <script>var x = "脚本";</script><style>p{}</style><noscript>请启用脚本</noscript>
        <p>第二段 <b>加粗</b> 结束。</p>
        <textarea>输入框</textarea>
        <div ${UI_ATTRIBUTE}>保存标注</div>
        <template><p>模板</p></template>
      </div>`);
    const model = TextModel.build(doc.body);
    expect(model.text).toBe('第一段，不忘初心。第二段加粗结束。');
  });

  it('does not change when the page is re-indented or paragraphs are wrapped (layout only)', () => {
    const a = documentOf('<p>甲乙丙。</p><p>丁戊己。</p>');
    const b = documentOf('\n  <div class="x">\n    <p>\u3000\u3000甲乙丙。</p>\n  </div>\n  <section><p>丁戊\n己。</p></section>\n');
    expect(TextModel.build(b.body).text).toBe(TextModel.build(a.body).text);
  });

  it('maps DOM points to offsets: in text nodes, in elements and between paragraphs', () => {
    const doc = documentOf('<p id="a">ab cd</p>\n<p id="b">ef</p>');
    const model = TextModel.build(doc.body);
    expect(model.text).toBe('abcdef');
    const first = textNodeContaining(doc.body, 'ab');
    expect(model.offsetOf(first, 0)).toBe(0);
    expect(model.offsetOf(first, 3)).toBe(2); // after "ab " -> 2 model chars
    expect(model.offsetOf(first, 5)).toBe(4);
    const b = doc.getElementById('b')!;
    expect(model.offsetOf(b, 0)).toBe(4); // start of second paragraph
    expect(model.offsetOf(doc.body, doc.body.childNodes.length)).toBe(6); // end of body
    expect(model.offsetOf(doc.body, 1)).toBe(4); // the "\n" between the paragraphs
    expect(model.offsetOf(doc.head, 0)).toBeNull(); // outside the root
  });

  it('maps offsets back to tight DOM points that skip layout characters', () => {
    const doc = documentOf('<p>ab  cd</p><p>\u3000ef</p>');
    const model = TextModel.build(doc.body);
    const [p1, p2] = [textNodeContaining(doc.body, 'ab'), textNodeContaining(doc.body, 'ef')];
    expect(model.pointAt(2, 'start')).toEqual({ node: p1, offset: 4 }); // before "c", after the spaces
    expect(model.pointAt(2, 'end')).toEqual({ node: p1, offset: 2 }); // after "b"
    expect(model.pointAt(4, 'start')).toEqual({ node: p2, offset: 1 }); // before "e", after U+3000
    expect(model.pointAt(6, 'end')).toEqual({ node: p2, offset: 3 });
    expect(model.pointAt(6, 'start')).toEqual({ node: p2, offset: 3 });
    expect(model.pointAt(7, 'start')).toBeNull();
    expect(model.pointAt(-1, 'start')).toBeNull();
  });

  it('round-trips every model offset through the DOM', () => {
    const doc = documentOf('<div> <p>一、 坚持<b>党的</b>全面领导</p>\n<ul><li>二</li><li> 三 </li></ul></div>');
    const model = TextModel.build(doc.body);
    for (let i = 0; i < model.text.length; i++) {
      const point = model.pointAt(i, 'start')!;
      expect(model.offsetOf(point.node, point.offset)).toBe(i);
      expect(point.node.data[point.offset]).toBe(model.text[i]);
      const end = model.pointAt(i + 1, 'end')!;
      expect(model.offsetOf(end.node, end.offset)).toBe(i + 1);
    }
  });

  it('shows quotes as the reader sees them', () => {
    const doc = documentOf('<p>Hello\n   <i>brave</i>  world</p><p>\u3000\u3000新时代</p>');
    const model = TextModel.build(doc.body);
    expect(model.displayText(0, model.text.length)).toBe('Hello brave world 新时代');
    expect(model.displayText(5, 10)).toBe('brave');
  });

  it('treats points inside skipped subtrees as the next page text', () => {
    const doc = documentOf('<p>ab</p><script>xyz</script><p>cd</p>');
    const model = TextModel.build(doc.body);
    const script = textNodeContaining(doc.body, 'xyz');
    expect(model.offsetOf(script, 1)).toBe(2);
  });
});
