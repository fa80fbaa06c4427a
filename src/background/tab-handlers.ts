/** What the popup asks about a tab: its status, and "annotate this page". */
import { documentUri, originPattern } from '../core/document/document-uri.ts';
import { injectAnnotator } from './annotator-injection.ts';
import { updateBadge } from './badge.ts';
import { findTab, siteAllowed } from './browser.ts';
import { describeInjectionFailure, offLimits } from './injection-failure.ts';
import { t } from '../i18n/messages.ts';
import { looksLikePdf } from '../core/document/pdf-address.ts';
import { RequestError } from './request-error.ts';
import type { Handlers, RequestContext } from './router.ts';
import type { Services } from './services.ts';
import { authorship } from './sync/authorship.ts';
import { highlightsHidden as hiddenOn } from './highlight-visibility.ts';
import { tabDocument } from './tab-document.ts';
import { TAB_ANNOTATIONS_LIMIT, type TabStatus } from '../messaging/protocol.ts';

type TabHandlers = Pick<Handlers, 'tab.status' | 'tab.annotate' | 'tab.annotations'>;

/** How long the annotator may take to read a long page and connect after it was injected. */
const ANNOTATOR_START_MS = 10_000;

export function tabHandlers(services: Services): TabHandlers {
  const { store, ports } = services;
  return {
    async 'tab.status'({ tabId }, ctx) {
      requirePopup(ctx);
      const tab = await requireTab(tabId);
      const uri = tab.url === undefined ? null : await tabDocument(services, tabId, tab.url);
      const pattern = tab.url === undefined ? null : originPattern(tab.url);
      const [count, siteGranted, detection, highlightsHidden] = await Promise.all([
        uri ? store.countForDocument(uri) : 0,
        pattern ? siteAllowed(pattern) : false,
        services.detections.get(tabId),
        uri ? hiddenOn(uri) : false,
      ]);
      const pdf = tab.url !== undefined && documentUri(tab.url) !== null && looksLikePdf(tab.url);
      const status: TabStatus = {
        documentUri: uri,
        annotating: ports.has(tabId, 'annotator'),
        count,
        siteGranted,
        highlightsHidden,
        pdf,
      };
      if (tab.url !== undefined && services.viewers.isViewer(tab.url)) status.viewer = true;
      if (detection) status.detection = detection;
      return status;
    },

    async 'tab.annotations'({ tabId }, ctx) {
      requirePopup(ctx);
      const tab = await requireTab(tabId);
      const uri = tab.url === undefined ? null : await tabDocument(services, tabId, tab.url);
      if (uri === null) return { annotations: [] };
      const all = await store.listForDocument(uri);
      // ISO dates in UTC sort as text; the id breaks ties so the order never depends on the store's.
      all.sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id));
      const annotations = all.slice(0, TAB_ANNOTATIONS_LIMIT);
      return { annotations, ...(await authorship(services.sync, annotations)) };
    },

    async 'tab.annotate'({ tabId }, ctx) {
      requirePopup(ctx);
      return startAnnotating(services, tabId);
    },
  };
}

/**
 * Starts the annotator in a tab and shows its sidebar, as the popup's "Annotate this page" does (and a
 * keyboard shortcut, for which the browser grants the same one-time access to the tab).
 */
export async function startAnnotating(services: Services, tabId: number): Promise<{ documentUri: string }> {
  const { ports } = services;
  const tab = await requireTab(tabId);
  if (tab.url !== undefined && services.viewers.isViewer(tab.url)) {
    // The viewer is its own annotator: it only needs to show its sidebar.
    if (!ports.post(tabId, 'annotator', { type: 'annotator.show' })) {
      throw new RequestError('unavailable', t('bg_viewerOpening'));
    }
    return { documentUri: (await tabDocument(services, tabId, tab.url)) ?? tab.url };
  }
  if (tab.url !== undefined && documentUri(tab.url) === null)
    throw new RequestError('forbidden', offLimits());
  // A running annotator only needs to show its sidebar; it would ignore a second start anyway.
  if (!ports.has(tabId, 'annotator')) {
    try {
      await injectAnnotator(tabId);
    } catch (error) {
      throw new RequestError('forbidden', describeInjectionFailure(error, tab.url));
    }
  }
  if (!(await ports.waitFor(tabId, 'annotator', ANNOTATOR_START_MS))) {
    throw new RequestError('unavailable', t('bg_annotatorDidNotStart'));
  }
  ports.post(tabId, 'annotator', { type: 'annotator.show' });
  // Injection worked, so the tab's address is visible to us now even if it was hidden before.
  const url = tab.url ?? (await findTab(tabId))?.url;
  const uri = url === undefined ? null : documentUri(url);
  if (uri === null) throw new RequestError('forbidden', offLimits());
  await updateBadge(services, tabId, url);
  return { documentUri: uri };
}

async function requireTab(tabId: number): Promise<{ id: number; url: string | undefined }> {
  const tab = await findTab(tabId);
  if (!tab) throw new RequestError('not-found', t('bg_tabClosed'));
  return tab;
}

/**
 * Only the popup speaks about other tabs by number. The sidebar is an extension page too, but it is
 * framed into pages we do not trust, so it may speak only about its own tab.
 */
export function requirePopup(ctx: RequestContext): void {
  const path = ctx.sender.url === undefined ? '' : new URL(ctx.sender.url).pathname;
  if (path !== '/popup/popup.html') {
    // Only a bug of ours or a hostile frame gets here: in English, for developers.
    throw new RequestError('forbidden', 'Only the toolbar popup may ask about other tabs.');
  }
}
