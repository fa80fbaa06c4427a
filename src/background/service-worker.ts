/**
 * The service worker. Every listener is added synchronously on start, because the browser only wakes a
 * worker for events that had a listener the last time it ran; handlers then wait for the one `ready`
 * promise (the database) before they touch anything.
 */
import { annotationHandlers } from './annotation-handlers.ts';
import { acceptPort } from './accept-port.ts';
import { createAnnotationStore } from './annotation-store.ts';
import { updateBadge } from './badge.ts';
import { extensionIdentity, onConnect, onMessage, onTabUpdated } from './browser.ts';
import { restoreHighlights } from './highlight-restore.ts';
import { PortRegistry } from './port-registry.ts';
import { relayHandlers } from './relay-handlers.ts';
import { createRouter } from './router.ts';
import type { Services } from './services.ts';
import { tabHandlers } from './tab-handlers.ts';

const extension = extensionIdentity();
const store = createAnnotationStore();
const ports = new PortRegistry<chrome.runtime.Port>();
const services: Services = { store, ports };
const ready = store.ready;
ready.catch((error: unknown) => console.error('Plan Annotator: the annotation database did not open', error));

const route = createRouter({
  handlers: { ...annotationHandlers(services), ...relayHandlers(services), ...tabHandlers(services) },
  ready,
  extension,
});

onMessage(route);

onConnect((port) =>
  acceptPort(port, ports, extension, (tabId, role) => {
    // The badge shows a count while the annotator runs, so it follows the annotator's coming and going.
    if (role === 'annotator') void ready.then(() => updateBadge(services, tabId)).catch(logFailure);
    // A sidebar that arrives after the annotator anchored has missed the states; ask for them again.
    if (role === 'sidebar' && ports.has(tabId, 'sidebar')) {
      ports.post(tabId, 'annotator', { type: 'relay.annotator', event: { type: 'anchors.request' } });
    }
  }),
);

onTabUpdated((tabId, change, url) => {
  if (url === undefined) return;
  void (async () => {
    await ready;
    // A page that changes its address in place keeps its annotator: tell it the document changed.
    if (change.urlChanged) {
      ports.post(tabId, 'annotator', { type: 'annotations.changed' });
      ports.post(tabId, 'sidebar', { type: 'annotations.changed' });
    }
    if (change.complete) await restoreHighlights(services, tabId, url);
    if (change.complete || change.urlChanged) await updateBadge(services, tabId, url);
  })().catch(logFailure);
});

function logFailure(error: unknown): void {
  console.error('Plan Annotator: background task failed', error);
}
