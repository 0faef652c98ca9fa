import '../../extension/polyfilled-api.ts'; // first: every module below reads the polyfilled API
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n.ts';
import { SidePanel } from './SidePanel.tsx';

document.documentElement.lang = uiLanguage();
document.title = t('sidePanelTitle');
const root = document.getElementById('root');
if (root) render(<SidePanel />, root);
