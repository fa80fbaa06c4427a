import { CONTEXT_LENGTH } from '../model/selector-constants.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../model/selectors.ts';
import type { AnchoringText } from './anchoring-text.ts';
import type { TextSpan } from './span.ts';

/**
 * The selectors stored for a span: the quote with its context, and the position. Offsets are code points,
 * so slicing never splits a surrogate pair.
 */
export function describeSpan(doc: AnchoringText, span: TextSpan): [TextQuoteSelector, TextPositionSelector] {
  const start = Math.max(0, Math.min(doc.length, span.start));
  const end = Math.max(start, Math.min(doc.length, span.end));
  // The record schema rejects an empty quote; failing here points at the caller rather than at validation.
  if (end === start) throw new RangeError(`cannot describe an empty span at ${start}`);
  return [
    {
      type: 'TextQuoteSelector',
      exact: doc.slice(start, end),
      prefix: doc.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: doc.slice(end, Math.min(doc.length, end + CONTEXT_LENGTH)),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
