import { describe, expect, it } from 'vitest';
import { AnchoringText, codePointLength } from '../../../src/core/anchoring/anchoring-text.ts';
import { describeSpan } from '../../../src/core/anchoring/describe.ts';
import { CONTEXT_LENGTH } from '../../../src/core/model/selectors.ts';

describe('AnchoringText', () => {
  it('counts code points and maps offsets both ways around astral characters', () => {
    const doc = new AnchoringText('a😀b𝄞c');
    expect(doc.length).toBe(5);
    expect([0, 1, 2, 3, 4, 5].map((cp) => doc.toUtf16(cp))).toEqual([0, 1, 3, 4, 6, 7]);
    expect([0, 1, 3, 4, 6, 7].map((u16) => doc.toCodePoint(u16))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(doc.slice(1, 4)).toBe('😀b𝄞');
  });

  it('rounds an offset inside a surrogate pair down to the pair and says it is not a boundary', () => {
    const doc = new AnchoringText('x😀y');
    expect(doc.toCodePoint(2)).toBe(1);
    expect(doc.isCodePointBoundary(2)).toBe(false);
    expect(doc.isCodePointBoundary(1)).toBe(true);
    expect(doc.isCodePointBoundary(3)).toBe(true);
  });

  it('is the identity on BMP-only text and clamps out-of-range offsets', () => {
    const doc = new AnchoringText('plain');
    expect(doc.toUtf16(3)).toBe(3);
    expect(doc.toCodePoint(3)).toBe(3);
    expect(doc.toUtf16(99)).toBe(5);
    expect(doc.toUtf16(-4)).toBe(0);
  });

  it('treats a lone surrogate as one code point', () => {
    const doc = new AnchoringText('a\uD800b');
    expect(doc.length).toBe(3);
    expect(codePointLength('\uDC00😀')).toBe(2);
  });

  it('handles many astral characters in a long text', () => {
    const text = 'ab😀'.repeat(10_000);
    const doc = new AnchoringText(text);
    expect(doc.length).toBe(30_000);
    expect(doc.toUtf16(29_999)).toBe(39_998);
    expect(doc.slice(29_997, 30_000)).toBe('ab😀');
    expect(doc.toCodePoint(doc.toUtf16(12_345))).toBe(12_345);
  });
});

describe('describeSpan', () => {
  it('cuts the context at the document edges', () => {
    const doc = new AnchoringText('Commitment 1: open data.');
    const [quote, position] = describeSpan(doc, { start: 0, end: 12 });
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Commitment 1',
      prefix: '',
      suffix: ': open data.',
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 0, end: 12 });
  });

  it('takes CONTEXT_LENGTH code points of context without splitting surrogate pairs', () => {
    const emoji = '😀'.repeat(40);
    const doc = new AnchoringText(`${emoji}QUOTE${emoji}`);
    const [quote, position] = describeSpan(doc, { start: 40, end: 45 });
    expect(quote.exact).toBe('QUOTE');
    expect(quote.prefix).toBe('😀'.repeat(CONTEXT_LENGTH));
    expect(quote.suffix).toBe('😀'.repeat(CONTEXT_LENGTH));
    expect(position).toMatchObject({ start: 40, end: 45 });
  });

  it('refuses an empty span', () => {
    expect(() => describeSpan(new AnchoringText('abc'), { start: 1, end: 1 })).toThrow(RangeError);
  });
});
