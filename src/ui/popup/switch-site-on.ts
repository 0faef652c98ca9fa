// The popup's 在本网站重新启用: take the page's host off the reader's
// switched-off sites, through the same settings messages the manager uses
// (the background is the only writer). Every listed entry that covers the
// host goes: "example.org" and "news.example.org" both switch off
// news.example.org, and the reader asked for this page to work again.
import { isSiteDisabled, type Settings } from '../../store/settings.ts';
import { callBackground, type SendToBackground } from '../shared/library-client.ts';

/** The settings with no entry left that switches `host` off. */
export function withSiteSwitchedOn(settings: Settings, host: string): Settings {
  return { ...settings, disabledSites: settings.disabledSites.filter((site) => !isSiteDisabled(host, [site])) };
}

/** Rejects with a LibraryRequestError (its message in the reader's language) when the settings cannot be read or stored. */
export async function switchSiteOn(send: SendToBackground, host: string): Promise<void> {
  const settings = await callBackground(send, { type: 'settings-get' });
  await callBackground(send, { type: 'settings-save', settings: withSiteSwitchedOn(settings, host) });
}
