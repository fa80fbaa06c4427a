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

export const SAMPLE_RECORDS: readonly Annotation[] = [HTML_COMMENT, PDF_HIGHLIGHT, TAGGED_ONLY];

/** The n-th of a large, varied set: every shape above, with text that needs quoting in every format. */
export function manyRecord(n: number): Annotation {
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
