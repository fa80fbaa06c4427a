/**
 * The rendered text layers of the PDF's pages and the mapping between their DOM and offsets into the
 * document's text. pdf.js draws one span per non-empty text item, in item order, inside `markedContent`
 * spans, so item i of a page is the i-th span that is neither a marked-content group nor inside another
 * item (pdf.js drops `role` from some, so the role cannot tell them). An item's text may be split into
 * several nodes (pdf.js's find highlighting does this), so offsets inside it count over its text nodes.
 */
import type { TextSpan } from '../core/anchoring/span.ts';
import type { ItemPoint, PdfDocumentText } from './pdf-document-text.ts';

const NOT_ITEM = 'markedContent';
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_SKIP = 3;

export class PdfTextLayers {
  readonly #text: PdfDocumentText;
  readonly #root: HTMLElement;
  /** Item spans of each rendered page whose count matched the extracted text. */
  readonly #spans = new Map<number, HTMLElement[]>();
  /** The text layer element each of those pages was registered with. */
  readonly #layers = new Map<number, Element>();
  readonly #itemOf = new WeakMap<Element, { page: number; item: number }>();

  constructor(text: PdfDocumentText, root: HTMLElement) {
    this.#text = text;
    this.#root = root;
  }

  /**
   * Takes a page's freshly rendered text layer. False when its items do not match the extracted text
   * (pdf.js stopped early on a huge page): that page's highlights are then not painted rather than wrong.
   */
  register(pageNumber: number, layer: Element): boolean {
    let spans = [...layer.querySelectorAll<HTMLElement>(`span:not(.${NOT_ITEM})`)].filter(
      (span) => !span.parentElement?.closest(`span:not(.${NOT_ITEM})`),
    );
    const page = this.#text.pages[pageNumber - 1];
    const expected = page?.itemStarts.length;
    // pdf.js cancels a text layer still being drawn when the page is drawn again at another scale (the
    // sidebar opening narrows the pages), but leaves the spans it had drawn in the layer, before the new
    // drawing's: the page's items are then its last spans, and the ones before are left over.
    if (page && page.itemStarts.length > 0 && spans.length > page.itemStarts.length) {
      const last = spans.slice(spans.length - page.itemStarts.length);
      if (sameText(last, page.text, page.itemStarts, page.itemLengths)) {
        for (const leftOver of spans.slice(0, spans.length - last.length)) leftOver.remove();
        spans = last;
      }
    }
    if (spans.length !== expected) {
      console.warn(
        `Plan Annotator: page ${pageNumber} shows ${spans.length} text items, ${expected} were read`,
      );
      this.#spans.delete(pageNumber);
      this.#layers.delete(pageNumber);
      return false;
    }
    spans.forEach((span, item) => this.#itemOf.set(span, { page: pageNumber, item }));
    this.#spans.set(pageNumber, spans);
    this.#layers.set(pageNumber, layer);
    return true;
  }

  /**
   * Whether a page's registered text layer is in the document and shown. While pdf.js draws a page again
   * at another scale it keeps the old text layer but hides it: its spans are still connected, yet nothing
   * in it can be scrolled to (an element that is not displayed does not move the view), and the page's
   * `textlayerrendered` comes again once it is shown.
   */
  isRendered(pageNumber: number): boolean {
    const spans = this.#spans.get(pageNumber);
    const layer = this.#layers.get(pageNumber);
    if (spans === undefined || layer === undefined || !layer.isConnected) return false;
    if (layer instanceof HTMLElement && layer.hidden) return false;
    return spans.length === 0 || spans[0]?.isConnected === true;
  }

  /**
   * DOM ranges over the parts of a span that lie on rendered pages, one for each page, in page order;
   * none when none of it is rendered. A range per page leaves out what lies between two pages' parts:
   * the first page's footer and page number, the next page's running header.
   */
  rangesOf(span: TextSpan): Range[] {
    const first = this.#text.pageAt(span.start);
    const last = this.#text.pageAt(Math.max(span.start, span.end - 1));
    const ranges: Range[] = [];
    for (let page = first; page <= last; page++) {
      if (!this.isRendered(page)) continue;
      const points = this.#text.pointsOnPage(span, page);
      const from = points && this.#domPoint(points.start);
      const to = points && this.#domPoint(points.end);
      if (!from || !to) continue;
      const range = this.#root.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      ranges.push(range);
    }
    return ranges;
  }

  /** The document span a DOM range (a selection) covers, or null when it touches no page text. */
  spanOf(range: Range): TextSpan | null {
    const start = this.offsetAt(range.startContainer, range.startOffset, 'start');
    const end = this.offsetAt(range.endContainer, range.endOffset, 'end');
    if (start === null || end === null || end <= start) return null;
    return { start, end };
  }

  /** The document offset of a DOM boundary point; off-text points move to the next (or previous) text. */
  offsetAt(container: Node, offset: number, edge: 'start' | 'end'): number | null {
    const point = this.#textPoint(container, offset, edge);
    if (!point) return null;
    const span = this.#itemSpanOf(point.node);
    const item = span ? this.#itemOf.get(span) : undefined;
    if (!span || !item) return null;
    let before = 0;
    for (const node of textNodesOf(span)) {
      if (node === point.node) break;
      before += node.data.length;
    }
    return this.#text.offsetOf({ ...item, offset: before + point.offset });
  }

  #textPoint(container: Node, offset: number, edge: 'start' | 'end'): { node: Text; offset: number } | null {
    if (isText(container)) return this.#accepts(container) ? { node: container, offset } : null;
    const walker = this.#root.ownerDocument.createTreeWalker(this.#root, SHOW_TEXT, {
      acceptNode: (node) => (this.#accepts(node) ? FILTER_ACCEPT : FILTER_SKIP),
    });
    const after = container.childNodes[offset] ?? null;
    if (edge === 'start') {
      if (after && isText(after) && this.#accepts(after)) return { node: after, offset: 0 };
      walker.currentNode = after ?? lastDescendant(container);
      const next = walker.nextNode();
      return next && isText(next) ? { node: next, offset: 0 } : null;
    }
    if (after) {
      walker.currentNode = after;
    } else {
      const last = lastDescendant(container);
      if (isText(last) && this.#accepts(last)) return { node: last, offset: last.data.length };
      walker.currentNode = last;
    }
    const previous = walker.previousNode();
    return previous && isText(previous) ? { node: previous, offset: previous.data.length } : null;
  }

  #accepts(node: Node): boolean {
    return this.#itemSpanOf(node) !== null;
  }

  /** The item span a node is in, if it is in the text layer of a registered page. */
  #itemSpanOf(node: Node): Element | null {
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (this.#itemOf.has(element)) return element;
      if (element.classList.contains('textLayer')) return null;
    }
    return null;
  }

  #domPoint(point: ItemPoint): { node: Node; offset: number } | null {
    const span = this.#spans.get(point.page)?.[point.item];
    if (!span) return null;
    let remaining = point.offset;
    let last: Text | null = null;
    for (const node of textNodesOf(span)) {
      if (remaining <= node.data.length) return { node, offset: remaining };
      remaining -= node.data.length;
      last = node;
    }
    return last ? { node: last, offset: last.data.length } : { node: span, offset: 0 };
  }
}

/** Whether spans hold, one for one, the text of the items read (whitespace aside: a blank item is read empty). */
function sameText(
  spans: readonly Element[],
  pageText: string,
  itemStarts: readonly number[],
  itemLengths: readonly number[],
): boolean {
  return spans.every((span, i) => {
    const start = itemStarts[i] as number;
    const length = itemLengths[i] as number;
    // Running headers and page numbers are read as items of no length: their spans cannot be compared.
    return length === 0 || (span.textContent ?? '').trim() === pageText.slice(start, start + length).trim();
  });
}

function isText(node: Node): node is Text {
  return node.nodeType === 3;
}

function lastDescendant(node: Node): Node {
  let current = node;
  while (current.lastChild) current = current.lastChild;
  return current;
}

function textNodesOf(element: Element): Text[] {
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}
