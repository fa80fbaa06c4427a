/**
 * Commitments as the outline and the annotation records name them. The annotators (HTML and PDF) turn
 * what src/core/commitments found into outline entries; the sidebar and the annotators link a passage to
 * the commitment it starts in. Pure: no DOM, no chrome.*.
 */
import type { TextSpan } from '../core/anchoring/span.ts';
import { commitmentAt, type Commitment } from '../core/commitments/index.ts';
import type { AnnotationTarget } from '../core/model/annotation.ts';
import { positionSelectorOf } from '../core/model/annotation-parts.ts';
import type { CommitmentRef } from '../core/model/assessment.ts';
import { PDF_FRAGMENT_SPEC } from '../core/model/selector-constants.ts';
import type { Selector } from '../core/model/selectors.ts';
import { MAX_OUTLINE_PIECES, type CommitmentOutline } from '../messaging/protocol.ts';

/** What the protocol carries at most (protocol.ts): a longer list is a misreading, not a plan. */
export const MAX_OUTLINE = 2000;
const MAX_LABEL = 40;
const MAX_TITLE = 500;

function clip(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}

/**
 * Outline entries for commitments found in a text; `toDocument` maps that text's code-point offsets to
 * the ones the document's selectors use (identity when the commitments were found in that very text).
 * `piecesOf`, for a text read in another order than the document's (a PDF drawn out of reading order),
 * tells where a commitment's characters stand in the document's text, which `autoLink` then goes by.
 */
export function outlineOf(
  commitments: readonly Commitment[],
  toDocument: (cp: number) => number = (cp) => cp,
  piecesOf?: (start: number, end: number) => TextSpan[],
): CommitmentOutline[] {
  return commitments.slice(0, MAX_OUTLINE).map((c, i) => ({
    ordinal: i + 1,
    label: c.label === null ? null : clip(c.label, MAX_LABEL),
    title: clip(c.title, MAX_TITLE),
    start: toDocument(c.start),
    end: Math.max(toDocument(c.start), toDocument(c.end)),
    page: c.page,
    theme: c.theme === null ? null : clip(c.theme, MAX_TITLE),
    // More pieces than the protocol carries: the first ones, where its heading and most of it stand.
    ...(piecesOf ? { pieces: piecesOf(c.start, c.end).slice(0, MAX_OUTLINE_PIECES) } : {}),
  }));
}

/** How a record names a commitment of the outline. */
export function commitmentRefOf(
  commitment: Pick<CommitmentOutline, 'ordinal' | 'label' | 'title'>,
  linkedBy: CommitmentRef['linkedBy'],
): CommitmentRef {
  return { ordinal: commitment.ordinal, label: commitment.label, title: commitment.title, linkedBy };
}

/** The commitment a new annotation on `target` is about, linked automatically; none outside every one. */
export function autoLink(
  outline: readonly CommitmentOutline[],
  target: AnnotationTarget,
): CommitmentRef | undefined {
  const position = positionSelectorOf(target);
  if (!position) return undefined;
  const found = outlineEntryAt(outline, position.start, position.end);
  return found ? commitmentRefOf(found, 'auto') : undefined;
}

/**
 * The entry a passage `[start, end)` is in, judged by where it starts (as `commitmentAt`). Entries with
 * `pieces` were found in a text read in another order: their spans overlap in this text, so the passage
 * is in the one with a piece holding its start. Their pieces do not overlap one another, as the
 * commitments did not in the text they were found in.
 */
export function outlineEntryAt(
  outline: readonly CommitmentOutline[],
  start: number,
  end: number,
): CommitmentOutline | null {
  if (!outline.some((c) => c.pieces !== undefined)) return commitmentAt(outline, start, end);
  if (end <= start) return null;
  // A linear look: an outline has a few dozen entries, and a passage is linked once, when it is made.
  for (const c of outline) {
    const pieces = c.pieces ?? [{ start: c.start, end: c.end }];
    if (pieces.some((piece) => piece.start <= start && start < piece.end)) return c;
  }
  return null;
}

/** "Commitment 3: Open contracting", or the title alone when the plan prints no label. */
export function commitmentName(commitment: Pick<CommitmentOutline, 'label' | 'title'>): string {
  return commitment.label ? `${commitment.label}. ${commitment.title}` : commitment.title;
}

/**
 * A target for an assessment made from the outline, on the commitment's heading: the title as printed is
 * the quote (the anchoring engine finds it near the stored position, fuzzily if the heading wraps), and a
 * PDF's page narrows it down.
 */
export function commitmentTarget(source: string, commitment: CommitmentOutline): AnnotationTarget {
  const exact = commitment.title || commitment.label || `Commitment ${commitment.ordinal}`;
  const length = [...exact].length;
  const start = commitment.start;
  const end = Math.min(Math.max(commitment.end, start + 1), start + length);
  const selector: Selector[] = [
    { type: 'TextQuoteSelector', exact },
    { type: 'TextPositionSelector', start, end },
  ];
  if (commitment.page !== null) {
    selector.push({
      type: 'FragmentSelector',
      conformsTo: PDF_FRAGMENT_SPEC,
      value: `page=${commitment.page}`,
    });
  }
  return { source, selector };
}
