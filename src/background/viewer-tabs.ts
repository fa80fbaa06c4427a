/**
 * Which PDF each viewer tab shows, as the viewer page itself registered it. A tab's document in the
 * viewer comes only from here, never from a field of the request, and never from a content script.
 */
import { VIEWER_PATH } from '../messaging/protocol.ts';
import { extensionUrl, sessionGet, sessionRemove, sessionSet } from './browser.ts';

export interface ViewerTabs {
  /** True for an address of our viewer page (any query). */
  isViewer(url: string): boolean;
  /** The viewer's address for a PDF at `file`. */
  urlFor(file: string): string;
  /** The document key the viewer in this tab registered, if any. */
  documentOf(tabId: number): Promise<string | undefined>;
  register(tabId: number, documentKey: string): Promise<void>;
  forget(tabId: number): Promise<void>;
}

const key = (tabId: number) => `viewer-tab:${tabId}`;

export function createViewerTabs(): ViewerTabs {
  const viewerUrl = extensionUrl(VIEWER_PATH);
  return {
    isViewer: (url) =>
      url === viewerUrl || url.startsWith(`${viewerUrl}?`) || url.startsWith(`${viewerUrl}#`),
    urlFor: (file) => `${viewerUrl}?file=${encodeURIComponent(file)}`,
    documentOf: (tabId) => sessionGet<string>(key(tabId)),
    register: (tabId, documentKey) => sessionSet(key(tabId), documentKey),
    forget: (tabId) => sessionRemove(key(tabId)),
  };
}
