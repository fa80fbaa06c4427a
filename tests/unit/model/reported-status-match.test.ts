import { describe, expect, it } from 'vitest';
import { planIdOf, PlanRecordSchema, type PlanRecord } from '../../../src/core/model/plan-record.ts';
import {
  normalisedLabel,
  reportedStatuses,
  titleSimilarity,
} from '../../../src/core/model/reported-status-match.ts';

function report(overrides: Partial<PlanRecord> = {}): PlanRecord {
  const uri = overrides.document?.uri ?? 'urn:x-pdf:00112233445566778899aabbccddeeff';
  return PlanRecordSchema.parse({
    id: planIdOf(uri),
    group: '0b6f3a57-5f8e-4b8a-9d43-9b1cf0a4f2a1',
    document: { uri, alternates: [] },
    fingerprint: null,
    title: 'Mid-term self-assessment',
    kind: 'self-assessment',
    language: 'en',
    commitments: [
      {
        label: '1',
        title: 'Open data on public procurement from planning to payment',
        reportedStatus: 'Substantial',
      },
      {
        label: '2',
        title: 'A public register of lobbyists and their meetings with officials',
        reportedStatus: 'Limited',
      },
      { label: '3', title: 'Protection for whistleblowers', reportedStatus: 'Complete' },
    ],
    updated: '2026-01-31T12:00:00.000Z',
    version: 1,
    ...overrides,
  });
}

const plan = [
  { label: '1.1', title: 'Open data on public procurement from planning to payment' },
  { label: '1.2', title: 'A public register of lobbyists and their meetings with officials.' },
  { label: '3', title: 'Whistleblower protection in the public sector' },
  { label: '4', title: 'Budget transparency' },
];

describe('reported statuses', () => {
  it('matches by title across differently printed labels, then by label in a report about this plan', () => {
    const found = reportedStatuses(plan, [report()]);
    expect(found.map((f) => f?.status ?? null)).toEqual(['Substantial', 'Limited', 'Complete', null]);
    expect(found[0]).toMatchObject({ kind: 'self-assessment', source: 'Mid-term self-assessment' });
  });

  it('ignores a report about another plan, whose labels alone would match', () => {
    const other = report({
      commitments: [
        { label: '3', title: 'Digital identity for every citizen', reportedStatus: 'Limited' },
        { label: '4', title: 'Open courts and judicial data', reportedStatus: 'Limited' },
      ],
    });
    expect(reportedStatuses(plan, [other])).toEqual([null, null, null, null]);
  });

  it('ignores action plans and prefers the newest report', () => {
    const older = report();
    const newerUri = 'https://www.example.gov/end-of-term.pdf';
    const newer = report({
      document: { uri: newerUri, alternates: [] },
      id: planIdOf(newerUri),
      kind: 'irm-report',
      title: 'IRM end-of-term report',
      updated: '2026-06-01T00:00:00.000Z',
      commitments: older.commitments.map((c) => ({ ...c, reportedStatus: 'Complete' })),
    });
    const asPlan = report({ kind: 'action-plan' });
    const found = reportedStatuses(plan, [asPlan, older, newer]);
    expect(found[0]).toMatchObject({
      status: 'Complete',
      kind: 'irm-report',
      source: 'IRM end-of-term report',
    });
    expect(reportedStatuses(plan, [asPlan])).toEqual([null, null, null, null]);
  });

  it('normalises labels and compares titles by their words', () => {
    expect(normalisedLabel('01')).toBe('1');
    expect(normalisedLabel('Commitment 3')).toBe('3');
    expect(normalisedLabel('1.1')).toBe('1.1');
    expect(normalisedLabel(null)).toBeNull();
    expect(titleSimilarity('Participación ciudadana', 'participacion ciudadana.')).toBe(1);
    expect(titleSimilarity('Open data', 'Budget transparency')).toBe(0);
  });
});

describe('the plan record schema', () => {
  it('refuses an id that is not the document’s, and a kind the detector does not give commitments', () => {
    expect(
      PlanRecordSchema.safeParse({ ...report(), id: planIdOf('https://elsewhere.example/') }).success,
    ).toBe(false);
    expect(PlanRecordSchema.safeParse({ ...report(), kind: 'other' }).success).toBe(false);
  });
});
