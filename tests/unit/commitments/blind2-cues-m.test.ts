/**
 * Cues the thirteenth batch of the second blind set called for: a municipal plan whose commitments each
 * open with a number printed large in a cell of its own ("01") beside the bold title, and whose every
 * template ends in an activities table with the same header row (which lines up with the templates one to
 * one, and is not a commitment); an IRM Action Plan Review that discusses a promising commitment before
 * listing every commitment in order in an annex; a government's "What we heard" report on the
 * consultations for a plan still to be drafted (about a plan, not one).
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { inLabelOrder } from '../../../src/core/commitments/ordered-duplicates.ts';
import { repeatsTitles } from '../../../src/core/commitments/repeated-titles.ts';
import { styledPageTextOf, type TextRun } from '../../../src/core/text/page-text.ts';

/** A run at `x`, `y` in a font of `size`, ending its line. */
const run = (str: string, x: number, y: number, font = 'g1', size = 10): TextRun => ({
  str,
  hasEOL: true,
  transform: [size, 0, 0, size, x, y],
  fontName: font,
  width: (size / 2) * str.length,
});

const TITLES = [
  'Orçamento participativo com acompanhamento público',
  'Reuniões de câmara abertas e transmitidas em direto',
  'Portal de dados abertos municipal',
];

/** A plan: its title, its count, an overview table, then each commitment as number, title, fields and an activities table. */
function numberedCells(number: (n: number) => string): TextRun[] {
  const runs: TextRun[] = [
    run('Plano de Ação Local de Governo Aberto 2025–2026', 50, 780, 'Sans-Bold', 20),
    run('O plano integra três compromissos, a executar em dois anos.', 50, 740),
    run('N.º Compromisso Entidade responsável', 50, 705, 'Sans-Bold', 9),
    ...TITLES.map((t, k) => run(`0${k + 1} ${t} Divisão de Planeamento`, 50, 692 - 12 * k, 'g1', 9)),
    run('Cada compromisso indica a entidade responsável e as atividades a desenvolver.', 50, 645),
  ];
  let y = 610;
  TITLES.forEach((t, k) => {
    runs.push(run(number(k + 1), 50, y, 'Sans-Bold', 30), run(t, 110, y - 5, 'Sans-Bold', 14));
    y -= 40;
    for (const line of [
      'Entidade responsável Divisão de Planeamento',
      'Período de execução janeiro de 2025 – dezembro de 2026',
      'Descrição do compromisso O município publica a informação e abre as decisões.',
    ]) {
      runs.push(run(line, 50, y));
      y -= 14;
    }
    runs.push(run('Atividades Início Conclusão', 50, y, 'Sans-Bold', 9));
    y -= 13;
    runs.push(run('1. Revisão das normas janeiro de 2025 junho de 2025', 50, y, 'g1', 9));
    y -= 30;
  });
  runs.push(run('5. Acompanhamento e avaliação', 50, y, 'Sans-Bold', 14));
  runs.push(run('O Fórum reúne-se de quatro em quatro meses para acompanhar a execução.', 50, y - 20));
  return runs;
}

describe('a number printed large in a cell beside each title', () => {
  it('takes the titles, not the activities tables’ header row repeated under each template', () => {
    const page = styledPageTextOf(numberedCells((n) => `0${n}`));
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => c.title)).toEqual(TITLES);
  });

  it('takes the numbers as labels, as printed, though a number alone reads like a page number', () => {
    const page = styledPageTextOf(numberedCells((n) => `0${n}`));
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => c.label)).toEqual([
      '01',
      '02',
      '03',
    ]);
  });

  it('takes no labels from the same number above every title', () => {
    const page = styledPageTextOf(numberedCells(() => '25'));
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => c.label)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('titles repeated down a level', () => {
  const c = (title: string, line: number) => ({
    form: 'numbered' as const,
    label: null,
    title,
    line,
    lastLine: line,
  });

  it('is not a list of commitments when its titles are mostly one', () => {
    expect(
      repeatsTitles(
        [
          'Atividades Início Conclusão',
          'Atividades · Início · Conclusão',
          'Atividades Início Conclusão',
          'Prazo',
        ].map(c),
      ),
    ).toBe(true);
    expect(repeatsTitles(TITLES.map(c))).toBe(false);
  });
});

describe('a commitment discussed out of turn, then listed in order', () => {
  const titles = [
    'Política de datos abiertos para la acción climática',
    'Transparencia en la gestión de los recursos de regalías',
    'Estrategia nacional de lenguaje claro',
    'Protección de personas defensoras del ambiente',
  ];
  const text = [
    'Revisión del Plan de Acción: Colombia 2023–2025',
    'Sección II: Compromisos prometedores',
    `Compromiso 4: ${titles[3]}`,
    'Para una descripción completa del compromiso, véase el plan de acción.',
    'Contexto y objetivos',
    'Colombia ratificó el Acuerdo de Escazú en 2022 y el compromiso busca reglamentarlo.',
    'Potencial de resultados: Sustancial',
    'Anexo 1: Datos por compromiso',
    ...titles.flatMap((t, i) => [
      `Compromiso ${i + 1}: ${t}`,
      '• Verificable: Sí',
      '• ¿Tiene una perspectiva de gobierno abierto? Sí',
      '• Potencial de resultados: Modesto',
    ]),
  ].join('\n');

  it('takes it where the list puts it', () => {
    expect(findCommitments({ text }).map((c) => c.label)).toEqual(['1', '2', '3', '4']);
  });

  it('keeps the first occurrence when it is in order already', () => {
    expect([...inLabelOrder(['1', '2', '2', '3'], ['a', 'b', 'b', 'c'], new Set([0, 1, 3]))]).toEqual([
      0, 1, 3,
    ]);
  });
});

describe('a report on the consultations for a plan still to come', () => {
  const body = (next: string): string =>
    [
      'From October to January, the government asked people across the country what the next National Action Plan on Open Government should include. This report summarizes what we heard.',
      'Who we heard from: 2,318 responses to the online survey, 14 workshops and 41 written submissions.',
      'Theme 1: Access to information. Participants asked for shorter time limits and a register of completed requests.',
      'Theme 2: Fiscal transparency. Participants asked for grants data within 30 days.',
      `Next steps: ${next}`,
    ].join('\n');
  const title = 'What we heard: consultations on the 2025–2029 National Action Plan on Open Government';

  it('is about a plan, not one', () => {
    const text = body('the draft plan is published for a 30-day comment period in the summer.');
    expect(detectDocument({ title, headings: [title], text }).kind).toBe('other');
  });

  it('is not told so by its title alone', () => {
    const text = body('departments will report on these themes.');
    expect(detectDocument({ title, headings: [title], text }).kind).toBe('action-plan');
  });

  it('does not make a plan that reports what it heard one', () => {
    const plan = 'Fifth National Action Plan on Open Government 2025–2029';
    const text = `${body('the draft plan was published for comment, and this final plan takes account of the comments.')}\nWhat we heard\nCommitment 1: Access to information\nLead agency: Treasury Board\nMilestones: register of completed requests (2026)\nCommitment 2: Fiscal transparency\nLead agency: Finance\nStart date: 2025`;
    expect(detectDocument({ title: plan, headings: [plan, 'What we heard'], text }).kind).toBe('action-plan');
  });
});
