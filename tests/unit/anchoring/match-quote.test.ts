import { describe, expect, it } from 'vitest';
import { AnchoringText } from '../../../src/core/anchoring/anchoring-text.ts';
import { findQuoteMatches } from '../../../src/core/anchoring/match-quote.ts';

describe('findQuoteMatches', () => {
  it('returns overlapping matches in document order', () => {
    expect(findQuoteMatches(new AnchoringText('bananas'), { exact: 'ana' })).toEqual([
      { start: 1, end: 4 },
      { start: 3, end: 6 },
    ]);
  });

  it('requires prefix and suffix to be adjacent to the quote', () => {
    const doc = new AnchoringText('lorem ipsum dolor amet yada yada');
    expect(findQuoteMatches(doc, { exact: 'yada', prefix: 't ' })).toEqual([{ start: 23, end: 27 }]);
    expect(findQuoteMatches(doc, { exact: 'dolor', suffix: 'a' })).toEqual([]);
  });

  it('gives code-point offsets and never matches half of a surrogate pair', () => {
    const doc = new AnchoringText('😀a😀a');
    expect(findQuoteMatches(doc, { exact: 'a' })).toEqual([
      { start: 1, end: 2 },
      { start: 3, end: 4 },
    ]);
    expect(findQuoteMatches(doc, { exact: '' })).toHaveLength(5);
    expect(findQuoteMatches(doc, { exact: '\uDE00a' })).toEqual([]);
  });

  it('matches an empty quote at every position, end of text included', () => {
    expect(findQuoteMatches(new AnchoringText('ab'), { exact: '' })).toEqual([
      { start: 0, end: 0 },
      { start: 1, end: 1 },
      { start: 2, end: 2 },
    ]);
    expect(findQuoteMatches(new AnchoringText(''), { exact: '' })).toEqual([{ start: 0, end: 0 }]);
  });
});
