/**
 * Reads the text of every page once, in page order, reporting progress, and keeps it by fingerprint so a
 * PDF opened again (from any address) does not pay twice. Works on anything shaped like pdf.js's
 * document proxy, so the bench runs it in Node.
 */
import { PdfDocumentText, pageTextsOf, type PageItem, type PageText } from './pdf-document-text.ts';
import { readingPagesOf } from './pdf-reading-text.ts';

/** The parts of pdf.js's `PDFDocumentProxy` this needs. */
export interface PdfTextSource {
  numPages: number;
  getPage(pageNumber: number): Promise<{
    /** The page's box, `[x1, y1, x2, y2]`. */
    view?: readonly number[];
    getTextContent(params: { includeMarkedContent: boolean; disableNormalization: boolean }): Promise<{
      items: readonly (PageItem | { type: string })[];
    }>;
  }>;
}

export interface PageTextCache {
  get(fingerprint: string): Promise<PageText[] | undefined>;
  put(fingerprint: string, pages: PageText[]): Promise<void>;
}

/**
 * The same parameters as pdf.js's text layer uses, so the items here are the items there, one text node
 * for each non-empty one.
 */
export const TEXT_LAYER_PARAMS = { includeMarkedContent: true, disableNormalization: true } as const;

export async function extractPdfText(
  pdf: PdfTextSource,
  fingerprint: string,
  cache: PageTextCache,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<PdfDocumentText> {
  const cached = await cache.get(fingerprint).catch(() => undefined);
  if (cached && cached.length === pdf.numPages) {
    onProgress(pdf.numPages, pdf.numPages);
    return new PdfDocumentText(cached);
  }
  const items: PageItem[][] = [];
  const views: (readonly number[] | undefined)[] = [];
  onProgress(0, pdf.numPages);
  for (let n = 1; n <= pdf.numPages; n++) {
    signal?.throwIfAborted();
    const page = await pdf.getPage(n);
    const content = await page.getTextContent(TEXT_LAYER_PARAMS);
    // Only what the text needs: running headers and page numbers are found across all pages at the end.
    items.push(content.items.filter(isTextItem).map(textItem));
    views.push(page.view);
    onProgress(n, pdf.numPages);
  }
  const pages: PageText[] = pageTextsOf(items, views);
  // A page drawn out of reading order: the finder reads every page as the command line does.
  const reading = readingOrderOf(items);
  if (reading) pages.forEach((page, i) => (page.reading = reading[i]));
  // A cache that cannot write (private window, full disk) only costs time on the next visit.
  await cache.put(fingerprint, pages).catch(() => undefined);
  return new PdfDocumentText(pages);
}

/**
 * The reading-order pages, or null: they are an extra for the finder, so a page too unusual to reorder
 * (one that made the reordering throw) leaves the PDF read as pdf.js gave it rather than unread.
 */
function readingOrderOf(items: readonly (readonly PageItem[])[]): ReturnType<typeof readingPagesOf> {
  try {
    return readingPagesOf(items);
  } catch (error) {
    console.warn('Plan Annotator: the PDF is read in the order it was drawn:', error);
    return null;
  }
}

/** An item's text, and its matrix, font and width when pdf.js gave them (furniture, the finder's layout). */
function textItem({ str, hasEOL, transform, fontName, width }: PageItem): PageItem {
  const item: PageItem = { str, hasEOL };
  if (transform) item.transform = transform;
  if (fontName !== undefined) item.fontName = fontName;
  if (width !== undefined) item.width = width;
  return item;
}

function isTextItem(item: PageItem | { type: string }): item is PageItem {
  return 'str' in item && typeof item.str === 'string';
}
