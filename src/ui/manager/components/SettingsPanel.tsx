// Settings (this page is also the extension's options page): floating
// toolbar, default colour, sites where the extension stays off, detection
// sensitivity. The site list is validated line by line before saving.
// Changes not yet saved are not lost silently: the page tells its parent
// (which asks before another tab is shown) and asks the browser to confirm
// closing or reloading the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS } from '../../../store/model.ts';
import { COLOR_LABEL_KEYS } from '../colors.ts';
import type { ManagerDataSource } from '../data-source.ts';
import { t, type ManagerMessageKey } from '../i18n.ts';
import { DETECTION_SENSITIVITIES, parseSiteList, type DetectionSensitivity, type Settings, type SiteListError } from '../../../store/settings.ts';
import { errorText } from '../state/use-library.ts';

const SENSITIVITY_LABELS: Record<DetectionSensitivity, ManagerMessageKey> = {
  low: 'mgrSensitivityLow',
  medium: 'mgrSensitivityMedium',
  high: 'mgrSensitivityHigh',
};

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

interface SettingsPanelProps {
  source: ManagerDataSource;
  /** Told at every render whether the form holds changes that are not saved (keep it cheap: a ref). */
  onUnsavedChange?: (unsaved: boolean) => void;
}

/** What the form showed when it was loaded or last saved. */
interface SavedForm {
  settings: Settings;
  sitesText: string;
}

export function SettingsPanel({ source, onUnsavedChange }: SettingsPanelProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sitesText, setSitesText] = useState('');
  const [saved, setSaved] = useState<SavedForm | null>(null);
  const [siteErrors, setSiteErrors] = useState<SiteListError[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    source.getSettings().then(
      (loaded) => {
        setSettings(loaded);
        setSitesText(loaded.disabledSites.join('\n'));
        setSaved({ settings: loaded, sitesText: loaded.disabledSites.join('\n') });
      },
      (error: unknown) => setStatus({ kind: 'error', message: t('mgrSettingsLoadFailed', errorText(error)) }),
    );
  }, [source]);

  const unsaved = saved !== null && settings !== null && !sameForm(saved, { settings, sitesText });
  // Read by the browser's "leave site?" question and by the parent's tab switch; kept current
  // during render, so a click right after a change already sees it.
  const unsavedNow = useRef(false);
  unsavedNow.current = unsaved;
  onUnsavedChange?.(unsaved);
  useEffect(() => () => onUnsavedChange?.(false), [onUnsavedChange]);
  useEffect(() => {
    // The browser asks with its own text.
    const ask = (event: BeforeUnloadEvent) => {
      if (!unsavedNow.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);

  if (!settings) {
    return status.kind === 'error' ? (
      <p class="notice notice--error" role="alert">
        {status.message}
      </p>
    ) : (
      <p class="notice" role="status">
        {t('mgrLoading')}
      </p>
    );
  }

  const change = (next: Partial<Settings>) => {
    // Functional update: two quick changes must not overwrite each other.
    setSettings((current) => (current ? { ...current, ...next } : current));
    setStatus({ kind: 'idle' });
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteList(sitesText);
    setSiteErrors(parsed.errors);
    if (parsed.errors.length > 0) return;
    const next = { ...settings, disabledSites: parsed.sites };
    try {
      await source.saveSettings(next);
      setSettings(next);
      setSitesText(parsed.sites.join('\n'));
      setSaved({ settings: next, sitesText: parsed.sites.join('\n') });
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: t('mgrActionFailed', errorText(error)) });
    }
  };

  return (
    <form class="settings" onSubmit={(e) => void save(e)}>
      <label class="settings__check">
        <input type="checkbox" checked={settings.floatingToolbar} onChange={(e) => change({ floatingToolbar: e.currentTarget.checked })} />
        {t('mgrSettingsToolbar')}
      </label>

      <fieldset class="settings__group">
        <legend>{t('mgrSettingsDefaultColor')}</legend>
        {HIGHLIGHT_COLORS.map((color) => (
          <label key={color} class="settings__color">
            <input type="radio" name="default-color" value={color} checked={settings.defaultColor === color} onChange={() => change({ defaultColor: color })} />
            <span class={`swatch swatch--${color} swatch--small`} aria-hidden="true" />
            {t(COLOR_LABEL_KEYS[color])}
          </label>
        ))}
      </fieldset>

      <div class="settings__group">
        <label class="settings__label" for="disabled-sites">{t('mgrSettingsDisabledSites')}</label>
        <p id="disabled-sites-hint" class="settings__hint">
          {t('mgrSettingsDisabledSitesHint')}
        </p>
        <textarea
          id="disabled-sites"
          rows={5}
          spellcheck={false}
          value={sitesText}
          aria-invalid={siteErrors.length > 0}
          aria-describedby={siteErrors.length > 0 ? 'disabled-sites-hint disabled-sites-errors' : 'disabled-sites-hint'}
          onInput={(e) => {
            setSitesText(e.currentTarget.value);
            setStatus({ kind: 'idle' });
          }}
        />
        {siteErrors.length > 0 && (
          <ul id="disabled-sites-errors" class="settings__errors" role="alert">
            {siteErrors.map((error) => (
              <li key={error.line}>{t('mgrSettingsInvalidSite', error.line, error.text)}</li>
            ))}
          </ul>
        )}
      </div>

      <fieldset class="settings__group">
        <legend>{t('mgrSettingsSensitivity')}</legend>
        {DETECTION_SENSITIVITIES.map((level) => (
          <label key={level} class="settings__radio">
            <input
              type="radio"
              name="sensitivity"
              value={level}
              checked={settings.detectionSensitivity === level}
              onChange={() => change({ detectionSensitivity: level })}
            />
            {t(SENSITIVITY_LABELS[level])}
          </label>
        ))}
      </fieldset>

      <div class="settings__actions">
        <button type="submit" class="button--primary">
          {t('mgrSettingsSave')}
        </button>
        {status.kind === 'saved' && <span role="status">{t('mgrSettingsSaved')}</span>}
        {unsaved && status.kind === 'idle' && (
          <span class="settings__unsaved" role="status">
            {t('mgrSettingsUnsaved')}
          </span>
        )}
        {status.kind === 'error' && (
          <span class="notice--error" role="alert">
            {status.message}
          </span>
        )}
      </div>
    </form>
  );
}

function sameForm(a: SavedForm, b: SavedForm): boolean {
  // The site list is compared as the text in the box; every other setting by value.
  const rest = (form: SavedForm) => JSON.stringify({ ...form.settings, disabledSites: null });
  return a.sitesText === b.sitesText && rest(a) === rest(b);
}
