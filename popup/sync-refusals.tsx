/**
 * The popup's word on changes the sync server refused for good (too large, or another permanent 4xx):
 * how many are kept on this browser unsent, why, and "Send again". See `OutboxEntry.refused`.
 */
import { useState } from 'preact/hooks';
import { t, tn } from '../src/i18n/messages.ts';
import { call } from '../src/messaging/client.ts';
import type { SyncStatusReply } from '../src/messaging/protocol.ts';

type Refusal = SyncStatusReply['refused'][number];

/** One line per distinct reason, in plain words, with the server's own words (English) when it gave some. */
export function refusalReasons(refused: readonly Refusal[]): string[] {
  const lines = new Set<string>();
  for (const { status, error } of refused) {
    const why = status === 413 ? t('popup_syncRefusedTooLarge') : t('popup_syncRefusedStatus', status);
    lines.add(error ? `${why} ${t('popup_syncRefusedServerSaid', error)}` : why);
  }
  return [...lines];
}

export function SyncRefusals({
  refused,
  onStatus,
}: {
  refused: readonly Refusal[];
  onStatus: (status: SyncStatusReply) => void;
}) {
  const [busy, setBusy] = useState(false);
  if (refused.length === 0) return null;

  const sendAgain = async () => {
    setBusy(true);
    try {
      const result = await call('sync.sendRefused', {});
      if (result.ok) onStatus(result.value);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="popup__error" role="alert" data-testid="popup-sync-refused">
      <p>{tn('popup_syncRefused', refused.length)}</p>
      <ul data-testid="popup-sync-refused-reasons">
        {refusalReasons(refused).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button
        type="button"
        class="popup__export-button"
        data-testid="popup-sync-send-refused"
        disabled={busy}
        onClick={() => void sendAgain()}
      >
        {t('popup_syncSendRefused')}
      </button>
    </div>
  );
}
