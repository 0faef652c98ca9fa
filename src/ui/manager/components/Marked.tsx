// Text with the reader's search terms marked (<mark>), built as text nodes
// and elements: notes and quotes are the reader's and the page's text, never
// markup. The terms come from the list's current query through a context, so
// each card and passage need not pass them along.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { matchSpans } from '../../../store/query/index.ts';

export interface MarkTerms {
  /** The search box's terms (parseSearchTerms): marked wherever they are searched. */
  search: readonly string[];
  /** The formulation filter, normalised: it looks only at quotes, so only quotes mark it. */
  formulation: string | null;
}

export const MarkTermsContext = createContext<MarkTerms>({ search: [], formulation: null });

/** `text` with the search terms marked; in a quote (`quote`), the formulation too. */
export function Marked({ text, quote = false }: { text: string; quote?: boolean }) {
  const { search, formulation } = useContext(MarkTermsContext);
  const terms = quote && formulation ? [...search, formulation] : search;
  const spans = matchSpans(text, terms);
  if (spans.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark class="match">{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
