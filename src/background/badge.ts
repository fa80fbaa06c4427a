import { findTab, setBadgeText } from './browser.ts';
import type { Services } from './services.ts';
import { tabDocument } from './tab-document.ts';

/** The toolbar badge text: the count while annotating or when there is something to come back to. */
export function badgeText(count: number, annotating: boolean): string {
  return annotating || count > 0 ? String(count) : '';
}

/**
 * Sets the tab's badge from the store. `url` saves a tab lookup when the caller already knows it; a tab
 * whose address we cannot see is left as it is.
 */
export async function updateBadge(services: Services, tabId: number, url?: string): Promise<void> {
  const { store, ports } = services;
  const address = url ?? (await findTab(tabId))?.url;
  if (address === undefined) return;
  const uri = await tabDocument(services, tabId, address);
  const count = uri ? await store.countForDocument(uri) : 0;
  await setBadgeText(tabId, badgeText(count, ports.has(tabId, 'annotator')));
}
