import { describe, expect, it } from 'vitest';
import { describeErrors, parseWith } from '../../../src/core/model/validation.ts';
import { CursorSchema, etagOf, SyncWriteSchema, versionFromEtag } from '../../../src/core/sync/protocol.ts';

const ANNOTATION = {
  id: '6f1c2a52-5b1e-4c59-9a39-0a4f7f0c2d11',
  motivation: 'highlighting',
  target: {
    source: 'https://example.gov/plan.html',
    selector: [{ type: 'TextQuoteSelector', exact: 'Commitment 3' }],
  },
  body: { comment: '', tags: [] },
  document: { title: 'Plan' },
  visibility: 'private',
  created: '2026-01-31T12:00:00.000Z',
  modified: '2026-01-31T12:00:00.000Z',
};
const GROUP = '0b0e6a3e-7d3f-4a49-8c11-2f7c0d8d5e22';

function refusal(input: unknown): string {
  const parsed = parseWith(SyncWriteSchema, input);
  return parsed.ok ? 'accepted' : describeErrors(parsed.errors);
}

describe('SyncWriteSchema', () => {
  it('asks a group annotation for its group and a private one for none', () => {
    expect(refusal({ annotation: { ...ANNOTATION, visibility: 'group' } })).toBe(
      'group: a group annotation names its group',
    );
    expect(refusal({ annotation: ANNOTATION, group: GROUP })).toBe(
      'group: a private annotation names no group',
    );
    expect(refusal({ annotation: { ...ANNOTATION, visibility: 'public' }, group: GROUP })).toBe('accepted');
    expect(refusal({ annotation: { ...ANNOTATION, visibility: 'public' } })).toBe('accepted');
  });

  it('names fields of the annotation under `annotation.` and refuses unknown ones', () => {
    expect(refusal({ annotation: { ...ANNOTATION, id: 'x' }, creator: GROUP })).toBe(
      'annotation.id: must be a UUID; creator: is not a known field',
    );
  });
});

describe('ETags and cursors', () => {
  it('reads back the versions it writes, and nothing else', () => {
    expect(versionFromEtag(etagOf(42))).toBe(42);
    for (const header of ['W/"1"', '"0"', '1', '"1', '*', '"99999999999"'])
      expect(versionFromEtag(header)).toBeNull();
  });

  it('takes decimal cursors that fit a bigint', () => {
    expect(CursorSchema.safeParse('0').success).toBe(true);
    expect(CursorSchema.safeParse('123456789012345678').success).toBe(true);
    for (const bad of ['-1', '01', '1e3', '1234567890123456789', ''])
      expect(CursorSchema.safeParse(bad).success).toBe(false);
  });
});
