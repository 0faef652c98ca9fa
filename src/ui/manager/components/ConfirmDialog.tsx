// A modal confirmation. Focus starts on Cancel (the safe choice), stays
// inside the dialog (Tab wraps), Escape cancels, and focus returns to where
// it was when the dialog closes.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.ts';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  /** The safe choice's label; 取消 unless the question needs plainer words. */
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    cancel.current?.focus();
    return () => previous?.focus?.();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Tab') {
      const buttons = [...(dialog.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
      const first = buttons[0];
      const last = buttons[buttons.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };

  return (
    <div class="dialog-backdrop">
      <div
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-body"
        ref={dialog}
        onKeyDown={onKeyDown}
      >
        <h2 id="confirm-title" class="dialog__title">
          {title}
        </h2>
        <p id="confirm-body">{body}</p>
        <div class="dialog__actions">
          <button type="button" ref={cancel} onClick={onCancel}>
            {cancelLabel ?? t('mgrCancel')}
          </button>
          <button type="button" class="button--danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
