/**
 * Cues the sixteenth batch of the second blind set (plans as French-speaking governments publish them)
 * called for: a word broken at a soft hyphen by a browser's print, which pdf.js reads as U+2010 at the line
 * end ("rela‐" / "tives"), and a chapter in capitals that names the commitments as a whole ("ÉTAT DE MISE
 * EN ŒUVRE DES ENGAGEMENTS"), which was taken for every commitment's theme.
 */
import { describe, expect, it } from 'vitest';
import { isCommitmentsPart } from '../../../src/core/commitments/commitments-part.ts';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { joinPrintedLines } from '../../../src/core/text/text-lines.ts';

describe('a word broken at a printed hyphen (U+2010)', () => {
  it('is joined, as one broken at "-" is', () => {
    expect(joinPrintedLines('les données rela\u2010\ntives aux marchés')).toBe(
      'les données relatives aux marchés',
    );
    expect(joinPrintedLines('des collectivités territo\u2010\nriales')).toBe(
      'des collectivités territoriales',
    );
    // Before a capital the hyphen belongs to a compound and stays.
    expect(joinPrintedLines('Franco\u2010\nAllemand')).toBe('Franco\u2010 Allemand');
  });

  it('leaves a commitment title whole', () => {
    const fiche = (n: string, title: string[]): string[] => [
      `${n}. ${title[0]}`,
      ...title.slice(1),
      'Date de début et de fin de l’engagement Mars 2025 – Juin 2027',
      'Institution responsable de la mise en œuvre Trésorerie Générale du Royaume',
      'Quel est le problème public que l’engagement vise à résoudre ? Les résultats des marchés',
      'ne sont pas publiés et les citoyens ne peuvent pas vérifier les attributions.',
      'Activités et livrables Date de début Date de fin',
      'Adaptation du portail des marchés publics Mars 2025 Septembre 2025',
    ];
    const text = [
      'Thème 1 : Droit d’accès à l’information',
      ...fiche('1.1', ['Mettre en place un registre national des demandes d’accès à l’information']),
      ...fiche('1.2', [
        'Publier de manière proactive les données rela\u2010',
        'tives aux marchés publics des communes',
      ]),
      ...fiche('1.3', ['Publier les délais de traitement des prestations administra\u2010', 'tives']),
    ].join('\n');
    expect(findCommitments({ text }).map((c) => c.title)).toEqual([
      'Mettre en place un registre national des demandes d’accès à l’information',
      'Publier de manière proactive les données relatives aux marchés publics des communes',
      'Publier les délais de traitement des prestations administratives',
    ]);
  });
});

describe('the part that holds the commitments', () => {
  it('is told from a theme by its words', () => {
    expect(isCommitmentsPart('ÉTAT DE MISE EN ŒUVRE DES ENGAGEMENTS')).toBe(true);
    expect(isCommitmentsPart('Implementation of the commitments')).toBe(true);
    expect(isCommitmentsPart('III. Avance en el cumplimiento de los compromisos')).toBe(true);
    expect(isCommitmentsPart('Execução dos compromissos')).toBe(true);
    expect(isCommitmentsPart('ENGAGEMENTS DU PLAN D’ACTION')).toBe(true);
    expect(isCommitmentsPart('4. Commitments')).toBe(true);
    expect(isCommitmentsPart('IV. LES ENGAGEMENTS')).toBe(true);
    // Themes: a subject, even one that ends with the noun, and a heading that only mentions it.
    expect(isCommitmentsPart('TRANSPARENCE ET DONNÉES OUVERTES')).toBe(false);
    expect(isCommitmentsPart('Transparency commitments')).toBe(false);
    expect(isCommitmentsPart('Commitments on open contracting and beneficial ownership')).toBe(false);
  });

  it('is no commitment’s theme, when printed in capitals above them', () => {
    const one = (i: number): string[] => [
      `Engagement ${i} : Publier les rapports d’audit numéro ${i} de la Cour des comptes`,
      'Structure porteuse Cour des comptes',
      'Niveau d’achèvement Substantiel',
      'Résumé de la mise en œuvre Les rapports publics annuels sont en ligne depuis 2023.',
      'Jalons État',
      'Mise en ligne des rapports publics Réalisé',
    ];
    const text = [
      'Introduction',
      'Le présent rapport rend compte de l’état de mise en œuvre des engagements du plan.',
      'ÉTAT DE MISE EN ŒUVRE DES ENGAGEMENTS',
      ...one(1),
      ...one(2),
      ...one(3),
      'Recommandations',
    ].join('\n');
    const found = findCommitments({ text });
    expect(found.map((c) => c.label)).toEqual(['1', '2', '3']);
    expect(found.map((c) => c.theme)).toEqual([null, null, null]);
  });
});
