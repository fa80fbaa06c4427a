import type { AnnotationStore } from './annotation-store.ts';
import type { PlanSharing } from './plan-sharing.ts';
import type { PortRegistry } from './port-registry.ts';
import type { TabDetections } from './tab-detections.ts';
import type { ViewerTabs } from './viewer-tabs.ts';
import type { SyncEngine } from './sync/sync-engine.ts';

/** What the handlers and the tab watchers share; built once in service-worker.ts, faked in tests. */
export interface Services {
  store: AnnotationStore;
  ports: PortRegistry;
  viewers: ViewerTabs;
  detections: TabDetections;
  /** The sync engine; absent in tests that do not sync. */
  sync?: SyncEngine;
  /** Plans shared with the user's group; absent in tests that do not share. */
  plans?: PlanSharing;
}
