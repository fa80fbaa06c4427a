/**
 * The service worker. Every listener is added synchronously on start, because the browser only wakes a
 * worker for events that had a listener the last time it ran; handlers then wait for the one `ready`
 * promise (the database) before they touch anything.
 */
import { annotationHandlers } from './annotation-handlers.ts';
import { createLinkFollower, linkHandlers } from './annotation-links.ts';
import { acceptPort } from './accept-port.ts';
import { createAnnotationStore } from './annotation-store.ts';
import { updateBadge } from './badge.ts';
import {
  extensionIdentity,
  localSetting,
  navigateTab,
  onCommand,
  onConnect,
  onMessage,
  onTabUpdated,
} from './browser.ts';
import { restoreHighlights } from './highlight-restore.ts';
import { followInvitation } from './invitation-links.ts';
import { highlightVisibilityHandlers } from './highlight-visibility.ts';
import { activityHandlers } from './activity-handlers.ts';
import { PortRegistry } from './port-registry.ts';
import { relayHandlers } from './relay-handlers.ts';
import { createRouter } from './router.ts';
import type { Services } from './services.ts';
import { looksLikePlanPdf } from '../core/document/pdf-address.ts';
import { tabHandlers } from './tab-handlers.ts';
import { registerViewer } from './viewer-registration.ts';
import { createViewerTabs } from './viewer-tabs.ts';
import { createTabDetections } from './tab-detections.ts';
import { detectHandlers } from './detect-handlers.ts';
import { tagHandlers } from './tag-handlers.ts';
import { commitmentHandlers } from './commitment-handlers.ts';
import { planHandlers } from './plan-handlers.ts';
import { PlanSharing } from './plan-sharing.ts';
import { PlanStore } from './plan-store.ts';
import { evidenceHandlers } from './evidence-handlers.ts';
import { exportHandlers } from './export-handlers.ts';
import { searchHandlers } from './search-handlers.ts';
import { watchDetectEverywhere } from './detect-everywhere.ts';
import { siteHandlers } from './site-handlers.ts';
import { runCommand } from './commands.ts';
import { announceChange } from './document-events.ts';
import { syncHandlers } from './sync/handlers.ts';
import { moderationHandlers } from './sync/moderation.ts';
import { SyncEngine } from './sync/sync-engine.ts';
import { OPEN_PLAN_PDFS_SETTING, type BackgroundEvent } from '../messaging/protocol.ts';

const extension = extensionIdentity();
const store = createAnnotationStore();
const ports = new PortRegistry<chrome.runtime.Port>();
const viewers = createViewerTabs();
const detections = createTabDetections();
const sync = new SyncEngine(store, (uris) => {
  for (const uri of uris) void announceChange(services, uri).catch(logFailure);
});
const plans = new PlanSharing(new PlanStore());
const services: Services = { store, ports, viewers, detections, sync, plans };
const links = createLinkFollower(services);
const ready = store.ready;
ready.catch((error: unknown) => console.error('Plan Annotator: the annotation database did not open', error));

const route = createRouter({
  handlers: {
    ...annotationHandlers(services),
    ...relayHandlers(services),
    ...tabHandlers(services),
    ...detectHandlers(services),
    ...syncHandlers(sync, () => {
      // An open sidebar offers new annotations the settings' visibility and group: let it read them again.
      for (const tabId of ports.tabs()) ports.post(tabId, 'sidebar', { type: 'annotations.changed' });
    }),
    ...moderationHandlers(sync),
    ...tagHandlers(services),
    ...commitmentHandlers(services),
    ...planHandlers(services),
    ...evidenceHandlers(services),
    ...exportHandlers(services),
    ...searchHandlers(services),
    ...siteHandlers(),
    ...highlightVisibilityHandlers(services),
    ...activityHandlers(),
    ...linkHandlers(services),
  },
  ready,
  extension,
});

onMessage(route);

// The outbox, alarms and event stream: listeners now, then a first round once the database is open.
sync.listen();
void ready.then(() => sync.resume()).catch(logFailure);
watchDetectEverywhere(logFailure);
onCommand((command, tabId) => {
  void ready.then(() => runCommand(services, command, tabId)).catch(logFailure);
});

onConnect((port) =>
  acceptPort(
    port,
    ports,
    extension,
    (tabId, role) => {
      // The badge shows a count while the annotator runs, so it follows the annotator's coming and going.
      if (role === 'annotator') void ready.then(() => updateBadge(services, tabId)).catch(logFailure);
      // A tab opened from an annotation's link shows that annotation once its annotator is there.
      if (role === 'annotator' && ports.has(tabId, 'annotator'))
        void ready.then(() => links.annotatorConnected(tabId)).catch(logFailure);
      // A sidebar that arrives after the annotator anchored has missed the states; ask for them again.
      if (role === 'sidebar' && ports.has(tabId, 'sidebar')) {
        ports.post(tabId, 'annotator', { type: 'relay.annotator', event: { type: 'anchors.request' } });
      }
    },
    (tabId, port, message) => {
      const reply = (event: BackgroundEvent) => {
        try {
          port.postMessage(event);
        } catch {
          // The viewer closed before the answer; it announces again when it opens.
        }
      };
      void ready.then(() => registerViewer(services, tabId, reply, message)).catch(logFailure);
    },
  ),
);

onTabUpdated((tabId, change, url) => {
  // A tab leaving the viewer no longer shows its PDF; the viewer registers again when it reloads.
  if (change.loading && (url === undefined || !viewers.isViewer(url))) {
    void viewers.forget(tabId).catch(logFailure);
  }
  // The detector's verdict was about the page the tab is leaving; the next page reports its own.
  if (change.loading) void detections.forget(tabId).catch(logFailure);
  if (url === undefined) return;
  void (async () => {
    await ready;
    // An annotation's link on the sync server opens its document instead (annotation-links.ts).
    if (change.loading && change.urlChanged) await links.navigating(tabId, url);
    // A group's invitation link opens the settings ready to join (invitation-links.ts).
    if (change.loading && change.urlChanged && (await followInvitation(tabId, url))) return;
    if (change.loading && change.urlChanged && (await shouldOpenInViewer(url))) {
      await navigateTab(tabId, viewers.urlFor(url));
      return;
    }
    // A page that changes its address in place keeps its annotator: tell it the document changed.
    if (change.urlChanged) {
      ports.post(tabId, 'annotator', { type: 'annotations.changed' });
      ports.post(tabId, 'sidebar', { type: 'annotations.changed' });
    }
    if (change.complete) await links.loaded(tabId, url);
    if (change.complete) await restoreHighlights(services, tabId, url);
    if (change.complete || change.urlChanged) await updateBadge(services, tabId, url);
  })().catch(logFailure);
});

/**
 * The "open plan PDFs in the viewer" setting. It needs no permission of its own: the tab's address is
 * only visible here on sites the user granted, which is where this can act.
 */
async function shouldOpenInViewer(url: string): Promise<boolean> {
  if (!looksLikePlanPdf(url)) return false;
  return localSetting(OPEN_PLAN_PDFS_SETTING, false);
}

function logFailure(error: unknown): void {
  console.error('Plan Annotator: background task failed', error);
}
