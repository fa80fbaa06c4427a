/**
 * The second batch of the second blind set: written and labelled after the finder had been fixed against the
 * first batch, and run through it only once labelled, so that it measures again what the first batch no
 * longer can. Same shape as `blind2-docs.ts`.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: A4; margin: 22mm 20mm 22mm 20mm; } ${css}</style></head><body>${body}</body></html>`;
}

// ---------------------------------------------------------------------------------------------------------
// English, two columns: the OGP template with the id and the title as run-in fields.

const EN_TEMPLATE: Array<[string, string, string]> = [
  ['GH0012', 'Right to Information implementation in district assemblies', 'Right to Information Commission'],
  ['GH0013', 'Open contracting for road construction', 'Ghana Highway Authority'],
  ['GH0014', 'Citizen feedback on health services', 'Ghana Health Service'],
  ['GH0015', 'Disclosure of extractive industry revenues to host communities', 'Minerals Commission'],
  ['GH0016', 'Public register of beneficial owners of companies', 'Office of the Registrar of Companies'],
];

function enTwoColumnTemplate(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 10pt; line-height: 1.3; }
.cols { column-count: 2; column-gap: 9mm; } h1 { font-family: 'Liberation Sans'; font-size: 18pt; text-align: center; }
h2 { font-family: 'Liberation Sans'; font-size: 11pt; text-transform: uppercase; break-after: avoid; }
p.f { margin: 2pt 0; } .f b { font-family: 'Liberation Sans'; } .sep { border-top: 1.5pt solid #c00; margin: 10pt 0 4pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; } td, th { border: 0.5pt solid #999; padding: 2pt; }`;
  const commitments: Labelled[] = EN_TEMPLATE.map(([id, t]) => ({
    label: id,
    title: t,
    theme: null,
    marker: `Commitment title: ${t}`,
  }));
  const html = (): string => {
    let body = `<h1>Ghana’s Fourth Open Government Partnership National Action Plan 2025–2027</h1>
<div class="cols"><h2>Executive summary</h2>
<p>This fourth National Action Plan presents five commitments developed by the OGP Steering Committee after regional consultations in all sixteen regions. The commitments build on the Right to Information Act, 2019 (Act 989), and on the results of the third plan.</p>
<h2>Results of the third plan</h2>
<p>1. The Right to Information portal went live. 2. Contract award data is published by the Public Procurement Authority. 3. The Fiscal Transparency Forum met every quarter.</p>
<h2>The commitments</h2>`;
    EN_TEMPLATE.forEach(([id, t, lead]) => {
      body += `<div class="sep"></div>
<p class="f"><b>Commitment ID:</b> ${id}</p>
<p class="f"><b>Commitment title:</b> ${esc(t)}</p>
<p class="f"><b>Lead implementing agency:</b> ${esc(lead)}</p>
<p class="f"><b>Other actors involved:</b> Ghana Integrity Initiative; Penplusbytes; National Commission for Civic Education</p>
<p class="f"><b>Start date:</b> January 2025 <b>End date:</b> June 2027</p>
<p class="f"><b>Problem definition:</b> Citizens cannot follow how decisions in this area are made, and the information that exists is not published in a usable form.</p>
<p class="f"><b>Milestones:</b></p>
<table><tr><th>#</th><th>Milestone</th><th>Date</th></tr><tr><td>1</td><td>Baseline study and stakeholder meeting</td><td>June 2025</td></tr><tr><td>2</td><td>Publication of the first data set</td><td>March 2026</td></tr><tr><td>3</td><td>Review with civil society</td><td>June 2027</td></tr></table>`;
    });
    body += `<h2>Annex: Steering Committee</h2><p>1. Ministry of Information 2. Ghana Integrity Initiative 3. Parliament of Ghana 4. Ghana Statistical Service</p></div>`;
    return page('en', 'Fourth OGP National Action Plan', css, body);
  };
  return {
    name: 'en-two-column-template',
    kind: 'action-plan',
    family: 'two-column-fields',
    language: 'en',
    format: 'pdf',
    note: 'Two columns (CSS columns): each commitment an OGP template with run-in bold fields "Commitment ID: GH0012", "Commitment title: …", lead agency, start and end date on one line, a milestones table numbered 1–3; past results numbered inline; numbered annex run in one paragraph.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// French: engagements numbered "1.1." in bold at body size, jalons "1.1.1", justified and hyphenated text.

const FR_AXES_B: Array<[string, string[]]> = [
  [
    'Transparence de l’action publique',
    [
      'Publier les données essentielles des marchés publics des collectivités',
      'Rendre accessibles les comptes rendus des conseils municipaux',
      'Ouvrir les données relatives aux aides aux entreprises',
    ],
  ],
  [
    'Participation des citoyens',
    [
      'Créer une plateforme régionale de pétitions citoyennes',
      'Généraliser les conseils de quartier dans les communes de plus de 20 000 habitants',
      'Associer les jeunes à la définition des politiques régionales',
    ],
  ],
  [
    'Intégrité et redevabilité',
    [
      'Publier les déclarations d’intérêts des élus régionaux',
      'Mettre en place un référent déontologue indépendant',
      'Rendre compte chaque année de la mise en œuvre du plan',
    ],
  ],
];

function frNumberedBold(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.4; text-align: justify; hyphens: auto; }
h1 { font-size: 16pt; font-family: 'DejaVu Sans'; } h2 { font-size: 13pt; font-family: 'DejaVu Sans'; margin-top: 16pt; }
p.e { font-weight: bold; margin: 10pt 0 2pt; } p.j { margin: 1pt 0 1pt 14pt; }`;
  const commitments: Labelled[] = [];
  FR_AXES_B.forEach(([axe, items], a) =>
    items.forEach((t, i) =>
      commitments.push({
        label: `${a + 1}.${i + 1}`,
        title: t,
        theme: axe,
        marker: `${a + 1}.${i + 1}. ${t}`,
      }),
    ),
  );
  const html = (): string => {
    let body = `<h1>Plan d’action régional pour un gouvernement ouvert 2025-2027 – Région Bretagne</h1>
<p>Ce plan d’action comporte 9 engagements, répartis en trois axes. Il a été élaboré par un comité de pilotage réunissant élus, agents régionaux, associations et citoyens tirés au sort, dans le cadre du programme OGP Local du Partenariat pour un gouvernement ouvert.</p>
<h2>Introduction</h2>
<p>La Région s’est engagée dès 2021 dans une démarche de transparence et de participation. Notre premier plan d’action a permis des avancées importantes, mais l’évaluation indépendante a montré que les engagements devaient être plus précis et mieux suivis.</p>
<h2>Ce que nous avons appris</h2>
<p class="j">1. Les citoyens attendent des résultats visibles et rapides.</p>
<p class="j">2. Les engagements doivent être portés par une direction identifiée.</p>
<p class="j">3. Le suivi doit être public et régulier.</p>`;
    FR_AXES_B.forEach(([axe, items], a) => {
      body += `<h2>Axe ${a + 1}. ${esc(axe)}</h2>
<p>Les engagements de cet axe répondent aux attentes exprimées lors des ateliers territoriaux organisés dans les quatre départements de la région au printemps.</p>`;
      items.forEach((t, i) => {
        const n = `${a + 1}.${i + 1}`;
        body += `<p class="e">${n}. ${esc(t)}</p>
<p><i>Direction pilote :</i> Direction de la citoyenneté et de la transparence. <i>Calendrier :</i> janvier 2025 – juin 2027.</p>
<p>La Région s’engage à ${esc(t.charAt(0).toLowerCase() + t.slice(1))}, en concertation avec les associations partenaires, et à publier un bilan intermédiaire de cette action à mi-parcours. Les modalités de mise en œuvre seront définies avec les usagers.</p>
<p class="j">${n}.1. Définition des modalités avec les partenaires (juin 2025)</p>
<p class="j">${n}.2. Mise en œuvre et premier bilan (juin 2026)</p>`;
      });
    });
    body += `<h2>Gouvernance et suivi</h2><p>Le comité de pilotage se réunira deux fois par an. Un tableau de bord public présentera l’avancement de chacun des engagements.</p>`;
    return page('fr', 'Plan d’action régional pour un gouvernement ouvert', css, body);
  };
  return {
    name: 'fr-numbered-bold',
    kind: 'action-plan',
    family: 'bold-dotted',
    language: 'fr',
    format: 'pdf',
    note: 'An OGP Local plan: axes as sans headings "Axe N. …", engagements "N.M. Title" as bold paragraphs at the body size (no size difference), jalons "N.M.K." indented below in plain text; justified, hyphenated body; states "comporte 9 engagements"; numbered lessons.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish self-assessment: the commitments as rows of a matrix with their progress.

const ES_AUTO: Array<[string, string, string]> = [
  [
    'Portal de transparencia fiscal con datos del presupuesto municipal',
    'Secretaría de Hacienda',
    'Completo',
  ],
  ['Cabildos abiertos en todas las comunas', 'Secretaría de Participación', 'Sustancial'],
  ['Registro público de contratistas sancionados', 'Dirección de Compras', 'Limitado'],
  ['Datos abiertos de calidad del aire', 'Secretaría de Ambiente', 'Sustancial'],
  ['Seguimiento ciudadano de obras públicas', 'Secretaría de Obras', 'No iniciado'],
  ['Lenguaje claro en trámites municipales', 'Oficina de Modernización', 'Completo'],
];

function esAutoevaluacionMatriz(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; } h1 { font-size: 15pt; } h2 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; } th { background: #333; color: #fff; font-size: 9pt; }
td, th { border: 0.5pt solid #666; padding: 4pt; vertical-align: top; }`;
  const commitments: Labelled[] = ES_AUTO.map(([t, , s], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    reportedStatus: s,
    marker: t,
  }));
  const html = (): string => {
    let body = `<h1>Informe de autoevaluación de medio término – Plan de Acción Local de Gobierno Abierto 2024-2026</h1>
<p>Municipalidad de San Martín · Julio de 2025</p>
<h2>1. Introducción</h2>
<p>Este informe da cuenta del avance de los seis compromisos del plan de acción a mitad de su período de implementación, conforme a los lineamientos de OGP Local. El avance se califica como No iniciado, Limitado, Sustancial o Completo.</p>
<h2>2. Avance de los compromisos</h2>
<table><thead><tr><th>N°</th><th>Compromiso</th><th>Institución responsable</th><th>Avance</th><th>Observaciones</th></tr></thead><tbody>`;
    ES_AUTO.forEach(([t, lead, s], i) => {
      body += `<tr><td>${i + 1}</td><td>${esc(t)}</td><td>${esc(lead)}</td><td>${esc(s)}</td><td>Hitos 1 y 2 cumplidos; el hito 3 se reprogramó para 2026.</td></tr>`;
    });
    body += `</tbody></table>
<h2>3. Lecciones aprendidas</h2><ol><li>La coordinación entre secretarías requiere un responsable único.</li><li>Las organizaciones sociales deben participar en el seguimiento.</li></ol>
<h2>4. Próximos pasos</h2><ol><li>Publicar el informe final en 2026.</li><li>Iniciar la cocreación del segundo plan.</li></ol>`;
    return page('es', 'Informe de autoevaluación de medio término', css, body);
  };
  return {
    name: 'es-autoevaluacion-matriz',
    kind: 'self-assessment',
    family: 'self-assessment-matrix',
    language: 'es',
    format: 'pdf',
    note: 'A mid-term self-assessment of a local plan whose commitments are the rows of one table (N°, Compromiso, Institución responsable, Avance, Observaciones), the reported status in the "Avance" column; numbered lessons and next steps.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Brazilian Portuguese: each commitment a table opened by "Compromisso N" and its title in the next row.

const PT_BR: Array<[string, string]> = [
  ['Aprimoramento da transparência das emendas parlamentares', 'Controladoria-Geral da União'],
  ['Dados abertos sobre o sistema prisional', 'Ministério da Justiça e Segurança Pública'],
  [
    'Participação social no monitoramento de políticas climáticas',
    'Ministério do Meio Ambiente e Mudança do Clima',
  ],
  ['Governo aberto nos estados e municípios', 'Controladoria-Geral da União'],
  ['Transparência algorítmica no setor público', 'Ministério da Gestão e da Inovação em Serviços Públicos'],
];

function ptBrQuadro(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; }
h1 { font-size: 18pt; color: #0b5394; } h2 { font-size: 13pt; color: #0b5394; }
.toc { display: flex; white-space: nowrap; } .toc .t { flex: none; } .toc .d { flex: 1; overflow: hidden; } .toc .p { flex: none; padding-left: 3pt; }
table.q { border-collapse: collapse; width: 100%; page-break-before: always; } .q td { border: 0.5pt solid #444; padding: 3pt 5pt; vertical-align: top; }
.q tr.h td { background: #0b5394; color: #fff; font-weight: bold; text-align: center; } .q tr.t td { background: #cfe2f3; font-weight: bold; }
.q td.f { width: 28%; font-weight: bold; }`;
  const commitments: Labelled[] = PT_BR.map(([t], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: `Compromisso ${i + 1} ${t}`,
  }));
  const short = (t: string): string => t.split(' ').slice(0, 4).join(' ');
  const html = (pages: Map<string, number>): string => {
    let body = `<h1>6º Plano de Ação Nacional em Governo Aberto</h1><p>Controladoria-Geral da União · Brasília, 2025</p>
<h2>Sumário</h2>
<div class="toc"><span class="t">Apresentação</span><span class="d">${'.'.repeat(200)}</span><span class="p">2</span></div>`;
    PT_BR.forEach(([t], i) => {
      body += `<div class="toc"><span class="t">Compromisso ${i + 1} – ${esc(short(t))}</span><span class="d">${'.'.repeat(200)}</span><span class="p">${pages.get(`Compromisso ${i + 1} ${t}`) ?? 0}</span></div>`;
    });
    body += `<h2 style="page-break-before:always">Apresentação</h2>
<p>O Brasil é membro fundador da Parceria para Governo Aberto (OGP). Este 6º Plano de Ação Nacional foi construído de forma colaborativa, em oficinas de cocriação com órgãos de governo e organizações da sociedade civil, e apresenta 5 compromissos.</p>
<p>No 5º Plano, 12 compromissos foram executados. Entre os resultados alcançados estão:</p>
<p>1. A ampliação do portal de dados abertos.<br>2. A criação do painel de obras paralisadas.<br>3. A regulamentação da Lei de Acesso à Informação nos estados.</p>`;
    PT_BR.forEach(([t, lead], i) => {
      body += `<table class="q"><tr class="h"><td colspan="2">Compromisso ${i + 1}</td></tr>
<tr class="t"><td colspan="2">${esc(t)}</td></tr>
<tr><td class="f">Órgão coordenador</td><td>${esc(lead)}</td></tr>
<tr><td class="f">Atores envolvidos</td><td>Governo: Casa Civil; Sociedade civil: Transparência Brasil, Open Knowledge Brasil</td></tr>
<tr><td class="f">Qual o problema que o compromisso pretende resolver?</td><td>A informação existente é fragmentada e de difícil acesso para a sociedade.</td></tr>
<tr><td class="f">Descrição do compromisso</td><td>Disponibilizar informação completa e em formato aberto, com participação da sociedade no acompanhamento.</td></tr>
<tr><td class="f">Data de início</td><td>01/2025</td></tr><tr><td class="f">Data de término</td><td>06/2027</td></tr>
<tr><td colspan="2"><b>Marcos</b><br>1. Diagnóstico e oficina com a sociedade civil (06/2025)<br>2. Publicação da primeira versão (03/2026)<br>3. Avaliação e ajustes (06/2027)</td></tr></table>`;
    });
    return page('pt', '6º Plano de Ação Nacional em Governo Aberto', css, body);
  };
  return {
    name: 'pt-br-quadro',
    kind: 'action-plan',
    family: 'template-table-keyword',
    language: 'pt',
    format: 'pdf',
    note: 'Brazilian style: each commitment a table on its own page whose first row is "Compromisso N" alone (centred, bold, white on blue) and whose second row is the title; fields Órgão coordenador, Atores envolvidos, problem, description, Data de início / de término, Marcos numbered 1–3 in one cell; a sumário whose entries abridge the titles to four words; past results numbered.',
    html,
    commitments,
    toc: [],
  };
}

// ---------------------------------------------------------------------------------------------------------
// English web page: commitments in disclosure widgets, numbered "1." with the count stated in words.

const EN_WEB: Array<[string, string]> = [
  ['Open Data', 'Publish high-value datasets on transport, health and education'],
  ['Open Data', 'Create a data request service for citizens and businesses'],
  ['Fiscal Openness', 'Publish in-year budget execution reports every quarter'],
  ['Fiscal Openness', 'Involve citizens in the review of tax expenditures'],
  ['Public Service Delivery', 'Introduce a single complaints system for public services'],
  ['Public Service Delivery', 'Publish service standards and performance for every agency'],
  ['Anti-Corruption', 'Establish a public register of lobbyists'],
  ['Anti-Corruption', 'Publish the asset declarations of senior public officials'],
];

function enWebDetails(): Doc {
  const commitments: Labelled[] = EN_WEB.map(([theme, t], i) => ({
    label: String(i + 1),
    title: t,
    theme,
    marker: t,
  }));
  const html = (): string => {
    let body = `<header><a href="/">Department of the Prime Minister</a> <nav><a href="/about">About</a> <a href="/news">News</a> <a href="/publications">Publications</a></nav></header>
<main><p><a href="/">Home</a> › <a href="/publications">Publications</a> › Open Government</p>
<h1>Open Government Partnership: National Action Plan 2025–2027</h1>
<p>Updated 4 February 2025</p>
<p>This National Action Plan includes eight commitments across four themes. It was developed with the Open Government Partnership Forum, a group of government and civil society members.</p>
<h2>Contents</h2><ul><li><a href="#intro">Introduction</a></li><li><a href="#commitments">Our commitments</a></li><li><a href="#monitoring">Monitoring</a></li></ul>
<h2 id="intro">Introduction</h2><p>Since joining OGP in 2014 we have completed three action plans with a total of 29 commitments.</p>
<h2 id="commitments">Our commitments</h2>`;
    let theme = '';
    EN_WEB.forEach(([th, t], i) => {
      if (th !== theme) {
        body += `<h3>${esc(th)}</h3>`;
        theme = th;
      }
      body += `<details open><summary>${i + 1}. ${esc(t)}</summary>
<p><strong>Lead agency:</strong> Department of Internal Affairs</p>
<p><strong>Timeframe:</strong> July 2025 – June 2027</p>
<p><strong>What we will do:</strong> We will ${esc(t.charAt(0).toLowerCase() + t.slice(1))}, working with the Forum on the detail.</p>
<p><strong>Milestones:</strong></p><ol><li>Engage with stakeholders (by December 2025)</li><li>Deliver the first stage (by December 2026)</li></ol></details>`;
    });
    body += `<h2 id="monitoring">Monitoring</h2><p>Progress will be reported every six months. The Independent Reporting Mechanism will assess the plan.</p>
<h2>Related content</h2><ul><li><a href="/ogp/nap3.pdf">Third National Action Plan (PDF, 1.2 MB)</a></li><li><a href="/ogp/self-assessment.pdf">End-of-term self-assessment report</a></li></ul></main>
<footer>Crown copyright · Privacy · Accessibility</footer>`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Open Government Partnership: National Action Plan 2025–2027 | Department of the Prime Minister</title></head><body>${body}</body></html>`;
  };
  return {
    name: 'en-web-details',
    kind: 'action-plan',
    family: 'web-numbered',
    language: 'en',
    format: 'html',
    note: 'A government web page publishing the plan: breadcrumbs, contents links, themes as h3, commitments as <details> whose <summary> reads "N. Title" (numbered across themes), fields as bold run-ins, milestones as <ol>; count stated in words ("eight commitments"); related links.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Traps: a Spanish news item printed to PDF, a French civil-society blog post reviewing a plan.

function esNoticia(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 11pt; line-height: 1.5; } h1 { font-family: 'DejaVu Sans'; font-size: 22pt; }`;
  const html = (): string =>
    page(
      'es',
      'El Gobierno presenta su V Plan de Acción de Gobierno Abierto',
      css,
      `<p>POLÍTICA · Madrid, 12 de marzo de 2025</p>
<h1>El Gobierno presenta su V Plan de Acción de Gobierno Abierto con diez compromisos</h1>
<p><b>La ministra destacó que el plan incluye por primera vez un registro obligatorio de grupos de interés.</b></p>
<p>El Consejo de Ministros aprobó este martes el V Plan de Acción de Gobierno Abierto 2025-2029, que recoge diez compromisos elaborados junto a organizaciones de la sociedad civil. “Es el plan más ambicioso hasta la fecha”, afirmó la ministra en rueda de prensa.</p>
<p>Entre las principales medidas figuran:</p>
<ol><li>Un registro de grupos de interés obligatorio.</li><li>La reforma de la Ley de Transparencia.</li><li>Un sistema de alertas contra la corrupción.</li></ol>
<p>El compromiso 4, dedicado a la participación ciudadana, prevé crear un foro permanente. Las organizaciones consultadas por este diario valoraron el plan, aunque pidieron plazos más concretos.</p>
<p>Más información: Ministerio para la Transformación Digital y de la Función Pública.</p>
<p>Noticias relacionadas · Comentarios (12) · Compartir</p>`,
    );
  return {
    name: 'es-noticia',
    kind: 'other',
    family: 'trap-news',
    language: 'es',
    format: 'pdf',
    note: 'A newspaper item about a plan, printed to PDF: names the plan and its count, quotes the minister, lists three measures numbered, mentions "El compromiso 4" (expected `other`).',
    html,
    commitments: [],
  };
}

function frBlog(): Doc {
  const html =
    (): string => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Plan d’action national : notre analyse des engagements – Observatoire citoyen</title></head><body>
<nav><a href="/">Accueil</a> · <a href="/blog">Blog</a> · <a href="/adherer">Adhérer</a></nav>
<main><article><h1>Plan d’action national pour un gouvernement ouvert : notre analyse des engagements</h1>
<p>Billet publié le 3 avril 2025 par l’équipe de l’Observatoire citoyen · 6 min de lecture</p>
<p>Le gouvernement a publié la semaine dernière son nouveau plan d’action national, qui compte 14 engagements. Nous avons lu chacun d’eux : voici ce que nous en pensons.</p>
<h2>Ce qui va dans le bon sens</h2>
<p>L’engagement 3 sur l’ouverture des données de la commande publique reprend une demande ancienne de la société civile. L’engagement 7, qui crée un registre des algorithmes publics, est une première.</p>
<h2>Ce qui manque</h2>
<ol><li>Aucun engagement ne porte sur la protection des lanceurs d’alerte.</li><li>Les calendriers restent flous.</li><li>Les moyens alloués ne sont pas précisés.</li></ol>
<h2>Nos recommandations</h2>
<ol><li>Fixer des jalons datés pour chaque engagement.</li><li>Associer la société civile au suivi.</li></ol>
<p>Vous pouvez réagir à ce billet dans les commentaires ci-dessous ou nous écrire.</p></article>
<section><h2>Commentaires (4)</h2><p>Marie, le 4 avril : merci pour cette analyse très claire !</p></section></main>
<footer>Observatoire citoyen · Association loi 1901</footer></body></html>`;
  return {
    name: 'fr-blog',
    kind: 'other',
    family: 'trap-blog',
    language: 'fr',
    format: 'html',
    note: 'A civil-society blog post reviewing a plan: counts its engagements, cites "L’engagement 3" and "L’engagement 7", numbered gaps and recommendations, comments (expected `other`).',
    html,
    commitments: [],
  };
}

export const DOCS_B: Doc[] = [
  enTwoColumnTemplate(),
  frNumberedBold(),
  esAutoevaluacionMatriz(),
  ptBrQuadro(),
  enWebDetails(),
  esNoticia(),
  frBlog(),
];
