/**
 * Cues the fourteenth batch of the second blind set (ordinary plans) called for: contents pages whose
 * leaders are spaced dots (". . . ."), as Word's and LaTeX's dotted tab leaders print them. The last
 * entry of such a page, or one that wraps over two lines, was taken for the commitment itself.
 */
import { describe, expect, it } from 'vitest';
import { contentsEntries } from '../../../src/core/commitments/contents-page.ts';
import { LEADERS_THEN_PAGE } from '../../../src/core/commitments/dot-leaders.ts';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { endsContentsEntry, isContentsLine } from '../../../src/core/commitments/heading-forms.ts';
import { textLines } from '../../../src/core/text/text-lines.ts';

const spaced = (n: number): string => '. '.repeat(n).trim();

describe('spaced dot leaders', () => {
  it('end a contents line, and a sentence before a number does not', () => {
    expect(LEADERS_THEN_PAGE.test(`associations ${spaced(6)} 10`)).toBe(true);
    expect(LEADERS_THEN_PAGE.test(`Annex A: Members of the Forum${spaced(30)} 11`)).toBe(true);
    expect(isContentsLine(`Commitment 2: A public register of lobbying contacts${spaced(8)} 6`)).toBe(true);
    expect(endsContentsEntry(`associations ${spaced(4)} 10`)).toBe(true);
    expect(LEADERS_THEN_PAGE.test('The register opened in 2025. 3')).toBe(false);
    expect(LEADERS_THEN_PAGE.test('See sections 2. 3. 4')).toBe(false);
    expect(endsContentsEntry('Publish data in . 5')).toBe(false);
  });

  it('make an entry of the contents page, its label and page read', () => {
    const lines = textLines(`Contents\nCompromisso 5 – Avaliação participada dos serviços${spaced(12)} 8\n`);
    expect(contentsEntries(lines).map((e) => [e.title, e.page])).toEqual([
      ['Compromisso 5 – Avaliação participada dos serviços', 8],
    ]);
  });

  it('leave the last and the wrapped entries of a contents page to the commitments in the body', () => {
    const titles = [
      'Publishing local government spending data every quarter',
      'A public register of lobbying contacts with ministers',
      'Protecting civic space through a simplified registration regime for associations',
    ];
    const body = (i: number): string =>
      [
        `Commitment ${i + 1}: ${titles[i]}`,
        'Commitment start and end date 1 January 2025 – 30 June 2027',
        'Lead implementing agency/actor Ministry of Local Government',
        'What is the public problem that the commitment will address? Councils publish their accounts',
        'once a year, on paper, and residents cannot follow what is spent in their district.',
        'What is the commitment? Every council will publish its spending every quarter.',
        'Milestone activity with a verifiable deliverable Start date End date',
        'Common template agreed with councils January 2025 June 2025',
      ].join('\n');
    const text = [
      'Contents',
      `Foreword${spaced(60)} 3`,
      `Commitment 1: ${titles[0]}${spaced(10)} 4`,
      `Commitment 2: ${titles[1]}${spaced(10)} 5`,
      'Commitment 3: Protecting civic space through a simplified registration regime for',
      `associations ${spaced(4)} 6`,
      'Foreword',
      'Open government is a way of working that asks every public body to explain what it does.',
      'This plan contains three commitments.',
      body(0),
      body(1),
      body(2),
      'Annex A: Members of the Forum',
      'Office of the Cabinet Secretary; Civil Society Platform.',
    ].join('\n');
    const found = findCommitments({ text });
    expect(found.map((c) => [c.label, c.title])).toEqual(titles.map((t, i) => [String(i + 1), t]));
    expect(found.every((c) => !/\.\s\./u.test(c.title))).toBe(true);
  });
});
