import type { Selector } from '../model/selectors.ts';
import { anchorAll, type AnchorResult } from './anchor-all.ts';
import type { AnchoringText } from './anchoring-text.ts';

export type { AnchorMethod, AnchorResult } from './anchor-all.ts';

/**
 * Finds the passage that a set of selectors describes, or null when no passage is close enough: an orphan
 * is better than an annotation on the wrong text. The batch engine with one target and no slicing: it
 * scores a passage as a batch does, but alone it has no neighbours to learn from how the text moved, so a
 * quote that occurs several times can land elsewhere than it would among its document's other annotations.
 * Annotators anchor a document's annotations together with `anchorAll`.
 */
export function anchorSelectors(doc: AnchoringText, selectors: readonly Selector[]): AnchorResult | null {
  let result: AnchorResult | null = null;
  for (const batch of anchorAll(doc, [selectors])) {
    for (const anchored of batch) result = anchored.result;
  }
  return result;
}
