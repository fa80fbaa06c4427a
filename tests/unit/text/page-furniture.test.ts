import { describe, expect, it } from 'vitest';
import { pageFurniture, pageNumberIn, type PageLine } from '../../../src/core/text/page-furniture.ts';

/** A page of body lines between optional header lines (top) and footer lines (bottom), heights falling. */
function page(header: string[], body: string[], footer: string[]): PageLine[] {
  const lines = [...header, ...body, ...footer];
  return lines.map((text, i) => ({ text, y: 780 - i * 14 }));
}

/** The furniture of each page, as the lines' texts. */
function furnitureTexts(pages: PageLine[][]): string[][] {
  return pageFurniture(pages).map((indices, p) =>
    [...indices].sort((a, b) => a - b).map((i) => (pages[p] as PageLine[])[i]?.text ?? '?'),
  );
}

const BODY = [
  ['Federally funded research results', 'will be made available to the public', 'without an embargo.'],
  ['Agencies will publish their data', 'in open formats and under open licences', 'within a year.'],
  ['Civil society will take part', 'in every review of the plan', 'through open meetings.'],
  ['The portal will list contracts', 'and their amendments', 'as they are signed.'],
  ['Each ministry names a contact', 'for the commitments it leads', 'and publishes progress.'],
];

describe('page numbers', () => {
  it.each([
    ['6', 6],
    ['Page 6', 6],
    ['page 6 of 20', 6],
    ['- 6 -', 6],
    ['— 12 —', 12],
    ['[6]', 6],
    ['6 / 20', 6],
    ['Página 6 de 20', 6],
    ['Pág. 6', 6],
    ['Page 6 sur 20', 6],
    ['p. 6', 6],
    ['vi', 6],
    ['XIV', 14],
    ['Page iv', 4],
  ])('reads %j as %i', (line, number) => {
    expect(pageNumberIn(line)).toBe(number);
  });

  it.each([
    'Commitment 6',
    '6. Publish open data',
    '3 | Open contracting',
    'Compromiso 6',
    'Informe de 2023',
    'DRAFT',
    'iiii',
    'mid',
  ])('does not read %j as one', (line) => {
    expect(pageNumberIn(line)).toBeNull();
  });
});

describe('page furniture', () => {
  it('finds bare page numbers that follow the pages, wherever the stream puts them', () => {
    // The cover has no number; page 2 prints "1".
    const pages = [
      page([], ['THE OPEN GOVERNMENT', 'NATIONAL ACTION PLAN'], []),
      ...BODY.map((body, i) => page([], body, [String(i + 1)])),
    ];
    // pdf.js may give the footer first: its height, not its place in the stream, puts it at the bottom.
    const last = pages[5] as PageLine[];
    pages[5] = [last[last.length - 1] as PageLine, ...last.slice(0, -1)];
    expect(furnitureTexts(pages)).toEqual([[], ['1'], ['2'], ['3'], ['4'], ['5']]);
  });

  it.each([
    ['en', (n: number) => `Page ${n}`],
    ['es', (n: number) => `Página ${n} de 9`],
    ['pt', (n: number) => `- ${n} -`],
    ['fr', (n: number) => `Page ${n} sur 9`],
    ['roman front matter', (n: number) => ['i', 'ii', 'iii', 'iv', 'v'][n - 1] as string],
  ])('finds page numbers written as in %s', (_, printed) => {
    const pages = BODY.map((body, i) => page([], body, [printed(i + 1)]));
    expect(furnitureTexts(pages)).toEqual(BODY.map((_b, i) => [printed(i + 1)]));
  });

  it.each([
    ['en', 'U.S. National ACTION PLAN', (n: number) => `${n} | Fifth Open Government National Action Plan`],
    ['es', 'Plan de Acción de Gobierno Abierto 2023-2025', (n: number) => `Página ${n}`],
    ['pt', 'Plano de Ação Nacional de Governo Aberto', (n: number) => `Plano de Ação • ${n}`],
    ['fr', "Plan d'action national pour un gouvernement ouvert", (n: number) => `${n} – Plan d'action`],
  ])('finds a running header and a footer with varying page numbers (%s)', (_, header, footer) => {
    const pages = BODY.map((body, i) => page([header], body, [footer(i + 3)]));
    expect(furnitureTexts(pages)).toEqual(BODY.map((_b, i) => [header, footer(i + 3)]));
  });

  it('peels several lines of furniture from an edge', () => {
    const pages = BODY.map((body, i) =>
      page(['UNITED STATES 5TH NATIONAL ACTION PLAN', '- -'], body, [String(i + 2)]),
    );
    expect(furnitureTexts(pages)).toEqual(
      BODY.map((_b, i) => ['UNITED STATES 5TH NATIONAL ACTION PLAN', '- -', String(i + 2)]),
    );
  });

  it('keeps a label that repeats below a heading that does not', () => {
    const pages = BODY.map((body, i) =>
      page(
        [`Commitment ${i + 1}: ${(body[0] as string).split(' ')[0]}`, 'Lead implementing agency'],
        body,
        [],
      ),
    );
    expect(furnitureTexts(pages)).toEqual(BODY.map(() => []));
  });

  it('keeps a table header that repeats at the top of some pages, where other pages start their text', () => {
    const pages = BODY.map((body, i) => [
      { text: 'DRAFT', y: 790 },
      ...(i < 3 ? ['Completion level', ...body] : body).map((text, k) => ({ text, y: 766 - k * 14 })),
    ]);
    expect(furnitureTexts(pages)).toEqual(BODY.map(() => ['DRAFT']));
  });

  it('keeps body lines that two pages of a short document happen to end with', () => {
    const pages = [
      page(['Plan'], ['Opening line.', 'Closing line.'], []),
      page(['Plan'], ['Second page.', 'Same ending.', 'Same last line.'], []),
      page(['Plan'], ['Third page.', 'Same ending.', 'Same last line.'], []),
    ];
    expect(furnitureTexts(pages)).toEqual([['Plan'], ['Plan'], ['Plan']]);
  });

  it('keeps numbers that do not follow the pages, and lines that repeat on too few pages', () => {
    const pages = BODY.map((body, i) =>
      page(i < 2 ? ['Annex'] : [], body, [['12', '7', '40', '3', '25'][i] as string]),
    );
    expect(furnitureTexts(pages)).toEqual(BODY.map(() => []));
  });

  it('keeps a commitment heading with a number beside its title, one commitment a page', () => {
    const titles = ['Open contracting', 'Beneficial ownership', 'Open data', 'Public meetings', 'Budgets'];
    const pages = BODY.map((body, i) => page([`${i + 1} | ${titles[i] as string}`], body, []));
    expect(furnitureTexts(pages)).toEqual(BODY.map(() => []));
  });

  it('reads lines in stream order when heights are unknown', () => {
    const pages = BODY.map((body, i) => [
      { text: 'DRAFT' },
      ...body.map((text) => ({ text })),
      { text: `${i + 1}` },
    ]);
    expect(furnitureTexts(pages)).toEqual(BODY.map((_b, i) => ['DRAFT', String(i + 1)]));
  });

  it('needs two pages to agree: a single page keeps its lines', () => {
    expect(furnitureTexts([page(['Plan'], BODY[0] as string[], ['1'])])).toEqual([[]]);
    expect(furnitureTexts([])).toEqual([]);
  });
});
