/** The toolbar popup: what Plan Annotator knows about this tab, and the button that starts it here. */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeReason } from '../src/i18n/detect-reasons.ts';
import { t, tn } from '../src/i18n/messages.ts';
import { call } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import type { TabDetection, TabStatus } from '../src/messaging/protocol.ts';
import { AutoOpenSetting, OpenInViewer } from './open-in-viewer.tsx';
import { SyncStatus } from './sync-status.tsx';
import { AnnotationList } from './annotation-list.tsx';
import { ExportPanel } from './export-panel.tsx';

/** `?tab=<id>` opens the popup as an ordinary page for a chosen tab; the end-to-end tests rely on it. */
const requestedTab = new URLSearchParams(location.search).get('tab');

async function findTabId(): Promise<number | null> {
  if (requestedTab !== null) {
    const id = Number(requestedTab);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function countText(count: number): string {
  return count === 0 ? t('popup_noAnnotations') : tn('popup_annotationCount', count);
}

/** The detector's verdict on a page it took for an action plan, with its reasons. */
function DetectionNote({ detection }: { detection: TabDetection }) {
  if (detection.kind !== 'action-plan') return null;
  return (
    <section class="popup__detection" data-testid="popup-detection" aria-label={t('popup_detectionLabel')}>
      <p class="popup__detection-title">{t('popup_detectionTitle', detection.language)}</p>
      <ul class="popup__reasons">
        {detection.reasons.slice(0, 4).map((reason, index) => (
          <li key={`${index}:${reason.code}`}>{describeReason(reason)}</li>
        ))}
      </ul>
    </section>
  );
}

type Phase = { name: 'loading' } | { name: 'failed' } | { name: 'ready'; status: TabStatus };

function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  async function refresh(id: number): Promise<void> {
    const result = await call('tab.status', { tabId: id });
    if (result.ok) {
      setPhase({ name: 'ready', status: result.value });
    } else {
      setPhase({ name: 'failed' });
      setError(result.error.message);
    }
  }

  useEffect(() => {
    void (async () => {
      const id = await findTabId();
      if (id === null) {
        setPhase({ name: 'failed' });
        setError(t('popup_noTab'));
        return;
      }
      setTabId(id);
      await refresh(id);
    })();
  }, []);

  const status = phase.name === 'ready' ? phase.status : null;
  const webPage = status !== null && status.documentUri !== null;
  const canAnnotate = webPage && tabId !== null && !busy;

  // The button is the one thing to do here, so a keyboard user lands on it (Enter starts annotating).
  useEffect(() => {
    if (webPage) button.current?.focus();
  }, [webPage]);

  async function annotate(): Promise<void> {
    if (tabId === null) return;
    setBusy(true);
    setError('');
    const result = await call('tab.annotate', { tabId });
    if (!result.ok) {
      setError(result.error.message);
      setBusy(false);
      return;
    }
    // A real popup has done its job once the sidebar opens; opened as a page, it shows the new state.
    if (requestedTab === null) {
      window.close();
      return;
    }
    await refresh(tabId);
    setBusy(false);
  }

  return (
    <main class="popup">
      <h1 class="popup__title">{t('extensionName')}</h1>
      <p class="popup__status" data-testid="popup-status" aria-live="polite">
        {statusText(phase)}
      </p>
      {status?.detection && <DetectionNote detection={status.detection} />}
      {webPage && status && (
        <ul class="popup__facts">
          <li data-testid="popup-count">{countText(status.count)}</li>
          <li data-testid="popup-site">
            {status.siteGranted
              ? t('popup_siteGranted')
              : t('popup_siteNotGranted', t('popup_annotateButton'))}
          </li>
        </ul>
      )}
      <button
        ref={button}
        type="button"
        class="popup__annotate"
        data-testid="popup-annotate"
        disabled={!canAnnotate}
        aria-busy={busy}
        onClick={() => void annotate()}
      >
        {t('popup_annotateButton')}
      </button>
      {status?.pdf && status.documentUri && tabId !== null && (
        <OpenInViewer tabId={tabId} documentUri={status.documentUri} />
      )}
      <p class="popup__error" role="alert" data-testid="popup-error">
        {error}
      </p>
      {status && status.count > 0 && tabId !== null && <AnnotationList tabId={tabId} total={status.count} />}
      <AutoOpenSetting />
      <SyncStatus />
      <ExportPanel />
    </main>
  );
}

function statusText(phase: Phase): string {
  if (phase.name === 'loading') return t('popup_statusChecking');
  if (phase.name === 'failed') return t('popup_statusFailed');
  if (phase.status.documentUri === null) return t('popup_statusNotWeb');
  return phase.status.annotating ? t('popup_statusAnnotating') : t('popup_statusNotAnnotating');
}

localizePage();
const root = document.getElementById('app');
if (root) render(<Popup />, root);
