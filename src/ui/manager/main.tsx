import '../../extension/polyfilled-api.ts'; // first: every module below reads the polyfilled API
import { render } from 'preact';
import type { ManagerSection } from './components/SectionTabs.tsx';
import { extensionDataSource } from './extension-data-source.ts';
import { t, uiLocale } from './i18n.ts';
import { Manager } from './Manager.tsx';

document.documentElement.lang = uiLocale();
document.title = t('mgrPageTitle');
// manager.html#settings (e.g. a link from the popup) opens on a section.
const requested = location.hash.slice(1);
const sections: readonly ManagerSection[] = ['library', 'formulations', 'import', 'settings'];
const initialSection = sections.find((s) => s === requested) ?? 'library';
const root = document.getElementById('root');
if (root) render(<Manager source={extensionDataSource()} initialSection={initialSection} />, root);
