/**
 * Cues the twelfth batch of the second blind set called for: headings in letter-spaced capitals, which
 * pdf.js gives a space between each letter; a label printed alone on the line above a title, in a band or
 * a box of its own ("MEX-2025-03", "COMMITMENT C-7", "03"); the minutes of a forum meeting that go through a
 * plan's commitments one by one; a report's annex matrix whose narrow header cells wrap over several lines,
 * and the one commitment of that matrix reviewed under its own heading before it.
 */
import { describe, expect, it } from 'vitest';
import { AnchoringText } from '../../../src/core/anchoring/anchoring-text.ts';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { labelLine } from '../../../src/core/commitments/label-above.ts';
import { unspacedLines, unspacedRun } from '../../../src/core/commitments/letter-spaced.ts';
import { joinPages, styledPageTextOf, type TextRun } from '../../../src/core/text/page-text.ts';
import { textLines } from '../../../src/core/text/text-lines.ts';

/** A line as pdf.js gives letter-spaced words: one run a word, a space between letters, one run a space. */
function spaced(words: string[], font: string, size: number, y: number): TextRun[] {
  const runs: TextRun[] = [];
  let x = 70;
  words.forEach((w, i) => {
    if (i > 0) {
      runs.push({ str: ' ', transform: [size, 0, 0, size, x, y], fontName: font, width: size * 0.8 });
      x += size * 0.8;
    }
    const str = [...w].join(' ');
    runs.push({ str, transform: [size, 0, 0, size, x, y], fontName: font, width: w.length * size * 0.9 });
    x += w.length * size * 0.9;
  });
  (runs[runs.length - 1] as TextRun).hasEOL = true;
  return runs;
}

describe('letter-spaced capitals', () => {
  it('joins a run whose characters stand apart, kerned groups included, and nothing else', () => {
    expect(unspacedRun('D A D O S')).toBe('DADOS');
    expect(unspacedRun('A B E RT O S')).toBe('ABERTOS');
    expect(unspacedRun('P O RTA L')).toBe('PORTAL');
    expect(unspacedRun('C - 1')).toBe('C-1');
    expect(unspacedRun('D E')).toBeNull();
    expect(unspacedRun('D E', true)).toBe('DE');
    expect(unspacedRun('de la los')).toBeNull();
    expect(unspacedRun('1 2 3')).toBeNull();
  });

  it('reads a letter-spaced line back into its words by its runs, and leaves other lines alone', () => {
    const page = styledPageTextOf([
      ...spaced(['EIXO', '1'], 'f1', 14, 750),
      ...spaced(['DADOS', 'ABERTOS', 'SOBRE', 'AS', 'LISTAS', 'DE', 'ESPERA'], 'f1', 11.5, 700),
      {
        str: 'O plano integra nove compromissos e a sua execução é acompanhada.',
        hasEOL: true,
        transform: [9.5, 0, 0, 9.5, 70, 680],
        fontName: 'f0',
        width: 300,
      },
      { str: 'A B C', hasEOL: true, transform: [9.5, 0, 0, 9.5, 70, 660], fontName: 'f0', width: 30 },
    ]);
    const doc = new AnchoringText(page.text);
    const lines = unspacedLines(textLines(page.text), page.styles, (u) => doc.toCodePoint(u));
    expect(lines.map((l) => l.clean)).toEqual([
      'EIXO 1',
      'DADOS ABERTOS SOBRE AS LISTAS DE ESPERA',
      'O plano integra nove compromissos e a sua execução é acompanhada.',
      'ABC',
    ]);
    // The text and its offsets are what pdf.js gave.
    expect(lines[0]?.raw).toBe('E I X O 1');
  });

  it('gives commitment titles printed in letter-spaced capitals as words', () => {
    const body = (str: string, y: number): TextRun => ({
      str,
      hasEOL: true,
      transform: [9.5, 0, 0, 9.5, 70, y],
      fontName: 'f0',
      width: str.length * 9.5 * 0.5,
    });
    const commitment = (title: string[], y: number): TextRun[] => [
      ...spaced(title, 'f2', 11.5, y),
      body('Entidade responsável: Agência para a Modernização Administrativa', y - 14),
      body('Calendário: janeiro de 2025 a dezembro de 2027', y - 28),
      body('Descrição: Publicar a informação em formato aberto e acompanhar a sua utilização.', y - 42),
      body('Marcos: definição do modelo; lançamento; avaliação participada.', y - 56),
    ];
    const page = styledPageTextOf([
      body('O IV Plano integra três compromissos, organizados em eixos, com metas verificáveis.', 780),
      ...commitment(['DADOS', 'ABERTOS', 'DA', 'SAÚDE'], 740),
      ...commitment(['PORTAL', 'DOS', 'FUNDOS', 'EUROPEUS'], 640),
      ...commitment(['CANAL', 'DE', 'DENÚNCIA', 'ÚNICO'], 540),
    ]);
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => c.title)).toEqual([
      'DADOS ABERTOS DA SAÚDE',
      'PORTAL DOS FUNDOS EUROPEUS',
      'CANAL DE DENÚNCIA ÚNICO',
    ]);
  });
});

describe('a label printed alone above its title', () => {
  it('reads ids, tags and bare numbers, and nothing that says more', () => {
    expect(labelLine('MEX-2025-03')).toBe('MEX-2025-03');
    expect(labelLine('COMMITMENT C-7')).toBe('C-7');
    expect(labelLine('Compromiso 4')).toBe('4');
    expect(labelLine('03')).toBe('03');
    expect(labelLine('C12')).toBe('C12');
    expect(labelLine('Part 3')).toBeNull();
    expect(labelLine('2025–2027')).toBeNull();
    expect(labelLine('Eje temático 1')).toBeNull();
  });

  const page = (above: (n: number) => string | null, pages = false) => {
    const body = (str: string, y: number): TextRun => ({
      str,
      hasEOL: true,
      transform: [9.5, 0, 0, 9.5, 70, y],
      fontName: 'f0',
      width: str.length * 9.5 * 0.5,
    });
    const titles = ['Open budget data', 'Beneficial ownership register', 'Citizens’ assemblies on climate'];
    const runs: TextRun[][] = titles.map((t, i) => [
      ...(above(i + 1) === null
        ? []
        : [
            {
              str: above(i + 1) as string,
              hasEOL: true,
              transform: [8, 0, 0, 8, 70, 760],
              fontName: 'f3',
              width: 40,
            },
          ]),
      {
        str: t,
        hasEOL: true,
        transform: [15, 0, 0, 15, 70, 740],
        fontName: 'f2',
        width: t.length * 15 * 0.5,
      },
      body('Lead agency: Ministry of Finance', 720),
      body('Start and end date: January 2025 – December 2026', 700),
      body('Problem: The information is not published, so the public cannot follow the decisions.', 680),
      body('Milestones: a data standard; a first release; an evaluation with civil society.', 660),
    ]);
    if (!pages) {
      const p = styledPageTextOf(runs.flat());
      return { text: p.text, styles: p.styles };
    }
    const each = runs.map((r) => styledPageTextOf(r));
    const joined = joinPages(
      each.map((p) => p.text),
      each.map((p) => p.styles),
    );
    return joined;
  };

  it('gives each title the label printed above it', () => {
    const ids = ['MEX-2025-01', 'MEX-2025-02', 'MEX-2025-03'];
    expect(findCommitments(page((n) => ids[n - 1] as string)).map((c) => [c.label, c.title])).toEqual([
      ['MEX-2025-01', 'Open budget data'],
      ['MEX-2025-02', 'Beneficial ownership register'],
      ['MEX-2025-03', 'Citizens’ assemblies on climate'],
    ]);
    expect(findCommitments(page((n) => `COMMITMENT C-${n}`, true)).map((c) => c.label)).toEqual([
      'C-1',
      'C-2',
      'C-3',
    ]);
  });

  it('gives none when one title has no such line, or when two say the same', () => {
    expect(findCommitments(page((n) => (n === 2 ? null : `0${n}`))).map((c) => c.label)).toEqual([
      null,
      null,
      null,
    ]);
    expect(findCommitments(page(() => '7')).map((c) => c.label)).toEqual([null, null, null]);
  });
});

describe('minutes of a meeting that goes through a plan', () => {
  const commitments = [
    'Compromisso 1 – Transparência na contratação pública. A representante informou que todos os marcos foram cumpridos.',
    'Compromisso 2 – Dados abertos sobre os fundos europeus. O representante apresentou o ponto de situação.',
    'Compromisso 3 – Participação dos jovens nas políticas públicas. Dois dos três marcos estão cumpridos.',
    'Entidade responsável: Agência para a Modernização Administrativa',
    'Entidade responsável: Agência para o Desenvolvimento e Coesão',
    'Entidade responsável: Instituto Português do Desporto e Juventude',
  ];

  it('is about a plan, not one, however many commitments it reviews', () => {
    const text = [
      'REDE NACIONAL DE ADMINISTRAÇÃO ABERTA',
      'Fórum Multissetorial de Acompanhamento do Plano de Ação',
      'ATA N.º 7/2025',
      'Reunião ordinária de 12 de junho de 2025',
      'Verificada a existência de quórum, a Presidente declarou aberta a reunião, com a seguinte ordem de trabalhos:',
      '1. Aprovação da ata da reunião anterior; 2. Ponto de situação dos compromissos do IV Plano de Ação Nacional para a Administração Aberta.',
      ...commitments,
    ].join('\n');
    const d = detectDocument({ text });
    expect(d.kind).toBe('other');
    expect(d.reasons.map((r) => r.code)).toContain('aboutAPlan');
    expect(detectDocument({ text: text.replace('ATA N.º 7/2025', 'Acta n.º 7 de la reunión') }).kind).toBe(
      'other',
    );
  });

  it('leaves a plan that reports its forum’s meetings and their agenda a plan', () => {
    const text = [
      'IV Plano de Ação Nacional para a Administração Aberta 2025–2027',
      'O Fórum reuniu quatro vezes; as atas e a ordem de trabalhos de cada reunião estão publicadas.',
      ...commitments,
    ].join('\n');
    expect(detectDocument({ text }).kind).toBe('action-plan');
  });
});

describe('a matrix whose header cells wrap over several lines', () => {
  it('reads its rows: the header runs down to the first labelled row', () => {
    const runs: TextRun[] = [];
    let y = 800;
    const line = (cells: Array<[string, number]>, size = 9): void => {
      cells.forEach(([str, x], k) =>
        runs.push({
          str: k < cells.length - 1 ? `${str} ` : str,
          hasEOL: k === cells.length - 1,
          transform: [size, 0, 0, size, x, y],
          fontName: 'f0',
          width: str.length * size * 0.5,
        }),
      );
      y -= 12;
    };
    line([['Annex 1: Commitment-by-Commitment Data', 60]], 15);
    line([
      ['#', 60],
      ['Commitment', 80],
      ['Verifiable', 300],
    ]);
    line([['Open', 360]]);
    line([['government', 360]]);
    line([['lens', 360]]);
    line([['Potential for', 430]]);
    line([
      ['results', 430],
      ['Cluster', 500],
    ]);
    const titles = [
      'Open contracting portal for all public procurement',
      'Citizens’ budget for the national budget',
      'Freedom of information reform',
    ];
    titles.forEach((t, i) => {
      line([
        [String(i + 1), 60],
        [t, 80],
        ['Yes', 300],
        ['Yes', 360],
        ['Modest', 430],
        ['—', 500],
      ]);
    });
    const page = styledPageTextOf(runs);
    const text = `Independent Reporting Mechanism\nThe action plan contains three commitments.\n${page.text}`;
    const offset = text.length - page.text.length;
    const styles = page.styles.map((st) => ({ ...st, start: st.start + offset, end: st.end + offset }));
    expect(findCommitments({ text, styles }).map((c) => [c.label, c.title])).toEqual(
      titles.map((t, i) => [String(i + 1), t]),
    );
  });
});

describe('a commitment of a report’s table reviewed under a heading of its own', () => {
  const text = [
    'Independent Reporting Mechanism',
    'Action Plan Review: Lemuria 2025–2027',
    'The action plan contains three commitments.',
    'Cluster 1: Fiscal openness (Commitments 1 and 2)',
    'Together these commitments could change how budget information is produced and used.',
    'Commitment 3: Legal aid for rural communities',
    'Most courts are in the three largest cities, far from people in rural districts.',
    'Potential for results: Modest',
    'Annex 1: Commitment-by-Commitment Data',
    '#\tCommitment\tVerifiable\tPotential for results',
    '1\tOpen contracting portal\tYes\tSubstantial',
    '2\tCitizens’ budget for the national budget\tYes\tSubstantial',
    '3\tLegal aid for rural communities\tYes\tModest',
  ].join('\n');

  it('is taken where its own review is; the others, reviewed in a cluster, at their rows', () => {
    const found = findCommitments({ text });
    expect(found.map((c) => [c.label, c.title])).toEqual([
      ['3', 'Legal aid for rural communities'],
      ['1', 'Open contracting portal'],
      ['2', 'Citizens’ budget for the national budget'],
    ]);
    const start = found[0]?.start ?? 0;
    expect(text.slice(start, start + 12)).toBe('Commitment 3');
  });
});
