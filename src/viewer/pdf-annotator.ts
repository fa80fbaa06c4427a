/**
 * The PDF viewer's integration of the annotator core (`src/annotator/annotator-core.ts`): the same
 * annotator as in a web page (annotator port, relays to and from the sidebar, `anchors.changed`), over the
 * PDF's whole text. Anchoring uses the text of every page, so it never depends on which pages are drawn;
 * painting follows pdf.js as it draws, redraws and drops text layers (scrolling, zooming).
 */
import { AnnotatorCore } from '../annotator/annotator-core.ts';
import type { CommitmentSearch, DocumentIntegration, SidebarPanel } from '../annotator/integration.ts';
import type { AnchorAllOptions } from '../core/anchoring/anchor-all.ts';
import type { TextSpan } from '../core/anchoring/span.ts';
import { documentTitle } from '../core/model/new-annotation.ts';
import type { Selector } from '../core/model/selectors.ts';
import type { BackgroundEvent, CommitmentOutline } from '../messaging/protocol.ts';
import type { PdfDocumentText } from './pdf-document-text.ts';
import { describePdfSpan } from './pdf-selectors.ts';
import { PdfTextLayers } from './pdf-text-layers.ts';
import { finderTextOf } from './pdf-reading-text.ts';
import { textStylesOf } from './pdf-text-styles.ts';
import type { PdfView } from './pdf-view.ts';
import type { SelectionToolbar } from './selection-toolbar.ts';

export interface PdfAnnotatorParts {
  view: PdfView;
  text: PdfDocumentText;
  /** The key annotations of this PDF are stored under (`urn:x-pdf:<fingerprint>`). */
  documentKey: string;
  title: string;
  /** Where the PDF came from (null when read from disk): a cue for telling a plan from other PDFs. */
  address?: string | null;
  sidebar: SidebarPanel;
  toolbar: SelectionToolbar;
  /** The background refused to store something: say why. */
  onRefusal(message: string): void;
}

export class PdfAnnotator implements DocumentIntegration {
  readonly #parts: PdfAnnotatorParts;
  readonly #layers: PdfTextLayers;
  readonly #core: AnnotatorCore;
  readonly sidebar: SidebarPanel;
  /** The text is read once, before the annotator starts. */
  readonly textVersion = null;
  /** A card asked to show a highlight on a page not drawn yet: finish when that page's text is drawn. */
  #pendingScroll: { id: string; page: number } | null = null;
  /**
   * The highlight last brought into view for the reader (a link's, a card's), until they scroll, click or
   * type on the pages. A zoom preset applied again (the sidebar opening narrows the pages) makes pdf.js
   * scroll back to the place it last recorded, which may be from before this highlight was shown; the
   * highlight is then brought back into view.
   */
  #shown: string | null = null;

  constructor(parts: PdfAnnotatorParts, signal: AbortSignal) {
    this.#parts = parts;
    this.sidebar = parts.sidebar;
    const doc = parts.view.pagesRoot.ownerDocument;
    this.#layers = new PdfTextLayers(parts.text, parts.view.pagesRoot);
    this.#core = new AnnotatorCore(this, doc, signal);

    const { eventBus } = parts.view;
    // Pages drawn before this annotator existed (the text was still being read) are taken now.
    for (let page = 1; page <= parts.text.pageCount; page++) {
      const layer = parts.view.textLayerOf(page);
      if (layer && layer.querySelector('.endOfContent')) this.#layers.register(page, layer);
    }
    eventBus.on('textlayerrendered', (event: { pageNumber: number }) => this.#onTextLayer(event.pageNumber), {
      signal,
    });
    eventBus.on('scalechanging', () => this.#showAgain(), { signal });
    for (const type of ['wheel', 'mousedown', 'keydown', 'touchstart']) {
      doc.addEventListener(type, () => (this.#shown = null), { capture: true, passive: true, signal });
    }
    // pdf.js's find highlighting splits text nodes, which moves live ranges: paint again afterwards.
    eventBus.on('updatetextlayermatches', () => this.#core.repaint(), { signal });

    const root = parts.view.pagesRoot;
    doc.addEventListener(
      'mousedown',
      (e) => this.#isOnPages(e) || parts.toolbar.contains(e.target) || parts.toolbar.hide(),
      { signal },
    );
    root.addEventListener('mouseup', () => setTimeout(() => this.#offerToolbar(), 0), { signal });
    doc.addEventListener('keyup', (e) => e.shiftKey && this.#offerToolbar(), { signal });
    root.addEventListener('click', (e) => this.#onClick(e), { signal });
  }

  /** Read this PDF's annotations again, anchor them in its text and paint what is drawn. */
  reload(): Promise<void> {
    return this.#core.reload();
  }

  onEvent(event: BackgroundEvent): void {
    this.#core.onEvent(event);
  }

  /** The document span anchored for an annotation, if it anchored. */
  spanOf(id: string): TextSpan | undefined {
    return this.#core.spanOf(id);
  }

  /** The whole text was read before the annotator started. */
  async readText(): Promise<boolean> {
    return true;
  }

  anchorAll(targets: readonly (readonly Selector[])[], options: AnchorAllOptions) {
    return this.#parts.text.anchorAll(targets, options);
  }

  /** The ranges of a span on the pages whose text layer is drawn. */
  rangesOf(span: TextSpan): Range[] {
    return this.#layers.rangesOf(span);
  }

  /** Shows a highlight; on a page not drawn yet, goes to the page first and finishes once it is drawn. */
  scrollTo(id: string, span: TextSpan): void {
    this.#shown = id;
    const page = this.#parts.text.pageAt(span.start);
    const range = this.#layers.isRendered(page) ? (this.#layers.rangesOf(span)[0] ?? null) : null;
    if (!range) {
      this.#pendingScroll = { id, page };
      this.#parts.view.goToPage(page);
      return;
    }
    const start = range.startContainer;
    const element = start instanceof Element ? start : start.parentElement;
    element?.scrollIntoView({ block: 'center' });
  }

  /**
   * The PDF's text with its page spans, which keep running headers out of the commitments, and its items'
   * print styles (the finder's layout cues); the background tells whether it reads as an action plan.
   */
  async commitmentSearch(): Promise<CommitmentSearch> {
    const { text, title, address } = this.#parts;
    const about = { title: documentTitle(title), url: (address ?? '').slice(0, 4096), headings: [] };
    // A page drawn out of reading order: the finder reads the PDF in reading order, as the command line
    // does, and its offsets come back to the same characters here.
    const reading = finderTextOf(text);
    if (reading) {
      const { toText, piecesOf, ...read } = reading;
      return { request: { ...read, ...about }, toText, piecesOf };
    }
    return {
      request: { text: text.doc.text, pages: text.pageSpans(), styles: textStylesOf(text), ...about },
    };
  }

  scrollToCommitment(commitment: CommitmentOutline): void {
    this.#shown = null;
    this.#parts.view.goToPage(commitment.page ?? this.#parts.text.pageAt(commitment.start));
  }

  #onTextLayer(pageNumber: number): void {
    const layer = this.#parts.view.textLayerOf(pageNumber);
    if (!layer || !this.#layers.register(pageNumber, layer)) return;
    this.#core.repaint();
    if (this.#pendingScroll?.page === pageNumber) {
      const { id } = this.#pendingScroll;
      this.#pendingScroll = null;
      this.#core.scrollTo(id);
    }
  }

  /** After pdf.js re-laid the pages out at another scale: the highlight shown, back in view. */
  #showAgain(): void {
    if (this.#shown !== null) this.#core.scrollTo(this.#shown);
  }

  #isOnPages(event: Event): boolean {
    return event.target instanceof Node && this.#parts.view.pagesRoot.contains(event.target);
  }

  #selectedSpan(): TextSpan | null {
    const selection = this.#parts.view.pagesRoot.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!this.#parts.view.pagesRoot.contains(range.commonAncestorContainer)) return null;
    return this.#layers.spanOf(range);
  }

  #offerToolbar(): void {
    const span = this.#selectedSpan();
    const selection = this.#parts.view.pagesRoot.ownerDocument.getSelection();
    if (!span || !selection || !this.#parts.text.doc.slice(span.start, span.end).trim()) {
      this.#parts.toolbar.hide();
      return;
    }
    const rects = selection.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1] ?? selection.getRangeAt(0).getBoundingClientRect();
    this.#parts.toolbar.showAt(last);
  }

  #onClick(event: MouseEvent): void {
    if (this.#selectedSpan()) return;
    const doc = this.#parts.view.pagesRoot.ownerDocument;
    const caret = doc.caretRangeFromPoint?.(event.clientX, event.clientY);
    this.#core.clickAt(
      caret ? this.#layers.offsetAt(caret.startContainer, caret.startOffset, 'start') : null,
    );
  }

  #describeSelection() {
    const span = this.#selectedSpan();
    const selector = span ? describePdfSpan(this.#parts.text, span) : null;
    return selector ? { source: this.#parts.documentKey, selector } : null;
  }

  async highlightSelection(): Promise<void> {
    const target = this.#describeSelection();
    this.#parts.toolbar.hide();
    if (!target) return;
    this.#parts.view.pagesRoot.ownerDocument.getSelection()?.removeAllRanges();
    const refusal = await this.#core.saveHighlight(target, this.#parts.title);
    if (refusal !== null) this.#parts.onRefusal(refusal);
    this.sidebar.show();
  }

  /** Opens the sidebar's editor on the selection; `assess` opens it with the assessment fields. */
  async commentOnSelection(assess = false): Promise<void> {
    const target = this.#describeSelection();
    this.#parts.toolbar.hide();
    if (!target) return;
    await this.#core.openDraft(target, this.#parts.title, assess);
  }
}
