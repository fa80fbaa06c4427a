import { describe, expect, it } from 'vitest';
import { splitEntry } from '../../../src/core/commitments/contents-page.ts';
import { isContentsLine } from '../../../src/core/commitments/heading-forms.ts';

describe('a contents line, read from its end', () => {
  it('splits an entry from its page number across every kind of leader', () => {
    expect(splitEntry('1.2 Open contracting ........ 14')).toEqual({
      text: '1.2 Open contracting',
      page: 14,
    });
    expect(splitEntry('Compromiso 3. Datos abiertos . . . . . 7')).toEqual({
      text: 'Compromiso 3. Datos abiertos',
      page: 7,
    });
    expect(splitEntry('Engagement 4 – Budget ……… 22')).toEqual({ text: 'Engagement 4 – Budget', page: 22 });
    expect(splitEntry('Annex\t31')).toEqual({ text: 'Annex', page: 31 });
    expect(splitEntry('Foreword   3')).toEqual({ text: 'Foreword', page: 3 });
    // The title's own full stop stays with the title; the leaders after it are the separator.
    expect(splitEntry('Open data. ... 5')).toEqual({ text: 'Open data.', page: 5 });
  });

  it('refuses what only looks like one: a year, a sentence ending in a number, a line of figures', () => {
    expect(splitEntry('The plan runs until 2027')).toBeNull();
    expect(splitEntry('The forum met in March 3')).toBeNull();
    expect(splitEntry('12 ..... 4')).toBeNull();
    expect(isContentsLine('The forum met in March 3')).toBe(false);
    expect(isContentsLine('Commitment 2: Lobbying register . . . . . . 6  ')).toBe(true);
  });

  it('costs the length of its leaders, not of the line: a long body line ending in a number is refused at once', () => {
    const line = `${'word '.repeat(20_000)}and in the end 12`;
    expect(splitEntry(line)).toBeNull();
    expect(isContentsLine(line)).toBe(false);
  });
});
