/**
 * Settings: where the plan detector looks. Off, it runs only on the government and OGP hosts listed in
 * the manifest; on, the user has granted every site and the background registers it everywhere.
 */
import { useEffect, useState } from 'preact/hooks';
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
        setMessage(
          wanted
            ? 'The permission was not granted, so plans are still looked for on government sites only.'
            : 'The browser kept the permission; remove it from the extension’s site access settings.',
        );
      }
      setGranted(await chrome.permissions.contains(everySite()));
    } catch (error) {
      setMessage(`The browser refused the change: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="settings__section" aria-labelledby="detector-heading" data-testid="detector-section">
      <h2 id="detector-heading">Finding action plans</h2>
      <p class="settings__hint">
        Plan Annotator looks for action plans on government and Open Government Partnership sites. It reads a
        small sample of the page on your computer; nothing is sent anywhere.
      </p>
      <label class="settings__check">
        <input
          type="checkbox"
          data-testid="detect-everywhere"
          checked={granted === true}
          disabled={granted === null || busy}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        Look for action plans on every site
      </label>
      <p class="settings__hint">
        This needs access to every site you visit. With it, Plan Annotator also brings back your highlights on
        any site without a click.
      </p>
      {message && (
        <p class="settings__error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
