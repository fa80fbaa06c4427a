/**
 * Cues the thirteenth batch of the second blind set called for: a municipal plan whose every template ends
 * in an activities table with the same header row (which lines up with the templates one to one, and is not
 * a commitment).
 */
import { describe, expect, it } from 'vitest';
import { repeatsTitles } from '../../../src/core/commitments/repeated-titles.ts';

const TITLES = [
  'Orçamento participativo com acompanhamento público',
  'Reuniões de câmara abertas e transmitidas em direto',
  'Portal de dados abertos municipal',
];

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
