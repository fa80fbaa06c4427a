/** A fresh annotation store per test, on the in-memory IndexedDB of `fake-indexeddb`. */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { createAnnotationStore, type AnnotationStore } from '../../../../src/background/annotation-store.ts';
import type { Annotation } from '../../../../src/core/model/annotation.ts';

let databases = 0;

export async function freshStore(): Promise<AnnotationStore> {
  const store = createAnnotationStore(`plan-annotator-test-${++databases}`);
  await store.ready;
  return store;
}

export const PLAN = 'https://www.opengovpartnership.org/documents/plan-2025/';

/** A valid private annotation on PLAN; `overrides` change any field. */
export function note(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: randomUUID(),
    motivation: 'commenting',
    target: {
      source: PLAN,
      selector: [
        { type: 'TextQuoteSelector', exact: 'Open contracting', prefix: 'Commitment 1: ', suffix: '.' },
      ],
    },
    body: { comment: 'Milestone 1.1 is late.', tags: [] },
    document: { title: 'National Action Plan 2025-2027' },
    visibility: 'private',
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
    ...overrides,
  };
}
