/**
 * The annotator for HTML pages: reads the page's text, paints the stored annotations, offers the
 * selection toolbar, and frames the sidebar. Everything stored goes through the background.
 */
import type { Annotation } from '../../src/core/model/annotation.ts';
import { describeRange, anchorToRange } from '../../src/dom/range-selectors.ts';
import { DomTextModel, skipNonContent } from '../../src/dom/text-model.ts';
import { Highlighter } from '../../src/dom/highlighter.ts';
import { call, listenToBackground } from '../../src/messaging/client.ts';
import {
  PORT_ANNOTATOR,
  type AnchorState,
  type AnnotatorToSidebar,
  type BackgroundEvent,
  type SidebarToAnnotator,
} from '../../src/messaging/protocol.ts';
import { createSelectionToolbar } from './selection-toolbar.ts';
import { createSidebarFrame } from './sidebar-frame.ts';
import { createUiHost } from './ui-host.ts';

/** Longest stretch of anchoring work before the page gets its thread back. */
const SLICE_MS = 8;
/** Page edits settle before we read the text again. */
const MUTATION_SETTLE_MS = 250;

export class Annotator {
  readonly #controller = new AbortController();
  readonly #doc: Document;
  readonly #highlighter: Highlighter;
  readonly #sidebar;
  readonly #toolbar;
  #model: DomTextModel;
  #annotations: Annotation[] = [];
  #states: Record<string, AnchorState> = {};
  /** Bumped on every re-anchoring so a stale pass stops painting. */
  #generation = 0;

  constructor(doc: Document) {
    this.#doc = doc;
    const signal = this.#controller.signal;
    const host = createUiHost(doc);
    signal.addEventListener('abort', () => host.destroy(), { once: true });
    this.#highlighter = new Highlighter(doc);
    this.#sidebar = createSidebarFrame(host.root, signal);
    this.#toolbar = createSelectionToolbar(
      host.root,
      { highlight: () => void this.#highlightSelection(), comment: () => void this.#commentOnSelection() },
      signal,
    );
    this.#sidebar.hide();
    this.#model = this.#readText();

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
  }

  destroy(): void {
    this.#controller.abort();
    this.#highlighter.destroy();
  }

  /** Read the stored annotations of this page again and paint them. */
  async reload(): Promise<void> {
    const result = await call('annotations.list', {});
    if (!result.ok) return;
    this.#annotations = result.value.annotations;
    await this.#anchorAll();
  }

  #readText(): DomTextModel {
    return DomTextModel.build(this.#doc.body ?? this.#doc.documentElement, { skip: skipNonContent });
  }

  async #anchorAll(): Promise<void> {
    const generation = ++this.#generation;
    this.#highlighter.clear();
    const states: Record<string, AnchorState> = {};
    for (const a of this.#annotations) states[a.id] = 'pending';
    let sliceStart = performance.now();
    for (const annotation of this.#annotations) {
      const anchored = anchorToRange(this.#model, annotation.target.selector);
      if (anchored) this.#highlighter.set(annotation.id, anchored.range, anchored.span);
      states[annotation.id] = anchored ? 'anchored' : 'orphan';
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generation !== this.#generation) return;
        sliceStart = performance.now();
      }
    }
    this.#states = states;
    this.#tellSidebar({ type: 'anchors.changed', states });
  }

  #tellSidebar(event: AnnotatorToSidebar): void {
    void call('relay.toSidebar', { event });
  }

  #onEvent(event: BackgroundEvent): void {
    if (event.type === 'annotations.changed') void this.reload();
    else if (event.type === 'annotator.show') this.#sidebar.show();
    else if (event.type === 'relay.annotator') this.#onSidebarEvent(event.event);
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
        break;
    }
  }

  #scrollTo(id: string): void {
    const annotation = this.#annotations.find((a) => a.id === id);
    const anchored = annotation && anchorToRange(this.#model, annotation.target.selector);
    if (!anchored) return;
    this.#highlighter.focus(id);
    const element =
      anchored.range.startContainer instanceof Element
        ? anchored.range.startContainer
        : anchored.range.startContainer.parentElement;
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
    const caret = this.#doc.caretPositionFromPoint?.(x, y);
    if (caret) return this.#model.spanAtPoint(caret.offsetNode, caret.offset);
    const range = this.#doc.caretRangeFromPoint?.(x, y);
    return range ? this.#model.spanAtPoint(range.startContainer, range.startOffset) : null;
  }

  #describeSelection() {
    const range = this.#selectedRange();
    if (!range) return null;
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

  async #highlightSelection(): Promise<void> {
    const target = this.#describeSelection();
    this.#toolbar.hide();
    if (!target) return;
    const now = new Date().toISOString();
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      motivation: 'highlighting',
      target,
      body: { comment: '', tags: [] },
      document: { title: this.#doc.title.slice(0, 1000) },
      visibility: 'private',
      created: now,
      modified: now,
    };
    this.#doc.getSelection()?.removeAllRanges();
    // Paint at once; the background's change event repaints from what was stored.
    const anchored = anchorToRange(this.#model, target.selector);
    if (anchored) this.#highlighter.set(annotation.id, anchored.range, anchored.span);
    const saved = await call('annotations.save', { annotation });
    if (!saved.ok) this.#highlighter.remove(annotation.id);
    this.#sidebar.show();
  }

  async #commentOnSelection(): Promise<void> {
    const target = this.#describeSelection();
    this.#toolbar.hide();
    if (!target) return;
    this.#sidebar.show();
    this.#tellSidebar({ type: 'draft.open', target, title: this.#doc.title.slice(0, 1000) });
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
      timer = setTimeout(() => {
        this.#model = this.#readText();
        void this.#anchorAll();
      }, MUTATION_SETTLE_MS);
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
