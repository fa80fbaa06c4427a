/**
 * How every part of the extension starts an annotation (the page's highlight button, the PDF viewer's,
 * the sidebar's editor), so that they agree on its motivation, dates and title.
 */
import type { Annotation, AnnotationBody, AnnotationTarget } from './annotation.ts';
import { MAX_TITLE_LENGTH } from './annotation-parts.ts';

/**
 * A page's title as an annotation keeps it: cut to MAX_TITLE_LENGTH, never between the two halves of a
 * character outside the Basic Multilingual Plane (the server refuses a lone half, as PostgreSQL cannot
 * store it).
 */
export function documentTitle(title: string): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const last = title.charCodeAt(MAX_TITLE_LENGTH - 1);
  const cutsPair = last >= 0xd800 && last <= 0xdbff;
  return title.slice(0, cutsPair ? MAX_TITLE_LENGTH - 1 : MAX_TITLE_LENGTH);
}

export interface NewAnnotation {
  id: string;
  target: AnnotationTarget;
  title: string;
  body: AnnotationBody;
  /** A highlight: the passage marked, nothing said about it. */
  highlight?: boolean;
  now: Date;
}

/**
 * A new annotation: a highlight, an assessment when the body holds one, else a comment. It is made
 * private; the background gives a new annotation the user's default visibility and group.
 */
export function newAnnotation({
  id,
  target,
  title,
  body,
  highlight = false,
  now,
}: NewAnnotation): Annotation {
  const date = now.toISOString();
  return {
    id,
    motivation: highlight ? 'highlighting' : body.assessment ? 'assessing' : 'commenting',
    target,
    body,
    document: { title: documentTitle(title) },
    visibility: 'private',
    created: date,
    modified: date,
  };
}
