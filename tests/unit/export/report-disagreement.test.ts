import { describe, expect, it } from 'vitest';
import type { MetaOf } from '../../../src/core/export/export-meta.ts';
import { toMarkdownReport } from '../../../src/core/export/markdown-report.ts';
import { readableDay, readableInstant } from '../../../src/core/export/reader-date.ts';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { disagreementOf } from '../../../src/core/model/reviewer-levels.ts';
import { must } from '../../support/must.ts';
import { ALL_RECORDS, ASSESSED, UNSUPPORTED } from './sample-records.ts';

/** An assessment of its own passage, linked to no commitment. */
function unlinked(record: Annotation, id: string, start: number): Annotation {
  const { commitment: _none, ...body } = record.body;
  return {
    ...record,
    id,
    body,
    target: {
      ...record.target,
      selector: [
        { type: 'TextQuoteSelector', exact: `passage ${start}` },
        { type: 'TextPositionSelector', start, end: start + 9 },
      ],
    },
  };
}

const ONE = unlinked(ASSESSED, '00000000-0000-4000-8000-000000000001', 10);
const TWO = unlinked(UNSUPPORTED, '00000000-0000-4000-8000-000000000002', 400);
const byId =
  (names: Record<string, string>): MetaOf =>
  (r) => {
    const name = names[r.id];
    return name ? { creator: { id: `urn:uuid:${name}`, name } } : {};
  };

describe('Markdown report: a disagreement is between reviewers on one commitment', () => {
  it("finds none in one reviewer's two assessments of two passages linked to no commitment", () => {
    // A local export knows no authors; before, each assessment counted as a reviewer of its own.
    expect(ONE.body.assessment?.completion).not.toBe(TWO.body.assessment?.completion);
    expect(toMarkdownReport([ONE, TWO])).not.toContain('Disagreement');
    expect(toMarkdownReport([ONE, TWO], { metaOf: () => ({ creator: { id: 'urn:uuid:a' } }) })).not.toContain(
      'Disagreement',
    );
  });

  it('finds none between two reviewers whose assessments are linked to no commitment', () => {
    const report = toMarkdownReport([ONE, TWO], { metaOf: byId({ [ONE.id]: 'Ana', [TWO.id]: 'Bo' }) });
    expect(report).toContain('### Other annotations');
    expect(report).not.toContain('Disagreement');
  });

  it('counts only the latest assessment of each reviewer', () => {
    // Ana said "limited" and later "substantial"; Bo says "substantial": they agree now.
    const anaEarlier = { ...UNSUPPORTED, id: '00000000-0000-4000-8000-000000000003' };
    const bo: Annotation = {
      ...ASSESSED,
      id: '00000000-0000-4000-8000-000000000004',
      modified: '2026-11-19T00:00:00.000Z',
    };
    const anaLater: Annotation = { ...ASSESSED, modified: '2026-11-25T00:00:00.000Z' };
    const names = byId({ [anaEarlier.id]: 'Ana', [anaLater.id]: 'Ana', [bo.id]: 'Bo' });
    expect(toMarkdownReport([anaEarlier, anaLater, bo], { metaOf: names })).not.toContain('Disagreement');
    // Bo's latest differs from Ana's latest: a disagreement, naming each latest once (report order).
    const boLimited = { ...bo, body: { ...bo.body, assessment: must(UNSUPPORTED.body.assessment) } };
    const report = toMarkdownReport([anaEarlier, anaLater, boLimited], { metaOf: names });
    expect(report).toContain(
      '**Disagreement:** reviewers give different completion levels: limited (Bo); substantial (Ana).',
    );
  });

  it('finds none when the creator is unknown for every assessment of a commitment', () => {
    expect(toMarkdownReport([ASSESSED, UNSUPPORTED])).not.toContain('Disagreement');
  });
});

describe('Markdown report: dates for a reader', () => {
  const report = toMarkdownReport(ALL_RECORDS, {
    metaOf: () => ({ creator: { id: 'urn:uuid:a', name: 'Ana' } }),
  });

  it('writes no ISO timestamp or ISO date anywhere', () => {
    expect(report).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('writes when each entry was last changed, in UTC, and evidence days in words', () => {
    expect(report).toContain('*Ana, 20 November 2026, 09:30 UTC, group*');
    expect(report).toContain('(dataset, published 2 April 2025, accessed 20 November 2026)');
  });

  it('words days and instants the same way everywhere', () => {
    expect(readableDay('2026-12-07')).toBe('7 December 2026');
    expect(readableInstant('2026-12-07T23:59:59.999Z')).toBe('7 December 2026, 23:59 UTC');
    expect(readableInstant('2027-01-01T00:00:00.000Z')).toBe('1 January 2027, 00:00 UTC');
  });
});

describe('disagreementOf (the sidebar and the report)', () => {
  const at = (reviewer: string, completion: 'limited' | 'complete', modified: string, id: string) => ({
    reviewer,
    completion,
    modified,
    id,
  });
  it("is empty for one reviewer's changing levels and names each reviewer's latest otherwise", () => {
    expect(
      disagreementOf([at('a', 'limited', '2026-01-01', '1'), at('a', 'complete', '2026-02-01', '2')]),
    ).toEqual([]);
    expect(
      disagreementOf([
        at('a', 'limited', '2026-01-01', '1'),
        at('b', 'complete', '2026-01-01', '2'),
        at('a', 'complete', '2026-02-01', '3'),
      ]),
    ).toEqual([]);
    expect(
      disagreementOf([at('a', 'complete', '2026-02-01', '3'), at('b', 'limited', '2026-01-01', '2')]).map(
        (p) => p.id,
      ),
    ).toEqual(['3', '2']);
  });
});
