import { updateBadge } from './badge.ts';
import { findTab } from './browser.ts';
import type { Services } from './services.ts';
import { tabDocument } from './tab-document.ts';

/**
 * Tells the annotator and the sidebar of every tab showing `uri` to read its list again, and refreshes
 * those tabs' badges. Tabs are looked up now rather than remembered, since a page may change its
 * address without reconnecting.
 */
export async function announceChange(services: Services, uri: string): Promise<void> {
  const { ports } = services;
  await Promise.all(
    ports.tabs().map(async (tabId) => {
      const tab = await findTab(tabId);
      if (!tab || (await tabDocument(services, tabId, tab.url)) !== uri) return;
      const url = tab.url;
      ports.post(tabId, 'annotator', { type: 'annotations.changed' });
      ports.post(tabId, 'sidebar', { type: 'annotations.changed' });
      await updateBadge(services, tabId, url);
    }),
  );
}
