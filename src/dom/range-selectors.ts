import { anchorSelectors } from '../core/anchoring/anchor.ts';
import type { AnchorMethod } from '../core/anchoring/anchor-all.ts';
import { describeSpan } from '../core/anchoring/describe.ts';
import type { TextSpan } from '../core/anchoring/span.ts';
import type { Selector } from '../core/model/selectors.ts';
import type { DomTextModel } from './text-model.ts';

export interface AnchoredRange {
  range: Range;
  span: TextSpan;
  method: AnchorMethod;
  score: number;
}

const LEADING_SPACE = /^\s+/u;
const TRAILING_SPACE = /\s+$/u;

/**
 * Selectors for a selection, without the whitespace at its edges (double-click and drag selections often
 * take a trailing space or newline that would only make the quote more fragile). Null when nothing but
 * whitespace is selected.
 */
export function describeRange(model: DomTextModel, range: Range): Selector[] | null {
  const span = model.spanFromRange(range);
  if (!span) return null;
  const selected = model.doc.slice(span.start, span.end);
  const leading = LEADING_SPACE.exec(selected)?.[0] ?? '';
  const trailing = TRAILING_SPACE.exec(selected)?.[0] ?? '';
  if (leading.length === selected.length) return null;
  // Whitespace is never astral, so UTF-16 lengths are code-point counts here.
  return describeSpan(model.doc, { start: span.start + leading.length, end: span.end - trailing.length });
}

export function anchorToRange(model: DomTextModel, selectors: readonly Selector[]): AnchoredRange | null {
  const anchored = anchorSelectors(model.doc, selectors);
  if (!anchored) return null;
  return { ...anchored, range: model.rangeFromSpan(anchored.span) };
}
