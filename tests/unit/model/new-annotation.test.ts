import { describe, expect, it } from 'vitest';
import { AnnotationSchema, MAX_TITLE_LENGTH } from '../../../src/core/model/annotation.ts';
import { documentTitle, newAnnotation } from '../../../src/core/model/new-annotation.ts';

const target = {
  source: 'https://open.gov.example/plan',
  selector: [{ type: 'TextQuoteSelector' as const, exact: 'publish every contract' }],
};
const now = new Date('2026-12-06T10:00:00.000Z');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('documentTitle', () => {
  it('keeps a title that fits', () => {
    expect(documentTitle('Fifth National Action Plan')).toBe('Fifth National Action Plan');
  });

  it('cuts a long title to the most the schema takes', () => {
    expect(documentTitle('a'.repeat(MAX_TITLE_LENGTH + 50))).toHaveLength(MAX_TITLE_LENGTH);
  });

  it('never cuts a character in half', () => {
    // An emoji (two UTF-16 units) straddling the limit goes whole.
    const title = `${'a'.repeat(MAX_TITLE_LENGTH - 1)}😀 and more`;
    const kept = documentTitle(title);
    expect(kept).toBe('a'.repeat(MAX_TITLE_LENGTH - 1));
    expect(kept).not.toMatch(LONE_SURROGATE);
    // One that ends exactly at the limit stays.
    const fits = `${'a'.repeat(MAX_TITLE_LENGTH - 2)}😀 and more`;
    expect(documentTitle(fits)).toBe(`${'a'.repeat(MAX_TITLE_LENGTH - 2)}😀`);
  });
});

describe('newAnnotation', () => {
  const body = { comment: '', tags: [] };

  it('makes a highlight, a comment or an assessment, each a valid private record', () => {
    const highlight = newAnnotation({
      id: crypto.randomUUID(),
      target,
      title: 'Plan',
      body,
      highlight: true,
      now,
    });
    const comment = newAnnotation({
      id: crypto.randomUUID(),
      target,
      title: 'Plan',
      body: { ...body, comment: 'Where is the budget line?' },
      now,
    });
    const assessment = newAnnotation({
      id: crypto.randomUUID(),
      target,
      title: 'Plan',
      body: {
        ...body,
        assessment: { completion: 'limited', values: [], impact: null, verifiable: true },
      },
      now,
    });
    expect([highlight, comment, assessment].map((a) => a.motivation)).toEqual([
      'highlighting',
      'commenting',
      'assessing',
    ]);
    for (const record of [highlight, comment, assessment]) {
      expect(AnnotationSchema.safeParse(record).success).toBe(true);
      expect(record.visibility).toBe('private');
      expect(record.created).toBe('2026-12-06T10:00:00.000Z');
      expect(record.modified).toBe(record.created);
    }
  });

  it('keeps a title the schema and the server accept', () => {
    const title = `${'a'.repeat(MAX_TITLE_LENGTH - 1)}😀`;
    const record = newAnnotation({ id: crypto.randomUUID(), target, title, body, now });
    expect(AnnotationSchema.safeParse(record).success).toBe(true);
    expect(record.document.title).not.toMatch(LONE_SURROGATE);
  });
});
