import type { AnnotationStore } from './annotation-store.ts';
import type { PortRegistry } from './port-registry.ts';

/** What the handlers and the tab watchers share; built once in index.ts, faked in tests. */
export interface Services {
  store: AnnotationStore;
  ports: PortRegistry;
}
