// The extension pages' side of the library messages (manager, popup): send one
// request to the background, get its value back or an Error whose message is
// the Chinese sentence the page shows (the store's error kinds, a background
// that did not answer). Pages never touch storage; this is their only way in.
import { isStoreResult, type LibraryReplyTo, type LibraryRequest } from '../../extension/library-messages.ts';
import type { StoreError } from '../../store/repository.ts';
import { t } from './i18n.ts';

/** Sends a message and resolves with the raw reply (runtime.sendMessage in the extension; the handler itself in tests). */
export type SendToBackground = (request: LibraryRequest) => Promise<unknown>;

/** A failed store operation, with its kind (quota: the reader must free space) and the user's sentence as the message. */
export class LibraryRequestError extends Error {
  constructor(
    readonly kind: StoreError['error'] | 'no-answer',
    message: string,
    /** The store's technical message (e.g. how much of an import was written). */
    readonly detail: string,
  ) {
    super(message);
  }
}

export async function callBackground<T extends LibraryRequest['type']>(
  send: SendToBackground,
  request: Extract<LibraryRequest, { type: T }>,
): Promise<LibraryReplyTo[T]> {
  const reply = await send(request);
  if (!isStoreResult(reply)) {
    const detail = typeof reply === 'object' && reply !== null && 'error' in reply ? String(reply.error) : String(reply);
    throw new LibraryRequestError('no-answer', t('mgrNoAnswer'), detail);
  }
  if (reply.ok) return reply.value as LibraryReplyTo[T];
  throw new LibraryRequestError(reply.error, storeErrorText(reply), reply.message);
}

export function storeErrorText(error: StoreError): string {
  switch (error.error) {
    case 'quota':
      return t('mgrStoreQuota');
    case 'not-found':
      return t('mgrStoreNotFound');
    case 'invalid':
      return t('mgrStoreInvalid');
    case 'write-failed':
      return t('mgrStoreWriteFailed', error.message);
  }
}
