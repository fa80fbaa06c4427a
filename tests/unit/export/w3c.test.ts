import { describe, expect, it } from 'vitest';
import {
  toAnnotationCollection,
  toW3CExportDocument,
  w3cExportChunks,
} from '../../../src/core/export/annotation-collection.ts';
import { fromW3C, recordIdOf } from '../../../src/core/export/from-w3c.ts';
import { ANNO_CONTEXT, PLAN_CONTEXT } from '../../../src/core/export/plan-context.ts';
import { passageOf, toW3CAnnotation } from '../../../src/core/export/to-w3c.ts';
import type { W3CSpecificTarget } from '../../../src/core/export/w3c-types.ts';
import { toUtcIso } from '../../../src/core/export/utc-date.ts';
import { HTML_COMMENT, manyRecord, PDF_HIGHLIGHT, SAMPLE_RECORDS, TAGGED_ONLY } from './sample-records.ts';

describe('toW3CAnnotation', () => {
  it('maps a comment with quote and position selectors', () => {
    expect(toW3CAnnotation(HTML_COMMENT)).toEqual({
      '@context': [ANNO_CONTEXT, PLAN_CONTEXT],
      id: `urn:uuid:${HTML_COMMENT.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-31T12:00:00.000Z',
      modified: '2026-02-01T08:30:15.250Z',
      target: { source: HTML_COMMENT.target.source, selector: HTML_COMMENT.target.selector },
      body: [
        {
          type: 'TextualBody',
          value: HTML_COMMENT.body.comment,
          format: 'text/markdown',
          purpose: 'commenting',
        },
        { type: 'TextualBody', value: 'budget', purpose: 'tagging' },
        { type: 'TextualBody', value: 'fiscal, open', purpose: 'tagging' },
      ],
      documentTitle: 'Fifth National Action Plan (2024–2026)',
      visibility: 'public',
    });
  });

  it('keeps the PDF page fragment refined by the quote, and writes no body for a bare highlight', () => {
    const out = toW3CAnnotation(PDF_HIGHLIGHT);
    expect(out.body).toBeUndefined();
    expect((passageOf(out) as W3CSpecificTarget).selector[2]).toEqual(PDF_HIGHLIGHT.target.selector[2]);
    // A copy, not the record's own object: changing the export must not change the record.
    expect((passageOf(out) as W3CSpecificTarget).selector[2]).not.toBe(PDF_HIGHLIGHT.target.selector[2]);
  });

  it('uses the base URL for ids and adds the creator and group the caller knows', () => {
    const out = toW3CAnnotation(TAGGED_ONLY, {
      baseUrl: 'https://sync.example/annotations/',
      metaOf: () => ({
        creator: { id: 'urn:uuid:11111111-2222-4333-8444-555555555555', name: 'Ana' },
        group: { id: 'urn:uuid:66666666-7777-4888-9999-000000000000' },
      }),
    });
    expect(out.id).toBe(`https://sync.example/annotations/${TAGGED_ONLY.id}`);
    expect(out.creator).toEqual({
      id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      type: 'Person',
      name: 'Ana',
    });
    expect(out.group).toBe('urn:uuid:66666666-7777-4888-9999-000000000000');
  });
});

describe('toAnnotationCollection', () => {
  const records = Array.from({ length: 7 }, (_, n) => manyRecord(n));
  const { collection, pages } = toAnnotationCollection(records, {
    id: 'https://sync.example/export/1',
    label: 'Group export',
    pageSize: 3,
  });

  it('pages the records with total, first, last, next, prev, startIndex and partOf', () => {
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 7, label: 'Group export' });
    expect(collection.last).toBe('https://sync.example/export/1?page=2');
    expect(collection.first?.id).toBe('https://sync.example/export/1?page=0');
    expect(collection.first).not.toHaveProperty('@context');
    expect(pages.map((p) => [p.startIndex, p.prev, p.next])).toEqual([
      [0, undefined, 'https://sync.example/export/1?page=1'],
      [3, 'https://sync.example/export/1?page=0', 'https://sync.example/export/1?page=2'],
      [6, 'https://sync.example/export/1?page=1', undefined],
    ]);
    expect(pages[1]?.partOf).toEqual({
      id: 'https://sync.example/export/1',
      type: 'AnnotationCollection',
      label: 'Group export',
      total: 7,
    });
    // Items inherit the page's context.
    expect(pages[0]?.items[0]).not.toHaveProperty('@context');
  });

  it('gives an empty collection no pages', () => {
    const empty = toAnnotationCollection([], { id: 'urn:uuid:0f8b6a52-3c1e-4e2a-9b7d-000000000000' });
    expect(empty.pages).toEqual([]);
    expect(empty.collection).not.toHaveProperty('first');
    expect(empty.collection.total).toBe(0);
  });
});

describe('fromW3C', () => {
  it('round-trips single annotations: ids, selectors, bodies, dates, visibility, title', () => {
    for (const record of SAMPLE_RECORDS) {
      expect(fromW3C(toW3CAnnotation(record))).toEqual({ records: [record], problems: [] });
    }
  });

  it('round-trips the export document (one collection), with base-URL ids', () => {
    const records = Array.from({ length: 25 }, (_, n) => manyRecord(n));
    const exported = toW3CExportDocument(records, {
      id: 'https://sync.example/export/2',
      pageSize: 10,
      baseUrl: 'https://sync.example/annotations/',
    });
    expect(fromW3C(JSON.parse(JSON.stringify(exported)))).toEqual({ records, problems: [] });
  });

  it('reads an array, a page, and a collection whose pages are embedded through next', () => {
    const w3c = SAMPLE_RECORDS.map((r) => toW3CAnnotation(r));
    expect(fromW3C(w3c).records).toEqual(SAMPLE_RECORDS);
    const { collection, pages } = toAnnotationCollection(SAMPLE_RECORDS, {
      id: 'https://x.example/c',
      pageSize: 2,
    });
    expect(fromW3C(pages[1]).records).toEqual([TAGGED_ONLY]);
    const chained = { ...collection, first: { ...collection.first, next: pages[1] } };
    expect(fromW3C(chained).records).toEqual(SAMPLE_RECORDS);
  });

  it("reads another client's annotation: bodyValue, offset dates, single target and selector objects", () => {
    const { records, problems } = fromW3C({
      '@context': ANNO_CONTEXT,
      id: 'http://example.org/anno1',
      type: 'Annotation',
      created: '2015-01-28T12:00:00+01:00',
      bodyValue: 'A plain comment',
      target: {
        source: 'http://example.org/page1',
        selector: {
          type: 'TextQuoteSelector',
          exact: 'anotation',
          prefix: 'this is an ',
          suffix: ' that has',
        },
      },
    });
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        id: recordIdOf('http://example.org/anno1'),
        motivation: 'commenting',
        target: {
          source: 'http://example.org/page1',
          selector: [
            { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has' },
          ],
        },
        body: { comment: 'A plain comment', tags: [] },
        document: { title: '' },
        visibility: 'private',
        created: '2015-01-28T11:00:00.000Z',
        modified: '2015-01-28T11:00:00.000Z',
      },
    ]);
  });

  it('reads each page once, and names the pages that are only linked', () => {
    const { collection, pages } = toAnnotationCollection(SAMPLE_RECORDS, {
      id: 'https://x.example/c',
      pageSize: 2,
    });
    expect(fromW3C([collection, ...pages])).toEqual({ records: SAMPLE_RECORDS, problems: [] });
    expect(fromW3C(collection)).toEqual({
      records: SAMPLE_RECORDS.slice(0, 2),
      problems: [
        {
          index: 2,
          message: 'page https://x.example/c?page=1 is not in the input; fetch it and import it too',
        },
      ],
    });
  });

  it('reports each refused item by position and keeps the others', () => {
    const good = toW3CAnnotation(HTML_COMMENT);
    const { records, problems } = fromW3C([
      good,
      'http://example.org/anno-by-iri',
      {
        ...good,
        target: { source: 'javascript:alert(1)', selector: (passageOf(good) as W3CSpecificTarget).selector },
      },
      { ...good, target: { source: 'https://x.example/', selector: [{ type: 'CssSelector', value: '#a' }] } },
    ]);
    expect(records).toEqual([HTML_COMMENT]);
    expect(problems.map((p) => p.index)).toEqual([1, 2, 3]);
    expect(problems[1]?.message).toMatch(/^target\.source:/);
    expect(problems[2]?.message).toMatch(/^target\.selector:/);
  });
});

describe('w3cExportChunks', () => {
  const options = { id: 'https://sync.example/export/3', label: 'Streamed', pageSize: 100 };

  // 10k records with assessments and evidence: seconds on a busy machine, so more than the default 5 s.
  it(
    'streams 10k records one page at a time, parsing to the same document as the whole export',
    { timeout: 30_000 },
    () => {
      const count = 10_000;
      let produced = 0;
      function* source() {
        for (let n = 0; n < count; n++) {
          produced += 1;
          yield manyRecord(n);
        }
      }
      const chunks = w3cExportChunks(source(), { ...options, total: count });
      const first = chunks.next().value as string;
      // The first chunk is the collection with its first page: one page of records read, no more.
      expect(produced).toBe(100);
      const text = first + [...chunks].join('');
      const all = Array.from({ length: count }, (_, n) => manyRecord(n));
      expect(JSON.parse(text)).toEqual(toW3CExportDocument(all, options));
      expect(fromW3C(JSON.parse(text)).records).toEqual(all);
    },
  );

  it('writes an empty collection, and refuses a total that does not match the records', () => {
    expect(JSON.parse([...w3cExportChunks([], { ...options, total: 0 })].join(''))).toEqual(
      toW3CExportDocument([], options),
    );
    expect(() => [...w3cExportChunks(SAMPLE_RECORDS, { ...options, total: 2 })]).toThrow(RangeError);
    expect(() => [...w3cExportChunks(SAMPLE_RECORDS, { ...options, total: 4 })]).toThrow(RangeError);
  });

  it('with onMismatch truncate, leaves out records past the total and ends a short source early', () => {
    const read = (total: number) =>
      JSON.parse(
        [...w3cExportChunks(SAMPLE_RECORDS, { ...options, pageSize: 2, total, onMismatch: 'truncate' })].join(
          '',
        ),
      ) as unknown;
    expect(fromW3C(read(2)).records).toEqual(SAMPLE_RECORDS.slice(0, 2));
    const short = read(5) as { total: number; first: { items: unknown[] } };
    expect(short.total).toBe(5);
    expect(short.first.items).toHaveLength(SAMPLE_RECORDS.length);
    expect(fromW3C(short).records).toEqual(SAMPLE_RECORDS);
    expect(
      JSON.parse([...w3cExportChunks([], { ...options, total: 3, onMismatch: 'truncate' })].join('')),
    ).toEqual(
      expect.objectContaining({
        type: 'AnnotationCollection',
        total: 3,
        first: expect.objectContaining({ items: [] }),
      }),
    );
  });
});

describe('the export file', () => {
  const id = 'urn:uuid:0f8b6a52-3c1e-4e2a-9b7d-000000000009';

  it('is one AnnotationCollection, not an array, with every annotation in its embedded page', () => {
    const records = Array.from({ length: 250 }, (_, n) => manyRecord(n));
    const file = JSON.parse(JSON.stringify(toW3CExportDocument(records, { id, label: 'All' }))) as Record<
      string,
      unknown
    >;
    expect(Array.isArray(file)).toBe(false);
    expect(file).toMatchObject({
      '@context': expect.any(Array),
      id,
      type: 'AnnotationCollection',
      label: 'All',
      total: 250,
      first: { id: `${id}?page=0`, type: 'AnnotationPage', startIndex: 0 },
      last: `${id}?page=0`,
    });
    const first = file.first as { items: { id: string }[]; next?: string };
    expect(first.items.map((a) => a.id)).toEqual(records.map((r) => `urn:uuid:${r.id}`));
    expect(first.next).toBeUndefined();
    expect(fromW3C(file).records).toEqual(records);
  });

  it('streams as the same collection, a chunk of items at a time', () => {
    const records = Array.from({ length: 7 }, (_, n) => manyRecord(n));
    const chunks = [...w3cExportChunks(records, { id, pageSize: 3, total: records.length })];
    expect(chunks.length).toBeGreaterThan(2);
    expect(JSON.parse(chunks.join(''))).toEqual(toW3CExportDocument(records, { id }));
  });

  it('reads back the earlier export files too: an array of the collection and its other pages', () => {
    const records = Array.from({ length: 25 }, (_, n) => manyRecord(n));
    const { collection, pages } = toAnnotationCollection(records, { id, pageSize: 10 });
    const earlier = JSON.parse(JSON.stringify([collection, ...pages.slice(1)])) as unknown[];
    expect(earlier).toHaveLength(3);
    expect(fromW3C(earlier)).toEqual({ records, problems: [] });
  });
});

describe('toUtcIso', () => {
  it.each([
    ['2021-03-02T10:11:12.345678+00:00', '2021-03-02T10:11:12.345Z'],
    ['2021-03-02T23:30:00-05:30', '2021-03-03T05:00:00.000Z'],
    ['2021-03-02T10:11Z', '2021-03-02T10:11:00.000Z'],
    ['2020-02-29T00:00:00+0100', '2020-02-28T23:00:00.000Z'],
  ])('%s is %s', (input, expected) => expect(toUtcIso(input)).toBe(expected));

  it.each(['2021-02-30T00:00:00Z', '2021-03-02T10:11:12', 'yesterday', '2021-13-01T00:00:00Z'])(
    'refuses %s',
    (input) => expect(toUtcIso(input)).toBeNull(),
  );
});
