/**
 * The annotator's part that is the same for every kind of document: it reads the stored annotations,
 * anchors them all with the batch engine, paints them in their styles, answers the sidebar's relays and
 * the keyboard shortcuts, finds the plan's commitments, and saves a highlight or opens a draft for a
 * selection. What differs between a web page and a PDF comes from its `DocumentIntegration`.
 */
import type { TextSpan } from '../core/anchoring/span.ts';
import { stepThrough } from '../core/anchoring/step.ts';
import type { Annotation, AnnotationTarget } from '../core/model/annotation.ts';
import { isWholeDocument } from '../core/model/annotation-parts.ts';
import { documentTitle, newAnnotation } from '../core/model/new-annotation.ts';
import { newUuid } from '../core/model/uuid.ts';
import { Highlighter } from '../dom/highlighter.ts';
import { t } from '../i18n/messages.ts';
import { call } from '../messaging/client.ts';
import type {
  AnchorState,
  AnnotatorCommand,
  AnnotatorToSidebar,
  BackgroundEvent,
  CommitmentOutline,
  SidebarToAnnotator,
} from '../messaging/protocol.ts';
import { HIGHLIGHT_RULES_MARKER, HIGHLIGHT_STYLES, highlightStyleOf } from '../ui/highlight-style.ts';
import { autoLink, outlineOf } from '../ui/commitment-outline.ts';
import type { DocumentIntegration } from './integration.ts';
import { reportOverrun, SLICE_MS, timed, yieldToPage } from './slices.ts';

/** Shortest time between two paints of anchoring results (see #anchorAll). */
const PAINT_EVERY_MS = 150;
/** Highlights painted between two looks at the clock. */
const PAINTS_BETWEEN_CLOCKS = 32;
/** A burst of changes (a thousand saves, an import) becomes one reload once it has been quiet this long. */
const RELOAD_SETTLE_MS = 100;

export class AnnotatorCore {
  readonly #integration: DocumentIntegration;
  readonly #signal: AbortSignal;
  readonly #highlighter: Highlighter;
  /** The stored annotations with a passage; page notes (`isWholeDocument`) have none to anchor or paint. */
  #annotations: Annotation[] = [];
  #states: Record<string, AnchorState> = {};
  /** Where each annotation was anchored by the last pass, to scroll to it without anchoring again. */
  #spans = new Map<string, TextSpan>();
  /** Bumped on every re-reading and re-anchoring so that a stale pass stops. */
  #generation = 0;
  #reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** The annotation last brought into view, where "next" and "previous" go on from. */
  #current: string | null = null;
  /** The plan's commitments, offsets in the anchoring text; empty in a document that is not a plan. */
  #commitments: CommitmentOutline[] = [];
  /** The reading of the text the commitments were found in (see `textVersion`); none until found. */
  #commitmentsOf: unknown = null;
  #commitmentsFound = false;
  /**
   * The annotation a link opened this document for (see `annotation.reveal`): brought into view once,
   * when first anchored, and its card selected again for a sidebar that connects later.
   */
  #revealing: { id: string; shown: boolean } | null = null;

  /** `doc` is the document the highlights are painted in. */
  constructor(integration: DocumentIntegration, doc: Document, signal: AbortSignal) {
    this.#integration = integration;
    this.#signal = signal;
    this.#highlighter = new Highlighter(doc, {
      palette: HIGHLIGHT_STYLES,
      defaultStyle: 'highlight',
      rulesMarker: HIGHLIGHT_RULES_MARKER,
    });
    signal.addEventListener(
      'abort',
      () => {
        this.#generation++;
        clearTimeout(this.#reloadTimer);
        this.#highlighter.destroy();
      },
      { once: true },
    );
  }

  /** Read the stored annotations of this document again, anchor them and paint them. */
  async reload(): Promise<void> {
    const [result, hidden] = await Promise.all([call('annotations.list', {}), call('highlights.hidden', {})]);
    performance.mark('plan-annotator annotations');
    if (this.#signal.aborted) return;
    // Hidden on this site: still anchored (cards, links and "next" find their passages), not painted.
    if (hidden.ok) this.#highlighter.setHidden(hidden.value.hidden);
    // Without the list the text is still read, so that selections can be annotated.
    // A page note is about the whole document: never anchored, so never painted or counted as an orphan.
    if (result.ok) this.#annotations = result.value.annotations.filter((a) => !isWholeDocument(a.target));
    // Each highlight takes the colour of what its annotation says (src/ui/highlight-style.ts).
    this.#highlighter.setStyles(this.#annotations.map((a) => [a.id, highlightStyleOf(a)]));
    await this.#anchorAll(false);
  }

  /** The document's text changed: read it again and anchor everything in it. */
  textChanged(): Promise<void> {
    return this.#anchorAll(true);
  }

  /** What the background pushes over the annotator port. */
  onEvent(event: BackgroundEvent): void {
    if (event.type === 'annotations.changed') this.#scheduleReload();
    else if (event.type === 'annotator.show') this.#integration.sidebar.show();
    else if (event.type === 'relay.annotator') this.#onSidebarEvent(event.event);
    else if (event.type === 'command') void this.#onCommand(event.command);
    else if (event.type === 'annotation.reveal') this.#reveal(event.id);
    else if (event.type === 'highlights.hidden') this.#highlighter.setHidden(event.hidden);
  }

  /** The document span anchored for an annotation, if it anchored. */
  spanOf(id: string): TextSpan | undefined {
    return this.#spans.get(id);
  }

  /** Paints every anchored annotation again, where it is drawn now (a PDF page drawn or redrawn). */
  repaint(): void {
    // Another page drawn must not take the mark off the annotation shown (a link's, a card's).
    const focused = this.#highlighter.focused;
    this.#highlighter.clear();
    for (const [id, span] of this.#spans) this.#paint(id, span);
    if (focused !== null) this.#highlighter.focus(focused);
  }

  /** Focuses an anchored annotation and brings it into view. */
  scrollTo(id: string): void {
    const span = this.#spans.get(id);
    if (!span) return;
    this.#current = id;
    this.#highlighter.focus(id);
    this.#integration.scrollTo(id, span);
  }

  /** A click at a text offset: the highlight there, if any, gets its card shown. */
  clickAt(position: number | null): void {
    // Hidden highlights are not there for the reader, so a click on their words is an ordinary click.
    if (this.#highlighter.hidden) return;
    const id = position === null ? undefined : this.#highlighter.idsAt(position)[0];
    if (!id) return;
    this.#revealing = null;
    this.#highlighter.focus(id);
    this.#integration.sidebar.show();
    this.tellSidebar({ type: 'card.focus', id });
  }

  tellSidebar(event: AnnotatorToSidebar): void {
    void call('relay.toSidebar', { event });
  }

  /**
   * Saves a passage as a highlight, painted at once (the background's change event repaints from what
   * was stored) and taken away again if the save fails. Null when saved, else what stopped it.
   */
  async saveHighlight(target: AnnotationTarget, title: string): Promise<string | null> {
    // Offsets found in an older reading of the text would link the wrong commitment.
    const current = this.#commitmentsFound && this.#commitmentsOf === this.#integration.textVersion;
    const commitment = current ? autoLink(this.#commitments, target) : undefined;
    let id: string | undefined;
    try {
      const annotation = newAnnotation({
        id: newUuid(),
        target,
        title,
        body: { comment: '', tags: [], ...(commitment ? { commitment } : {}) },
        highlight: true,
        now: new Date(),
      });
      id = annotation.id;
      const span = this.#anchorOne(target);
      if (span) {
        this.#paint(annotation.id, span);
        this.#spans.set(annotation.id, span);
      }
      const saved = await call('annotations.save', { annotation });
      if (saved.ok) return null;
      this.#unpaint(id);
      return saved.error.message;
    } catch (error) {
      console.error('Plan Annotator: the highlight could not be saved', error);
      if (id !== undefined) this.#unpaint(id);
      return t('bg_internalError');
    }
  }

  /** Opens the sidebar's editor on a passage; `assess` opens it with the assessment fields. */
  openDraft(target: AnnotationTarget, title: string, assess: boolean) {
    this.#integration.sidebar.show();
    return call('relay.toSidebar', {
      event: { type: 'draft.open', target, title: documentTitle(title), ...(assess ? { assess } : {}) },
    });
  }

  #anchorOne(target: AnnotationTarget): TextSpan | null {
    let span: TextSpan | null = null;
    for (const batch of this.#integration.anchorAll([target.selector], {}))
      for (const { result } of batch) span = result?.span ?? null;
    return span;
  }

  #paint(id: string, span: TextSpan): void {
    const ranges = this.#integration.rangesOf(span);
    if (ranges.length > 0) this.#highlighter.set(id, ranges, span);
    else this.#highlighter.remove(id);
  }

  #unpaint(id: string): void {
    this.#highlighter.remove(id);
    this.#spans.delete(id);
  }

  /** Coalesces a burst of change events into one reload. */
  #scheduleReload(): void {
    clearTimeout(this.#reloadTimer);
    this.#reloadTimer = setTimeout(() => void this.reload(), RELOAD_SETTLE_MS);
  }

  /**
   * Anchors every annotation with the batch engine in slices of about SLICE_MS, painting each slice's
   * results as they come and giving the page its thread back in between. A newer pass (another reload,
   * the text changing) makes this one stop where it is.
   */
  async #anchorAll(fresh: boolean): Promise<void> {
    const generation = ++this.#generation;
    const stale = () => generation !== this.#generation;
    // Lets a page's tools (and our end-to-end test) tell which of its tasks came after anchoring began.
    performance.mark('plan-annotator anchoring');
    if (!(await this.#integration.readText(fresh, stale)) || stale()) return;
    const version = this.#integration.textVersion;
    const annotations = this.#annotations;
    const states: Record<string, AnchorState> = {};
    for (const a of annotations) states[a.id] = 'pending';
    const spans = new Map<string, TextSpan>();
    const job = this.#integration.anchorAll(
      annotations.map((a) => a.target.selector),
      { sliceMs: SLICE_MS },
    );
    const next = () => timed('anchor', () => job.next());
    // Results wait here until the next paint: Chromium redraws every highlight of the page on each frame
    // in which any changed, so painting each slice's few results as they come made a long page redraw
    // them all a dozen times.
    let unpainted: { index: number; span: TextSpan | null }[] = [];
    /** How many of `unpainted` are painted: a paint that ran out of its slice goes on in the next. */
    let painted = 0;
    let paintedAt = -Infinity;
    /** Paints what waits for about a slice's time; true once nothing waits. */
    const paint = (): boolean => {
      const began = performance.now();
      const until = began + SLICE_MS;
      // Making a range and adding it to a highlight is cheap, but a thousand of them are not.
      while (painted < unpainted.length) {
        const { index, span } = unpainted[painted++] as { index: number; span: TextSpan | null };
        const id = (annotations[index] as Annotation).id;
        states[id] = span ? 'anchored' : 'orphan';
        if (span) {
          this.#paint(id, span);
          spans.set(id, span);
        } else {
          this.#highlighter.remove(id);
        }
        if (painted % PAINTS_BETWEEN_CLOCKS === 0 && performance.now() >= until) break;
      }
      if (painted === unpainted.length) {
        unpainted = [];
        painted = 0;
      }
      paintedAt = began;
      reportOverrun('paint', began);
      return unpainted.length === 0;
    };
    for (let step = next(); !step.done; step = next()) {
      for (const { index, result } of step.value) unpainted.push({ index, span: result?.span ?? null });
      // The first results at once, so that something shows early; then at most one paint per interval,
      // unless the last one has not finished.
      if (unpainted.length > 0 && (painted > 0 || performance.now() - paintedAt >= PAINT_EVERY_MS)) paint();
      await yieldToPage();
      if (stale()) {
        job.return();
        return;
      }
    }
    while (!paint()) {
      await yieldToPage();
      if (stale()) return;
    }
    // Highlights of annotations deleted since the last pass, which no result has replaced.
    for (const id of this.#spans.keys()) if (!spans.has(id)) this.#highlighter.remove(id);
    this.#spans = spans;
    this.#states = states;
    this.tellSidebar({ type: 'anchors.changed', states });
    // An annotation a link asked for: in view and selected as soon as its anchoring is settled.
    if (this.#revealing && !this.#revealing.shown && states[this.#revealing.id] !== undefined)
      this.#showRevealed(true);
    if (!this.#commitmentsFound || this.#commitmentsOf !== version)
      await this.#findCommitments(stale, version);
  }

  /**
   * Finds the plan's commitments after anchoring, off the path to the first highlights; the background
   * searches them (only a document that reads as an action plan has any), as it takes longer than a
   * frame on a long plan.
   */
  async #findCommitments(stale: () => boolean, version: unknown): Promise<void> {
    const search = await this.#integration.commitmentSearch(stale);
    // The text changed under us; the pass its change starts will find them.
    if (!search || stale()) return;
    const found = await call('commitments.find', search.request);
    if (stale() || !found.ok) return;
    this.#commitments = outlineOf(found.value.commitments, search.toText, search.piecesOf);
    this.#commitmentsOf = version;
    this.#commitmentsFound = true;
    this.tellSidebar({ type: 'commitments.found', commitments: this.#commitments });
  }

  /** A keyboard shortcut (see ANNOTATOR_COMMANDS); the ones on the selection wait for the text. */
  async #onCommand(command: AnnotatorCommand): Promise<void> {
    switch (command) {
      case 'highlight-selection':
        await this.#integration.highlightSelection();
        break;
      case 'comment-selection':
        await this.#integration.commentOnSelection();
        break;
      case 'toggle-sidebar':
        this.#integration.sidebar.toggle();
        break;
      case 'toggle-highlights':
        // The background keeps this choice per site and answers it with `highlights.hidden`.
        break;
      case 'next-annotation':
      case 'previous-annotation': {
        const id = stepThrough(this.#spans, this.#current, command === 'next-annotation' ? 1 : -1);
        if (!id) return;
        this.#revealing = null;
        this.scrollTo(id);
        this.#integration.sidebar.show();
        this.tellSidebar({ type: 'card.focus', id });
        break;
      }
    }
  }

  /** Opens the sidebar on a linked annotation; selects it now if anchored, else when anchoring settles. */
  #reveal(id: string): void {
    this.#revealing = { id, shown: false };
    this.#integration.sidebar.show();
    if (this.#states[id] !== undefined) this.#showRevealed(true);
  }

  /**
   * Selects the linked annotation's card and, when `scroll`, brings its passage into view. It stays the
   * one to select until the user picks another, so that a sidebar connecting later selects it too.
   */
  #showRevealed(scroll: boolean): void {
    if (!this.#revealing) return;
    const { id } = this.#revealing;
    if (scroll) this.scrollTo(id);
    this.#revealing.shown = true;
    this.tellSidebar({ type: 'card.focus', id });
  }

  #onSidebarEvent(event: SidebarToAnnotator): void {
    switch (event.type) {
      case 'highlight.scrollTo':
        if (this.#revealing?.id !== event.id) this.#revealing = null;
        this.scrollTo(event.id);
        break;
      case 'highlight.hover':
        this.#highlighter.focus(event.id);
        break;
      case 'sidebar.close':
        this.#integration.sidebar.hide();
        break;
      case 'anchors.request':
        this.tellSidebar({ type: 'anchors.changed', states: this.#states });
        if (this.#commitmentsFound)
          this.tellSidebar({ type: 'commitments.found', commitments: this.#commitments });
        // A sidebar that opened after the reveal has not heard which card to select.
        if (this.#revealing?.shown) this.#showRevealed(false);
        break;
      case 'commitment.scrollTo': {
        const commitment = this.#commitments.find((c) => c.ordinal === event.ordinal);
        if (commitment && this.#commitmentsOf === this.#integration.textVersion)
          this.#integration.scrollToCommitment(commitment);
        break;
      }
    }
  }
}
