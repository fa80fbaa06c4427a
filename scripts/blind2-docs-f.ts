/**
 * The sixth batch of the second blind set: the same commitment named again in a summary and a timetable,
 * commitments as rows of an HTML table with row headers, and a two-column French plan whose headings
 * wrap and hyphenate. Written and labelled after the finder had been fixed against the first five batches,
 * run through it only once labelled.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: A4; margin: 20mm; } ${css}</style></head><body>${body}</body></html>`;
}

const ES_CRONO = [
  'Transparencia en la asignación de becas estudiantiles',
  'Datos abiertos de seguridad ciudadana',
  'Participación juvenil en la política ambiental',
  'Rendición de cuentas de las empresas públicas',
];

function esCronograma(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.35; } h1 { font-size: 16pt; }
h2 { font-size: 12pt; margin-top: 16pt; } table { border-collapse: collapse; width: 100%; font-size: 9pt; } td, th { border: 0.5pt solid #666; padding: 3pt; }`;
  const commitments: Labelled[] = ES_CRONO.map((t, i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: `Compromiso ${i + 1}: ${t} Entidad responsable`,
  }));
  const html = (): string => {
    let body = `<h1>Plan de Acción Nacional de Gobierno Abierto 2025-2027</h1>
<p>Este plan cuenta con 4 compromisos. La tabla siguiente los resume.</p>
<table><tr><th>Compromiso</th><th>Entidad</th></tr>${ES_CRONO.map((t, i) => `<tr><td>Compromiso ${i + 1}: ${esc(t)}</td><td>Ministerio de Educación</td></tr>`).join('')}</table>`;
    ES_CRONO.forEach((t, i) => {
      body += `<h2>Compromiso ${i + 1}: ${esc(t)}</h2>
<p>Entidad responsable: Ministerio de Educación</p><p>Fecha de inicio: marzo de 2025</p><p>Fecha de término: diciembre de 2026</p>
<p>Descripción: el compromiso busca mejorar el acceso a la información pública y la participación de la ciudadanía en su seguimiento.</p>
<p>Hitos: 1) diagnóstico; 2) implementación; 3) evaluación.</p>`;
    });
    body += `<h2>Cronograma general</h2><table><tr><th>Compromiso</th><th>2025</th><th>2026</th></tr>${ES_CRONO.map((_, i) => `<tr><td>Compromiso ${i + 1}</td><td>Hitos 1 y 2</td><td>Hito 3</td></tr>`).join('')}</table>`;
    return page('es', 'Plan de Acción Nacional de Gobierno Abierto 2025-2027', css, body);
  };
  return {
    name: 'es-cronograma',
    kind: 'action-plan',
    family: 'summary-and-timetable',
    language: 'es',
    format: 'pdf',
    note: 'A summary table naming each "Compromiso N: Title" first, the commitments as "Compromiso N: Title" headings with field lines, and a timetable naming "Compromiso N" again at the end; "cuenta con 4 compromisos".',
    html,
    commitments,
  };
}

const EN_ROWS = [
  'Publish all public contracts and their amendments',
  'Open budget consultations with citizens',
  'Register of lobbyists and their meetings',
  'Plain-language versions of new laws',
  'Open data on public transport performance',
];

function enRowHeaders(): Doc {
  const commitments: Labelled[] = EN_ROWS.map((t, i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: t,
  }));
  const html = (): string =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>National Action Plan 2025-2027 – Open Government Partnership</title></head><body>
<nav><a href="/">Home</a> <a href="/ogp">OGP</a></nav>
<main><h1>Open Government National Action Plan 2025–2027</h1>
<p>The plan has five commitments, agreed with the National OGP Steering Committee.</p>
<table><caption>Commitments at a glance</caption><thead><tr><th scope="col">Commitment</th><th scope="col">Title</th><th scope="col">Lead agency</th><th scope="col">Completion</th></tr></thead><tbody>
${EN_ROWS.map((t, i) => `<tr><th scope="row">Commitment ${i + 1}</th><td>${esc(t)}</td><td>Ministry of Justice</td><td>June 2027</td></tr>`).join('\n')}
</tbody></table>
<h2>Milestones</h2><table><thead><tr><th>No.</th><th>Milestone</th><th>Date</th></tr></thead><tbody><tr><td>1</td><td>Stakeholder workshop</td><td>2025</td></tr><tr><td>2</td><td>First publication</td><td>2026</td></tr><tr><td>3</td><td>Review</td><td>2027</td></tr></tbody></table>
<h2>Contact</h2><p>ogp@justice.example.gov</p></main></body></html>`;
  return {
    name: 'en-row-headers',
    kind: 'action-plan',
    family: 'html-row-headers',
    language: 'en',
    format: 'html',
    note: 'A web page whose commitments are rows of one table: a row header "Commitment N" (th scope=row), then the title in a "Title" column; a milestones table numbered 1–3 (trap); "five commitments".',
    html,
    commitments,
  };
}

const FR_DEUX = [
  'Garantir la transparence des financements publics accordés aux organisations internationales',
  'Développer la participation des usagers à la conception des services numériques de l’État',
  'Rendre publiques les évaluations des politiques de l’emploi',
  'Renforcer l’accès des chercheurs aux données administratives',
];

function frDeuxColonnes(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 9.5pt; line-height: 1.35; text-align: justify; hyphens: auto; }
.cols { column-count: 2; column-gap: 8mm; } h1 { font-family: 'DejaVu Sans'; font-size: 16pt; }
h2 { font-family: 'DejaVu Sans'; font-size: 11pt; hyphens: auto; text-align: left; }`;
  const commitments: Labelled[] = FR_DEUX.map((t, i) => ({
    label: String(i + 3),
    title: t,
    theme: null,
    marker: `Engagement n° ${i + 3} — ${t}`.slice(0, 40),
  }));
  const para =
    'Les administrations concernées publieront les informations disponibles dans des formats ouverts et réutilisables, en concertation avec les associations et les chercheurs, et rendront compte régulièrement de l’avancement de leurs travaux devant le forum multi-acteurs.';
  const html = (): string => {
    let body = `<h1>Plan d’action national pour un gouvernement ouvert 2025-2027 (suite)</h1><div class="cols">
<p>Ce document présente les engagements n° 3 à 6 du plan, les deux premiers ayant été présentés dans le premier volume.</p>`;
    FR_DEUX.forEach((t, i) => {
      body += `<h2>Engagement n° ${i + 3} — ${esc(t)}</h2><p><b>Pilote :</b> Secrétariat général du Gouvernement</p><p><b>Calendrier :</b> 2025-2027</p><p>${para}</p><p>${para}</p><p><b>Jalons</b> : (1) cadrage ; (2) publication ; (3) bilan.</p>`;
    });
    body += `</div>`;
    return page('fr', 'Plan d’action national pour un gouvernement ouvert', css, body);
  };
  return {
    name: 'fr-deux-colonnes',
    kind: 'action-plan',
    family: 'two-column-keyword',
    language: 'fr',
    format: 'pdf',
    note: 'Two justified, hyphenated columns; "Engagement n° N — Title" headings numbered from 3 (a second volume), their long titles wrapping over two or three lines of a column; Pilote / Calendrier fields; jalons inline.',
    html,
    commitments,
  };
}

export const DOCS_F: Doc[] = [esCronograma(), enRowHeaders(), frDeuxColonnes()];
