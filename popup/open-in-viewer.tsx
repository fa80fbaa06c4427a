/**
 * The PDF part of the popup: "Open in the PDF viewer" on a tab showing a PDF, and the setting that opens
 * plan PDFs there by themselves.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../src/i18n/messages.ts';
import { OPEN_PLAN_PDFS_SETTING, VIEWER_PATH } from '../src/messaging/protocol.ts';

/**
 * The viewer's address for the PDF a tab shows. The tab's own address keeps `#page=N` (Chrome's viewer
 * writes it), so the viewer opens at the same page; `documentUri` is the fallback without it.
 */
async function viewerAddressFor(tabId: number, documentUri: string): Promise<string> {
  const tab = await chrome.tabs.get(tabId).catch(() => undefined);
  const file = tab?.url?.startsWith(documentUri) ? tab.url : documentUri;
  return `${chrome.runtime.getURL(VIEWER_PATH)}?file=${encodeURIComponent(file)}`;
}

export function OpenInViewer({ tabId, documentUri }: { tabId: number; documentUri: string }) {
  const [error, setError] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  // The one primary action on a PDF: a keyboard user lands on it (Enter opens the viewer).
  useEffect(() => button.current?.focus(), []);
  const open = async () => {
    try {
      await chrome.tabs.update(tabId, { url: await viewerAddressFor(tabId, documentUri) });
      window.close();
    } catch (reason) {
      setError(t('popup_openViewerFailed', String(reason)));
    }
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        class="popup__button popup__button--primary"
        data-testid="popup-open-viewer"
        onClick={() => void open()}
      >
        {t('popup_openViewer')}
      </button>
      {error && <p class="popup__error">{error}</p>}
    </>
  );
}

export function AutoOpenSetting() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void chrome.storage.local
      .get(OPEN_PLAN_PDFS_SETTING)
      .then((found) => setOn(found[OPEN_PLAN_PDFS_SETTING] === true));
  }, []);
  return (
    <label class="popup__setting">
      <input
        type="checkbox"
        data-testid="popup-auto-open"
        checked={on === true}
        disabled={on === null}
        onChange={(event) => {
          const value = event.currentTarget.checked;
          setOn(value);
          void chrome.storage.local.set({ [OPEN_PLAN_PDFS_SETTING]: value });
        }}
      />{' '}
      {t('popup_autoOpen')}
    </label>
  );
}
