/**
 * Cues the eighth batch of the second blind set called for: an annex that reviews the previous plan's
 * engagements under the numbers this plan uses again, an IRM report whose summary table holds every
 * commitment while its body reviews some, commitment ids printed alone in a margin column, unnumbered web
 * headings among which only some carry the template, and a call for proposals with a blank template form.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { htmlText } from '../../../src/core/text/html-text.ts';
import { styledPageTextOf, type TextRun } from '../../../src/core/text/page-text.ts';

const fields = [
  'Structure porteuse : Ministère des Finances',
  'Autres acteurs : Réseau des organisations de la société civile',
  'Date de début : janvier 2025 · Date de fin : décembre 2027',
  'Jalons : étude de référence (2025) ; mise en œuvre (2026) ; évaluation (2027).',
];

describe('an annex on the previous plan', () => {
  it('stops at an annex whose engagements use this plan’s numbers again', () => {
    const text = [
      'Plan d’action national pour un gouvernement ouvert 2025–2027',
      'Le présent plan comporte trois engagements répartis en deux axes stratégiques.',
      'Axe stratégique 1 : Transparence budgétaire',
      'Engagement 1.1 : Publier le budget citoyen',
      ...fields,
      'Engagement 1.2 : Rendre publics les rapports d’exécution des marchés',
      ...fields,
      'Axe stratégique 2 : Participation citoyenne',
      'Engagement 2.1 : Instituer des consultations publiques',
      ...fields,
      'Annexe : Bilan des engagements du deuxième plan (2021–2023)',
      'Le deuxième plan comptait trois engagements.',
      'N°\tEngagement\tÉtat d’avancement',
      'Engagement 1.1\tAdopter une loi sur l’accès à l’information\tRéalisé',
      'Engagement 1.2\tMettre en ligne un portail de données ouvertes\tPartiellement réalisé',
      'Engagement 2.1\tPublier les contrats miniers\tRéalisé',
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.title])).toEqual([
      ['1.1', 'Publier le budget citoyen'],
      ['1.2', 'Rendre publics les rapports d’exécution des marchés'],
      ['2.1', 'Instituer des consultations publiques'],
    ]);
  });

  it('names the theme of "Axe stratégique N : …" without its designator', () => {
    const text = [
      'Axe stratégique 1 : Transparence budgétaire',
      'Engagement 1.1 : Publier le budget citoyen',
      ...fields,
      'Engagement 1.2 : Rendre publics les rapports d’exécution',
      ...fields,
      'Axe stratégique 2 : Participation citoyenne',
      'Les engagements de cet axe répondent aux consultations.',
      'Engagement 2.1 : Instituer des consultations publiques',
      ...fields,
    ].join('\n');
    expect(findCommitments({ text }).map((c) => c.theme)).toEqual([
      'Transparence budgétaire',
      'Transparence budgétaire',
      'Participation citoyenne',
    ]);
  });
});

/** A run at `x`, `y` in a font of `size`, ending its line unless told otherwise. */
const run = (str: string, x: number, y: number, font = 'g1', size = 9, hasEOL = true): TextRun => ({
  str,
  hasEOL,
  transform: [size, 0, 0, size, x, y],
  fontName: font,
  width: (size / 2) * str.length,
});

describe('commitment ids in a margin column', () => {
  it('takes an id printed alone beside each heading of a level for its label, not for a theme', () => {
    // "C1" large in a column of its own at the margin, the title beside it a little lower, fields below.
    const entry = (id: string, title: string, y: number): TextRun[] => [
      run(id, 57, y + 4, 'bold', 16),
      run(title, 110, y, 'bold', 12),
      run('Órgão responsável: Controladoria-Geral da União', 110, y - 16),
      run('Vigência: janeiro de 2025 a dezembro de 2027', 110, y - 28),
      run('Marcos: diagnóstico (2025); publicação (2026); avaliação (2027)', 110, y - 40),
    ];
    const page = styledPageTextOf([
      run('3.1 Eixo: Dados abertos e transparência', 57, 780, 'bold', 15),
      ...entry('C1', 'Abertura de dados sobre obras públicas federais', 740),
      ...entry('C2', 'Transparência ativa nas agências reguladoras', 670),
      run('3.2 Eixo: Participação social', 57, 600, 'bold', 15),
      ...entry('C3', 'Fortalecimento dos conselhos de políticas públicas', 560),
    ]);
    expect(
      findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.title, c.theme]),
    ).toEqual([
      ['C1', 'Abertura de dados sobre obras públicas federais', 'Dados abertos e transparência'],
      ['C2', 'Transparência ativa nas agências reguladoras', 'Dados abertos e transparência'],
      ['C3', 'Fortalecimento dos conselhos de políticas públicas', 'Participação social'],
    ]);
  });
});

describe('a call for proposals for the next plan', () => {
  it('takes a call that names itself and invites proposals for other, though it mentions a self-assessment', () => {
    const text = [
      'Secretaría de Innovación Pública',
      'Convocatoria pública para la presentación de propuestas de compromisos para el V Plan de Acción Nacional de Gobierno Abierto 2026–2028',
      'La Secretaría invita a la sociedad civil a presentar propuestas de compromisos para el próximo plan.',
      '1. Objeto de la convocatoria',
      'El IV Plan incluyó once compromisos; su informe de autoevaluación está disponible en el portal.',
      '2. Formulario de propuesta',
      'Nombre de la propuesta',
      'Problema que se busca resolver',
      'Hitos o actividades propuestas',
    ].join('\n');
    const detection = detectDocument({ text });
    expect(detection.kind).toBe('other');
    expect(detection.reasons.map((r) => r.code)).toContain('aboutAPlan');
  });

  it('still takes a self-assessment that names itself for one', () => {
    const text = [
      'Informe de autoevaluación de fin de término',
      'IV Plan de Acción Nacional de Gobierno Abierto 2022–2024',
      'Compromiso 1: Portal de datos abiertos',
      'Nivel de cumplimiento: Completo',
      'Compromiso 2: Presupuesto participativo',
      'Nivel de cumplimiento: Sustancial',
    ].join('\n');
    expect(detectDocument({ text }).kind).toBe('self-assessment');
  });
});

describe('a report whose summary table holds every commitment', () => {
  it('lists the table’s commitments with their status, each reviewed one where its review is', () => {
    const row = (n: number, title: string, status: string, y: number): TextRun[] => [
      run(`${n}. ${title}`, 60, y, 'g1', 9, false),
      run(status, 330, y, 'g1', 9, false),
      run('Marginal', 430, y),
    ];
    const review = (n: number, title: string, status: string, y: number): TextRun[] => [
      run(`Compromiso ${n}: ${title}`, 57, y, 'bold', 12),
      run(`Nivel de cumplimiento: ${status}`, 57, y - 16),
      run('La institución publicó la información prevista y organizó espacios de diálogo.', 57, y - 30),
    ];
    const page = styledPageTextOf([
      run('Informe de Resultados Transicional', 57, 800, 'bold', 16),
      run('La tabla resume el nivel de cumplimiento de cada compromiso.', 57, 770),
      run('Compromiso', 120, 750, 'bold', 9, false),
      run('Nivel de cumplimiento', 330, 750, 'bold', 9, false),
      run('¿Abrió el gobierno?', 430, 750, 'bold', 9),
      ...row(1, 'Portal de datos abiertos de compras públicas', 'Sustancial', 736),
      ...row(2, 'Observatorio ciudadano de la obra pública', 'Completo', 722),
      ...row(3, 'Registro nacional de beneficiarios finales', 'No iniciado', 708),
      run('Sección II: Compromisos con resultados destacados', 57, 660, 'bold', 14),
      ...review(2, 'Observatorio ciudadano de la obra pública', 'Completo', 630),
      ...review(3, 'Registro nacional de beneficiarios finales', 'No iniciado', 580),
      run('Sección III: Recomendaciones', 57, 520, 'bold', 14),
      run('Incluir compromisos con metas verificables.', 57, 500),
    ]);
    const found = findCommitments({ text: page.text, styles: page.styles });
    expect(found.map((c) => [c.label, c.title, c.reportedStatus])).toEqual([
      ['1', 'Portal de datos abiertos de compras públicas', 'Sustancial'],
      ['2', 'Observatorio ciudadano de la obra pública', 'Completo'],
      ['3', 'Registro nacional de beneficiarios finales', 'No iniciado'],
    ]);
    // In reading order: the ones reviewed in the body start at their reviews.
    expect(found.map((c) => page.text.slice(c.start, c.start + 12))).toEqual([
      '1. Portal de',
      'Compromiso 2',
      'Compromiso 3',
    ]);
  });
});

describe('unnumbered web headings, some of them commitments', () => {
  it('takes the headings whose template follows a line of introduction, and no theme from the page title', () => {
    const accordion = (label: string, value: string): string =>
      `<div class="accordion"><button aria-expanded="false">${label}</button><div class="panel">${value}</div></div>`;
    const commitment = (title: string, lead: string): string =>
      `<h2>${title}</h2><p>This commitment responds to public concern raised during engagement.</p>` +
      accordion('Lead agency', lead) +
      accordion('Problem this commitment addresses', 'People find it hard to take part.') +
      accordion('OGP values', 'Transparency') +
      accordion('Milestones', '<ol><li>Design (December 2024)</li><li>Pilot (June 2025)</li></ol>');
    const page = htmlText(
      '<h1>Open Government Partnership Fourth National Action Plan 2024–2026</h1>' +
        '<p>This plan has three commitments.</p>' +
        '<h2>About the plan</h2><p>The plan was developed by agencies and civil society together.</p>' +
        commitment('Strengthen transparency of political donations', 'Electoral Commission') +
        commitment('Publish algorithm charters for government agencies', 'Statistics Office') +
        commitment('Make official information requests easier to track', 'Public Service Commission') +
        '<h2>Contact us</h2><p>Email the open government team with questions.</p>',
    );
    expect(
      findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.title, c.theme]),
    ).toEqual([
      [null, 'Strengthen transparency of political donations', null],
      [null, 'Publish algorithm charters for government agencies', null],
      [null, 'Make official information requests easier to track', null],
    ]);
  });
});
