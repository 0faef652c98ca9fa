// The floating toolbar next to a text selection: five colour swatches (a
// click saves the selection in that colour) and 批注… (a note and tags, then
// 保存). It shows the outcome of every save started in this page (toolbar,
// context menu, shortcut, popup): 已保存, or the failure with 重试.
// The selection is captured as a Range when the toolbar appears, and a
// mousedown inside the toolbar does not clear the page's selection.
import type { HighlightColor } from '../../store/model.ts';
import { COLORS } from '../annotation-shape.ts';
import { button, colorName, colorRow, noteFields } from './note-form.ts';
import { placePanel } from './place-panel.ts';
import { createShadowUi, trusted, uiText, UI_HOST_ATTRIBUTE, type ShadowUi } from './shadow-ui.ts';

const WIDTH = 280;

type PanelMode = 'colors' | 'exists' | 'note' | 'message' | 'retry';
const MESSAGE_MS = 2500;

export interface ToolbarOptions {
  enabled(): boolean;
  defaultColor(): HighlightColor;
  save(range: Range, choice: { color: HighlightColor; note: string; tags: string[] }): void;
  retry(): void;
  /** The highlight already over this passage, if any: it is offered for editing instead of the colours. */
  existing(range: Range): string | null;
  /** Open that highlight's note popover. */
  edit(id: string): void;
}

export class SelectionToolbar {
  private ui: ShadowUi | null = null;
  /** What the shown panel is (kept here, not on the host, where the page could read or change it). */
  private mode: PanelMode | null = null;
  private range: Range | null = null;
  private messageTimer = 0;
  private readonly view: Window;

  constructor(
    private readonly doc: Document,
    private readonly options: ToolbarOptions,
  ) {
    this.view = doc.defaultView!;
    // Only the reader's own input opens the toolbar or saves: a page script's
    // synthetic mouseup, key or click is ignored (issue 11).
    const check = (event: Event) => {
      if (!event.isTrusted || isOurs(event.target)) return;
      // After the browser has updated the selection for this click or key.
      this.view.setTimeout(() => this.onSelectionMaybeChanged(), 0);
    };
    doc.addEventListener('mouseup', check);
    doc.addEventListener('keyup', trusted((event: KeyboardEvent) => {
      if (event.key === 'Escape') this.hide();
      else check(event);
    }));
    // Keyboard use while the colour row is shown (as Hypothesis' adder does):
    // 1-5 save in a colour, N opens the note form. Only then, and never while
    // the reader types in a field, so page shortcuts are otherwise untouched.
    doc.addEventListener('keydown', trusted((event: KeyboardEvent) => {
      if (this.mode !== 'colors' || event.ctrlKey || event.metaKey || event.altKey || isEditable(doc.activeElement)) return;
      const color = COLORS[Number(event.key) - 1];
      if (color && /^[1-5]$/.test(event.key)) this.saveWith({ color, note: '', tags: [] });
      else if (event.key === 'n' || event.key === 'N') this.showNoteForm();
      else return;
      event.preventDefault();
      event.stopPropagation();
    }), true);
    doc.addEventListener('selectionchange', () => {
      if ((this.mode === 'colors' || this.mode === 'exists') && doc.getSelection()?.isCollapsed) this.hide();
    });
  }

  /** The current page selection as a Range, or null when there is no text selected outside our UI. */
  currentSelection(): Range | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (isOurs(range.commonAncestorContainer) || !selection.toString().trim()) return null;
    // Text being typed (form fields, rich-text editors) is not article text to annotate.
    if (isEditable(this.doc.activeElement) || isEditable(range.commonAncestorContainer)) return null;
    return range.cloneRange();
  }

  hide(): void {
    this.ui?.remove();
    this.ui = null;
    this.mode = null;
    this.range = null;
  }

  /** A short message in the toolbar (shown near the last selection, or at the top of the viewport). */
  showMessage(text: string, kind: 'info' | 'error', retry?: () => void): void {
    const message = this.doc.createElement('p');
    message.className = 'message';
    message.dataset.kind = kind;
    message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    message.textContent = text;
    const parts: HTMLElement[] = [message];
    if (retry) {
      const row = this.doc.createElement('div');
      row.className = 'row';
      row.append(button(this.doc, uiText('retry'), retry, 'primary'), button(this.doc, uiText('close'), () => this.hide()));
      parts.push(row);
    }
    this.panel(this.range?.getBoundingClientRect() ?? null, retry ? 'retry' : 'message', parts);
    if (!retry) {
      this.messageTimer = this.view.setTimeout(() => this.hide(), MESSAGE_MS);
    }
  }

  private onSelectionMaybeChanged(): void {
    const mode = this.mode;
    if (mode === 'note' || mode === 'retry') return; // a note being written, or a failure waiting for 重试
    const range = this.currentSelection();
    if (!range || !this.options.enabled()) {
      if (mode === 'colors' || mode === 'exists') this.hide();
      return;
    }
    this.showColors(range);
  }

  /** The selection is a passage already highlighted: 已标注 — 编辑 opens it, rather than a second copy on top. */
  offerExisting(id: string): void {
    const edit = button(this.doc, uiText('alreadyHighlightedEdit'), () => {
      this.hide();
      this.options.edit(id);
    }, 'primary');
    edit.dataset.action = 'edit-existing';
    this.panel(this.range?.getBoundingClientRect() ?? null, 'exists', [edit]);
  }

  private showColors(range: Range): void {
    this.range = range;
    const existing = this.options.existing(range);
    if (existing) return this.offerExisting(existing);
    const colors = colorRow(
      this.doc,
      (color) => this.saveWith({ color, note: '', tags: [] }),
      (c) => `${uiText('saveAsColor', colorName(c))} (${COLORS.indexOf(c) + 1})`,
    );
    colors.select(this.options.defaultColor());
    const note = button(this.doc, uiText('addNote'), () => this.showNoteForm(), 'note-button');
    note.title = `${uiText('addNote')} (N)`;
    colors.element.append(note);
    this.panel(range.getBoundingClientRect(), 'colors', [colors.element]);
  }

  private showNoteForm(): void {
    const range = this.range;
    if (!range) return;
    let color = this.options.defaultColor();
    const colors = colorRow(this.doc, (picked) => {
      color = picked;
      colors.select(picked);
    }, (c) => uiText('pickColor', colorName(c)));
    colors.select(color);
    const fields = noteFields(this.doc);
    const actions = this.doc.createElement('div');
    actions.className = 'row';
    // Over a limit: the form says which, and nothing is sent (the background would refuse it).
    const save = () => fields.check() && this.saveWith({ color, ...fields.read() });
    actions.append(button(this.doc, uiText('saveNote'), save, 'primary'), button(this.doc, uiText('cancel'), () => this.hide()));
    fields.note.addEventListener('keydown', trusted((event: KeyboardEvent) => {
      // Enter is a new line in a multi-line note; Ctrl/⌘+Enter saves.
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
    }));
    this.panel(range.getBoundingClientRect(), 'note', [colors.element, fields.element, actions]);
    fields.note.focus();
  }

  private saveWith(choice: { color: HighlightColor; note: string; tags: string[] }): void {
    const range = this.range;
    this.hide();
    if (range) this.options.save(range, choice);
  }

  /**
   * A fresh panel holding `parts` in a fresh shadow host, replacing whatever
   * was shown, placed once its real size is known: below or above `rect`
   * (the selection), never over it; with no selection, at the top of the viewport.
   */
  private panel(rect: DOMRect | null, mode: PanelMode, parts: HTMLElement[]): HTMLElement {
    const range = this.range;
    this.ui?.remove();
    this.view.clearTimeout(this.messageTimer);
    this.range = range;
    this.ui = createShadowUi(this.doc, 'selection-toolbar', '');
    this.mode = mode;
    const panel = this.doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'toolbar');
    panel.setAttribute('aria-label', uiText('toolbarLabel'));
    panel.dataset.mode = mode;
    // The colour row (and 已标注 — 编辑) is a pill as wide as its content (the same in every position); the forms have a fixed width.
    if (mode !== 'colors' && mode !== 'exists') panel.style.width = `${WIDTH}px`;
    // Clicking a button must not collapse the page's selection; fields still take focus.
    panel.addEventListener('mousedown', (event) => {
      const target = event.composedPath()[0] as Element | undefined;
      if (!target?.matches?.('textarea, input')) event.preventDefault();
    });
    // Keys typed in a note are ours, not the page's shortcuts.
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && event.isTrusted) this.hide();
      event.stopPropagation();
    });
    panel.append(...parts);
    this.ui.present(panel);
    placePanel(panel, rect ?? new DOMRect(this.view.innerWidth / 2 - WIDTH / 2, 0, 0, 0), this.view);
    return panel;
  }
}

function isOurs(target: EventTarget | Node | null): boolean {
  const node = target as Node | null;
  const element = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  return !!element?.closest(`[${UI_HOST_ATTRIBUTE}]`);
}

function isEditable(node: Node | Element | null): boolean {
  const element = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  if (!element) return false;
  if (element.matches('input, textarea, select')) return true;
  return (element as HTMLElement).isContentEditable === true;
}
