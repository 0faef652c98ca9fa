// Creating and editing annotations: pure functions over the W3C model
// (model.ts). An edit returns a new annotation with `modified` bumped and
// the motivation kept true to the content (commenting when there is a note).

import {
  HIGHLIGHT_COLORS,
  type Annotation,
  type HighlightColor,
  type PageSnapshot,
  type Selector,
  type TextualBody,
} from './model.ts';
import { normalizePageUrl } from './url.ts';

export const DEFAULT_COLOR: HighlightColor = 'yellow';

export interface NewAnnotation {
  /** Its id when the caller chose one (a content script's draft, kept across retries); a fresh urn:uuid otherwise. */
  id?: string;
  /** The page URL (normalised here). */
  url: string;
  selectors: Selector[];
  color?: HighlightColor;
  note?: string;
  tags?: readonly string[];
  page?: PageSnapshot;
}

export interface Clock {
  now(): Date;
  uuid(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  uuid: () => crypto.randomUUID(),
};

export function createAnnotation(input: NewAnnotation, clock: Clock = systemClock): Annotation {
  const time = clock.now().toISOString();
  const annotation: Annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: input.id ?? `urn:uuid:${clock.uuid()}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: time,
    modified: time,
    body: bodies(input.color ?? DEFAULT_COLOR, input.note ?? '', input.tags ?? []),
    target: { source: normalizePageUrl(input.url), selector: input.selectors.map((s) => structuredClone(s)) },
  };
  if (input.page) annotation.page = { ...input.page };
  annotation.motivation = motivationOf(annotation.body);
  return annotation;
}

export function withNote(annotation: Annotation, note: string, now: Date = new Date()): Annotation {
  return edited(annotation, { note }, now);
}

export function withTags(annotation: Annotation, tags: readonly string[], now: Date = new Date()): Annotation {
  return edited(annotation, { tags }, now);
}

export function withColor(annotation: Annotation, color: HighlightColor, now: Date = new Date()): Annotation {
  return edited(annotation, { color }, now);
}

/** The note, or '' when there is none. */
export function noteOf(annotation: Annotation): string {
  return annotation.body.find((b) => b.purpose === 'commenting')?.value ?? '';
}

export function tagsOf(annotation: Annotation): string[] {
  return annotation.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
}

/** The colour; the default one when the body has none or an unknown one (e.g. from an import). */
export function colorOf(annotation: Annotation): HighlightColor {
  const value = annotation.body.find((b) => b.purpose === 'highlighting')?.value;
  return isHighlightColor(value) ? value : DEFAULT_COLOR;
}

/** The highlighted text as saved, or ''. */
export function quoteOf(annotation: Annotation): string {
  const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
  return quote?.type === 'TextQuoteSelector' ? quote.exact : '';
}

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

/** Tags as the user typed them: trimmed, empty ones dropped, duplicates removed (first spelling wins). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#/, '').trim();
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      out.push(tag);
    }
  }
  return out;
}

function edited(
  annotation: Annotation,
  change: { note?: string; tags?: readonly string[]; color?: HighlightColor },
  now: Date,
): Annotation {
  const body = bodies(change.color ?? colorOf(annotation), change.note ?? noteOf(annotation), change.tags ?? tagsOf(annotation));
  return { ...annotation, body, motivation: motivationOf(body), modified: now.toISOString() };
}

function bodies(color: HighlightColor, note: string, tags: readonly string[]): TextualBody[] {
  const out: TextualBody[] = [{ type: 'TextualBody', purpose: 'highlighting', value: color }];
  // A note of only white space is no note; otherwise it is kept as typed (multi-line).
  if (note.trim()) out.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
  for (const tag of cleanTags(tags)) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return out;
}

function motivationOf(body: readonly TextualBody[]): Annotation['motivation'] {
  return body.some((b) => b.purpose === 'commenting') ? 'commenting' : 'highlighting';
}
