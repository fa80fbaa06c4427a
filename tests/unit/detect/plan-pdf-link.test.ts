import { describe, expect, it } from 'vitest';
import { looksLikePlanPdfLink } from '../../../src/core/detect/index.ts';

describe('looksLikePlanPdfLink', () => {
  it.each([
    [
      'https://open.usa.gov/assets/files/NAP5-fifth-open-government-national-action-plan.pdf',
      'Fifth National Action Plan',
    ],
    ['/documents/1st-national-action-plan-open-administration-2018-2020.pdf', 'See the document'],
    [
      'https://data.gov.uk/sites/default/files/FINAL%20June%202013%20UK%20OGP%20interim%20action%20plan.pdf',
      'UK OGP interim action plan',
    ],
    ['/docs/IV_Plan_de_Accion_Nacional_de_Gobierno_Abierto.pdf', 'Descargar'],
    ['/docs/plano-de-acao-nacional-administracao-aberta.pdf', 'Plano de Ação'],
    ['/docs/plan-action-national.pdf', "Plan d'action national pour un gouvernement ouvert (PDF)"],
    ['/download?id=42', 'National Action Plan 2024-2026 (PDF, 2 MB)'],
  ])('offers %s', (href, text) => {
    expect(looksLikePlanPdfLink(href, text)).toBe(true);
  });

  it.each([
    ['/docs/road-maintenance-action-plan.pdf', 'Road maintenance action plan'],
    ['/docs/nap_3_self_assessment_final.pdf', 'Self-assessment report'],
    ['/docs/IRM-progress-report.pdf', 'IRM progress report on the national action plan'],
    ['/nap5.html', 'Fifth National Action Plan'],
    ['/annual-report.pdf', 'Annual report'],
  ])('does not offer %s', (href, text) => {
    expect(looksLikePlanPdfLink(href, text)).toBe(false);
  });
});
