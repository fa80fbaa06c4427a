/**
 * A PDF's text as one string, the way selectors address it: page texts in page order joined by a blank
 * line. Each page's text is its text items (what pdf.js puts in the text layer, one text node per
 * non-empty item) with a line break after an item that ends a line, so quotes read as they do on paper.
 * Pure: no DOM, no pdf.js, so the bench and the unit tests use it in Node.
 */
import { AnchoringText } from '../core/anchoring/anchoring-text.ts';
import type { TextSpan } from '../core/anchoring/span.ts';
import type { TextStyle } from '../core/text/page-text.ts';

/** Between two pages' texts; a quote across a page break contains it. */
export const PAGE_SEPARATOR = '\n\n';

/** One text item of a page, as pdf.js gives it. */
export interface PageItem {
  str: string;
  hasEOL: boolean;
  /** pdf.js's font id, text matrix and advance width: the layout cues of the commitment finder. */
  fontName?: string;
  transform?: readonly number[];
  width?: number;
}

/** How one item is printed: `[start, end)` in the page's text (UTF-16), font size, font id, ems per char. */
export type PageStyle = [start: number, end: number, size: number, font: string, em: number];

/** A page's text, and where each non-empty item starts in it (UTF-16), ascending. */
export interface PageText {
  text: string;
  itemStarts: number[];
  itemLengths: number[];
  /** Each item's print style, when pdf.js gave its font and matrix; read in the same pass as the text. */
  styles?: PageStyle[];
}

export function pageTextOf(items: readonly PageItem[]): PageText {
  let text = '';
  const itemStarts: number[] = [];
  const itemLengths: number[] = [];
  const styles: PageStyle[] = [];
  for (const item of items) {
    // Empty items get no node in the text layer, so they get no entry here either.
    if (item.str !== '') {
      itemStarts.push(text.length);
      itemLengths.push(item.str.length);
      const size = item.transform
        ? Math.round(Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) * 10) / 10
        : 0;
      if (size > 0 && item.fontName !== undefined) {
        const em = item.width !== undefined ? item.width / size / item.str.length : 0;
        styles.push([text.length, text.length + item.str.length, size, item.fontName, em]);
      }
      text += item.str;
    }
    if (item.hasEOL) text += '\n';
  }
  return styles.length > 0 ? { text, itemStarts, itemLengths, styles } : { text, itemStarts, itemLengths };
}

/** A point in the text of one page: which non-empty item, and a UTF-16 offset inside its string. */
export interface ItemPoint {
  page: number;
  item: number;
  offset: number;
}

export class PdfDocumentText {
  readonly doc: AnchoringText;
  readonly pages: readonly PageText[];
  /** UTF-16 offset in `doc.text` where each page starts; `pageStarts[i]` is page i + 1. */
  readonly #pageStarts: number[];

  constructor(pages: readonly PageText[]) {
    this.pages = pages;
    this.#pageStarts = [];
    let offset = 0;
    for (const page of pages) {
      this.#pageStarts.push(offset);
      offset += page.text.length + PAGE_SEPARATOR.length;
    }
    this.doc = new AnchoringText(pages.map((p) => p.text).join(PAGE_SEPARATOR));
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** Each page's span in `doc.text`, in code points, separators left out: what findCommitments reads. */
  pageSpans(): TextSpan[] {
    return this.pages.map((page, i) => {
      const start = this.#pageStarts[i] as number;
      return { start: this.doc.toCodePoint(start), end: this.doc.toCodePoint(start + page.text.length) };
    });
  }

  /** Every item's print style in `doc.text`, code points, for the commitment finder's layout cues. */
  textStyles(): TextStyle[] {
    const out: TextStyle[] = [];
    this.pages.forEach((page, i) => {
      const pageStart = this.#pageStarts[i] as number;
      for (const [start, end, size, font, em] of page.styles ?? []) {
        out.push({
          start: this.doc.toCodePoint(pageStart + start),
          end: this.doc.toCodePoint(pageStart + end),
          size,
          font,
          em,
          bold: false,
        });
      }
    });
    return out;
  }

  /** Pages (from 1) whose text holds nothing but whitespace: scanned, or images only. */
  pagesWithoutText(): number[] {
    return this.pages.flatMap((page, i) => (page.text.trim() === '' ? [i + 1] : []));
  }

  /** The page (from 1) a code-point offset falls on; a separator belongs to the page before it. */
  pageAt(cp: number): number {
    const u16 = this.doc.toUtf16(cp);
    let low = 0;
    let high = this.#pageStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.#pageStarts[mid] as number) <= u16) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** Code-point offset of a point in an item. */
  offsetOf(point: ItemPoint): number | null {
    const page = this.pages[point.page - 1];
    const start = page?.itemStarts[point.item];
    const length = page?.itemLengths[point.item];
    if (start === undefined || length === undefined) return null;
    const pageStart = this.#pageStarts[point.page - 1] as number;
    return this.doc.toCodePoint(pageStart + start + Math.min(Math.max(point.offset, 0), length));
  }

  /**
   * The part of a span on one page as item points, or null when the span has no item text there. A
   * boundary inside a line break or a page separator moves inward to the nearest item.
   */
  pointsOnPage(span: TextSpan, pageNumber: number): { start: ItemPoint; end: ItemPoint } | null {
    const page = this.pages[pageNumber - 1];
    if (!page || page.itemStarts.length === 0) return null;
    const pageStart = this.#pageStarts[pageNumber - 1] as number;
    const from = Math.max(this.doc.toUtf16(span.start) - pageStart, 0);
    const to = Math.min(this.doc.toUtf16(span.end) - pageStart, page.text.length);
    if (to <= from) return null;
    // First item that ends after `from`, last item that starts before `to`.
    const first = firstIndex(page.itemStarts.length, (i) => itemEnd(page, i) > from);
    const last = firstIndex(page.itemStarts.length, (i) => (page.itemStarts[i] as number) >= to) - 1;
    if (first > last || first >= page.itemStarts.length || last < 0) return null;
    const firstStart = page.itemStarts[first] as number;
    const lastStart = page.itemStarts[last] as number;
    return {
      start: { page: pageNumber, item: first, offset: Math.max(from - firstStart, 0) },
      end: {
        page: pageNumber,
        item: last,
        offset: Math.min(to - lastStart, page.itemLengths[last] as number),
      },
    };
  }
}

function itemEnd(page: PageText, i: number): number {
  return (page.itemStarts[i] as number) + (page.itemLengths[i] as number);
}

/** The first index in [0, length) where an ascending predicate turns true, or `length`. */
function firstIndex(length: number, predicate: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (predicate(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
