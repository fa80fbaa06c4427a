/**
 * The eleventh batch of the second blind set: a government portal's page that publishes a plan as a grid of
 * cards (a number badge, a theme tag, a linked title, a definition list) among a cookie banner, navigation,
 * an "on this page" list, a related-news sidebar and a footer; a Spanish local plan whose "Compromiso N"
 * headings each carry "Hito N.M" sub-headings with their own dates and owners; a Portuguese IRM results
 * report with a summary table of abridged titles and a section per commitment ("Conclusão", "Resultados
 * iniciais"); a Portuguese plan that states its count and prints each commitment's title as a bold run-in
 * inside a paragraph, with bold run-ins in its introduction too; a French plan whose matrix of engagements
 * is printed on landscape pages after portrait ones, with a two-row header repeated on each page and axis
 * rows across the table, rows breaking across pages; and an English civil-society blog post summarising a
 * draft plan with "Commitment N: Title" headings (a trap). Written and labelled after the finder had been
 * fixed against the first nine batches, before it read any of these.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string, size = 'A4'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: ${size}; margin: 20mm 18mm; } ${css}</style></head><body>${body}</body></html>`;
}

function contentsLine(text: string, pageNo: number | undefined, indent: number): string {
  return `<div class="toc" style="padding-left:${indent}em"><span class="t">${esc(text)}</span><span class="d"> ${'.'.repeat(160)}</span><span class="p">${pageNo ?? 0}</span></div>`;
}

const TOC_CSS = `.toc { display:flex; white-space:nowrap; margin:2pt 0; } .toc .t { flex:none; } .toc .d { flex:1; overflow:hidden; } .toc .p { flex:none; padding-left:4pt; }`;

// ---------------------------------------------------------------------------------------------------------
// English, HTML: a government portal's page publishing a plan. A cookie banner, a skip link, site navigation,
// breadcrumbs, "On this page"; the commitments as cards (theme tag, a number badge, a linked h3 title, a
// one-line summary, a definition list with the lead department and timeline, "Read more"); a related-news
// sidebar whose headlines name a commitment; downloads; a feedback box and a footer with many links.

const EN_CARDS: Array<[string, string, string, string]> = [
  [
    'Fiscal openness',
    'Publish procurement data from planning to payment in open formats',
    'Government Commercial Function',
    'Every contract above the threshold, from the notice to the last payment, in one open data set.',
  ],
  [
    'Fiscal openness',
    'Make the annual budget easier to follow with a citizens’ budget portal',
    'HM Treasury',
    'A plain-language guide to where public money comes from and where it goes.',
  ],
  [
    'Anti-corruption',
    'Extend the register of beneficial owners to companies bidding for public contracts',
    'Companies Registry',
    'Bidders will have to name the people who own and control them.',
  ],
  [
    'Anti-corruption',
    'Publish ministers’ meetings with lobbyists every month',
    'Cabinet Office',
    'Monthly, searchable releases instead of quarterly spreadsheets.',
  ],
  [
    'Public participation',
    'Involve young people in designing digital public services',
    'Government Digital Service',
    'Youth panels will test new services before they go live.',
  ],
  [
    'Public participation',
    'Create a national standard for public consultations',
    'Policy Profession Unit',
    'Minimum periods, accessible formats and published responses for every consultation.',
  ],
  [
    'Data and technology',
    'Open the algorithmic transparency records of central government',
    'Central Digital and Data Office',
    'Departments will record the algorithmic tools they use to make decisions about people.',
  ],
  [
    'Data and technology',
    'Release local health service performance data every month',
    'Department of Health and Social Care',
    'Waiting times and outcomes by local area, updated monthly.',
  ],
  [
    'Justice',
    'Make court and tribunal data available for research',
    'Ministry of Justice',
    'A secure service that gives accredited researchers access to anonymised case data.',
  ],
];

function enPortalCards(): Doc {
  const commitments: Labelled[] = EN_CARDS.map(([theme, t], i) => ({
    label: String(i + 1),
    title: t,
    theme,
    marker: t,
  }));
  const html = (): string => {
    const cards = EN_CARDS.map(
      ([theme, t, lead, summary], i) => `<li class="card">
<div class="card__top"><span class="tag">${esc(theme)}</span><span class="badge">${i + 1}</span></div>
<h3 class="card__title"><a href="/open-government/national-action-plan-5/commitment-${i + 1}">${esc(t)}</a></h3>
<p class="card__summary">${esc(summary)}</p>
<dl class="card__meta"><dt>Lead department</dt><dd>${esc(lead)}</dd><dt>Timeline</dt><dd>${['January 2025 – December 2026', 'April 2025 – March 2027', 'January 2025 – June 2026'][i % 3]}</dd></dl>
<a class="card__more" href="/open-government/national-action-plan-5/commitment-${i + 1}">Read more<span class="visually-hidden"> about this commitment</span></a>
</li>`,
    ).join('\n');
    const themes = [...new Set(EN_CARDS.map((c) => c[0]))];
    const body = `<div class="cookie-banner" role="region" aria-label="Cookies on open.gov.example">
<h2>Cookies on open.gov.example</h2>
<p>We use some essential cookies to make this website work.</p>
<p>We’d like to set additional cookies to understand how you use the site, remember your settings and improve our services.</p>
<button type="button" class="button">Accept additional cookies</button> <button type="button" class="button">Reject additional cookies</button> <a href="/help/cookies">View cookies</a>
</div>
<a href="#main-content" class="skip-link">Skip to main content</a>
<header class="site-header"><a href="/" class="logo">open.gov.example</a>
<nav aria-label="Menu"><ul><li><a href="/topics">Topics</a></li><li><a href="/government/organisations">Departments</a></li><li><a href="/search/news-and-communications">News</a></li><li><a href="/search/policy-papers-and-consultations">Guidance and regulation</a></li><li><a href="/search/research-and-statistics">Research and statistics</a></li><li><a href="/search/policy-papers-and-consultations?content_store_document_type=open_consultations">Consultations</a></li></ul></nav>
<form role="search" action="/search"><label for="q">Search open.gov.example</label><input id="q" name="q" type="search"><button type="submit">Search</button></form></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/government">Government</a></li><li><a href="/government/open-government">Open government</a></li></ol></nav>
<div class="layout">
<main id="main-content">
<p class="caption">Policy paper</p>
<h1>Fifth National Action Plan for Open Government 2025 to 2027</h1>
<p class="lead">The government’s commitments to make public institutions more transparent, participatory and accountable, co-created with civil society through the Open Government Partnership.</p>
<p class="metadata">From: <a href="/government/organisations/cabinet-office">Cabinet Office</a> · Published 19 March 2025 · Last updated 2 April 2025 — <a href="#history">See all updates</a></p>
<nav class="contents" aria-label="On this page"><h2>On this page</h2><ol><li><a href="#overview">Overview</a></li><li><a href="#commitments">Our commitments</a></li><li><a href="#progress">How we will report progress</a></li><li><a href="#documents">Documents</a></li></ol></nav>
<h2 id="overview">Overview</h2>
<p>This is the fifth National Action Plan under the Open Government Partnership, an initiative of more than 75 countries and 150 local governments working with civil society to make government more open. The plan was developed over ten months by the Open Government Network of civil society organisations and officials from eleven departments.</p>
<p>It builds on the fourth plan, whose end-of-term self-assessment was published in December 2024, and responds to the recommendations of the Independent Reporting Mechanism.</p>
<h2 id="commitments">Our commitments</h2>
<p>The plan sets out nine commitments across five themes. Select a commitment to read its milestones, the problem it addresses and who is responsible for delivering it.</p>
<div class="filters" role="group" aria-label="Filter by theme"><button type="button" aria-pressed="true">All themes</button>${themes.map((t) => ` <button type="button" aria-pressed="false">${esc(t)}</button>`).join('')}</div>
<ul class="cards">
${cards}
</ul>
<h2 id="progress">How we will report progress</h2>
<p>Lead departments will report progress on their milestones every six months. Updates will be published on this page and discussed with the Open Government Network at its quarterly meetings. The Independent Reporting Mechanism will review the plan’s design in 2025 and its results in 2027.</p>
<h2 id="documents">Documents</h2>
<ul class="attachments"><li><a href="/media/nap5.pdf">Fifth National Action Plan for Open Government 2025 to 2027</a><br><span class="meta">PDF, 1.4 MB, 46 pages</span></li>
<li><a href="/media/nap5-accessible.html">Fifth National Action Plan for Open Government 2025 to 2027 (accessible version)</a><br><span class="meta">HTML</span></li>
<li><a href="/media/nap5-consultation-response.pdf">Summary of responses to the public consultation on the draft plan</a><br><span class="meta">PDF, 620 KB, 18 pages</span></li></ul>
<section id="history"><h2>Updates to this page</h2><p>Published 19 March 2025</p><p>Last updated 2 April 2025 — <i>Added the accessible version of the plan.</i></p></section>
<div class="feedback"><h2>Is this page useful?</h2><button type="button">Yes</button> <button type="button">No</button> <a href="/contact/problem">Report a problem with this page</a></div>
</main>
<aside class="sidebar">
<h2>Related news</h2>
<ul class="news"><li><a href="/news/consultation-on-the-fifth-open-government-plan">Public consultation on the draft fifth open government plan opens</a><time datetime="2024-10-01">1 October 2024</time></li>
<li><a href="/news/beneficial-ownership-public-contracts">Bidders for public contracts to name their owners under new open government plan</a><time datetime="2025-03-19">19 March 2025</time></li>
<li><a href="/news/ogp-summit-2025">Minister for the Cabinet Office speaks at the Open Government Partnership Summit</a><time datetime="2025-04-08">8 April 2025</time></li></ul>
<h2>Related content</h2>
<ul><li><a href="/government/publications/fourth-national-action-plan">Fourth National Action Plan for Open Government 2021 to 2023</a></li><li><a href="/government/publications/nap4-end-of-term-self-assessment">End-of-term self-assessment of the fourth plan</a></li><li><a href="/government/groups/open-government-network">Open Government Network</a></li></ul>
<h2>Explore the topic</h2>
<ul><li><a href="/government/transparency">Transparency and freedom of information releases</a></li></ul>
</aside>
</div>
<footer class="site-footer"><h2 class="visually-hidden">Support links</h2>
<ul><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility statement</a></li><li><a href="/contact">Contact</a></li><li><a href="/help/terms-conditions">Terms and conditions</a></li><li><a href="/cymraeg">Rhestr o Wasanaethau Cymraeg</a></li></ul>
<p>All content is available under the <a href="/doc/open-government-licence">Open Government Licence v3.0</a>, except where otherwise stated</p><p>© Crown copyright</p></footer>
<script>document.querySelectorAll('.cookie-banner button').forEach(function (b) { b.addEventListener('click', function () { document.querySelector('.cookie-banner').hidden = true; }); });</script>`;
    const css = `body { font-family: 'Liberation Sans', Arial, sans-serif; margin: 0; color: #0b0c0c; }
.cookie-banner { background: #f3f2f1; padding: 16px 30px; } .skip-link { position: absolute; left: -9999px; }
.site-header { background: #0b0c0c; color: #fff; padding: 10px 30px; } .site-header a { color: #fff; } .site-header ul { list-style: none; display: flex; gap: 16px; padding: 0; }
.breadcrumbs ol { list-style: none; display: flex; gap: 10px; padding: 0 30px; font-size: 14px; }
.layout { display: flex; gap: 30px; padding: 0 30px; } main { flex: 2; } .sidebar { flex: 1; border-top: 2px solid #1d70b8; font-size: 15px; }
.caption { color: #505a5f; font-size: 19px; margin-bottom: 0; } h1 { font-size: 40px; margin-top: 4px; } .lead { font-size: 22px; }
.cards { list-style: none; display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 20px; padding: 0; }
.card { border: 1px solid #b1b4b6; border-top: 5px solid #1d70b8; padding: 12px; } .card__top { display: flex; justify-content: space-between; }
.tag { background: #d2e2f1; color: #144e81; font-size: 13px; font-weight: bold; text-transform: uppercase; padding: 2px 6px; }
.badge { display: inline-block; width: 28px; height: 28px; border-radius: 50%; background: #1d70b8; color: #fff; text-align: center; font-weight: bold; line-height: 28px; }
.card__title { font-size: 19px; } .card__meta dt { font-weight: bold; font-size: 14px; } .card__meta dd { margin: 0 0 6px; font-size: 14px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.site-footer { background: #f3f2f1; padding: 20px 30px; font-size: 14px; margin-top: 40px; } .site-footer ul { list-style: none; display: flex; gap: 14px; padding: 0; }`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fifth National Action Plan for Open Government 2025 to 2027 - open.gov.example</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Fifth National Action Plan for Open Government 2025 to 2027","datePublished":"2025-03-19"}</script>
<style>${css}</style></head><body>${body}</body></html>`;
  };
  return {
    name: 'en-portal-cards',
    kind: 'action-plan',
    family: 'portal-cards',
    language: 'en',
    format: 'html',
    note: 'A government portal\'s page publishing a plan: a cookie banner with buttons, skip link, site navigation and search, breadcrumbs, "On this page"; nine commitments as cards in a grid, each with a theme tag, a number badge on its own, a linked h3 title, a one-line summary and a definition list (Lead department, Timeline) and "Read more"; theme filter buttons; a "Related news" sidebar whose headlines mention the plan; documents, page history, "Is this page useful?", a footer of links; "nine commitments across five themes".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish: a local plan (a Spanish city council). "Compromiso N" headings with the title after a dash; under
// each, "Hito N.M" sub-headings, each with its own small table of dates, owner and deliverable (a trap: the
// milestones carry template-like fields); a summary table of commitments and milestone counts first.

const ES_HITOS: Array<{ title: string; area: string; hitos: string[] }> = [
  {
    title: 'Portal de transparencia municipal accesible y en lenguaje claro',
    area: 'Concejalía de Transparencia y Atención a la Ciudadanía',
    hitos: [
      'Auditoría de accesibilidad del portal actual',
      'Rediseño del portal con personas usuarias',
      'Publicación de fichas en lectura fácil',
    ],
  },
  {
    title: 'Presupuestos participativos con seguimiento público de las obras',
    area: 'Concejalía de Hacienda y Participación',
    hitos: [
      'Reglamento de presupuestos participativos',
      'Votación ciudadana de los proyectos',
      'Mapa público de ejecución de las obras',
      'Informe anual de resultados',
    ],
  },
  {
    title: 'Datos abiertos sobre calidad del aire y ruido en los barrios',
    area: 'Concejalía de Medio Ambiente',
    hitos: ['Catálogo de datos ambientales', 'Publicación en tiempo real de las estaciones de medición'],
  },
  {
    title: 'Agenda pública del equipo de gobierno y registro de grupos de interés',
    area: 'Alcaldía – Gabinete de Presidencia',
    hitos: [
      'Ordenanza del registro de grupos de interés',
      'Publicación semanal de las agendas',
      'Evaluación con el Foro de Gobierno Abierto',
    ],
  },
  {
    title: 'Consejo de Infancia y Adolescencia para el gobierno abierto',
    area: 'Concejalía de Educación e Infancia',
    hitos: ['Constitución del Consejo', 'Propuestas del Consejo al pleno municipal'],
  },
];

function esLocalHitos(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.5; color: #222; }
h1 { font-size: 22pt; color: #006a5b; font-weight: normal; } h2 { font-size: 15pt; color: #006a5b; border-bottom: 2pt solid #006a5b; padding-bottom: 2pt; margin-top: 18pt; }
h2.comp { border: none; background: #e3f1ee; padding: 6pt 8pt; font-size: 14pt; } h2.comp span { color: #9a9a9a; font-weight: normal; }
h3 { font-size: 11pt; color: #333; margin: 12pt 0 4pt; } .brk { page-break-before: always; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-bottom: 6pt; } td, th { border: 0.5pt solid #a7c9c2; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #006a5b; color: #fff; } td.k { background: #f1f7f6; font-weight: bold; width: 24%; }
.cover { padding-top: 150pt; } .cover p { font-size: 12pt; }`;
  const commitments: Labelled[] = ES_HITOS.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    marker: `Compromiso ${i + 1} — ${c.title}`,
  }));
  const html = (): string => {
    const resumen = ES_HITOS.map(
      (c, i) =>
        `<tr><td>${i + 1}</td><td>${esc(c.title)}</td><td>${esc(c.area)}</td><td>${c.hitos.length}</td></tr>`,
    ).join('');
    let body = `<div class="cover"><p>Ayuntamiento de Villaverde del Río</p>
<h1>II Plan de Acción de Gobierno Abierto de Villaverde del Río 2025–2027</h1>
<p>Programa OGP Local · Alianza para el Gobierno Abierto</p><p>Aprobado por la Junta de Gobierno Local el 14 de febrero de 2025</p></div>
<h2 class="brk">1. Presentación de la alcaldesa</h2>
<p>Villaverde del Río se incorporó al programa OGP Local en 2022. Nuestro primer plan de acción nos enseñó que la transparencia solo tiene sentido cuando la ciudadanía puede usar la información para participar en las decisiones y pedir cuentas. Este segundo plan es más ambicioso y ha sido elaborado, de principio a fin, con las asociaciones vecinales, los centros educativos y las entidades del tercer sector.</p>
<h2>2. Balance del primer plan</h2>
<p>El primer plan (2022–2024) incluía cuatro compromisos. Según el informe de autoevaluación, tres se cumplieron completamente y uno de forma parcial. El Foro de Gobierno Abierto recomendó fijar hitos más concretos, con fechas y responsables, y publicar su avance de manera periódica.</p>
<h2>3. Proceso de cocreación</h2>
<p>Entre mayo y noviembre de 2024 se celebraron seis talleres de barrio, una encuesta en línea con 1.112 respuestas y tres sesiones del Foro de Gobierno Abierto. Se recibieron 84 propuestas, que el Foro agrupó y priorizó. El resultado son cinco compromisos con dieciséis hitos.</p>
<h2>4. Resumen de compromisos</h2>
<table><thead><tr><th>N.º</th><th>Compromiso</th><th>Área responsable</th><th>Hitos</th></tr></thead><tbody>${resumen}</tbody></table>
<h2 class="brk">5. Compromisos</h2>
<p>Cada compromiso se describe con su objetivo, el área municipal responsable y sus hitos. Cada hito tiene fecha de inicio, fecha de finalización, responsable y producto verificable.</p>`;
    ES_HITOS.forEach((c, i) => {
      const n = i + 1;
      body += `<h2 class="comp${i > 0 ? ' brk' : ''}"><span>Compromiso ${n} —</span> ${esc(c.title)}</h2>
<table><tr><td class="k">Área responsable</td><td>${esc(c.area)}</td></tr>
<tr><td class="k">Otros actores</td><td>Federación de Asociaciones Vecinales; Universidad de Villaverde; Plataforma del Tercer Sector</td></tr>
<tr><td class="k">Problema que aborda</td><td>La información municipal es difícil de encontrar y entender, y la ciudadanía no dispone de canales para seguir las decisiones ni su ejecución.</td></tr>
<tr><td class="k">Objetivo</td><td>Que vecinas y vecinos puedan conocer, entender y seguir la actuación municipal en este ámbito, y participar en ella.</td></tr>
<tr><td class="k">Valores de gobierno abierto</td><td>Transparencia · Participación ciudadana · Rendición de cuentas</td></tr>
<tr><td class="k">Vinculación con los ODS</td><td>ODS 11 y ODS 16</td></tr></table>`;
      c.hitos.forEach((h, k) => {
        body += `<h3>Hito ${n}.${k + 1}. ${esc(h)}</h3>
<table><tr><th>Inicio</th><th>Finalización</th><th>Responsable</th><th>Producto verificable</th></tr>
<tr><td>${['marzo de 2025', 'septiembre de 2025', 'enero de 2026', 'junio de 2026'][k]}</td><td>${['julio de 2025', 'diciembre de 2025', 'junio de 2026', 'diciembre de 2026'][k]}</td><td>${esc(c.area)}</td><td>${['Informe publicado en el portal', 'Acta de aprobación', 'Página web en funcionamiento', 'Informe de evaluación'][k]}</td></tr></table>`;
      });
    });
    body += `<h2 class="brk">6. Seguimiento y evaluación</h2>
<p>El Foro de Gobierno Abierto revisará cada trimestre el avance de los hitos, que se publicará en el portal de transparencia con un semáforo por compromiso. Al final del plan se elaborará un informe de autoevaluación y se someterá a consulta pública.</p>
<h2>7. Composición del Foro de Gobierno Abierto</h2>
<p>Presidencia: la alcaldesa. Vocales: cuatro concejalías, cinco representantes de asociaciones vecinales, dos de centros educativos, uno de la universidad y uno de la plataforma del tercer sector.</p>`;
    return page('es', 'II Plan de Acción de Gobierno Abierto de Villaverde del Río 2025–2027', css, body);
  };
  return {
    name: 'es-local-hitos',
    kind: 'action-plan',
    family: 'local-hitos',
    language: 'es',
    format: 'pdf',
    note: 'A Spanish city council\'s OGP Local plan: cover, numbered sections (presentación, balance, cocreación), a summary table (N.º, Compromiso, Área, number of hitos); each commitment an h2 "Compromiso N — Title" (the keyword grey) over a field table; under it "Hito N.M. Title" sub-headings, each with its own table (Inicio, Finalización, Responsable, Producto verificable) — milestones that look like commitments (trap); "cinco compromisos con dieciséis hitos"; a running header.',
    html,
    commitments,
    header: 'II Plan de Acción de Gobierno Abierto · Villaverde del Río',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese: an IRM results report. Contents; "Seção I: Destaques" with numbered recommendations (trap);
// "Seção II" with a summary table of all commitments, their titles abridged; "Seção III: Análise por
// compromisso", each "Compromisso N. Title" with a grey box of fields (Instituição responsável, Conclusão,
// Resultados iniciais) and paragraphs; "Seção IV: Processo multissetorial"; a methodology annex.

const PT_IRM: Array<{ title: string; short: string; inst: string; conclusao: string; resultados: string }> = [
  {
    title: 'Transparência na execução das emendas parlamentares',
    short: 'Emendas parlamentares',
    inst: 'Secretaria de Orçamento Federal',
    conclusao: 'Substancial',
    resultados: 'Marginais',
  },
  {
    title: 'Dados abertos sobre desmatamento e fiscalização ambiental',
    short: 'Desmatamento',
    inst: 'Instituto Brasileiro do Meio Ambiente',
    conclusao: 'Concluído',
    resultados: 'Significativos',
  },
  {
    title: 'Fortalecimento das ouvidorias públicas municipais',
    short: 'Ouvidorias municipais',
    inst: 'Controladoria-Geral da União',
    conclusao: 'Limitado',
    resultados: 'Sem resultados notáveis',
  },
  {
    title: 'Participação social no ciclo do Plano Plurianual',
    short: 'Plano Plurianual',
    inst: 'Ministério do Planejamento e Orçamento',
    conclusao: 'Concluído',
    resultados: 'Marginais',
  },
  {
    title: 'Transparência dos algoritmos usados em benefícios sociais',
    short: 'Algoritmos',
    inst: 'Ministério do Desenvolvimento e Assistência Social',
    conclusao: 'Não iniciado',
    resultados: 'Sem resultados notáveis',
  },
  {
    title: 'Integridade e transparência nas contratações de obras públicas',
    short: 'Obras públicas',
    inst: 'Ministério da Gestão e da Inovação em Serviços Públicos',
    conclusao: 'Substancial',
    resultados: 'Significativos',
  },
  {
    title: 'Acesso à informação sobre o sistema prisional',
    short: 'Sistema prisional',
    inst: 'Secretaria Nacional de Políticas Penais',
    conclusao: 'Limitado',
    resultados: 'Marginais',
  },
];

function ptIrmResultados(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.45; }
h1 { font-family: 'Liberation Sans'; font-size: 23pt; color: #1a5f7a; } h2 { font-family: 'Liberation Sans'; font-size: 16pt; color: #1a5f7a; margin-top: 18pt; }
h3 { font-family: 'Liberation Sans'; font-size: 12.5pt; margin: 16pt 0 6pt; } h4 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin: 8pt 0 2pt; }
.brk { page-break-before: always; } .cover { padding-top: 120pt; } .box { background: #eef2f4; padding: 6pt 10pt; font-family: 'Liberation Sans'; font-size: 9.5pt; margin: 4pt 0 8pt; }
.box p { margin: 2pt 0; } table.s { border-collapse: collapse; width: 100%; font-family: 'Liberation Sans'; font-size: 9pt; } table.s td, table.s th { border: 0.5pt solid #8aa; padding: 3pt; }
table.s th { background: #1a5f7a; color: #fff; } .caption { font-family: 'Liberation Sans'; font-size: 9pt; font-weight: bold; } ${TOC_CSS}`;
  const commitments: Labelled[] = PT_IRM.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    reportedStatus: c.conclusao,
    marker: `Compromisso ${i + 1}. ${c.title}`,
  }));
  const K = {
    s1: 'Seção I: Destaques',
    s2: 'Seção II: Implementação do plano de ação',
    s3: 'Seção III: Análise por compromisso',
    s4: 'Seção IV: Processo multissetorial',
    anexo: 'Anexo: Metodologia e indicadores do IRM',
  };
  const toc = Object.values(K);
  const html = (pages: Map<string, number>): string => {
    const contents =
      contentsLine(K.s1, pages.get(K.s1), 0) +
      contentsLine(K.s2, pages.get(K.s2), 0) +
      contentsLine(K.s3, pages.get(K.s3), 0) +
      contentsLine(K.s4, pages.get(K.s4), 0) +
      contentsLine(K.anexo, pages.get(K.anexo), 0);
    const summary = PT_IRM.map(
      (c, i) => `<tr><td>${i + 1}. ${esc(c.short)}</td><td>${c.conclusao}</td><td>${c.resultados}</td></tr>`,
    ).join('');
    let body = `<div class="cover"><p style="font-family:'Liberation Sans';color:#1a5f7a">Mecanismo de Revisão Independente (IRM)</p>
<h1>Relatório de Resultados: Brasil 2023–2025</h1>
<p>Avaliação da implementação do 6º Plano de Ação Nacional em Governo Aberto do Brasil</p></div>
<h2 class="brk">Sumário</h2>${contents}
<h2 class="brk">${K.s1}</h2>
<p>O 6º plano de ação do Brasil teve sete compromissos. Ao final do ciclo de implementação, dois compromissos estavam concluídos e dois tinham conclusão substancial. Dois compromissos alcançaram resultados iniciais significativos, em especial a abertura de dados sobre desmatamento, que passou a ser usada por organizações da sociedade civil e pela imprensa.</p>
<p>O processo de cocriação e monitoramento manteve a forte participação social dos planos anteriores, embora a rotatividade de pontos focais nos ministérios tenha atrasado alguns compromissos.</p>
<h3>Recomendações do IRM para o próximo plano</h3>
<ol><li>Incluir compromissos com objetivos mensuráveis e linhas de base.</li><li>Garantir orçamento próprio para os compromissos no momento da cocriação.</li><li>Estender a participação a estados e municípios.</li><li>Publicar os relatórios de monitoramento em formato aberto.</li></ol>
<h2 class="brk">${K.s2}</h2>
<p>A tabela abaixo resume o nível de conclusão e os resultados iniciais de cada compromisso ao final do período de implementação. A análise detalhada de cada um está na Seção III.</p>
<p class="caption">Tabela 1. Conclusão e resultados iniciais por compromisso</p>
<table class="s"><thead><tr><th>Compromisso</th><th>Conclusão</th><th>Resultados iniciais</th></tr></thead><tbody>${summary}</tbody></table>
<p>Os compromissos sobre meio ambiente e obras públicas beneficiaram-se de apoio político de alto nível e de parcerias com organizações que já trabalhavam com esses dados. Os compromissos sobre ouvidorias e sistema prisional dependiam de adesão de entes federados e avançaram pouco.</p>
<h2 class="brk">${K.s3}</h2>
<p>Esta seção analisa cada compromisso: o que foi implementado, os resultados iniciais observados e as lições para o próximo plano.</p>`;
    PT_IRM.forEach((c, i) => {
      body += `<h3${i > 0 && i % 2 === 0 ? ' class="brk"' : ''}>Compromisso ${i + 1}. ${esc(c.title)}</h3>
<div class="box"><p><b>Instituição responsável:</b> ${esc(c.inst)}</p><p><b>Conclusão:</b> ${c.conclusao}</p><p><b>Resultados iniciais:</b> ${c.resultados}</p></div>
<h4>Contexto e objetivos</h4>
<p>O compromisso buscava responder a uma demanda antiga da sociedade civil por informações completas, tempestivas e reutilizáveis sobre o tema, até então dispersas em sistemas diferentes e publicadas com atraso.</p>
<h4>O que aconteceu</h4>
<p>${c.conclusao === 'Não iniciado' ? 'As atividades previstas não foram iniciadas: o órgão responsável informou ao IRM que a equipe foi realocada e que o compromisso será retomado no próximo plano.' : 'O órgão responsável publicou as primeiras bases de dados e realizou oficinas com organizações da sociedade civil; parte dos marcos foi concluída com atraso em relação ao cronograma.'}</p>
<h4>Lições para o próximo plano</h4>
<p>O IRM recomenda definir indicadores de uso dos dados publicados e manter o grupo de acompanhamento com a sociedade civil.</p>`;
    });
    body += `<h2 class="brk">${K.s4}</h2>
<p>O Grupo de Trabalho Técnico, com representantes do governo e da sociedade civil, reuniu-se onze vezes durante a implementação. O IRM constatou que o Brasil atuou de acordo com o processo da OGP.</p>
<h2>${K.anexo}</h2>
<p>Este relatório baseia-se em entrevistas com pontos focais e organizações da sociedade civil, na revisão documental e nos relatórios de autoavaliação. A conclusão é classificada como não iniciado, limitado, substancial ou concluído; os resultados iniciais como sem resultados notáveis, marginais, significativos ou excepcionais.</p>`;
    return page('pt-BR', 'Relatório de Resultados do IRM: Brasil 2023–2025', css, body);
  };
  return {
    name: 'pt-irm-resultados',
    kind: 'irm-report',
    family: 'irm-results-pt',
    language: 'pt',
    format: 'pdf',
    note: 'An IRM results report in Portuguese: cover, sumário with page numbers, "Seção I: Destaques" with numbered recommendations (trap), a summary table of all seven commitments with abridged titles (Conclusão, Resultados iniciais), "Seção III: Análise por compromisso" with "Compromisso N. Title" h3 headings, a grey box (Instituição responsável, Conclusão: Substancial/Concluído/Limitado/Não iniciado, Resultados iniciais) and h4 sub-headings; a methodology annex naming the scale.',
    html,
    commitments,
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese: a plan that states its count ("Este plano contém 12 compromissos") and prints each commitment's
// title as a bold run-in opening a paragraph, unnumbered, in four eixos; bold run-ins also open paragraphs of
// the introduction; responsibilities and milestones run on in a second paragraph.

const PT_RUNIN: Array<{ eixo: string; items: Array<[string, string]> }> = [
  {
    eixo: 'Eixo 1 — Transparência e integridade',
    items: [
      ['Registo aberto de beneficiários efetivos', 'Instituto dos Registos e do Notariado'],
      ['Pegada legislativa nos diplomas do Governo', 'Presidência do Conselho de Ministros'],
      ['Declarações de rendimentos e interesses em dados abertos', 'Entidade para a Transparência'],
    ],
  },
  {
    eixo: 'Eixo 2 — Participação pública',
    items: [
      [
        'Orçamento participativo jovem com acompanhamento da execução',
        'Agência para a Modernização Administrativa',
      ],
      ['Plataforma única de consultas públicas', 'Secretaria-Geral da Presidência do Conselho de Ministros'],
      ['Assembleias de cidadãos sobre a transição climática', 'Ministério do Ambiente e Energia'],
    ],
  },
  {
    eixo: 'Eixo 3 — Dados e serviços abertos',
    items: [
      [
        'Dados abertos da contratação pública em tempo real',
        'Instituto dos Mercados Públicos, do Imobiliário e da Construção',
      ],
      [
        'Tempos de espera nos serviços públicos publicados mensalmente',
        'Agência para a Modernização Administrativa',
      ],
      [
        'Catálogo público dos algoritmos da Administração Pública',
        'Agência para a Reforma Tecnológica do Estado',
      ],
    ],
  },
  {
    eixo: 'Eixo 4 — Administração aberta nas autarquias',
    items: [
      ['Índice de transparência municipal', 'Associação Nacional de Municípios Portugueses'],
      ['Reuniões de câmara transmitidas e arquivadas em linha', 'Direção-Geral das Autarquias Locais'],
      ['Rede de pontos de apoio digital nas freguesias', 'Associação Nacional de Freguesias'],
    ],
  },
];

function ptContemRunin(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.55; text-align: justify; hyphens: auto; }
h1 { font-family: 'DejaVu Sans'; font-size: 19pt; font-weight: bold; color: #7a1f1f; text-align: left; } h2 { font-family: 'DejaVu Sans'; font-size: 13pt; color: #7a1f1f; margin-top: 18pt; text-align: left; }
h3 { font-family: 'DejaVu Sans'; font-size: 11pt; color: #444; margin-top: 14pt; text-align: left; } p { margin: 0 0 6pt; text-indent: 1.2em; } p.ni { text-indent: 0; } .brk { page-break-before: always; }`;
  const commitments: Labelled[] = [];
  for (const e of PT_RUNIN)
    for (const [t] of e.items) commitments.push({ label: null, title: t, theme: e.eixo, marker: `${t}.` });
  const html = (): string => {
    let body = `<p class="ni" style="font-family:'DejaVu Sans';font-size:9pt;color:#7a1f1f">REPÚBLICA PORTUGUESA · ADMINISTRAÇÃO ABERTA</p>
<h1>IV Plano de Ação Nacional para a Administração Aberta (2025–2028)</h1>
<h2>1. Introdução</h2>
<p>Portugal é membro da Parceria para o Governo Aberto desde 2017. Este quarto plano de ação foi elaborado pela Rede Nacional de Administração Aberta, com a participação de organismos da administração central e local, da academia e de organizações da sociedade civil.</p>
<p><b>Plano anterior.</b> O III Plano de Ação (2022–2024) contava com nove compromissos, sete dos quais concluídos ou com execução substancial segundo o relatório de autoavaliação. As recomendações do Mecanismo de Avaliação Independente pediam menos compromissos, mais ambiciosos e com marcos verificáveis.</p>
<p><b>Metodologia.</b> A cocriação decorreu em três fases: recolha de propostas em linha (287 contributos), oficinas temáticas em Lisboa, Porto, Coimbra e Faro, e uma consulta pública sobre a versão preliminar, que recebeu 64 comentários.</p>
<p><b>Calendário e acompanhamento.</b> O plano vigora de janeiro de 2025 a junho de 2028. A Rede publica relatórios semestrais de execução e reúne-se trimestralmente com as entidades responsáveis.</p>
<h2>2. Estrutura do plano</h2>
<p>Este plano contém 12 compromissos, organizados em quatro eixos temáticos. Cada compromisso é apresentado num parágrafo que identifica o seu objetivo, seguido de outro com a entidade responsável, os marcos e o prazo.</p>
<h2 class="brk">3. Compromissos</h2>`;
    PT_RUNIN.forEach((e, ei) => {
      body += `<h3${ei === 2 ? ' class="brk"' : ''}>${esc(e.eixo)}</h3>`;
      e.items.forEach(([t, ent], k) => {
        body += `<p><b>${esc(t)}.</b> ${
          [
            'O compromisso responde à necessidade, identificada pela sociedade civil, de tornar esta informação acessível a todos, de forma gratuita, em formato aberto e reutilizável, e de assegurar a sua atualização regular.',
            'Pretende-se criar condições para que cidadãos, jornalistas e investigadores acompanhem as decisões públicas desde a sua preparação até à sua execução, com informação clara e comparável ao longo do tempo.',
            'O objetivo é aproximar a administração dos cidadãos, alargando os canais de participação e garantindo que os contributos recebidos têm resposta fundamentada e pública.',
          ][k]
        }</p>
<p>A <i>entidade responsável</i> é ${esc(ent)}, em articulação com a Rede Nacional de Administração Aberta. Os marcos previstos são o diagnóstico e desenho participado da solução (até dezembro de 2025), a disponibilização da primeira versão (até dezembro de 2026) e a avaliação com a sociedade civil (até junho de 2028).</p>`;
      });
    });
    body += `<h2 class="brk">4. Acompanhamento e avaliação</h2>
<p>A execução será acompanhada pela Rede Nacional de Administração Aberta, que publica no portal da Administração Aberta um painel com o estado de cada marco. O Mecanismo de Avaliação Independente da OGP avaliará o desenho e os resultados do plano.</p>
<p><b>Contactos.</b> Secretariado da Rede Nacional de Administração Aberta, Lisboa.</p>`;
    return page('pt-PT', 'IV Plano de Ação Nacional para a Administração Aberta (2025–2028)', css, body);
  };
  return {
    name: 'pt-contem-runin',
    kind: 'action-plan',
    family: 'count-runin-unnumbered',
    language: 'pt',
    format: 'pdf',
    note: 'A Portuguese plan: "Este plano contém 12 compromissos, organizados em quatro eixos"; numbered sections, "Eixo N — Theme" headings; each commitment an unnumbered bold title ending in a full stop opening an indented, justified, hyphenated paragraph, followed by a paragraph with the entity and milestones; bold run-ins also open paragraphs of the introduction ("Plano anterior.", "Metodologia.") and the closing "Contactos." (traps).',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// French: a West-African style plan. Portrait pages (sigles, introduction, processus) then the matrix of
// engagements on landscape pages (a named page): a two-row header (Calendrier over Début / Fin) repeated on
// each page, axis rows spanning all columns, the engagement cell holding the bold title then a description,
// jalons as a list in one cell; rows long enough to break across pages.

const FR_MATRICE: Array<{ axe: string; items: Array<{ title: string; resp: string; jalons: string[] }> }> = [
  {
    axe: 'Axe 1 : Transparence budgétaire et redevabilité',
    items: [
      {
        title: 'Publier le budget citoyen et les rapports trimestriels d’exécution budgétaire',
        resp: 'Ministère des Finances et du Budget – Direction générale du budget',
        jalons: [
          'Élaboration et diffusion du budget citoyen de la loi de finances initiale, en français et dans quatre langues nationales',
          'Publication des rapports trimestriels d’exécution du budget dans les 45 jours suivant la fin de chaque trimestre',
          'Organisation de deux séances annuelles de restitution avec les organisations de la société civile et les médias',
          'Mise en ligne des données budgétaires en format ouvert sur le portail national des données',
        ],
      },
      {
        title: 'Renforcer le contrôle citoyen des industries extractives',
        resp: 'Comité national ITIE',
        jalons: [
          'Publication des contrats miniers et pétroliers et de leurs avenants',
          'Divulgation des bénéficiaires effectifs des titulaires de titres miniers',
          'Mise en place de comités locaux de suivi dans trois régions minières',
        ],
      },
      {
        title: 'Rendre publics les rapports de la Cour des comptes et le suivi de leurs recommandations',
        resp: 'Cour des comptes',
        jalons: [
          'Publication de l’ensemble des rapports définitifs sur le site de la Cour',
          'Création d’un tableau de suivi public de la mise en œuvre des recommandations',
        ],
      },
    ],
  },
  {
    axe: 'Axe 2 : Participation citoyenne et gouvernance locale',
    items: [
      {
        title: 'Institutionnaliser le budget participatif dans les communes',
        resp: 'Ministère des Collectivités territoriales',
        jalons: [
          'Adoption d’un guide national du budget participatif',
          'Formation des élus et agents de vingt communes pilotes',
          'Tenue de forums communautaires d’arbitrage budgétaire',
          'Publication des procès-verbaux et des réalisations financées',
          'Évaluation indépendante de la phase pilote',
        ],
      },
      {
        title: 'Associer les jeunes et les femmes au suivi des politiques publiques',
        resp: 'Ministère de la Jeunesse et Ministère de la Femme',
        jalons: [
          'Création d’observatoires citoyens de jeunes dans huit régions',
          'Production de rapports annuels de suivi sensibles au genre',
        ],
      },
    ],
  },
  {
    axe: 'Axe 3 : Accès à l’information et services publics',
    items: [
      {
        title: 'Adopter et mettre en œuvre la loi sur l’accès à l’information',
        resp: 'Ministère de la Communication – Commission d’accès à l’information',
        jalons: [
          'Validation du projet de loi avec la société civile',
          'Adoption du projet de loi en Conseil des ministres et transmission à l’Assemblée nationale',
          'Désignation de responsables de l’information dans chaque ministère',
          'Publication du premier rapport annuel de la Commission',
        ],
      },
      {
        title: 'Améliorer la redevabilité des services de santé de base',
        resp: 'Ministère de la Santé et de l’Action sociale',
        jalons: [
          'Affichage des tarifs et des droits des patients dans les centres de santé',
          'Mise en place d’un numéro vert de plaintes et de suggestions',
          'Publication semestrielle des plaintes reçues et des suites données',
        ],
      },
    ],
  },
];

function frMatricePaysage(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.45; }
@page paysage { size: A4 landscape; margin: 15mm 14mm; } .matrice { page: paysage; }
h1 { font-size: 20pt; color: #2e6b30; } h2 { font-size: 14pt; color: #2e6b30; margin-top: 14pt; } .brk { page-break-before: always; }
.cover { text-align: center; padding-top: 110pt; } .cover .pays { font-size: 12pt; letter-spacing: 1pt; }
table.m { border-collapse: collapse; width: 100%; font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-stretch: condensed; font-size: 8pt; line-height: 1.3; }
table.m th, table.m td { border: 0.6pt solid #4d7a4f; padding: 3pt 4pt; vertical-align: top; } table.m thead th { background: #2e6b30; color: #fff; text-align: center; font-weight: bold; }
table.m thead { display: table-header-group; } table.m td.axe { background: #dcebd9; font-weight: bold; font-size: 9pt; } table.m td.n { text-align: center; width: 3%; }
table.m td.e { width: 22%; } table.m td.e b { display: block; margin-bottom: 3pt; } table.m ul { margin: 0; padding-left: 10pt; }
dl.sigles dt { float: left; width: 70pt; font-weight: bold; } dl.sigles dd { margin-left: 80pt; }`;
  const commitments: Labelled[] = [];
  let n = 0;
  for (const a of FR_MATRICE)
    for (const it of a.items) {
      n++;
      commitments.push({ label: String(n), title: it.title, theme: a.axe, marker: it.title });
    }
  const html = (): string => {
    let rows = '';
    let k = 0;
    for (const a of FR_MATRICE) {
      rows += `<tr><td class="axe" colspan="8">${esc(a.axe)}</td></tr>`;
      for (const it of a.items) {
        k++;
        rows += `<tr><td class="n">${k}</td><td class="e"><b>${esc(it.title)}</b>Le diagnostic partagé lors des consultations régionales a montré que l’information existe mais n’est ni publiée à temps, ni accessible aux populations concernées, notamment en milieu rural. L’engagement vise à combler cet écart et à permettre aux citoyens d’exercer un contrôle effectif.</td>
<td>Une information complète, à jour et compréhensible est publiée ; les organisations de la société civile l’utilisent pour interpeller les autorités ; les autorités rendent compte des suites données.</td>
<td><ul>${it.jalons.map((j) => `<li>${esc(j)}</li>`).join('')}</ul></td>
<td>${esc(it.resp)}</td><td>Réseau des organisations de la société civile pour le gouvernement ouvert ; partenaires techniques et financiers</td><td>${k % 2 === 0 ? 'Juillet 2025' : 'Janvier 2025'}</td><td>${k % 3 === 0 ? 'Décembre 2026' : 'Juin 2027'}</td></tr>`;
      }
    }
    const body = `<div class="cover"><p class="pays">RÉPUBLIQUE DU SÉNÉGAL<br>Un Peuple – Un But – Une Foi</p>
<h1>Plan d’action national du Partenariat pour un gouvernement ouvert 2025–2027</h1>
<p>Ministère de la Fonction publique et de la Réforme du service public</p></div>
<h2 class="brk">Sigles et abréviations</h2>
<dl class="sigles"><dt>CdC</dt><dd>Cour des comptes</dd><dt>ITIE</dt><dd>Initiative pour la transparence dans les industries extractives</dd><dt>OSC</dt><dd>Organisations de la société civile</dd><dt>PGO</dt><dd>Partenariat pour un gouvernement ouvert</dd><dt>PTF</dt><dd>Partenaires techniques et financiers</dd></dl>
<h2>1. Introduction</h2>
<p>Le Sénégal a adhéré au Partenariat pour un gouvernement ouvert en 2018. Ce troisième plan d’action national s’inscrit dans la continuité des réformes engagées en matière de transparence budgétaire, de gouvernance des ressources naturelles et de participation citoyenne.</p>
<p>Le plan comprend sept engagements répartis en trois axes. Leur mise en œuvre est coordonnée par le Comité de pilotage du PGO, composé à parité de représentants de l’administration et de la société civile.</p>
<h2>2. Processus d’élaboration</h2>
<p>Le processus a associé les administrations, les collectivités territoriales, les organisations de la société civile, le secteur privé et les partenaires techniques et financiers : lancement officiel en mars 2024, consultations dans les quatorze régions, ateliers thématiques à Dakar, puis validation nationale en décembre 2024.</p>
<p>Plus de 600 participants ont pris part aux consultations régionales. Les 112 propositions recueillies ont été regroupées et priorisées par le Comité de pilotage selon leur pertinence au regard des valeurs du PGO, leur faisabilité et leur ambition.</p>
<h2>3. Matrice des engagements</h2>
<p>La matrice qui suit présente, pour chaque engagement, la problématique, les résultats attendus, les jalons, la structure responsable, les partenaires et le calendrier de mise en œuvre.</p>
<div class="matrice"><table class="m"><thead>
<tr><th rowspan="2">N°</th><th rowspan="2">Engagement et problématique</th><th rowspan="2">Résultats attendus</th><th rowspan="2">Jalons</th><th rowspan="2">Structure responsable</th><th rowspan="2">Partenaires</th><th colspan="2">Calendrier</th></tr>
<tr><th>Début</th><th>Fin</th></tr></thead><tbody>${rows}</tbody></table></div>
<h2 class="brk">4. Suivi et évaluation</h2>
<p>Le Comité de pilotage se réunit chaque trimestre pour examiner l’état d’avancement des jalons. Un rapport d’autoévaluation à mi-parcours et un rapport de fin de parcours seront publiés et soumis aux commentaires du public. Le Mécanisme d’évaluation indépendant du PGO évaluera la conception et les résultats du plan.</p>`;
    return page('fr', 'Plan d’action national PGO 2025–2027 – Sénégal', css, body);
  };
  return {
    name: 'fr-matrice-paysage',
    kind: 'action-plan',
    family: 'landscape-matrix',
    language: 'fr',
    format: 'pdf',
    note: 'A West-African plan: portrait cover, sigles (a definition list), introduction ("sept engagements répartis en trois axes"), then a matrix on landscape pages (a named @page): a two-row header (Calendrier over Début / Fin) repeated on each page, axis rows across all eight columns, the number in its own column, the engagement cell holding the bold title then the problem, jalons as a bulleted list in a cell; rows breaking across pages; condensed type.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// English trap: a civil-society blog post summarising a draft plan under consultation, with a heading
// "Commitment N: Title" for each proposed commitment and "Our view" under it, numbered steps to respond,
// share buttons, tags and comments.

const EN_DRAFT: Array<[string, string]> = [
  [
    'Publish procurement data from planning to payment in open formats',
    'A welcome step, but the draft sets no threshold below which contracts can be left out, and no date for payment data.',
  ],
  [
    'Extend the register of beneficial owners to companies bidding for public contracts',
    'This is the commitment we campaigned for. It needs verification of the data, not just publication.',
  ],
  [
    'Publish ministers’ meetings with lobbyists every month',
    'Monthly is better than quarterly, but meetings with special advisers are still missing.',
  ],
  [
    'Create a national standard for public consultations',
    'Potentially transformative if it is binding on every department; the draft says it will be “guidance”.',
  ],
  [
    'Open the algorithmic transparency records of central government',
    'Good, though the draft only covers central government and leaves out police forces.',
  ],
];

function enBlogDraft(): Doc {
  const html = (): string => {
    const sections = EN_DRAFT.map(
      ([t, view], i) => `<h3>Commitment ${i + 1}: ${esc(t)}</h3>
<p><strong>What the draft says:</strong> the lead department will ${['publish', 'legislate to require', 'move to', 'consult on and adopt', 'make mandatory'][i]} ${i === 0 ? 'all contracting data in the Open Contracting Data Standard by 2026' : 'the change during the plan'}, with milestones in 2025 and 2026.</p>
<p><strong>Our view:</strong> ${esc(view)}</p>`,
    ).join('\n');
    const body = `<header class="masthead"><a href="/" class="brand">Open Government Network</a>
<nav><a href="/about">About us</a> <a href="/our-work">Our work</a> <a href="/blog" aria-current="page">Blog</a> <a href="/members">Members</a> <a href="/donate" class="cta">Donate</a></nav></header>
<main><article class="post">
<p class="category"><a href="/blog/category/national-action-plan">National Action Plan</a></p>
<h1>The draft fifth National Action Plan: what’s in it, and how to have your say</h1>
<p class="byline">By <a href="/people/amira-hassan">Amira Hassan</a>, Policy and Campaigns Officer · 14 October 2024 · 6 minute read</p>
<p>Last week the Cabinet Office published the draft of the government’s fifth National Action Plan for Open Government and opened a six-week public consultation. The draft was written with our network over the summer, but not everything we asked for made it in. Here is our summary of the five commitments proposed so far, with what we think of each — and how you can respond before the consultation closes on 22 November.</p>
<h2>The proposed commitments</h2>
${sections}
<h2>What is missing</h2>
<p>There is nothing in the draft on the freedom of information regime, which our members ranked as their first priority, and nothing on open justice. We will be asking for a sixth commitment on both.</p>
<h2>How to respond to the consultation</h2>
<ol><li>Read the draft plan on the government’s consultation page.</li><li>Answer the online survey, or email your response to the Cabinet Office’s open government team.</li><li>Send us a copy, so that we can reflect it in the network’s joint response.</li></ol>
<p>If you want to talk about any of this, come to our online members’ call on 5 November.</p>
<div class="share">Share this post: <a href="#">Bluesky</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<p class="tags">Tags: <a href="/tag/nap5">NAP5</a>, <a href="/tag/consultation">consultation</a>, <a href="/tag/lobbying">lobbying</a>, <a href="/tag/beneficial-ownership">beneficial ownership</a></p>
</article>
<section class="comments"><h2>3 comments</h2>
<div class="comment"><p class="who">Tom R. · 15 October 2024 at 9:12 am</p><p>Really helpful summary, thank you. Is there a template response we can adapt?</p></div>
<div class="comment"><p class="who">Amira Hassan · 15 October 2024 at 11:40 am</p><p>Yes — we will publish one next week on this blog.</p></div>
<div class="comment"><p class="who">Local Democracy Trust · 17 October 2024 at 4:05 pm</p><p>We would add that nothing in the draft touches local government. Commitment 4 could easily be extended to councils.</p></div>
<form class="reply"><h3>Leave a comment</h3><label>Name <input name="name"></label><label>Comment <textarea name="comment"></textarea></label><button type="submit">Post comment</button></form></section>
<aside><h2>Sign up to our newsletter</h2><p>News from the network once a month.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form>
<h2>Recent posts</h2><ul><li><a href="/blog/ogp-summit-reflections">Reflections from the OGP Summit</a></li><li><a href="/blog/nap4-self-assessment">The fourth plan’s self-assessment: our response</a></li></ul></aside></main>
<footer><p>Open Government Network is a registered charity no. 1160000 · <a href="/privacy">Privacy policy</a> · <a href="/contact">Contact</a></p></footer>`;
    return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>The draft fifth National Action Plan: what’s in it, and how to have your say – Open Government Network</title></head><body>${body}</body></html>`;
  };
  return {
    name: 'en-blog-draft',
    kind: 'other',
    family: 'blog-draft-summary',
    language: 'en',
    format: 'html',
    note: 'A civil-society blog post on a draft plan under consultation (trap): byline with a date and reading time, "the five commitments proposed so far", each as an h3 "Commitment N: Title" with "What the draft says" and "Our view", what is missing, numbered steps to respond, share links, tags, three comments, a newsletter box (`other`).',
    html,
    commitments: [],
  };
}

export const DOCS_K: Doc[] = [
  enPortalCards(),
  esLocalHitos(),
  ptIrmResultados(),
  ptContemRunin(),
  frMatricePaysage(),
  enBlogDraft(),
];
