/**
 * The text the commitment finder reads for a PDF with a page drawn out of reading order (a table drawn
 * column by column, two columns drawn line by line: `src/core/text/reading-order.ts`). The viewer's own
 * text keeps pdf.js's content order, item for item with the text layer, because highlights and selectors
 * live there; read in that order such a page tells the finder a row's number lines away from its title.
 * So for those PDFs the finder is sent the text as the command line reads it (`styledPageTextOf`), and
 * each offset it answers with is brought back to the same character of the same item in the viewer's text.
 * A PDF whose pages are all in order keeps nothing extra and is sent the viewer's text as before.
 * Pure: no DOM, no pdf.js.
 */
import { codePointLength, countBelow } from '../core/anchoring/anchoring-text.ts';
import type { TextSpan } from '../core/anchoring/span.ts';
import {
  joinPages,
  readInAnotherOrder,
  styledPageTextOf,
  type TextRun,
  type TextStyle,
} from '../core/text/page-text.ts';
import type { PageItem, PdfDocumentText } from './pdf-document-text.ts';

/** The most white space two pieces of a passage are joined across (a line break, a page's separator). */
const MAX_JOINED_GAP = 8;

/** One page as the command line reads it, kept (and cached) beside the viewer's page text. */
export interface ReadingPage {
  text: string;
  /** The style of each run with a size and a font, in code points of `text`. */
  styles: TextStyle[];
  /**
   * Each run with text, in reading order, three numbers each: where it starts and ends in `text` (code
   * points), and its item's index among the page's non-empty items (the viewer's `itemStarts`).
   */
  runs: number[];
}

/** A pdf.js item with its place among the page's non-empty items, so it is known again once reordered. */
interface NumberedItem extends TextRun {
  item: number;
}

/**
 * Every page as the command line reads it, when at least one page is drawn out of reading order; null
 * otherwise, so an ordinary PDF costs one look at each page's order and nothing kept.
 */
export function readingPagesOf(pages: readonly (readonly PageItem[])[]): ReadingPage[] | null {
  if (!pages.some((items) => readInAnotherOrder(items))) return null;
  return pages.map((items) => {
    let n = 0;
    // Empty items have no node in the text layer, so no index in the viewer's tables either.
    const numbered = items.map((it): NumberedItem => ({ ...it, item: it.str === '' ? -1 : n++ }));
    const runs: number[] = [];
    const page = styledPageTextOf(numbered, (run, start) => {
      // A tab the reordering put between two cells is no item of the page.
      if ('item' in run && run.item >= 0) runs.push(start, start + codePointLength(run.str), run.item);
    });
    return { text: page.text, styles: page.styles, runs };
  });
}

/** What the finder is sent for a PDF read in reading order, and the way back to the viewer's text. */
export interface FinderText {
  text: string;
  pages: TextSpan[];
  styles: TextStyle[];
  /** A code point of `text` as the same character in the viewer's text (`PdfDocumentText.doc`). */
  toText: (cp: number) => number;
  /**
   * Where the characters of `[start, end)` of `text` stand in the viewer's text: ascending spans, not
   * overlapping, two of them made one when only white space of the viewer's text lies between. A
   * commitment read row by row is scattered through the viewer's text in content order, so its mapped
   * `[toText(start), toText(end))` also covers other rows; these spans cover its own characters alone.
   */
  piecesOf: (start: number, end: number) => TextSpan[];
}

/**
 * The finder's text from the pages' reading texts, or null when the PDF has none (every page in order,
 * or read from a cache entry written before them): the caller then sends the viewer's text itself.
 */
export function finderTextOf(text: PdfDocumentText): FinderText | null {
  const reading = text.pages.map((page) => page.reading);
  if (reading.some((page) => page === undefined)) return null;
  const pages = reading as ReadingPage[];
  const joined = joinPages(
    pages.map((page) => page.text),
    pages.map((page) => page.styles),
  );
  const viewerPages = text.pageSpans();
  // Per run, document-wide and ascending: where it stands in the finder's text, where its item stands in
  // the viewer's text, and where an offset after it (a line break, a tab between cells) goes.
  const from: number[] = [];
  const fromEnd: number[] = [];
  const to: number[] = [];
  const toLength: number[] = [];
  const after: number[] = [];
  pages.forEach((page, p) => {
    const offset = (joined.pages[p] as TextSpan).start;
    const pageEnd = (viewerPages[p] as TextSpan).end;
    const first = to.length;
    for (let k = 0; k + 2 < page.runs.length; k += 3) {
      const item = page.runs[k + 2] as number;
      const start = text.offsetOf({ page: p + 1, item, offset: 0 });
      const end = text.offsetOf({ page: p + 1, item, offset: Number.MAX_SAFE_INTEGER });
      if (start === null || end === null) continue;
      from.push(offset + (page.runs[k] as number));
      fromEnd.push(offset + (page.runs[k + 1] as number));
      to.push(start);
      // Running headers have no length in the viewer's text: all of such a run is where it was left out.
      toLength.push(end - start);
    }
    // Between two runs: the next one's start, so a heading's title starts where the viewer's does. After
    // the page's last run: the page's end, so the offset stays on its page.
    for (let k = first; k < to.length; k++) after.push(k + 1 < to.length ? (to[k + 1] as number) : pageEnd);
  });
  const toText = (cp: number): number => {
    const k = countBelow(from, cp + 1) - 1;
    if (k < 0) return to[0] ?? 0;
    const start = from[k] as number;
    if (cp < (fromEnd[k] as number)) return (to[k] as number) + Math.min(cp - start, toLength[k] as number);
    return after[k] as number;
  };
  const piecesOf = (start: number, end: number): TextSpan[] => {
    const found: TextSpan[] = [];
    // `from` ascends and runs do not overlap in the finder's text, so the runs met are one stretch of it.
    for (let k = Math.max(0, countBelow(fromEnd, start + 1)); k < from.length; k++) {
      const runStart = from[k] as number;
      if (runStart >= end) break;
      const first = Math.max(start, runStart) - runStart;
      const last = Math.min(end, fromEnd[k] as number) - runStart;
      const length = toLength[k] as number;
      // A running header's run has no characters in the viewer's text.
      if (Math.min(first, length) < Math.min(last, length))
        found.push({ start: (to[k] as number) + first, end: (to[k] as number) + Math.min(last, length) });
    }
    found.sort((a, b) => a.start - b.start);
    const pieces: TextSpan[] = [];
    for (const piece of found) {
      const previous = pieces.at(-1);
      // Only white space between (the line break after one item, a page's separator): still one piece,
      // so that a passage starting on that white space is in it.
      const between = previous ? piece.start - previous.end : Infinity;
      if (previous && between <= MAX_JOINED_GAP && text.doc.slice(previous.end, piece.start).trim() === '')
        previous.end = Math.max(previous.end, piece.end);
      else pieces.push({ ...piece });
    }
    return pieces;
  };
  return { text: joined.text, pages: joined.pages, styles: joined.styles ?? [], toText, piecesOf };
}
