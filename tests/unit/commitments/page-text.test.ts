import { describe, expect, it } from 'vitest';
import { joinPages, pageTextOf } from '../../../src/core/text/page-text.ts';
import { joinPrintedLines, textLines } from '../../../src/core/text/text-lines.ts';

describe('page text', () => {
  it('breaks lines where pdf.js says so, and where the baseline jumps without saying so', () => {
    const runs = [
      { str: 'U.S. National ACTION PLAN', transform: [1, 0, 0, 1, 50, 760] },
      { str: 'INTRODUCTION', transform: [1, 0, 0, 1, 50, 730], hasEOL: true },
      { str: '', hasEOL: true },
      { str: 'Since the first day', transform: [1, 0, 0, 1, 50, 710] },
    ];
    expect(pageTextOf(runs)).toBe('U.S. National ACTION PLAN\nINTRODUCTION\nSince the first day');
  });

  it('joins pages with page spans in code points', () => {
    const paged = joinPages(['𝐀b', 'cd']);
    expect(paged.text).toBe('𝐀b\n\ncd');
    expect(paged.pages).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
  });

  it('repairs words hyphenated across lines but keeps real hyphens', () => {
    expect(joinPrintedLines('Future Contract Opportuni-\nties and Data-\nDriven Work')).toBe(
      'Future Contract Opportunities and Data- Driven Work',
    );
  });

  it('keeps the hyphen after a one-letter prefix broken at a line end, which hyphenation never leaves', () => {
    expect(joinPrintedLines('Data Standard in the e-\nprocurement system')).toBe(
      'Data Standard in the e-procurement system',
    );
    // A longer word before the hyphen is still a word broken by hyphenation.
    expect(joinPrintedLines('the pro-\ncurement system')).toBe('the procurement system');
  });

  it('reads tabs as spaces and keeps offsets of every line', () => {
    const lines = textLines('a\tb\n\nc');
    expect(lines.map((l) => [l.clean, l.start, l.end])).toEqual([
      ['a b', 0, 3],
      ['', 4, 4],
      ['c', 5, 6],
    ]);
  });
});
