/**
 * Cues the tenth batch of the second blind set called for: commitments lettered under numbered themes
 * ("Compromiso 2.a – Title").
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { matchHeading } from '../../../src/core/commitments/heading-forms.ts';

describe('a keyword label lettered under its theme', () => {
  it('keeps the letter in the label, not in the title', () => {
    expect(matchHeading('Compromiso 2.a – Publicación de las sentencias')).toEqual({
      form: 'keyword',
      label: '2.a',
      rest: 'Publicación de las sentencias',
    });
    expect(matchHeading('Commitment 3b: Open contracting')?.label).toBe('3b');
    // A sentence that only names a commitment stays a sentence.
    expect(matchHeading('Compromiso 2 apoyará la publicación')).toBeNull();
  });

  it('reads "Compromiso N.x" headings under roman-numeral themes', () => {
    const ficha = [
      'Institución responsable: Corte Suprema de Justicia',
      'Problema público: La ciudadanía no accede a la información que necesita.',
      'Objetivo del compromiso: Abrir la información de la institución responsable.',
    ];
    const text = [
      'V Plan de Acción Nacional de Gobierno Abierto 2025–2027',
      'I. GOBIERNO DIGITAL',
      'Compromiso 1.a – Política nacional de datos abiertos',
      ...ficha,
      'Compromiso 1.b – Trámites en línea accesibles',
      ...ficha,
      'II. JUSTICIA ABIERTA',
      'Compromiso 2.a – Publicación de las sentencias en formato abierto',
      ...ficha,
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.title])).toEqual([
      ['1.a', 'Política nacional de datos abiertos'],
      ['1.b', 'Trámites en línea accesibles'],
      ['2.a', 'Publicación de las sentencias en formato abierto'],
    ]);
  });
});
