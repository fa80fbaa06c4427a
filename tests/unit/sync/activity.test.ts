import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { activityKindOf } from '../../../src/core/sync/activity.ts';
import type { SyncRecord } from '../../../src/core/sync/protocol.ts';

const annotation: Annotation = {
  id: '2c0b8f0e-9d7a-4f7e-8a55-3e6f2b1d4c00',
  motivation: 'commenting',
  target: { source: 'https://example.org/plan', selector: [] },
  body: { comment: 'Late.', tags: [] },
  document: { title: 'Plan' },
  visibility: 'group',
  created: '2026-01-31T12:00:00.000Z',
  modified: '2026-01-31T12:00:00.000Z',
};

function record(overrides: Partial<SyncRecord>, changes: Partial<Annotation> = {}): SyncRecord {
  return {
    id: annotation.id,
    annotation: { ...annotation, ...changes },
    group: '4c0b8f0e-9d7a-4f7e-8a55-3e6f2b1d4c00',
    creator: '5c0b8f0e-9d7a-4f7e-8a55-3e6f2b1d4c00',
    version: 1,
    seq: '7',
    deleted: false,
    hidden: false,
    ...overrides,
  };
}

describe('activityKindOf', () => {
  it('says what the latest write was', () => {
    expect(activityKindOf(record({}))).toBe('new');
    expect(activityKindOf(record({ version: 3 }))).toBe('edited');
    expect(activityKindOf(record({ version: 2 }, { motivation: 'replying', replyTo: annotation.id }))).toBe(
      'reply',
    );
    const assessed = { ...annotation.body, assessment: { completion: 'limited' } } as Annotation['body'];
    expect(activityKindOf(record({ version: 2 }, { motivation: 'assessing', body: assessed }))).toBe(
      'assessment',
    );
    expect(activityKindOf(record({ deleted: true, annotation: null, version: 4 }))).toBe('deleted');
  });
});
