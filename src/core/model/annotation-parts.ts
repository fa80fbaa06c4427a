/**
 * The plain limits and accessors of annotation.ts, without its schemas: the annotator's content script
 * uses these on every page and must not build zod schemas to get them (see selector-constants.ts).
 * annotation.ts re-exports them, so other importers need not care.
 */
import type { Annotation, AnnotationTarget } from './annotation.ts';
import type { Evidence } from './assessment.ts';
import type { FragmentSelector, TextPositionSelector, TextQuoteSelector } from './selectors.ts';

export const MAX_COMMENT_LENGTH = 20_000;
export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 64;
/** The longest document title an annotation keeps, in UTF-16 units (what `string.length` counts). */
export const MAX_TITLE_LENGTH = 1000;

export function quoteSelectorOf(target: AnnotationTarget): TextQuoteSelector | undefined {
  return target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionSelectorOf(target: AnnotationTarget): TextPositionSelector | undefined {
  return target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

export function fragmentSelectorOf(target: AnnotationTarget): FragmentSelector | undefined {
  return target.selector.find((s): s is FragmentSelector => s.type === 'FragmentSelector');
}

/** A note on the whole document: no passage to find, quote or count as lost (orphaned). */
export function isWholeDocument(target: AnnotationTarget): boolean {
  return target.selector.length === 0;
}

/** The evidence cited by an annotation; none for a record from before evidence existed. */
export function evidenceOf(annotation: Annotation): readonly Evidence[] {
  return annotation.body.evidence ?? [];
}

/** An assessment that cites no evidence: saved, but flagged as unsupported wherever it is shown. */
export function isUnsupported(annotation: Annotation): boolean {
  return annotation.body.assessment !== undefined && evidenceOf(annotation).length === 0;
}
