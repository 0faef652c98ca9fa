// The background's answers to highlight messages: the one place that writes
// annotations (through the AnnotationRepository's serialised queue). Pure
// over its dependencies, so unit tests drive the very handlers the service
// worker runs with an in-memory or failing StorageArea.
//
// URLs: a content script's requests act on the page it runs in (the
// sender's URL, never one named in the message), so a page can at most read
// or add its own highlights. Our extension pages name the URL they want.
import { createAnnotation, noteOf, tagsOf, colorOf, withColor, withNote, withTags } from '../../store/annotations.ts';
import type { Annotation } from '../../store/model.ts';
import type { AnnotationRepository, StoreResult } from '../../store/repository.ts';
import { normalizePageUrl } from '../../store/url.ts';
import type {
  AnalyserLoaded,
  HighlightEdit,
  HighlightRequestFromContent,
  HighlightRequestFromPage,
  HighlightSaveReply,
  PageHighlights,
} from '../messages.ts';
import { pageRecordOf, pageSnapshotOf } from './page-record.ts';

/**
 * The page the sender shows now. The browser reports the URL its document
 * loaded with; a single-page site moves to other articles with the history
 * API, which cannot leave the document's origin, so the content script's
 * own location.href is taken when it is on the same origin, and ignored
 * otherwise (a page can then at most name another page of its own site).
 */
export function currentPageUrl(senderUrl: string, claimed: string | undefined): string {
  if (!claimed) return senderUrl;
  try {
    return new URL(claimed).origin === new URL(senderUrl).origin ? claimed : senderUrl;
  } catch {
    return senderUrl;
  }
}

/** The sending tab, as the handlers need it. */
export interface ContentSender {
  /** The document URL of the sending content script. */
  url: string;
  tabTitle?: string;
}

export interface AnnotationHandlerDeps {
  repository: AnnotationRepository;
  /** Resolves once stored records are migrated: no read or write before that. */
  ready: Promise<unknown>;
  /** Inject highlighter.js into the sender's document. */
  injectHighlighter(): Promise<boolean>;
  now?: () => Date;
}

export interface AnnotationHandlers {
  fromContent(message: HighlightRequestFromContent, sender: ContentSender): Promise<unknown>;
  fromPage(message: HighlightRequestFromPage): Promise<unknown>;
}

export function createAnnotationHandlers(deps: AnnotationHandlerDeps): AnnotationHandlers {
  const { repository } = deps;
  const now = deps.now ?? (() => new Date());

  async function list(url: string): Promise<PageHighlights> {
    await deps.ready;
    // One storage read of the page index for a page with no highlights: cheap enough for every page load.
    return { annotations: await repository.listForPage(url), url: normalizePageUrl(url) };
  }

  async function edit(message: HighlightEdit): Promise<StoreResult<unknown>> {
    await deps.ready;
    switch (message.type) {
      case 'update-highlight': {
        const current = await repository.getAnnotation(message.id);
        if (!current) return { ok: false, error: 'not-found', message: `annotation not found: ${message.id}` };
        return repository.updateAnnotation(applyEdit(current, message, now()));
      }
      case 'delete-highlight':
        return repository.deleteAnnotation(message.id);
      case 'restore-highlight':
        return repository.restore(message.deleted);
    }
  }

  return {
    async fromContent(message, sender) {
      switch (message.type) {
        case 'load-highlighter': {
          const reply: AnalyserLoaded = { loaded: await deps.injectHighlighter().catch(() => false) };
          return reply;
        }
        case 'list-page-highlights':
          return list(currentPageUrl(sender.url, message.pageUrl));
        case 'save-highlight': {
          await deps.ready;
          const pageUrl = currentPageUrl(sender.url, message.pageUrl);
          // Content scripts run only in http(s) pages; anything else has no page to key the annotation by.
          if (!/^https?:\/\//.test(pageUrl)) return { ok: false, error: 'invalid', message: `not a web page: ${pageUrl}` };
          const url = normalizePageUrl(pageUrl);
          const annotation = createAnnotation({
            id: message.draft.id,
            url,
            selectors: message.draft.selectors,
            color: message.draft.color,
            note: message.draft.note,
            tags: message.draft.tags,
            page: pageSnapshotOf(message.analysis, sender.tabTitle),
          });
          // A repeat of a stored id (重试 after a lost answer) gets the stored record back, not a copy.
          const reply: HighlightSaveReply = await repository.saveAnnotation(annotation, pageRecordOf(message.analysis, url, now()), { once: true });
          return reply;
        }
        default:
          return edit(message);
      }
    },
    async fromPage(message) {
      if (message.type === 'list-highlights-for-url') return list(message.url);
      return edit(message);
    },
  };
}

/** Only the fields the edit names change; an edit that changes nothing still bumps `modified` (the user pressed save). */
function applyEdit(current: Annotation, edit: Extract<HighlightEdit, { type: 'update-highlight' }>, time: Date): Annotation {
  let next = current;
  if (edit.color !== undefined && edit.color !== colorOf(next)) next = withColor(next, edit.color, time);
  if (edit.note !== undefined && edit.note !== noteOf(next)) next = withNote(next, edit.note, time);
  if (edit.tags !== undefined && edit.tags.join('\n') !== tagsOf(next).join('\n')) next = withTags(next, edit.tags, time);
  return next === current ? { ...current, modified: time.toISOString() } : next;
}
