/**
 * What the detect content script reported for each tab, kept in `chrome.storage.session` so a stopped
 * service worker still knows it, and forgotten when the tab loads another page.
 */
import type { TabDetection } from '../messaging/protocol.ts';
import { sessionGet, sessionRemove, sessionSet } from './browser.ts';

export interface TabDetections {
  get(tabId: number): Promise<TabDetection | undefined>;
  set(tabId: number, detection: TabDetection): Promise<void>;
  forget(tabId: number): Promise<void>;
}

const key = (tabId: number) => `detection-tab:${tabId}`;

export function createTabDetections(): TabDetections {
  return {
    get: (tabId) => sessionGet<TabDetection>(key(tabId)),
    set: (tabId, detection) => sessionSet(key(tabId), detection),
    forget: (tabId) => sessionRemove(key(tabId)),
  };
}
