import { describe, expect, it } from 'vitest';
import { AnnotationSchema, type Annotation } from '../../../src/core/model/annotation.ts';
import type { SyncRecord } from '../../../src/core/sync/protocol.ts';
import {
  CONFLICT_TAG,
  currentOf,
  privateCopyOf,
  resolveStale,
  sameContent,
} from '../../../src/background/sync/resolve-stale.ts';

const BASE: Annotation = {
  id: '6f1c2a52-5b1e-4c59-9a39-0a4f7f0c2d11',
  motivation: 'commenting',
  target: {
    source: 'https://example.gov/plan-2025.html',
    selector: [
      { type: 'TextQuoteSelector', exact: 'Open contracting', prefix: 'Commitment 1: ', suffix: '.' },
    ],
  },
  body: { comment: 'Milestone 1.1 is late.', tags: ['procurement'] },
  document: { title: 'National Action Plan' },
  visibility: 'group',
  created: '2026-01-31T12:00:00.000Z',
  modified: '2026-01-31T12:00:00.000Z',
};

const GROUP = '2c0b8f0e-9d7a-4f7e-8a55-3e6f2b1d4c00';
const CREATOR = '8a3e1c55-0f2b-4d6e-9c7a-5b4d3e2f1a00';
let ids = 0;
const newId = () => `0b0e6a3e-7d3f-4a49-8c11-${String(++ids).padStart(12, '0')}`;

function record(annotation: Annotation | null, overrides: Partial<SyncRecord> = {}): SyncRecord {
  return {
    id: BASE.id,
    annotation,
    group: GROUP,
    creator: CREATOR,
    version: 3,
    seq: '17',
    deleted: false,
    hidden: false,
    ...overrides,
  };
}

const at = (minute: number) => `2026-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const withComment = (annotation: Annotation, comment: string, minute: number): Annotation => ({
  ...annotation,
  body: { ...annotation.body, comment },
  modified: at(minute),
});

describe('resolveStale: a push met a newer version on the server', () => {
  it('keeps both sides when they changed different fields, and pushes the merge', () => {
    const local = withComment(BASE, 'Done in March.', 5);
    const remote: Annotation = { ...BASE, document: { title: 'NAP 2025-2027' }, modified: at(3) };
    const result = resolveStale(local, BASE, record(remote), newId);
    expect(result.kind).toBe('merged');
    if (result.kind !== 'merged') return;
    expect(result.copy).toBeNull();
    expect(result.settled).toBe(false);
    expect(result.merged.body.comment).toBe('Done in March.');
    expect(result.merged.document.title).toBe('NAP 2025-2027');
    expect(result.merged.modified).toBe(at(5));
  });

  it("keeps the server's value of a field both changed, and the local one as a tagged copy", () => {
    const local = withComment(BASE, 'Local words.', 5);
    const remote = withComment(BASE, 'Server words.', 4);
    const result = resolveStale(local, BASE, record(remote), newId);
    if (result.kind !== 'merged') throw new Error('expected a merge');
    expect(result.merged.body.comment).toBe('Server words.');
    expect(result.settled).toBe(true);
    expect(result.copy).not.toBeNull();
    expect(result.copy?.id).not.toBe(BASE.id);
    expect(result.copy?.body.comment).toBe('Local words.');
    expect(result.copy?.body.tags).toEqual(['procurement', CONFLICT_TAG]);
    expect(AnnotationSchema.safeParse(result.copy).success).toBe(true);
  });

  it('settles without a push when the server already holds the same content (a retried create)', () => {
    const result = resolveStale(BASE, null, record({ ...BASE, modified: at(1) }), newId);
    expect(result).toMatchObject({ kind: 'merged', settled: true, copy: null });
  });

  it('turns the edit into a copy when the server deleted the annotation or hides it', () => {
    const local = withComment(BASE, 'Still relevant.', 6);
    for (const current of [record(null, { deleted: true }), record(null, { hidden: true }), null]) {
      const result = resolveStale(local, BASE, current, newId);
      expect(result.kind).toBe('copy');
      if (result.kind === 'copy') {
        expect(result.copy.body.comment).toBe('Still relevant.');
        expect(result.copy.id).not.toBe(BASE.id);
      }
    }
  });

  it('merges an assessment added here with a comment changed there, valid as a whole', () => {
    const local: Annotation = {
      ...BASE,
      motivation: 'assessing',
      body: {
        ...BASE.body,
        assessment: {
          completion: 'limited',
          values: ['civic-participation'],
          impact: null,
          verifiable: true,
        },
      },
      modified: at(7),
    };
    const remote = withComment(BASE, 'Reworded on the other computer.', 6);
    const result = resolveStale(local, BASE, record(remote), newId);
    if (result.kind !== 'merged') throw new Error('expected a merge');
    expect(result.copy).toBeNull();
    expect(result.merged.motivation).toBe('assessing');
    expect(result.merged.body.assessment?.completion).toBe('limited');
    expect(result.merged.body.comment).toBe('Reworded on the other computer.');
    expect(AnnotationSchema.safeParse(result.merged).success).toBe(true);
  });

  it('falls back to the server record plus a copy when field merges would make an invalid record', () => {
    // Here an assessment is added (motivation "assessing"), there the motivation changes to "highlighting".
    const local: Annotation = {
      ...BASE,
      motivation: 'assessing',
      body: {
        ...BASE.body,
        assessment: { completion: 'complete', values: [], impact: 'minor', verifiable: false },
      },
      modified: at(8),
    };
    const remote: Annotation = { ...BASE, motivation: 'highlighting', modified: at(7) };
    const result = resolveStale(local, BASE, record(remote), newId);
    if (result.kind !== 'merged') throw new Error('expected a merge');
    expect(result.merged).toEqual(remote);
    expect(result.copy?.body.assessment?.completion).toBe('complete');
    expect(AnnotationSchema.safeParse(result.copy).success).toBe(true);
  });

  it('drops a removed optional field instead of leaving it undefined (strict schemas)', () => {
    const withCommitment: Annotation = {
      ...BASE,
      body: {
        ...BASE.body,
        commitment: { ordinal: 2, label: '2', title: 'Open contracting', linkedBy: 'auto' },
      },
    };
    const local: Annotation = { ...BASE, modified: at(9) };
    const remote = withComment(withCommitment, 'Server comment.', 8);
    const result = resolveStale(local, withCommitment, record(remote), newId);
    if (result.kind !== 'merged') throw new Error('expected a merge');
    expect('commitment' in result.merged.body).toBe(false);
    expect(result.merged.body.comment).toBe('Server comment.');
  });
});

describe('an edit the server refused for good', () => {
  it('is kept as a private copy of its own, tagged, whatever the visibility of the record it edited', () => {
    const edited: Annotation = { ...BASE, body: { ...BASE.body, comment: 'Bob thinks it is on time.' } };
    const copy = privateCopyOf(edited, newId);
    expect(copy.id).not.toBe(BASE.id);
    expect(copy.visibility).toBe('private');
    expect(copy.body.comment).toBe('Bob thinks it is on time.');
    expect(copy.body.tags).toEqual(['procurement', CONFLICT_TAG]);
    expect(AnnotationSchema.safeParse(copy).success).toBe(true);
  });
});

describe("the server's current record in a 412", () => {
  it('is gone only when the server says `current: null`', () => {
    expect(currentOf({ current: null })).toBeNull();
    expect(currentOf({ current: record(BASE) })).toEqual(record(BASE));
  });

  it('is an error to retry when the body holds no readable record', () => {
    expect(() => currentOf({})).toThrow(/412/);
    expect(() => currentOf({ current: { id: 'not a record' } })).toThrow(/412/);
  });
});

describe('a delete made on an old version', () => {
  it('goes ahead only over the content it was made on, whatever `modified` says', () => {
    expect(sameContent({ ...BASE, modified: '2026-02-01T00:00:00.000Z' }, BASE)).toBe(true);
    expect(sameContent({ ...BASE, body: { ...BASE.body, comment: 'Edited on the laptop.' } }, BASE)).toBe(
      false,
    );
    expect(sameContent(BASE, null)).toBe(false);
  });
});
