/**
 * The fourteenth batch of the second blind set: ordinary documents, laid out the way most OGP members publish
 * them, to measure the finder where nothing is meant to trip it. An English national plan with a cover, a
 * minister's foreword, a contents page and "Commitment N: Title" headings, each followed by the standard OGP
 * commitment template as a table; a Spanish plan whose "Compromiso N. Título" is followed by its "ficha";
 * a French plan of "Engagement N – Titre" under "Axe" sections, the fiche as bold field names in the text;
 * a Portuguese plan of "Compromisso N – Título" with its template table; and an English end-of-term
 * self-assessment that reports each commitment's level of completion. Written and labelled before the
 * finder read any of them.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function htmlPage(lang: string, title: string, margin: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: A4; margin: ${margin}; } .brk { break-before: page; } ${css}</style></head><body>${body}</body></html>`;
}

/** One line of a contents page: the entry (wrapping when long), dot leaders to the page number at the right. */
function tocEntry(text: string, pageNo: number | undefined, level: number): string {
  return `<div class="toc" style="padding-left:${level * 14}pt"><span class="te">${esc(text)}</span><span class="tl">${'. '.repeat(120)}</span><span class="tp">${pageNo ?? 0}</span></div>`;
}

const TOC_STYLE = `.toc { display:flex; align-items:flex-end; margin:1.5pt 0; }
.toc .te { flex:0 1 auto; } .toc .tl { flex:1 0 24pt; overflow:hidden; white-space:nowrap; color:#777; }
.toc .tp { flex:none; padding-left:4pt; }`;

const para = (t: string): string => `<p>${esc(t)}</p>`;

// ---------------------------------------------------------------------------------------------------------
// English national action plan with the standard OGP template.

interface EnCommitment {
  title: string;
  dates: string;
  lead: string;
  person: string;
  state: string;
  cso: string;
  problem: string;
  what: string;
  how: string;
  values: string;
  extra: string;
  milestones: Array<[string, string, string]>;
}

const EN_PLAN: EnCommitment[] = [
  {
    title: 'Publishing local government spending data every quarter',
    dates: '1 January 2025 – 30 June 2027',
    lead: 'Ministry of Local Government and Rural Development',
    person: 'Director of Local Finance',
    state: 'Office of the Auditor General; Association of District Councils',
    cso: 'Citizens for Budget Accountability; Open Data Lab',
    problem:
      'District councils spend almost a third of public money, yet their accounts are published once a year, on paper, at council offices. Residents cannot find out what was spent on roads, clinics or markets in their district until long after the money has gone.',
    what: 'Every district council will publish its spending on a common template every quarter, on a national portal, in a format that can be downloaded and reused.',
    how: 'Quarterly publication lets residents and councillors follow spending while the year is still running and raise questions at council meetings before the accounts are closed.',
    values:
      'Transparency: more and timelier information on spending. Public accountability: councillors and residents can question spending decisions on evidence.',
    extra:
      'The commitment builds on the pilot run in four districts under the previous action plan and on the Public Finance Management Act 2021.',
    milestones: [
      ['Common spending template agreed with all district councils', 'January 2025', 'June 2025'],
      ['Training for district finance officers in all regions', 'July 2025', 'December 2025'],
      ['First quarterly publication by at least 40 councils', 'January 2026', 'March 2026'],
      ['Quarterly publication by all councils and a user survey', 'April 2026', 'June 2027'],
    ],
  },
  {
    title: 'A public register of lobbying contacts with ministers and senior officials',
    dates: '1 March 2025 – 31 December 2026',
    lead: 'Office of the Cabinet Secretary',
    person: 'Head of Integrity Policy',
    state: 'Ministry of Justice; Parliamentary Standards Committee',
    cso: 'Integrity Watch; Chamber of Commerce',
    problem:
      'Meetings between ministers and private interests are not recorded in any public place. Citizens cannot see who seeks to influence policy, and suspicion of undue influence undermines trust in decisions that may have been taken fairly.',
    what: 'A register in which ministers, deputy ministers and principal secretaries publish every meeting with an outside interest, with its subject, within one month.',
    how: 'Regular disclosure of contacts makes influence visible and lets journalists and parliament compare meetings with the decisions that follow them.',
    values:
      'Transparency and public accountability: decisions and the contacts that precede them become open to scrutiny.',
    extra: 'The register will be established by regulation under the Public Officers Ethics Act.',
    milestones: [
      ['Public consultation on the scope of the register', 'March 2025', 'June 2025'],
      ['Regulation adopted by Cabinet', 'July 2025', 'December 2025'],
      ['Register opened online with the first monthly disclosures', 'January 2026', 'April 2026'],
      ['Independent review of compliance published', 'September 2026', 'December 2026'],
    ],
  },
  {
    title: 'Open contracting for the national medical supplies agency',
    dates: '1 April 2025 – 30 June 2027',
    lead: 'National Medical Supplies Agency',
    person: 'Chief Procurement Officer',
    state: 'Public Procurement Regulatory Authority; Ministry of Health',
    cso: 'Health Rights Alliance; Pharmacists Society',
    problem:
      'Shortages of essential medicines are common in district hospitals, and prices paid for the same medicine vary widely between tenders. Tender and contract information is not published, so these problems cannot be traced to their causes.',
    what: 'The agency will publish data on every tender and contract, from planning to delivery, using the Open Contracting Data Standard.',
    how: 'Open data on tenders, prices and deliveries allows health workers, civil society and the regulator to spot delays and overpricing and to follow them up.',
    values: 'Transparency, public accountability and technology for openness.',
    extra: 'Supported by a grant for open contracting in the health sector.',
    milestones: [
      ['Data mapping of the agency’s procurement system', 'April 2025', 'September 2025'],
      ['Publication of tender and award data', 'October 2025', 'March 2026'],
      ['Publication of contract implementation and delivery data', 'April 2026', 'December 2026'],
      ['Joint monitoring by health facility committees in five districts', 'January 2027', 'June 2027'],
    ],
  },
  {
    title: 'Citizen participation in the review of the national water strategy',
    dates: '1 June 2025 – 31 May 2027',
    lead: 'Ministry of Water and Sanitation',
    person: 'Director of Planning',
    state: 'Water Resources Authority; District water boards',
    cso: 'Water Users Federation; Women in Water Network',
    problem:
      'The national water strategy was last reviewed by officials and consultants alone. Communities that depend on boreholes and small schemes were not consulted, and many of the strategy’s targets did not reflect their needs.',
    what: 'The ministry will open the review of the strategy to the public through district hearings, an online consultation and a citizens’ panel, and will publish how each proposal was handled.',
    how: 'A review shaped by water users is more likely to set targets that communities support and help to meet.',
    values:
      'Civic participation: the public takes part in setting policy. Transparency: the handling of every proposal is published.',
    extra: 'The review falls due in 2026 under the Water Act.',
    milestones: [
      ['Participation plan agreed with civil society partners', 'June 2025', 'September 2025'],
      ['Hearings in every district and online consultation', 'October 2025', 'April 2026'],
      ['Citizens’ panel on priorities for rural supply', 'May 2026', 'August 2026'],
      ['Report on how proposals were handled', 'September 2026', 'May 2027'],
    ],
  },
  {
    title: 'Accessible complaint handling for public services in rural districts',
    dates: '1 January 2025 – 31 December 2026',
    lead: 'Office of the Ombudsman',
    person: 'Deputy Ombudsman',
    state: 'Ministry of Information and Communication Technology; Public Service Commission',
    cso: 'Rural Rights Forum; Disability Alliance',
    problem:
      'People in rural districts must travel to the capital to lodge a complaint about a public service, and most complaints are never made. Service failures therefore go unreported and unresolved.',
    what: 'A free telephone line, a text-message service and monthly visits by complaint officers to district centres, with every complaint tracked to its resolution.',
    how: 'Lowering the cost of complaining means more failures are reported and service providers are held to account for resolving them.',
    values: 'Public accountability and civic participation.',
    extra: 'The Ombudsman will publish statistics on complaints and their resolution every six months.',
    milestones: [
      ['Free telephone and text-message line launched', 'January 2025', 'June 2025'],
      ['Complaint officers visiting all district centres monthly', 'July 2025', 'December 2025'],
      ['Case tracking system open to complainants', 'January 2026', 'June 2026'],
      ['Six-monthly statistics published', 'July 2026', 'December 2026'],
    ],
  },
  {
    title: 'Protecting civic space through a simplified registration regime for associations',
    dates: '1 July 2025 – 30 June 2027',
    lead: 'Registrar of Societies',
    person: 'Registrar',
    state: 'Ministry of Home Affairs; Law Reform Commission',
    cso: 'Civil Society Platform; Association of Community Organisations',
    problem:
      'Registering an association takes up to a year and requires approval by several offices. Small community groups give up or operate without registration, which leaves them unable to open a bank account or receive grants.',
    what: 'The government will propose amendments to the Societies Act so that associations are registered by notification within thirty days, and will move registration online.',
    how: 'A quick and simple procedure lets citizens organise freely and makes it harder to refuse registration on arbitrary grounds.',
    values: 'Civic participation: an enabling environment for civil society.',
    extra: 'The amendments follow recommendations of the Law Reform Commission published in 2023.',
    milestones: [
      ['Draft amendments prepared with civil society', 'July 2025', 'December 2025'],
      ['Amendments tabled in Parliament', 'January 2026', 'June 2026'],
      ['Online registration service launched', 'July 2026', 'March 2027'],
      ['Review of registration times published', 'April 2027', 'June 2027'],
    ],
  },
];

function enNationalPlan(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; color: #111; }
h1 { font-family: 'Liberation Sans'; font-size: 16pt; color: #1f4e79; margin: 0 0 10pt; }
h2 { font-family: 'Liberation Sans'; font-size: 13.5pt; color: #1f4e79; margin: 16pt 0 8pt; }
p { margin: 0 0 7pt; text-align: justify; }
.cover { text-align: center; padding-top: 150pt; font-family: 'Liberation Sans'; }
.cover .c1 { font-size: 14pt; letter-spacing: 1pt; } .cover .c2 { font-size: 26pt; font-weight: bold; color: #1f4e79; margin: 24pt 0 8pt; }
.cover .c3 { font-size: 16pt; } .cover .c4 { font-size: 11pt; margin-top: 220pt; color: #444; }
table.t { width: 100%; border-collapse: collapse; font-family: 'Liberation Sans'; font-size: 9.5pt; margin-bottom: 8pt; }
table.t td, table.t th { border: 0.6pt solid #555; padding: 3pt 5pt; vertical-align: top; }
table.t td.k { width: 34%; background: #dde8f3; font-weight: bold; }
table.t tr.band td { background: #1f4e79; color: #fff; font-weight: bold; }
table.t th { background: #dde8f3; text-align: left; }
${TOC_STYLE} .toc { font-family: 'Liberation Sans'; font-size: 10.5pt; }
.sig { margin-top: 18pt; font-style: italic; }`;
  const commitments: Labelled[] = EN_PLAN.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    marker: `Commitment ${i + 1}: ${c.title}`,
  }));
  const toc = [
    'Foreword',
    '1. Introduction',
    '2. Open government in our country',
    '3. How this plan was developed',
    '4. Commitments',
    'Annex A: Members of the Multi-Stakeholder Forum',
    'Annex B: Proposals received during co-creation',
  ];
  const html = (pages: Map<string, number>): string => {
    const fiche = (
      c: EnCommitment,
      i: number,
    ): string => `<h2${i > 0 ? ' class="brk"' : ''}>Commitment ${i + 1}: ${esc(c.title)}</h2>
<table class="t">
<tr><td class="k">Commitment start and end date</td><td>${esc(c.dates)}</td></tr>
<tr><td class="k">Lead implementing agency/actor</td><td>${esc(c.lead)}</td></tr>
<tr class="band"><td colspan="2">Commitment description</td></tr>
<tr><td class="k">What is the public problem that the commitment will address?</td><td>${esc(c.problem)}</td></tr>
<tr><td class="k">What is the commitment?</td><td>${esc(c.what)}</td></tr>
<tr><td class="k">How will the commitment contribute to solve the public problem?</td><td>${esc(c.how)}</td></tr>
<tr><td class="k">Why is this commitment relevant to OGP values?</td><td>${esc(c.values)}</td></tr>
<tr><td class="k">Additional information</td><td>${esc(c.extra)}</td></tr>
</table>
<table class="t"><tr><th>Milestone activity with a verifiable deliverable</th><th style="width:18%">Start date</th><th style="width:18%">End date</th></tr>
${c.milestones.map(([m, s, e]) => `<tr><td>${esc(m)}</td><td>${s}</td><td>${e}</td></tr>`).join('\n')}
</table>
<table class="t">
<tr class="band"><td colspan="2">Contact information</td></tr>
<tr><td class="k">Name of responsible person from implementing agency</td><td>${esc(c.person)}</td></tr>
<tr><td class="k">Other actors involved: State actors</td><td>${esc(c.state)}</td></tr>
<tr><td class="k">Other actors involved: CSOs, private sector, working groups</td><td>${esc(c.cso)}</td></tr>
</table>`;
    const body = `<div class="cover"><div class="c1">REPUBLIC OF KALANDIA</div>
<div class="c2">Third National Action Plan<br>for Open Government</div><div class="c3">2025 – 2027</div>
<div class="c4">Office of the Cabinet Secretary<br>December 2024</div></div>
<div class="brk"></div>
<h1>Contents</h1>
${toc
  .slice(0, 5)
  .map((t) => tocEntry(t, pages.get(t), 0))
  .join('\n')}
${commitments.map((c) => tocEntry(c.marker, pages.get(c.marker), 1)).join('\n')}
${toc
  .slice(5)
  .map((t) => tocEntry(t, pages.get(t), 0))
  .join('\n')}
<h1 class="brk">Foreword</h1>
${para('Open government is not a project with an end date. It is a way of working that asks every public body to explain what it does, to listen before it decides and to answer for the results. Since we joined the Open Government Partnership, two action plans have helped us publish more of what government knows and bring more voices into its decisions.')}
${para('This third plan was written together with civil society from the first meeting to the last. It is shorter than its predecessors, by design: we chose fewer commitments that can be delivered in full and that matter to people outside the capital.')}
${para('I thank the members of the Multi-Stakeholder Forum, the district councils and the many citizens who sent proposals. The government will report on progress every six months, and we invite everyone to hold us to what is written here.')}
<p class="sig">Minister of State for Public Service</p>
<h1 class="brk">1. Introduction</h1>
${para('Kalandia joined the Open Government Partnership in 2018. This is the country’s third national action plan. It runs from January 2025 to June 2027 and contains six commitments, each of which was proposed or shaped during the co-creation process described in section 3.')}
${para('The plan responds to the recommendations of the Independent Reporting Mechanism on the second action plan, in particular to focus on fewer and more ambitious commitments and to involve local government.')}
<h1>2. Open government in our country</h1>
${para('Under the previous plans the government adopted an Access to Information Act, opened a national data portal with more than 900 datasets and published the national budget in a citizens’ version every year. Important gaps remain: local spending, the influence of private interests on policy, and access to redress for people far from the capital.')}
<h1>3. How this plan was developed</h1>
${para('The Multi-Stakeholder Forum, with eight government and eight civil society members, led the co-creation of the plan between March and November 2024. Regional workshops were held in all six regions and 214 proposals were received through the online portal and at the workshops. The Forum grouped the proposals, invited the responsible agencies to discuss them and agreed the six commitments by consensus.')}
${para('A draft of the plan was published for comment for four weeks. The comments received and the Forum’s response to each are published on the open government portal.')}
<h1>4. Commitments</h1>
${para('The six commitments below follow the template of the Open Government Partnership. Milestones are listed with their start and end dates; progress will be reported on the portal.')}
${EN_PLAN.map(fiche).join('\n')}
<h1 class="brk">Annex A: Members of the Multi-Stakeholder Forum</h1>
<table class="t"><tr><th>Government</th><th>Civil society</th></tr>
<tr><td>Office of the Cabinet Secretary (co-chair)</td><td>Civil Society Platform (co-chair)</td></tr>
<tr><td>Ministry of Finance</td><td>Citizens for Budget Accountability</td></tr>
<tr><td>Ministry of Local Government and Rural Development</td><td>Integrity Watch</td></tr>
<tr><td>Ministry of Information and Communication Technology</td><td>Rural Rights Forum</td></tr>
<tr><td>Office of the Ombudsman</td><td>Open Data Lab</td></tr>
</table>
<h1>Annex B: Proposals received during co-creation</h1>
${para('The proposals most often received, grouped by subject, were the following. Those not taken up in this plan have been referred to the responsible agencies.')}
<ol><li>Publish local government spending and procurement data.</li><li>Record meetings between ministers and lobbyists.</li><li>Make health procurement data public.</li><li>Consult water users on water policy.</li><li>Simplify the registration of associations.</li><li>Publish court judgments online.</li><li>Open the land register to the public.</li></ol>`;
    return htmlPage(
      'en',
      'Third National Action Plan for Open Government 2025–2027',
      '24mm 22mm 22mm 22mm',
      css,
      body,
    );
  };
  return {
    name: 'en-nap-ogp-template',
    kind: 'action-plan',
    family: 'ordinary-ogp-template',
    language: 'en',
    format: 'pdf',
    note: 'An ordinary national plan: cover, contents page with dot leaders, foreword, numbered chapters ("1. Introduction" …), "contains six commitments"; each commitment an h2 "Commitment N: Title" on its own page followed by the standard OGP template tables (start and end date, lead implementing agency, commitment description questions, milestones with start and end dates, contact information); annexes with a members table and a numbered list of proposals.',
    html,
    commitments,
    header: 'Third National Action Plan for Open Government 2025–2027',
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish national plan: "Compromiso N. Título" then the ficha.

interface EsCompromiso {
  titulo: string;
  fechas: string;
  institucion: string;
  problema: string;
  compromiso: string;
  como: string;
  valores: string;
  actividades: Array<[string, string, string]>;
  responsable: string;
  otros: string;
}

const ES_PLAN: EsCompromiso[] = [
  {
    titulo: 'Seguimiento ciudadano de la inversión pública municipal',
    fechas: 'Enero de 2025 – diciembre de 2026',
    institucion: 'Secretaría de Planificación y Programación',
    problema:
      'Las obras financiadas con transferencias a los municipios se registran en sistemas distintos y la población no puede saber en qué estado se encuentran ni cuánto han costado. Muchas obras quedan inconclusas sin que nadie rinda cuentas.',
    compromiso:
      'Poner a disposición del público un visor en línea con la ubicación, el presupuesto, el avance físico y financiero y las fotografías de cada obra municipal, y formar comités comunitarios que la supervisen.',
    como: 'La información abierta y la supervisión comunitaria permitirán detectar retrasos y sobrecostos a tiempo y exigir explicaciones a las autoridades municipales.',
    valores: 'Transparencia, participación ciudadana y rendición de cuentas.',
    actividades: [
      ['Diseño del visor de obras con organizaciones de sociedad civil', '01/2025', '06/2025'],
      ['Carga de información de las obras de 50 municipios', '07/2025', '12/2025'],
      ['Conformación y capacitación de comités comunitarios', '01/2026', '06/2026'],
      ['Informe público de resultados de la supervisión', '07/2026', '12/2026'],
    ],
    responsable: 'Dirección de Inversión Pública',
    otros: 'Asociación Nacional de Municipalidades; Acción Ciudadana; Red de Contralorías Sociales',
  },
  {
    titulo: 'Datos abiertos sobre la compra pública de medicamentos',
    fechas: 'Marzo de 2025 – junio de 2027',
    institucion: 'Ministerio de Salud Pública',
    problema:
      'Los precios que pagan los hospitales por un mismo medicamento varían hasta en un 300 % y los desabastecimientos son frecuentes, pero la información de compras no se publica de forma que permita compararla.',
    compromiso:
      'Publicar en formato abierto las compras de medicamentos de todos los hospitales, con precios unitarios, proveedores y plazos de entrega, y un tablero de alertas de precios.',
    como: 'La comparación de precios y plazos hará visibles las compras irregulares y facilitará la planificación de las existencias.',
    valores: 'Transparencia y rendición de cuentas; tecnología e innovación.',
    actividades: [
      ['Estandarización de los datos de compras de medicamentos', '03/2025', '09/2025'],
      ['Publicación de datos de los hospitales nacionales', '10/2025', '03/2026'],
      ['Tablero de alertas de precios en funcionamiento', '04/2026', '12/2026'],
      ['Evaluación del uso de los datos con sociedad civil', '01/2027', '06/2027'],
    ],
    responsable: 'Unidad de Adquisiciones del Ministerio de Salud',
    otros: 'Dirección de Compras del Estado; Observatorio de Salud; Colegio de Químicos Farmacéuticos',
  },
  {
    titulo: 'Mecanismo de participación juvenil en las políticas de empleo',
    fechas: 'Abril de 2025 – diciembre de 2026',
    institucion: 'Ministerio de Trabajo y Previsión Social',
    problema:
      'Uno de cada cuatro jóvenes no estudia ni trabaja, y los programas de empleo juvenil se diseñan sin escuchar a las personas jóvenes, por lo que muchos no responden a sus necesidades.',
    compromiso:
      'Crear un consejo consultivo juvenil con representación de todos los departamentos, que opine sobre los programas de empleo antes de su aprobación y reciba respuesta escrita del Ministerio.',
    como: 'Los programas diseñados con la participación de las personas jóvenes serán más pertinentes y sus resultados se conocerán públicamente.',
    valores: 'Participación ciudadana.',
    actividades: [
      ['Acuerdo ministerial de creación del consejo', '04/2025', '08/2025'],
      ['Elección de representantes en los departamentos', '09/2025', '02/2026'],
      ['Consulta del consejo sobre dos programas de empleo', '03/2026', '09/2026'],
      ['Publicación de las respuestas del Ministerio', '10/2026', '12/2026'],
    ],
    responsable: 'Viceministerio de Empleo',
    otros: 'Consejo Nacional de la Juventud; Movimiento Jóvenes por el Cambio',
  },
  {
    titulo: 'Transparencia en la asignación de becas de educación superior',
    fechas: 'Enero de 2025 – junio de 2026',
    institucion: 'Instituto Nacional de Becas y Crédito Educativo',
    problema:
      'Los criterios de asignación de las becas no se publican y la lista de beneficiarios es reservada, lo que genera sospechas de favoritismo.',
    compromiso:
      'Publicar las bases, los puntajes obtenidos por cada postulante de forma anonimizada y la lista de personas becadas, y abrir un procedimiento de reclamo.',
    como: 'Conocer los criterios y los resultados permitirá verificar que las becas se asignan por mérito y necesidad.',
    valores: 'Transparencia y rendición de cuentas.',
    actividades: [
      ['Reglamento de publicación aprobado', '01/2025', '05/2025'],
      ['Primera convocatoria con puntajes publicados', '06/2025', '12/2025'],
      ['Procedimiento de reclamo en línea', '01/2026', '06/2026'],
    ],
    responsable: 'Dirección Ejecutiva del Instituto',
    otros: 'Federación de Estudiantes Universitarios; Consejo de Rectores',
  },
  {
    titulo: 'Registro público de beneficiarios finales de empresas contratistas del Estado',
    fechas: 'Julio de 2025 – junio de 2027',
    institucion: 'Registro Mercantil General',
    problema:
      'Las empresas que contratan con el Estado pueden ocultar a sus verdaderos dueños, lo que impide detectar conflictos de interés y colusión en las licitaciones.',
    compromiso:
      'Exigir a las empresas inscritas como proveedoras del Estado la declaración de sus beneficiarios finales y publicar esa información en datos abiertos.',
    como: 'La identificación de los beneficiarios finales permitirá cruzar la información con las declaraciones patrimoniales de los funcionarios.',
    valores: 'Transparencia y rendición de cuentas.',
    actividades: [
      ['Propuesta de reforma reglamentaria', '07/2025', '12/2025'],
      ['Formulario de declaración en el registro de proveedores', '01/2026', '06/2026'],
      ['Publicación en datos abiertos', '07/2026', '12/2026'],
      ['Cruce con declaraciones patrimoniales', '01/2027', '06/2027'],
    ],
    responsable: 'Registrador Mercantil General',
    otros: 'Dirección de Compras del Estado; Contraloría General; Fundación Transparencia',
  },
];

function esFichaPlan(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.45; color: #222; }
h1 { font-size: 18pt; color: #0b6e4f; margin: 0 0 12pt; font-weight: bold; }
h2 { font-size: 14pt; color: #0b6e4f; margin: 0 0 10pt; font-weight: bold; }
p { margin: 0 0 8pt; text-align: justify; }
.portada { padding-top: 120pt; } .portada .a { font-size: 12pt; color: #555; } .portada .b { font-size: 30pt; color: #0b6e4f; font-weight: bold; line-height: 1.15; margin: 20pt 0; }
.portada .c { font-size: 20pt; color: #333; } .portada .d { margin-top: 260pt; font-size: 10pt; color: #555; }
table.f { width: 100%; border-collapse: collapse; font-size: 9pt; margin-bottom: 8pt; }
table.f td { border: 0.5pt solid #7a9a8c; padding: 3pt 5pt; vertical-align: top; }
table.f td.k { width: 32%; background: #e3f1ea; font-weight: bold; }
table.f tr.s td { background: #0b6e4f; color: #fff; font-weight: bold; text-align: center; }
${TOC_STYLE} .toc { font-size: 10pt; }`;
  const commitments: Labelled[] = ES_PLAN.map((c, i) => ({
    label: String(i + 1),
    title: c.titulo,
    theme: null,
    marker: `Compromiso ${i + 1}. ${c.titulo}`,
  }));
  const toc = [
    'Presentación',
    'I. Introducción',
    'II. Avances en materia de gobierno abierto',
    'III. Proceso de cocreación del plan',
    'IV. Compromisos',
    'V. Seguimiento y evaluación',
    'Anexo: Glosario',
  ];
  const html = (pages: Map<string, number>): string => {
    const ficha = (
      c: EsCompromiso,
      i: number,
    ): string => `<h2 class="brk">Compromiso ${i + 1}. ${esc(c.titulo)}</h2>
<table class="f">
<tr><td class="k">Fecha de inicio y término del compromiso</td><td>${esc(c.fechas)}</td></tr>
<tr><td class="k">Institución o actor responsable de la implementación</td><td>${esc(c.institucion)}</td></tr>
<tr class="s"><td colspan="2">Descripción del compromiso</td></tr>
<tr><td class="k">¿Cuál es la problemática que el compromiso aborda?</td><td>${esc(c.problema)}</td></tr>
<tr><td class="k">¿Cuál es el compromiso?</td><td>${esc(c.compromiso)}</td></tr>
<tr><td class="k">¿Cómo contribuirá a resolver la problemática?</td><td>${esc(c.como)}</td></tr>
<tr><td class="k">¿Por qué es relevante a los valores de OGP?</td><td>${esc(c.valores)}</td></tr>
</table>
<table class="f"><tr class="s"><td>Actividad y producto entregable</td><td style="width:17%">Fecha de inicio</td><td style="width:17%">Fecha de término</td></tr>
${c.actividades.map(([a, s, e]) => `<tr><td>${esc(a)}</td><td>${s}</td><td>${e}</td></tr>`).join('\n')}
</table>
<table class="f">
<tr class="s"><td colspan="2">Información de contacto</td></tr>
<tr><td class="k">Persona o dependencia responsable</td><td>${esc(c.responsable)}</td></tr>
<tr><td class="k">Otros actores involucrados</td><td>${esc(c.otros)}</td></tr>
</table>`;
    const body = `<div class="portada"><div class="a">República de San Aurelio · Comisión Presidencial de Gobierno Abierto</div>
<div class="b">Cuarto Plan de Acción Nacional de Gobierno Abierto</div><div class="c">2025-2027</div>
<div class="d">San Aurelio, diciembre de 2024</div></div>
<h1 class="brk">Índice</h1>
${toc
  .slice(0, 5)
  .map((t) => tocEntry(t, pages.get(t), 0))
  .join('\n')}
${commitments.map((c) => tocEntry(c.marker, pages.get(c.marker), 1)).join('\n')}
${toc
  .slice(5)
  .map((t) => tocEntry(t, pages.get(t), 0))
  .join('\n')}
<h1 class="brk">Presentación</h1>
${para('El Gobierno de la República presenta su Cuarto Plan de Acción Nacional de Gobierno Abierto, fruto de un proceso de cocreación en el que participaron instituciones públicas, organizaciones de la sociedad civil, universidades y personas de todos los departamentos del país.')}
${para('Este plan recoge cinco compromisos que buscan acercar la información pública a la ciudadanía y abrir espacios reales de participación en decisiones que afectan la vida diaria: la obra pública en los municipios, los medicamentos, el empleo de las personas jóvenes, las becas y la contratación del Estado.')}
${para('Agradecemos a todas las personas que dedicaron su tiempo a este esfuerzo y reiteramos nuestro compromiso de rendir cuentas periódicamente sobre su cumplimiento.')}
<h1 class="brk">I. Introducción</h1>
${para('La República de San Aurelio se incorporó a la Alianza para el Gobierno Abierto en 2014. Desde entonces ha ejecutado tres planes de acción, con un total de 42 compromisos. El presente plan tiene una vigencia de dos años y contiene cinco compromisos.')}
<h1>II. Avances en materia de gobierno abierto</h1>
${para('Entre los logros de los planes anteriores destacan la Ley de Acceso a la Información Pública, el portal nacional de datos abiertos y la publicación de las declaraciones patrimoniales de altas autoridades. Los informes del Mecanismo de Revisión Independiente señalaron, sin embargo, la necesidad de compromisos de mayor ambición y de una participación más amplia fuera de la capital.')}
<h1>III. Proceso de cocreación del plan</h1>
${para('El proceso se desarrolló entre abril y noviembre de 2024 en cuatro etapas: sensibilización, recepción de propuestas, mesas técnicas de trabajo y validación. Se celebraron doce mesas técnicas con la participación de 380 personas y se recibieron 156 propuestas, que la Comisión Presidencial priorizó junto con la sociedad civil según su relevancia, viabilidad y potencial de resultados.')}
<h1>IV. Compromisos</h1>
${para('A continuación se presenta la ficha de cada compromiso, según el modelo de la Alianza para el Gobierno Abierto.')}
${ES_PLAN.map(ficha).join('\n')}
<h1 class="brk">V. Seguimiento y evaluación</h1>
${para('La Comisión Presidencial de Gobierno Abierto dará seguimiento trimestral a los compromisos por medio de un tablero público. Las instituciones responsables presentarán informes de avance y la sociedad civil podrá verificar las evidencias publicadas.')}
<h1>Anexo: Glosario</h1>
<p><b>Beneficiario final:</b> persona natural que en último término posee o controla una empresa.</p>
<p><b>Cocreación:</b> proceso en el que gobierno y sociedad civil elaboran juntos el plan de acción.</p>
<p><b>Datos abiertos:</b> datos publicados en formatos reutilizables y con licencia libre.</p>`;
    return htmlPage(
      'es',
      'Cuarto Plan de Acción Nacional de Gobierno Abierto 2025-2027',
      '22mm 20mm 22mm 20mm',
      css,
      body,
    );
  };
  return {
    name: 'es-plan-ficha-ogp',
    kind: 'action-plan',
    family: 'ordinary-ogp-template',
    language: 'es',
    format: 'pdf',
    note: 'An ordinary Spanish national plan: cover, "Índice" with dot leaders, "Presentación", chapters in roman numerals ("I. Introducción" …), "contiene cinco compromisos"; each commitment an h2 "Compromiso N. Título" on its own page followed by its ficha tables (fecha de inicio y término, institución responsable, descripción questions, actividades with fecha de inicio / término, información de contacto); a glossary annex.',
    html,
    commitments,
    header: 'Cuarto Plan de Acción Nacional de Gobierno Abierto 2025-2027',
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// French plan: "Axe N" sections, "Engagement N – Titre", the fiche as field names in bold.

interface FrEngagement {
  titre: string;
  porteur: string;
  autres: string;
  dates: string;
  probleme: string;
  engagement: string;
  contribution: string;
  valeurs: string;
  jalons: Array<[string, string, string]>;
}

const FR_AXES: Array<{ axe: string; items: FrEngagement[] }> = [
  {
    axe: 'Transparence de l’action publique',
    items: [
      {
        titre: 'Ouvrir les données des marchés publics des collectivités territoriales',
        porteur: 'Direction des affaires juridiques du ministère de l’Économie',
        autres: 'Association des maires ; Observatoire citoyen de la commande publique',
        dates: 'janvier 2025 – décembre 2026',
        probleme:
          'Les collectivités publient les avis de marché mais rarement les contrats attribués, leurs montants et leurs modifications. Il est donc impossible de savoir qui reçoit l’argent public local et à quelles conditions.',
        engagement:
          'Rendre obligatoire la publication, sur la plateforme nationale, des données essentielles de tous les marchés des collectivités de plus de 10 000 habitants, et accompagner les plus petites.',
        contribution:
          'Des données complètes et comparables permettront aux élus, aux journalistes et aux entreprises de suivre la dépense locale et de repérer les anomalies.',
        valeurs: 'Transparence ; redevabilité.',
        jalons: [
          ['Publication du décret fixant les données à publier', 'janvier 2025', 'juin 2025'],
          ['Formation des acheteurs des collectivités', 'juillet 2025', 'décembre 2025'],
          ['Publication par 80 % des collectivités concernées', 'janvier 2026', 'décembre 2026'],
        ],
      },
      {
        titre: 'Publier les avis des autorités indépendantes sur les projets de loi',
        porteur: 'Secrétariat général du Gouvernement',
        autres: 'Conseil d’État ; Haute Autorité pour la transparence ; Regards Citoyens',
        dates: 'mars 2025 – juin 2026',
        probleme:
          'Les avis rendus par les autorités indépendantes sur les projets de loi ne sont publiés qu’à leur discrétion, souvent après le vote, ce qui prive le débat parlementaire d’une information utile.',
        engagement:
          'Publier chaque avis en même temps que le projet de loi qu’il concerne, sur le site de référence de la législation.',
        contribution:
          'Les citoyens et les parlementaires disposeront de l’ensemble des avis pendant la discussion.',
        valeurs: 'Transparence ; participation citoyenne.',
        jalons: [
          ['Circulaire du Premier ministre', 'mars 2025', 'juin 2025'],
          ['Publication systématique des avis', 'juillet 2025', 'juin 2026'],
        ],
      },
    ],
  },
  {
    axe: 'Participation des citoyens à la décision',
    items: [
      {
        titre: 'Un budget participatif national pour la transition écologique',
        porteur: 'Ministère de la Transition écologique',
        autres: 'Agence de la transition écologique ; réseau des associations de quartier',
        dates: 'septembre 2025 – juin 2027',
        probleme:
          'Les habitants souhaitent agir pour le climat mais n’ont guère de prise sur les investissements publics qui les concernent.',
        engagement:
          'Consacrer une enveloppe de 50 millions à des projets proposés et votés par les habitants, dans toutes les régions.',
        contribution:
          'Le budget participatif associe directement les citoyens au choix des investissements et rend compte publiquement de leur réalisation.',
        valeurs: 'Participation citoyenne ; redevabilité.',
        jalons: [
          ['Règlement du budget participatif adopté', 'septembre 2025', 'décembre 2025'],
          ['Dépôt des projets par les habitants', 'janvier 2026', 'avril 2026'],
          ['Vote en ligne et dans les mairies', 'mai 2026', 'juin 2026'],
          ['Bilan public de la réalisation des projets', 'juillet 2026', 'juin 2027'],
        ],
      },
      {
        titre: 'Associer les usagers à l’évaluation des services publics de proximité',
        porteur: 'Direction interministérielle de la transformation publique',
        autres: 'France Services ; associations d’usagers',
        dates: 'janvier 2025 – décembre 2026',
        probleme:
          'Les usagers évaluent les services publics par des enquêtes de satisfaction dont les résultats ne leur sont pas restitués et qui ne débouchent pas sur des changements visibles.',
        engagement:
          'Créer dans chaque département un comité d’usagers qui examine les résultats des enquêtes et propose des améliorations, avec une réponse publique de l’administration.',
        contribution: 'Les usagers deviennent acteurs de l’amélioration des services qu’ils utilisent.',
        valeurs: 'Participation citoyenne.',
        jalons: [
          ['Installation de comités dans dix départements pilotes', 'janvier 2025', 'décembre 2025'],
          ['Généralisation à tous les départements', 'janvier 2026', 'décembre 2026'],
        ],
      },
    ],
  },
  {
    axe: 'Intégrité et confiance',
    items: [
      {
        titre: 'Renforcer la protection des lanceurs d’alerte dans les administrations',
        porteur: 'Ministère de la Fonction publique',
        autres: 'Défenseur des droits ; Maison des lanceurs d’alerte',
        dates: 'avril 2025 – décembre 2026',
        probleme:
          'Les agents publics qui signalent des faits graves craignent des représailles et connaissent mal les procédures prévues par la loi.',
        engagement:
          'Désigner un référent alerte dans chaque administration, publier un guide pratique et un rapport annuel sur les signalements reçus et leurs suites.',
        contribution:
          'Des procédures connues et suivies encouragent le signalement et protègent ceux qui alertent.',
        valeurs: 'Redevabilité ; intégrité.',
        jalons: [
          ['Guide pratique publié', 'avril 2025', 'septembre 2025'],
          ['Référents désignés dans toutes les administrations', 'octobre 2025', 'juin 2026'],
          ['Premier rapport annuel', 'juillet 2026', 'décembre 2026'],
        ],
      },
    ],
  },
];

function frEngagementsAxes(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.5; color: #1b1b1b; }
h1 { font-family: 'DejaVu Sans'; font-size: 20pt; color: #000091; margin: 0 0 12pt; }
h2.axe { font-family: 'DejaVu Sans'; font-size: 15pt; color: #fff; background: #000091; padding: 6pt 10pt; margin: 0 0 14pt; }
h3 { font-family: 'DejaVu Sans'; font-size: 12pt; color: #000091; margin: 18pt 0 8pt; border-bottom: 1pt solid #000091; padding-bottom: 3pt; }
p { margin: 0 0 6pt; text-align: justify; } p.f b { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #000091; }
.couv { padding-top: 200pt; font-family: 'DejaVu Sans'; } .couv .x { font-size: 11pt; text-transform: uppercase; letter-spacing: 1pt; color: #555; }
.couv .y { font-size: 28pt; font-weight: bold; color: #000091; margin: 16pt 0 10pt; line-height: 1.2; } .couv .z { font-size: 15pt; }
table.j { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans'; font-size: 8.5pt; margin: 4pt 0 10pt; }
table.j th { background: #e3e3fd; text-align: left; } table.j td, table.j th { border-bottom: 0.5pt solid #999; padding: 3pt 4pt; }
${TOC_STYLE} .toc { font-family: 'DejaVu Sans'; font-size: 9.5pt; }`;
  const commitments: Labelled[] = [];
  let n = 0;
  for (const a of FR_AXES)
    for (const e of a.items) {
      n++;
      commitments.push({
        label: String(n),
        title: e.titre,
        theme: a.axe,
        marker: `Engagement ${n} – ${e.titre}`,
      });
    }
  const axeHeads = FR_AXES.map((a, i) => `Axe ${i + 1} : ${a.axe}`);
  const toc = [
    'Avant-propos',
    'Introduction',
    'La démarche de co-construction',
    ...axeHeads,
    'Annexe – Contributions reçues',
  ];
  const html = (pages: Map<string, number>): string => {
    let k = 0;
    const axes = FR_AXES.map((a, ai) => {
      const items = a.items
        .map((e) => {
          k++;
          return `<h3>Engagement ${k} – ${esc(e.titre)}</h3>
<p class="f"><b>Administration porteuse :</b> ${esc(e.porteur)}</p>
<p class="f"><b>Autres acteurs impliqués :</b> ${esc(e.autres)}</p>
<p class="f"><b>Date de début et de fin :</b> ${esc(e.dates)}</p>
<p class="f"><b>Quel est le problème public à résoudre ?</b> ${esc(e.probleme)}</p>
<p class="f"><b>Quel est l’engagement ?</b> ${esc(e.engagement)}</p>
<p class="f"><b>Comment l’engagement contribuera-t-il à résoudre le problème ?</b> ${esc(e.contribution)}</p>
<p class="f"><b>Valeurs du PGO :</b> ${esc(e.valeurs)}</p>
<table class="j"><tr><th>Jalons</th><th style="width:20%">Début</th><th style="width:20%">Fin</th></tr>
${e.jalons.map(([j, d, f]) => `<tr><td>${esc(j)}</td><td>${d}</td><td>${f}</td></tr>`).join('\n')}</table>`;
        })
        .join('\n');
      return `<h2 class="axe brk">${esc(axeHeads[ai] as string)}</h2>\n${items}`;
    }).join('\n');
    const body = `<div class="couv"><div class="x">République de Belmont · Premier ministre</div>
<div class="y">Plan d’action national pour un gouvernement ouvert</div><div class="z">2025 – 2027</div></div>
<h1 class="brk">Sommaire</h1>
${toc
  .slice(0, 3)
  .map((t) => tocEntry(t, pages.get(t), 0))
  .join('\n')}
${FR_AXES.map((a, ai) => {
  const head = axeHeads[ai] as string;
  const inside = commitments
    .filter((c) => c.theme === a.axe)
    .map((c) => tocEntry(c.marker, pages.get(c.marker), 1))
    .join('\n');
  return `${tocEntry(head, pages.get(head), 0)}\n${inside}`;
}).join('\n')}
${tocEntry(toc[toc.length - 1] as string, pages.get(toc[toc.length - 1] as string), 0)}
<h1 class="brk">Avant-propos</h1>
${para('Un gouvernement ouvert est un gouvernement qui rend des comptes, qui associe les citoyens à ses choix et qui publie l’information dont il dispose. Ce deuxième plan d’action traduit cette ambition en engagements précis, datés et vérifiables.')}
${para('Il a été construit avec la société civile, les collectivités et les administrations, au terme de plusieurs mois d’ateliers et de consultation en ligne. Je remercie toutes celles et ceux qui y ont contribué.')}
<p style="text-align:right;font-style:italic">La ministre de la Transformation et de la Fonction publiques</p>
<h1>Introduction</h1>
${para('La République de Belmont a rejoint le Partenariat pour un gouvernement ouvert en 2019. Le présent plan couvre la période 2025-2027 ; il comporte cinq engagements répartis en trois axes. Chaque engagement est présenté selon le modèle du Partenariat.')}
<h1>La démarche de co-construction</h1>
${para('Un forum multi-acteurs, composé à parité de représentants des administrations et de la société civile, a piloté l’élaboration du plan. Six ateliers ont été organisés en région et une consultation en ligne a recueilli 312 contributions. Le forum a retenu les propositions les plus ambitieuses et les plus réalisables, puis a rédigé les engagements avec les administrations porteuses.')}
${axes}
<h1 class="brk">Annexe – Contributions reçues</h1>
${para('Les contributions reçues pendant la consultation en ligne se répartissent comme suit :')}
<table class="j"><tr><th>Thème</th><th>Nombre de contributions</th></tr>
<tr><td>Transparence et données ouvertes</td><td>118</td></tr><tr><td>Participation citoyenne</td><td>97</td></tr>
<tr><td>Intégrité et lutte contre la corruption</td><td>64</td></tr><tr><td>Autres</td><td>33</td></tr></table>`;
    return htmlPage(
      'fr',
      'Plan d’action national pour un gouvernement ouvert 2025-2027',
      '25mm 24mm 22mm 24mm',
      css,
      body,
    );
  };
  return {
    name: 'fr-plan-axes-engagements',
    kind: 'action-plan',
    family: 'ordinary-ogp-template',
    language: 'fr',
    format: 'pdf',
    note: 'An ordinary French plan: cover, "Sommaire" with dot leaders, "Avant-propos", "comporte cinq engagements répartis en trois axes"; "Axe N : …" in a coloured band on a new page, then "Engagement N – Titre" (h3, numbered across the plan) with the fiche as bold field names in the text (administration porteuse, autres acteurs, date de début et de fin, problème, engagement, valeurs du PGO) and a table of jalons with début and fin; an annex table of contributions.',
    html,
    commitments,
    header: 'Plan d’action national pour un gouvernement ouvert 2025-2027',
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese plan: "Compromisso N – Título" and the template table.

interface PtCompromisso {
  titulo: string;
  entidade: string;
  outras: string;
  datas: string;
  problema: string;
  objetivo: string;
  descricao: string;
  valores: string;
  marcos: Array<[string, string, string]>;
}

const PT_PLAN: PtCompromisso[] = [
  {
    titulo: 'Portal único de dados sobre a execução dos fundos europeus',
    entidade: 'Agência para o Desenvolvimento e Coesão',
    outras: 'Tribunal de Contas; Associação Transparência e Integridade; Universidade do Minho',
    datas: 'janeiro de 2025 – junho de 2027',
    problema:
      'A informação sobre os projetos financiados por fundos europeus está dispersa por vários programas operacionais, com formatos diferentes, o que dificulta saber quem recebe os apoios e que resultados produzem.',
    objetivo:
      'Reunir num único portal, em dados abertos, todos os projetos aprovados, os montantes pagos e os indicadores de resultado.',
    descricao:
      'Será criado um portal com pesquisa por beneficiário, município e setor, atualizado mensalmente, e uma interface de programação para reutilização dos dados.',
    valores: 'Transparência; prestação de contas; tecnologia e inovação.',
    marcos: [
      ['Modelo de dados comum aprovado', 'janeiro de 2025', 'junho de 2025'],
      ['Portal disponível com os dados de três programas', 'julho de 2025', 'março de 2026'],
      ['Portal com todos os programas e interface de programação', 'abril de 2026', 'dezembro de 2026'],
      ['Avaliação da utilização com os utilizadores', 'janeiro de 2027', 'junho de 2027'],
    ],
  },
  {
    titulo: 'Participação dos jovens nas decisões das autarquias',
    entidade: 'Instituto Português do Desporto e Juventude',
    outras: 'Associação Nacional de Municípios; Conselho Nacional de Juventude',
    datas: 'março de 2025 – dezembro de 2026',
    problema:
      'Os jovens participam pouco na vida das autarquias e os conselhos municipais de juventude, onde existem, reúnem raramente e sem efeito nas decisões.',
    objetivo: 'Dar aos jovens um papel efetivo na preparação dos orçamentos e planos municipais.',
    descricao:
      'Será criado um programa de apoio aos conselhos municipais de juventude, com formação, um guia de boas práticas e um orçamento participativo jovem em vinte municípios.',
    valores: 'Participação cívica.',
    marcos: [
      ['Guia de boas práticas publicado', 'março de 2025', 'setembro de 2025'],
      ['Formação dos conselhos municipais de juventude', 'outubro de 2025', 'março de 2026'],
      ['Orçamento participativo jovem em vinte municípios', 'abril de 2026', 'dezembro de 2026'],
    ],
  },
  {
    titulo: 'Simplificar o acesso aos documentos administrativos',
    entidade: 'Comissão de Acesso aos Documentos Administrativos',
    outras: 'Agência para a Modernização Administrativa; associações de jornalistas',
    datas: 'janeiro de 2025 – dezembro de 2026',
    problema:
      'Os pedidos de acesso a documentos administrativos demoram, muitas vezes, mais do que o prazo legal, e os cidadãos não sabem a quem dirigir o pedido nem como reclamar.',
    objetivo: 'Reduzir os prazos de resposta e tornar o procedimento conhecido e fácil de usar.',
    descricao:
      'Será disponibilizado um formulário único de pedido de acesso, com encaminhamento automático para a entidade competente e acompanhamento do estado do pedido, e serão publicadas estatísticas anuais de resposta por entidade.',
    valores: 'Transparência; prestação de contas.',
    marcos: [
      ['Formulário único em funcionamento', 'janeiro de 2025', 'dezembro de 2025'],
      ['Primeiras estatísticas anuais publicadas', 'janeiro de 2026', 'junho de 2026'],
      ['Formação dos responsáveis pelo acesso nas entidades', 'julho de 2026', 'dezembro de 2026'],
    ],
  },
  {
    titulo: 'Registo de transparência da representação de interesses',
    entidade: 'Assembleia da República',
    outras: 'Entidade para a Transparência; Frente Cívica',
    datas: 'junho de 2025 – junho de 2027',
    problema:
      'Não existe um registo público das entidades que procuram influenciar decisões legislativas e governamentais, nem das reuniões que realizam com decisores públicos.',
    objetivo: 'Tornar visíveis as interações entre representantes de interesses e decisores públicos.',
    descricao:
      'Será criado um registo público obrigatório dos representantes de interesses, com a publicação das reuniões com deputados, membros do Governo e dirigentes superiores.',
    valores: 'Transparência; integridade.',
    marcos: [
      ['Aprovação da lei do registo', 'junho de 2025', 'março de 2026'],
      ['Registo disponível em linha', 'abril de 2026', 'dezembro de 2026'],
      ['Primeiro relatório anual do registo', 'janeiro de 2027', 'junho de 2027'],
    ],
  },
  {
    titulo: 'Avaliação participada dos serviços de saúde primários',
    entidade: 'Direção Executiva do Serviço Nacional de Saúde',
    outras: 'Liga dos Utentes; Ordem dos Médicos; Ordem dos Enfermeiros',
    datas: 'setembro de 2025 – junho de 2027',
    problema:
      'Os resultados das unidades de saúde familiar são medidos por indicadores internos que os utentes não conhecem e em cuja definição não participaram.',
    objetivo:
      'Envolver os utentes na definição e na leitura dos indicadores dos cuidados de saúde primários.',
    descricao:
      'Serão criados painéis de utentes em cada região de saúde e publicados em linha os indicadores de cada unidade, com uma explicação acessível.',
    valores: 'Participação cívica; transparência.',
    marcos: [
      ['Painéis de utentes constituídos', 'setembro de 2025', 'março de 2026'],
      ['Indicadores por unidade publicados', 'abril de 2026', 'dezembro de 2026'],
      ['Relatório dos painéis de utentes', 'janeiro de 2027', 'junho de 2027'],
    ],
  },
];

function ptCompromissosPlano(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; color: #202020; }
h1 { font-family: 'DejaVu Sans'; font-size: 15pt; color: #006600; margin: 0 0 10pt; font-weight: bold; }
h2 { font-family: 'DejaVu Sans'; font-size: 12.5pt; color: #202020; margin: 0 0 8pt; font-weight: bold; }
p { margin: 0 0 7pt; text-align: justify; }
.capa { padding-top: 170pt; } .capa .l1 { font-family: 'DejaVu Sans'; font-size: 12pt; color: #006600; } .capa .l2 { font-family: 'DejaVu Sans'; font-size: 27pt; font-weight: bold; margin: 14pt 0; line-height: 1.2; }
.capa .l3 { font-size: 14pt; }
table.m { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans'; font-size: 8.5pt; margin-bottom: 8pt; }
table.m td { border: 0.5pt solid #666; padding: 3pt 4pt; vertical-align: top; } table.m td.k { width: 30%; background: #eaf3ea; font-weight: bold; }
table.m tr.h td { background: #006600; color: #fff; font-weight: bold; }
${TOC_STYLE} .toc { font-family: 'DejaVu Sans'; font-size: 10pt; }`;
  const commitments: Labelled[] = PT_PLAN.map((c, i) => ({
    label: String(i + 1),
    title: c.titulo,
    theme: null,
    marker: `Compromisso ${i + 1} – ${c.titulo}`,
  }));
  const toc = [
    'Nota introdutória',
    'Enquadramento',
    'Processo de cocriação',
    'Compromissos',
    'Acompanhamento e monitorização',
    'Anexo I – Glossário',
  ];
  const html = (pages: Map<string, number>): string => {
    const ficha = (
      c: PtCompromisso,
      i: number,
    ): string => `<h2 class="brk">Compromisso ${i + 1} – ${esc(c.titulo)}</h2>
<table class="m">
<tr><td class="k">Entidade responsável</td><td>${esc(c.entidade)}</td></tr>
<tr><td class="k">Outras entidades envolvidas</td><td>${esc(c.outras)}</td></tr>
<tr><td class="k">Data de início e de conclusão</td><td>${esc(c.datas)}</td></tr>
<tr><td class="k">Descrição do problema</td><td>${esc(c.problema)}</td></tr>
<tr><td class="k">Objetivo principal</td><td>${esc(c.objetivo)}</td></tr>
<tr><td class="k">Breve descrição do compromisso</td><td>${esc(c.descricao)}</td></tr>
<tr><td class="k">Relevância face aos valores OGP</td><td>${esc(c.valores)}</td></tr>
</table>
<table class="m"><tr class="h"><td>Marcos</td><td style="width:20%">Data de início</td><td style="width:20%">Data de conclusão</td></tr>
${c.marcos.map(([m, a, b]) => `<tr><td>${esc(m)}</td><td>${a}</td><td>${b}</td></tr>`).join('\n')}</table>`;
    const body = `<div class="capa"><div class="l1">República Portuguesa · Rede Nacional de Administração Aberta</div>
<div class="l2">III Plano de Ação Nacional<br>para a Administração Aberta</div><div class="l3">2025 – 2027</div></div>
<h1 class="brk">Sumário</h1>
${toc
  .slice(0, 4)
  .map((t) => tocEntry(t, pages.get(t), 0))
  .join('\n')}
${commitments.map((c) => tocEntry(c.marker, pages.get(c.marker), 1)).join('\n')}
${toc
  .slice(4)
  .map((t) => tocEntry(t, pages.get(t), 0))
  .join('\n')}
<h1 class="brk">Nota introdutória</h1>
${para('Portugal aderiu à Parceria para o Governo Aberto em 2017. Este terceiro plano de ação resulta de um processo de cocriação que envolveu a administração central e local, a sociedade civil e a academia, e integra cinco compromissos a executar entre 2025 e 2027.')}
<h1>Enquadramento</h1>
${para('Os planos anteriores permitiram avanços na abertura de dados, no acesso à informação e na participação pública. O Mecanismo de Avaliação Independente recomendou maior ambição nos compromissos e um acompanhamento mais regular pela Rede Nacional de Administração Aberta.')}
<h1>Processo de cocriação</h1>
${para('Entre abril e outubro de 2024 decorreram sessões de cocriação em Lisboa, Porto, Coimbra, Évora e Faro, e uma consulta pública em linha que recebeu 187 propostas. As propostas foram analisadas pela Rede, que selecionou os compromissos com as entidades responsáveis pela sua execução.')}
<h1>Compromissos</h1>
${para('Cada compromisso é apresentado segundo o modelo da Parceria para o Governo Aberto, com a entidade responsável, o problema, o objetivo e os marcos com as respetivas datas.')}
${PT_PLAN.map(ficha).join('\n')}
<h1 class="brk">Acompanhamento e monitorização</h1>
${para('A Rede Nacional de Administração Aberta reunirá trimestralmente para acompanhar a execução do plano. As entidades responsáveis reportarão o estado de cada marco, e o ponto de situação será publicado no sítio da Rede.')}
<h1>Anexo I – Glossário</h1>
<p><b>Cocriação</b> – processo de elaboração conjunta do plano pela administração e pela sociedade civil.</p>
<p><b>Marco</b> – resultado verificável de um compromisso, com data de início e de conclusão.</p>
<p><b>Representação de interesses</b> – atividade de quem procura influenciar decisões públicas em nome de terceiros.</p>`;
    return htmlPage(
      'pt',
      'III Plano de Ação Nacional para a Administração Aberta',
      '25mm 22mm 22mm 22mm',
      css,
      body,
    );
  };
  return {
    name: 'pt-plano-compromissos-ogp',
    kind: 'action-plan',
    family: 'ordinary-ogp-template',
    language: 'pt',
    format: 'pdf',
    note: 'An ordinary Portuguese plan: cover, "Sumário" with dot leaders, "Nota introdutória" ("integra cinco compromissos"), chapters; each commitment an h2 "Compromisso N – Título" on its own page followed by the template table (entidade responsável, outras entidades, data de início e de conclusão, problema, objetivo, descrição, valores OGP) and a table of marcos with start and end dates; a glossary annex.',
    html,
    commitments,
    header: 'III Plano de Ação Nacional para a Administração Aberta 2025–2027',
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// English end-of-term self-assessment: a summary table of completion, then each commitment in turn.

interface SelfCommitment {
  title: string;
  lead: string;
  period: string;
  completion: 'Complete' | 'Substantial' | 'Limited' | 'Not started';
  aim: string;
  done: string;
  milestones: Array<[string, string]>;
  next: string[];
}

const SELF: SelfCommitment[] = [
  {
    title: 'Open data on public land and property',
    lead: 'Lands Commission',
    period: 'July 2023 – June 2025',
    completion: 'Substantial',
    aim: 'Publish an inventory of all land and buildings owned by the state, with their use and value.',
    done: 'The inventory of central government property was published in March 2025 with 11,400 records. Properties held by state enterprises are not yet included.',
    milestones: [
      ['Inventory standard adopted', 'Completed'],
      ['Central government property published', 'Completed'],
      ['State enterprise property published', 'In progress'],
    ],
    next: ['Add the property of state enterprises.', 'Publish annual updates.'],
  },
  {
    title: 'Citizen scorecards for primary schools',
    lead: 'Ministry of Education',
    period: 'September 2023 – June 2025',
    completion: 'Complete',
    aim: 'Let parents rate school services each term and publish the results by school.',
    done: 'Scorecards were used in all 1,250 primary schools from January 2024. Results are published each term on the ministry’s website and discussed at parents’ meetings.',
    milestones: [
      ['Scorecard designed with parents’ associations', 'Completed'],
      ['Pilot in two regions', 'Completed'],
      ['Roll-out to all primary schools', 'Completed'],
    ],
    next: ['Extend scorecards to secondary schools in the next plan.'],
  },
  {
    title: 'Access to information training for public officials',
    lead: 'Information Commission',
    period: 'July 2023 – December 2024',
    completion: 'Limited',
    aim: 'Train information officers in every public body to handle requests within the legal deadline.',
    done: 'Training materials were produced and 140 officers trained, out of about 600 public bodies. Funding for the regional sessions was not released.',
    milestones: [
      ['Training materials produced', 'Completed'],
      ['Officers of all ministries trained', 'Completed'],
      ['Regional training sessions', 'Not started'],
    ],
    next: ['Offer the training online.', 'Seek funding for regional sessions.'],
  },
  {
    title: 'Disclosure of assets of elected officials',
    lead: 'Ethics Commission',
    period: 'January 2024 – June 2025',
    completion: 'Not started',
    aim: 'Publish the asset declarations of members of parliament and local councillors online.',
    done: 'The amendment to the Ethics Act needed to allow publication was not tabled during the period, and no declarations have been published.',
    milestones: [
      ['Amendment to the Ethics Act tabled', 'Not started'],
      ['Online publication of declarations', 'Not started'],
    ],
    next: ['Carry the commitment forward to the next action plan.'],
  },
  {
    title: 'Participatory monitoring of road construction',
    lead: 'Roads Authority',
    period: 'July 2023 – June 2025',
    completion: 'Substantial',
    aim: 'Involve communities in monitoring road projects and publish project data.',
    done: 'Project data for 85 road projects is published. Community monitors were trained in three of the four regions planned, and their reports are public.',
    milestones: [
      ['Road project data published', 'Completed'],
      ['Community monitors trained in four regions', 'In progress'],
      ['Monitoring reports published', 'Completed'],
    ],
    next: ['Train monitors in the remaining region.'],
  },
];

function enSelfAssessment(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.5; color: #262626; }
h1 { font-size: 17pt; color: #7a1f3d; margin: 0 0 10pt; font-weight: bold; }
h2 { font-size: 12.5pt; color: #7a1f3d; margin: 20pt 0 6pt; font-weight: bold; }
p { margin: 0 0 6pt; }
.cov { padding-top: 160pt; } .cov .p { font-size: 30pt; font-weight: bold; color: #7a1f3d; line-height: 1.2; } .cov .q { font-size: 14pt; margin-top: 14pt; }
.cov .r { font-size: 10pt; margin-top: 250pt; color: #555; }
table.s, table.d { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 4pt 0 8pt; }
table.s th, table.d th { background: #7a1f3d; color: #fff; text-align: left; padding: 3pt 4pt; }
table.s td, table.d td { border-bottom: 0.5pt solid #bbb; padding: 3pt 4pt; vertical-align: top; }
table.d td.k { width: 28%; font-weight: bold; background: #f6e9ee; }
${TOC_STYLE} .toc { font-size: 10pt; }`;
  const commitments: Labelled[] = SELF.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    reportedStatus: c.completion,
    marker: `Commitment ${i + 1}: ${c.title}`,
  }));
  const toc = [
    'Executive summary',
    'Introduction',
    'Implementation of the commitments',
    'Lessons learned',
    'Annex: Comments received on the draft report',
  ];
  const html = (pages: Map<string, number>): string => {
    const one = (c: SelfCommitment, i: number): string => `<h2>Commitment ${i + 1}: ${esc(c.title)}</h2>
<table class="d">
<tr><td class="k">Lead agency</td><td>${esc(c.lead)}</td></tr>
<tr><td class="k">Implementation period</td><td>${esc(c.period)}</td></tr>
<tr><td class="k">Level of completion</td><td>${c.completion}</td></tr>
<tr><td class="k">Commitment aim</td><td>${esc(c.aim)}</td></tr>
<tr><td class="k">What was achieved</td><td>${esc(c.done)}</td></tr>
</table>
<table class="d"><tr><th>Milestone</th><th style="width:22%">Status</th></tr>
${c.milestones.map(([m, s]) => `<tr><td>${esc(m)}</td><td>${s}</td></tr>`).join('\n')}</table>
<p><b>Next steps</b></p><ol>${c.next.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>`;
    const body = `<div class="cov"><div class="p">End-of-Term Self-Assessment Report</div>
<div class="q">Second National Action Plan for Open Government 2023–2025</div>
<div class="r">Government of the Republic of Norland · Open Government Secretariat · September 2025</div></div>
<h1 class="brk">Contents</h1>
${toc
  .slice(0, 3)
  .map((t) => tocEntry(t, pages.get(t), 0))
  .join('\n')}
${commitments.map((c) => tocEntry(c.marker, pages.get(c.marker), 1)).join('\n')}
${toc
  .slice(3)
  .map((t) => tocEntry(t, pages.get(t), 0))
  .join('\n')}
<h1 class="brk">Executive summary</h1>
${para('This report assesses the implementation of the five commitments of Norland’s second national action plan at the end of its term. It was prepared by the Open Government Secretariat with the lead agencies and reviewed by the multi-stakeholder forum. A draft was published for public comment for two weeks.')}
${para('One commitment was completed, two were substantially completed, one saw limited progress and one was not started. The table below summarises the level of completion of each commitment.')}
<table class="s"><tr><th style="width:6%">No.</th><th>Commitment</th><th>Lead agency</th><th style="width:16%">Completion</th></tr>
${SELF.map((c, i) => `<tr><td>${i + 1}</td><td>${esc(c.title)}</td><td>${esc(c.lead)}</td><td>${c.completion}</td></tr>`).join('\n')}</table>
<h1>Introduction</h1>
${para('Norland joined the Open Government Partnership in 2020. Its second action plan was adopted in June 2023 after co-creation with civil society and ran until June 2025. This self-assessment follows the guidance of the Open Government Partnership for end-of-term reports.')}
<h1 class="brk">Implementation of the commitments</h1>
${para('For each commitment, this section gives the lead agency, the level of completion reached at the end of the term, the status of each milestone and the next steps the agency proposes.')}
${SELF.map(one).join('\n')}
<h1 class="brk">Lessons learned</h1>
<ol><li>Commitments that needed new legislation were the least likely to be completed; such commitments should be split into smaller steps.</li>
<li>Lead agencies that named a single responsible officer reported more regularly.</li>
<li>Funding should be confirmed before a commitment is included in the plan.</li></ol>
<h1>Annex: Comments received on the draft report</h1>
${para('Eleven comments were received. Most asked for more evidence on the use of published data; the Secretariat added links to the evidence for each milestone in the online version of the report.')}`;
    return htmlPage('en', 'End-of-Term Self-Assessment Report', '22mm 20mm 22mm 20mm', css, body);
  };
  return {
    name: 'en-self-assessment-eot',
    kind: 'self-assessment',
    family: 'ordinary-self-assessment',
    language: 'en',
    format: 'pdf',
    note: 'An ordinary end-of-term self-assessment: cover, contents, executive summary with a table No. | Commitment | Lead agency | Completion; each commitment an h2 "Commitment N: Title" (several to a page) followed by a table (lead agency, implementation period, "Level of completion": Complete/Substantial/Limited/Not started, aim, achievements), a milestone status table (Completed, In progress, Not started) and numbered next steps; numbered lessons learned.',
    html,
    commitments,
    header: 'Self-Assessment Report · Second National Action Plan 2023–2025',
    toc,
  };
}

export const DOCS_N: Doc[] = [
  enNationalPlan(),
  esFichaPlan(),
  frEngagementsAxes(),
  ptCompromissosPlano(),
  enSelfAssessment(),
];
