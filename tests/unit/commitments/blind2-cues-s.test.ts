/**
 * Cues the nineteenth batch of the second blind set (export traits of real plans no earlier batch had) called
 * for: a page turned landscape by /Rotate, read as it is shown; a call-out box beside the body drawn on the
 * body's baselines, its lines kept apart from the body's; a matrix whose wrapped cells lose the tabs after a
 * row's first line, read by where its cells start; and an institution's annual report that lists the open
 * government commitments it leads with their status, which is not a plan.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { fullerRows } from '../../../src/core/commitments/fuller-rows.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { jumpsBack } from '../../../src/core/text/jumps-back.ts';
import { joinPages, styledPageTextOf, type TextRun } from '../../../src/core/text/page-text.ts';
import { uprightRuns } from '../../../src/core/text/upright-runs.ts';

/** A run as pdf.js gives it: text at (x, y), each character half the size wide. */
const run = (str: string, x: number, y: number, size = 10, font = 'g_d0_f1'): TextRun => ({
  str,
  hasEOL: false,
  transform: [size, 0, 0, size, x, y],
  fontName: font,
  width: str.length * size * 0.5,
});

/** The same run on portrait paper turned by /Rotate 90: drawn a quarter turn, at (595 - y, x) on the paper. */
const turned = (r: TextRun): TextRun => {
  const [s = 10, , , , x = 0, y = 0] = r.transform ?? [];
  return { ...r, transform: [0, s, -s, 0, 595 - y, x] };
};

describe('a page turned landscape by /Rotate', () => {
  const page = [
    run('Plano de Ação Nacional', 50, 540, 16),
    run('1. Introdução', 50, 500, 12),
    run('O plano contém sete compromissos,', 50, 480),
    run('apresentados na matriz seguinte.', 230, 480),
    run('Cada compromisso tem um órgão responsável.', 50, 466),
  ];

  it('is read as it is shown, line by line', () => {
    const upright = styledPageTextOf(page).text;
    expect(upright.split('\n')).toEqual([
      'Plano de Ação Nacional',
      '1. Introdução',
      'O plano contém sete compromissos,apresentados na matriz seguinte.',
      'Cada compromisso tem um órgão responsável.',
    ]);
    expect(styledPageTextOf(page.map(turned)).text).toBe(upright);
  });

  it('hands back the runs it was given, and marks the page as read out of its drawn order', () => {
    const runs = page.map(turned);
    const seen: TextRun[] = [];
    const read = styledPageTextOf(runs, (r) => seen.push(r));
    expect(seen).toEqual(runs);
    expect(seen.every((r, i) => r === runs[i])).toBe(true);
    expect(read.reordered).toBe(true);
  });

  it('leaves an upright page alone, and a page with a turned label in its margin', () => {
    expect(uprightRuns(page)).toBeNull();
    expect(uprightRuns([...page, turned(run('Draft', 300, 300))])).toBeNull();
  });
});

describe('a call-out box drawn on the body’s baselines', () => {
  it('starts a line of its own where the text jumps back to the left', () => {
    const text = styledPageTextOf([
      run('Did you know?', 400, 712, 9.5),
      run('Only 14 of 116 councils', 400, 700, 9),
      run('1.1 Publish a citizens’ budget for every local authority', 56, 699, 11.5),
      run('published an approved budget', 400, 688, 9),
    ]).text;
    expect(text.split('\n')).toEqual([
      'Did you know?',
      'Only 14 of 116 councils',
      '1.1 Publish a citizens’ budget for every local authority',
      'published an approved budget',
    ]);
  });

  it('a kerning pair or a blank placed back a little is no jump', () => {
    expect(jumpsBack(99, 100, 10)).toBe(false);
    expect(jumpsBack(56, 530, 10)).toBe(true);
    expect(jumpsBack(undefined, 530, 10)).toBe(false);
  });
});

describe('a matrix whose cells wrap', () => {
  it('keeps the reading with more rows: positions, when tabs give the first row only', () => {
    expect(fullerRows([1], () => [1, 2, 3])).toEqual([1, 2, 3]);
    expect(fullerRows([1, 2], () => [1, 2])).toEqual([1, 2]);
    expect(fullerRows([], () => [1])).toEqual([1]);
  });

  it('finds every row of a matrix drawn cell by cell, under numbered sections', () => {
    const bold = 'g_d0_f2';
    const runs: TextRun[] = [
      run('1. Introdução', 50, 780, 13, bold),
      run('O plano contém quatro compromissos, apresentados na matriz de compromissos seguinte.', 50, 760),
      run('2. Matriz de compromissos', 50, 730, 13, bold),
      run('N.º', 54, 700, 10, bold),
      { ...run(' ', 70, 700), width: 30 },
      run('Compromisso', 90, 700, 10, bold),
      { ...run(' ', 150, 700), width: 190 },
      run('Órgão responsável', 340, 700, 10, bold),
    ];
    const rows: Array<[string, string, string, string, string]> = [
      ['1', 'Portal único de dados abertos da', 'administração pública', 'Ministério da', 'Modernização'],
      ['2', 'Publicação dos contratos de obras', 'públicas municipais', 'Tribunal de', 'Contas'],
      ['3', 'Orçamento cidadão da educação em', 'linguagem simples', 'Ministério da', 'Educação'],
      ['4', 'Regulamentação da lei do direito à', 'informação', 'Ministério da', 'Justiça'],
    ];
    rows.forEach(([n, t1, t2, o1, o2], k) => {
      const y = 680 - 40 * k;
      runs.push(
        run(n, 54, y),
        { ...run(' ', 60, y), width: 30 },
        run(t1, 90, y),
        run(t2, 90, y - 12),
        { ...run(' ', 250, y), width: 90 },
        run(o1, 340, y),
        run(o2, 340, y - 12),
      );
    });
    runs.push(
      run('3. Acompanhamento', 50, 500, 13, bold),
      run('O Fórum reúne-se trimestralmente e publica um relatório anual.', 50, 480),
    );
    const page = styledPageTextOf(runs);
    const paged = joinPages([page.text], [page.styles]);
    const found = findCommitments(paged).map((c) => [c.label, c.title]);
    expect(found).toEqual([
      ['1', 'Portal único de dados abertos da administração pública'],
      ['2', 'Publicação dos contratos de obras públicas municipais'],
      ['3', 'Orçamento cidadão da educação em linguagem simples'],
      ['4', 'Regulamentação da lei do direito à informação'],
    ]);
  });
});

describe('an institution’s annual report', () => {
  it('that reports on the open government commitments it leads is not a plan', () => {
    const text = [
      'Information Commission Annual Report 2024',
      '1. Chairperson’s statement',
      'The year under review saw the number of access to information requests rise by a third. This report sets out the complaints resolved and the progress made on the open government commitments the Commission leads.',
      '3. Open Government Partnership commitments',
      'Kenya’s fourth National Action Plan (2023–2025) named the Commission as lead agency for three commitments.',
      'No.\tCommitment\tRole\tStatus',
      '1\tAccess to information regulations\tLead\tCompleted',
      '2\tOnline portal for requests to county governments\tLead\tSubstantial progress',
      '4. Financial statements',
    ].join('\n');
    expect(detectDocument({ text }).kind).toBe('other');
  });

  it('is not a plan that commits to publishing one: only a document that names itself so', () => {
    const sample = {
      title: 'Fifth National Action Plan for Open Government',
      headings: [
        'Commitment 1: Open contracting in public works',
        'Commitment 2: An annual report on lobbying contacts',
        'Commitment 3: Beneficial ownership register',
      ],
      text: [
        'Fifth National Action Plan for Open Government 2025–2027',
        'This action plan sets out three commitments co-created with civil society in the open government forum.',
        'Commitment 2: An annual report on lobbying contacts',
        'Lead implementing agency: Ministry of Justice. Start date: January 2025. End date: June 2027.',
        'Milestones: the register publishes an annual report each March.',
      ].join('\n'),
    };
    const plain = detectDocument(sample);
    const withoutIt = detectDocument({
      ...sample,
      headings: sample.headings.map((h) => h.replace('An annual report on', 'A register of')),
      text: sample.text.replace('An annual report on', 'A register of'),
    });
    expect(plain.kind).toBe('action-plan');
    expect(plain.score).toBe(withoutIt.score);
  });
});
