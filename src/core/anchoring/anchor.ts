import type { Selector } from '../model/selectors.ts';
import { anchorAll, type AnchorResult } from './anchor-all.ts';
import type { AnchoringText } from './anchoring-text.ts';

export type { AnchorMethod, AnchorResult } from './anchor-all.ts';

/**
 * Finds the passage that a set of selectors describes, or null when no passage is close enough: an orphan
 * is better than an annotation on the wrong text. The batch engine with one target and no slicing, so a
 * single annotation anchors exactly as it would among a thousand.
 */
export function anchorSelectors(doc: AnchoringText, selectors: readonly Selector[]): AnchorResult | null {
  let result: AnchorResult | null = null;
  for (const batch of anchorAll(doc, [selectors])) {
    for (const anchored of batch) result = anchored.result;
  }
  return result;
}
