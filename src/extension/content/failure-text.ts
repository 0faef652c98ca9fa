// What the reader is told when a highlight could not be stored. The store's
// error kinds (store/repository.ts) map to Chinese (or English) sentences
// that say what happened and what to do.
import type { HighlightFailure } from '../messages.ts';
import { uiText } from './shadow-ui.ts';

export function failureText(error: HighlightFailure['error']): string {
  switch (error) {
    case 'quota':
      return uiText('saveFailedQuota');
    case 'not-found':
      return uiText('saveFailedNotFound');
    case 'unavailable':
      return uiText('saveFailedUnavailable');
    default:
      return uiText('saveFailedWrite');
  }
}
