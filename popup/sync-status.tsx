/** The popup's line about sync: changes waiting, the last sync, the last problem, and the settings. */
import { useEffect, useState } from 'preact/hooks';
import { call } from '../src/messaging/client.ts';
import type { SyncStatusReply } from '../src/messaging/protocol.ts';

/** While the popup is open the state is read again this often, so a sync in progress shows its end. */
const REFRESH_MS = 2000;

function pendingText(pending: number): string {
  if (pending === 0) return 'Everything is synced';
  return pending === 1 ? '1 change waiting to sync' : `${pending} changes waiting to sync`;
}

/** "at 14:05 UTC" today, else the date too; always UTC, as stored. */
function whenText(iso: string): string {
  const time = iso.slice(11, 16);
  const today = new Date().toISOString().slice(0, 10);
  return iso.startsWith(today) ? `at ${time} UTC` : `on ${iso.slice(0, 10)} at ${time} UTC`;
}

export function SyncStatus() {
  const [status, setStatus] = useState<SyncStatusReply | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let stopped = false;
    const read = async () => {
      const result = await call('sync.status', {});
      if (stopped) return;
      if (result.ok) {
        setStatus(result.value);
        setError('');
      } else {
        setError(result.error.message);
      }
    };
    void read();
    const timer = setInterval(() => void read(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);

  const openSettings = (event: Event) => {
    event.preventDefault();
    void chrome.runtime.openOptionsPage();
  };

  return (
    <section class="popup__sync" aria-label="Sync" data-testid="popup-sync">
      {status && !status.signedIn && (
        <p data-testid="popup-sync-state">Not syncing: annotations stay in this browser.</p>
      )}
      {status?.signedIn && (
        <ul class="popup__facts">
          <li data-testid="popup-sync-state">
            Syncing as {status.username} with {status.server}
          </li>
          <li data-testid="popup-sync-pending">{pendingText(status.pending)}</li>
          <li data-testid="popup-sync-last">
            {status.lastSync ? `Last synced ${whenText(status.lastSync)}` : 'Not synced yet'}
          </li>
        </ul>
      )}
      {(status?.lastError || error) && (
        <p class="popup__error" role="alert" data-testid="popup-sync-error">
          {error || status?.lastError}
        </p>
      )}
      <a href="#" data-testid="popup-sync-settings" onClick={openSettings}>
        Sync settings
      </a>
    </section>
  );
}
