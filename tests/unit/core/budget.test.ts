// The analysis reads a bounded part of any page: the work is measured by
// what it reads (elements visited, characters read, through the injectable
// WorkMeter) and by which DOM calls it makes, never by the clock. Past the
// budget, a bigger page costs exactly as much as a smaller one.
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, type WorkMeter } from '../../../src/core/index.ts';
import { RAW_TEXT_FACTOR } from '../../../src/core/body/text-blocks.ts';
import { loadFixture, parse } from './fixtures.ts';

const ARTICLE_TITLE = '推动基层党建工作提质增效（新时代新征程）';

/** The people.cn-style fixture article followed by `count` comment blocks (each 7 elements with a date line). */
function articleWithComments(count: number): Document {
  const doc = loadFixture('people-style.html');
  const comments = Array.from({ length: count }, (_, i) =>
    `<div class="comment" id="c${i}"><div class="who"><a href="/u/${i}">网友${i}</a><span class="time">2024-06-28 12:${String(i % 60).padStart(2, '0')}</span></div>` +
    `<p>第${i}楼：文章写得很实在，基层党支部的工作就是要落到实处。</p><div class="tools"><a href="#">回复</a><a href="#">点赞</a></div></div>`,
  ).join('');
  doc.body.insertAdjacentHTML('beforeend', `<div class="comments">${comments}</div>`);
  return doc;
}

/** An article whose body goes on for `paragraphs` long paragraphs (a data dump, a book on one page). */
function endlessArticle(paragraphs: number): Document {
  const para = '各级党组织要坚持以新时代中国特色社会主义思想为指导，把全面从严治党要求落实到基层党建工作的各个方面，推动党建工作与业务工作深度融合。';
  return parse(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某学习材料汇编_某某网</title></head><body>' +
    `<h1>某某学习材料汇编</h1><div class="content">${`<p>${para}</p>`.repeat(paragraphs)}</div></body></html>`,
  );
}

function measured(doc: Document, options: { maxNodes?: number; maxTextChars?: number } = {}) {
  const meter: WorkMeter = { elements: 0, textChars: 0 };
  const result = analyze(doc, undefined, { ...options, meter });
  return { meter, result };
}

describe('work past the budget', () => {
  it('reads the same amount of a page with 4,000 or 16,000 comments, and still finds the article', () => {
    const budget = { maxNodes: 3000 };
    const small = measured(articleWithComments(4_000), budget);
    const large = measured(articleWithComments(16_000), budget);
    expect(large.meter).toEqual(small.meter);
    // One page walk plus one body walk, each within the node budget (plus the small <head>).
    expect(large.meter.elements).toBeLessThanOrEqual(2 * budget.maxNodes + 50);
    expect(large.result.metadata.title).toBe(ARTICLE_TITLE);
    expect(large.result.partyBuilding.detected).toBe(true);
  });

  it('reads the same amount of text of a 1.5 or 3 million character body, and keeps the article', () => {
    const budget = { maxTextChars: 20_000 };
    const small = measured(endlessArticle(20_000), budget);
    const large = measured(endlessArticle(40_000), budget);
    expect(large.meter).toEqual(small.meter);
    // The page walk and the body walk each read at most the visible budget
    // and, with white space, RAW_TEXT_FACTOR times it; short element reads (title, headlines) add a little.
    expect(large.meter.textChars).toBeLessThanOrEqual(2 * RAW_TEXT_FACTOR * budget.maxTextChars + 2000);
    expect(large.result.isArticle).toBe(true);
    expect(large.result.summary.charCount).toBeLessThanOrEqual(budget.maxTextChars);
  });

  it('does not change the analysis of a page within the budget', () => {
    const doc = loadFixture('people-style.html');
    expect(analyze(doc, undefined, { maxNodes: 100_000, maxTextChars: 10_000_000 })).toEqual(analyze(doc));
  });
});

describe('no whole-document DOM calls', () => {
  type Restore = () => void;
  const restores: Restore[] = [];
  afterEach(() => {
    while (restores.length > 0) restores.pop()!();
  });

  /** Record every call of `name` on `proto` with the node it was called on. */
  function spyMethod(proto: object, name: string, calls: { name: string; on: Node; arg: unknown }[]): void {
    const original = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, {
      ...original,
      value(this: Node, ...args: unknown[]) {
        calls.push({ name, on: this, arg: args[0] });
        return (original.value as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
    restores.push(() => Object.defineProperty(proto, name, original));
  }

  it('searches neither the document nor <body> by tag, class or selector, and reads no big textContent', () => {
    const doc = articleWithComments(2_000);
    const window = doc.defaultView!;
    const calls: { name: string; on: Node; arg: unknown }[] = [];
    for (const proto of [window.Document.prototype, window.Element.prototype]) {
      for (const name of ['getElementsByTagName', 'getElementsByClassName', 'querySelector', 'querySelectorAll']) spyMethod(proto, name, calls);
    }
    const textContent = Object.getOwnPropertyDescriptor(window.Node.prototype, 'textContent')!;
    let longestTextContent = 0;
    Object.defineProperty(window.Node.prototype, 'textContent', {
      ...textContent,
      get(this: Node) {
        const value = textContent.get!.call(this) as string | null;
        longestTextContent = Math.max(longestTextContent, value?.length ?? 0);
        return value;
      },
    });
    restores.push(() => Object.defineProperty(window.Node.prototype, 'textContent', textContent));

    const result = analyze(doc);
    expect(result.metadata.title).toBe(ARTICLE_TITLE);
    // The early verdict's only document-wide looks, through live tag collections read
    // by item(i) so a browser stops at the i-th match: the first <sup>s (an article
    // has no run of citation marks, so no more encyclopedia marks are looked for),
    // then the first headings for one repeating <title> (the article's own h1).
    const wholeDocument = calls.filter((call) => call.on === doc || call.on === doc.body || call.on === doc.documentElement);
    expect(wholeDocument.map((call) => `${call.name}(${String(call.arg)})`)).toEqual(['getElementsByTagName(sup)', 'getElementsByTagName(h1)']);
    // Otherwise only <head> is searched (by the prefilter: <title> and meta description).
    for (const call of calls.filter((c) => !wholeDocument.includes(c))) expect(call.on).toBe(doc.head);
    expect(longestTextContent).toBeLessThan(200);
  });
});
