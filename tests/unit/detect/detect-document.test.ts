import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDocument, detectLanguage, type DocumentKind } from '../../../src/core/detect/index.ts';
import {
  COMMITMENT_FIXTURES,
  DETECT_FIXTURES,
  fixtureSource,
  readJson,
} from '../commitments/fixture-text.ts';

describe('detectDocument on written plans', () => {
  const plans = readdirSync(COMMITMENT_FIXTURES).filter((f) => f.startsWith('plan-') && f.endsWith('.txt'));
  for (const file of plans) {
    it(`calls ${file} an action plan in its language`, () => {
      const { language } = readJson<{ language: string }>(
        COMMITMENT_FIXTURES + file.replace(/\.txt$/u, '.expected.json'),
      );
      const detection = detectDocument({ text: fixtureSource(COMMITMENT_FIXTURES + file).text });
      expect(detection).toMatchObject({ kind: 'action-plan', language });
      expect(detection.score).toBeGreaterThanOrEqual(0.5);
      expect(detection.reasons.length).toBeGreaterThan(0);
    });
  }
});

describe('detectDocument on traps and related documents', () => {
  const expected = readJson<Record<string, { kind: DocumentKind; language: string }>>(
    DETECT_FIXTURES + 'expected.json',
  );
  for (const [file, want] of Object.entries(expected)) {
    it(`calls ${file} ${want.kind}`, () => {
      const detection = detectDocument({ text: readFileSync(DETECT_FIXTURES + file, 'utf8') });
      expect(detection).toMatchObject(want);
      expect(detection.score).toBeGreaterThanOrEqual(0.5);
    });
  }

  it('keeps a plan a plan when a commitment talks of shareholders', () => {
    const plan = readFileSync(COMMITMENT_FIXTURES + 'plan-en.txt', 'utf8');
    const text = plan.replace(
      'Who owns companies is not public',
      'Shareholders and the shareholders of shareholders are not public, nor who owns companies',
    );
    expect(detectDocument({ text }).kind).toBe('action-plan');
  });

  it('says why, in words', () => {
    const detection = detectDocument({ text: readFileSync(DETECT_FIXTURES + 'esg-en.txt', 'utf8') });
    expect(detection.reasons).toContainEqual({ code: 'notAPlan' });
  });
});

describe('detectDocument on page parts', () => {
  it('uses the title, headings and address of an HTML page', () => {
    const detection = detectDocument({
      url: 'https://www.gob.example/gobierno-abierto/plan-de-accion',
      title: 'Plan de Acción Nacional de Gobierno Abierto 2023-2025',
      headings: ['Compromisos', 'Compromiso 1: Datos abiertos'],
      text: 'El plan de acción del gobierno reúne los compromisos acordados con la sociedad civil para los próximos dos años.',
    });
    expect(detection).toMatchObject({ kind: 'action-plan', language: 'es' });
    expect(detection.reasons).toContainEqual({ code: 'planAddress' });
  });

  it('offers a landing page that links the plan PDF', () => {
    const detection = detectDocument({
      title: 'Open government | Ministry',
      text: 'Our commitments to open government, agreed with civil society, are in the plan below.',
      links: [{ href: '/files/third-national-action-plan.pdf', text: 'Third National Action Plan (PDF)' }],
    });
    expect(detection.kind).toBe('action-plan');
    expect(detection.reasons).toContainEqual({ code: 'landingPage' });
  });

  it('reads only a bounded sample, so a huge page costs no more than its start', () => {
    const start = readFileSync(COMMITMENT_FIXTURES + 'plan-fr.txt', 'utf8');
    const huge = start + '\n' + 'Lorem ipsum dolor sit amet. '.repeat(200_000);
    expect(detectDocument({ text: huge })).toEqual(
      detectDocument({ text: start + '\n' + huge.slice(start.length + 1, 20_000) }),
    );
  });

  it('says other, with a reason, for an empty page', () => {
    expect(detectDocument({})).toEqual({
      kind: 'other',
      score: 1,
      language: 'und',
      reasons: [{ code: 'noCue' }],
    });
  });
});

describe('detectLanguage', () => {
  it.each([
    ['en', 'The government will publish the data and report on progress to the public.'],
    ['es', 'El gobierno publicará los datos y rendirá cuentas de los avances con la sociedad civil.'],
    [
      'pt',
      'O governo vai publicar os dados das entidades e dar conta dos progressos à sociedade civil, com uma rede.',
    ],
    [
      'fr',
      'Le gouvernement publiera les données et rendra compte des progrès aux citoyens dans le cadre du plan.',
    ],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
