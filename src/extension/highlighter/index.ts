// The injected highlight engine (see highlighter-handle.ts): anchoring,
// painting and the note popover for one page, published for the content
// script of the same page.
import { describe } from '../../annotate/selectors.ts';
import { TextModel } from '../../annotate/text-model.ts';
import { rangeToSpan } from '../../annotate/text-range.ts';
import { injectedHighlighter, publishHighlighter, type HighlightEngine } from '../highlighter-handle.ts';
import { installNotePopover } from './note-popover.ts';
import { PageHighlights } from './page-highlights.ts';

function createEngine(doc: Document): HighlightEngine {
  const page = new PageHighlights(doc);
  const popover = installNotePopover(doc, page);
  return {
    describeRange(range) {
      const root = doc.body;
      if (!root) return null;
      const model = TextModel.build(root);
      const selectors = describe(root, range, model);
      const span = rangeToSpan(model, range);
      if (selectors.length === 0 || !span) return null;
      return { selectors, quote: model.displayText(span.start, span.end) };
    },
    show: (annotations) => page.show(annotations),
    add: (annotation, range) => page.add(annotation, range),
    status: () => page.status(),
    existingAt: (range) => page.existingAt(range),
    openEditor: (id) => popover.open(id),
    reveal: (id) => page.reveal(id),
  };
}

// Injected twice (two saves racing the first load): the first engine owns the painted state and the listeners.
if (!injectedHighlighter()) publishHighlighter(createEngine(document));
