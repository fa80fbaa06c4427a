import type { TextQuoteSelector } from '../model/selectors.ts';
import type { AnchoringText } from './anchoring-text.ts';
import type { TextSpan } from './span.ts';

/**
 * Every place, in document order, where prefix + exact + suffix occur together verbatim; overlapping
 * matches included. An empty `exact` matches at each position its context allows.
 */
export function findQuoteMatches(
  doc: AnchoringText,
  selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
): TextSpan[] {
  const prefix = selector.prefix ?? '';
  const needle = prefix + selector.exact + (selector.suffix ?? '');
  const text = doc.text;
  const spans: TextSpan[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const start = at + prefix.length;
    const end = start + selector.exact.length;
    // A needle may begin or end with half of a pair that is really part of a different character.
    if (doc.isCodePointBoundary(start) && doc.isCodePointBoundary(end)) {
      spans.push({ start: doc.toCodePoint(start), end: doc.toCodePoint(end) });
    }
    // indexOf clamps its start, so an empty needle would find the end of the text for ever.
    if (at >= text.length) break;
  }
  return spans;
}
