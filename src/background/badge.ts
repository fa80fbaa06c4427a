import { t } from '../i18n/messages.ts';
import { findTab, setBadgeText } from './browser.ts';
import type { Services } from './services.ts';
import { tabDocument } from './tab-document.ts';

/** Shown on a tab the detector took for an action plan, while there is no count to show ("PLAN"). */
export const planBadge = (): string => t('bg_planBadge');

/**
 * The toolbar badge text: the count while annotating or when there is something to come back to;
 * otherwise "PLAN" where the detector recognised an action plan.
 */
export function badgeText(count: number, annotating: boolean, plan = false): string {
  if (annotating || count > 0) return String(count);
  return plan ? planBadge() : '';
}

/** Each tab's badge update under way: the next one starts after it. */
const updating = new Map<number, Promise<void>>();

/**
 * Sets the tab's badge from the store. `url` saves a tab lookup when the caller already knows it; a tab
 * whose address we cannot see is left as it is. A tab's updates run one after the other, so that an
 * update begun earlier (and not waited for) never writes an older count over a later one.
 */
export function updateBadge(services: Services, tabId: number, url?: string): Promise<void> {
  const previous = updating.get(tabId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => setFromStore(services, tabId, url));
  updating.set(tabId, next);
  const forget = () => {
    if (updating.get(tabId) === next) updating.delete(tabId);
  };
  next.then(forget, forget);
  return next;
}

async function setFromStore(services: Services, tabId: number, url?: string): Promise<void> {
  const { store, ports, detections } = services;
  const address = url ?? (await findTab(tabId))?.url;
  if (address === undefined) return;
  const uri = await tabDocument(services, tabId, address);
  const [count, detection] = await Promise.all([
    uri ? store.countForDocument(uri) : 0,
    detections.get(tabId),
  ]);
  const plan = detection?.kind === 'action-plan';
  // "0" tells that the annotator was started on a page; the viewer is always annotating, so it says
  // nothing there (Firefox shows an extension page's badge, Chromium did not paint one).
  const annotating = ports.has(tabId, 'annotator') && !services.viewers.isViewer(address);
  await setBadgeText(tabId, badgeText(count, annotating, plan));
}
