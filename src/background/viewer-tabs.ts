/**
 * Which PDF each viewer tab shows, as the viewer page itself registered it. A tab's document in the
 * viewer comes only from here, never from a field of the request, and never from a content script.
 */
import type { EvidenceKind } from '../core/model/assessment.ts';
import { VIEWER_PATH } from '../messaging/protocol.ts';
import { extensionUrl, sessionGet, sessionRemove, sessionSet } from './browser.ts';

/** What the viewer said of its PDF, for citing it as evidence. */
export interface ViewerPdf {
  title: string;
  kind: EvidenceKind;
}

export interface ViewerTabs {
  /** True for an address of our viewer page (any query). */
  isViewer(url: string): boolean;
  /** The viewer's address for a PDF at `file`. */
  urlFor(file: string): string;
  /** The document key the viewer in this tab registered, if any. */
  documentOf(tabId: number): Promise<string | undefined>;
  /** The title and kind the viewer in this tab registered for its PDF, if any. */
  pdfOf(tabId: number): Promise<ViewerPdf | undefined>;
  register(tabId: number, documentKey: string, pdf?: ViewerPdf): Promise<void>;
  forget(tabId: number): Promise<void>;
}

const key = (tabId: number) => `viewer-tab:${tabId}`;
const pdfKey = (tabId: number) => `viewer-pdf:${tabId}`;

export function createViewerTabs(): ViewerTabs {
  const viewerUrl = extensionUrl(VIEWER_PATH);
  return {
    isViewer: (url) =>
      url === viewerUrl || url.startsWith(`${viewerUrl}?`) || url.startsWith(`${viewerUrl}#`),
    urlFor: (file) => `${viewerUrl}?file=${encodeURIComponent(file)}`,
    documentOf: (tabId) => sessionGet<string>(key(tabId)),
    pdfOf: (tabId) => sessionGet<ViewerPdf>(pdfKey(tabId)),
    async register(tabId, documentKey, pdf) {
      await sessionSet(key(tabId), documentKey);
      if (pdf) await sessionSet(pdfKey(tabId), pdf);
      else await sessionRemove(pdfKey(tabId));
    },
    async forget(tabId) {
      await sessionRemove(key(tabId));
      await sessionRemove(pdfKey(tabId));
    },
  };
}
