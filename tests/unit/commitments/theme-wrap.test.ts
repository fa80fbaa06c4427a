/**
 * Theme headings that wrap: a banner in capitals or a theme ending mid-phrase carries on onto the next line
 * before its first commitment; a wrapped theme heading traced upwards stops at the line that opens it with
 * a label, not at a part heading printed in the same style above it.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { htmlText } from '../../../src/core/text/html-text.ts';
import { opensHeading, themeContinuation } from '../../../src/core/commitments/theme-wrap.ts';

const none = (): boolean => false;

describe('theme continuation', () => {
  it('takes the next line of a banner in capitals', () => {
    expect(
      themeContinuation('AXE 3 : PARTAGER DES RESSOURCES', ['NUMÉRIQUES', 'Engagement 6 – Publier'], none),
    ).toBe(1);
  });

  it('takes the next line of a theme that ends on a connective', () => {
    expect(themeContinuation('Theme 2: Integrity and', ['Accountability', 'Commitment 4: …'], none)).toBe(1);
  });

  it('leaves a commitment heading, a field, a sentence and a line in another case alone', () => {
    expect(themeContinuation('AXE 1 : RENDRE DES COMPTES', ['ENGAGEMENT 1'], (k) => k === 0)).toBe(0);
    expect(themeContinuation('Theme 1: Open data', ['Engagement 1 – Ouvrir'], none)).toBe(0);
    expect(themeContinuation('AXE 1 : RENDRE DES COMPTES', ['CE PLAN RÉUNIT SIX ENGAGEMENTS.'], none)).toBe(
      0,
    );
  });
});

describe('a heading opened by its label', () => {
  it('is a numbered line, not a part heading', () => {
    expect(opensHeading('1. Transparência')).toBe(true);
    expect(opensHeading('Compromissos do V Plano')).toBe(false);
  });
});

describe('the finder', () => {
  it('reads a theme banner wrapped over two lines whole', () => {
    const body = [
      'PORTEUR : Direction interministérielle du numérique',
      'CALENDRIER : 2025-2027',
      'Description. Cet engagement répond à une attente forte exprimée pendant la consultation.',
      'Jalons',
      '1. Inventaire des algorithmes (septembre 2025)',
    ];
    const text = [
      'AXE 1 : RENDRE DES COMPTES',
      'Engagement 1 – Ouvrir les données des subventions',
      ...body,
      '',
      'AXE 2 : CONSULTER, CONCERTER ET',
      'COCONSTRUIRE',
      'Engagement 2 – Associer les citoyens à l’évaluation des politiques',
      ...body,
      'Engagement 3 – Ouvrir les concertations locales',
      ...body,
    ].join('\n');
    const found = findCommitments({ text });
    expect(found.map((c) => [c.label, c.theme])).toEqual([
      ['1', 'RENDRE DES COMPTES'],
      ['2', 'CONSULTER, CONCERTER ET COCONSTRUIRE'],
      ['3', 'CONSULTER, CONCERTER ET COCONSTRUIRE'],
    ]);
  });

  it('does not run a numbered theme on into the part heading printed in its style above it', () => {
    const commitment = (label: string, title: string): string =>
      `<h3>${label}. ${title}</h3><p>Entidade responsável: Agência para a Modernização Administrativa</p>` +
      '<p>Data de início: janeiro de 2026. Data de conclusão: dezembro de 2027.</p>' +
      '<p>O compromisso responde à necessidade de tornar esta informação acessível a todos.</p>';
    const page = htmlText(
      '<html><body><h1>V Plano de Ação Nacional para a Administração Aberta</h1>' +
        '<p>Este plano resulta de uma consulta pública.</p>' +
        '<h2>Compromissos do V Plano</h2><h2>1. Transparência</h2>' +
        commitment('1.1', 'Publicação dos contratos de parcerias público-privadas') +
        commitment('1.2', 'Registo aberto de beneficiários efetivos') +
        '<h2>2. Participação</h2>' +
        commitment('2.1', 'Plataforma única de consultas públicas') +
        commitment('2.2', 'Orçamento participativo nas escolas') +
        '</body></html>',
    );
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.theme])).toEqual([
      ['1.1', 'Transparência'],
      ['1.2', 'Transparência'],
      ['2.1', 'Participação'],
      ['2.2', 'Participação'],
    ]);
  });
});
