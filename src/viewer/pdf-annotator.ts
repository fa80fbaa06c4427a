/**
 * The annotator's part for a PDF, played by the viewer page: the same role the HTML annotator plays in a
 * web page (annotator port, relays to and from the sidebar, `anchors.changed`), over the PDF's whole
 * text. Anchoring waits for the text of every page, so it never depends on which pages are drawn;
 * painting follows pdf.js as it draws, redraws and drops text layers (scrolling, zooming).
 */
import type { TextSpan } from '../core/anchoring/span.ts';
import { stepThrough } from '../core/anchoring/step.ts';
import type { Annotation } from '../core/model/annotation.ts';
import { documentTitle, newAnnotation } from '../core/model/new-annotation.ts';
import { newUuid } from '../core/model/uuid.ts';
import { Highlighter } from '../dom/highlighter.ts';
import { HIGHLIGHT_STYLES, highlightStyleOf } from '../ui/highlight-style.ts';
import { call } from '../messaging/client.ts';
import type {
  AnnotatorCommand,
  AnchorState,
  AnnotatorToSidebar,
  BackgroundEvent,
  CommitmentOutline,
  SidebarToAnnotator,
} from '../messaging/protocol.ts';
import { autoLink, outlineOf } from '../ui/commitment-outline.ts';
import type { PdfDocumentText } from './pdf-document-text.ts';
import { describePdfSpan } from './pdf-selectors.ts';
import { PdfTextLayers } from './pdf-text-layers.ts';
import type { PdfView } from './pdf-view.ts';
import type { SelectionToolbar } from './selection-toolbar.ts';

export interface SidebarPanel {
  show(): void;
  hide(): void;
  /** Hides a shown sidebar, shows a hidden one (the keyboard shortcut). */
  toggle(): void;
}

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

/** Longest stretch of anchoring work before the page gets its thread back. */
const SLICE_MS = 8;

export class PdfAnnotator {
  readonly #parts: PdfAnnotatorParts;
  readonly #layers: PdfTextLayers;
  readonly #highlighter: Highlighter;
  readonly #signal: AbortSignal;
  #annotations: Annotation[] = [];
  #spans = new Map<string, TextSpan>();
  /** The annotation last brought into view, where "next" and "previous" go on from. */
  #current: string | null = null;
  #states: Record<string, AnchorState> = {};
  #generation = 0;
  /** A card asked to show a highlight on a page not drawn yet: finish when that page's text is drawn. */
  #pendingScroll: { id: string; page: number } | null = null;
  /** The plan's commitments; null until they have been looked for, empty in a PDF that is not a plan. */
  #commitments: CommitmentOutline[] | null = null;

  constructor(parts: PdfAnnotatorParts, signal: AbortSignal) {
    this.#parts = parts;
    this.#signal = signal;
    const doc = parts.view.pagesRoot.ownerDocument;
    this.#layers = new PdfTextLayers(parts.text, parts.view.pagesRoot);
    this.#highlighter = new Highlighter(doc, { palette: HIGHLIGHT_STYLES, defaultStyle: 'highlight' });
    signal.addEventListener('abort', () => this.#highlighter.destroy(), { once: true });

    const { eventBus } = parts.view;
    // Pages drawn before this annotator existed (the text was still being read) are taken now.
    for (let page = 1; page <= parts.text.pageCount; page++) {
      const layer = parts.view.textLayerOf(page);
      if (layer && layer.querySelector('.endOfContent')) this.#layers.register(page, layer);
    }
    eventBus.on('textlayerrendered', (event: { pageNumber: number }) => this.#onTextLayer(event.pageNumber), {
      signal,
    });
    // pdf.js's find highlighting splits text nodes, which moves live ranges: paint again afterwards.
    eventBus.on('updatetextlayermatches', () => this.#paint(), { signal });

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
  async reload(): Promise<void> {
    const result = await call('annotations.list', {});
    if (!result.ok || this.#signal.aborted) return;
    this.#annotations = result.value.annotations;
    // Each highlight takes the colour of what its annotation says (src/ui/highlight-style.ts).
    this.#highlighter.setStyles(this.#annotations.map((a) => [a.id, highlightStyleOf(a)]));
    await this.#anchorAll();
  }

  onEvent(event: BackgroundEvent): void {
    if (event.type === 'annotations.changed') void this.reload();
    else if (event.type === 'annotator.show') this.#parts.sidebar.show();
    else if (event.type === 'relay.annotator') this.#onSidebarEvent(event.event);
    else if (event.type === 'command') this.#onCommand(event.command);
  }

  /** A keyboard shortcut (see ANNOTATOR_COMMANDS), as in a web page. */
  #onCommand(command: AnnotatorCommand): void {
    if (command === 'highlight-selection') void this.highlightSelection();
    else if (command === 'comment-selection') this.commentOnSelection();
    else if (command === 'toggle-sidebar') this.#parts.sidebar.toggle();
    else {
      const id = stepThrough(this.#spans, this.#current, command === 'next-annotation' ? 1 : -1);
      if (!id) return;
      this.#scrollTo(id);
      this.#parts.sidebar.show();
      this.#tellSidebar({ type: 'card.focus', id });
    }
  }

  /** The document span anchored for an annotation, if it anchored. */
  spanOf(id: string): TextSpan | undefined {
    return this.#spans.get(id);
  }

  async #anchorAll(): Promise<void> {
    const generation = ++this.#generation;
    const spans = new Map<string, TextSpan>();
    const states: Record<string, AnchorState> = {};
    let sliceStart = performance.now();
    for (const annotation of this.#annotations) {
      const anchored = this.#parts.text.anchor(annotation.target.selector);
      if (anchored) spans.set(annotation.id, anchored.span);
      states[annotation.id] = anchored ? 'anchored' : 'orphan';
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generation !== this.#generation) return;
        sliceStart = performance.now();
      }
    }
    this.#spans = spans;
    this.#states = states;
    this.#paint();
    this.#tellSidebar({ type: 'anchors.changed', states });
    if (this.#commitments === null) await this.#findCommitments();
  }

  /**
   * The commitments of this PDF when it reads as an action plan, found by the background so that the
   * viewer stays responsive; page spans keep running headers out of them.
   */
  async #findCommitments(): Promise<void> {
    const { text, title, address } = this.#parts;
    const found = await call('commitments.find', {
      text: text.doc.text,
      pages: text.pageSpans(),
      title: documentTitle(title),
      url: (address ?? '').slice(0, 4096),
      headings: [],
    });
    if (!found.ok || this.#signal.aborted) return;
    this.#commitments = outlineOf(found.value.commitments);
    this.#tellSidebar({ type: 'commitments.found', commitments: this.#commitments });
  }

  #paint(): void {
    this.#highlighter.clear();
    for (const [id, span] of this.#spans) {
      const ranges = this.#layers.rangesOf(span);
      if (ranges.length > 0) this.#highlighter.set(id, ranges, span);
    }
  }

  #onTextLayer(pageNumber: number): void {
    const layer = this.#parts.view.textLayerOf(pageNumber);
    if (!layer || !this.#layers.register(pageNumber, layer)) return;
    this.#paint();
    if (this.#pendingScroll?.page === pageNumber) {
      const { id } = this.#pendingScroll;
      this.#pendingScroll = null;
      this.#scrollTo(id);
    }
  }

  #onSidebarEvent(event: SidebarToAnnotator): void {
    switch (event.type) {
      case 'highlight.scrollTo':
        this.#scrollTo(event.id);
        break;
      case 'highlight.hover':
        this.#highlighter.focus(event.id);
        break;
      case 'sidebar.close':
        this.#parts.sidebar.hide();
        break;
      case 'anchors.request':
        this.#tellSidebar({ type: 'anchors.changed', states: this.#states });
        if (this.#commitments)
          this.#tellSidebar({ type: 'commitments.found', commitments: this.#commitments });
        break;
      case 'commitment.scrollTo': {
        const commitment = this.#commitments?.find((c) => c.ordinal === event.ordinal);
        const page = commitment ? (commitment.page ?? this.#parts.text.pageAt(commitment.start)) : null;
        if (page !== null) this.#parts.view.goToPage(page);
        break;
      }
    }
  }

  /** Shows a highlight; on a page not drawn yet, goes to the page first and finishes once it is drawn. */
  #scrollTo(id: string): void {
    const span = this.#spans.get(id);
    if (!span) return;
    this.#current = id;
    this.#highlighter.focus(id);
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

  #tellSidebar(event: AnnotatorToSidebar): void {
    void call('relay.toSidebar', { event });
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
    const position = caret ? this.#layers.offsetAt(caret.startContainer, caret.startOffset, 'start') : null;
    const id = position === null ? undefined : this.#highlighter.idsAt(position)[0];
    if (!id) return;
    this.#highlighter.focus(id);
    this.#parts.sidebar.show();
    this.#tellSidebar({ type: 'card.focus', id });
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
    const commitment = autoLink(this.#commitments ?? [], target);
    const annotation = newAnnotation({
      id: newUuid(),
      target,
      title: this.#parts.title,
      body: { comment: '', tags: [], ...(commitment ? { commitment } : {}) },
      highlight: true,
      now: new Date(),
    });
    this.#parts.view.pagesRoot.ownerDocument.getSelection()?.removeAllRanges();
    // Paint at once; the background's change event repaints from what was stored.
    const anchored = this.#parts.text.anchor(target.selector);
    const ranges = anchored ? this.#layers.rangesOf(anchored.span) : [];
    if (anchored && ranges.length > 0) this.#highlighter.set(annotation.id, ranges, anchored.span);
    const saved = await call('annotations.save', { annotation });
    if (!saved.ok) {
      this.#highlighter.remove(annotation.id);
      this.#parts.onRefusal(saved.error.message);
    }
    this.#parts.sidebar.show();
  }

  /** Opens the sidebar's editor on the selection; `assess` opens it with the assessment fields. */
  commentOnSelection(assess = false): void {
    const target = this.#describeSelection();
    this.#parts.toolbar.hide();
    if (!target) return;
    this.#parts.sidebar.show();
    this.#tellSidebar({
      type: 'draft.open',
      target,
      title: documentTitle(this.#parts.title),
      ...(assess ? { assess } : {}),
    });
  }
}
