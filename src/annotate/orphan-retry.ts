// Pages that fill in their content late (article text loaded by script,
// "read more" expanders, infinite scroll) leave some annotations orphaned at
// first. Watch the page for changes and try those orphans again, debounced
// (a page that loads in bursts is retried once per burst, not once per node),
// for a bounded time, then stop: the orphans stay listed in the popup.

import { anchorMany, type AnchoredAnnotation, type AnchorRequest } from './anchor-many.ts';
import { MARK_ATTRIBUTE } from './highlight-styles.ts';
import { UI_ATTRIBUTE } from './text-model.ts';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface OrphanRetryOptions {
  /** Where the annotations live: document.body. */
  root: Node;
  orphans: readonly AnchorRequest[];
  /** Called with the annotations placed by a retry (paint them). */
  onAnchored: (anchored: AnchoredAnnotation[]) => void;
  /** Called once when the time is up with the ones still orphaned. */
  onGiveUp?: (remaining: AnchorRequest[]) => void;
  /** Quiet time after the last change before retrying. Default 500 ms. */
  debounceMs?: number;
  /** How long to keep watching. Default 30 s. */
  maxDurationMs?: number;
  /** Anchoring function; default anchorMany. */
  anchor?: (root: Node, requests: readonly AnchorRequest[]) => Promise<{ anchored: AnchoredAnnotation[] }>;
  timers?: Timers;
}

export interface OrphanRetry {
  stop(): void;
  /** Ids still orphaned. */
  remaining(): string[];
  readonly stopped: boolean;
}

export function retryOrphansOnChange(options: OrphanRetryOptions): OrphanRetry {
  const { root, onAnchored, onGiveUp } = options;
  const timers: Timers = options.timers ?? {
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  const anchor = options.anchor ?? ((r: Node, requests: readonly AnchorRequest[]) => anchorMany(r, requests));
  let pending = [...options.orphans];
  let stopped = false;
  let debounce: unknown = null;
  let running = false;
  let changedWhileRunning = false;

  const doc = root.ownerDocument ?? (root as Document);
  const Observer = doc.defaultView?.MutationObserver;
  const observer = Observer
    ? new Observer((records) => {
        if (records.some((record) => !isOwnMutation(record))) schedule();
      })
    : null;

  function schedule(): void {
    if (stopped) return;
    if (running) {
      changedWhileRunning = true;
      return;
    }
    if (debounce !== null) timers.clearTimeout(debounce);
    debounce = timers.setTimeout(run, options.debounceMs ?? 500);
  }

  async function run(): Promise<void> {
    debounce = null;
    if (stopped || pending.length === 0) return;
    running = true;
    try {
      const { anchored } = await anchor(root, pending);
      if (stopped) return;
      if (anchored.length > 0) {
        const placed = new Set(anchored.map((a) => a.id));
        pending = pending.filter((p) => !placed.has(p.id));
        onAnchored(anchored);
      }
    } finally {
      running = false;
    }
    if (pending.length === 0) stop();
    else if (changedWhileRunning) {
      changedWhileRunning = false;
      schedule();
    }
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer?.disconnect();
    if (debounce !== null) timers.clearTimeout(debounce);
    timers.clearTimeout(deadline);
  }

  const deadline = timers.setTimeout(() => {
    const remaining = [...pending];
    stop();
    if (remaining.length > 0) onGiveUp?.(remaining);
  }, options.maxDurationMs ?? 30_000);

  if (pending.length === 0) stop();
  else observer?.observe(root, { childList: true, subtree: true, characterData: true });

  return {
    stop,
    remaining: () => pending.map((p) => p.id),
    get stopped() {
      return stopped;
    },
  };
}

/**
 * Changes we make ourselves (fallback <mark> elements, our UI) must not
 * trigger retries. (The text-node splits of mark painting still do, once:
 * harmless, since a retry that places nothing paints nothing.)
 */
function isOwnMutation(record: MutationRecord): boolean {
  if (isOurs(record.target)) return true;
  if (record.type !== 'childList') return false;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return changed.length > 0 && changed.every(isOurs);
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`[${UI_ATTRIBUTE}], mark[${MARK_ATTRIBUTE}]`);
}
