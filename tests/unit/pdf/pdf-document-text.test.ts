import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/anchoring/anchor.ts';
import { AnnotationSchema } from '../../../src/core/model/annotation.ts';
import { pdfDocumentKey } from '../../../src/core/document/pdf-document-key.ts';
import { describePdfSpan } from '../../../src/viewer/pdf-selectors.ts';
import { PdfDocumentText, pageTextOf } from '../../../src/viewer/pdf-document-text.ts';

const pages = [
  pageTextOf([
    { str: 'Commitment 1: open', hasEOL: false },
    { str: '', hasEOL: false },
    { str: ' contracting', hasEOL: true },
    { str: 'by 2026.', hasEOL: false },
  ]),
  pageTextOf([]),
  pageTextOf([{ str: 'Publish 😀 data.', hasEOL: true }]),
];
const text = new PdfDocumentText(pages);

describe('the text of a PDF', () => {
  it('joins items, line ends and pages in order', () => {
    expect(text.doc.text).toBe('Commitment 1: open contracting\nby 2026.\n\n\n\nPublish 😀 data.\n');
    expect(text.pagesWithoutText()).toEqual([2]);
  });

  it('tells the page of an offset and the offset of an item point', () => {
    const publish = text.doc.text.indexOf('Publish');
    expect(text.pageAt(publish)).toBe(3);
    expect(text.pageAt(0)).toBe(1);
    expect(text.offsetOf({ page: 1, item: 1, offset: 1 })).toBe('Commitment 1: open '.length);
    // After the astral character, code points and UTF-16 differ by one.
    expect(text.offsetOf({ page: 3, item: 0, offset: 'Publish 😀 d'.length })).toBe(
      publish + 'Publish 😀 d'.length - 1,
    );
  });

  it('splits a span crossing pages into item points per page', () => {
    const start = text.doc.text.indexOf('2026');
    const end = text.doc.toCodePoint(text.doc.text.indexOf(' data'));
    const span = { start, end };
    expect(text.pointsOnPage(span, 1)).toEqual({
      start: { page: 1, item: 2, offset: 3 },
      end: { page: 1, item: 2, offset: 8 },
    });
    expect(text.pointsOnPage(span, 2)).toBeNull();
    expect(text.pointsOnPage(span, 3)).toEqual({
      start: { page: 3, item: 0, offset: 0 },
      end: { page: 3, item: 0, offset: 'Publish 😀'.length },
    });
  });
});

describe('selectors of a PDF passage', () => {
  it('stores quote, position and page, valid as a W3C-shaped record, and anchors back', () => {
    const start = text.doc.text.indexOf('contracting');
    const end = text.doc.toCodePoint(text.doc.text.indexOf(' data'));
    const selector = describePdfSpan(text, { start: start - 1, end });
    expect(selector).not.toBeNull();
    if (!selector) return;
    expect(selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: text.doc.slice(start, end) });
    expect(selector[2]).toMatchObject({ type: 'FragmentSelector', value: 'page=1' });
    const now = new Date().toISOString();
    const parsed = AnnotationSchema.safeParse({
      id: crypto.randomUUID(),
      motivation: 'highlighting',
      target: { source: pdfDocumentKey('0123456789abcdef0123456789ABCDEF'), selector },
      body: { comment: '', tags: [] },
      document: { title: 'Plan' },
      visibility: 'private',
      created: now,
      modified: now,
    });
    expect(parsed.success).toBe(true);
    expect(anchorSelectors(text.doc, selector)?.span).toEqual({ start, end });
  });

  it('refuses sources that are neither web addresses nor PDF keys', () => {
    const now = new Date().toISOString();
    for (const source of ['javascript:alert(1)', 'urn:x-pdf:nothex!', 'urn:x-pdf:', 'file:///plan.pdf']) {
      const parsed = AnnotationSchema.safeParse({
        id: crypto.randomUUID(),
        motivation: 'highlighting',
        target: { source, selector: [{ type: 'TextQuoteSelector', exact: 'x' }] },
        body: { comment: '', tags: [] },
        document: { title: '' },
        visibility: 'private',
        created: now,
        modified: now,
      });
      expect(parsed.success, source).toBe(false);
    }
  });
});
