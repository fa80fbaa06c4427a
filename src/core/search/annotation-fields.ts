/** The texts of an annotation a search looks in, the same for the sidebar, the popup and the background. */
import { evidenceOf, quoteSelectorOf, type Annotation } from '../model/annotation.ts';

/**
 * Comment, quoted passage, tags and evidence titles; `extra` adds what the record does not hold (its
 * author's name, its document's title where the list spans documents).
 */
export function annotationSearchFields(annotation: Annotation, ...extra: readonly string[]): string[] {
  return [
    annotation.body.comment,
    quoteSelectorOf(annotation.target)?.exact ?? '',
    ...annotation.body.tags,
    ...evidenceOf(annotation).map((e) => e.title),
    ...extra,
  ];
}
