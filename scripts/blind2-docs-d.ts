/**
 * The fourth batch of the second blind set: numbering the earlier batches did not use (roman numerals,
 * letters) and a running header that repeats the current commitment's title on each page. Written and
 * labelled after the finder had been fixed against the first batches, run through it only once labelled.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: A4; margin: 22mm; } ${css}</style></head><body>${body}</body></html>`;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

// Spanish: commitments numbered in roman numerals, activities numbered 1–3 below.
const ES_ROMANOS = [
  'Observatorio ciudadano de la contratación pública',
  'Apertura de datos del sistema de salud',
  'Mecanismos de participación en la planificación urbana',
  'Transparencia en el financiamiento de partidos políticos',
  'Gobierno abierto en el Poder Legislativo',
];

function esRomanos(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; } h1 { font-size: 18pt; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; margin-top: 18pt; }`;
  const commitments: Labelled[] = ES_ROMANOS.map((t, i) => ({
    label: ROMAN[i] as string,
    title: t,
    theme: null,
    marker: `${ROMAN[i]}. ${t}`,
  }));
  const html = (): string => {
    let body = `<h1>Tercer Plan de Acción Nacional de Gobierno Abierto 2025-2027</h1>
<p>El presente plan establece cinco compromisos, acordados en la Mesa Nacional de Gobierno Abierto tras un proceso de consulta con más de 900 participantes.</p>
<p>Logros del plan anterior: 1. ley de acceso a la información; 2. portal de datos abiertos; 3. registro de cabilderos.</p>`;
    ES_ROMANOS.forEach((t, i) => {
      body += `<h2>${ROMAN[i]}. ${esc(t)}</h2>
<p><b>Institución responsable:</b> Secretaría de la Función Pública. <b>Periodo:</b> 2025-2027.</p>
<p>Objetivo: mejorar el acceso de la ciudadanía a la información y su participación en las decisiones públicas en esta materia.</p>
<p>Actividades:</p><ol><li>Diagnóstico participativo (2025)</li><li>Desarrollo de la herramienta (2026)</li><li>Evaluación con la sociedad civil (2027)</li></ol>`;
    });
    return page('es', 'Tercer Plan de Acción Nacional de Gobierno Abierto', css, body);
  };
  return {
    name: 'es-romanos',
    kind: 'action-plan',
    family: 'roman-numerals',
    language: 'es',
    format: 'pdf',
    note: 'Commitments headed "I. Title" to "V. Title" (sans headings over a serif body); bold run-in fields; activities as a numbered list 1–3 under each; past results numbered inline; "establece cinco compromisos".',
    html,
    commitments,
  };
}

// French: commitments lettered "A." to "F.".
const FR_LETTRES = [
  'Mettre à disposition les délibérations des conseils en données ouvertes',
  'Créer un budget participatif départemental',
  'Publier la liste des subventions aux associations',
  'Former les élus à la participation citoyenne',
  'Ouvrir un registre des consultations publiques',
];

function frLettres(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; } h1 { font-size: 17pt; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 16pt; }`;
  const commitments: Labelled[] = FR_LETTRES.map((t, i) => ({
    label: String.fromCharCode(65 + i),
    title: t,
    theme: null,
    marker: `${String.fromCharCode(65 + i)}. ${t}`,
  }));
  const html = (): string => {
    let body = `<h1>Plan d’action local pour un gouvernement ouvert – Département de la Gironde 2025-2026</h1>
<p>Le Département présente ses cinq engagements au titre du programme OGP Local du Partenariat pour un gouvernement ouvert.</p>`;
    FR_LETTRES.forEach((t, i) => {
      body += `<h2>${String.fromCharCode(65 + i)}. ${esc(t)}</h2>
<p>Porteur : Direction de la citoyenneté. Calendrier : 2025-2026.</p>
<p>Jalons : 1) cadrage avec les associations ; 2) mise en ligne ; 3) bilan public.</p>`;
    });
    return page('fr', 'Plan d’action local pour un gouvernement ouvert', css, body);
  };
  return {
    name: 'fr-lettres',
    kind: 'action-plan',
    family: 'letters',
    language: 'fr',
    format: 'pdf',
    note: 'Engagements lettered "A. Title" to "E. Title" (bold headings, a little larger than the body); Porteur / Calendrier on one line; jalons "1) … 2) …" inline.',
    html,
    commitments,
  };
}

// English: a running header that repeats the current commitment's title on every page it runs over.
const EN_LONG = [
  'Strengthen the Freedom of Information regime',
  'Open up the procurement of public infrastructure',
  'Publish the beneficial owners of land',
];

function enRunningTitle(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.45; } h1 { font-size: 20pt; }
h2 { font-size: 15pt; page-break-before: always; } .rh { font-size: 8pt; color: #777; border-bottom: 0.5pt solid #999; margin-bottom: 8pt; }`;
  const commitments: Labelled[] = EN_LONG.map((t, i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: `Commitment ${i + 1}: ${t}`,
  }));
  const para =
    'The government will work with the Open Government Forum to design, deliver and review this reform. Public bodies will publish what they hold in open formats, and the Forum will hold them to account at its quarterly meetings, publishing minutes and progress reports for everyone to read.';
  const html = (): string => {
    let body = `<h1>Open Government National Action Plan 2025–2027</h1><p>This plan contains 3 commitments.</p>`;
    EN_LONG.forEach((t, i) => {
      body += `<h2>Commitment ${i + 1}: ${esc(t)}</h2><p><b>Lead agency:</b> Cabinet Office</p><p><b>Timeline:</b> 2025–2027</p>`;
      for (let k = 0; k < 14; k++) {
        if (k === 7)
          body += `<div class="rh" style="page-break-before:always">Commitment ${i + 1}: ${esc(t)} (continued)</div>`;
        body += `<p>${para}</p>`;
      }
      body += `<p><b>Milestones</b></p><ol><li>Consultation (2025)</li><li>Delivery (2026)</li><li>Review (2027)</li></ol>`;
    });
    return page('en', 'Open Government National Action Plan 2025–2027', css, body);
  };
  return {
    name: 'en-running-title',
    kind: 'action-plan',
    family: 'continued-header',
    language: 'en',
    format: 'pdf',
    note: 'Each commitment starts a page with "Commitment N: Title" and runs over a second page that opens with "Commitment N: Title (continued)" in small grey type; numbered milestones; "contains 3 commitments".',
    html,
    commitments: commitments.map((c) => ({ ...c, marker: `${c.marker}Lead agency` })),
  };
}

export const DOCS_D: Doc[] = [esRomanos(), frLettres(), enRunningTitle()];
