// The manifest source and what the build makes of it for each browser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM build helper without type declarations
import { manifestFor } from '../../../scripts/manifest-for.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const source = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const zh = JSON.parse(readFileSync(path.join(root, '_locales/zh_CN/messages.json'), 'utf8'));

describe('manifest.json', () => {
  it('is MV3 with Chinese as the default locale and localised names', () => {
    expect(source.manifest_version).toBe(3);
    expect(source.default_locale).toBe('zh_CN');
    for (const text of [source.name, source.short_name, source.description, source.action.default_title, source.commands['save-highlight'].description, source.sidebar_action.default_title]) {
      const key = /^__MSG_(\w+)__$/.exec(text)?.[1];
      expect(key && zh[key], text).toBeTruthy();
    }
  });

  it('asks only for the permissions the README justifies', () => {
    expect(source.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus', 'sidePanel']);
    expect(source.host_permissions).toEqual(source.content_scripts[0].matches);
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const permission of [...source.permissions, ...source.host_permissions]) expect(readme).toContain(`\`${permission}\``);
  });

  it('names icon files that exist', () => {
    for (const file of Object.values(source.icons) as string[]) {
      expect(() => readFileSync(path.join(root, file))).not.toThrow();
    }
  });
});

describe('manifestFor', () => {
  it('keeps only the service worker for Chromium and only the scripts for Firefox', () => {
    const chrome = manifestFor('chrome', source, '1.2.3');
    const firefox = manifestFor('firefox', source, '1.2.3');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(chrome.version).toBe('1.2.3');
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // The source itself is untouched.
    expect(source.background.scripts).toEqual(['background.js']);
  });

  it('gives each browser only its own side panel keys, both on the same page', () => {
    const chrome = manifestFor('chrome', source, '1.2.3');
    const firefox = manifestFor('firefox', source, '1.2.3');
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.sidebar_action).toBeUndefined();
    expect(chrome.permissions).toContain('sidePanel');
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
    // Not opened by itself on install: the reader opens it from the popup or the sidebar menu.
    expect(firefox.sidebar_action.open_at_install).toBe(false);
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(source.permissions).toContain('sidePanel');
  });
});
