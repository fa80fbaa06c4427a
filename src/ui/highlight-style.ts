/**
 * The colour of an annotation's highlight in the page, by what it says: an assessment by its completion
 * level, an assessment without evidence as unsupported, then comments and plain highlights. The page
 * painter and the sidebar's legend both read this one table, so the legend cannot drift from the page.
 */
import type { Annotation } from '../core/model/annotation.ts';
import { isUnsupported } from '../core/model/annotation-parts.ts';
import type { Completion } from '../core/model/assessment.ts';
import { t, type MessageKey } from '../i18n/messages.ts';

export interface HighlightStyle {
  /** What the legend says, in plain words, in the reader's language (read when shown). */
  readonly label: string;
  /** A CSS colour translucent enough to read the passage through it. */
  readonly colour: string;
}

/** A style whose label is looked up in the reader's language each time the legend is drawn. */
function style(key: MessageKey, colour: string): HighlightStyle {
  return {
    get label() {
      return t(key);
    },
    colour,
  };
}

export const HIGHLIGHT_STYLES = {
  'completion-complete': style('ui_highlightCompletionComplete', 'rgba(46, 160, 67, 0.40)'),
  'completion-substantial': style('ui_highlightCompletionSubstantial', 'rgba(140, 200, 60, 0.45)'),
  'completion-limited': style('ui_highlightCompletionLimited', 'rgba(255, 166, 0, 0.45)'),
  'completion-not-started': style('ui_highlightCompletionNotStarted', 'rgba(235, 87, 87, 0.40)'),
  'completion-no-evidence': style('ui_highlightCompletionNoEvidence', 'rgba(150, 150, 160, 0.45)'),
  unsupported: style('ui_highlightUnsupported', 'rgba(200, 80, 200, 0.40)'),
  comment: style('ui_highlightComment', 'rgba(80, 150, 255, 0.40)'),
  highlight: style('ui_highlightHighlight', 'rgba(255, 214, 0, 0.45)'),
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

/**
 * Set on the page's root by content-scripts/detect/highlights.css, the annotator's highlight rules that
 * the browser adds to a plan site's pages before they are first styled (see `rulesMarker` in
 * highlighter.ts).
 */
export const HIGHLIGHT_RULES_MARKER = '--plan-annotator-highlight-rules';
