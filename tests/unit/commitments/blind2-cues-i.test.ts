/**
 * Cues the ninth batch of the second blind set called for: a template whose title is only a field's value
 * under a heading that prints nothing but a word and a number ("Ficha 1"), and a news page on a plan's
 * launch that dates its event "nesta quarta-feira" and its byline to the minute.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';

const ficha = (n: number, title: string, entity: string): string[] => [
  `Ficha ${n}`,
  `Título do compromisso: ${title}`,
  `Entidade responsável: ${entity}`,
  'Período de execução: janeiro de 2025 a junho de 2027',
  'Problema a resolver: A informação existe mas está dispersa por vários organismos.',
  'Marcos:',
  'a) Levantamento da informação disponível (junho de 2025)',
  'b) Disponibilização da primeira versão (março de 2026)',
];

describe('a title field under a heading that only numbers it', () => {
  it('takes the number of "Ficha N" for the label', () => {
    const text = [
      'III Plano de Ação Nacional de Administração Aberta 2025–2027',
      'O plano reúne três compromissos, descritos em fichas normalizadas.',
      ...ficha(1, 'Portal único de transparência das autarquias locais', 'Agência para a Modernização'),
      ...ficha(2, 'Participação jovem na elaboração das políticas públicas', 'Instituto da Juventude'),
      ...ficha(3, 'Dados abertos sobre a qualidade do ar e da água', 'Agência Portuguesa do Ambiente'),
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.title])).toEqual([
      ['1', 'Portal único de transparência das autarquias locais'],
      ['2', 'Participação jovem na elaboração das políticas públicas'],
      ['3', 'Dados abertos sobre a qualidade do ar e da água'],
    ]);
  });

  it('reads "Ficha N" opening every page, where it looks like a running header, and not the footer', () => {
    const pages = [
      [
        'III Plano de Ação Nacional de Administração Aberta 2025–2027',
        'O plano reúne quatro compromissos.',
        'Página 1',
      ],
      ...[
        'Portal único de transparência das autarquias locais',
        'Participação jovem na elaboração das políticas públicas',
        'Dados abertos sobre a qualidade do ar e da água',
        'Literacia para a transparência nas escolas',
      ].map((t, i) => [...ficha(i + 1, t, 'Agência para a Modernização'), `Página ${i + 2}`]),
    ];
    let text = '';
    const spans: Array<{ start: number; end: number }> = [];
    for (const p of pages) {
      const start = [...text].length;
      text += `${p.join('\n')}\n`;
      spans.push({ start, end: [...text].length });
    }
    expect(findCommitments({ text, pages: spans }).map((c) => [c.label, c.page])).toEqual([
      ['1', 2],
      ['2', 3],
      ['3', 4],
      ['4', 5],
    ]);
    // With no heading above its title, a template takes no number from the footer of the page before.
    const bare = text.replace(/^Ficha \d\n/gmu, '');
    const bareSpans: Array<{ start: number; end: number }> = [];
    let at = 0;
    for (const p of bare.split(/(?<=Página \d\n)/u)) {
      bareSpans.push({ start: at, end: at + [...p].length });
      at += [...p].length;
    }
    expect(findCommitments({ text: bare, pages: bareSpans }).map((c) => c.label)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('does not take a heading with words of its own for a label', () => {
    const text = [
      'III Plano de Ação Nacional de Administração Aberta 2025–2027',
      'Ficha técnica do compromisso',
      'Título do compromisso: Portal único de transparência das autarquias locais',
      'Entidade responsável: Agência para a Modernização',
      'Período de execução: janeiro de 2025 a junho de 2027',
      'Problema a resolver: A informação existe mas está dispersa por vários organismos.',
      'Ficha técnica do compromisso',
      'Título do compromisso: Dados abertos sobre a qualidade do ar e da água',
      'Entidade responsável: Agência Portuguesa do Ambiente',
      'Período de execução: janeiro de 2025 a junho de 2027',
      'Problema a resolver: A informação existe mas está dispersa por vários organismos.',
    ].join('\n');
    expect(findCommitments({ text }).map((c) => c.label)).toEqual([null, null]);
  });
});

describe('a news page on a plan’s launch', () => {
  const news = (when: string, byline: string): string =>
    [
      'Governo lança 6º Plano de Ação Nacional com doze compromissos',
      byline,
      `O governo federal lançou ${when} o 6º Plano de Ação Nacional em Governo Aberto, que reúne doze compromissos a serem cumpridos até 2027.`,
      'Entre os compromissos estão “Transparência das emendas parlamentares” e “Dados abertos sobre desmatamento”.',
      'Como foi feito',
      'Segundo a Controladoria-Geral da União, mais de 3 mil pessoas participaram da consulta pública.',
      'O texto completo do plano está disponível no portal da Parceria para Governo Aberto.',
    ].join('\n');

  it('reads "nesta quarta-feira" as a day on which something happened', () => {
    const detection = detectDocument({
      text: news('nesta quarta-feira (12)', 'Por Redação').replace(
        'Segundo a Controladoria-Geral da União,',
        '“É o plano mais participativo”, afirmou o ministro. Segundo a CGU,',
      ),
    });
    expect(detection.kind).toBe('other');
    expect(detection.reasons.map((r) => r.code)).toContain('aboutAPlan');
  });

  it('reads a byline dated to the minute as a page that names itself news', () => {
    const detection = detectDocument({
      text: news(
        'nesta quarta-feira (12)',
        'Por Redação · Publicado em 12/03/2025 14h20 · Atualizado em 12/03/2025 16h05',
      ),
    });
    expect(detection.kind).toBe('other');
  });

  it('still takes a plan that says when it was published for a plan', () => {
    const text = [
      'Open Government National Action Plan 2025–2027',
      'Published 3 March 2025',
      'This plan contains two commitments agreed with civil society on Tuesday 4 February.',
      'Commitment 1: Beneficial ownership transparency',
      'Lead agency: Companies Registry',
      'Commitment 2: Open contracting in health procurement',
      'Lead agency: Procurement Office',
    ].join('\n');
    expect(detectDocument({ text }).kind).toBe('action-plan');
  });
});
