/**
 * The annotator for HTML pages: reads the page's text, paints the stored annotations, offers the
 * selection toolbar, and frames the sidebar. Everything stored goes through the background.
 */
import type { Annotation } from '../../src/core/model/annotation.ts';
import { documentTitle, newAnnotation } from '../../src/core/model/new-annotation.ts';
import { newUuid } from '../../src/core/model/uuid.ts';
import type { TextSpan } from '../../src/core/anchoring/span.ts';
import { stepThrough } from '../../src/core/anchoring/step.ts';
import { readBlockLines } from '../../src/dom/block-lines.ts';
import {
  anchorToRange,
  anchorToRanges,
  describeRange,
  type AnchoredRange,
} from '../../src/dom/range-selectors.ts';
import { DomTextModel, skipNonContent } from '../../src/dom/text-model.ts';
import { Highlighter } from '../../src/dom/highlighter.ts';
import { HIGHLIGHT_STYLES, highlightStyleOf } from '../../src/ui/highlight-style.ts';
import { t } from '../../src/i18n/messages.ts';
import { call, listenToBackground } from '../../src/messaging/client.ts';
import {
  type AnnotatorCommand,
  PORT_ANNOTATOR,
  type AnchorState,
  type AnnotatorToSidebar,
  type BackgroundEvent,
  type CommitmentOutline,
  type SidebarToAnnotator,
} from '../../src/messaging/protocol.ts';
import { autoLink, outlineOf } from '../../src/ui/commitment-outline.ts';
import { createSelectionToolbar } from './selection-toolbar.ts';
import { createSidebarFrame } from './sidebar-frame.ts';
import { createUiHost } from './ui-host.ts';

/** Longest stretch of anchoring work before the page gets its thread back. */
const SLICE_MS = 8;
/** Shortest time between two paints of anchoring results (see #anchorAll). */
const PAINT_EVERY_MS = 150;
/** Page edits settle before we read the text again. */
const MUTATION_SETTLE_MS = 250;
/** A burst of changes (a thousand saves, an import) becomes one reload once it has been quiet this long. */
const RELOAD_SETTLE_MS = 100;

/** Headings read for telling a plan from other pages, as the detect content script reads them. */
const MAX_HEADINGS = 40;

/** A slice this much over its budget leaves a performance measure, so a page's tools can tell it is ours. */
const OVERRUN_MS = 2 * SLICE_MS;

function reportOverrun(label: string, began: number): void {
  const ended = performance.now();
  if (ended - began > OVERRUN_MS)
    performance.measure(`plan-annotator ${label}`, { start: began, end: ended });
}

function timed<T>(label: string, work: () => T): T {
  const began = performance.now();
  const result = work();
  reportOverrun(label, began);
  return result;
}

/**
 * Gives the page its thread back as an ordinary task. Not `scheduler.yield`: its continuations run
 * ahead of other work, and in a long pass they kept Chromium from drawing a frame for 200 ms.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

export class Annotator {
  readonly #controller = new AbortController();
  readonly #doc: Document;
  readonly #highlighter: Highlighter;
  readonly #sidebar;
  readonly #toolbar;
  /** Null until the page's text has been read, in slices, the first time. */
  #model: DomTextModel | null = null;
  #annotations: Annotation[] = [];
  #states: Record<string, AnchorState> = {};
  /** Where each annotation was anchored by the last pass, to scroll to it without anchoring again. */
  #spans = new Map<string, TextSpan>();
  /** Bumped on every re-reading and re-anchoring so that a stale pass stops. */
  #generation = 0;
  #reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** The plan's commitments, offsets in the model's text; empty on a page that is not a plan. */
  #commitments: CommitmentOutline[] = [];
  /** Settles once the page's text has been read the first time (a shortcut may come before). */
  readonly #firstReading: Promise<void>;
  #textRead: () => void = () => undefined;
  /** The annotation last brought into view, where "next" and "previous" go on from. */
  #current: string | null = null;
  /** The text model the commitments were found in: they are found again only when the text is read again. */
  #commitmentsOf: DomTextModel | null = null;

  constructor(doc: Document) {
    this.#doc = doc;
    this.#firstReading = new Promise((resolve) => {
      this.#textRead = resolve;
    });
    const signal = this.#controller.signal;
    const host = createUiHost(doc);
    signal.addEventListener('abort', () => host.destroy(), { once: true });
    this.#highlighter = new Highlighter(doc, { palette: HIGHLIGHT_STYLES, defaultStyle: 'highlight' });
    this.#sidebar = createSidebarFrame(host.root, signal);
    this.#toolbar = createSelectionToolbar(
      host.root,
      {
        // A selection made while the page's text is still being read waits for it, as a shortcut does.
        highlight: () => void this.#firstReading.then(() => this.#highlightSelection()),
        comment: () => void this.#firstReading.then(() => this.#commentOnSelection()),
        assess: () => void this.#firstReading.then(() => this.#commentOnSelection(true)),
      },
      signal,
    );
    this.#sidebar.hide();

    doc.addEventListener('mousedown', (e) => this.#fromOurUi(e) || this.#toolbar.hide(), { signal });
    doc.addEventListener('mouseup', (e) => this.#onPointerUp(e), { signal });
    doc.addEventListener('keyup', (e) => this.#onKeyUp(e), { signal });
    doc.addEventListener('click', (e) => this.#onClick(e), { signal });
    this.#watchPageText(signal);
    listenToBackground(
      PORT_ANNOTATOR,
      (event) => this.#onEvent(event),
      signal,
      () => void this.reload(),
    );
    signal.addEventListener('abort', () => clearTimeout(this.#reloadTimer), { once: true });
  }

  destroy(): void {
    this.#controller.abort();
    this.#generation++;
    this.#highlighter.destroy();
  }

  /** Read the stored annotations of this page again and paint them. */
  async reload(): Promise<void> {
    const result = await call('annotations.list', {});
    if (this.#controller.signal.aborted) return;
    // Without the list the text is still read, so that selections can be annotated.
    if (result.ok) this.#annotations = result.value.annotations;
    // Each highlight takes the colour of what its annotation says (src/ui/highlight-style.ts).
    this.#highlighter.setStyles(this.#annotations.map((a) => [a.id, highlightStyleOf(a)]));
    await this.#anchorAll(this.#model === null);
  }

  /** Coalesces a burst of change events into one reload. */
  #scheduleReload(): void {
    clearTimeout(this.#reloadTimer);
    this.#reloadTimer = setTimeout(() => void this.reload(), RELOAD_SETTLE_MS);
  }

  /** Reads the page's text in slices; null when a newer pass started meanwhile. */
  async #readText(generation: number): Promise<DomTextModel | null> {
    const reading = DomTextModel.read(
      this.#doc.body ?? this.#doc.documentElement,
      { skip: skipNonContent },
      SLICE_MS,
    );
    for (let step = timed('read', () => reading.next()); ; step = timed('read', () => reading.next())) {
      if (step.done) return step.value;
      await yieldToPage();
      if (generation !== this.#generation) return null;
    }
  }

  /**
   * Anchors every annotation with the batch engine in slices of about SLICE_MS, painting each slice's
   * results as they come and giving the page its thread back in between. A newer pass (another reload,
   * the page's text changing) makes this one stop where it is.
   */
  async #anchorAll(readText: boolean): Promise<void> {
    const generation = ++this.#generation;
    // Lets a page's tools (and our end-to-end test) tell which of its tasks came after anchoring began.
    performance.mark('plan-annotator anchoring');
    if (readText || !this.#model) {
      const model = await this.#readText(generation);
      if (!model) return;
      this.#model = model;
      this.#textRead();
    }
    const model = this.#model;
    const annotations = this.#annotations;
    const states: Record<string, AnchorState> = {};
    for (const a of annotations) states[a.id] = 'pending';
    const spans = new Map<string, TextSpan>();
    const job = anchorToRanges(
      model,
      annotations.map((a) => a.target.selector),
      { sliceMs: SLICE_MS },
    );
    const next = () => timed('anchor', () => job.next());
    // Results wait here until the next paint: Chromium redraws every highlight of the page on each frame
    // in which any changed, so painting each slice's few results as they come made a long page redraw
    // them all a dozen times.
    let unpainted: { index: number; anchored: AnchoredRange | null }[] = [];
    let paintedAt = -Infinity;
    const paint = () => {
      const began = performance.now();
      for (const { index, anchored } of unpainted) {
        const id = (annotations[index] as Annotation).id;
        states[id] = anchored ? 'anchored' : 'orphan';
        if (anchored) {
          this.#highlighter.set(id, anchored.range, anchored.span);
          spans.set(id, anchored.span);
        } else {
          this.#highlighter.remove(id);
        }
      }
      unpainted = [];
      paintedAt = began;
      reportOverrun('paint', began);
    };
    for (let step = next(); !step.done; step = next()) {
      unpainted.push(...step.value);
      // The first results at once, so that something shows early; then at most one paint per interval.
      if (unpainted.length > 0 && performance.now() - paintedAt >= PAINT_EVERY_MS) paint();
      await yieldToPage();
      if (generation !== this.#generation) {
        job.return();
        return;
      }
    }
    paint();
    // Highlights of annotations deleted since the last pass, which no result has replaced.
    for (const id of this.#spans.keys()) if (!spans.has(id)) this.#highlighter.remove(id);
    this.#spans = spans;
    this.#states = states;
    this.#tellSidebar({ type: 'anchors.changed', states });
    if (this.#commitmentsOf !== model) await this.#findCommitments(generation, model);
  }

  /**
   * Finds the plan's commitments after anchoring, off the path to the first highlights: the page's
   * lines are read in slices like its text, and the background searches them (only a page that reads
   * as an action plan has any).
   */
  async #findCommitments(generation: number, model: DomTextModel): Promise<void> {
    const root = this.#doc.body ?? this.#doc.documentElement;
    const reading = readBlockLines(root, model.doc, { skip: skipNonContent }, SLICE_MS);
    let step = timed('lines', () => reading.next());
    while (!step.done) {
      await yieldToPage();
      if (generation !== this.#generation) return;
      step = timed('lines', () => reading.next());
    }
    const lines = step.value;
    // The page changed under us; the pass its change starts will find them.
    if (!lines) return;
    const headings = [...this.#doc.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .slice(0, MAX_HEADINGS)
      .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 1000));
    // The background reads the lines: on a long plan that takes longer than a frame.
    const found = await call('commitments.find', {
      text: lines.text,
      title: documentTitle(this.#doc.title),
      url: this.#doc.location.href.slice(0, 4096),
      headings,
    });
    if (generation !== this.#generation || !found.ok) return;
    this.#commitments = outlineOf(found.value.commitments, (cp) => lines.toModel(cp));
    this.#commitmentsOf = model;
    this.#tellSidebar({ type: 'commitments.found', commitments: this.#commitments });
  }

  #tellSidebar(event: AnnotatorToSidebar): void {
    void call('relay.toSidebar', { event });
  }

  #onEvent(event: BackgroundEvent): void {
    if (event.type === 'annotations.changed') this.#scheduleReload();
    else if (event.type === 'annotator.show') this.#sidebar.show();
    else if (event.type === 'relay.annotator') this.#onSidebarEvent(event.event);
    else if (event.type === 'command') void this.#onCommand(event.command);
  }

  /** A keyboard shortcut (see ANNOTATOR_COMMANDS); the ones on the selection wait for the text. */
  async #onCommand(command: AnnotatorCommand): Promise<void> {
    switch (command) {
      case 'highlight-selection':
        await this.#firstReading;
        await this.#highlightSelection();
        break;
      case 'comment-selection':
        await this.#firstReading;
        await this.#commentOnSelection();
        break;
      case 'toggle-sidebar':
        this.#sidebar.toggle();
        break;
      case 'next-annotation':
      case 'previous-annotation': {
        const id = stepThrough(this.#spans, this.#current, command === 'next-annotation' ? 1 : -1);
        if (!id) return;
        this.#scrollTo(id);
        this.#sidebar.show();
        this.#tellSidebar({ type: 'card.focus', id });
        break;
      }
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
        this.#sidebar.hide();
        break;
      case 'anchors.request':
        this.#tellSidebar({ type: 'anchors.changed', states: this.#states });
        if (this.#commitmentsOf)
          this.#tellSidebar({ type: 'commitments.found', commitments: this.#commitments });
        break;
      case 'commitment.scrollTo':
        this.#scrollToCommitment(event.ordinal);
        break;
    }
  }

  /** Brings a commitment's heading to the top of the view: its first visible character, not the space before. */
  #scrollToCommitment(ordinal: number): void {
    const commitment = this.#commitments.find((c) => c.ordinal === ordinal);
    const model = this.#model;
    if (!commitment || !model || model !== this.#commitmentsOf) return;
    const text = model.doc.slice(commitment.start, commitment.end);
    const skipped = /^\s*/u.exec(text)?.[0] ?? '';
    const start = commitment.start + [...skipped].length;
    const range = model.rangeFromSpan({ start, end: Math.min(start + 1, commitment.end) });
    const node = range.startContainer;
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  #scrollTo(id: string): void {
    const span = this.#spans.get(id);
    if (!span || !this.#model) return;
    this.#current = id;
    const range = this.#model.rangeFromSpan(span);
    this.#highlighter.focus(id);
    const element =
      range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
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
    const position = this.#positionAt(event.clientX, event.clientY);
    const ids = position === null ? [] : this.#highlighter.idsAt(position);
    const id = ids[0];
    if (!id) return;
    this.#highlighter.focus(id);
    this.#sidebar.show();
    this.#tellSidebar({ type: 'card.focus', id });
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
   * Saves the selection as a highlight. Whatever stops the save (the background refusing the record,
   * storage failing, the extension out of reach, a fault of ours) is said under the toolbar, which comes
   * back over the selection; the selection stays, so the user can try again.
   */
  async #highlightSelection(): Promise<void> {
    const range = this.#selectedRange()?.cloneRange();
    const target = this.#describeSelection();
    this.#toolbar.hide();
    if (!range) return;
    if (!target) {
      this.#tellAt(range, t('annotator_notSaved', t('annotator_selectionUnreadable')));
      return;
    }
    // Offsets found in an older reading of the page would link the wrong commitment.
    const commitment = this.#commitmentsOf === this.#model ? autoLink(this.#commitments, target) : undefined;
    let id: string | undefined;
    let refusal: string | null;
    try {
      const annotation = newAnnotation({
        id: newUuid(),
        target,
        title: this.#doc.title,
        body: { comment: '', tags: [], ...(commitment ? { commitment } : {}) },
        highlight: true,
        now: new Date(),
      });
      id = annotation.id;
      // Paint at once; the background's change event repaints from what was stored.
      const anchored = this.#model && anchorToRange(this.#model, target.selector);
      if (anchored) {
        this.#highlighter.set(annotation.id, anchored.range, anchored.span);
        this.#spans.set(annotation.id, anchored.span);
      }
      const saved = await call('annotations.save', { annotation });
      refusal = saved.ok ? null : saved.error.message;
    } catch (error) {
      console.error('Plan Annotator: the highlight could not be saved', error);
      refusal = t('bg_internalError');
    }
    if (refusal !== null) {
      if (id !== undefined) {
        this.#highlighter.remove(id);
        this.#spans.delete(id);
      }
      this.#tellAt(range, t('annotator_notSaved', refusal));
      return;
    }
    // Saved: the selection has served, unless the user has already selected something else.
    const selection = this.#doc.getSelection();
    if (selection?.rangeCount && sameRange(selection.getRangeAt(0), range)) selection.removeAllRanges();
    this.#sidebar.show();
  }

  /** Brings the toolbar back over the selection, saying what went wrong (the selection is still there). */
  #tellAt(range: Range, message: string): void {
    const rects = range.getClientRects();
    this.#toolbar.showAt(rects[rects.length - 1] ?? range.getBoundingClientRect());
    this.#toolbar.tell(message);
  }

  /** Opens the sidebar's editor on the selection; `assess` opens it with the assessment fields. */
  async #commentOnSelection(assess = false): Promise<void> {
    const range = this.#selectedRange()?.cloneRange();
    const target = this.#describeSelection();
    this.#toolbar.hide();
    if (!range) return;
    if (!target) {
      this.#tellAt(range, t('annotator_notOpened', t('annotator_selectionUnreadable')));
      return;
    }
    this.#sidebar.show();
    const opened = await call('relay.toSidebar', {
      event: {
        type: 'draft.open',
        target,
        title: documentTitle(this.#doc.title),
        ...(assess ? { assess } : {}),
      },
    });
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
      timer = setTimeout(() => void this.#anchorAll(true), MUTATION_SETTLE_MS);
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
