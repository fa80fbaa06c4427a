/** A fresh annotation store per test, on the in-memory IndexedDB of `fake-indexeddb`. */
import 'fake-indexeddb/auto';
import { createAnnotationStore, type AnnotationStore } from '../../../../src/background/annotation-store.ts';

let databases = 0;

export async function freshStore(): Promise<AnnotationStore> {
  const store = createAnnotationStore(`plan-annotator-test-${++databases}`);
  await store.ready;
  return store;
}

/** A valid private annotation (the integration suite's), on the page of PLAN; `overrides` change any field. */
export { annotation as note } from '../../../integration/support/api-client.ts';

export const PLAN = 'https://www.opengovpartnership.org/documents/plan-2025/';
