import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../../src/core/text/page-text.ts';
import { readingOrder } from '../../../src/core/text/reading-order.ts';

/** A page of `lines` lines of `words` words, each drawn as a run of its own well apart from the next. */
function page(lines: number, words: number): TextRun[] {
  const runs: TextRun[] = [];
  for (let line = 0; line < lines; line++)
    for (let word = 0; word < words; word++)
      runs.push({
        str: `w${word}`,
        hasEOL: word === words - 1,
        transform: [10, 0, 0, 10, 50 + word * 60, 800 - line * 12],
        width: 20,
      });
  return runs;
}

describe('reading order on a page of very many pieces', () => {
  it('takes a page of 250,000 runs without running out of stack, and leaves it as drawn', () => {
    const runs = page(5000, 50);
    expect(() => readingOrder(runs)).not.toThrow();
    expect(readingOrder(runs)).toBe(runs);
  });
});
