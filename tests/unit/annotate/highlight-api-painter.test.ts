import { describe, expect, it } from 'vitest';
import { HighlightApiPainter, type HighlightLike } from '../../../src/annotate/highlight-api-painter.ts';
import { documentOf, rangeOver } from './dom.ts';

class FakeHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  priority = 0;
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

describe('HighlightApiPainter', () => {
  const setup = () => {
    const registry = new Map<string, FakeHighlight>();
    return { registry, painter: new HighlightApiPainter(registry, FakeHighlight) };
  };

  it('repainting an id replaces its range instead of adding a second one', () => {
    const doc = documentOf('<p>坚持党的全面领导</p>');
    const { registry, painter } = setup();
    painter.paint('a', rangeOver(doc.body, '党的'), 'yellow');
    const moved = rangeOver(doc.body, '全面领导');
    painter.paint('a', moved, 'red');
    expect(registry.get('dj-yellow')!.ranges.size).toBe(0);
    expect([...registry.get('dj-red')!.ranges]).toEqual([moved]);
    expect(painter.ids()).toEqual(['a']);
  });

  it('ignores unknown ids and points in another document', () => {
    const doc = documentOf('<p>坚持党的全面领导</p>');
    const other = documentOf('<p>别的页面</p>');
    const { painter } = setup();
    painter.paint('a', rangeOver(doc.body, '党的'), 'yellow');
    painter.remove('nope');
    painter.recolor('nope', 'red');
    expect(painter.annotationsAt(other.body.firstChild!.firstChild!, 1)).toEqual([]);
    expect(painter.rangeOf('nope')).toBeNull();
  });

  it('follows the page when text is inserted before a highlight (live ranges)', () => {
    const doc = documentOf('<p>坚持党的全面领导</p>');
    const { painter } = setup();
    painter.paint('a', rangeOver(doc.body, '全面领导'), 'green');
    doc.querySelector('p')!.insertAdjacentHTML('afterbegin', '<b>新增</b>');
    expect(painter.rangeOf('a')!.toString()).toBe('全面领导');
  });
});
