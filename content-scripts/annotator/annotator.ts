/**
 * The annotator for HTML pages: the web page's integration of the annotator core
 * (`src/annotator/annotator-core.ts`). It reads the page's text and reads it again when the page changes,
 * turns spans into ranges and scrolls to them, offers the selection toolbar, and frames the sidebar.
 * Everything stored goes through the background.
 */
import { anchorAll, type AnchorAllOptions } from '../../src/core/anchoring/anchor-all.ts';
import type { TextSpan } from '../../src/core/anchoring/span.ts';
import type { Selector } from '../../src/core/model/selectors.ts';
import { AnnotatorCore } from '../../src/annotator/annotator-core.ts';
import type { CommitmentSearch, DocumentIntegration, SidebarPanel } from '../../src/annotator/integration.ts';
import { SLICE_MS, timed, yieldToPage } from '../../src/annotator/slices.ts';
import { documentTitle } from '../../src/core/model/new-annotation.ts';
import { readBlockLines } from '../../src/dom/block-lines.ts';
import { describeRange } from '../../src/dom/range-selectors.ts';
import { DomTextModel, skipNonContent } from '../../src/dom/text-model.ts';
import { t } from '../../src/i18n/messages.ts';
import { listenToBackground } from '../../src/messaging/client.ts';
import { PORT_ANNOTATOR } from '../../src/messaging/port-names.ts';
import type { CommitmentOutline } from '../../src/messaging/protocol.ts';
import { createSelectionToolbar } from './selection-toolbar.ts';
import { createSidebarFrame } from './sidebar-frame.ts';
import { createUiHost } from './ui-host.ts';

/** Page edits settle before we read the text again. */
const MUTATION_SETTLE_MS = 250;

/** Headings read for telling a plan from other pages, as the detect content script reads them. */
const MAX_HEADINGS = 40;

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

export class Annotator implements DocumentIntegration {
  readonly #controller = new AbortController();
  readonly #doc: Document;
  readonly #core: AnnotatorCore;
  readonly sidebar: SidebarPanel;
  readonly #toolbar;
  /** Null until the page's text has been read, in slices, the first time. */
  #model: DomTextModel | null = null;
  /** Settles once the page's text has been read the first time (a shortcut may come before). */
  readonly #firstReading: Promise<void>;
  #textRead: () => void = () => undefined;
  /** Readings begun, and the number of the one whose model is kept: an older one finishing late is not. */
  #readings = 0;
  #kept = 0;

  constructor(doc: Document) {
    this.#doc = doc;
    this.#firstReading = new Promise((resolve) => {
      this.#textRead = resolve;
    });
    const signal = this.#controller.signal;
    const host = createUiHost(doc);
    signal.addEventListener('abort', () => host.destroy(), { once: true });
    this.#core = new AnnotatorCore(this, doc, signal);
    this.sidebar = createSidebarFrame(host.root, signal);
    this.#toolbar = createSelectionToolbar(
      host.root,
      {
        highlight: () => void this.highlightSelection(),
        comment: () => void this.commentOnSelection(),
        assess: () => void this.commentOnSelection(true),
      },
      signal,
    );
    this.sidebar.hide();

    doc.addEventListener('mousedown', (e) => this.#fromOurUi(e) || this.#toolbar.hide(), { signal });
    doc.addEventListener('mouseup', (e) => this.#onPointerUp(e), { signal });
    doc.addEventListener('keyup', (e) => this.#onKeyUp(e), { signal });
    doc.addEventListener('click', (e) => this.#onClick(e), { signal });
    this.#watchPageText(signal);
    // The text is read whatever the annotations turn out to be (a selection is described in it).
    void this.#read(() => false);
    listenToBackground(
      PORT_ANNOTATOR,
      (event) => this.#core.onEvent(event),
      signal,
      () => void this.reload(),
    );
  }

  destroy(): void {
    this.#controller.abort();
  }

  /** Read the stored annotations of this page again and paint them. */
  reload(): Promise<void> {
    return this.#core.reload();
  }

  get textVersion(): unknown {
    return this.#model;
  }

  /**
   * Makes the page's text ready to anchor in. The first reading starts with the annotator (see the
   * constructor), while the stored annotations are still being fetched, so that anchoring need not wait
   * for it after they come; a pass that needs the text waits for that reading rather than starting its own.
   */
  async readText(fresh: boolean, stale: () => boolean): Promise<boolean> {
    if (!fresh) {
      await this.#firstReading;
      return !stale();
    }
    return (await this.#read(stale)) !== null;
  }

  /**
   * Reads the page's text in slices; the model is kept unless a reading begun later has been kept
   * meanwhile. Null when `stale()` turned true (a newer pass began) or the annotator stopped.
   */
  async #read(stale: () => boolean): Promise<DomTextModel | null> {
    const ticket = ++this.#readings;
    const reading = DomTextModel.read(
      this.#doc.body ?? this.#doc.documentElement,
      { skip: skipNonContent },
      SLICE_MS,
    );
    for (let step = timed('read', () => reading.next()); ; step = timed('read', () => reading.next())) {
      if (step.done) {
        performance.mark('plan-annotator text');
        if (ticket > this.#kept) {
          this.#kept = ticket;
          this.#model = step.value;
          this.#textRead();
        }
        return step.value;
      }
      await yieldToPage();
      if (stale() || this.#controller.signal.aborted) return null;
    }
  }

  *anchorAll(targets: readonly (readonly Selector[])[], options: AnchorAllOptions) {
    if (this.#model) yield* anchorAll(this.#model.doc, targets, options);
  }

  rangesOf(span: TextSpan): Range[] {
    return this.#model ? [this.#model.rangeFromSpan(span)] : [];
  }

  scrollTo(_id: string, span: TextSpan): void {
    const range = this.rangesOf(span)[0];
    if (!range) return;
    const element =
      range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  /**
   * The page as lines (`src/dom/block-lines.ts`), read in slices like its text, with its heading levels
   * and bold runs (the finder's layout cues), title, address and headings: what tells a plan from other pages.
   */
  async commitmentSearch(stale: () => boolean): Promise<CommitmentSearch | null> {
    const model = this.#model;
    if (!model) return null;
    const root = this.#doc.body ?? this.#doc.documentElement;
    const reading = readBlockLines(root, model.doc, { skip: skipNonContent }, SLICE_MS);
    let step = timed('lines', () => reading.next());
    while (!step.done) {
      await yieldToPage();
      if (stale()) return null;
      step = timed('lines', () => reading.next());
    }
    const lines = step.value;
    // The page changed under us; the pass its change starts will find them.
    if (!lines) return null;
    const headings = [...this.#doc.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .slice(0, MAX_HEADINGS)
      .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 1000));
    return {
      request: {
        text: lines.text,
        styles: lines.styles,
        title: documentTitle(this.#doc.title),
        url: this.#doc.location.href.slice(0, 4096),
        headings,
      },
      toText: (cp) => lines.toModel(cp),
    };
  }

  /** Brings a commitment's heading to the top of the view: its first visible character, not the space before. */
  scrollToCommitment(commitment: CommitmentOutline): void {
    const model = this.#model;
    if (!model) return;
    const text = model.doc.slice(commitment.start, commitment.end);
    const skipped = /^\s*/u.exec(text)?.[0] ?? '';
    const start = commitment.start + [...skipped].length;
    const range = model.rangeFromSpan({ start, end: Math.min(start + 1, commitment.end) });
    const node = range.startContainer;
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }
  /** The current selection, when it is the user's and lies in the page's own text. */
  #selectedRange(): Range | null {
    const selection = this.#doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const root = this.#doc.body ?? this.#doc.documentElement;
    if (!root.contains(range.commonAncestorContainer)) return null;
    return range;
  }

  /** Events on our own toolbar or sidebar reach the page retargeted to the host element. */
  #fromOurUi(event: Event): boolean {
    return event.target instanceof Element && event.target.hasAttribute('data-plan-annotator');
  }

  #onPointerUp(event: MouseEvent): void {
    if (!event.isTrusted || this.#fromOurUi(event)) return;
    // Let the browser finish updating the selection first.
    setTimeout(() => this.#offerToolbar(), 0);
  }

  #onKeyUp(event: KeyboardEvent): void {
    if (!event.isTrusted || !event.shiftKey || this.#fromOurUi(event)) return;
    this.#offerToolbar();
  }

  #offerToolbar(): void {
    const range = this.#selectedRange();
    if (!range || !range.toString().trim()) {
      this.#toolbar.hide();
      return;
    }
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    this.#toolbar.showAt(last);
  }

  #onClick(event: MouseEvent): void {
    if (!event.isTrusted || this.#fromOurUi(event) || this.#selectedRange()) return;
    this.#core.clickAt(this.#positionAt(event.clientX, event.clientY));
  }

  #positionAt(x: number, y: number): number | null {
    const model = this.#model;
    if (!model) return null;
    const caret = this.#doc.caretPositionFromPoint?.(x, y);
    if (caret) return model.spanAtPoint(caret.offsetNode, caret.offset);
    const range = this.#doc.caretRangeFromPoint?.(x, y);
    return range ? model.spanAtPoint(range.startContainer, range.startOffset) : null;
  }

  #describeSelection() {
    const range = this.#selectedRange();
    if (!range || !this.#model) return null;
    const selector = describeRange(this.#model, range);
    const source = this.#documentAddress();
    if (!selector || !source) return null;
    return { source, selector };
  }

  #documentAddress(): string | null {
    const url = new URL(this.#doc.location.href);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  }

  /**
   * Saves the selection as a highlight, once the page's text has been read (a selection made or a
   * shortcut pressed before waits for it). Whatever stops the save (the background refusing the record,
   * storage failing, the extension out of reach, a fault of ours) is said under the toolbar, which comes
   * back over the selection; the selection stays, so the user can try again.
   */
  async highlightSelection(): Promise<void> {
    await this.#firstReading;
    const range = this.#selectedRange()?.cloneRange();
    const target = this.#describeSelection();
    this.#toolbar.hide();
    if (!range) return;
    if (!target) {
      this.#tellAt(range, t('annotator_notSaved', t('annotator_selectionUnreadable')));
      return;
    }
    const refusal = await this.#core.saveHighlight(target, this.#doc.title);
    if (refusal !== null) {
      this.#tellAt(range, t('annotator_notSaved', refusal));
      return;
    }
    // Saved: the selection has served, unless the user has already selected something else.
    const selection = this.#doc.getSelection();
    if (selection?.rangeCount && sameRange(selection.getRangeAt(0), range)) selection.removeAllRanges();
    this.sidebar.show();
  }

  /** Brings the toolbar back over the selection, saying what went wrong (the selection is still there). */
  #tellAt(range: Range, message: string): void {
    const rects = range.getClientRects();
    this.#toolbar.showAt(rects[rects.length - 1] ?? range.getBoundingClientRect());
    this.#toolbar.tell(message);
  }

  /** Opens the sidebar's editor on the selection; `assess` opens it with the assessment fields. */
  async commentOnSelection(assess = false): Promise<void> {
    await this.#firstReading;
    const range = this.#selectedRange()?.cloneRange();
    const target = this.#describeSelection();
    this.#toolbar.hide();
    if (!range) return;
    if (!target) {
      this.#tellAt(range, t('annotator_notOpened', t('annotator_selectionUnreadable')));
      return;
    }
    const opened = await this.#core.openDraft(target, this.#doc.title, assess);
    // The editor never opened: say so where the user chose, rather than leave an empty sidebar.
    if (!opened.ok) this.#tellAt(range, t('annotator_notOpened', opened.error.message));
    else if (!opened.value.delivered) this.#tellAt(range, t('annotator_notOpened', t('bg_didNotAnswer')));
  }

  /** Pages change their text (late content, live edits); anchor again once the edits settle. */
  #watchPageText(signal: AbortSignal): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      const ours = records.every((r) =>
        (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[data-plan-annotator]'),
      );
      if (ours) return;
      clearTimeout(timer);
      timer = setTimeout(() => void this.#core.textChanged(), MUTATION_SETTLE_MS);
    });
    observer.observe(this.#doc.body ?? this.#doc.documentElement, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(timer);
      },
      { once: true },
    );
  }
}
