/**
 * The ninth batch of the second blind set: a long English plan whose commitments "Commitment N.M" sit in
 * thematic chapters with milestone tables numbered "N.M.K" and a monitoring chapter that repeats every title
 * in a table; a Spanish local plan whose commitments open with a coloured banner cell "Compromiso N | Title"
 * over a two-column field table; a Portuguese plan of "Ficha N" whose titles are printed only as the value
 * of "Título do compromisso:"; a French plan whose "Engagement n°N" and title are separate lines at different
 * sizes, with a glossary and a list of acronyms; an English end-of-term self-assessment with a table per
 * commitment ("Level of completion", "Did it open government?"); and a Portuguese news page on a plan's
 * launch that quotes three commitment titles (a trap). Written and labelled after the finder had been fixed
 * against the first eight batches, run through it only once labelled.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string, size = 'A4'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: ${size}; margin: 22mm 20mm; } ${css}</style></head><body>${body}</body></html>`;
}

function contentsLine(text: string, pageNo: number | undefined, indent: number): string {
  return `<div class="toc" style="padding-left:${indent}em"><span class="t">${esc(text)}</span><span class="d"> ${'.'.repeat(160)}</span><span class="p">${pageNo ?? 0}</span></div>`;
}

const TOC_CSS = `.toc { display:flex; white-space:nowrap; margin:2pt 0; } .toc .t { flex:none; } .toc .d { flex:1; overflow:hidden; } .toc .p { flex:none; padding-left:4pt; }`;

// ---------------------------------------------------------------------------------------------------------
// English: a long plan. Foreword, context, co-creation; chapters "Chapter N: Theme" with "Commitment N.M
// Title" headings, a description, and a milestone table numbered "N.M.K"; a monitoring chapter whose table
// repeats every commitment's number and title; annexes (members of the forum, consultation figures).

interface EnC {
  title: string;
  lead: string;
  milestones: string[];
}

const EN_CHAPTERS: Array<{ theme: string; items: EnC[] }> = [
  {
    theme: 'Fiscal Openness',
    items: [
      {
        title: 'Publish in-year budget execution reports in open formats',
        lead: 'Treasury',
        milestones: [
          'Agree the data standard with line ministries',
          'Publish quarterly execution reports for all votes',
          'Run two training sessions for journalists and civil society',
        ],
      },
      {
        title: 'Introduce a citizens’ budget for the annual Finance Bill',
        lead: 'Treasury',
        milestones: ['Design the citizens’ budget with the Budget Forum', 'Publish it with the Finance Bill'],
      },
      {
        title: 'Open tax expenditure data to public scrutiny',
        lead: 'Revenue Authority',
        milestones: [
          'Publish the annual tax expenditure report',
          'Release the underlying data set',
          'Hold a public hearing in the Public Accounts Committee',
        ],
      },
    ],
  },
  {
    theme: 'Public Service Delivery',
    items: [
      {
        title: 'Establish a single feedback platform for public services',
        lead: 'Office of the Head of Public Service',
        milestones: [
          'Procure and configure the platform',
          'Connect ten service agencies',
          'Publish response times',
        ],
      },
      {
        title: 'Publish service charters with measurable standards',
        lead: 'Public Service Commission',
        milestones: ['Review existing charters', 'Publish revised charters for all ministries'],
      },
    ],
  },
  {
    theme: 'Access to Information and Civic Space',
    items: [
      {
        title: 'Operationalise the Access to Information Act in local authorities',
        lead: 'Information Commission',
        milestones: [
          'Designate information officers in every local authority',
          'Train information officers',
          'Publish annual compliance reports',
        ],
      },
      {
        title: 'Create a register of consultations on draft legislation',
        lead: 'Office of the Attorney General',
        milestones: ['Launch the online register', 'Publish responses to comments received'],
      },
      {
        title: 'Support community radio to report on local government',
        lead: 'Ministry of Information',
        milestones: ['Grant scheme for community radio', 'Annual forum of community broadcasters'],
      },
    ],
  },
];

const FILL_EN = [
  'Citizens told us during the consultations that public information exists but is hard to find, hard to understand and rarely timely. Civil society organisations pointed to the gap between the laws in force and the way they are applied in practice, especially outside the capital.',
  'The Government recognises that openness is not an end in itself: it matters because it improves services, helps to prevent corruption and gives people a say in the decisions that affect them. This plan therefore focuses on a small number of reforms with clear milestones and named institutions.',
  'Implementation will be coordinated by the Open Government Secretariat, which will meet the lead institutions every quarter and report to the Steering Committee. Each lead institution will nominate a focal point responsible for evidence of progress.',
];

function enChapters(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.5; }
h1 { font-family: 'Liberation Sans'; font-size: 24pt; color: #113d6b; } h2 { font-family: 'Liberation Sans'; font-size: 17pt; color: #113d6b; margin-top: 0; }
h3 { font-family: 'Liberation Sans'; font-size: 13pt; color: #1f6aa5; margin-top: 16pt; } .brk { page-break-before: always; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 6pt 0; } td, th { border: 0.5pt solid #6a7f94; padding: 3pt; vertical-align: top; }
th { background: #dfe8f1; text-align: left; } .cover { text-align: center; padding-top: 120pt; } .meta b { font-family: 'Liberation Sans'; } ${TOC_CSS}`;
  const commitments: Labelled[] = [];
  EN_CHAPTERS.forEach((ch, ci) =>
    ch.items.forEach((c, i) =>
      commitments.push({
        label: `${ci + 2}.${i + 1}`,
        title: c.title,
        theme: ch.theme,
        marker: `Commitment ${ci + 2}.${i + 1} ${c.title}`,
      }),
    ),
  );
  const K = {
    foreword: 'It gives me great pleasure',
    intro: 'This is the country’s third',
    cocreation: 'The plan was co-created',
    monitoring: 'The Open Government Secretariat will publish',
    annexA: 'The following organisations and institutions',
    annexB: 'Submissions received during',
  };
  const chapterKey = (ci: number, t: string): string => `Chapter ${ci + 2}: ${t}`;
  const toc = [...Object.values(K), ...EN_CHAPTERS.map((ch, ci) => chapterKey(ci, ch.theme))];
  const html = (pages: Map<string, number>): string => {
    let contents = contentsLine('Foreword', pages.get(K.foreword), 0);
    contents += contentsLine('Chapter 1: Introduction and Context', pages.get(K.intro), 0);
    contents += contentsLine('1.1 The Co-creation Process', pages.get(K.cocreation), 1.5);
    EN_CHAPTERS.forEach((ch, ci) => {
      contents += contentsLine(chapterKey(ci, ch.theme), pages.get(chapterKey(ci, ch.theme)), 0);
      ch.items.forEach((c, i) => {
        const l = commitments.find((x) => x.label === `${ci + 2}.${i + 1}`) as Labelled;
        contents += contentsLine(`Commitment ${ci + 2}.${i + 1} ${c.title}`, pages.get(l.marker), 1.5);
      });
    });
    contents += contentsLine('Chapter 5: Monitoring and Evaluation', pages.get(K.monitoring), 0);
    contents += contentsLine('Annex A: Members of the Open Government Forum', pages.get(K.annexA), 0);
    contents += contentsLine('Annex B: Summary of the Public Consultation', pages.get(K.annexB), 0);
    let body = `<div class="cover"><h1>Third Open Government Partnership National Action Plan</h1><p style="font-size:16pt">2025 – 2027</p><p>Office of the Head of Public Service</p></div>
<h2 class="brk">Table of Contents</h2>${contents}
<h2 class="brk">Foreword</h2>
<p>It gives me great pleasure to present the Third Open Government Partnership National Action Plan. Since joining the Partnership, our country has adopted an Access to Information Act, opened its budget to citizens and created spaces where government and civil society work side by side.</p>
${FILL_EN.map((f) => `<p>${f}</p>`).join('')}
<p>I thank the members of the Open Government Forum and every citizen who took part in the consultations.</p>
<p><i>Head of the Public Service and Secretary to the Cabinet</i></p>
<h2 class="brk">Chapter 1: Introduction and Context</h2>
<p>This is the country’s third national action plan. The first (2018–2020) had eight commitments and the second (2021–2023) eleven; the Independent Reporting Mechanism found that six of the second plan’s commitments achieved substantial or complete implementation.</p>
${FILL_EN.map((f) => `<p>${f}</p>`).join('')}
<h3>1.1 The Co-creation Process</h3>
<p>The plan was co-created by the Open Government Forum between February and October 2024. The process had four stages: a call for ideas (312 submissions), six regional dialogues, thematic working groups that drafted the commitments, and a public comment period of thirty days.</p>
${FILL_EN.map((f) => `<p>${f}</p>`).join('')}
<h3>1.2 Structure of the Plan</h3>
<p>The plan contains eight commitments grouped in three chapters. Each commitment states the problem it addresses, its lead institution and a table of milestones numbered after the commitment.</p>`;
    EN_CHAPTERS.forEach((ch, ci) => {
      body += `<h2 class="brk">${esc(chapterKey(ci, ch.theme))}</h2>
<p>${FILL_EN[ci % 3]}</p>`;
      ch.items.forEach((c, i) => {
        const n = `${ci + 2}.${i + 1}`;
        const rows = c.milestones
          .map(
            (m, k) =>
              `<tr><td>${n}.${k + 1}</td><td>${esc(m)}</td><td>${['June 2025', 'December 2025', 'June 2026', 'June 2027'][k]}</td><td>${esc(c.lead)}</td></tr>`,
          )
          .join('');
        body += `<h3${i > 0 ? ' class="brk"' : ''}>Commitment ${n} ${esc(c.title)}</h3>
<p class="meta"><b>Lead institution:</b> ${esc(c.lead)} &nbsp; <b>Duration:</b> January 2025 – August 2027</p>
<p><b>Problem addressed.</b> ${FILL_EN[(ci + i) % 3]}</p>
<p><b>Description of the commitment.</b> ${FILL_EN[(ci + i + 1) % 3]} ${FILL_EN[(ci + i + 2) % 3]}</p>
<p><b>Relevance to OGP values.</b> Transparency; civic participation; public accountability.</p>
<table><thead><tr><th>No.</th><th>Milestone</th><th>End date</th><th>Responsible</th></tr></thead><tbody>${rows}</tbody></table>`;
      });
    });
    const mrows = commitments
      .map(
        (c) =>
          `<tr><td>${c.label}</td><td>${esc(c.title)}</td><td>Quarterly</td><td>Open Government Secretariat</td></tr>`,
      )
      .join('');
    body += `<h2 class="brk">Chapter 5: Monitoring and Evaluation</h2>
<p>The Open Government Secretariat will publish a progress report on every commitment each quarter on the open government portal. The Steering Committee will review progress twice a year and the Independent Reporting Mechanism will assess the plan at the end of its term.</p>
<table><thead><tr><th>No.</th><th>Commitment</th><th>Reporting</th><th>Responsible for monitoring</th></tr></thead><tbody>${mrows}</tbody></table>
<h2 class="brk">Annex A: Members of the Open Government Forum</h2>
<p>The following organisations and institutions were members of the Forum during the co-creation of the plan.</p>
<ol><li>Office of the Head of Public Service (co-chair)</li><li>Civil Society Coalition for Open Government (co-chair)</li><li>Treasury</li><li>Information Commission</li><li>Association of Local Authorities</li><li>Media Institute</li><li>Youth Parliament</li></ol>
<h2>Annex B: Summary of the Public Consultation</h2>
<p>Submissions received during the public comment period numbered 148: 61 on fiscal openness, 47 on service delivery and 40 on access to information. The Forum answered each in its consultation report.</p>`;
    return page('en', 'Third OGP National Action Plan 2025–2027', css, body);
  };
  return {
    name: 'en-chapters-milestones',
    kind: 'action-plan',
    family: 'chapters-milestones',
    language: 'en',
    format: 'pdf',
    note: 'A long English plan (cover, contents, foreword, context, co-creation): "Chapter N: Theme" chapters with "Commitment N.M Title" headings, each with lead/duration lines, problem and description paragraphs and a milestone table numbered "N.M.K"; a monitoring chapter whose table repeats every commitment\'s number and title; annexes with a numbered list of members; "The plan contains eight commitments".',
    html,
    commitments,
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish: a local (subnational) plan. Each commitment opens with a coloured banner table cell
// "Compromiso N | Title"; its fields are a two-column table (field name, value).

const ES_LOCAL: Array<[string, string]> = [
  ['Presupuesto participativo digital en los barrios', 'Secretaría de Hacienda Municipal'],
  ['Datos abiertos de movilidad y transporte público', 'Secretaría de Movilidad'],
  ['Contrataciones abiertas en obra pública municipal', 'Dirección de Compras y Contrataciones'],
  ['Consejo ciudadano de seguimiento ambiental', 'Secretaría de Ambiente'],
  ['Agenda pública de funcionarios y registro de audiencias', 'Secretaría General de Gobierno'],
];

function esLocalBanner(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.45; }
h1 { font-size: 20pt; color: #8a1c48; } h2 { font-size: 14pt; color: #8a1c48; margin-top: 16pt; } .brk { page-break-before: always; }
table.banner { width: 100%; border-collapse: collapse; margin-top: 14pt; } table.banner td { background: #8a1c48; color: #fff; font-weight: bold; font-size: 12pt; padding: 6pt; }
table.ficha { width: 100%; border-collapse: collapse; font-size: 9.5pt; } table.ficha td { border: 0.5pt solid #b58; padding: 4pt; vertical-align: top; } table.ficha td.k { width: 32%; background: #f6e6ee; font-weight: bold; }`;
  const commitments: Labelled[] = ES_LOCAL.map(([t], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: `Compromiso ${i + 1} | ${t}`,
  }));
  const html = (): string => {
    let body = `<p>Municipalidad de San Isidro del Valle · Programa Local de la Alianza para el Gobierno Abierto</p>
<h1>Primer Plan de Acción Local de Gobierno Abierto 2025–2026</h1>
<h2>Presentación</h2>
<p>Con este plan, San Isidro del Valle se suma a los gobiernos locales que forman parte de la Alianza para el Gobierno Abierto. El plan fue construido junto con vecinas, vecinos y organizaciones de la sociedad civil durante cuatro meses de trabajo en los barrios.</p>
<p>Nuestra ciudad tiene una tradición de participación vecinal que queremos fortalecer con información pública de calidad, procesos de decisión abiertos y rendición de cuentas periódica.</p>
<h2>Contexto local</h2>
<p>La ciudad cuenta con 240.000 habitantes distribuidos en 18 barrios. En 2023 se aprobó la ordenanza de acceso a la información pública y se creó la Dirección de Gobierno Abierto, responsable de coordinar este plan.</p>
<p>Los diagnósticos participativos mostraron que la ciudadanía pide conocer en qué se gasta el presupuesto, cómo se adjudican las obras y con quién se reúnen las autoridades.</p>
<h2>Proceso de cocreación</h2>
<p>El Foro Multiactor Local, integrado por seis representantes del municipio y seis de la sociedad civil, organizó 12 mesas barriales, una consulta en línea con 1.430 participaciones y dos jornadas de priorización. De 96 propuestas recibidas surgieron los cinco compromisos de este plan.</p>
<h2 class="brk">Compromisos</h2>
<p>Cada compromiso se presenta con su ficha: responsables, problema, solución propuesta, hitos y fechas.</p>`;
    ES_LOCAL.forEach(([t, resp], i) => {
      body += `<table class="banner"${i > 0 ? ' style="page-break-before: always"' : ''}><tr><td>Compromiso ${i + 1} | ${esc(t)}</td></tr></table>
<table class="ficha">
<tr><td class="k">Dependencia responsable</td><td>${esc(resp)}</td></tr>
<tr><td class="k">Actores de la sociedad civil</td><td>Red Vecinal de Transparencia; Universidad Regional del Valle</td></tr>
<tr><td class="k">Fecha de inicio y término</td><td>Marzo de 2025 – diciembre de 2026</td></tr>
<tr><td class="k">Problema público</td><td>La información está dispersa en distintas dependencias, no se publica en formatos abiertos y la ciudadanía no cuenta con canales para dar seguimiento a las decisiones.</td></tr>
<tr><td class="k">Solución propuesta</td><td>Publicar la información en el portal municipal en formato abierto, con una mesa de seguimiento integrada por organizaciones vecinales que se reúna cada tres meses.</td></tr>
<tr><td class="k">Valores de gobierno abierto</td><td>Transparencia, participación ciudadana, rendición de cuentas</td></tr>
<tr><td class="k">Hitos</td><td>1. Diagnóstico y diseño participativo (junio 2025)<br>2. Publicación de la primera versión (diciembre 2025)<br>3. Evaluación con la mesa de seguimiento (diciembre 2026)</td></tr>
</table>`;
    });
    body += `<h2 class="brk">Seguimiento y evaluación</h2>
<p>La Dirección de Gobierno Abierto publicará un tablero de avance de los compromisos y el Foro Multiactor Local se reunirá cada dos meses. Al término del plan se elaborará un informe de autoevaluación.</p>
<h2>Glosario</h2>
<p><b>Hito:</b> resultado verificable que marca el avance de un compromiso. <b>Cocreación:</b> elaboración conjunta entre gobierno y sociedad civil.</p>`;
    return page('es', 'Primer Plan de Acción Local de Gobierno Abierto 2025–2026', css, body);
  };
  return {
    name: 'es-local-banner',
    kind: 'action-plan',
    family: 'local-banner',
    language: 'es',
    format: 'pdf',
    note: 'A municipal (OGP Local) plan: presentación, contexto, cocreación; each commitment opened by a coloured one-cell banner table "Compromiso N | Title" over a two-column field table (Dependencia responsable, Problema público, Solución propuesta, Hitos numbered in a cell); "surgieron los cinco compromisos"; a glossary.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese: commitments as "Ficha N" headings; the title printed only as the value of the field
// "Título do compromisso:".

const PT_FICHAS: Array<[string, string]> = [
  ['Portal único de transparência das autarquias locais', 'Agência para a Modernização Administrativa'],
  [
    'Registo público de interesses e de reuniões com representantes de interesses',
    'Secretaria-Geral do Governo',
  ],
  ['Participação jovem na elaboração das políticas públicas', 'Instituto Português do Desporto e Juventude'],
  ['Dados abertos sobre a qualidade do ar e da água', 'Agência Portuguesa do Ambiente'],
  ['Literacia para a transparência nas escolas', 'Direção-Geral da Educação'],
  ['Publicação dos contratos de concessão de serviços públicos', 'Instituto dos Mercados Públicos'],
];

function ptFichaTitulo(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.45; }
h1 { font-size: 21pt; color: #0f5a46; } h2 { font-size: 15pt; color: #0f5a46; margin-top: 16pt; } h3 { font-size: 13pt; color: #fff; background: #0f5a46; padding: 3pt 6pt; margin-top: 0; }
.brk { page-break-before: always; } .f { margin: 3pt 0; } .f b { color: #0f5a46; }`;
  const commitments: Labelled[] = PT_FICHAS.map(([t], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: `Título do compromisso: ${t}`,
  }));
  const html = (): string => {
    let body = `<p>República Portuguesa · Rede Nacional de Administração Aberta</p>
<h1>III Plano de Ação Nacional de Administração Aberta 2025–2027</h1>
<h2>Nota introdutória</h2>
<p>Portugal aderiu à Parceria para o Governo Aberto em 2017. Este terceiro plano dá continuidade ao trabalho iniciado nos planos anteriores e resulta de um processo de cocriação que envolveu a administração pública, as autarquias e a sociedade civil.</p>
<p>O plano reúne seis compromissos, descritos em fichas normalizadas. Cada ficha identifica a entidade responsável, o problema a resolver, os marcos e o calendário.</p>
<h2>Enquadramento</h2>
<p>Os relatórios do Mecanismo de Avaliação Independente sobre os planos anteriores recomendaram compromissos mais ambiciosos, com marcos verificáveis e maior participação das autarquias locais. Este plano procura responder a essas recomendações.</p>
<h2>Processo de cocriação</h2>
<p>Entre março e setembro de 2024 decorreram uma consulta pública em linha (214 contributos), cinco sessões regionais e três reuniões do Fórum da Rede Nacional de Administração Aberta, que aprovou a versão final das fichas.</p>`;
    PT_FICHAS.forEach(([t, ent], i) => {
      body += `<h3 class="brk">Ficha ${i + 1}</h3>
<p class="f"><b>Título do compromisso:</b> ${esc(t)}</p>
<p class="f"><b>Entidade responsável:</b> ${esc(ent)}</p>
<p class="f"><b>Outros intervenientes:</b> Transparência e Integridade; Associação Nacional de Municípios Portugueses</p>
<p class="f"><b>Período de execução:</b> janeiro de 2025 a junho de 2027</p>
<p class="f"><b>Problema a resolver:</b> A informação existe mas está dispersa por vários organismos, em formatos que não permitem a sua reutilização nem a comparação ao longo do tempo.</p>
<p class="f"><b>Descrição do compromisso:</b> Reunir a informação num ponto de acesso único, em formato aberto, e criar mecanismos de acompanhamento com a sociedade civil.</p>
<p class="f"><b>Valores da OGP:</b> Transparência; Participação cívica; Prestação de contas</p>
<p class="f"><b>Marcos:</b></p>
<p class="f">a) Levantamento da informação disponível (junho de 2025)</p>
<p class="f">b) Disponibilização da primeira versão (março de 2026)</p>
<p class="f">c) Avaliação participada e melhoria (junho de 2027)</p>`;
    });
    body += `<h2 class="brk">Acompanhamento e avaliação</h2>
<p>A execução dos compromissos é acompanhada pelo Fórum da Rede Nacional de Administração Aberta, que publica relatórios semestrais. No final do plano será elaborado um relatório de autoavaliação.</p>`;
    return page('pt', 'III Plano de Ação Nacional de Administração Aberta 2025–2027', css, body);
  };
  return {
    name: 'pt-ficha-titulo',
    kind: 'action-plan',
    family: 'ficha-title-field',
    language: 'pt',
    format: 'pdf',
    note: 'A Portuguese plan: nota introdutória, enquadramento, cocriação; each commitment a page headed "Ficha N" in a coloured bar, its title printed only as the value of the field "Título do compromisso:", then field lines (Entidade responsável, Período de execução, Problema, Descrição, Marcos a)–c)); "O plano reúne seis compromissos".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// French: "Engagement n°N" on a line of its own, small and red, the title on the next line larger;
// a glossary and a list of acronyms (traps: defined terms and capitalised abbreviations on lines of their own).

const FR_NLIGNES: Array<[string, string]> = [
  ['Ouvrir les données des collectivités territoriales', 'Direction générale des collectivités locales'],
  ['Renforcer la transparence de la commande publique', 'Direction des affaires juridiques'],
  [
    'Associer les citoyens à l’évaluation des politiques publiques',
    'Conseil économique, social et environnemental',
  ],
  [
    'Garantir l’accès aux documents administratifs en ligne',
    'Commission d’accès aux documents administratifs',
  ],
  ['Publier les algorithmes utilisés par l’administration', 'Direction interministérielle du numérique'],
];

function frEngagementLignes(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.45; }
h1 { font-family: 'DejaVu Sans'; font-size: 20pt; color: #243a7a; } h2 { font-family: 'DejaVu Sans'; font-size: 14pt; color: #243a7a; margin-top: 16pt; }
.num { font-family: 'DejaVu Sans'; font-size: 10pt; color: #c0392b; margin: 18pt 0 0; }
.titre { font-family: 'DejaVu Sans'; font-size: 15pt; font-weight: bold; color: #243a7a; margin: 2pt 0 8pt; }
.brk { page-break-before: always; } .f { margin: 2pt 0; } dl dt { font-weight: bold; margin-top: 4pt; } dl dd { margin-left: 16pt; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; } td, th { border: 0.5pt solid #889; padding: 3pt; }`;
  const commitments: Labelled[] = FR_NLIGNES.map(([t], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: `Engagement n°${i + 1} ${t}`,
  }));
  const html = (): string => {
    let body = `<p>Premier ministre · Direction interministérielle de la transformation publique</p>
<h1>Plan d’action national pour un gouvernement ouvert 2025–2027</h1>
<h2>Avant-propos</h2>
<p>Membre fondateur européen du Partenariat pour un gouvernement ouvert, la France présente son quatrième plan d’action national. Ce plan a été élaboré avec la société civile, les administrations et les collectivités.</p>
<h2>Contexte et démarche de co-construction</h2>
<p>La co-construction s’est déroulée d’octobre 2024 à février 2025 : appel à contributions en ligne, ateliers thématiques, comité de suivi associant administrations et associations. Le plan comporte cinq engagements.</p>
<h2>Liste des engagements</h2>
<table><thead><tr><th>N°</th><th>Intitulé</th><th>Administration pilote</th></tr></thead><tbody>${FR_NLIGNES.map(([t, p], i) => `<tr><td>${i + 1}</td><td>${esc(t)}</td><td>${esc(p)}</td></tr>`).join('')}</tbody></table>`;
    FR_NLIGNES.forEach(([t, p], i) => {
      body += `<p class="num${i % 2 === 0 ? ' brk' : ''}">Engagement n°${i + 1}</p>
<p class="titre">${esc(t)}</p>
<p class="f"><b>Administration pilote :</b> ${esc(p)}</p>
<p class="f"><b>Partenaires :</b> Etalab ; associations membres du comité de suivi</p>
<p class="f"><b>Calendrier :</b> janvier 2025 – décembre 2027</p>
<p><b>Constat.</b> Les informations publiques existent mais sont dispersées, rarement réutilisables et peu connues du public. Les associations ont souligné lors des ateliers l’écart entre les obligations légales et leur mise en œuvre.</p>
<p><b>Objectifs.</b> Publier les informations dans un format ouvert, les expliquer et permettre aux citoyens d’en suivre la mise à jour.</p>
<p><b>Jalons.</b> Étude préalable (2025) ; première publication (2026) ; bilan partagé avec la société civile (2027).</p>`;
    });
    body += `<h2 class="brk">Suivi et évaluation</h2>
<p>Un point d’étape est publié tous les six mois sur le site du gouvernement ouvert. Le Mécanisme d’évaluation indépendant du PGO évaluera le plan.</p>
<h2>Glossaire</h2>
<dl><dt>Donnée ouverte</dt><dd>Donnée publique librement accessible et réutilisable.</dd>
<dt>Engagement</dt><dd>Action concrète, assortie de jalons, que prend une administration dans le cadre du plan.</dd>
<dt>Jalon</dt><dd>Étape vérifiable de la mise en œuvre d’un engagement.</dd>
<dt>Co-construction</dt><dd>Élaboration conjointe d’une politique par l’administration et la société civile.</dd></dl>
<h2>Liste des acronymes</h2>
<dl><dt>CADA</dt><dd>Commission d’accès aux documents administratifs</dd>
<dt>DINUM</dt><dd>Direction interministérielle du numérique</dd>
<dt>DITP</dt><dd>Direction interministérielle de la transformation publique</dd>
<dt>MEI</dt><dd>Mécanisme d’évaluation indépendant</dd>
<dt>PGO</dt><dd>Partenariat pour un gouvernement ouvert</dd></dl>`;
    return page('fr', 'Plan d’action national pour un gouvernement ouvert 2025–2027', css, body);
  };
  return {
    name: 'fr-engagement-lignes',
    kind: 'action-plan',
    family: 'number-title-lines',
    language: 'fr',
    format: 'pdf',
    note: 'A French plan: avant-propos, co-construction, a summary table (N°, Intitulé, Administration pilote); each engagement as "Engagement n°N" in small red sans on a line of its own and the title on the next line, larger and bold; field lines and Constat / Objectifs / Jalons paragraphs; a glossary and a list of acronyms as definition lists (traps); "Le plan comporte cinq engagements".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// English: an end-of-term self-assessment. "N. Title" headings, each followed by a table whose rows are
// Lead institution, Level of completion, Did it open government?, Evidence, Next steps.

const EN_SELF: Array<[string, string, string]> = [
  ['Open data portal for public procurement', 'Complete', 'Major'],
  ['Beneficial ownership register', 'Substantial', 'Marginal'],
  ['Participatory monitoring of school grants', 'Limited', 'Did not change'],
  ['Online petitions to Parliament', 'Not started', 'Did not change'],
  ['Publication of asset declarations of senior officials', 'Substantial', 'Major'],
  ['Open budget dashboard for local councils', 'Complete', 'Marginal'],
];

function enSelfCompletion(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.45; }
h1 { font-size: 19pt; color: #2b4b1c; } h2 { font-size: 14pt; color: #2b4b1c; margin-top: 16pt; } h3 { font-size: 12pt; margin-top: 14pt; }
.brk { page-break-before: always; } table { border-collapse: collapse; width: 100%; font-size: 9.5pt; } td { border: 0.5pt solid #777; padding: 3pt; vertical-align: top; } td.k { width: 30%; background: #eef3ea; font-weight: bold; }`;
  const commitments: Labelled[] = EN_SELF.map(([t, st], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    reportedStatus: st,
    marker: `${i + 1}. ${t}`,
  }));
  const html = (): string => {
    let body = `<p>Ministry of Public Service and Governance</p>
<h1>End-of-Term Self-Assessment Report: Second National Action Plan 2022–2024</h1>
<h2>Executive Summary</h2>
<p>This report assesses the implementation of the second National Action Plan at the end of its term, as required by the Open Government Partnership. Of its six commitments, two were completed, two reached substantial completion, one was limited and one was not started.</p>
<h2>Introduction</h2>
<p>The report was prepared by the Open Government Unit with the Multi-Stakeholder Forum. A draft was published for comment for two weeks in September 2024; the comments received are summarised in the annex.</p>
<h2>Process of Implementation</h2>
<p>The Forum met eight times during the plan. Lead institutions reported every six months; the lack of a dedicated budget and the elections of 2023 delayed two commitments.</p>
<h2 class="brk">Commitment Implementation</h2>
<p>For each commitment, the table below states its level of completion at the end of term and whether it opened government practice.</p>`;
    EN_SELF.forEach(([t, st, did], i) => {
      body += `<h3${i === 3 ? ' class="brk"' : ''}>${i + 1}. ${esc(t)}</h3>
<table>
<tr><td class="k">Lead institution</td><td>${['Public Procurement Authority', 'Registrar of Companies', 'Ministry of Education', 'Parliament', 'Ethics Commission', 'Ministry of Local Government'][i]}</td></tr>
<tr><td class="k">Level of completion</td><td>${st}</td></tr>
<tr><td class="k">Did it open government?</td><td>${did}</td></tr>
<tr><td class="k">Evidence</td><td>Reports and links published on the open government portal.</td></tr>
<tr><td class="k">Next steps</td><td>${st === 'Complete' ? 'Maintain and extend under the third plan.' : 'Carry forward to the third plan with a revised timeline.'}</td></tr>
</table>`;
    });
    body += `<h2 class="brk">Lessons Learned and Recommendations</h2>
<ol><li>Secure budget for each commitment before the plan is adopted.</li><li>Name a focal point in every lead institution.</li><li>Publish progress updates on one portal.</li></ol>
<h2>Annex: Comments Received</h2>
<p>Eleven comments were received from five organisations; most asked for more detail on the evidence of progress.</p>`;
    return page('en', 'End-of-Term Self-Assessment Report 2022–2024', css, body);
  };
  return {
    name: 'en-self-completion',
    kind: 'self-assessment',
    family: 'self-assessment-table',
    language: 'en',
    format: 'pdf',
    note: 'An end-of-term self-assessment: executive summary, process; each commitment an h3 "N. Title" followed by a two-column table (Lead institution, Level of completion: Complete/Substantial/Limited/Not started, Did it open government?, Evidence, Next steps); numbered lessons (trap).',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese trap: a news page on the launch of a plan that quotes three of its commitments' titles.

function ptNoticiaLancamento(): Doc {
  const html = (): string => {
    const body = `<header><a href="/">Agência Gov</a> <nav><a href="/politica">Política</a> <a href="/economia">Economia</a> <a href="/cidadania">Cidadania</a></nav></header>
<main><article><p class="kicker">Governo Aberto</p>
<h1>Governo lança 6º Plano de Ação Nacional com doze compromissos</h1>
<p class="byline">Por Redação · Publicado em 12/03/2025 14h20 · Atualizado em 12/03/2025 16h05</p>
<p>O governo federal lançou nesta quarta-feira (12) o 6º Plano de Ação Nacional em Governo Aberto, que reúne doze compromissos a serem cumpridos até 2027. O plano foi construído ao longo de oito meses por órgãos públicos e organizações da sociedade civil.</p>
<p>Entre os compromissos estão “Transparência das emendas parlamentares”, “Dados abertos sobre desmatamento na Amazônia” e “Participação social no orçamento federal”. Cada um tem um órgão responsável e marcos com prazos definidos.</p>
<h2>Como foi feito</h2>
<p>Segundo a Controladoria-Geral da União, coordenadora do processo, mais de 3 mil pessoas participaram da consulta pública. “É o plano mais participativo que já fizemos”, afirmou o ministro durante a cerimônia.</p>
<p>Organizações da sociedade civil elogiaram a inclusão do tema ambiental, mas cobraram recursos para a execução. O compromisso 4, sobre emendas, foi o mais votado na consulta.</p>
<h2>Próximos passos</h2>
<ol><li>Publicação dos planos de trabalho de cada compromisso, em abril.</li><li>Primeira reunião de monitoramento, em junho.</li><li>Relatório de meio termo, em 2026.</li></ol>
<p>O texto completo do plano está disponível no portal da CGU.</p>
<aside><h3>Leia também</h3><ul><li><a href="/n/1">CGU abre consulta sobre nova lei de acesso</a></li><li><a href="/n/2">Brasil assume copresidência da OGP</a></li></ul></aside></article></main>
<footer>Agência Gov · Todos os direitos reservados</footer>`;
    return `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>Governo lança 6º Plano de Ação Nacional com doze compromissos - Agência Gov</title></head><body>${body}</body></html>`;
  };
  return {
    name: 'pt-noticia-lancamento',
    kind: 'other',
    family: 'news-launch',
    language: 'pt',
    format: 'html',
    note: 'A news page on a plan\'s launch (trap): "reúne doze compromissos", three commitment titles quoted in a sentence, "O compromisso 4", a numbered list of next steps, related links (`other`).',
    html,
    commitments: [],
  };
}

export const DOCS_I: Doc[] = [
  enChapters(),
  esLocalBanner(),
  ptFichaTitulo(),
  frEngagementLignes(),
  enSelfCompletion(),
  ptNoticiaLancamento(),
];
