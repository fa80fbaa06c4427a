/** The toolbar popup: what Plan Annotator knows about this tab, and the button that starts it here. */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeReason } from '../src/i18n/detect-reasons.ts';
import { t, tn } from '../src/i18n/messages.ts';
import { call } from '../src/messaging/client.ts';
import { localizePage } from '../src/ui/localize-page.ts';
import type { TabStatus } from '../src/messaging/protocol.ts';
import { AutoOpenSetting, OpenInViewer } from './open-in-viewer.tsx';
import { SyncStatus } from './sync-status.tsx';
import { AnnotationList } from './annotation-list.tsx';
import { ExportPanel } from './export-panel.tsx';
import { SearchPanel } from './search-panel.tsx';
import { HighlightsToggle } from './highlights-toggle.tsx';
import { GroupActivity } from './group-activity.tsx';

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

/** How often the popup asks again, on a viewer tab, whether the PDF's text has been read. */
const VERDICT_POLL_MS = 1000;

function countText(count: number): string {
  return count === 0 ? t('popup_noAnnotations') : tn('popup_annotationCount', count);
}

/**
 * What the page reads as: an action plan, with the detector's reasons. On a PDF, no detector runs in the
 * browser's own viewer; ours reads the whole text, so the popup says where the answer will come from.
 */
function DetectionNote({ status }: { status: TabStatus }) {
  const { detection } = status;
  if (detection?.kind === 'action-plan') {
    return (
      <section class="popup__detection" data-testid="popup-detection" aria-label={t('popup_detectionLabel')}>
        <p class="popup__detection-title">
          {status.viewer
            ? t('popup_pdfDetectionTitle', detection.language)
            : t('popup_detectionTitle', detection.language)}
        </p>
        <ul class="popup__reasons" data-testid="popup-detection-reasons">
          {detection.reasons.slice(0, 4).map((reason, index) => (
            <li key={`${index}:${reason.code}`}>{describeReason(reason)}</li>
          ))}
        </ul>
      </section>
    );
  }
  const pending = status.pdf
    ? 'popup_pdfDetectionInViewer'
    : status.viewer && !detection
      ? 'popup_pdfDetectionReading'
      : null;
  const words = pending ? t(pending) : status.viewer && detection ? t('popup_pdfNotPlan') : null;
  if (words === null) return null;
  return (
    <section
      class="popup__detection popup__detection--quiet"
      data-testid="popup-detection"
      aria-label={t('popup_detectionLabel')}
    >
      <p class="popup__detection-note">{words}</p>
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

  // The viewer says what a PDF reads as once it has read the whole text: until then, ask again now and then.
  const awaitingPdfVerdict = status?.viewer === true && status.detection === undefined;
  useEffect(() => {
    if (!awaitingPdfVerdict || tabId === null) return;
    const timer = setInterval(() => void refresh(tabId), VERDICT_POLL_MS);
    return () => clearInterval(timer);
  }, [awaitingPdfVerdict, tabId]);
  const webPage = status !== null && status.documentUri !== null;
  const canAnnotate = webPage && tabId !== null && !busy;

  // The button is the one thing to do here, so a keyboard user lands on it (Enter starts annotating);
  // on a PDF, "Open in the PDF viewer" comes first and takes the focus itself.
  const pdfShown = status?.pdf === true;
  useEffect(() => {
    if (webPage && !pdfShown) button.current?.focus();
  }, [webPage, pdfShown]);

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

  // On a PDF the viewer is the way to annotate, so it is the one primary action; starting the annotator
  // in the browser's own PDF viewer stays available beside it.
  const pdfTab = status?.pdf === true && status.documentUri !== null && tabId !== null;
  const annotateButton = (
    <button
      ref={button}
      type="button"
      class={pdfTab ? 'popup__button' : 'popup__button popup__button--primary'}
      data-testid="popup-annotate"
      disabled={!canAnnotate}
      aria-busy={busy}
      onClick={() => void annotate()}
    >
      {status?.annotating ? t('popup_showSidebarButton') : t('popup_annotateButton')}
    </button>
  );

  return (
    <main class="popup">
      <h1 class="popup__title">{t('extensionName')}</h1>
      <p class="popup__status" data-testid="popup-status" aria-live="polite">
        {statusText(phase)}
      </p>
      {status && <DetectionNote status={status} />}
      {webPage && status && (
        <ul class="popup__facts">
          <li data-testid="popup-count">{countText(status.count)}</li>
          {/* The viewer is the extension's own page: no site to allow there. */}
          {!status.viewer && (
            <li data-testid="popup-site">
              {status.siteGranted
                ? t('popup_siteGranted')
                : t('popup_siteNotGranted', t('popup_annotateButton'))}
            </li>
          )}
        </ul>
      )}
      <div class="popup__actions">
        {pdfTab && status.documentUri && tabId !== null && (
          <OpenInViewer tabId={tabId} documentUri={status.documentUri} />
        )}
        {annotateButton}
      </div>
      <p class="popup__error" role="alert" data-testid="popup-error">
        {error}
      </p>
      {webPage && status && tabId !== null && (
        <HighlightsToggle tabId={tabId} hidden={status.highlightsHidden} key={status.documentUri} />
      )}
      {status && status.count > 0 && tabId !== null && <AnnotationList tabId={tabId} total={status.count} />}
      <GroupActivity />
      <SearchPanel />
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
