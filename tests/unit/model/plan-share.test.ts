import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../src/core/commitments/index.ts';
import { planIdOf, PlanSchema, samePlan } from '../../../src/core/model/plan-record.ts';
import { planFrom, type FoundPlan } from '../../../src/core/model/plan-share.ts';

const commitment = (overrides: Partial<Commitment> = {}): Commitment => ({
  label: '1',
  title: 'Open data on public procurement',
  start: 0,
  end: 100,
  page: 2,
  theme: null,
  leadAgency: 'Ministry of Finance',
  startDate: 'January 2025',
  endDate: null,
  milestones: [],
  reportedStatus: 'Substantial',
  ...overrides,
});

const found = (overrides: Partial<FoundPlan> = {}): FoundPlan => ({
  documentUri: 'urn:x-pdf:00112233445566778899aabbccddeeff',
  address: 'https://www.example.gov/self-assessment.pdf',
  title: 'Mid-term self-assessment',
  kind: 'self-assessment',
  language: 'en',
  commitments: [commitment()],
  ...overrides,
});

describe('planFrom', () => {
  it('builds the record a member shares: the document’s id, its address, fingerprint and outline', () => {
    const plan = planFrom(found());
    expect(plan).toEqual({
      id: planIdOf('urn:x-pdf:00112233445566778899aabbccddeeff'),
      document: {
        uri: 'urn:x-pdf:00112233445566778899aabbccddeeff',
        alternates: ['https://www.example.gov/self-assessment.pdf'],
      },
      fingerprint: '00112233445566778899aabbccddeeff',
      title: 'Mid-term self-assessment',
      kind: 'self-assessment',
      language: 'en',
      commitments: [
        {
          label: '1',
          title: 'Open data on public procurement',
          page: 2,
          theme: null,
          leadAgency: 'Ministry of Finance',
          start: 'January 2025',
          end: null,
          reportedStatus: 'Substantial',
        },
      ],
    });
  });

  it('clips long texts to fit the schema, and leaves out an address a reader cannot open', () => {
    const plan = planFrom(
      found({
        address: 'file:///home/me/plan.pdf',
        title: '😀'.repeat(2000),
        commitments: [commitment({ title: 'x'.repeat(900), leadAgency: 'y'.repeat(900) })],
      }),
    );
    expect(plan?.document.alternates).toEqual([]);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan?.commitments[0]?.title.endsWith('…')).toBe(true);
  });

  it('shares nothing for a document that is not a plan, or has no commitment', () => {
    expect(planFrom(found({ kind: 'other' }))).toBeNull();
    expect(planFrom(found({ commitments: [] }))).toBeNull();
  });
});

describe('samePlan', () => {
  it('compares what is shared, whatever order the keys came back in, and not the server’s fields', () => {
    const plan = planFrom(found()) as NonNullable<ReturnType<typeof planFrom>>;
    const reordered = JSON.parse(
      JSON.stringify({
        ...plan,
        version: 3,
        commitments: plan.commitments.map((c) => Object.fromEntries(Object.entries(c).reverse())),
        document: { alternates: plan.document.alternates, uri: plan.document.uri },
      }),
    ) as typeof plan;
    expect(samePlan(plan, reordered)).toBe(true);
    expect(
      samePlan(plan, {
        ...plan,
        commitments: [{ ...plan.commitments[0], reportedStatus: 'Limited' }],
      } as typeof plan),
    ).toBe(false);
  });
});
