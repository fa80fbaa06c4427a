import { AnnotationSchema, type Annotation } from '../../../src/core/model/annotation.ts';
import { PDF_FRAGMENT_SPEC } from '../../../src/core/model/selectors.ts';
import { uuidV5 } from '../../../src/core/export/uuid-v5.ts';

/** Records through the real schema, so a fixture the schema would refuse fails here, not in a test. */
function record(input: unknown): Annotation {
  return AnnotationSchema.parse(input);
}

export const HTML_COMMENT = record({
  id: '0f8b6a52-3c1e-4e2a-9b7d-5a1c2e3f4a5b',
  motivation: 'commenting',
  target: {
    source: 'https://open.gov.example/plan/2024',
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: 'publish budget data, "quarterly", in open formats',
        prefix: 'Commitment 3: ',
        suffix: '.\nMilestones',
      },
      { type: 'TextPositionSelector', start: 1200, end: 1249 },
    ],
  },
  body: {
    comment: 'Good, but **which** formats?\n\nSee [the law](https://law.example/42).',
    tags: ['budget', 'fiscal, open'],
  },
  document: { title: 'Fifth National Action Plan (2024–2026)' },
  visibility: 'public',
  created: '2026-01-31T12:00:00.000Z',
  modified: '2026-02-01T08:30:15.250Z',
});

export const PDF_HIGHLIGHT = record({
  id: '5d7c1b2a-0e9f-4a8b-8c7d-6e5f4a3b2c1d',
  motivation: 'highlighting',
  target: {
    source: 'urn:x-pdf:0123456789abcdef0123456789abcdef',
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: 'Compromiso 2. Datos abiertos 📊 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
        prefix: 'Eje 1\n',
        suffix: '',
      },
      { type: 'TextPositionSelector', start: 40, end: 78 },
      {
        type: 'FragmentSelector',
        conformsTo: PDF_FRAGMENT_SPEC,
        value: 'page=7',
        refinedBy: { type: 'TextQuoteSelector', exact: 'Compromiso 2. Datos abiertos 📊 𝔘𝔫𝔦𝔠𝔬𝔡𝔢' },
      },
    ],
  },
  body: { comment: '', tags: [] },
  document: { title: 'Plan de Acción 𝔄' },
  visibility: 'private',
  created: '2026-03-01T00:00:00.000Z',
  modified: '2026-03-01T00:00:00.000Z',
});

export const TAGGED_ONLY = record({
  id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  motivation: 'highlighting',
  target: {
    source: 'https://open.gov.example/plan/2024',
    selector: [{ type: 'TextQuoteSelector', exact: 'civic participation' }],
  },
  body: { comment: '', tags: ['participation', '=cmd|calc'] },
  document: { title: '' },
  visibility: 'group',
  created: '2026-01-02T03:04:05.006Z',
  modified: '2026-01-02T03:04:05.006Z',
});

const PLAN = 'https://open.gov.example/plan/2024';
const BUDGET_COMMITMENT = { ordinal: 3, label: '3', title: 'Open budget data', linkedBy: 'auto' } as const;

/** A supported assessment: commitment, IRM terms and two sources, one with no published date. */
export const ASSESSED = record({
  id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  motivation: 'assessing',
  target: {
    source: PLAN,
    selector: [
      { type: 'TextQuoteSelector', exact: 'Commitment 3: Open budget data', prefix: '', suffix: '\n' },
      { type: 'TextPositionSelector', start: 1180, end: 1210 },
    ],
  },
  body: {
    comment: 'Quarterly releases since **March**.',
    tags: ['budget'],
    commitment: BUDGET_COMMITMENT,
    assessment: {
      completion: 'substantial',
      values: ['access-to-information', 'public-accountability'],
      impact: 'moderate',
      verifiable: true,
      openedGovernment: 'marginal',
    },
    evidence: [
      {
        url: 'https://budget.example.gov/2025/q1?format=csv&lang=en',
        title: 'Budget release Q1, "final"',
        kind: 'dataset',
        published: '2025-04-02',
        accessed: '2026-11-20',
        excerpt: 'Line 14: =SUM(A1:A9)\nsecond line',
      },
      {
        url: 'https://news.example/budget-story',
        title: 'Ministry publishes budget',
        kind: 'news',
        published: null,
        accessed: '2026-11-21',
        excerpt: '',
      },
    ],
  },
  document: { title: 'Fifth National Action Plan (2024–2026)' },
  visibility: 'group',
  created: '2026-11-20T09:00:00.000Z',
  modified: '2026-11-20T09:30:00.000Z',
});

/** Another reviewer on the same commitment: a different completion, no evidence, nullable terms null. */
export const UNSUPPORTED = record({
  id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  motivation: 'assessing',
  target: {
    source: PLAN,
    selector: [{ type: 'TextQuoteSelector', exact: 'Open budget data' }],
  },
  body: {
    comment: '',
    tags: [],
    commitment: { ...BUDGET_COMMITMENT, linkedBy: 'manual' },
    assessment: {
      completion: 'limited',
      values: [],
      impact: null,
      verifiable: null,
      openedGovernment: null,
    },
  },
  document: { title: 'Fifth National Action Plan (2024–2026)' },
  visibility: 'group',
  created: '2026-11-21T10:00:00.000Z',
  modified: '2026-11-21T10:00:00.000Z',
});

/** A reply in the thread of HTML_COMMENT: same passage, and the parent named. */
export const REPLY = record({
  id: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
  motivation: 'replying',
  replyTo: HTML_COMMENT.id,
  target: HTML_COMMENT.target,
  body: { comment: 'CSV and JSON, says the ministry.', tags: [] },
  document: { title: 'Fifth National Action Plan (2024–2026)' },
  visibility: 'public',
  created: '2026-02-02T08:00:00.000Z',
  modified: '2026-02-02T08:00:00.000Z',
});

/** A comment linked to a commitment with no label, citing evidence without assessing. */
export const COMMITMENT_COMMENT = record({
  id: '4f5a6b7c-8d9e-4f0a-9b2c-3d4e5f6a7b8c',
  motivation: 'commenting',
  target: {
    source: 'urn:x-pdf:0123456789abcdef0123456789abcdef',
    selector: [
      { type: 'TextQuoteSelector', exact: 'Datos abiertos' },
      { type: 'FragmentSelector', conformsTo: PDF_FRAGMENT_SPEC, value: 'page=7' },
    ],
  },
  body: {
    comment: 'See the decree.',
    tags: ['datos'],
    commitment: { ordinal: 2, label: null, title: 'Datos abiertos', linkedBy: 'manual' },
    evidence: [
      {
        url: 'https://boletin.example.gob/decreto/12',
        title: 'Decreto 12/2025',
        kind: 'law-or-decree',
        published: '2025-06-30',
        accessed: '2026-11-22',
        excerpt: 'Artículo 1 😀',
      },
    ],
  },
  document: { title: 'Plan de Acción 𝔄' },
  visibility: 'private',
  created: '2026-11-22T00:00:00.000Z',
  modified: '2026-11-22T00:00:00.000Z',
});

export const SAMPLE_RECORDS: readonly Annotation[] = [HTML_COMMENT, PDF_HIGHLIGHT, TAGGED_ONLY];

/** Records with every new body field, the reply and the two assessments that disagree. */
export const ASSESSMENT_RECORDS: readonly Annotation[] = [ASSESSED, UNSUPPORTED, REPLY, COMMITMENT_COMMENT];

export const ALL_RECORDS: readonly Annotation[] = [...SAMPLE_RECORDS, ...ASSESSMENT_RECORDS];

/**
 * The n-th of a large, varied set: every shape above, with text that needs quoting in every format.
 * Every fourth is an assessment (with evidence unless its number ends in a multiple of 3).
 */
export function manyRecord(n: number): Annotation {
  if (n % 4 === 3) return manyAssessment(n);
  const base = SAMPLE_RECORDS[n % SAMPLE_RECORDS.length] as Annotation;
  const start = (n * 7) % 100_000;
  return {
    ...base,
    id: uuidV5(`https://plan-annotator.test/records/${n}`),
    target: {
      source: `https://open.gov.example/plan/${n % 13}`,
      selector: [
        { type: 'TextQuoteSelector', exact: `passage ${n}, "quoted"\nline 2 😀` },
        { type: 'TextPositionSelector', start, end: start + 20 },
      ],
    },
    body: { comment: n % 5 === 0 ? '' : `comment ${n}: =1+1, <b>`, tags: n % 3 === 0 ? [] : [`t${n % 17}`] },
  };
}

export function* manyRecords(count: number): Generator<Annotation> {
  for (let n = 0; n < count; n++) yield manyRecord(n);
}

const COMPLETIONS = ['no-evidence', 'not-started', 'limited', 'substantial', 'complete'] as const;

function manyAssessment(n: number): Annotation {
  const start = (n * 7) % 100_000;
  const ordinal = 1 + (n % 11);
  return {
    ...ASSESSED,
    id: uuidV5(`https://plan-annotator.test/records/${n}`),
    target: {
      source: `https://open.gov.example/plan/${n % 13}`,
      selector: [
        { type: 'TextQuoteSelector', exact: `Commitment ${ordinal}, "part" ${n}` },
        { type: 'TextPositionSelector', start, end: start + 20 },
      ],
    },
    body: {
      comment: `assessment ${n}: -2+3 <img src=x onerror=alert(1)>`,
      tags: [`t${n % 17}`],
      commitment: { ordinal, label: `${ordinal}`, title: `Commitment, ${ordinal}`, linkedBy: 'auto' },
      assessment: {
        completion: COMPLETIONS[n % COMPLETIONS.length] ?? 'limited',
        values: ['civic-participation'],
        impact: n % 2 === 0 ? 'minor' : null,
        verifiable: n % 3 === 0 ? null : true,
      },
      ...(n % 3 === 0 ? {} : { evidence: ASSESSED.body.evidence }),
    },
  };
}
