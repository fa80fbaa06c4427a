/**
 * The third batch of the second blind set: written and labelled after the finder had been fixed against the
 * first two batches, and run through it only once labelled. Same shape as `blind2-docs.ts`.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: Letter; margin: 20mm 20mm 20mm 20mm; } ${css}</style></head><body>${body}</body></html>`;
}

const dots = '.'.repeat(200);
const TOC = `.toc { display: flex; white-space: nowrap; } .toc .t { flex: none; } .toc .d { flex: 1; overflow: hidden; } .toc .p { flex: none; padding-left: 3pt; }`;

// ---------------------------------------------------------------------------------------------------------
// Spanish: a summary table first, a contents page, commitments "1.1" in bold at the body size, template tables.

const ES_EJES: Array<[string, Array<[string, string]>]> = [
  [
    'Transparencia y acceso a la información',
    [
      ['Plataforma de seguimiento a la inversión pública regional', 'Ministerio de Economía y Finanzas'],
      ['Datos abiertos de la gestión de recursos hídricos', 'Autoridad Nacional del Agua'],
    ],
  ],
  [
    'Integridad pública',
    [
      ['Declaraciones juradas de intereses en formato abierto', 'Contraloría General de la República'],
      [
        'Beneficiarios finales de las empresas proveedoras del Estado',
        'Superintendencia del Mercado de Valores',
      ],
      ['Trazabilidad de las visitas a entidades públicas', 'Secretaría de Integridad Pública'],
    ],
  ],
  [
    'Participación ciudadana',
    [['Presupuesto participativo digital en gobiernos locales', 'Ministerio de Economía y Finanzas']],
  ],
];

function esResumenDotted(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 15pt; } h2 { font-size: 13pt; page-break-before: always; } p.c { font-weight: bold; margin: 14pt 0 4pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; } td, th { border: 0.5pt solid #555; padding: 3pt; vertical-align: top; }
td.f { width: 30%; background: #eee; } ${TOC}`;
  const commitments: Labelled[] = [];
  ES_EJES.forEach(([eje, items], e) =>
    items.forEach(([t], i) =>
      commitments.push({
        label: `${e + 1}.${i + 1}`,
        title: t,
        theme: eje,
        marker: `${e + 1}.${i + 1} ${t} Institución`,
      }),
    ),
  );
  const html = (pages: Map<string, number>): string => {
    let body = `<h1>Quinto Plan de Acción de Gobierno Abierto 2025-2027</h1><p>Secretaría de Gobierno y Transformación Digital</p>
<h3>Contenido</h3>`;
    ES_EJES.forEach(([eje, items], e) => {
      body += `<div class="toc"><span class="t">${e + 1}. ${esc(eje)}</span><span class="d">${dots}</span><span class="p">${pages.get(`${e + 1}.1 ${items[0]?.[0]} Institución`) ?? 0}</span></div>`;
      items.forEach(([t], i) => {
        body += `<div class="toc" style="padding-left:1.5em"><span class="t">${e + 1}.${i + 1} ${esc(t)}</span><span class="d">${dots}</span><span class="p">${pages.get(`${e + 1}.${i + 1} ${t} Institución`) ?? 0}</span></div>`;
      });
    });
    body += `<h2>Resumen de compromisos</h2><p>El plan contiene seis compromisos, organizados en tres ejes:</p>
<table><tr><th>N°</th><th>Compromiso</th><th>Institución responsable</th></tr>`;
    ES_EJES.forEach(([, items], e) =>
      items.forEach(([t, lead], i) => {
        body += `<tr><td>${e + 1}.${i + 1}</td><td>${esc(t)}</td><td>${esc(lead)}</td></tr>`;
      }),
    );
    body += `</table><p>En el plan anterior se cumplieron 1. la ley de transparencia, 2. el portal de datos y 3. el registro de visitas.</p>`;
    ES_EJES.forEach(([eje, items], e) => {
      body += `<h2>${e + 1}. ${esc(eje)}</h2><p>Este eje reúne los compromisos propuestos en las mesas de diálogo sobre ${esc(eje.toLowerCase())}.</p>`;
      items.forEach(([t, lead], i) => {
        const n = `${e + 1}.${i + 1}`;
        body += `<p class="c">${n} ${esc(t)}</p>
<table><tr><td class="f">Institución responsable</td><td>${esc(lead)}</td></tr>
<tr><td class="f">Actores de apoyo</td><td>Proética; Ciudadanos al Día</td></tr>
<tr><td class="f">Fecha de inicio</td><td>enero de 2025</td></tr><tr><td class="f">Fecha de término</td><td>diciembre de 2026</td></tr>
<tr><td class="f">Problema público</td><td>La información no está disponible en formatos reutilizables ni actualizada.</td></tr>
<tr><td class="f">Hitos</td><td>${n}.1 Diagnóstico (marzo de 2025)<br>${n}.2 Implementación (diciembre de 2025)<br>${n}.3 Evaluación (diciembre de 2026)</td></tr></table>`;
      });
    });
    return page('es', 'Quinto Plan de Acción de Gobierno Abierto', css, body);
  };
  return {
    name: 'es-resumen-dotted',
    kind: 'action-plan',
    family: 'summary-dotted',
    language: 'es',
    format: 'pdf',
    note: 'Letter size; a contents page with dot leaders (ejes "N." and compromisos "N.M"); a summary matrix of all commitments labelled "N.M" first; in the body, ejes as headings on new pages and commitments "N.M Title" as bold paragraphs at the body size, each followed by a template table (Institución responsable, Fecha de inicio / término, Hitos "N.M.K" in a cell); "contiene seis compromisos".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese: the previous plan's commitments numbered like this plan's (a trap), lettered milestones.

const PT_NOVOS: Array<[string, string[]]> = [
  [
    'Transparência',
    ['Publicação dos contratos de parcerias público-privadas', 'Abertura dos dados do registo predial'],
  ],
  [
    'Participação',
    ['Painéis de cidadãos sobre a transição energética', 'Plataforma única de consulta pública'],
  ],
  ['Integridade', ['Código de conduta para os gabinetes ministeriais']],
];

function ptPlanoAnterior(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.35; }
h1 { font-size: 17pt; font-family: 'Liberation Sans'; } h2 { font-size: 14pt; font-family: 'Liberation Sans'; } h3 { font-size: 12pt; font-family: 'Liberation Sans'; }`;
  const commitments: Labelled[] = [];
  PT_NOVOS.forEach(([eixo, items], e) =>
    items.forEach((t, i) =>
      commitments.push({
        label: `${e + 1}.${i + 1}`,
        title: t,
        theme: eixo,
        marker: `${e + 1}.${i + 1}. ${t} Entidade`,
      }),
    ),
  );
  const html = (): string => {
    let body = `<h1>V Plano de Ação Nacional para a Administração Aberta 2025-2027</h1>
<h2>Balanço do IV Plano</h2><p>O IV Plano integrava os seguintes compromissos, cuja execução foi avaliada pelo Mecanismo de Avaliação Independente:</p>
<p>1.1. Portal da transparência autárquica – concluído<br>1.2. Dados abertos sobre saúde – substancial<br>2.1. Orçamento participativo jovem – concluído<br>2.2. Linguagem clara – limitado</p>
<h2>Lições aprendidas</h2><p>1. Menos compromissos, mais ambiciosos.<br>2. Envolver as autarquias desde a cocriação.<br>3. Monitorizar a execução trimestralmente.</p>
<h2>Compromissos do V Plano</h2>`;
    PT_NOVOS.forEach(([eixo, items], e) => {
      body += `<h2>${e + 1}. ${esc(eixo)}</h2>`;
      items.forEach((t, i) => {
        body += `<h3>${e + 1}.${i + 1}. ${esc(t)}</h3>
<p><b>Entidade responsável:</b> Agência para a Modernização Administrativa</p>
<p><b>Calendário:</b> janeiro de 2025 a dezembro de 2026</p>
<p>Descrição: o compromisso responde a propostas recebidas na consulta pública e será acompanhado pela Rede Nacional de Administração Aberta.</p>
<p><b>Marcos:</b><br>a) Estudo preliminar (junho de 2025)<br>b) Implementação (junho de 2026)<br>c) Avaliação (dezembro de 2026)</p>`;
      });
    });
    body += `<h2>Anexo – Glossário</h2><p>AMA – Agência para a Modernização Administrativa<br>MAI – Mecanismo de Avaliação Independente</p>`;
    return page('pt', 'V Plano de Ação Nacional para a Administração Aberta', css, body);
  };
  return {
    name: 'pt-plano-anterior',
    kind: 'action-plan',
    family: 'previous-plan-trap',
    language: 'pt',
    format: 'pdf',
    note: 'Eixos "N. Title" (h2) and compromissos "N.M. Title" (h3) in sans over a serif body; the previous plan\'s commitments listed first with the same "N.M." numbering in body text (a trap), numbered lessons, lettered marcos a)–c), bold run-in fields.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// French end-of-term self-assessment: "Engagement N : Title" with "État d'avancement".

const FR_AUTO: Array<[string, string]> = [
  ['Ouvrir les données de la commande publique', 'Réalisé'],
  ['Publier les algorithmes utilisés par l’administration', 'Partiellement réalisé'],
  ['Associer les citoyens à l’évaluation des politiques publiques', 'Non réalisé'],
  ['Renforcer la transparence du lobbying', 'Réalisé'],
];

function frAutoevaluation(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.35; } h1 { font-size: 16pt; } h2 { font-size: 12pt; color: #000091; margin-top: 18pt; }`;
  const commitments: Labelled[] = FR_AUTO.map(([t, s], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    reportedStatus: s,
    marker: `Engagement ${i + 1} : ${t}`,
  }));
  const html = (): string => {
    let body = `<h1>Rapport d’auto-évaluation de fin de mandat – Plan d’action national 2023-2025</h1>
<p>Ce rapport d’auto-évaluation rend compte de la mise en œuvre des quatre engagements du plan d’action national pour un gouvernement ouvert, conformément aux règles du Partenariat pour un gouvernement ouvert.</p>
<h2>Synthèse</h2><p>Deux engagements sont réalisés, un est partiellement réalisé et un n’a pas été réalisé.</p>`;
    FR_AUTO.forEach(([t, s], i) => {
      body += `<h2>Engagement ${i + 1} : ${esc(t)}</h2>
<p>État d’avancement : ${esc(s)}</p>
<p>Administration pilote : Direction interministérielle du numérique</p>
<p>Résultats obtenus : les jalons 1 et 2 ont été atteints dans les délais ; le jalon 3 a été reporté.</p>
<p>Prochaines étapes :</p><ol><li>Publier un bilan détaillé.</li><li>Intégrer les suites dans le prochain plan.</li></ol>`;
    });
    return page('fr', 'Rapport d’auto-évaluation de fin de mandat', css, body);
  };
  return {
    name: 'fr-autoevaluation',
    kind: 'self-assessment',
    family: 'self-assessment',
    language: 'fr',
    format: 'pdf',
    note: 'End-of-term self-assessment: "Engagement N : Title" (h2) then "État d’avancement : …" (Réalisé, Partiellement réalisé, Non réalisé), pilot administration, numbered next steps.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// English: no numbers at all; themes and commitments told apart by size only, template fields below.

const EN_PLAIN: Array<[string, string[]]> = [
  ['Open Data', ['Open data by default for central government', 'A national geospatial data platform']],
  [
    'Fiscal Transparency',
    ['Citizens’ budget published with every annual budget', 'Open data on public debt'],
  ],
  [
    'Civic Space',
    [
      'Simpler registration for civil society organisations',
      'Protection of journalists and human rights defenders',
    ],
  ],
];

function enUnnumbered(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; }
h1 { font-family: 'Liberation Sans'; font-size: 20pt; font-weight: normal; } h2 { font-family: 'Liberation Sans'; font-size: 16pt; font-weight: normal; color: #444; }
h3 { font-family: 'Liberation Sans'; font-size: 13pt; font-weight: normal; color: #1a5276; } p.f { margin: 2pt 0; }`;
  const commitments: Labelled[] = [];
  EN_PLAIN.forEach(([theme, items]) =>
    items.forEach((t) =>
      commitments.push({ label: null, title: t, theme, marker: `${t} Lead implementing agency` }),
    ),
  );
  const html = (): string => {
    let body = `<h1>National Action Plan on Open Government 2025–2027</h1>
<h2>Introduction</h2><p>This is our fourth plan under the Open Government Partnership. It was co-created with the national OGP Forum and sets out six commitments under three themes.</p>
<h3>What we achieved</h3><p>Our third plan delivered an access to information law, a beneficial ownership register and open contracting data.</p>
<h3>Lessons learned</h3><p>We learned that commitments need clear owners and funding from the start.</p>`;
    EN_PLAIN.forEach(([theme, items]) => {
      body += `<h2>${esc(theme)}</h2><p>The commitments under this theme were proposed by the Forum’s working group on ${esc(theme.toLowerCase())}.</p>`;
      items.forEach((t) => {
        body += `<h3>${esc(t)}</h3>
<p class="f">Lead implementing agency: Ministry of Information and Communication</p>
<p class="f">Supporting stakeholders: Open Data Network; Media Council</p>
<p class="f">Start and end date: July 2025 – June 2027</p>
<p>The commitment will make information available to the public in open formats and involve users in deciding what is published first.</p>
<p class="f">Milestones: consultation with users (December 2025); first release (June 2026); review (June 2027).</p>`;
      });
    });
    body += `<h2>Monitoring and evaluation</h2><p>The Forum will meet quarterly to review progress.</p>`;
    return page('en', 'National Action Plan on Open Government 2025–2027', css, body);
  };
  return {
    name: 'en-unnumbered',
    kind: 'action-plan',
    family: 'size-only',
    language: 'en',
    format: 'pdf',
    note: 'No numbers and no bold: title 20 pt, themes 16 pt, commitments 13 pt, all in a regular sans over a serif body; sub-headings in the introduction at the commitments\' size ("What we achieved", "Lessons learned"); template fields as plain lines.',
    html,
    commitments,
  };
}

export const DOCS_C: Doc[] = [esResumenDotted(), ptPlanoAnterior(), frAutoevaluation(), enUnnumbered()];
