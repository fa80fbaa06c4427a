export { AnchoringText, codePointLength } from './anchoring-text.ts';
export { anchorSelectors, type AnchorMethod, type AnchorResult } from './anchor.ts';
export { describeSpan } from './describe.ts';
export { findQuoteMatches } from './match-quote.ts';
export type { TextSpan } from './span.ts';
