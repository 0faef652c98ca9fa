// A short message at the bottom of the page, with an optional action (撤销).
// It stays long enough to reach the undo button by keyboard, and goes away
// by itself after a while or when closed.
import { useEffect } from 'preact/hooks';
import { t } from '../i18n.ts';

export interface ToastMessage {
  text: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
}

const VISIBLE_MS = 12_000;

export function Toast({ message, onDismiss }: { message: ToastMessage; onDismiss: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div class={`toast toast--${message.tone ?? 'info'}`} role={message.tone === 'error' ? 'alert' : 'status'} aria-live="polite">
      <span class="toast__text">{message.text}</span>
      {message.action && (
        <button
          type="button"
          class="toast__action"
          onClick={() => {
            message.action?.run();
          }}
        >
          {message.action.label}
        </button>
      )}
      <button type="button" class="toast__close" aria-label={t('mgrDismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
