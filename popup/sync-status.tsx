/** The popup's line about sync: changes waiting, the last sync, the last problem, and the settings. */
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime, t, tn } from '../src/i18n/messages.ts';
import { call } from '../src/messaging/client.ts';
import type { SyncStatusReply } from '../src/messaging/protocol.ts';
import { SyncRefusals } from './sync-refusals.tsx';

/** While the popup is open the state is read again this often, so a sync in progress shows its end. */
const REFRESH_MS = 2000;

function pendingText(pending: number, refused: number): string {
  if (pending > 0) return tn('popup_syncPending', pending);
  // Refused changes are still on this browser, listed below: "everything is synced" would hide them.
  return refused > 0 ? t('popup_syncAllDoneButRefused') : t('popup_syncAllDone');
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
    <section class="popup__sync" aria-label={t('popup_syncLabel')} data-testid="popup-sync">
      {status && !status.signedIn && <p data-testid="popup-sync-state">{t('popup_syncOff')}</p>}
      {status?.signedIn && (
        <ul class="popup__facts">
          <li data-testid="popup-sync-state">{t('popup_syncingAs', status.username ?? '', status.server)}</li>
          <li data-testid="popup-sync-pending">{pendingText(status.pending, status.refused.length)}</li>
          <li data-testid="popup-sync-last">
            {status.lastSync ? t('popup_syncLast', formatDateTime(status.lastSync)) : t('popup_syncNever')}
          </li>
        </ul>
      )}
      {status && status.keptAside > 0 && (
        <p class="popup__note" data-testid="popup-sync-kept-aside">
          {tn('popup_syncKeptAside', status.keptAside)}
        </p>
      )}
      {status && <SyncRefusals refused={status.refused} onStatus={setStatus} />}
      {(status?.lastError || error) && (
        <p class="popup__error" role="alert" data-testid="popup-sync-error">
          {error || status?.lastError}
        </p>
      )}
      <a href="#" data-testid="popup-sync-settings" onClick={openSettings}>
        {t('popup_syncSettings')}
      </a>
    </section>
  );
}
