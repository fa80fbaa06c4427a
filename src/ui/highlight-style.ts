/**
 * The colour of an annotation's highlight in the page, by what it says: an assessment by its completion
 * level, an assessment without evidence as unsupported, then comments and plain highlights. The page
 * painter and the sidebar's legend both read this one table, so the legend cannot drift from the page.
 */
import { isUnsupported, type Annotation } from '../core/model/annotation.ts';
import type { Completion } from '../core/model/assessment.ts';

export interface HighlightStyle {
  /** What the legend says, in plain words. */
  readonly label: string;
  /** A CSS colour translucent enough to read the passage through it. */
  readonly colour: string;
}

export const HIGHLIGHT_STYLES = {
  'completion-complete': { label: 'Assessed: complete', colour: 'rgba(46, 160, 67, 0.40)' },
  'completion-substantial': { label: 'Assessed: substantial', colour: 'rgba(140, 200, 60, 0.45)' },
  'completion-limited': { label: 'Assessed: limited', colour: 'rgba(255, 166, 0, 0.45)' },
  'completion-not-started': { label: 'Assessed: not started', colour: 'rgba(235, 87, 87, 0.40)' },
  'completion-no-evidence': {
    label: 'Assessed: no evidence of progress',
    colour: 'rgba(150, 150, 160, 0.45)',
  },
  unsupported: { label: 'Assessment without evidence (unsupported)', colour: 'rgba(200, 80, 200, 0.40)' },
  comment: { label: 'Comment', colour: 'rgba(80, 150, 255, 0.40)' },
  highlight: { label: 'Highlight', colour: 'rgba(255, 214, 0, 0.45)' },
} as const satisfies Record<string, HighlightStyle>;

export type HighlightStyleName = keyof typeof HIGHLIGHT_STYLES;

const COMPLETION_STYLE: Record<Completion, HighlightStyleName> = {
  complete: 'completion-complete',
  substantial: 'completion-substantial',
  limited: 'completion-limited',
  'not-started': 'completion-not-started',
  'no-evidence': 'completion-no-evidence',
};

export function highlightStyleOf(annotation: Annotation): HighlightStyleName {
  const assessment = annotation.body.assessment;
  if (assessment !== undefined) {
    return isUnsupported(annotation) ? 'unsupported' : COMPLETION_STYLE[assessment.completion];
  }
  const hasText = annotation.body.comment.trim() !== '' || annotation.body.tags.length > 0;
  return hasText || annotation.motivation === 'replying' ? 'comment' : 'highlight';
}

/** The same answer under the name the page painter uses. */
export const highlightClassOf = highlightStyleOf;
