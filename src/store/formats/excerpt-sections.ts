// How the study notes (Markdown and printable HTML) group a page's excerpts:
// in page order (one section without a heading; each excerpt names its
// colour), by highlight colour (the reader's own categories, e.g. 红 for 重点)
// or by tag.
import { HIGHLIGHT_COLORS, type StoredAnnotation } from '../model.ts';
import { colorOf, COLOR_NAMES_ZH, tagsOf } from './annotation-fields.ts';

export type StudyNotesGrouping = 'page' | 'color' | 'tag';

export interface ExcerptSection {
  /** Plain text; each format escapes it. Null for the one section of page order. */
  heading: string | null;
  /** In reading order. */
  annotations: StoredAnnotation[];
}

export const UNTAGGED_HEADING = '未加标签';

/** `annotations` in reading order; empty sections are left out. */
export function excerptSections(annotations: StoredAnnotation[], groupBy: StudyNotesGrouping): ExcerptSection[] {
  if (groupBy === 'page') return annotations.length > 0 ? [{ heading: null, annotations }] : [];
  return groupBy === 'tag' ? byTag(annotations) : byColor(annotations);
}

function byColor(annotations: StoredAnnotation[]): ExcerptSection[] {
  return HIGHLIGHT_COLORS.map((color) => ({
    heading: `${COLOR_NAMES_ZH[color]}色`,
    annotations: annotations.filter((a) => colorOf(a) === color),
  })).filter((s) => s.annotations.length > 0);
}

/** Tags in order of first use; an annotation with several tags appears under each; untagged ones come last. */
function byTag(annotations: StoredAnnotation[]): ExcerptSection[] {
  const buckets = new Map<string, StoredAnnotation[]>();
  const untagged: StoredAnnotation[] = [];
  for (const annotation of annotations) {
    const tags = [...new Set(tagsOf(annotation))];
    if (tags.length === 0) untagged.push(annotation);
    for (const tag of tags) {
      const bucket = buckets.get(tag);
      if (bucket) bucket.push(annotation);
      else buckets.set(tag, [annotation]);
    }
  }
  const sections = [...buckets].map(([tag, list]) => ({ heading: `标签：${tag}`, annotations: list }));
  if (untagged.length > 0) sections.push({ heading: UNTAGGED_HEADING, annotations: untagged });
  return sections;
}
