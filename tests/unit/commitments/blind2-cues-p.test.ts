/**
 * Cues the sixteenth batch of the second blind set (plans as French-speaking governments publish them)
 * called for: a chapter in capitals that names the commitments as a whole ("ÉTAT DE MISE EN ŒUVRE DES
 * ENGAGEMENTS"), which was taken for every commitment's theme.
 */
import { describe, expect, it } from 'vitest';
import { isCommitmentsPart } from '../../../src/core/commitments/commitments-part.ts';
import { findCommitments } from '../../../src/core/commitments/index.ts';

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
