export { AnchoringText, codePointLength } from './anchoring-text.ts';
export { anchorSelectors } from './anchor.ts';
export {
  anchorAll,
  type AnchorAllOptions,
  type Anchored,
  type AnchorMethod,
  type AnchorResult,
} from './anchor-all.ts';
export { describeSpan } from './describe.ts';
export { findQuoteMatches } from './match-quote.ts';
export type { TextSpan } from './span.ts';
export { stepThrough } from './step.ts';
