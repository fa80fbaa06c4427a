/**
 * A PDF's text as one string, the way selectors address it: page texts in page order joined by a blank
 * line. Each page's text is its text items (what pdf.js puts in the text layer, one text node per
 * non-empty item) with a line break after an item that ends a line, so quotes read as they do on paper.
 * Page furniture (running headers and footers, page numbers: `src/core/text/page-furniture.ts`) is left
 * out, so a passage across a page break is quoted as printed, without them; their items stay in the
 * tables with no length, so the text layer still lines up item for item.
 * Pure: no DOM, no pdf.js, so the bench and the unit tests use it in Node.
 */
import {
  anchorAll,
  type AnchorAllOptions,
  type Anchored,
  type AnchorResult,
} from '../core/anchoring/anchor-all.ts';
import { AnchoringText, countBelow } from '../core/anchoring/anchoring-text.ts';
import type { TextSpan } from '../core/anchoring/span.ts';
import type { Selector } from '../core/model/selectors.ts';
import { pageFurniture, type PageLine } from '../core/text/page-furniture.ts';
import type { ReadingPage } from './pdf-reading-text.ts';
import { itemStyles, type PageStyle } from './pdf-text-styles.ts';

/** Between two pages' texts; a quote across a page break contains it. */
export const PAGE_SEPARATOR = '\n\n';

/** One text item of a page, as pdf.js gives it. */
export interface PageItem {
  str: string;
  hasEOL: boolean;
  /** pdf.js's text matrix: `[3]` is the font's height, `[5]` the baseline's height on the page. */
  transform?: readonly number[];
  /** pdf.js's font id and advance width: with the matrix, the commitment finder's layout cues. */
  fontName?: string;
  width?: number;
}

/** Furniture left out of a page's text: where in the text it stood, and its text as read (line ends included). */
export interface LeftOut {
  at: number;
  text: string;
}

/**
 * A page's text, and where each non-empty item starts in it (UTF-16), ascending. A furniture item has
 * length 0, at the place it was left out from.
 */
export interface PageText {
  text: string;
  itemStarts: number[];
  itemLengths: number[];
  furniture: LeftOut[];
  /** Each kept item's print style, when pdf.js gave its font and matrix (`pdf-text-styles.ts`). */
  styles?: PageStyle[];
  /**
   * The page as the commitment finder reads it, only in a PDF with a page drawn out of reading order
   * (`pdf-reading-text.ts`); the text above stays in pdf.js's order, item for item with the text layer.
   */
  reading?: ReadingPage;
}

/**
 * The text of one page; `furniture` holds the indices (into `items`) of the items to leave out. Text
 * left out at a line end keeps that line end, so the lines around it do not run together.
 */
export function pageTextOf(items: readonly PageItem[], furniture: ReadonlySet<number> = new Set()): PageText {
  let text = '';
  const itemStarts: number[] = [];
  const itemLengths: number[] = [];
  const styles: PageStyle[] = [];
  const leftOut: LeftOut[] = [];
  let pending: LeftOut | null = null;
  const flush = (): void => {
    if (!pending) return;
    if (pending.text.endsWith('\n') && text !== '' && !text.endsWith('\n')) {
      pending.text = pending.text.slice(0, -1);
      text += '\n';
    }
    if (pending.text !== '') leftOut.push(pending);
    pending = null;
  };
  items.forEach((item, i) => {
    if (furniture.has(i)) {
      pending ??= { at: text.length, text: '' };
      if (item.str !== '') {
        itemStarts.push(text.length);
        itemLengths.push(0);
      }
      pending.text += item.str + (item.hasEOL ? '\n' : '');
      return;
    }
    flush();
    // Empty items get no node in the text layer, so they get no entry here either.
    if (item.str !== '') {
      itemStarts.push(text.length);
      itemLengths.push(item.str.length);
      styles.push(...itemStyles(item, text.length));
      text += item.str;
    }
    if (item.hasEOL) text += '\n';
  });
  flush();
  const page = { text, itemStarts, itemLengths, furniture: leftOut };
  return styles.length > 0 ? { ...page, styles } : page;
}

/**
 * The texts of a document's pages, each page's furniture (found across all of them) left out. `views`
 * are the pages' boxes (pdf.js `view`, `[x1, y1, x2, y2]`), so that heights compare across page sizes.
 */
export function pageTextsOf(
  pages: readonly (readonly PageItem[])[],
  views: readonly (readonly number[] | undefined)[] = [],
): PageText[] {
  const lines = pages.map(itemLines);
  const furniture = pageFurniture(
    lines.map((page, p) => {
      const [, bottom = 0, , top = 0] = views[p] ?? [];
      const scale = top > bottom ? 1 / (top - bottom) : 1;
      const base = top > bottom ? bottom : 0;
      return page.map(({ line }) => (line.y === undefined ? line : { ...line, y: (line.y - base) * scale }));
    }),
  );
  return pages.map((items, p) => {
    const left = new Set<number>();
    for (const index of furniture[p] ?? []) {
      const { first, end } = (lines[p] as ItemLine[])[index] as ItemLine;
      for (let i = first; i < end; i++) left.add(i);
    }
    return pageTextOf(items, left);
  });
}

interface ItemLine {
  line: PageLine;
  /** The line's items: `first` up to, not including, `end`. */
  first: number;
  end: number;
}

/**
 * A page's items as lines: an item that ends a line ends one, and so does a jump in baseline that pdf.js
 * did not mark (a running header is often run into the first line of the body).
 */
function itemLines(items: readonly PageItem[]): ItemLine[] {
  const lines: ItemLine[] = [];
  let current: ItemLine | null = null;
  let lastY: number | undefined;
  let lastSize = 0;
  items.forEach((item, i) => {
    const y = item.transform?.[5];
    const size = Math.abs(item.transform?.[3] ?? 0);
    if (current && item.str !== '' && y !== undefined && lastY !== undefined) {
      // More than half a line's height: a superscript stays on its line.
      if (Math.abs(y - lastY) > Math.max(2, Math.max(size, lastSize) / 2)) {
        lines.push(current);
        current = null;
      }
    }
    current ??= { line: { text: '' }, first: i, end: i };
    current.line.text += item.str;
    current.end = i + 1;
    if (item.str !== '' && y !== undefined) {
      // A line's height is where its first text stands.
      if (current.line.y === undefined) current.line.y = y;
      lastY = y;
      lastSize = size;
    }
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  });
  if (current) lines.push(current);
  return lines;
}

/** A point in the text of one page: which non-empty item, and a UTF-16 offset inside its string. */
export interface ItemPoint {
  page: number;
  item: number;
  offset: number;
}

/**
 * The text as read before furniture was left out, and where the furniture stands in it, for annotations
 * stored before: their positions count furniture in, and a quote across a page break may hold it.
 */
interface TextAsRead {
  doc: AnchoringText;
  /** UTF-16 offset in `doc.text` where each piece of furniture starts, ascending. */
  starts: number[];
  lengths: number[];
  /** UTF-16 units of furniture before each piece. */
  before: number[];
}

export class PdfDocumentText {
  readonly doc: AnchoringText;
  readonly pages: readonly PageText[];
  /** UTF-16 offset in `doc.text` where each page starts; `pageStarts[i]` is page i + 1. */
  readonly #pageStarts: number[];
  #asRead: TextAsRead | null = null;

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

  /**
   * Anchors stored selectors in the text with the batch engine, so that annotations found without doubt
   * tell where the text of a republished PDF moved and the others are looked for there. One that finds
   * no passage, or only an approximate one, is tried once more in the text as read with its furniture,
   * where a quote stored before furniture was left out still stands verbatim at its stored position; the
   * better of the two wins, a passage found there brought back to this text. Yields like `anchorAll`.
   */
  *anchorAll(
    targets: readonly (readonly Selector[])[],
    options: AnchorAllOptions = {},
  ): Generator<Anchored[], void, undefined> {
    const withFurniture = this.pages.some((page) => page.furniture.length > 0);
    /** Not sure here: index into `targets` and the result found in this text. */
    const retry: Anchored[] = [];
    for (const batch of anchorAll(this.doc, targets, options)) {
      if (!withFurniture) {
        yield batch;
        continue;
      }
      const settled: Anchored[] = [];
      for (const anchored of batch) (isSure(anchored.result) ? settled : retry).push(anchored);
      yield settled;
    }
    if (retry.length === 0) return;
    const asRead = this.#textAsRead();
    const again = anchorAll(
      asRead.doc,
      retry.map((a) => targets[a.index] as readonly Selector[]),
      options,
    );
    for (const batch of again) {
      yield batch.map(({ index, result: old }) => {
        const here = retry[index] as Anchored;
        return { index: here.index, result: this.#better(asRead, here.result, old) };
      });
    }
  }

  /** One annotation, as it anchors in a batch of its own. */
  anchor(selectors: readonly Selector[]): AnchorResult | null {
    let result: AnchorResult | null = null;
    for (const batch of this.anchorAll([selectors])) for (const anchored of batch) result = anchored.result;
    return result;
  }

  /** The better of a passage found in this text and one found in the text as read, brought back here. */
  #better(asRead: TextAsRead, result: AnchorResult | null, old: AnchorResult | null): AnchorResult | null {
    if (!old || (result && result.score >= old.score)) return result;
    const toHere = (cp: number): number =>
      this.doc.toCodePoint(withoutFurniture(asRead, asRead.doc.toUtf16(cp)));
    const span = { start: toHere(old.span.start), end: toHere(old.span.end) };
    // A passage of nothing but furniture (a page number highlighted before) has no place here.
    if (span.end > span.start) return { ...old, span };
    return result;
  }

  #textAsRead(): TextAsRead {
    if (this.#asRead) return this.#asRead;
    const parts: string[] = [];
    const starts: number[] = [];
    const lengths: number[] = [];
    const before: number[] = [];
    let length = 0;
    let removed = 0;
    this.pages.forEach((page, p) => {
      if (p > 0) {
        parts.push(PAGE_SEPARATOR);
        length += PAGE_SEPARATOR.length;
      }
      let at = 0;
      for (const piece of page.furniture) {
        parts.push(page.text.slice(at, piece.at), piece.text);
        length += piece.at - at;
        starts.push(length);
        lengths.push(piece.text.length);
        before.push(removed);
        length += piece.text.length;
        removed += piece.text.length;
        at = piece.at;
      }
      parts.push(page.text.slice(at));
      length += page.text.length - at;
    });
    this.#asRead = { doc: new AnchoringText(parts.join('')), starts, lengths, before };
    return this.#asRead;
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
   * boundary inside a line break, a page separator or furniture moves inward to the nearest item.
   */
  pointsOnPage(span: TextSpan, pageNumber: number): { start: ItemPoint; end: ItemPoint } | null {
    const page = this.pages[pageNumber - 1];
    if (!page || page.itemStarts.length === 0) return null;
    const pageStart = this.#pageStarts[pageNumber - 1] as number;
    const from = Math.max(this.doc.toUtf16(span.start) - pageStart, 0);
    const to = Math.min(this.doc.toUtf16(span.end) - pageStart, page.text.length);
    if (to <= from) return null;
    // First item that ends after `from`, last item that starts before `to`; furniture (no length) is not
    // part of the passage, so neither end is on it.
    let first = firstIndex(page.itemStarts.length, (i) => itemEnd(page, i) > from);
    let last = firstIndex(page.itemStarts.length, (i) => (page.itemStarts[i] as number) >= to) - 1;
    while (first <= last && page.itemLengths[first] === 0) first++;
    while (last >= first && page.itemLengths[last] === 0) last--;
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

/** Found verbatim, or where it was stored: the text as read cannot do better. */
function isSure(result: AnchorResult | null): boolean {
  return result?.method === 'exact' || result?.method === 'position';
}

/** A UTF-16 offset in the text as read, in the text without furniture; inside furniture, where it was left out. */
function withoutFurniture(asRead: TextAsRead, u16: number): number {
  const i = countBelow(asRead.starts, u16 + 1) - 1;
  if (i < 0) return u16;
  const start = asRead.starts[i] as number;
  const length = asRead.lengths[i] as number;
  const before = asRead.before[i] as number;
  return u16 < start + length ? start - before : u16 - before - length;
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
