import '../../extension/polyfilled-api.ts'; // first: every module below reads the polyfilled API
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n.ts';
import { PageView, type TargetTab } from './PageView.tsx';
import { resolveTargetTab } from './tab-channel.ts';

document.documentElement.lang = uiLanguage();
document.title = t('popupTitle');
const root = document.getElementById('root');
if (root) {
  // The popup shows the one tab it was opened for (?tab=<id>, else the active tab), for as long as it is open.
  void resolveTargetTab(location.search)
    .catch(() => undefined)
    .then((found) => render(<PageView host="popup" tab={found?.id === undefined ? null : (found as TargetTab)} />, root));
}
