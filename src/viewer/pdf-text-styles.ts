/**
 * How a PDF's text items are printed (font size, pdf.js's font id, width per em), read in the same pass as
 * their text by `pageTextOf` and kept in the text cache: the commitment finder's layout cues
 * (`src/core/commitments/layout-cues.ts`), as the command line keeps them with `styledPageTextOf`.
 * Pure: no DOM, no pdf.js.
 */
import type { TextSpan } from '../core/anchoring/span.ts';
import type { TextStyle } from '../core/text/page-text.ts';
import type { PdfDocumentText } from './pdf-document-text.ts';

/**
 * How one item is printed: `[start, end)` in the page's text (UTF-16), font size, font id, ems per char,
 * and where it starts across the page (PDF units).
 */
export type PageStyle = [start: number, end: number, size: number, font: string, em: number, x?: number];

/** The parts of a pdf.js text item its style is read from. */
interface StyledItem {
  str: string;
  fontName?: string;
  transform?: readonly number[];
  width?: number;
}

/** The style of an item whose text starts at `at` in its page's text: none without a font and a size. */
export function itemStyles(item: StyledItem, at: number): PageStyle[] {
  const size = item.transform
    ? Math.round(Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) * 10) / 10
    : 0;
  if (size <= 0 || item.fontName === undefined || item.str === '') return [];
  const em = item.width !== undefined ? item.width / size / item.str.length : 0;
  const x = item.transform?.[4];
  const style: PageStyle = [at, at + item.str.length, size, item.fontName, em];
  if (x !== undefined) style.push(Math.round(x));
  return [style];
}

/** Every item's print style in a PDF's text (`doc.text`), in code points: what the finder reads. */
export function textStylesOf(text: PdfDocumentText): TextStyle[] {
  const out: TextStyle[] = [];
  const spans = text.pageSpans();
  text.pages.forEach((page, i) => {
    const pageStart = text.doc.toUtf16((spans[i] as TextSpan).start);
    for (const [start, end, size, font, em, x] of page.styles ?? []) {
      out.push({
        start: text.doc.toCodePoint(pageStart + start),
        end: text.doc.toCodePoint(pageStart + end),
        size,
        font,
        em,
        bold: false,
        ...(x === undefined ? {} : { x }),
      });
    }
  });
  return out;
}
