/**
 * Settings: where the plan detector looks. Off, it runs only on the government and OGP hosts listed in
 * the manifest; on, the user has granted every site and the background registers it everywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';
import { call } from '../messaging/client.ts';
import { EVERY_SITE_ORIGINS } from '../messaging/protocol.ts';

const everySite = (): chrome.permissions.Permissions => ({ origins: [...EVERY_SITE_ORIGINS] });

export function DetectorSection() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const refresh = () => void chrome.permissions.contains(everySite()).then(setGranted);
    refresh();
    chrome.permissions.onAdded.addListener(refresh);
    chrome.permissions.onRemoved.addListener(refresh);
    return () => {
      chrome.permissions.onAdded.removeListener(refresh);
      chrome.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  async function change(wanted: boolean): Promise<void> {
    setBusy(true);
    setMessage('');
    try {
      // The browser asks the user itself; the request must come straight from this click.
      const done = wanted
        ? await chrome.permissions.request(everySite())
        : await chrome.permissions.remove(everySite());
      if (!done) {
        setMessage(wanted ? t('settings_detectNotGranted') : t('settings_detectPermissionKept'));
      } else {
        // The background starts (or stops) the detector on every site; its refusal is said here.
        const applied = await call('detector.everywhere', {});
        if (!applied.ok) setMessage(applied.error.message);
      }
      setGranted(await chrome.permissions.contains(everySite()));
    } catch (error) {
      setMessage(t('settings_detectRefused', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="settings__section" aria-labelledby="detector-heading" data-testid="detector-section">
      <h2 id="detector-heading">{t('settings_detectHeading')}</h2>
      <p class="settings__hint">{t('settings_detectHint')}</p>
      <label class="settings__check">
        <input
          type="checkbox"
          data-testid="detect-everywhere"
          checked={granted === true}
          disabled={granted === null || busy}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        {t('settings_detectEverywhere')}
      </label>
      <p class="settings__hint">{t('settings_detectEverywhereHint')}</p>
      {message && (
        <p class="settings__error" role="alert" data-testid="detect-everywhere-error">
          {message}
        </p>
      )}
    </section>
  );
}
