import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/anchoring/anchor.ts';
import { AnnotationSchema } from '../../../src/core/model/annotation.ts';
import { pdfDocumentKey } from '../../../src/core/document/pdf-document-key.ts';
import { describePdfSpan } from '../../../src/viewer/pdf-selectors.ts';
import {
  PdfDocumentText,
  pageTextOf,
  pageTextsOf,
  type PageItem,
} from '../../../src/viewer/pdf-document-text.ts';

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

/** Items of a page as pdf.js gives them: one item a line, heights falling from the top of a 792-point page. */
function items(lines: { text: string; y: number }[]): PageItem[] {
  return lines.map(({ text, y }) => ({ str: text, hasEOL: true, transform: [10, 0, 0, 10, 72, y] }));
}

const BODIES = [
  ['Open government starts with open data.', 'Federally funded'],
  ['research are freely and publicly available', 'without delay after publication.'],
  ['Agencies will publish their data', 'in open formats.'],
  ['Civil society takes part', 'in every review.'],
];
/** A running header, two lines of body, and the page number (printed from 6) in the footer. */
const printed = BODIES.map((body, i) =>
  items([
    { text: 'Fifth U.S. Open Government National Action Plan', y: 760 },
    { text: body[0] as string, y: 700 },
    { text: body[1] as string, y: 686 },
    { text: String(i + 6), y: 30 },
  ]),
);
// pdf.js gives the last page's footer first: the stream order is not the order on paper.
printed[3] = [printed[3]?.[3] as PageItem, ...(printed[3]?.slice(0, 3) ?? [])];
const views = BODIES.map(() => [0, 0, 612, 792]);

describe('the text of a PDF with running headers and page numbers', () => {
  const clean = new PdfDocumentText(pageTextsOf(printed, views));
  /** What the viewer read before furniture was left out: every item in. */
  const asRead = new PdfDocumentText(printed.map((page) => pageTextOf(page)));

  it('leaves them out of the text, and keeps their items with no length', () => {
    expect(clean.doc.text).not.toContain('National Action Plan');
    expect(clean.doc.text).not.toMatch(/\n[6-9]\n/);
    expect(clean.pages[0]).toMatchObject({
      text: 'Open government starts with open data.\nFederally funded\n',
      itemStarts: [0, 0, 39, 56],
      itemLengths: [0, 38, 16, 0],
      furniture: [
        { at: 0, text: 'Fifth U.S. Open Government National Action Plan\n' },
        { at: 56, text: '6\n' },
      ],
    });
    // One entry for each item the text layer draws, furniture included, so the layer lines up.
    expect(clean.pages.map((page) => page.itemStarts.length)).toEqual([4, 4, 4, 4]);
  });

  it('quotes a passage across a page break as printed, and anchors it back', () => {
    const start = clean.doc.text.indexOf('Federally');
    const end = clean.doc.text.indexOf(' and publicly');
    const selector = describePdfSpan(clean, { start, end });
    const quote = selector?.[0] as { exact: string };
    expect(quote.exact).toBe('Federally funded\n\n\nresearch are freely');
    expect(selector && clean.anchor(selector)?.span).toEqual({ start, end });
    // Painting skips the page number: the page-1 part ends in the body's last item.
    expect(clean.pointsOnPage({ start, end }, 1)).toEqual({
      start: { page: 1, item: 2, offset: 0 },
      end: { page: 1, item: 2, offset: 16 },
    });
  });

  it('anchors annotations stored before, whose quotes and positions hold the furniture', () => {
    const passage = (doc: PdfDocumentText, from: string, to: string) => ({
      start: doc.doc.text.indexOf(from),
      end: doc.doc.text.indexOf(to) + to.length,
    });
    // Across the break, the page number and the next page's running header inside the quote.
    const crossing = describePdfSpan(asRead, passage(asRead, 'Federally', 'are freely'));
    expect((crossing?.[0] as { exact: string }).exact).toContain('\n6\n\n\nFifth U.S.');
    const found = crossing && clean.anchor(crossing);
    expect(found && clean.doc.slice(found.span.start, found.span.end)).toBe(
      'Federally funded\n\n\nresearch are freely',
    );
    // Within a page, after pages of furniture: the quote is verbatim, only its position moved.
    const within = describePdfSpan(asRead, passage(asRead, 'Civil society', 'review.'));
    const moved = within && clean.anchor(within);
    expect(moved && clean.doc.slice(moved.span.start, moved.span.end)).toBe(
      'Civil society takes part\nin every review.',
    );
    // A highlight of nothing but a page number has no passage left: an orphan, kept in the store.
    const pageNumber = describePdfSpan(asRead, passage(asRead, '\n7\n', '\n7\n'));
    expect(pageNumber && clean.anchor(pageNumber)).toBeNull();
  });

  it('keeps everything of a PDF that has no furniture', () => {
    const plain = [items([{ text: 'Only page', y: 700 }])];
    expect(new PdfDocumentText(pageTextsOf(plain, [[0, 0, 612, 792]])).doc.text).toBe('Only page\n');
  });
});
