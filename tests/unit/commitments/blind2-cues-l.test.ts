/**
 * Cues the twelfth batch of the second blind set called for: headings in letter-spaced capitals, which
 * pdf.js gives a space between each letter.
 */
import { describe, expect, it } from 'vitest';
import { AnchoringText } from '../../../src/core/anchoring/anchoring-text.ts';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { unspacedLines, unspacedRun } from '../../../src/core/commitments/letter-spaced.ts';
import { styledPageTextOf, type TextRun } from '../../../src/core/text/page-text.ts';
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
