/**
 * The plain values and helpers of selectors.ts, without its schemas: the annotator's content script
 * needs these on every page and must not build zod schemas to get them (about 120 ms at load on a busy
 * machine, in one task). selectors.ts re-exports them, so other importers need not care.
 */
import type { FragmentSelector } from './selectors.ts';

/** Longest quote we store; a whole plan section is far shorter. */
export const MAX_QUOTE_LENGTH = 20_000;
/** Prefix and suffix length in code points, as in the design. */
export const CONTEXT_LENGTH = 32;

/** RFC 3778 fragment identifiers: `page=N`, pages counted from 1. */
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778';

/** The page number of a `page=N` fragment selector. */
export function pageOfFragment(selector: FragmentSelector): number {
  return Number(selector.value.slice('page='.length));
}
