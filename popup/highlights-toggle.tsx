/**
 * "Hide highlights on this site": a toggle button (pressed while hidden). The background remembers the
 * choice for the tab's site, or its PDF, and tells the tab's annotator at once.
 */
import { useState } from 'preact/hooks';
import { t } from '../src/i18n/messages.ts';
import { call } from '../src/messaging/client.ts';

export function HighlightsToggle({ tabId, hidden: initial }: { tabId: number; hidden: boolean }) {
  const [hidden, setHidden] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function toggle(): Promise<void> {
    setBusy(true);
    setError('');
    const result = await call('tab.hideHighlights', { tabId, hidden: !hidden });
    if (result.ok) setHidden(result.value.hidden);
    else setError(result.error.message);
    setBusy(false);
  }

  return (
    <div class="popup__highlights">
      <button
        type="button"
        class="popup__button"
        data-testid="popup-hide-highlights"
        aria-pressed={hidden}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {t('popup_hideHighlights')}
      </button>
      <p class="popup__note" aria-live="polite" data-testid="popup-highlights-hidden">
        {hidden ? t('popup_highlightsHiddenNote') : ''}
      </p>
      {error && (
        <p class="popup__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
