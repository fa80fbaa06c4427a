import { positionSelectorOf, type Annotation } from '../core/model/annotation.ts';

/** Reading order: by where the passage starts in the page's text; the older first at the same place. */
export function byDocumentOrder(a: Annotation, b: Annotation): number {
  const start = (x: Annotation) => positionSelectorOf(x.target)?.start ?? Number.MAX_SAFE_INTEGER;
  return start(a) - start(b) || a.created.localeCompare(b.created) || a.id.localeCompare(b.id);
}
