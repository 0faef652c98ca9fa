// The controls shared by the selection toolbar (a new highlight) and the
// highlight popover (an existing one): a row of colour swatches and a note
// form (multi-line note, tags). Plain DOM, built inside our shadow roots.
import type { HighlightColor } from '../../store/model.ts';
import { COLORS } from '../annotation-shape.ts';
import { splitTags, joinTags } from '../../store/tag-syntax.ts';
import { noteInputProblem } from '../note-limits.ts';
import { SWATCHES, uiText } from './shadow-ui.ts';

const COLOR_KEYS: Readonly<Record<HighlightColor, string>> = {
  yellow: 'colorYellow',
  red: 'colorRed',
  green: 'colorGreen',
  blue: 'colorBlue',
  purple: 'colorPurple',
};

export function colorName(color: HighlightColor): string {
  return uiText(COLOR_KEYS[color]);
}

export function button(doc: Document, label: string, onClick: () => void, className?: string): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (className) element.className = className;
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    // A page script's click() or dispatchEvent() does nothing: only the reader presses our buttons.
    if (event.isTrusted) onClick();
  });
  return element;
}

/** Five swatches; `labelFor` gives each its accessible name ("保存为黄色" or "改为黄色"). */
export function colorRow(
  doc: Document,
  onPick: (color: HighlightColor) => void,
  labelFor: (color: HighlightColor) => string,
): { element: HTMLElement; select(color: HighlightColor): void } {
  const row = doc.createElement('div');
  row.className = 'row';
  row.setAttribute('role', 'group');
  const swatches = COLORS.map((color) => {
    const swatch = button(doc, '', () => onPick(color), 'swatch');
    swatch.dataset.color = color;
    swatch.style.background = SWATCHES[color]!;
    swatch.setAttribute('aria-label', labelFor(color));
    swatch.title = labelFor(color);
    row.append(swatch);
    return swatch;
  });
  return {
    element: row,
    select(color) {
      for (const swatch of swatches) swatch.setAttribute('aria-pressed', String(swatch.dataset.color === color));
    },
  };
}

export interface NoteFields {
  element: HTMLElement;
  note: HTMLTextAreaElement;
  tags: HTMLInputElement;
  read(): { note: string; tags: string[] };
  /** Within the limits the background checks? If not, says which limit beside the fields and returns false. */
  check(): boolean;
  fill(note: string, tags: readonly string[]): void;
}

export function noteFields(doc: Document): NoteFields {
  const element = doc.createElement('div');
  element.className = 'row';
  element.style.flexDirection = 'column';
  element.style.alignItems = 'stretch';
  const note = doc.createElement('textarea');
  note.setAttribute('aria-label', uiText('noteLabel'));
  note.placeholder = uiText('notePlaceholder');
  note.dataset.field = 'note';
  const tags = doc.createElement('input');
  tags.type = 'text';
  tags.setAttribute('aria-label', uiText('tagsLabel'));
  tags.placeholder = uiText('tagsPlaceholder');
  tags.dataset.field = 'tags';
  const problem = doc.createElement('p');
  problem.className = 'message';
  problem.dataset.kind = 'error';
  problem.setAttribute('role', 'alert');
  problem.hidden = true;
  element.append(note, tags, problem);
  const read = () => ({ note: note.value, tags: splitTags(tags.value) });
  const check = (): boolean => {
    const { note: text, tags: list } = read();
    const found = noteInputProblem(text, list);
    for (const [field, element] of [['note', note], ['tags', tags]] as const) {
      if (found?.field === field) element.setAttribute('aria-invalid', 'true');
      else element.removeAttribute('aria-invalid');
    }
    problem.textContent = found ? uiText(found.key, ...found.substitutions) : '';
    problem.hidden = !found;
    return !found;
  };
  // Said while typing, as soon as a limit is passed (and cleared once back within), not only on 保存.
  for (const field of [note, tags]) field.addEventListener('input', () => void check());
  return {
    element,
    note,
    tags,
    read,
    check,
    fill(text, list) {
      note.value = text;
      tags.value = joinTags(list);
      problem.hidden = true;
    },
  };
}
