import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toW3CExportDocument } from '../../../src/core/export/annotation-collection.ts';
import { CSV_HEADERS, toCsv } from '../../../src/core/export/csv.ts';
import { fromW3C } from '../../../src/core/export/from-w3c.ts';
import { toMarkdownReport } from '../../../src/core/export/markdown-report.ts';
import { toW3CAnnotation } from '../../../src/core/export/to-w3c.ts';
import { isWholeDocument } from '../../../src/core/model/annotation.ts';
import { HTML_COMMENT } from './sample-records.ts';
import { REPLY, WHOLE_PLAN } from './whole-document-records.ts';

describe('a note on the whole document', () => {
  it('is a record: no selectors, and nothing to anchor', () => {
    expect(isWholeDocument(WHOLE_PLAN.target)).toBe(true);
    expect(isWholeDocument(HTML_COMMENT.target)).toBe(false);
  });

  it('is exported as W3C with its target a bare IRI, and its canonical IRI unchanged', () => {
    const out = toW3CAnnotation(WHOLE_PLAN);
    expect(out.target).toBe('https://example.org/plan');
    expect(out.canonical).toBe('urn:uuid:3e1a2b3c-4d5e-4f60-8172-93a4b5c6d7e8');
    expect(toW3CAnnotation(REPLY).target).toEqual(['https://example.org/plan', `urn:uuid:${WHOLE_PLAN.id}`]);
  });

  it('comes back from the W3C export as it was, thread and all', () => {
    const document = toW3CExportDocument([WHOLE_PLAN, REPLY, HTML_COMMENT], {
      id: 'https://example.org/export',
    });
    const { records, problems } = fromW3C(JSON.parse(JSON.stringify(document)));
    expect(problems).toEqual([]);
    expect(records).toEqual([WHOLE_PLAN, REPLY, HTML_COMMENT]);
  });

  it("is imported from another client's bare-IRI target", () => {
    const { records, problems } = fromW3C({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://other.example/anno/1',
      type: 'Annotation',
      bodyValue: 'Whole document.',
      created: '2026-03-02T09:00:00Z',
      target: 'https://example.org/plan',
    });
    expect(problems).toEqual([]);
    expect(records[0]?.target).toEqual({ source: 'https://example.org/plan', selector: [] });
  });

  it('is imported from a target given as a resource with an id and no selector', () => {
    const { records, problems } = fromW3C({
      type: 'Annotation',
      id: 'https://other.example/anno/3',
      created: '2026-03-02T09:00:00Z',
      target: { id: 'https://example.org/plan', type: 'Text' },
    });
    expect(problems).toEqual([]);
    expect(records[0]?.target).toEqual({ source: 'https://example.org/plan', selector: [] });
  });

  it('is still refused when its target has selectors none of which we can use, saying so', () => {
    // A passage we cannot find is not a note on the whole document.
    const { records, problems } = fromW3C({
      type: 'Annotation',
      id: 'https://other.example/anno/2',
      target: { source: 'https://example.org/plan', selector: { type: 'CssSelector', value: '#a' } },
    });
    expect(records).toEqual([]);
    expect(problems[0]?.message).toMatch(/^target\.selector: none of its selectors .*\(CssSelector\)/);
  });

  it('refuses a canonical that is not an IRI, naming the field', () => {
    const { problems } = fromW3C({ ...toW3CAnnotation(WHOLE_PLAN), canonical: 'not an iri' });
    expect(problems[0]?.message).toMatch(/^canonical: must be an IRI/);
  });

  it('is a CSV row with its source and no quote or page', () => {
    const rows = parse(toCsv([WHOLE_PLAN]), { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_HEADERS]);
    expect(rows[0]).toMatchObject({
      source: 'https://example.org/plan',
      quote: '',
      page: '',
      comment: 'The plan as a whole lacks deadlines.',
    });
  });

  it('is in the Markdown report with its comment and no quote', () => {
    const report = toMarkdownReport([WHOLE_PLAN]);
    expect(report).toContain('The plan as a whole lacks deadlines.');
    expect(report).not.toContain('\n> ');
  });
});
