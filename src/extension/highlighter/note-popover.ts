// The small popover over a painted highlight: its note and tags to edit, its
// colour to change, and delete (with 撤销). Opens on click, or after the
// pointer rests on a highlight that has a note or tags; a hover-opened
// popover closes when the pointer leaves it, unless the reader is typing in it. Edits go to the
// background (the only writer); the painting changes only once it answers.
import { colorOf, noteOf, tagsOf } from '../../store/annotations.ts';
import type { StoredAnnotation } from '../../store/model.ts';
import { extensionApi } from '../browser-api.ts';
import { isStoredAnnotation } from '../annotation-shape.ts';
import { isHighlightFailure, isHighlightSaveReply, type HighlightEdit, type HighlightFailure } from '../messages.ts';
import { isRecord } from '../shape.ts';
import { button, colorRow, colorName, noteFields } from '../content/note-form.ts';
import { placePanel } from '../content/place-panel.ts';
import { createShadowUi, trusted, uiText, type ShadowUi } from '../content/shadow-ui.ts';
import { failureText } from '../content/failure-text.ts';
import type { PageHighlights } from './page-highlights.ts';
import type { DeletedAnnotation } from '../../store/repository.ts';

const WIDTH = 300;
const HOVER_DELAY_MS = 450;
const HOVER_CLOSE_MS = 300;

async function send(message: HighlightEdit): Promise<unknown> {
  try {
    return await extensionApi().runtime.sendMessage(message);
  } catch (error) {
    return { ok: false, error: 'unavailable', message: String(error) };
  }
}

export function installNotePopover(doc: Document, page: PageHighlights): { open(id: string): boolean } {
  const view = doc.defaultView!;
  let ui: ShadowUi | null = null;
  let openId: string | null = null;
  let openedByHover = false;
  let hoverTimer = 0;
  let closeTimer = 0;

  function close(): void {
    ui?.remove();
    ui = null;
    openId = null;
    page.highlighter.focus(null);
  }

  function open(annotation: StoredAnnotation, byHover: boolean): void {
    close();
    const range = page.highlighter.rangeOf(annotation.id);
    if (!range) return;
    openId = annotation.id;
    openedByHover = byHover;
    page.highlighter.focus(annotation.id);
    ui = createShadowUi(doc, 'note-popover', '');
    const panel = doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', uiText('popoverLabel'));
    panel.style.width = `${WIDTH}px`;
    const fields = noteFields(doc);
    fields.fill(noteOf(annotation), tagsOf(annotation));
    const message = doc.createElement('p');
    message.className = 'message';
    message.setAttribute('role', 'status');
    let color = colorOf(annotation);
    const colors = colorRow(
      doc,
      (picked) => {
        color = picked;
        colors.select(picked);
        void save({ type: 'update-highlight', id: annotation.id, color: picked });
      },
      (c) => uiText('recolorTo', colorName(c)),
    );
    colors.select(color);
    const actions = doc.createElement('div');
    actions.className = 'row';
    actions.append(
      button(doc, uiText('saveNote'), () => void (fields.check() && save({ type: 'update-highlight', id: annotation.id, ...fields.read() })), 'primary'),
      button(doc, uiText('deleteHighlight'), () => void remove()),
      button(doc, uiText('close'), close),
    );
    // A highlight inside a link: the click that opened this did not follow the link, so the link is one click away here.
    const link = linkAround(range.commonAncestorContainer);
    if (link) {
      const follow = button(doc, uiText('openLink'), () => {
        close();
        link.click();
      });
      follow.dataset.action = 'open-link';
      follow.title = link.href;
      actions.append(follow);
    }
    panel.append(colors.element, fields.element, actions, message);
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && event.isTrusted) close();
      event.stopPropagation();
    });
    panel.addEventListener('mouseenter', trusted(() => view.clearTimeout(closeTimer)));
    panel.addEventListener('mouseleave', trusted(() => scheduleHoverClose()));
    ui.present(panel);
    // Below or above the highlight, never over the text it is about.
    placePanel(panel, range.getBoundingClientRect(), view);
    if (!byHover) fields.note.focus();

    function showError(error: HighlightFailure['error']): void {
      message.dataset.kind = 'error';
      message.textContent = failureText(error);
    }

    /** The stored annotation an update or restore answered with; null (after saying why) otherwise. */
    function storedFrom(reply: unknown): StoredAnnotation | null {
      if (isHighlightSaveReply(reply) && reply.ok) return reply.value;
      showError(isHighlightFailure(reply) ? reply.error : 'unavailable');
      return null;
    }

    async function save(edit: HighlightEdit): Promise<void> {
      const updated = storedFrom(await send(edit));
      if (!updated) return;
      page.update(updated);
      message.dataset.kind = 'info';
      message.textContent = uiText('noteSaved');
    }

    async function remove(): Promise<void> {
      const reply = await send({ type: 'delete-highlight', id: annotation.id });
      const deleted = isRecord(reply) && reply.ok === true && isRecord(reply.value) && isStoredAnnotation(reply.value.annotation) ? (reply.value as unknown as DeletedAnnotation) : null;
      if (!deleted) return showError(isHighlightFailure(reply) ? reply.error : 'unavailable');
      const kept = range!.cloneRange();
      page.remove(annotation.id);
      panel.replaceChildren(message, actions);
      message.dataset.kind = 'info';
      message.textContent = uiText('highlightDeleted');
      actions.replaceChildren(
        button(doc, uiText('undo'), async () => {
          const restored = storedFrom(await send({ type: 'restore-highlight', deleted }));
          if (!restored) return;
          page.add(restored, kept);
          close();
        }),
        button(doc, uiText('close'), close),
      );
    }
  }

  function scheduleHoverClose(): void {
    view.clearTimeout(closeTimer);
    if (!openedByHover) return;
    closeTimer = view.setTimeout(() => {
      if (ui && !ui.host.matches(':focus-within')) close();
    }, HOVER_CLOSE_MS);
  }

  function annotationAt(event: MouseEvent): StoredAnnotation | null {
    if ((event.target as Element | null)?.closest?.('[data-dj-ui]')) return null;
    const [id] = page.highlighter.annotationsAtPoint(event.clientX, event.clientY);
    return (id && page.get(id)) || null;
  }

  // Capture phase: a highlight inside a link opens here before the link
  // navigates; only that plain click is held back (not a modified or middle
  // click, not a click on the link's other words). Only the reader's own
  // clicks and pointer open a highlight's note: a page script's synthetic
  // click would otherwise show (and let it act on) the note.
  doc.addEventListener('click', trusted((event: MouseEvent) => {
    if (event.button !== 0 || !doc.getSelection()?.isCollapsed) return;
    const annotation = annotationAt(event);
    if (annotation) {
      const plainClick = !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
      if (linkAround(event.target as Node | null)) {
        if (!plainClick) return;
        event.preventDefault();
      }
      open(annotation, false);
    } else if (ui && !(event.target as Element | null)?.closest?.('[data-dj-ui]')) close();
  }), true);

  // Hit-testing costs a caret lookup, so it runs once the pointer rests
  // (HOVER_DELAY_MS after the last move), at the resting point, not per move.
  doc.addEventListener('mousemove', trusted((event: MouseEvent) => {
    view.clearTimeout(hoverTimer);
    if (event.buttons !== 0) return;
    const { clientX, clientY, target } = event;
    hoverTimer = view.setTimeout(() => {
      const annotation = annotationAt({ clientX, clientY, target } as MouseEvent);
      // Hover shows a note: a highlight without note or tags opens on click only, so reading across highlights stays quiet.
      if (annotation && annotation.id !== openId && (noteOf(annotation) || tagsOf(annotation).length > 0)) open(annotation, true);
      else if (!annotation && openId && openedByHover && !isOverUi(target)) scheduleHoverClose();
    }, HOVER_DELAY_MS);
  }), { passive: true });

  return {
    open(id) {
      const annotation = page.get(id);
      if (!annotation || !page.highlighter.rangeOf(id)) return false;
      open(annotation, false);
      return true;
    },
  };
}

function linkAround(node: Node | null): HTMLAnchorElement | null {
  const element = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  return element?.closest<HTMLAnchorElement>('a[href]') ?? null;
}

function isOverUi(target: EventTarget | null): boolean {
  return !!(target as Element | null)?.closest?.('[data-dj-ui]');
}
