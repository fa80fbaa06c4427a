/**
 * The eighth batch of the second blind set: a government page that publishes a plan as a list of links to
 * its commitments and its PDF, a web page whose commitments are unnumbered `h2` headings with accordion
 * fields among other `h2` sections, a Spanish IRM transitional results report whose summary table carries
 * every commitment's level of completion and whose body reviews only some, a Brazilian plan with a two-level
 * sumário and commitment ids "C1"… in a margin column, a French plan "Axe stratégique N" / "Engagement N.M"
 * with a summary matrix and an annex reviewing the previous plan's engagements under the same numbers, and a
 * Spanish call for proposals for the next plan with a blank proposal form (a trap). Written and labelled
 * after the finder had been fixed against the first seven batches, run through it only once labelled.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string, size = 'A4'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: ${size}; margin: 20mm; } ${css}</style></head><body>${body}</body></html>`;
}

function contentsLine(text: string, pageNo: number | undefined, indent: number): string {
  return `<div class="toc" style="padding-left:${indent}em"><span class="t">${esc(text)}</span><span class="d"> ${'.'.repeat(160)}</span><span class="p">${pageNo ?? 0}</span></div>`;
}

const TOC_CSS = `.toc { display:flex; white-space:nowrap; margin:2pt 0; } .toc .t { flex:none; } .toc .d { flex:1; overflow:hidden; } .toc .p { flex:none; padding-left:4pt; }`;

// ---------------------------------------------------------------------------------------------------------
// English, HTML: the official page that publishes the plan. A short introduction, the PDF to download, and
// the commitments as a list of links "N. Short title", each to a page of its own; related documents below.

const EN_LANDING = [
  'Beneficial ownership transparency',
  'Open contracting in health procurement',
  'Lobbying register reform',
  'Participatory budgeting in local councils',
  'Open data on water quality',
  'Public access to court decisions',
  'Whistleblower protection guidance',
];

function enLandingLinks(): Doc {
  const commitments: Labelled[] = EN_LANDING.map((t, i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: `${i + 1}. ${t}`,
  }));
  const html = (): string => {
    const items = EN_LANDING.map(
      (t, i) =>
        `<li><a href="/policy/open-government/nap-2025-2027/commitment-${i + 1}">${i + 1}. ${esc(t)}</a></li>`,
    ).join('');
    const body = `<header><a href="/">gov.example</a> <nav><a href="/services">Services</a> <a href="/news">News</a> <a href="/publications">Publications</a></nav></header>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/policy">Policy</a> › <a href="/policy/open-government">Open government</a></nav>
<main><h1>Open Government National Action Plan 2025–2027</h1>
<p class="meta">From: Department of Public Expenditure and Reform · Published 3 March 2025</p>
<p>The Open Government National Action Plan 2025–2027 is the government's fourth plan under the Open Government Partnership. It was developed with the Open Government Forum, a group of civil society organisations and public bodies, after a public consultation held in autumn 2024.</p>
<p><a class="download" href="/documents/open-government-national-action-plan-2025-2027.pdf">Download the National Action Plan 2025–2027 (PDF, 1.8 MB)</a></p>
<h2>Commitments</h2>
<p>The plan contains seven commitments. Each page below sets out the lead body, the milestones and the timeline of one commitment.</p>
<ul class="commitment-list">${items}</ul>
<h2>Monitoring progress</h2>
<p>Progress is reported every six months to the Open Government Forum and published on this page. The Independent Reporting Mechanism of the Open Government Partnership will assess the plan's design and results.</p>
<h2>Related documents</h2>
<ul><li><a href="/documents/ogp-nap3-end-of-term-self-assessment.pdf">End-of-term self-assessment of the third plan (PDF)</a></li><li><a href="/documents/nap4-consultation-report.pdf">Report on the public consultation (PDF)</a></li><li><a href="/policy/open-government/forum">Open Government Forum: members and minutes</a></li></ul></main>
<footer><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · © Government</footer>`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Open Government National Action Plan 2025–2027 - gov.example</title></head><body>${body}</body></html>`;
  };
  return {
    name: 'en-landing-links',
    kind: 'action-plan',
    family: 'landing-links',
    language: 'en',
    format: 'html',
    note: 'The official page that publishes a plan: breadcrumbs, a short introduction, a "Download the National Action Plan (PDF)" link, the seven commitments as a list of links "N. Short title" to pages of their own, monitoring text and related documents; "The plan contains seven commitments".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// English, HTML: commitments as unnumbered h2 headings, each followed by accordion buttons and panels (lead
// agency, problem, milestones…), among other h2 sections of the page (about, co-creation, contact).

const EN_ACCORDION: Array<[string, string]> = [
  ['Strengthen transparency of political donations', 'Electoral Commission'],
  ['Improve public participation in policy making', 'Department of the Prime Minister and Cabinet'],
  ['Publish algorithm charters for government agencies', 'Statistics Office'],
  ['Open up the procurement of public infrastructure', 'Ministry of Business and Employment'],
  ['Make official information requests easier to track', 'Public Service Commission'],
];

function enAccordionH2(): Doc {
  const commitments: Labelled[] = EN_ACCORDION.map(([t]) => ({
    label: null,
    title: t,
    theme: null,
    marker: t,
  }));
  const html = (): string => {
    const acc = (label: string, content: string, i: number, k: number): string =>
      `<div class="accordion"><button class="accordion__toggle" aria-expanded="false" aria-controls="c${i}-${k}">${label}</button><div class="accordion__panel" id="c${i}-${k}">${content}</div></div>`;
    let body = `<header><a href="/">Ministry website</a></header><main>
<h1>Open Government Partnership Fourth National Action Plan 2024–2026</h1>
<p>This page sets out the commitments of the Fourth National Action Plan. This plan has five commitments, agreed with the Expert Advisory Panel after public engagement in 2023.</p>
<h2>About the plan</h2>
<p>The plan was developed by government agencies and civil society together. Each commitment has a lead agency, which reports on progress every six months.</p>
<h2>How the plan was developed</h2>
<p>More than 1,200 people took part in workshops and online surveys; the themes most raised were participation, information and integrity.</p>`;
    EN_ACCORDION.forEach(([t, lead], i) => {
      body += `<h2>${esc(t)}</h2>
<p>${i % 2 === 0 ? 'This commitment responds to public concern raised during engagement.' : 'This commitment builds on work begun under the third plan.'}</p>
${acc('Lead agency', esc(lead), i, 1)}
${acc('Problem this commitment addresses', 'People find it hard to see how decisions are made and to take part in them.', i, 2)}
${acc('What the commitment will do', 'Publish the information in a timely, reusable form and give people a way to respond to it.', i, 3)}
${acc('OGP values', 'Transparency, civic participation', i, 4)}
${acc('Milestones', '<ol><li>Scope and design, with civil society (December 2024)</li><li>Pilot (June 2025)</li><li>Full implementation and review (June 2026)</li></ol>', i, 5)}`;
    });
    body += `<h2>Contact us</h2><p>Email the open government team at ogp@example.govt with questions about the plan.</p></main>
<footer>Copyright · Privacy · Accessibility</footer>`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fourth National Action Plan 2024–2026 | Open Government Partnership</title></head><body>${body}</body></html>`;
  };
  return {
    name: 'en-accordion-h2',
    kind: 'action-plan',
    family: 'web-accordion',
    language: 'en',
    format: 'html',
    note: 'A web page: commitments as unnumbered h2 headings, each followed by one line and accordion buttons with panels (Lead agency, Problem this commitment addresses, What the commitment will do, OGP values, Milestones as <ol>); other h2 sections (About the plan, How the plan was developed, Contact us) at the same level; "This plan has five commitments".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish: an IRM transitional results report. A summary table with every commitment's "Nivel de
// cumplimiento" first; the body reviews only the commitments with notable results; numbered recommendations
// and a numbered methodology annex.

const ES_IRM: Array<[string, string, boolean]> = [
  ['Portal de datos abiertos de compras públicas', 'Sustancial', false],
  ['Observatorio ciudadano de la obra pública', 'Completo', true],
  ['Registro nacional de beneficiarios finales', 'Limitado', false],
  ['Presupuesto abierto y participativo en municipios', 'Sustancial', true],
  ['Acceso a la información ambiental', 'Completo', true],
  ['Protección de denunciantes de corrupción', 'No iniciado', false],
];

function esIrmTransicional(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 19pt; color: #0b5563; } h2 { font-size: 14pt; color: #0b5563; margin-top: 16pt; } h3 { font-size: 12pt; margin-top: 12pt; }
.brk { page-break-before: always; } .st { font-weight: bold; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; } td, th { border: 0.5pt solid #777; padding: 3pt; vertical-align: top; }
th { background: #0b5563; color: #fff; }`;
  const commitments: Labelled[] = ES_IRM.map(([t, st, detailed], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    reportedStatus: st,
    marker: detailed ? `Compromiso ${i + 1}: ${t}` : `${i + 1}. ${t}`,
  }));
  const html = (): string => {
    const rows = ES_IRM.map(
      ([t, st], i) =>
        `<tr><td>${i + 1}. ${esc(t)}</td><td>${st}</td><td>${['Marginal', 'Significativo', 'No cambió', 'Marginal', 'Significativo', 'No cambió'][i]}</td></tr>`,
    ).join('');
    let body = `<p>Mecanismo de Revisión Independiente (IRM)</p>
<h1>Informe de Resultados Transicional 2022–2024</h1>
<p>Este informe evalúa la implementación del cuarto Plan de Acción Nacional de Gobierno Abierto 2022–2024 y los resultados de sus compromisos. Fue elaborado por el Mecanismo de Revisión Independiente de la Alianza para el Gobierno Abierto.</p>
<h2>Sección I: Resumen de la implementación</h2>
<p>El plan incluyó seis compromisos. Dos se completaron, dos alcanzaron un avance sustancial, uno tuvo avance limitado y uno no se inició. La tabla resume el nivel de cumplimiento y si el compromiso abrió el gobierno.</p>
<table><thead><tr><th>Compromiso</th><th>Nivel de cumplimiento</th><th>¿Abrió el gobierno?</th></tr></thead><tbody>${rows}</tbody></table>
<h2 class="brk">Sección II: Compromisos con resultados destacados</h2>
<p>Esta sección analiza los compromisos que lograron resultados destacados o que ofrecen lecciones para el próximo plan.</p>`;
    ES_IRM.forEach(([t, st, detailed], i) => {
      if (!detailed) return;
      body += `<h3>Compromiso ${i + 1}: ${esc(t)}</h3>
<p><span class="st">Nivel de cumplimiento:</span> ${st}</p>
<p><span class="st">¿Abrió el gobierno?</span> ${['Marginal', 'Significativo', 'No cambió', 'Marginal', 'Significativo', 'No cambió'][i]}</p>
<p>La institución responsable publicó la información prevista y organizó espacios de diálogo con organizaciones de la sociedad civil. Las personas entrevistadas destacaron la continuidad del trabajo, aunque señalaron que el uso de los datos por la ciudadanía sigue siendo bajo.</p>`;
    });
    body += `<h2>Sección III: Recomendaciones para el próximo plan</h2>
<ol><li>Incluir compromisos con metas verificables y responsables claros.</li><li>Asegurar recursos para el seguimiento por la sociedad civil.</li><li>Publicar los avances de cada compromiso en un repositorio único.</li></ol>
<h2 class="brk">Anexo: Metodología</h2>
<p>El IRM revisó la evidencia del repositorio del gobierno y realizó entrevistas.</p>
<ol><li>Revisión documental del plan y del informe de autoevaluación.</li><li>Entrevistas con las instituciones responsables.</li><li>Consulta a organizaciones de la sociedad civil.</li><li>Revisión previa por el gobierno y comentarios públicos.</li></ol>`;
    return page('es', 'Informe de Resultados Transicional 2022–2024', css, body);
  };
  return {
    name: 'es-irm-transicional',
    kind: 'irm-report',
    family: 'irm-summary-table',
    language: 'es',
    format: 'pdf',
    note: 'An IRM transitional results report in Spanish: a summary table "N. Title | Nivel de cumplimiento | ¿Abrió el gobierno?" with every commitment; only three reviewed in the body as "Compromiso N: Title" with "Nivel de cumplimiento: …"; numbered recommendations and methodology (traps); "El plan incluyó seis compromisos".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese (Brazil): a two-level sumário; each commitment with its id "C1"… in a margin column beside
// the title and the fields.

const PT_IDS: Array<{ eixo: string; items: Array<[string, string]> }> = [
  {
    eixo: 'Dados abertos e transparência',
    items: [
      ['Abertura de dados sobre obras públicas federais', 'Ministério da Gestão e da Inovação'],
      ['Transparência ativa nas agências reguladoras', 'Controladoria-Geral da União'],
    ],
  },
  {
    eixo: 'Participação social',
    items: [
      ['Fortalecimento dos conselhos de políticas públicas', 'Secretaria-Geral da Presidência'],
      ['Participação cidadã no planejamento plurianual', 'Ministério do Planejamento e Orçamento'],
    ],
  },
  {
    eixo: 'Integridade e combate à corrupção',
    items: [
      ['Integridade nas contratações públicas municipais', 'Controladoria-Geral da União'],
      ['Proteção e incentivo a denunciantes', 'Ministério da Justiça e Segurança Pública'],
    ],
  },
];

function ptIdsMargem(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.45; }
h1 { font-size: 20pt; color: #17643a; } h2 { font-size: 15pt; color: #17643a; margin-top: 18pt; } .brk { page-break-before: always; }
.c { display: flex; gap: 10pt; margin: 14pt 0; } .c .id { flex: none; width: 34pt; font-size: 16pt; font-weight: bold; color: #17643a; border-right: 2pt solid #17643a; }
.c .b { flex: 1; } .c h3 { font-size: 12pt; margin: 0 0 6pt; } .f { margin: 2pt 0; } ${TOC_CSS}`;
  const commitments: Labelled[] = [];
  let n = 0;
  for (const e of PT_IDS)
    for (const [t] of e.items) {
      n++;
      commitments.push({ label: `C${n}`, title: t, theme: e.eixo, marker: `${t} Órgão responsável` });
    }
  // Each contents entry is looked up by text printed only under its heading in the body.
  const K = {
    intro: 'O 5º Plano de Ação reúne',
    proc: 'A construção seguiu',
    ofic: 'Foram realizadas seis oficinas',
    comp: 'Cada compromisso é identificado',
  };
  const eixoKey = (ei: number, e: string): string => `3.${ei + 1} Eixo: ${e}`;
  const toc = [...Object.values(K), ...PT_IDS.map((e, ei) => eixoKey(ei, e.eixo))];
  const html = (pages: Map<string, number>): string => {
    let contents = contentsLine('1 Introdução', pages.get(K.intro), 0);
    contents += contentsLine('2 Processo de construção do plano', pages.get(K.proc), 0);
    contents += contentsLine('2.1 Oficinas de cocriação', pages.get(K.ofic), 1.5);
    contents += contentsLine('3 Compromissos', pages.get(K.comp), 0);
    let k = 0;
    PT_IDS.forEach((e, ei) => {
      contents += contentsLine(eixoKey(ei, e.eixo), pages.get(eixoKey(ei, e.eixo)), 1.5);
      for (const [t] of e.items) {
        k++;
        const c = commitments[k - 1] as Labelled;
        contents += contentsLine(`C${k} ${t}`, pages.get(c.marker), 3);
      }
    });
    let body = `<h1>5º Plano de Ação Nacional em Governo Aberto</h1><p>Brasil · 2025–2027</p>
<h2>Sumário</h2>${contents}
<h2 class="brk">1 Introdução</h2><p>O 5º Plano de Ação reúne seis compromissos, construídos em conjunto por órgãos do governo federal e organizações da sociedade civil, organizados em três eixos.</p>
<h2>2 Processo de construção do plano</h2><p>A construção seguiu a metodologia de cocriação adotada desde o 4º Plano, com consulta pública e oficinas temáticas.</p>
<h2>2.1 Oficinas de cocriação</h2><p>Foram realizadas seis oficinas, uma por tema, com a participação de 180 pessoas.</p>
<h2 class="brk">3 Compromissos</h2><p>Cada compromisso é identificado pelo seu código (C1 a C6), usado no monitoramento.</p>`;
    k = 0;
    PT_IDS.forEach((e, ei) => {
      body += `<h2${ei > 0 ? ' class="brk"' : ''}>3.${ei + 1} Eixo: ${esc(e.eixo)}</h2>`;
      for (const [t, org] of e.items) {
        k++;
        body += `<div class="c"><div class="id">C${k}</div><div class="b"><h3>${esc(t)}</h3>
<p class="f"><b>Órgão responsável:</b> ${esc(org)}</p>
<p class="f"><b>Organizações parceiras:</b> Open Knowledge Brasil; Transparência Brasil</p>
<p class="f"><b>Vigência:</b> janeiro de 2025 a dezembro de 2027</p>
<p class="f"><b>Problema:</b> As informações existem, mas estão dispersas e não são publicadas em formato aberto.</p>
<p class="f"><b>Marcos:</b> diagnóstico (2025); publicação (2026); avaliação (2027)</p></div></div>`;
      }
    });
    return page('pt', '5º Plano de Ação Nacional em Governo Aberto', css, body);
  };
  return {
    name: 'pt-ids-margem',
    kind: 'action-plan',
    family: 'margin-ids',
    language: 'pt',
    format: 'pdf',
    note: 'A Brazilian plan: a two-level sumário (sections "1", "2.1", eixos "3.N" and commitments "CN Title") with dot leaders; each commitment with its id "C1"–"C6" large in a margin column beside its h3 title and field lines (Órgão responsável, Organizações parceiras, Vigência, Problema, Marcos); "reúne seis compromissos".',
    html,
    commitments,
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// French: "Axe stratégique N : …" and "Engagement N.M : Title", a summary matrix first, and an annex that
// reviews the previous plan's engagements under the same kind of numbers (a trap for the count).

const FR_AXES: Array<{ axe: string; items: Array<[string, string]> }> = [
  {
    axe: 'Transparence budgétaire et financière',
    items: [
      ['Publier le budget citoyen de l’État et des collectivités', 'Ministère des Finances'],
      [
        'Rendre publics les rapports d’exécution des marchés publics',
        'Autorité de régulation des marchés publics',
      ],
    ],
  },
  {
    axe: 'Participation citoyenne',
    items: [
      ['Instituer des consultations publiques sur les projets de loi', 'Secrétariat général du Gouvernement'],
      ['Créer des cadres de concertation dans les communes', 'Ministère de la Décentralisation'],
      ['Associer les jeunes au suivi des politiques publiques', 'Ministère de la Jeunesse'],
    ],
  },
  {
    axe: 'Intégrité et redevabilité',
    items: [
      [
        'Publier les déclarations de patrimoine des hauts responsables',
        'Haute Autorité pour la bonne gouvernance',
      ],
      ['Protéger les lanceurs d’alerte', 'Ministère de la Justice'],
    ],
  },
];

const FR_OLD: Array<[string, string, string]> = [
  ['1.1', 'Adopter une loi sur l’accès à l’information', 'Réalisé'],
  ['1.2', 'Mettre en ligne un portail de données ouvertes', 'Partiellement réalisé'],
  ['2.1', 'Publier les contrats miniers', 'Réalisé'],
  ['2.2', 'Former les journalistes aux données budgétaires', 'Non réalisé'],
  ['3.1', 'Mettre en place un numéro vert contre la corruption', 'Partiellement réalisé'],
];

function frAxesAnnexe(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; }
h1 { font-family: 'Liberation Sans'; font-size: 18pt; text-align: center; } h2 { font-family: 'Liberation Sans'; font-size: 14pt; margin-top: 18pt; color: #7a1f1f; }
h3 { font-family: 'Liberation Sans'; font-size: 12pt; margin-top: 12pt; } .brk { page-break-before: always; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 6pt 0 10pt; } td, th { border: 0.5pt solid #555; padding: 3pt; vertical-align: top; }
th { background: #f0e0e0; } .f { margin: 2pt 0; }`;
  const commitments: Labelled[] = [];
  FR_AXES.forEach((a, ai) =>
    a.items.forEach(([t], i) =>
      commitments.push({
        label: `${ai + 1}.${i + 1}`,
        title: t,
        theme: a.axe,
        marker: `Engagement ${ai + 1}.${i + 1} : ${t}`,
      }),
    ),
  );
  const html = (): string => {
    let matrix = '';
    FR_AXES.forEach((a, ai) =>
      a.items.forEach(([t, p], i) => {
        matrix += `<tr><td>${i === 0 ? esc(a.axe) : ''}</td><td>${ai + 1}.${i + 1}</td><td>${esc(t)}</td><td>${esc(p)}</td></tr>`;
      }),
    );
    let body = `<h1>Troisième Plan d’action national pour un gouvernement ouvert 2025–2027</h1>
<p>Le présent plan comporte sept engagements répartis en trois axes stratégiques. Il a été élaboré par le Comité national du gouvernement ouvert, composé à parité de représentants de l’administration et de la société civile.</p>
<h2>Tableau récapitulatif des engagements</h2>
<table><thead><tr><th>Axe stratégique</th><th>N°</th><th>Engagement</th><th>Structure porteuse</th></tr></thead><tbody>${matrix}</tbody></table>`;
    FR_AXES.forEach((a, ai) => {
      body += `<h2 class="brk">Axe stratégique ${ai + 1} : ${esc(a.axe)}</h2>
<p>Les engagements de cet axe répondent aux priorités exprimées lors des consultations régionales.</p>`;
      a.items.forEach(([t, p], i) => {
        body += `<h3>Engagement ${ai + 1}.${i + 1} : ${esc(t)}</h3>
<p class="f"><b>Structure porteuse :</b> ${esc(p)}</p>
<p class="f"><b>Autres acteurs :</b> Réseau des organisations de la société civile pour la bonne gouvernance</p>
<p class="f"><b>Date de début :</b> janvier 2025 · <b>Date de fin :</b> décembre 2027</p>
<p class="f"><b>Problématique :</b> l’information existe mais reste dispersée et peu accessible aux citoyens.</p>
<p class="f"><b>Jalons :</b> étude de référence (2025) ; mise en œuvre (2026) ; évaluation participative (2027).</p>`;
      });
    });
    const old = FR_OLD.map(
      ([n, t, s]) => `<tr><td>Engagement ${n}</td><td>${esc(t)}</td><td>${s}</td></tr>`,
    ).join('');
    body += `<h2 class="brk">Annexe : Bilan des engagements du deuxième plan (2021–2023)</h2>
<p>Le deuxième plan comptait cinq engagements. Leur état d’avancement à la fin du plan est rappelé ci-dessous pour mémoire.</p>
<table><thead><tr><th>N°</th><th>Engagement</th><th>État d’avancement</th></tr></thead><tbody>${old}</tbody></table>`;
    return page('fr', 'Troisième Plan d’action national pour un gouvernement ouvert 2025–2027', css, body);
  };
  return {
    name: 'fr-axes-annexe',
    kind: 'action-plan',
    family: 'axes-annex',
    language: 'fr',
    format: 'pdf',
    note: 'A French-speaking plan: "comporte sept engagements", a summary matrix (axe, N° "N.M", engagement, structure porteuse) first; "Axe stratégique N : …" (h2) and "Engagement N.M : Title" (h3) with field lines; an annex table reviewing the previous plan\'s five engagements as "Engagement 1.1"… with their "État d\'avancement" (a trap: not this plan\'s commitments).',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish trap: a ministry's call for proposals for the next plan, with numbered bases, the themes, and a
// blank proposal form whose fields are the OGP template's.

function esConvocatoria(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.45; }
h1 { font-family: 'DejaVu Sans'; font-size: 16pt; text-align: center; } h2 { font-family: 'DejaVu Sans'; font-size: 12pt; margin-top: 14pt; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; } td { border: 0.5pt solid #444; padding: 4pt; height: 28pt; vertical-align: top; } td.k { width: 38%; font-weight: bold; background: #eee; height: auto; }`;
  const fields = [
    'Nombre de la propuesta',
    'Institución pública responsable sugerida',
    'Otros actores involucrados',
    'Problema que se busca resolver',
    'Objetivo de la propuesta',
    'Valores de gobierno abierto',
    'Hitos o actividades propuestas',
    'Datos de contacto de quien propone',
  ];
  const html = (): string => {
    const form = fields.map((f) => `<tr><td class="k">${f}</td><td></td></tr>`).join('');
    const body = `<p>Secretaría de Innovación Pública · Dirección Nacional de Gobierno Abierto</p>
<h1>Convocatoria pública para la presentación de propuestas de compromisos para el V Plan de Acción Nacional de Gobierno Abierto 2026–2028</h1>
<p>La Secretaría de Innovación Pública invita a organizaciones de la sociedad civil, universidades, sector privado y ciudadanía en general a presentar propuestas de compromisos para el V Plan de Acción Nacional de Gobierno Abierto, que se elaborará durante 2026 en el marco de la Alianza para el Gobierno Abierto.</p>
<h2>1. Objeto de la convocatoria</h2>
<p>Recibir propuestas que, tras las mesas de cocreación, puedan convertirse en compromisos del próximo plan. El IV Plan incluyó once compromisos; su informe de autoevaluación está disponible en el portal.</p>
<h2>2. Quiénes pueden participar</h2>
<p>Cualquier persona u organización, de forma individual o conjunta. Cada participante puede presentar hasta tres propuestas.</p>
<h2>3. Ejes temáticos</h2>
<ol><li>Transparencia fiscal y contrataciones abiertas.</li><li>Participación ciudadana en las políticas públicas.</li><li>Integridad y prevención de la corrupción.</li><li>Gobierno abierto en las provincias y municipios.</li></ol>
<h2>4. Formulario de propuesta</h2>
<p>Las propuestas se presentan con el siguiente formulario, completo, en el portal de consulta pública:</p>
<table>${form}</table>
<h2>5. Plazos</h2>
<p>Las propuestas se recibirán del 1 al 31 de marzo de 2026. Las mesas de cocreación se celebrarán entre abril y junio de 2026.</p>
<h2>6. Criterios de selección</h2>
<ol><li>Relevancia respecto de los valores de gobierno abierto.</li><li>Viabilidad técnica y presupuestaria.</li><li>Existencia de una institución dispuesta a liderar el compromiso.</li></ol>
<p>Consultas: gobiernoabierto@innovacion.gob.example</p>`;
    return page(
      'es',
      'Convocatoria: propuestas para el V Plan de Acción Nacional de Gobierno Abierto',
      css,
      body,
    );
  };
  return {
    name: 'es-convocatoria',
    kind: 'other',
    family: 'call-for-proposals',
    language: 'es',
    format: 'pdf',
    note: 'A ministry\'s call for proposals for the next plan (trap): numbered bases (objeto, participantes, ejes, formulario, plazos, criterios), numbered themes and criteria, and a blank proposal form whose rows are the OGP template\'s fields (institución responsable, problema, objetivo, valores, hitos); "El IV Plan incluyó once compromisos" (`other`).',
    html,
    commitments: [],
  };
}

export const DOCS_H: Doc[] = [
  enLandingLinks(),
  enAccordionH2(),
  esIrmTransicional(),
  ptIdsMargem(),
  frAxesAnnexe(),
  esConvocatoria(),
];
