import { describe, expect, it } from 'vitest';
import { senderKindOf } from '../../../src/background/router.ts';
import { senderDocument } from '../../../src/background/sender-document.ts';
import type { ViewerTabs } from '../../../src/background/viewer-tabs.ts';
import { checkRequest } from '../../../src/background/router.ts';

const extension = { id: 'ext', origin: 'chrome-extension://ext/' };
const viewerUrl = 'chrome-extension://ext/src/viewer/viewer.html';
const key = 'urn:x-pdf:0123456789abcdef0123456789abcdef';

/** A registry that knows one viewer tab, 7. */
const viewers: ViewerTabs = {
  isViewer: (url) => url.startsWith(viewerUrl),
  urlFor: (file) => `${viewerUrl}?file=${encodeURIComponent(file)}`,
  documentOf: async (tabId) => (tabId === 7 ? key : undefined),
  pdfOf: async () => undefined,
  register: async () => undefined,
  forget: async () => undefined,
};
const tab = (id: number, url: string | undefined) => ({ id, url }) as chrome.tabs.Tab;

describe('the PDF viewer as a sender', () => {
  it('is told from other pages by its path', () => {
    expect(senderKindOf({ id: 'ext', url: `${viewerUrl}?file=x` }, extension)).toBe('viewer');
    expect(
      senderKindOf({ id: 'ext', url: 'chrome-extension://ext/src/sidebar/sidebar.html' }, extension),
    ).toBe('page');
    // A web page at the same path is a content script's page, never the viewer.
    expect(
      senderKindOf(
        { id: 'ext', url: 'https://evil.example/src/viewer/viewer.html', tab: tab(3, undefined) },
        extension,
      ),
    ).toBe('content');
  });

  it('may list, save and relay, but not ask for other tabs', () => {
    expect(checkRequest({ type: 'annotations.list', payload: {} }, 'viewer').ok).toBe(true);
    expect(checkRequest({ type: 'tab.status', payload: { tabId: 1 } }, 'viewer').ok).toBe(false);
  });

  it("gets its tab's document from its own registration, and so does its sidebar", async () => {
    const fromViewer = await senderDocument(
      { viewers },
      { sender: { id: 'ext', url: viewerUrl, tab: tab(7, viewerUrl) }, kind: 'viewer' },
    );
    expect(fromViewer).toEqual({ tabId: 7, uri: key });
    const fromSidebar = await senderDocument(
      { viewers },
      {
        sender: { id: 'ext', url: 'chrome-extension://ext/src/sidebar/sidebar.html', tab: tab(7, viewerUrl) },
        kind: 'page',
      },
    );
    expect(fromSidebar.uri).toBe(key);
  });

  it('refuses a content script whose tab address is hidden, even in a registered tab', async () => {
    await expect(
      senderDocument(
        { viewers },
        { sender: { id: 'ext', tab: tab(7, undefined), frameId: 1 }, kind: 'content' },
      ),
    ).rejects.toThrow(/web pages/);
    // An unregistered viewer tab has no document yet.
    await expect(
      senderDocument(
        { viewers },
        { sender: { id: 'ext', url: viewerUrl, tab: tab(8, viewerUrl) }, kind: 'viewer' },
      ),
    ).rejects.toThrow(/not opened a PDF/);
  });
});
