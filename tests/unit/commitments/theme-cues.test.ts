/**
 * Themes the finder reads from general cues: a theme numbered in words ("Thematic Area One"), a part or
 * chapter that names itself ("Part 1: …", "Chapter 2: …"), a heading the layout prints between commitments,
 * a web card's tag beside its badge, a theme row spanning a matrix, and a report's title repeated over both
 * pages of a two-page file (a running header, not a theme).
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { cardThemes } from '../../../src/core/commitments/card-tags.ts';
import { isCommitmentsPart } from '../../../src/core/commitments/commitments-part.ts';
import { divisionName } from '../../../src/core/commitments/division-heading.ts';
import { bodyStyles, headingBetween } from '../../../src/core/commitments/heading-between.ts';
import { matrixThemes } from '../../../src/core/commitments/matrix-themes.ts';
import { NUMBER_WORD } from '../../../src/core/commitments/number-words.ts';
import { furnitureLines } from '../../../src/core/commitments/running-lines.ts';
import { htmlText } from '../../../src/core/text/html-text.ts';
import { joinPages } from '../../../src/core/text/page-text.ts';
import { textLines } from '../../../src/core/text/text-lines.ts';

const body = [
  'Lead agency: Ministry of Finance',
  'Duration: July 2025 – June 2027',
  'Description. The ministry will publish the data every quarter and explain it to the public.',
];

describe('number words', () => {
  const word = new RegExp(`^${NUMBER_WORD}$`, 'iu');
  it('reads one to twelve in the four languages, whole words only', () => {
    for (const w of ['One', 'twelve', 'dos', 'Três', 'duas', 'deux', 'onze']) expect(word.test(w)).toBe(true);
    expect(new RegExp(`^${NUMBER_WORD}`, 'iu').test('onerous')).toBe(false);
  });

  it('let a theme numbered in words name itself', () => {
    const text = [
      'Thematic Area One: Fiscal Openness',
      'Commitments under this thematic area were proposed by the fiscal cluster.',
      'Commitment 1: Publish budget execution reports',
      ...body,
      'Thematic Area Two: Anti-Corruption and Integrity',
      'Commitment 2: Open the register of beneficial owners',
      ...body,
    ].join('\n');
    expect(findCommitments({ text }).map((c) => c.theme)).toEqual([
      'Fiscal Openness',
      'Anti-Corruption and Integrity',
    ]);
  });
});

describe('a part or chapter that names itself', () => {
  it('gives its name', () => {
    expect(divisionName('Part 1: Open Data and Fiscal Transparency')).toBe(
      'Open Data and Fiscal Transparency',
    );
    expect(divisionName('Chapter 2: Fiscal Openness')).toBe('Fiscal Openness');
    expect(divisionName('Part B: County Commitments')).toBe('County Commitments');
    expect(divisionName('Capítulo III – Justicia abierta')).toBe('Justicia abierta');
    expect(divisionName('Partie deux : Participation')).toBe('Participation');
  });

  it('is not a sentence that cites a section', () => {
    expect(divisionName('Section 3: the board shall publish it.')).toBeNull();
    expect(divisionName('Part of the budget is spent locally')).toBeNull();
  });

  it('is a theme above its commitments, kept whole; the commitments part is none', () => {
    const text = [
      'Chapter 2: Fiscal Openness',
      'The commitments in this chapter respond to the consultations.',
      'Commitment 2.1 Publish in-year budget reports',
      ...body,
      'Chapter 3: Commitments',
      'Commitment 3.1 Open the register of lobbyists',
      ...body,
    ].join('\n');
    expect(findCommitments({ text }).map((c) => c.theme)).toEqual(['Chapter 2: Fiscal Openness', null]);
  });

  it('printed as a heading, may have a longer introduction under it', () => {
    const intro = Array.from(
      { length: 6 },
      (_, k) => `<p>Paragraph ${k + 1} of the part's introduction.</p>`,
    );
    const page = htmlText(
      [
        '<h1>Fifth National Action Plan</h1>',
        '<h2>Part 1: Open Data</h2>',
        ...intro,
        '<h3>Commitment 1: Publish budget execution data</h3>',
        ...body.map((b) => `<p>${b}</p>`),
        '<h2>Part 2: Integrity</h2>',
        ...intro,
        '<h3>Commitment 2: A register of lobbyists</h3>',
        ...body.map((b) => `<p>${b}</p>`),
      ].join(''),
    );
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => c.theme)).toEqual([
      'Part 1: Open Data',
      'Part 2: Integrity',
    ]);
  });
});

describe('the commitments part', () => {
  it('includes a report’s analysis commitment by commitment', () => {
    expect(isCommitmentsPart('Análise por compromisso')).toBe(true);
    expect(isCommitmentsPart('Analysis by commitment')).toBe(true);
    expect(isCommitmentsPart('Transparency commitments')).toBe(false);
  });
});

describe('a heading between commitments', () => {
  // Lines: 0 theme (rank 2), 1 intro, 2 commitment, 3 sub-heading (rank 4), 4 body, 5 commitment,
  // 6 sub-heading, 7 body.
  const ranks = [2, 0, 0, 4, 0, 0, 4, 0];
  const lines = {
    rank: (j: number) => ranks[j] ?? 0,
    key: (j: number) => `k${ranks[j] ?? 0}`,
    skip: () => false,
    own: () => false,
  };

  it('is the nearest heading above, with only an introduction under it', () => {
    expect(headingBetween(lines, -1, 2, () => false)).toEqual({ first: 0, last: 0 });
  });

  it('is not a sub-heading every commitment prints', () => {
    const styles = bodyStyles(
      lines,
      [
        { line: 2, lastLine: 2 },
        { line: 5, lastLine: 5 },
      ],
      8,
    );
    expect([...styles]).toEqual(['k4']);
    expect(headingBetween(lines, 2, 5, (k) => styles.has(k))).toBeNull();
  });

  it('gives a web page its themes: h2 above accordion h3 commitments with h4 sub-headings', () => {
    const accordion = htmlText(
      [
        '<h1>Open Government Action Plan</h1>',
        ...['Fiscal transparency', 'Participation'].flatMap((theme, t) => [
          `<h2>${theme}</h2>`,
          '<p>Open all sections</p>',
          ...[1, 2].flatMap((n) => [
            `<h3>Commitment ${t * 2 + n} - Title ${t * 2 + n}</h3>`,
            '<p>Lead: Directorate</p>',
            '<h4>What is the problem?</h4>',
            '<p>People find it hard to follow the data.</p>',
            '<h4>Milestones</h4>',
            '<p>Data published Spring 2026</p>',
          ]),
        ]),
      ].join(''),
    );
    expect(findCommitments({ text: accordion.text, styles: accordion.styles }).map((c) => c.theme)).toEqual([
      'Fiscal transparency',
      'Fiscal transparency',
      'Participation',
      'Participation',
    ]);
  });
});

describe('card tags', () => {
  it('are themes when cards share them', () => {
    expect(cardThemes(['Fiscal openness', 'Fiscal openness ·', 'Justice'])).toEqual([
      'Fiscal openness',
      'Fiscal openness',
      'Justice',
    ]);
  });

  it('are none when each differs, one is missing, or it is a label word', () => {
    expect(cardThemes(['Open data', 'Justice'])).toBeNull();
    expect(cardThemes(['Open data', '', 'Open data'])).toBeNull();
    expect(cardThemes(['Commitment ', 'Commitment '])).toBeNull();
  });
});

describe('matrix theme rows', () => {
  it('are carried to the rows under them', () => {
    const text = [
      'N° Engagement',
      'Axe 1 : Budget',
      'row 1',
      'cell',
      'row 2',
      'cell',
      'Axe 2 : Participation',
      'row 3',
    ];
    const themes = matrixThemes(
      [2, 4, 7],
      (j) => text[j] as string,
      () => false,
      (l) => l.startsWith('Axe'),
    );
    expect(themes).toEqual(['Axe 1 : Budget', 'Axe 1 : Budget', 'Axe 2 : Participation']);
  });
});

describe('a two-page file', () => {
  it('repeats its running header at the top of both pages: furniture', () => {
    const title = 'Mid-term self-assessment report of the Third Open Government National Action Plan';
    const paged = joinPages([
      `${title}\n1\nCommitment 1: Open data\nLead agency: Treasury\n`,
      `${title}\n2\nCommitment 2: Lobbying\nLead agency: Cabinet Office\n`,
    ]);
    const lines = textLines(paged.text);
    const starts = paged.pages.map((p) => p.start);
    const furniture = furnitureLines(lines, starts);
    const headers = lines.flatMap((l, i) => (l.clean === title ? [i] : []));
    expect(headers).toHaveLength(2);
    expect(headers.every((i) => furniture.has(i))).toBe(true);
  });
});
