/**
 * The seventh batch of the second blind set: commitments numbered again from 1 under each lettered theme,
 * a landscape matrix whose commitment cells span their milestone rows over page breaks, a Latin-American
 * plan whose co-creation process and working groups are numbered before the commitments' template sheets, a
 * French-speaking African plan with commitments in capitals after numbered lessons learned, and a Portuguese
 * plan with "Compromisso n.º N — Title". Written and labelled after the finder had been fixed against the
 * first six batches, run through it only once labelled.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string, size = 'A4'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: ${size}; margin: 20mm; } ${css}</style></head><body>${body}</body></html>`;
}

// ---------------------------------------------------------------------------------------------------------
// English: themes lettered A–C, the commitments numbered again from 1 under each theme ("Commitment 1" twice
// or three times in the document); labelled by theme letter and number ("B.2").

const EN_RESTART: Array<{ letter: string; theme: string; items: Array<[string, string]> }> = [
  {
    letter: 'A',
    theme: 'Fiscal Openness',
    items: [
      ['Publish quarterly reports on the execution of county budgets', 'Controller of Budget'],
      ['Citizen participation in the preparation of the national budget', 'National Treasury'],
    ],
  },
  {
    letter: 'B',
    theme: 'Public Service Delivery',
    items: [
      ['Open data on the performance of public hospitals', 'Ministry of Health'],
      ['A feedback system for users of public services', 'Public Service Commission'],
      ['Transparency in the allocation of school bursaries', 'Ministry of Education'],
    ],
  },
  {
    letter: 'C',
    theme: 'Natural Resources and Extractives',
    items: [
      ['Disclosure of the beneficial owners of mining licences', 'Ministry of Mining'],
      ['Publish the contracts for oil and gas exploration', 'Ministry of Energy and Petroleum'],
    ],
  },
];

function enThemesRestart(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; color: #1b4f72; margin-top: 18pt; border-bottom: 1pt solid #1b4f72; }
h3 { font-size: 11.5pt; margin-top: 14pt; } .brk { page-break-before: always; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; } td, th { border: 0.5pt solid #777; padding: 3pt; vertical-align: top; }
th { background: #e8eef4; text-align: left; width: 32%; }`;
  const commitments: Labelled[] = [];
  for (const t of EN_RESTART)
    t.items.forEach(([title], i) =>
      commitments.push({
        label: `${t.letter}.${i + 1}`,
        title,
        theme: t.theme,
        marker: `Commitment ${i + 1}: ${title} Lead implementing agency`,
      }),
    );
  const html = (): string => {
    let body = `<h1>Fifth Open Government Partnership National Action Plan 2025–2027</h1>
<p>This plan contains seven commitments grouped under three themes. The themes were agreed by the Steering Committee after county forums held in all regions.</p>
<h3>Lessons from the fourth plan</h3>
<ol><li>Commitments with a single lead agency were completed more often than shared ones.</li><li>Milestones need dates and verifiable outputs.</li><li>Civil society partners need resources to take part in monitoring.</li></ol>`;
    EN_RESTART.forEach((t, ti) => {
      body += `<h2${ti === 0 ? ' class="brk"' : ''}>Theme ${t.letter}: ${esc(t.theme)}</h2>
<p>The commitments under this theme respond to the priorities raised in the county forums on ${esc(t.theme.toLowerCase())}.</p>`;
      t.items.forEach(([title, lead], i) => {
        body += `<h3>Commitment ${i + 1}: ${esc(title)}</h3>
<table><tr><th>Lead implementing agency</th><td>${esc(lead)}</td></tr>
<tr><th>Other actors involved</th><td>Office of the Auditor General; Open Governance Network</td></tr>
<tr><th>Problem to be addressed</th><td>Information on this subject is scattered, late and hard to use for citizens and oversight bodies.</td></tr>
<tr><th>Main objective</th><td>Make the information public, timely and reusable, and give citizens a way to act on it.</td></tr>
<tr><th>OGP values</th><td>Transparency; Accountability</td></tr>
<tr><th>Start and end date</th><td>July 2025 – June 2027</td></tr>
<tr><th>Milestones</th><td>1. Baseline study (December 2025)<br>2. Publication on the open data portal (June 2026)<br>3. Review with civil society (June 2027)</td></tr></table>`;
      });
    });
    return page('en', 'Fifth OGP National Action Plan 2025–2027', css, body);
  };
  return {
    name: 'en-themes-restart',
    kind: 'action-plan',
    family: 'themes-restart',
    language: 'en',
    format: 'pdf',
    note: 'Themes "Theme A: …" to "Theme C: …" (h2), the commitments "Commitment N: Title" (h3) numbered again from 1 under each theme, labelled by theme letter and number ("B.2"); a template table after each (milestones numbered 1–3); numbered lessons before; "seven commitments".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// English, landscape: one matrix, the number and the commitment in cells spanning their milestone rows,
// the rows running over page breaks.

const EN_MATRIX: Array<[string, string, string[]]> = [
  [
    'Establish a public register of beneficial owners of companies',
    'Registrar of Companies',
    [
      'Amend the Companies Act to require disclosure of beneficial owners',
      'Build the register and its public search interface',
      'Train company secretaries and registry staff',
      'Publish the register as open data in the BODS format',
      'Verify a sample of declarations against tax records',
    ],
  ],
  [
    'Open data on the award and execution of public works contracts',
    'Public Procurement Regulatory Authority',
    [
      'Adopt the Open Contracting Data Standard for public works',
      'Publish award data for all contracts above the threshold',
      'Publish execution data: variations, payments, completion',
      'Hold quarterly reviews with the construction sector and civil society',
    ],
  ],
  [
    'Participatory monitoring of the Constituency Development Fund',
    'Constituency Development Fund Board',
    [
      'Publish project lists and budgets for every constituency',
      'Train community monitors in twenty constituencies',
      'Create an online channel for complaints with public responses',
      'Publish an annual report on the complaints received and resolved',
      'Extend the programme to all constituencies',
    ],
  ],
  [
    'Access to information requests tracked through a single portal',
    'Commission on Administrative Justice',
    [
      'Develop the portal with the ministries that receive most requests',
      'Connect all ministries and state departments to the portal',
      'Publish statistics on requests and response times every quarter',
    ],
  ],
  [
    'Transparency of public debt contracts',
    'National Treasury',
    [
      'Publish all loan agreements signed since 2020',
      'Publish a quarterly debt bulletin with creditor, terms and use of funds',
      'Present the debt management strategy in public hearings',
      'Publish the reports of the Auditor General on public debt',
    ],
  ],
];

function enMatrixRowspan(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 9pt; line-height: 1.3; } h1 { font-size: 15pt; }
table { border-collapse: collapse; width: 100%; } td, th { border: 0.5pt solid #555; padding: 4pt; vertical-align: top; }
thead th { background: #d9e2ec; text-align: center; } td.c { font-weight: bold; width: 26%; } td.n { text-align: center; width: 5%; }
thead { display: table-header-group; }`;
  const commitments: Labelled[] = EN_MATRIX.map(([t], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: t,
  }));
  const html = (): string => {
    let rows = '';
    EN_MATRIX.forEach(([t, lead, ms], i) => {
      ms.forEach((m, k) => {
        rows += '<tr>';
        if (k === 0)
          rows += `<td class="n" rowspan="${ms.length}">${i + 1}</td><td class="c" rowspan="${ms.length}">${esc(t)}</td>`;
        rows += `<td>${i + 1}.${k + 1}</td><td>${esc(m)}</td><td>${esc(lead)}</td><td>${2025 + Math.floor(k / 2)}</td><td>${2026 + Math.floor(k / 3)}</td></tr>`;
      });
    });
    const body = `<h1>National Action Plan 2025–2027: Implementation Matrix</h1>
<p>The matrix below sets out the five commitments of the plan, their milestones, the institutions responsible and the expected start and end of each milestone. It was validated by the National Steering Committee on 12 May 2025.</p>
<p>Each commitment is led by one institution, which reports on its milestones; the dates are the quarters in which a milestone is expected to start and to be completed. Where a milestone depends on legislation, its dates assume that Parliament adopts the bill in the session in which it is tabled.</p>
<table><thead><tr><th>No.</th><th>Commitment</th><th>No.</th><th>Milestone</th><th>Responsible institution</th><th>Start</th><th>End</th></tr></thead>
<tbody>${rows}</tbody></table>
<p>Progress on each milestone will be reported to the Steering Committee every six months and published on the national open government website.</p>`;
    return page('en', 'National Action Plan 2025–2027: Implementation Matrix', css, body, 'A4 landscape');
  };
  return {
    name: 'en-matrix-rowspan',
    kind: 'action-plan',
    family: 'matrix-rowspan',
    language: 'en',
    format: 'pdf',
    note: 'Landscape A4: one matrix whose number and commitment cells span their milestone rows (rowspan), the rows running over page breaks with the header repeated; milestones numbered N.K in a column of their own.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish (Latin America): a numbered co-creation process and numbered "mesas de trabajo" first, then
// "Eje temático N" and "Compromiso N. Title" each followed by its "Ficha de compromiso".

const ES_EJES: Array<{ eje: string; items: Array<[string, string]> }> = [
  {
    eje: 'Transparencia y acceso a la información',
    items: [
      ['Portal único de transparencia municipal', 'Ministerio de Gobierno y Descentralización'],
      [
        'Publicación proactiva de las declaraciones juradas de patrimonio',
        'Contraloría General de la República',
      ],
    ],
  },
  {
    eje: 'Participación ciudadana',
    items: [
      ['Presupuestos participativos en los gobiernos regionales', 'Ministerio de Economía y Finanzas'],
      ['Consejos consultivos de juventudes para la política ambiental', 'Ministerio del Ambiente'],
    ],
  },
  {
    eje: 'Integridad pública',
    items: [['Registro público de visitas y reuniones de autoridades', 'Secretaría de Integridad Pública']],
  },
];

function esEjeMesas(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; }
h1 { font-family: 'Liberation Sans'; font-size: 18pt; } h2 { font-family: 'Liberation Sans'; font-size: 14pt; margin-top: 18pt; }
h3 { font-family: 'Liberation Sans'; font-size: 12pt; } .brk { page-break-before: always; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 6pt 0 12pt; } td, th { border: 0.5pt solid #444; padding: 3pt; vertical-align: top; }
td.k { font-weight: bold; width: 30%; background: #eee; } caption { font-weight: bold; text-align: left; padding: 3pt 0; }`;
  const commitments: Labelled[] = [];
  let n = 0;
  for (const e of ES_EJES)
    for (const [t] of e.items) {
      n++;
      commitments.push({ label: String(n), title: t, theme: e.eje, marker: `Compromiso ${n}. ${t}` });
    }
  const html = (): string => {
    let body = `<h1>V Plan de Acción de Gobierno Abierto 2025-2027</h1>
<h2>1. Presentación</h2><p>El presente plan reúne cinco compromisos construidos con la sociedad civil, la academia y el sector privado, y organizados en tres ejes temáticos.</p>
<h2>2. Proceso de cocreación</h2>
<p>El proceso se desarrolló en cuatro etapas entre febrero y julio de 2025:</p>
<h3>2.1. Convocatoria y sensibilización</h3><p>Se difundió la convocatoria en medios regionales y en el portal de gobierno abierto, con 1.200 personas inscritas.</p>
<h3>2.2. Recepción de propuestas</h3><p>Se recibieron 214 propuestas ciudadanas a través de la plataforma digital.</p>
<h3>2.3. Mesas de trabajo</h3><p>Las propuestas se discutieron en cinco mesas de trabajo temáticas:</p>
<p><b>Mesa de trabajo 1. Acceso a la información pública</b> — 38 participantes, tres sesiones.</p>
<p><b>Mesa de trabajo 2. Participación y juventudes</b> — 41 participantes, tres sesiones.</p>
<p><b>Mesa de trabajo 3. Integridad y lucha contra la corrupción</b> — 29 participantes, dos sesiones.</p>
<p><b>Mesa de trabajo 4. Medio ambiente</b> — 33 participantes, dos sesiones.</p>
<p><b>Mesa de trabajo 5. Gobiernos regionales</b> — 25 participantes, dos sesiones.</p>
<h3>2.4. Validación</h3><p>La Comisión Multiactor validó los compromisos el 30 de julio de 2025.</p>
<h2>3. Compromisos</h2>`;
    let k = 0;
    ES_EJES.forEach((e, ei) => {
      body += `<h2 class="brk">Eje temático ${ei + 1}: ${esc(e.eje)}</h2>`;
      for (const [t, inst] of e.items) {
        k++;
        body += `<h3>Compromiso ${k}. ${esc(t)}</h3>
<table><caption>Ficha de compromiso</caption>
<tr><td class="k">Institución responsable</td><td>${esc(inst)}</td></tr>
<tr><td class="k">Otros actores involucrados</td><td>Red Ciudadana de Gobierno Abierto; universidades públicas</td></tr>
<tr><td class="k">Fecha de inicio y término</td><td>Septiembre de 2025 – Junio de 2027</td></tr>
<tr><td class="k">Problemática</td><td>La información existe pero está dispersa y no se publica en formatos abiertos, lo que impide su control ciudadano.</td></tr>
<tr><td class="k">Objetivo</td><td>Poner la información a disposición de la ciudadanía de forma oportuna, completa y reutilizable.</td></tr>
<tr><td class="k">Valores de gobierno abierto</td><td>Transparencia, rendición de cuentas</td></tr>
<tr><td class="k">Hitos verificables</td><td>1. Diagnóstico publicado (diciembre de 2025)<br>2. Herramienta en funcionamiento (octubre de 2026)<br>3. Informe de evaluación con la sociedad civil (junio de 2027)</td></tr></table>`;
      }
    });
    body += `<h2>4. Seguimiento</h2><p>La Comisión Multiactor se reunirá cada trimestre para revisar el avance de los hitos.</p>`;
    return page('es', 'V Plan de Acción de Gobierno Abierto 2025-2027', css, body);
  };
  return {
    name: 'es-eje-mesas',
    kind: 'action-plan',
    family: 'ficha-eje-tematico',
    language: 'es',
    format: 'pdf',
    note: 'Numbered sections "1." to "4." and a numbered co-creation process "2.1." to "2.4."; five bold "Mesa de trabajo N. …" lines (trap); "Eje temático N: …" headings and "Compromiso N. Title" numbered across ejes, each followed by a "Ficha de compromiso" table (Institución responsable, Fecha de inicio y término, Hitos verificables numbered 1–3); "cinco compromisos".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// French (West Africa): "ENGAGEMENT N : TITLE IN CAPITALS" after a numbered list of lessons learned.

const FR_MAJ: Array<[string, string]> = [
  [
    'RENFORCER LA TRANSPARENCE DANS LA GESTION DES RESSOURCES MINIÈRES',
    'Ministère des Mines et de la Géologie',
  ],
  [
    'PUBLIER LES BUDGETS DES COLLECTIVITÉS TERRITORIALES',
    'Direction Générale des Collectivités Territoriales',
  ],
  [
    'INSTITUTIONNALISER LA REDDITION DES COMPTES DES ÉLUS LOCAUX DEVANT LES CITOYENS',
    'Ministère de la Décentralisation',
  ],
  ['AMÉLIORER L’ACCÈS DES CITOYENS À L’INFORMATION PUBLIQUE', 'Commission d’Accès à l’Information'],
];

function frMajuscules(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.4; } h1 { font-family: 'DejaVu Sans'; font-size: 17pt; text-align: center; }
h2 { font-family: 'DejaVu Sans'; font-size: 13pt; margin-top: 16pt; } h3 { font-family: 'DejaVu Sans'; font-size: 11pt; color: #7b241c; margin-top: 16pt; }
.brk { page-break-before: always; } table { border-collapse: collapse; width: 100%; font-size: 9.5pt; } td { border: 0.5pt solid #555; padding: 3pt; vertical-align: top; }
td.k { width: 34%; font-weight: bold; }`;
  const commitments: Labelled[] = FR_MAJ.map(([t], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: `ENGAGEMENT ${i + 1} : ${t}`,
  }));
  const html = (): string => {
    let body = `<h1>DEUXIÈME PLAN D’ACTION NATIONAL DU PARTENARIAT POUR UN GOUVERNEMENT OUVERT 2025-2027</h1>
<h2>Mot du Ministre</h2><p>Le Gouvernement réaffirme son attachement aux principes de transparence, de participation citoyenne et de redevabilité.</p>
<h2>Bilan du premier plan d’action</h2><p>Le premier plan comptait six engagements, dont quatre ont été réalisés en tout ou en partie.</p>
<h2>Leçons apprises</h2>
<p>1. L’implication des organisations de la société civile dès la conception des engagements en facilite la mise en œuvre.</p>
<p>2. Les engagements doivent disposer d’un budget identifié dans la loi de finances.</p>
<p>3. Un point focal désigné dans chaque ministère améliore le suivi des jalons.</p>
<p>4. Les populations rurales doivent être associées par des consultations en langues nationales.</p>
<h2>Processus d’élaboration</h2><p>Le Comité national de pilotage a organisé huit ateliers régionaux et une consultation en ligne. Le présent plan comporte quatre engagements.</p>`;
    FR_MAJ.forEach(([t, inst], i) => {
      body += `<h3${i === 0 ? ' class="brk"' : ''}>ENGAGEMENT ${i + 1} : ${esc(t)}</h3>
<table><tr><td class="k">Date de début et de fin</td><td>Juillet 2025 – Juin 2027</td></tr>
<tr><td class="k">Institution de mise en œuvre principale</td><td>${esc(inst)}</td></tr>
<tr><td class="k">Autres acteurs impliqués</td><td>Cour des comptes ; Forum civil ; Réseau des journalistes pour la bonne gouvernance</td></tr>
<tr><td class="k">Description de l’engagement</td><td>Quel est le problème public que l’engagement vise à résoudre ? L’information existe mais n’est pas publiée ni accessible aux citoyens. Comment l’engagement contribuera-t-il à résoudre le problème ? En rendant publiques des informations fiables et régulières.</td></tr>
<tr><td class="k">Valeurs du PGO</td><td>Transparence, redevabilité</td></tr>
<tr><td class="k">Jalons</td><td>1. Adoption du texte réglementaire (décembre 2025)<br>2. Mise en ligne des premières données (juin 2026)<br>3. Évaluation participative (juin 2027)</td></tr></table>`;
    });
    return page('fr', 'Deuxième plan d’action national PGO 2025-2027', css, body);
  };
  return {
    name: 'fr-engagement-majuscules',
    kind: 'action-plan',
    family: 'keyword-capitals',
    language: 'fr',
    format: 'pdf',
    note: 'A West-African plan: "ENGAGEMENT N : TITLE IN CAPITALS" (h3) each followed by the OGP template table ("Institution de mise en œuvre principale", "Date de début et de fin", jalons numbered 1–3); a numbered "Leçons apprises" list before (trap); "comporte quatre engagements".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese (Portugal): "Compromisso n.º N — Title" headings with field lines.

const PT_NO: Array<[string, string]> = [
  ['Dados abertos sobre a execução dos fundos europeus', 'Agência para o Desenvolvimento e Coesão'],
  [
    'Transparência na contratação pública das autarquias',
    'Instituto dos Mercados Públicos, do Imobiliário e da Construção',
  ],
  [
    'Participação dos cidadãos na avaliação dos serviços públicos digitais',
    'Agência para a Modernização Administrativa',
  ],
  ['Registo público de representação de interesses', 'Assembleia da República'],
  [
    'Publicação das declarações de rendimentos dos titulares de cargos políticos',
    'Entidade para a Transparência',
  ],
];

function ptCompromissoNo(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.45; } h1 { font-size: 18pt; color: #0b5345; }
h2 { font-size: 13pt; color: #0b5345; margin-top: 20pt; } .brk { page-break-before: always; } p.f { margin: 2pt 0; } p.f b { display: inline-block; width: 45mm; }`;
  const commitments: Labelled[] = PT_NO.map(([t], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: `Compromisso n.º ${i + 1} — ${t}`,
  }));
  const html = (): string => {
    let body = `<h1>III Plano de Ação Nacional para a Administração Aberta 2025-2027</h1>
<p>O presente plano foi elaborado pela Rede Nacional de Administração Aberta, após consulta pública realizada entre março e maio de 2025, e integra cinco compromissos.</p>
<h2>Enquadramento</h2><p>Os compromissos dão continuidade ao trabalho desenvolvido nos planos anteriores, em particular nas áreas da transparência, da participação e da integridade.</p>
<h2>Metodologia</h2><ol><li>Levantamento de propostas junto da administração pública.</li><li>Consulta pública no portal Participa.gov.</li><li>Sessões de cocriação com a sociedade civil.</li><li>Aprovação pela Rede Nacional.</li></ol>`;
    PT_NO.forEach(([t, ent], i) => {
      body += `<h2 class="brk">Compromisso n.º ${i + 1} — ${esc(t)}</h2>
<p class="f"><b>Entidade responsável:</b> ${esc(ent)}</p>
<p class="f"><b>Entidades parceiras:</b> Transparência e Integridade; Universidade de Lisboa</p>
<p class="f"><b>Data de início:</b> setembro de 2025</p>
<p class="f"><b>Data de conclusão:</b> junho de 2027</p>
<p><b>Descrição do problema</b></p><p>A informação relevante está dispersa por várias entidades e não é publicada em formato aberto, o que dificulta o escrutínio pelos cidadãos e pelos meios de comunicação social.</p>
<p><b>Descrição do compromisso</b></p><p>Publicar a informação de forma regular, completa e reutilizável, e criar mecanismos de acompanhamento pela sociedade civil.</p>
<p><b>Marcos</b></p><p>1. Diagnóstico (dezembro de 2025)</p><p>2. Publicação da primeira versão (junho de 2026)</p><p>3. Avaliação e relatório final (junho de 2027)</p>`;
    });
    return page('pt', 'III Plano de Ação Nacional para a Administração Aberta', css, body);
  };
  return {
    name: 'pt-compromisso-no',
    kind: 'action-plan',
    family: 'keyword-ordinal',
    language: 'pt',
    format: 'pdf',
    note: 'A Portuguese plan: "Compromisso n.º N — Title" headings, one a page, with field lines (Entidade responsável, Entidades parceiras, Data de início, Data de conclusão) and marcos numbered 1–3 as paragraphs; a numbered methodology list; "integra cinco compromissos".',
    html,
    commitments,
  };
}

export const DOCS_G: Doc[] = [
  enThemesRestart(),
  enMatrixRowspan(),
  esEjeMesas(),
  frMajuscules(),
  ptCompromissoNo(),
];
