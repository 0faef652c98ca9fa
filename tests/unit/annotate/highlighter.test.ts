import { describe, expect, it } from 'vitest';
import type { HighlightLike } from '../../../src/annotate/highlight-api-painter.ts';
import { createHighlighter } from '../../../src/annotate/highlighter.ts';
import { documentOf, rangeOver } from './dom.ts';

/** A stand-in for the Highlight API, which jsdom lacks. */
class FakeHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    for (const r of ranges) this.ranges.add(r);
  }
  add(range: AbstractRange) {
    this.ranges.add(range);
    return this;
  }
  delete(range: AbstractRange) {
    return this.ranges.delete(range);
  }
  clear() {
    this.ranges.clear();
  }
}

const HTML = '<p>各级党组织要把两个维护作为最高政治原则。</p><p>检验学习成效。</p>';

describe('createHighlighter with the CSS Custom Highlight API', () => {
  function setup() {
    const doc = documentOf(HTML);
    const registry = new Map<string, FakeHighlight>();
    const highlighter = createHighlighter(doc, { registry, HighlightClass: FakeHighlight });
    return { doc, registry, highlighter };
  }

  it('paints one Highlight per colour without touching the page', () => {
    const { doc, registry, highlighter } = setup();
    const before = doc.body.innerHTML;
    const a = rangeOver(doc.body, '两个维护');
    const b = rangeOver(doc.body, '最高政治原则');
    const c = rangeOver(doc.body, '检验');
    highlighter.paintAll([
      { id: 'a', range: a, color: 'yellow' },
      { id: 'b', range: b, color: 'yellow' },
      { id: 'c', range: c, color: 'green' },
    ]);
    expect(highlighter.mode).toBe('highlight-api');
    expect([...registry.get('dj-yellow')!.ranges]).toEqual([a, b]);
    expect([...registry.get('dj-green')!.ranges]).toEqual([c]);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('recolours, focuses, removes and clears', () => {
    const { registry, highlighter, doc } = setup();
    const a = rangeOver(doc.body, '两个维护');
    highlighter.paintAll([{ id: 'a', range: a, color: 'yellow' }]);
    highlighter.recolor('a', 'blue');
    expect(registry.get('dj-yellow')!.ranges.size).toBe(0);
    expect([...registry.get('dj-blue')!.ranges]).toEqual([a]);
    highlighter.focus('a');
    expect(registry.get('dj-focus')!.ranges.size).toBe(1);
    expect(registry.get('dj-focus')!.priority).toBeGreaterThan(registry.get('dj-blue')!.priority);
    highlighter.remove('a');
    expect(registry.get('dj-blue')!.ranges.size).toBe(0);
    expect(registry.get('dj-focus')!.ranges.size).toBe(0);
    highlighter.paintAll([{ id: 'x', range: a, color: 'red' }, { id: 'y', range: rangeOver(doc.body, '检验'), color: 'red' }]);
    highlighter.clear();
    expect(highlighter.ids()).toEqual([]);
    expect(registry.get('dj-red')!.ranges.size).toBe(0);
  });

  it('hit-tests a caret position against the painted ranges, innermost first', () => {
    const { highlighter, doc } = setup();
    highlighter.paintAll([
      { id: 'sentence', range: rangeOver(doc.body, '各级党组织要把两个维护作为'), color: 'yellow' },
      { id: 'phrase', range: rangeOver(doc.body, '两个维护'), color: 'red' },
    ]);
    const text = doc.querySelector('p')!.firstChild!;
    expect(highlighter.annotationsAt(text, 8)).toEqual(['phrase', 'sentence']);
    expect(highlighter.annotationsAt(text, 2)).toEqual(['sentence']);
    expect(highlighter.annotationsAt(text, 15)).toEqual([]);
    Object.assign(doc, { caretPositionFromPoint: () => ({ offsetNode: text, offset: 9 }) });
    expect(highlighter.annotationsAtPoint(10, 10)).toEqual(['phrase', 'sentence']);
    expect(highlighter.rangeOf('phrase')!.toString()).toBe('两个维护');
  });
});

describe('createHighlighter without the API (jsdom)', () => {
  it('falls back to <mark> elements and removes them without a trace', () => {
    const doc = documentOf(HTML);
    const before = doc.body.innerHTML;
    const highlighter = createHighlighter(doc);
    expect(highlighter.mode).toBe('marks');
    highlighter.paintAll([{ id: 'a', range: rangeOver(doc.body, '两个维护'), color: 'green' }]);
    const mark = doc.querySelector('mark[data-dj-annotation="a"]')!;
    expect(mark.textContent).toBe('两个维护');
    Object.assign(doc, { caretPositionFromPoint: () => ({ offsetNode: mark.firstChild, offset: 1 }) });
    expect(highlighter.annotationsAtPoint(0, 0)).toEqual(['a']);
    highlighter.clear();
    expect(doc.body.innerHTML).toBe(before);
  });
});
