import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toW3CExportDocument } from '../../../src/core/export/annotation-collection.ts';
import { toCsv } from '../../../src/core/export/csv.ts';
import { fromHypothesis } from '../../../src/core/export/from-hypothesis.ts';
import { fromW3C } from '../../../src/core/export/from-w3c.ts';
import {
  compareForReport,
  reportSection,
  SORT_LAST,
  toMarkdownReport,
  WHOLE_DOCUMENT_SECTION,
} from '../../../src/core/export/markdown-report.ts';
import { toW3CAnnotation } from '../../../src/core/export/to-w3c.ts';
import { AnnotationSchema, isWholeDocument, type Annotation } from '../../../src/core/model/annotation.ts';
import { HTML_COMMENT } from './sample-records.ts';

const SOURCE = 'https://open.gov.example/plan/2024';

/** A page note linked to a commitment: about commitment 3 as a whole, no passage in it. */
const ON_COMMITMENT: Annotation = AnnotationSchema.parse({
  id: '7a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  motivation: 'commenting',
  target: { source: SOURCE, selector: [] },
  body: {
    comment: 'No milestone of this commitment has a date.',
    tags: ['dates'],
    commitment: { ordinal: 3, label: '3', title: 'Open budget data', linkedBy: 'manual' },
  },
  document: { title: 'Fifth National Action Plan (2024–2026)' },
  visibility: 'group',
  created: '2026-02-02T09:00:00.000Z',
  modified: '2026-02-02T09:00:00.000Z',
});

/** A page note on the whole plan, with text a Markdown reader would otherwise take as markup. */
const ON_PLAN: Annotation = AnnotationSchema.parse({
  ...ON_COMMITMENT,
  id: '8b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e',
  body: { comment: 'Overall: <script>alert(1)</script> ## not a heading', tags: [] },
  created: '2026-02-03T09:00:00.000Z',
  modified: '2026-02-03T09:00:00.000Z',
});

describe('page notes (annotations with no passage) in every format', () => {
  it('come back from the W3C export as they were, commitment link and all', () => {
    expect(toW3CAnnotation(ON_COMMITMENT).target).toBe(SOURCE);
    const document = toW3CExportDocument([ON_COMMITMENT, ON_PLAN, HTML_COMMENT], { id: 'urn:x:export' });
    const { records, problems } = fromW3C(JSON.parse(JSON.stringify(document)));
    expect(problems).toEqual([]);
    expect(records).toEqual([ON_COMMITMENT, ON_PLAN, HTML_COMMENT]);
    expect(records.map((r) => isWholeDocument(r.target))).toEqual([true, true, false]);
  });

  it('are imported from a target given as {source} with no selector', () => {
    const { records, problems } = fromW3C({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://other.example/anno/9',
      bodyValue: 'On the plan.',
      created: '2026-03-02T09:00:00Z',
      target: { source: SOURCE },
    });
    expect(problems).toEqual([]);
    expect(records[0]?.target).toEqual({ source: SOURCE, selector: [] });
  });

  it("are imported from a Hypothesis export's page notes (no selector, no references)", () => {
    const { records, problems } = fromHypothesis({
      total: 1,
      rows: [
        {
          id: 'hyp-page-note-1',
          uri: SOURCE,
          text: 'A page note in Hypothesis.',
          tags: ['overall'],
          created: '2026-03-02T09:00:00.000000+00:00',
          updated: '2026-03-02T09:00:00.000000+00:00',
          target: [{ source: SOURCE }],
          permissions: { read: ['group:__world__'] },
          document: { title: ['The plan'] },
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      motivation: 'commenting',
      target: { source: SOURCE, selector: [] },
      body: { comment: 'A page note in Hypothesis.', tags: ['overall'] },
    });
  });

  it('are CSV rows with their commitment and no quote', () => {
    const rows = parse(toCsv([ON_COMMITMENT, ON_PLAN]), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(rows[0]).toMatchObject({
      source: SOURCE,
      quote: '',
      comment: 'No milestone of this commitment has a date.',
      'commitment number': '3',
      'commitment title': 'Open budget data',
    });
    expect(rows[1]).toMatchObject({ quote: '', 'commitment number': '', comment: ON_PLAN.body.comment });
  });

  it('are reported under their commitment, or in a section of notes on the whole document first', () => {
    expect(reportSection(ON_COMMITMENT)).toBe(3);
    expect(reportSection(ON_PLAN)).toBe(WHOLE_DOCUMENT_SECTION);
    expect(reportSection(HTML_COMMENT)).toBe(SORT_LAST);
    expect([HTML_COMMENT, ON_COMMITMENT, ON_PLAN].sort(compareForReport)).toEqual([
      ON_PLAN,
      ON_COMMITMENT,
      HTML_COMMENT,
    ]);
    const report = toMarkdownReport([HTML_COMMENT, ON_COMMITMENT, ON_PLAN], { title: 'Plan' });
    const whole = report.indexOf('### Notes on the whole document');
    const commitment = report.indexOf('### 3: Open budget data');
    const others = report.indexOf('### Other annotations');
    expect(whole).toBeGreaterThan(0);
    expect(commitment).toBeGreaterThan(whole);
    expect(others).toBeGreaterThan(commitment);
    expect(report.slice(whole, commitment)).toContain('#### 1. Note on the whole document');
    expect(report.slice(commitment, others)).toContain('#### 1. Note on the whole commitment');
    expect(report.slice(commitment, others)).toContain('No milestone of this commitment has a date.');
    // Its text is text: no raw HTML, no heading of its own.
    expect(report).not.toContain('<script>');
    expect(report).not.toMatch(/^## not a heading/m);
    // Each section once, however the records came.
    expect(report.match(/### Notes on the whole document/g)).toHaveLength(1);
  });
});
