import { describe, expect, it } from 'vitest';
import { AnnotationSchema, isUnsupported, type Annotation } from '../../../src/core/model/annotation.ts';
import { todayUtc } from '../../../src/core/model/assessment.ts';
import { parseWith } from '../../../src/core/model/validation.ts';
import { commitmentAt } from '../../../src/core/commitments/index.ts';

const EVIDENCE = {
  url: 'https://budget.example.gov/2025/line-14',
  title: 'Budget law 2025, line 14',
  kind: 'budget',
  published: '2025-01-15',
  accessed: '2026-11-23',
  excerpt: '',
};

function assessment(overrides: Record<string, unknown> = {}, body: Record<string, unknown> = {}): unknown {
  return {
    id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    motivation: 'assessing',
    target: {
      source: 'https://open.gov.example/plan',
      selector: [{ type: 'TextQuoteSelector', exact: 'Commitment 1: Open budgets' }],
    },
    body: {
      comment: 'Published on time.',
      tags: [],
      commitment: { ordinal: 1, label: '1', title: 'Open budgets', linkedBy: 'auto' },
      assessment: {
        completion: 'substantial',
        values: ['access-to-information'],
        impact: 'moderate',
        verifiable: true,
      },
      evidence: [EVIDENCE],
      ...body,
    },
    document: { title: 'Plan' },
    visibility: 'group',
    created: '2026-11-23T10:00:00.000Z',
    modified: '2026-11-23T10:00:00.000Z',
    ...overrides,
  };
}

function errorsOf(input: unknown): Record<string, string> {
  const parsed = parseWith(AnnotationSchema, input);
  if (parsed.ok) return {};
  return Object.fromEntries(parsed.errors.map((e) => [e.field, e.message]));
}

describe('assessments and evidence in the annotation schema', () => {
  it('accepts a complete assessment with evidence, and it is supported', () => {
    const parsed = AnnotationSchema.parse(assessment());
    expect(isUnsupported(parsed)).toBe(false);
  });

  it('keeps an assessment without evidence but calls it unsupported', () => {
    const parsed: Annotation = AnnotationSchema.parse(assessment({}, { evidence: [] }));
    expect(isUnsupported(parsed)).toBe(true);
    const withoutField = AnnotationSchema.parse(assessment({}, { evidence: undefined }));
    expect(isUnsupported(withoutField)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['not a url'],
  ])('refuses the evidence address %s, naming the field', (url) => {
    expect(errorsOf(assessment({}, { evidence: [{ ...EVIDENCE, url }] }))).toEqual({
      'body.evidence.0.url': 'must be an http or https address',
    });
  });

  it('refuses dates that are not dates', () => {
    const errors = errorsOf(
      assessment({}, { evidence: [{ ...EVIDENCE, published: '2025-02-30', accessed: 'yesterday' }] }),
    );
    expect(Object.keys(errors).sort()).toEqual(['body.evidence.0.accessed', 'body.evidence.0.published']);
    expect(errors['body.evidence.0.accessed']).toMatch(/date like 2026-01-31/);
  });

  it('refuses words outside the vocabularies, listing the allowed ones', () => {
    const errors = errorsOf(
      assessment(
        {},
        {
          assessment: { completion: 'mostly', values: ['transparency'], impact: 'huge', verifiable: 'yes' },
          evidence: [{ ...EVIDENCE, kind: 'blog' }],
        },
      ),
    );
    expect(errors['body.assessment.completion']).toMatch(/completion levels: no-evidence, not-started/);
    expect(errors['body.assessment.values.0']).toMatch(/OGP values/);
    expect(errors['body.assessment.impact']).toMatch(/impact levels/);
    expect(errors['body.assessment.verifiable']).toMatch(/true or false/);
    expect(errors['body.evidence.0.kind']).toMatch(/evidence kinds/);
  });

  it('refuses oversized text', () => {
    const errors = errorsOf(
      assessment({}, { evidence: [{ ...EVIDENCE, title: 'x'.repeat(501), excerpt: 'y'.repeat(2001) }] }),
    );
    expect(errors['body.evidence.0.title']).toMatch(/longer than 500/);
    expect(errors['body.evidence.0.excerpt']).toMatch(/longer than 2000/);
    expect(errorsOf(assessment({}, { comment: 'z'.repeat(20_001) }))['body.comment']).toMatch(/longer/);
  });

  it('ties the motivation to the body: assessing needs an assessment, replying needs replyTo', () => {
    expect(errorsOf(assessment({ motivation: 'commenting' }))).toHaveProperty('motivation');
    expect(errorsOf(assessment({ motivation: 'replying' }, { assessment: undefined }))).toHaveProperty(
      'motivation',
    );
    const reply = assessment(
      { motivation: 'replying', replyTo: '11111111-2222-4333-8444-555555555555' },
      { assessment: undefined, evidence: undefined, commitment: undefined },
    );
    expect(errorsOf(reply)).toEqual({});
    expect(
      errorsOf({ ...(reply as object), replyTo: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }),
    ).toHaveProperty('replyTo');
  });

  it('gives today as a UTC calendar day', () => {
    expect(todayUtc(new Date('2026-11-23T23:59:59.000-05:00'))).toBe('2026-11-24');
  });
});

describe('commitmentAt', () => {
  const spans = [
    { ordinal: 1, start: 10, end: 100 },
    { ordinal: 2, start: 100, end: 250 },
    { ordinal: 3, start: 300, end: 400 },
  ];
  it('finds the commitment a passage starts in', () => {
    expect(commitmentAt(spans, 120, 130)?.ordinal).toBe(2);
    expect(commitmentAt(spans, 99, 160)?.ordinal).toBe(1);
    expect(commitmentAt(spans, 100, 101)?.ordinal).toBe(2);
    expect(commitmentAt(spans, 399, 400)?.ordinal).toBe(3);
  });
  it('is null before, between and after commitments, and for an empty passage', () => {
    expect(commitmentAt(spans, 0, 5)).toBeNull();
    expect(commitmentAt(spans, 260, 270)).toBeNull();
    expect(commitmentAt(spans, 400, 410)).toBeNull();
    expect(commitmentAt(spans, 50, 50)).toBeNull();
    expect(commitmentAt([], 1, 2)).toBeNull();
  });
});
