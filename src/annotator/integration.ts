/**
 * What the annotator core (`annotator-core.ts`) asks of one kind of document: a web page
 * (`content-scripts/annotator`) or a PDF in our viewer (`src/viewer`). The core owns what both do the same
 * way; an integration knows where the text comes from, how a span becomes ranges, how to bring a passage
 * into view, and its own selection and toolbar.
 */
import type { AnchorAllOptions, Anchored } from '../core/anchoring/anchor-all.ts';
import type { TextSpan } from '../core/anchoring/span.ts';
import type { Selector } from '../core/model/selectors.ts';
import type { CommitmentOutline, RequestPayload } from '../messaging/protocol.ts';

/** The sidebar beside the document: an iframe in a web page, a panel of the viewer page. */
export interface SidebarPanel {
  show(): void;
  hide(): void;
  /** Hides a shown sidebar, shows a hidden one (the keyboard shortcut). */
  toggle(): void;
}

/** What `commitments.find` is asked, and how its code points map back to the anchoring text. */
export interface CommitmentSearch {
  request: RequestPayload<'commitments.find'>;
  toText?: (cp: number) => number;
  /**
   * Where the characters of a stretch of the request's text stand in the anchoring text, when it is read
   * in another order (a PDF drawn out of reading order: `FinderText.piecesOf`).
   */
  piecesOf?: (start: number, end: number) => TextSpan[];
}

export interface DocumentIntegration {
  readonly sidebar: SidebarPanel;
  /**
   * Makes the document's text ready to anchor in, reading it again when `fresh` (the page changed) or
   * never read. False when `stale()` turned true meanwhile: a newer pass has begun.
   */
  readText(fresh: boolean, stale: () => boolean): Promise<boolean>;
  /**
   * The reading of the text the spans refer to: a new value each time the text is read again, so that
   * what was found in an older reading (the commitments) is not used in a newer one.
   */
  readonly textVersion: unknown;
  /** Anchors stored selectors in the current text with the batch engine (`anchorAll`). */
  anchorAll(
    targets: readonly (readonly Selector[])[],
    options: AnchorAllOptions,
  ): Generator<Anchored[], void, undefined>;
  /** The ranges that show a span now; none where it is not drawn (a PDF page not rendered yet). */
  rangesOf(span: TextSpan): Range[];
  /** Brings an anchored annotation into view (it is already focused). */
  scrollTo(id: string, span: TextSpan): void;
  /** What to ask `commitments.find` for this text; null when a newer pass began meanwhile. */
  commitmentSearch(stale: () => boolean): Promise<CommitmentSearch | null>;
  /** Brings a commitment of the current text into view. */
  scrollToCommitment(commitment: CommitmentOutline): void;
  /** The keyboard shortcuts on the selection. */
  highlightSelection(): Promise<void>;
  commentOnSelection(assess?: boolean): Promise<void>;
}
