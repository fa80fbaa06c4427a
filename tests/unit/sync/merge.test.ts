import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { mergeAnnotations, mergeTags, sameValue } from '../../../src/core/sync/merge.ts';

const BASE: Annotation = {
  id: '6f1c2a52-5b1e-4c59-9a39-0a4f7f0c2d11',
  motivation: 'commenting',
  target: {
    source: 'https://example.gov/plan-2025.html',
    selector: [
      { type: 'TextQuoteSelector', exact: 'Open contracting', prefix: 'Commitment 1: ', suffix: '.' },
    ],
  },
  body: { comment: 'Milestone 1.1 is late.', tags: ['procurement', 'late'] },
  document: { title: 'National Action Plan' },
  visibility: 'group',
  created: '2026-01-31T12:00:00.000Z',
  modified: '2026-01-31T12:00:00.000Z',
};

const COPY_ID = '0b0e6a3e-7d3f-4a49-8c11-2f7c0d8d5e22';
const newId = () => COPY_ID;

function edit(annotation: Annotation, changes: Partial<Annotation>, modified: string): Annotation {
  return { ...annotation, ...changes, modified };
}

describe('mergeAnnotations', () => {
  it('takes each side’s change to a different field, without conflict', () => {
    const local = edit(
      BASE,
      { body: { ...BASE.body, comment: 'Done in March.' } },
      '2026-02-01T10:00:00.000Z',
    );
    const remote = edit(BASE, { document: { title: 'NAP 2025-2027' } }, '2026-02-01T09:00:00.000Z');
    const result = mergeAnnotations(BASE, local, remote, newId);
    expect(result.conflicts).toEqual([]);
    expect(result.conflictCopy).toBeNull();
    expect(result.merged.body.comment).toBe('Done in March.');
    expect(result.merged.document.title).toBe('NAP 2025-2027');
    expect(result.merged.modified).toBe('2026-02-01T10:00:00.000Z');
  });

  it('keeps the remote value of a field both changed and returns the local record as a conflict copy', () => {
    const local = edit(BASE, { body: { ...BASE.body, comment: 'Local view.' } }, '2026-02-01T10:00:00.000Z');
    const remote = edit(
      BASE,
      { body: { ...BASE.body, comment: 'Remote view.' } },
      '2026-02-01T11:00:00.000Z',
    );
    const result = mergeAnnotations(BASE, local, remote, newId);
    expect(result.merged.body.comment).toBe('Remote view.');
    expect(result.conflicts).toEqual([
      { field: 'body.comment', local: 'Local view.', remote: 'Remote view.' },
    ]);
    expect(result.conflictCopy).toEqual({ ...local, id: COPY_ID });
  });

  it('sees no conflict when both sides made the same change', () => {
    const change = { visibility: 'public' as const };
    const result = mergeAnnotations(
      BASE,
      edit(BASE, change, BASE.modified),
      edit(BASE, change, BASE.modified),
      newId,
    );
    expect(result.conflicts).toEqual([]);
    expect(result.merged.visibility).toBe('public');
  });

  it('merges tags as sets: additions from both sides stay, a removal on either side holds', () => {
    const local = edit(
      BASE,
      { body: { ...BASE.body, tags: ['procurement', 'late', 'budget'] } },
      BASE.modified,
    );
    const remote = edit(BASE, { body: { ...BASE.body, tags: ['procurement', 'irm'] } }, BASE.modified);
    const result = mergeAnnotations(BASE, local, remote, newId);
    expect(result.merged.body.tags).toEqual(['procurement', 'irm', 'budget']);
    expect(result.conflicts).toEqual([]);
  });

  it('treats every difference as a conflict without a base', () => {
    const local = edit(BASE, { motivation: 'highlighting' }, BASE.modified);
    const result = mergeAnnotations(null, local, BASE, newId);
    expect(result.conflicts.map((c) => c.field)).toEqual(['motivation']);
    expect(result.merged.motivation).toBe('commenting');
    expect(result.conflictCopy?.motivation).toBe('highlighting');
  });

  it('compares targets by value, whatever the key order', () => {
    const reordered: Annotation = {
      ...BASE,
      target: { selector: BASE.target.selector, source: BASE.target.source },
    };
    expect(mergeAnnotations(BASE, reordered, BASE, newId).conflicts).toEqual([]);
  });

  it('leaves the inputs untouched', () => {
    const local = edit(BASE, { body: { ...BASE.body, comment: 'x' } }, BASE.modified);
    const before = JSON.stringify([BASE, local]);
    mergeAnnotations(BASE, local, BASE, newId);
    expect(JSON.stringify([BASE, local])).toBe(before);
  });
});

describe('mergeTags', () => {
  it('does not bring back a tag both removed, nor repeat one both added', () => {
    expect(mergeTags(['a', 'b'], ['c'], ['c', 'd'])).toEqual(['c', 'd']);
  });
});

describe('sameValue', () => {
  it('tells arrays from objects and compares nested values', () => {
    expect(sameValue([1, { a: 2 }], [1, { a: 2 }])).toBe(true);
    expect(sameValue({ 0: 1 }, [1])).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(true);
  });
});
