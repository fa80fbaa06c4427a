/**
 * The thirteenth batch of the second blind set: a long East-African plan (sixteen commitments under
 * "Thematic Area One"… headings, a template table after each "Commitment N:" heading, national and county
 * commitments in two parts, a summary table and a results framework that repeat every title); a Spanish
 * national plan whose ten-odd commitments are each carried out through "Iniciativa N.M" sub-sections with
 * fields of their own, from ministries and regions, and whose structure section counts the initiatives as
 * well as the commitments; a North-African French plan whose engagements are template tables opened by a
 * header cell "Engagement N : Title" and whose fields are the new OGP template's questions; a Portuguese
 * municipal plan whose commitments are numbered "01"… in a large cell beside the title, with the OGP values
 * as ticked boxes; a Spanish IRM Action Plan Review that discusses clusters of promising commitments and
 * lists every commitment in an annex of data (verifiable, open government lens, potential for results,
 * which is not a completion); and a Canadian "What we heard" page on the consultations for a next plan (a
 * trap). Written and labelled after the finder had been fixed against the first eleven batches, before it
 * read any of these.
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
// English, long: an East-African national plan. Cover, contents, acronyms as a two-column table, foreword
// and a statement from the civil society co-chair, executive summary with a table of all commitments,
// "1.0 Introduction", "2.0 Our OGP journey" with the last plan's achievements numbered (trap), "3.0
// Co-creation" with numbered steps, "4.0 Commitments": "Thematic Area One: …" headings, each commitment a
// heading "Commitment N: Title" and a template table (lead agency, supporting stakeholders, duration,
// problem, the commitment, OGP values, milestones with outputs and dates); "Part B" county commitments
// continuing the numbers; "5.0 Monitoring and evaluation" with a results framework repeating every title;
// annexes listing the forum's members.

interface KeCommitment {
  title: string;
  lead: string;
  problem: string;
  milestones: string[];
}

const KE_AREAS: Array<{ area: string; items: KeCommitment[] }> = [
  {
    area: 'Thematic Area One: Fiscal Openness',
    items: [
      {
        title: 'Publish county budget execution reports in open data formats every quarter',
        lead: 'Office of the Controller of Budget',
        problem:
          'Quarterly budget implementation reports are released as scanned documents months after the quarter closes, so residents cannot see whether allocations reach the wards.',
        milestones: [
          'Adopt a data standard for county budget execution',
          'Publish the first quarterly reports for all counties as open data',
          'Train county assemblies’ budget committees to use the data',
        ],
      },
      {
        title: 'Open the public debt register to citizens and parliament',
        lead: 'The National Treasury and Economic Planning',
        problem:
          'Information on loan terms, guarantees and repayment schedules is scattered and rarely shared with the legislature before new borrowing is approved.',
        milestones: [
          'Consolidate the register of external and domestic loans',
          'Publish loan-by-loan data on the Treasury website',
          'Table an annual debt transparency report in Parliament',
        ],
      },
      {
        title: 'Strengthen public participation in the budget process through a citizens’ budget',
        lead: 'The National Treasury and Economic Planning',
        problem:
          'Budget documents are long and technical; fewer than one in ten residents who attend budget hearings say they understood the proposals discussed.',
        milestones: [
          'Publish a citizens’ budget alongside the budget estimates',
          'Hold structured budget hearings in every region',
          'Report back on how submissions changed the estimates',
        ],
      },
      {
        title: 'Implement open contracting in national and county procurement',
        lead: 'Public Procurement Regulatory Authority',
        problem:
          'Tender notices and awards are published on separate portals without contract implementation data, which makes it hard to trace stalled projects.',
        milestones: [
          'Publish all tenders and awards in the Open Contracting Data Standard',
          'Add contract implementation and payment data for public works',
          'Launch a feedback channel for residents to report stalled projects',
        ],
      },
    ],
  },
  {
    area: 'Thematic Area Two: Anti-Corruption and Integrity',
    items: [
      {
        title: 'Establish a public register of beneficial owners of companies',
        lead: 'Business Registration Service',
        problem:
          'The register of beneficial owners exists but is closed to the public, so procurement officers and journalists cannot check who stands behind bidders.',
        milestones: [
          'Amend regulations to allow public access to key beneficial ownership data',
          'Link the register to the procurement portal',
          'Verify a sample of declarations each year',
        ],
      },
      {
        title: 'Digitise and publish wealth declarations of senior public officers',
        lead: 'Ethics and Anti-Corruption Commission',
        problem:
          'Declarations of income, assets and liabilities are filed on paper and cannot be compared over time or checked against other records.',
        milestones: [
          'Launch an online declaration system',
          'Publish summary declarations of state officers',
          'Report on verification outcomes annually',
        ],
      },
      {
        title: 'Protect whistleblowers who report corruption in public institutions',
        lead: 'Office of the Attorney General and Department of Justice',
        problem:
          'People who report wrongdoing face retaliation and there is no law that protects them or rewards disclosures that recover public funds.',
        milestones: [
          'Submit the Whistleblower Protection Bill to Parliament',
          'Set up secure reporting channels in ten ministries',
          'Publish annual statistics on disclosures and outcomes',
        ],
      },
    ],
  },
  {
    area: 'Thematic Area Three: Access to Information and Civic Space',
    items: [
      {
        title: 'Proactively disclose information held by public entities under the Access to Information Act',
        lead: 'Commission on Administrative Justice',
        problem:
          'Most public entities have not published the information the law requires them to disclose proactively, and requests often go unanswered.',
        milestones: [
          'Issue proactive disclosure guidelines',
          'Assess compliance of 200 public entities',
          'Publish a compliance ranking every year',
        ],
      },
      {
        title: 'Create an enabling environment for public benefit organisations',
        lead: 'Public Benefit Organisations Regulatory Authority',
        problem:
          'Registration and reporting requirements for civil society organisations are slow and unclear, which discourages citizens from organising.',
        milestones: [
          'Operationalise the Public Benefit Organisations Act',
          'Open an online registration and reporting service',
          'Review the Act’s implementation with civil society',
        ],
      },
      {
        title: 'Enhance public participation in law-making by the national and county legislatures',
        lead: 'Parliamentary Service Commission',
        problem:
          'Bills are published for comment with very short notice and submissions from the public receive no response.',
        milestones: [
          'Adopt standing orders setting minimum comment periods',
          'Publish all submissions and the committee’s response',
          'Pilot a public participation portal in five county assemblies',
        ],
      },
    ],
  },
  {
    area: 'Thematic Area Four: Service Delivery and Digital Government',
    items: [
      {
        title: 'Open data on health facilities, staffing and essential medicines',
        lead: 'Ministry of Health',
        problem:
          'Patients and health committees do not know which facilities have staff and essential medicines, and stock-outs are discovered only when people are turned away.',
        milestones: [
          'Publish the master facility list with staffing data',
          'Publish monthly stock levels of tracer medicines',
          'Hold quarterly health facility score card meetings',
        ],
      },
      {
        title: 'Use citizen feedback to improve government digital services',
        lead: 'Ministry of Information, Communications and the Digital Economy',
        problem:
          'Thousands of services moved online without a way for users to rate them or report failures, so problems persist for months.',
        milestones: [
          'Add a feedback tool to the government services portal',
          'Publish service performance dashboards',
          'Review the ten services with the lowest ratings with their users',
        ],
      },
    ],
  },
];

const KE_COUNTIES: KeCommitment[] = [
  {
    title: 'Track the implementation of county development projects with residents',
    lead: 'County Government of Makueni',
    problem:
      'Residents who proposed projects in ward forums cannot follow their progress, and stalled projects are discovered only at the end of the financial year.',
    milestones: [
      'Publish a map of all county projects with their status',
      'Train project management committees in every ward',
      'Report on stalled projects to the County Assembly twice a year',
    ],
  },
  {
    title: 'Publish land records and valuation rolls of the county',
    lead: 'County Government of Nakuru',
    problem:
      'Disputes over plots and rates arise because land records and valuation rolls are not open to the people they affect.',
    milestones: ['Digitise the valuation roll', 'Open an online land records search service'],
  },
  {
    title: 'Involve young people in the monitoring of county bursaries',
    lead: 'County Government of Elgeyo Marakwet',
    problem:
      'Bursary allocations are perceived as unfair because lists of beneficiaries and criteria are not published.',
    milestones: [
      'Publish the criteria and lists of bursary beneficiaries',
      'Set up youth monitoring committees in each sub-county',
    ],
  },
  {
    title: 'Open county revenue collection data to the public',
    lead: 'Nairobi City County Government',
    problem:
      'Residents and traders pay fees and levies without knowing how much is collected in total or how it compares with the targets in the finance act.',
    milestones: ['Publish monthly own-source revenue data', 'Hold an annual revenue forum with traders'],
  },
];

function enAreasLong(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.45; color: #1d1d1b; }
h1 { font-size: 24pt; color: #006400; } h2 { font-size: 15pt; color: #006400; margin-top: 18pt; } h2.area { background: #006400; color: #fff; padding: 5pt 8pt; font-size: 13pt; }
h3 { font-size: 11.5pt; color: #8b0000; margin: 14pt 0 5pt; } h4 { font-size: 10pt; margin: 8pt 0 3pt; } .brk { page-break-before: always; }
.cover { text-align: center; padding-top: 120pt; } .cover p { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 4pt 0 8pt; } td, th { border: 0.5pt solid #777; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #d9ead3; } td.k { font-weight: bold; width: 26%; background: #f3f3f3; } .sig { font-style: italic; } ${TOC_CSS}`;
  const all: KeCommitment[] = [...KE_AREAS.flatMap((a) => a.items), ...KE_COUNTIES];
  const themeOf = (i: number): string => {
    let k = 0;
    for (const a of KE_AREAS) {
      k += a.items.length;
      if (i < k) return a.area;
    }
    return 'Part B: County Commitments';
  };
  const commitments: Labelled[] = all.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: themeOf(i),
    marker: `Commitment ${i + 1}: ${c.title}`,
  }));
  const S = {
    acr: 'Acronyms and Abbreviations',
    fw: 'Foreword',
    cs: 'Statement by the Civil Society Co-Chair',
    ex: 'Executive Summary',
    s1: '1.0 Introduction',
    s2: '2.0 Our Open Government Partnership Journey',
    s3: '3.0 The Co-creation Process',
    s4: '4.0 Commitments',
    pa: 'Part A: National Commitments',
    pb: 'Part B: County Commitments',
    s5: '5.0 Monitoring and Evaluation',
    a1: 'Annex 1: Members of the Multi-Stakeholder Forum',
    a2: 'Annex 2: Organisations that Submitted Proposals',
  };
  const toc = [...Object.values(S), ...KE_AREAS.map((a) => a.area)];
  const html = (pages: Map<string, number>): string => {
    const contents = [
      contentsLine(S.acr, pages.get(S.acr), 0),
      contentsLine(S.fw, pages.get(S.fw), 0),
      contentsLine(S.cs, pages.get(S.cs), 0),
      contentsLine(S.ex, pages.get(S.ex), 0),
      contentsLine(S.s1, pages.get(S.s1), 0),
      contentsLine(S.s2, pages.get(S.s2), 0),
      contentsLine(S.s3, pages.get(S.s3), 0),
      contentsLine(S.s4, pages.get(S.s4), 0),
      contentsLine(S.pa, pages.get(S.pa), 1.5),
      ...KE_AREAS.map((a) => contentsLine(a.area, pages.get(a.area), 3)),
      contentsLine(S.pb, pages.get(S.pb), 1.5),
      contentsLine(S.s5, pages.get(S.s5), 0),
      contentsLine(S.a1, pages.get(S.a1), 0),
      contentsLine(S.a2, pages.get(S.a2), 0),
    ].join('');
    const summary = all
      .map((c, i) => `<tr><td>${i + 1}</td><td>${esc(c.title)}</td><td>${esc(c.lead)}</td></tr>`)
      .join('');
    const template = (c: KeCommitment, n: number): string => {
      const dates = [
        ['July 2023', 'December 2023'],
        ['January 2024', 'June 2025'],
        ['July 2025', 'June 2027'],
      ];
      const ms = c.milestones
        .map(
          (m, k) =>
            `<tr><td>${esc(m)}</td><td>${['Standard adopted and published', 'Data sets online', 'Report published'][k % 3]}</td><td>${dates[k % 3]?.[0]}</td><td>${dates[k % 3]?.[1]}</td></tr>`,
        )
        .join('');
      return `<table>
<tr><td class="k">Lead Implementing Agency</td><td>${esc(c.lead)}</td></tr>
<tr><td class="k">Supporting Stakeholders</td><td>Government: Council of Governors; Kenya School of Government.<br>Civil society, private sector, multilaterals: Open Institute; Transparency International Kenya; Institute of Public Finance.</td></tr>
<tr><td class="k">Duration</td><td>July 2023 – June 2027</td></tr>
<tr><td class="k">Problem Statement</td><td>${esc(c.problem)}</td></tr>
<tr><td class="k">Commitment Description</td><td><b>What is the commitment?</b> The ${n % 2 ? 'agency' : 'government'} will open the information and processes concerned and involve citizens in using them.<br><b>How will the commitment contribute to solving the problem?</b> Timely, usable information lets residents, oversight bodies and the media follow decisions and act on them.<br><b>Why is it relevant to OGP values?</b> It advances transparency, civic participation and public accountability.</td></tr>
<tr><td class="k">OGP Values</td><td>Transparency; Civic Participation; Public Accountability</td></tr>
</table>
<h4>Milestones</h4>
<table><tr><th>Milestone</th><th>Expected Output</th><th>Start Date</th><th>End Date</th></tr>${ms}</table>`;
    };
    let n = 0;
    const areas = KE_AREAS.map(
      (a, ai) =>
        `<h2 class="area${ai > 0 ? ' brk' : ''}">${esc(a.area)}</h2>
<p>Commitments under this thematic area were proposed by the ${['Fiscal Openness', 'Integrity', 'Civic Space', 'Service Delivery'][ai]} cluster of the Multi-Stakeholder Forum.</p>` +
        a.items
          .map((c) => {
            n++;
            return `<h3>Commitment ${n}: ${esc(c.title)}</h3>${template(c, n)}`;
          })
          .join(''),
    ).join('');
    const counties = KE_COUNTIES.map((c) => {
      n++;
      return `<h3>Commitment ${n}: ${esc(c.title)}</h3>${template(c, n)}`;
    }).join('');
    const results = all
      .map(
        (c, i) =>
          `<tr><td>${i + 1}</td><td>${esc(c.title)}</td><td>${['Share of reports published on time', 'Number of data sets published', 'Number of citizens engaged'][i % 3]}</td><td>${['0%', '0', '—'][i % 3]}</td><td>${['100%', '40', '5,000'][i % 3]}</td></tr>`,
      )
      .join('');
    const body = `<div class="cover"><p>REPUBLIC OF KENYA</p>
<h1>Kenya’s Fifth Open Government Partnership National Action Plan (NAP V)</h1>
<p>2023 – 2027</p><p>“Opening Government for Inclusive Development”</p></div>
<h2 class="brk">Table of Contents</h2>${contents}
<h2 class="brk">${S.acr}</h2>
<table><tr><td>CoB</td><td>Controller of Budget</td></tr><tr><td>CSO</td><td>Civil Society Organisation</td></tr><tr><td>EACC</td><td>Ethics and Anti-Corruption Commission</td></tr><tr><td>MSF</td><td>Multi-Stakeholder Forum</td></tr><tr><td>NAP</td><td>National Action Plan</td></tr><tr><td>OCDS</td><td>Open Contracting Data Standard</td></tr><tr><td>OGP</td><td>Open Government Partnership</td></tr><tr><td>PBO</td><td>Public Benefit Organisation</td></tr><tr><td>PPRA</td><td>Public Procurement Regulatory Authority</td></tr></table>
<h2>${S.fw}</h2>
<p>Kenya joined the Open Government Partnership in 2011 as one of its first members. Since then we have implemented four national action plans, and several of our counties have joined the OGP Local programme. This fifth plan is the product of eighteen months of dialogue between government, civil society, the private sector and citizens across all forty-seven counties.</p>
<p>The plan is anchored in our Constitution, which makes transparency, accountability and public participation national values. I call on every implementing agency to give these commitments the priority and resources they deserve.</p>
<p class="sig">Head of the Public Service</p>
<h2>${S.cs}</h2>
<p>Civil society brought more than 300 proposals to the co-creation process. The commitments in this plan are fewer and more focused than in the past, and each names an agency that will answer for it. We will monitor their implementation together with government and report publicly on progress.</p>
<p class="sig">Civil Society Co-Chair, Multi-Stakeholder Forum</p>
<h2 class="brk">${S.ex}</h2>
<p>This National Action Plan contains sixteen commitments: twelve national commitments in four thematic areas and four commitments from county governments. Table 1 lists them with their lead implementing agencies.</p>
<table><tr><th>No.</th><th>Commitment</th><th>Lead Implementing Agency</th></tr>${summary}</table>
<h2 class="brk">${S.s1}</h2>
<p>The Open Government Partnership is a multilateral initiative of national and local governments working with civil society to promote accountable, responsive and inclusive governance. Each member develops an action plan every two to four years with concrete commitments.</p>
<h2>${S.s2}</h2>
<p>Kenya’s previous plans moved from general statements towards specific reforms with measurable milestones. The fourth plan produced several lasting results.</p>
<h4>2.1 Achievements of the Fourth National Action Plan</h4>
<ol><li>Regulations on beneficial ownership were adopted and the register went live.</li><li>The public procurement portal began publishing contract awards.</li><li>County assemblies in six counties adopted public participation guidelines.</li><li>A national data portal was relaunched with 400 data sets.</li></ol>
<h4>2.2 Lessons Learned</h4>
<ol><li>Commitments need a budget line at the time they are adopted.</li><li>Counties should be part of the plan from the start.</li><li>Progress reports must be published on time.</li></ol>
<h2 class="brk">${S.s3}</h2>
<p>The Multi-Stakeholder Forum, with equal numbers of government and civil society members, led the co-creation of this plan in five steps.</p>
<p><b>Step 1: Awareness.</b> Regional forums in eight regions introduced the OGP process. <b>Step 2: Call for proposals.</b> An online form and county meetings collected 312 proposals. <b>Step 3: Clustering.</b> Thematic clusters grouped and prioritised them. <b>Step 4: Drafting.</b> Agencies and civil society drafted the commitments together. <b>Step 5: Validation.</b> The draft plan was validated at a national forum.</p>
<h2 class="brk">${S.s4}</h2>
<p>Each commitment follows the OGP commitment template. Part A contains the national commitments, grouped in four thematic areas; Part B contains the commitments of county governments.</p>
<h2>${S.pa}</h2>
${areas}
<h2 class="brk">${S.pb}</h2>
<p>Four counties that are members of OGP Local chose to include a commitment in the national plan.</p>
${counties}
<h2 class="brk">${S.s5}</h2>
<p>The Multi-Stakeholder Forum will meet every quarter to review progress reported by lead agencies. Table 2 sets out the indicators and targets against which each commitment will be measured.</p>
<table><tr><th>No.</th><th>Commitment</th><th>Indicator</th><th>Baseline</th><th>Target 2027</th></tr>${results}</table>
<h2 class="brk">${S.a1}</h2>
<table><tr><th>Name</th><th>Institution</th></tr><tr><td>Co-Chair (Government)</td><td>Office of the Head of the Public Service</td></tr><tr><td>Co-Chair (Civil Society)</td><td>Open Institute</td></tr><tr><td>Member</td><td>The National Treasury and Economic Planning</td></tr><tr><td>Member</td><td>Council of Governors</td></tr><tr><td>Member</td><td>Transparency International Kenya</td></tr><tr><td>Member</td><td>Article 19 Eastern Africa</td></tr></table>
<h2>${S.a2}</h2>
<ol><li>Mzalendo Trust</li><li>Institute of Public Finance</li><li>Local Development Research Institute</li><li>Kenya Private Sector Alliance</li><li>Youth Agenda</li></ol>`;
    return page('en', 'Kenya’s Fifth OGP National Action Plan 2023–2027', css, body);
  };
  return {
    name: 'en-areas-long',
    kind: 'action-plan',
    family: 'thematic-areas-long',
    language: 'en',
    format: 'pdf',
    note: 'A long East-African plan (sixteen commitments): cover, contents with two levels, acronyms as a table, foreword, a co-chair\'s statement, an executive summary table of all titles, "2.1 Achievements" and "2.2 Lessons Learned" numbered (traps), co-creation steps as bold run-ins, "Thematic Area One: …" banners, "Commitment N: Title" headings each over a template table (Lead Implementing Agency, Problem Statement, Commitment Description with the template questions, Milestones table), "Part B: County Commitments" continuing the numbers, a results framework table repeating every title, annexes.',
    html,
    commitments,
    toc,
    header: 'Kenya OGP National Action Plan V (2023–2027)',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish: a national plan in the manner of Spain's plans, which gather initiatives of several
// administrations under each commitment. Cover, índice, siglas, presentación, "1. Introducción", "2. Proceso
// de elaboración" (Foro de Gobierno Abierto, consulta), "3. Estructura del plan" that counts commitments and
// initiatives, then "Eje N. …" and "Compromiso N. Title" with objetivo and descripción, and under each
// "Iniciativa N.M. Title" sub-sections with their own field lines (órgano responsable, plazo, indicador):
// the initiatives are not commitments (trap). An annex of regional initiatives as a table.

const ES_EJES: Array<{
  eje: string;
  items: Array<{ title: string; organo: string; iniciativas: Array<[string, string]> }>;
}> = [
  {
    eje: 'Eje 1. Transparencia y rendición de cuentas',
    items: [
      {
        title: 'Reforma de la Ley de Transparencia, Acceso a la Información Pública y Buen Gobierno',
        organo: 'Ministerio para la Transformación Digital y de la Función Pública',
        iniciativas: [
          ['Anteproyecto de reforma de la ley', 'Dirección General de Gobernanza Pública'],
          ['Reglamento de desarrollo de la ley', 'Dirección General de Gobernanza Pública'],
          ['Régimen sancionador del Consejo de Transparencia', 'Consejo de Transparencia y Buen Gobierno'],
        ],
      },
      {
        title: 'Transparencia de los fondos europeos de recuperación',
        organo: 'Ministerio de Hacienda',
        iniciativas: [
          [
            'Publicación de los proyectos financiados y sus perceptores',
            'Secretaría General de Fondos Europeos',
          ],
          [
            'Visualizador territorial de la inversión',
            'Intervención General de la Administración del Estado',
          ],
        ],
      },
      {
        title: 'Huella normativa de las leyes y reglamentos',
        organo: 'Ministerio de la Presidencia, Justicia y Relaciones con las Cortes',
        iniciativas: [
          [
            'Registro de reuniones con grupos de interés en la elaboración de normas',
            'Secretaría del Consejo de Ministros',
          ],
          ['Ficha de huella normativa en la memoria de análisis de impacto', 'Secretaría General Técnica'],
        ],
      },
    ],
  },
  {
    eje: 'Eje 2. Participación',
    items: [
      {
        title: 'Participación ciudadana en el diseño y evaluación de las políticas públicas',
        organo: 'Ministerio para la Transformación Digital y de la Función Pública',
        iniciativas: [
          [
            'Laboratorio de participación de la Administración General del Estado',
            'Dirección General de Gobernanza Pública',
          ],
          [
            'Guía de participación pública en la elaboración normativa',
            'Instituto Nacional de Administración Pública',
          ],
          [
            'Asamblea ciudadana sobre el reto demográfico',
            'Ministerio para la Transición Ecológica y el Reto Demográfico',
          ],
        ],
      },
      {
        title: 'Participación de la infancia y la juventud en los asuntos públicos',
        organo: 'Ministerio de Juventud e Infancia',
        iniciativas: [
          [
            'Consejo Estatal de Participación de la Infancia y la Adolescencia',
            'Dirección General de Derechos de la Infancia',
          ],
          ['Consulta juvenil sobre el plan de gobierno abierto', 'Instituto de la Juventud'],
        ],
      },
    ],
  },
  {
    eje: 'Eje 3. Integridad',
    items: [
      {
        title: 'Sistema de integridad de la Administración General del Estado',
        organo: 'Ministerio para la Transformación Digital y de la Función Pública',
        iniciativas: [
          ['Mapa de riesgos para la integridad', 'Oficina de Conflictos de Intereses'],
          [
            'Formación en ética pública para el personal directivo',
            'Instituto Nacional de Administración Pública',
          ],
        ],
      },
      {
        title: 'Protección de las personas que informen sobre infracciones normativas',
        organo: 'Autoridad Independiente de Protección del Informante',
        iniciativas: [
          ['Canal externo de información', 'Autoridad Independiente de Protección del Informante'],
          [
            'Campaña de sensibilización sobre la protección del informante',
            'Autoridad Independiente de Protección del Informante',
          ],
        ],
      },
    ],
  },
  {
    eje: 'Eje 4. Alfabetización y sensibilización en gobierno abierto',
    items: [
      {
        title: 'Educación en gobierno abierto en los centros educativos',
        organo: 'Ministerio de Educación, Formación Profesional y Deportes',
        iniciativas: [
          [
            'Materiales didácticos de gobierno abierto para primaria y secundaria',
            'Instituto Nacional de Tecnologías Educativas',
          ],
          [
            'Premios escolares de gobierno abierto',
            'Dirección General de Evaluación y Cooperación Territorial',
          ],
        ],
      },
      {
        title: 'Observatorio de gobierno abierto',
        organo: 'Ministerio para la Transformación Digital y de la Función Pública',
        iniciativas: [
          [
            'Indicadores de gobierno abierto de las administraciones públicas',
            'Dirección General de Gobernanza Pública',
          ],
          ['Informe anual del observatorio', 'Foro de Gobierno Abierto'],
        ],
      },
    ],
  },
];

function esIniciativas(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.45; color: #222; }
h1 { font-size: 26pt; color: #7a1f3d; font-weight: normal; } h2 { font-size: 16pt; color: #7a1f3d; margin-top: 18pt; }
h2.eje { font-size: 18pt; text-transform: uppercase; border-left: 6pt solid #c9a227; padding-left: 8pt; }
h3 { font-size: 13pt; color: #1f3d7a; margin: 16pt 0 6pt; } h4 { font-size: 10.5pt; margin: 10pt 0 3pt; color: #444; }
.brk { page-break-before: always; } .cover { padding-top: 140pt; } .cover p { font-size: 12pt; }
.f { margin: 1pt 0 1pt 12pt; font-size: 9.5pt; } .f b { color: #555; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; } td, th { border: 0.5pt solid #999; padding: 3pt 5pt; text-align: left; vertical-align: top; } th { background: #f0e6ea; } ${TOC_CSS}`;
  const commitments: Labelled[] = [];
  let n = 0;
  for (const e of ES_EJES)
    for (const c of e.items) {
      n++;
      commitments.push({
        label: String(n),
        title: c.title,
        theme: e.eje,
        marker: `Compromiso ${n}. ${c.title}`,
      });
    }
  const total = n;
  const nIni = ES_EJES.reduce((a, e) => a + e.items.reduce((b, c) => b + c.iniciativas.length, 0), 0);
  const S = {
    siglas: 'Siglas y acrónimos',
    pres: 'Presentación',
    s1: '1. Introducción',
    s2: '2. Proceso de elaboración del plan',
    s3: '3. Estructura del plan',
    s4: '4. Compromisos',
    s5: '5. Seguimiento, rendición de cuentas y evaluación',
    anexo: 'Anexo. Iniciativas de las comunidades autónomas y entidades locales',
  };
  const toc = [...Object.values(S), ...ES_EJES.map((e) => e.eje)];
  const html = (pages: Map<string, number>): string => {
    const contents = [
      contentsLine(S.siglas, pages.get(S.siglas), 0),
      contentsLine(S.pres, pages.get(S.pres), 0),
      contentsLine(S.s1, pages.get(S.s1), 0),
      contentsLine(S.s2, pages.get(S.s2), 0),
      contentsLine(S.s3, pages.get(S.s3), 0),
      contentsLine(S.s4, pages.get(S.s4), 0),
      ...ES_EJES.map((e) => contentsLine(e.eje, pages.get(e.eje), 1.5)),
      contentsLine(S.s5, pages.get(S.s5), 0),
      contentsLine(S.anexo, pages.get(S.anexo), 0),
    ].join('');
    let k = 0;
    const ejes = ES_EJES.map(
      (e, ei) =>
        `<h2 class="eje${ei > 0 ? ' brk' : ''}">${esc(e.eje)}</h2>` +
        e.items
          .map((c) => {
            k++;
            const ini = c.iniciativas
              .map(
                ([t, o], j) => `<h4>Iniciativa ${k}.${j + 1}. ${esc(t)}</h4>
<p class="f"><b>Órgano responsable:</b> ${esc(o)}</p>
<p class="f"><b>Plazo:</b> ${['primer trimestre de 2025 – cuarto trimestre de 2025', 'primer trimestre de 2026 – segundo trimestre de 2027', 'tercer trimestre de 2025 – cuarto trimestre de 2028'][j % 3]}</p>
<p class="f"><b>Indicador:</b> ${['Documento aprobado y publicado', 'Número de personas participantes', 'Informe publicado en el Portal de la Transparencia'][j % 3]}</p>`,
              )
              .join('');
            return `<h3>Compromiso ${k}. ${esc(c.title)}</h3>
<p class="f"><b>Órgano impulsor:</b> ${esc(c.organo)}</p>
<p><b>Objetivo.</b> Avanzar en ${esc(c.title.charAt(0).toLowerCase() + c.title.slice(1))}, de modo que la ciudadanía disponga de información, cauces y garantías para intervenir en los asuntos públicos.</p>
<p><b>Descripción.</b> El compromiso se desarrolla a través de ${c.iniciativas.length === 2 ? 'dos' : 'tres'} iniciativas de la Administración General del Estado, a las que se suman las de comunidades autónomas y entidades locales recogidas en el anexo.</p>
${ini}`;
          })
          .join(''),
    ).join('');
    const anexo = [
      ['Andalucía', 'Portal de presupuestos participativos autonómicos', '4'],
      ['Aragón', 'Huella normativa en el portal de participación', '3'],
      ['Canarias', 'Red de escuelas de gobierno abierto', '9'],
      ['Comunitat Valenciana', 'Registro de grupos de interés', '3'],
      [
        'Federación Española de Municipios y Provincias',
        'Red de entidades locales por la transparencia',
        '10',
      ],
    ]
      .map(([a, t, c]) => `<tr><td>${a}</td><td>${t}</td><td>${c}</td></tr>`)
      .join('');
    const body = `<div class="cover"><p>GOBIERNO DE ESPAÑA</p>
<h1>V Plan de Gobierno Abierto de España 2024–2028</h1>
<p>Alianza para el Gobierno Abierto</p><p>Foro de Gobierno Abierto</p></div>
<h2 class="brk">Índice</h2>${contents}
<h2 class="brk">${S.siglas}</h2>
<p>AGE: Administración General del Estado · CCAA: comunidades autónomas · EELL: entidades locales · FEMP: Federación Española de Municipios y Provincias · OGP: Open Government Partnership · ODS: Objetivos de Desarrollo Sostenible</p>
<h2>${S.pres}</h2>
<p>España presenta su quinto plan de gobierno abierto con la convicción de que la calidad de la democracia depende de instituciones transparentes, íntegras y abiertas a la participación. Este plan es fruto del trabajo conjunto de las tres administraciones territoriales y de la sociedad civil reunidas en el Foro de Gobierno Abierto.</p>
<h2 class="brk">${S.s1}</h2>
<p>La Alianza para el Gobierno Abierto reúne a más de setenta países. España se incorporó en 2011 y ha aprobado cuatro planes. El IV Plan (2020–2024) introdujo la participación de comunidades autónomas y entidades locales, que este plan consolida.</p>
<h2>${S.s2}</h2>
<p>El plan se elaboró entre enero y septiembre de 2024. La Comisión Permanente del Foro de Gobierno Abierto aprobó la hoja de ruta; se celebró una consulta pública en la que se recibieron 512 propuestas; cuatro grupos de trabajo, uno por eje, las analizaron y redactaron los compromisos, que se sometieron a información pública antes de su aprobación por el Pleno del Foro.</p>
<h2>${S.s3}</h2>
<p>El V Plan de Gobierno Abierto consta de ${total} compromisos, agrupados en cuatro ejes, que se concretan en ${nIni} iniciativas de la Administración General del Estado y en más de cien iniciativas de comunidades autónomas y entidades locales. Cada compromiso identifica su órgano impulsor, su objetivo y las iniciativas que lo desarrollan, cada una con su órgano responsable, su plazo y su indicador.</p>
<h2 class="brk">${S.s4}</h2>
${ejes}
<h2 class="brk">${S.s5}</h2>
<p>El seguimiento se realizará a través del Portal de la Transparencia, donde cada órgano responsable informará del avance de sus iniciativas cada seis meses. El Foro de Gobierno Abierto elaborará un informe de autoevaluación intermedio y otro final.</p>
<h2>${S.anexo}</h2>
<table><tr><th>Administración</th><th>Iniciativa destacada</th><th>Compromiso</th></tr>${anexo}</table>`;
    return page('es', 'V Plan de Gobierno Abierto de España 2024–2028', css, body);
  };
  return {
    name: 'es-iniciativas',
    kind: 'action-plan',
    family: 'commitments-initiatives',
    language: 'es',
    format: 'pdf',
    note: 'A Spanish national plan after the manner of Spain\'s: cover, índice with ejes, siglas run on, presentación, "3. Estructura del plan" counting 9 compromisos and 20 iniciativas in figures; "EJE N. …" banners in capitals; "Compromiso N. Title" h3 with Órgano impulsor, Objetivo and Descripción run-ins, then "Iniciativa N.M. Title" h4 sub-sections each with its own field lines (Órgano responsable, Plazo, Indicador) — the initiatives are the trap; an annex table of regional initiatives pointing at commitment numbers.',
    html,
    commitments,
    toc,
    header: 'V Plan de Gobierno Abierto 2024–2028',
  };
}

// ---------------------------------------------------------------------------------------------------------
// French: a North-African national plan using the OGP template of 2020 onwards. Cover, sommaire, liste des
// abréviations, mot du ministre, "Contexte national", "Processus de co-création" with "Étape N :" headings
// (trap), a summary table of engagements by axis; then each engagement a template table whose first row is a
// header cell spanning both columns, "Engagement N : Title", followed by rows (date de début et de fin,
// institution porteuse, partenaires) and the template's questions as field names ("Quel est le problème
// public… ?"), and an inner table of activities numbered "N.1", "N.2" with dates. Axes are h2 headings
// "Axe N – …". Closing "Mécanisme de suivi" and an annex of proposals not retained, numbered (trap).

const FR_AXES: Array<{ axe: string; items: Array<{ title: string; inst: string; acts: string[] }> }> = [
  {
    axe: 'Axe 1 – Transparence et accès à l’information',
    items: [
      {
        title: 'Renforcer la publication proactive des informations par les administrations',
        inst: 'Commission du droit d’accès à l’information',
        acts: [
          'Élaborer un référentiel de la publication proactive',
          'Accompagner cinquante administrations pilotes',
          'Publier un rapport annuel de conformité',
        ],
      },
      {
        title: 'Ouvrir les données budgétaires des collectivités territoriales',
        inst: 'Ministère de l’Intérieur – Direction générale des collectivités territoriales',
        acts: [
          'Définir un format commun des données budgétaires',
          'Publier les budgets et comptes administratifs des communes',
        ],
      },
      {
        title: 'Mettre en place un portail national des marchés publics ouvert',
        inst: 'Trésorerie générale du Royaume',
        acts: [
          'Publier les avis, attributions et avenants selon un standard ouvert',
          'Intégrer les données d’exécution des marchés',
          'Organiser des ateliers de réutilisation avec la société civile',
        ],
      },
    ],
  },
  {
    axe: 'Axe 2 – Participation citoyenne',
    items: [
      {
        title: 'Faciliter les pétitions et motions citoyennes en ligne',
        inst: 'Ministère délégué chargé de la Transition numérique et de la Réforme de l’administration',
        acts: ['Simplifier la procédure de dépôt des pétitions', 'Publier le suivi de chaque pétition'],
      },
      {
        title: 'Associer les jeunes à l’élaboration des politiques publiques locales',
        inst: 'Ministère de la Jeunesse, de la Culture et de la Communication',
        acts: [
          'Créer des conseils de jeunes dans dix communes',
          'Former les élus à la concertation avec les jeunes',
        ],
      },
    ],
  },
  {
    axe: 'Axe 3 – Intégrité et lutte contre la corruption',
    items: [
      {
        title: 'Publier les déclarations de patrimoine des hauts responsables',
        inst: 'Cour des comptes',
        acts: [
          'Adopter le cadre juridique de la publication',
          'Mettre en ligne les déclarations sous forme résumée',
        ],
      },
      {
        title: 'Créer un registre des bénéficiaires effectifs',
        inst: 'Office marocain de la propriété industrielle et commerciale',
        acts: [
          'Adopter le décret relatif au registre',
          'Ouvrir le registre aux autorités de contrôle',
          'Rendre publiques les informations essentielles du registre',
        ],
      },
    ],
  },
  {
    axe: 'Axe 4 – Justice et services publics ouverts',
    items: [
      {
        title: 'Publier les décisions de justice en données ouvertes',
        inst: 'Conseil supérieur du pouvoir judiciaire',
        acts: [
          'Pseudonymiser les décisions des cours d’appel',
          'Mettre en ligne une base de jurisprudence consultable',
        ],
      },
      {
        title: 'Mesurer et publier la qualité de l’accueil dans les services publics',
        inst: 'Ministère de l’Économie et des Finances – Réforme de l’administration',
        acts: [
          'Mettre en place un baromètre de satisfaction des usagers',
          'Publier les résultats par administration et par région',
        ],
      },
    ],
  },
];

function frGabaritQuestions(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 9.5pt; line-height: 1.45; color: #111; }
h1 { font-family: 'DejaVu Sans'; font-size: 22pt; color: #a4161a; } h2 { font-family: 'DejaVu Sans'; font-size: 14pt; color: #a4161a; margin-top: 16pt; }
h2.axe { color: #fff; background: #1b4332; padding: 5pt 8pt; } h3 { font-family: 'DejaVu Sans'; font-size: 11pt; }
.brk { page-break-before: always; } .cover { padding-top: 130pt; text-align: center; } .cover p { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 4pt 0 10pt; } td, th { border: 0.6pt solid #555; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th.head { background: #1b4332; color: #fff; font-family: 'DejaVu Sans'; font-size: 10.5pt; padding: 5pt 6pt; }
td.q { font-family: 'DejaVu Sans'; font-weight: bold; background: #e9f5ee; width: 32%; } table.act th { background: #d8e2dc; } ${TOC_CSS}`;
  const commitments: Labelled[] = [];
  let n = 0;
  for (const a of FR_AXES)
    for (const c of a.items) {
      n++;
      commitments.push({
        label: String(n),
        title: c.title,
        theme: a.axe,
        marker: `Engagement ${n} : ${c.title}`,
      });
    }
  const S = {
    abr: 'Liste des abréviations',
    mot: 'Mot du Ministre',
    ctx: 'Contexte national',
    proc: 'Processus de co-création du plan d’action',
    recap: 'Tableau récapitulatif des engagements',
    eng: 'Engagements du plan d’action',
    suivi: 'Mécanisme de suivi et d’évaluation',
    annexe: 'Annexe : propositions non retenues',
  };
  const toc = Object.values(S);
  const html = (pages: Map<string, number>): string => {
    const contents = toc.map((t) => contentsLine(t, pages.get(t), 0)).join('');
    let k = 0;
    const recap = FR_AXES.map(
      (a) =>
        `<tr><td colspan="3"><b>${esc(a.axe)}</b></td></tr>` +
        a.items
          .map((c) => {
            k++;
            return `<tr><td>${k}</td><td>${esc(c.title)}</td><td>${esc(c.inst)}</td></tr>`;
          })
          .join(''),
    ).join('');
    k = 0;
    const axes = FR_AXES.map(
      (a, ai) =>
        `<h2 class="axe${ai > 0 ? ' brk' : ''}">${esc(a.axe)}</h2>` +
        a.items
          .map((c) => {
            k++;
            const acts = c.acts
              .map(
                (t, j) =>
                  `<tr><td>${k}.${j + 1}</td><td>${esc(t)}</td><td>${['Janvier 2024', 'Juillet 2024', 'Janvier 2025'][j % 3]}</td><td>${['Juin 2024', 'Juin 2025', 'Décembre 2025'][j % 3]}</td></tr>`,
              )
              .join('');
            return `<table>
<tr><th class="head" colspan="2">Engagement ${k} : ${esc(c.title)}</th></tr>
<tr><td class="q">Date de début et de fin</td><td>Janvier 2024 – Décembre 2025</td></tr>
<tr><td class="q">Institution porteuse</td><td>${esc(c.inst)}</td></tr>
<tr><td class="q">Partenaires</td><td>Gouvernement : Ministère délégué chargé de la Transition numérique.<br>Société civile : Association Transparence Maroc ; Réseau des associations de développement local.</td></tr>
<tr><td class="q">Quel est le problème public que l’engagement vise à résoudre ?</td><td>Les citoyens et les acteurs de la société civile ne disposent pas d’informations complètes, à jour et réutilisables dans ce domaine, ce qui limite leur capacité à suivre l’action publique et à y contribuer.</td></tr>
<tr><td class="q">Quel est l’engagement ?</td><td>L’engagement consiste à ${esc(c.title.charAt(0).toLowerCase() + c.title.slice(1))}, selon un calendrier concerté avec la société civile.</td></tr>
<tr><td class="q">Comment l’engagement contribuera-t-il à résoudre le problème public ?</td><td>En rendant l’information accessible et en ouvrant des espaces de dialogue, il permettra aux citoyens de suivre les décisions et d’en demander compte.</td></tr>
<tr><td class="q">Pourquoi cet engagement est-il pertinent au regard des valeurs du PGO ?</td><td>Transparence ; participation citoyenne ; redevabilité.</td></tr>
<tr><td class="q">Informations complémentaires</td><td>Lien avec le Nouveau modèle de développement et les objectifs de développement durable 16.6 et 16.10.</td></tr>
<tr><td colspan="2"><table class="act"><tr><th>N°</th><th>Activités et produits livrables</th><th>Date de début</th><th>Date de fin</th></tr>${acts}</table></td></tr>
</table>`;
          })
          .join(''),
    ).join('');
    const body = `<div class="cover"><p>ROYAUME DU MAROC</p><p>Ministère délégué chargé de la Transition numérique et de la Réforme de l’administration</p>
<h1>Plan d’action national du Gouvernement ouvert 2024–2025</h1><p>Partenariat pour un Gouvernement Ouvert</p></div>
<h2 class="brk">Sommaire</h2>${contents}
<h2 class="brk">${S.abr}</h2>
<p>CDAI : Commission du droit d’accès à l’information<br>DGCT : Direction générale des collectivités territoriales<br>PGO : Partenariat pour un Gouvernement Ouvert<br>OSC : organisations de la société civile<br>TGR : Trésorerie générale du Royaume</p>
<h2>${S.mot}</h2>
<p>Ce troisième plan d’action confirme l’engagement du Royaume en faveur d’une administration transparente, proche des citoyens et redevable. Il a été élaboré avec la société civile dans le cadre du comité de pilotage paritaire du gouvernement ouvert, et je remercie toutes celles et tous ceux qui y ont contribué.</p>
<h2 class="brk">${S.ctx}</h2>
<p>La Constitution consacre le droit d’accès à l’information, la démocratie participative et la reddition des comptes. La loi relative au droit d’accès à l’information, les lois organiques sur les collectivités territoriales et la stratégie nationale de lutte contre la corruption en constituent le socle.</p>
<h2>${S.proc}</h2>
<p>Le plan a été co-construit en quatre étapes entre mars et novembre 2023.</p>
<h3>Étape 1 : Consultation en ligne</h3><p>La plateforme de participation a recueilli 436 propositions de citoyens et d’associations.</p>
<h3>Étape 2 : Ateliers régionaux</h3><p>Douze ateliers ont été organisés dans les régions avec les associations locales et les élus.</p>
<h3>Étape 3 : Priorisation</h3><p>Le comité de pilotage a retenu les propositions les plus pertinentes, selon leur faisabilité et leur ambition.</p>
<h3>Étape 4 : Validation</h3><p>Le projet de plan a été soumis à consultation publique pendant trois semaines avant son adoption.</p>
<h2 class="brk">${S.recap}</h2>
<p>Le plan d’action comporte ${n} engagements répartis sur quatre axes.</p>
<table><tr><th>N°</th><th>Engagement</th><th>Institution porteuse</th></tr>${recap}</table>
<h2 class="brk">${S.eng}</h2>
${axes}
<h2 class="brk">${S.suivi}</h2>
<p>Chaque institution porteuse désigne un point focal qui rend compte de l’avancement tous les trimestres au comité de pilotage. Les rapports de suivi sont publiés sur le portail du gouvernement ouvert.</p>
<h2>${S.annexe}</h2>
<ol><li>Créer une agence nationale des données publiques.</li><li>Rendre obligatoire la retransmission des sessions des conseils communaux.</li><li>Adopter une loi sur le lobbying.</li></ol>`;
    return page('fr', 'Plan d’action national du Gouvernement ouvert 2024–2025', css, body);
  };
  return {
    name: 'fr-gabarit-questions',
    kind: 'action-plan',
    family: 'template-header-cell',
    language: 'fr',
    format: 'pdf',
    note: 'A North-African plan on the OGP template of 2020 onwards: sommaire, abbreviations, mot du ministre, co-creation "Étape N :" h3 headings (trap), a summary table by axis, "Axe N – …" banners; each engagement a template table opened by a header cell "Engagement N : Title" spanning both columns, the template\'s questions as field names, an inner table of activities "N.1"… with dates; "comporte 9 engagements"; an annex of proposals not retained, numbered (trap).',
    html,
    commitments,
    toc,
    header: 'Plan d’action national du Gouvernement ouvert 2024–2025',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese: a Portuguese municipality's OGP Local plan. Cover, índice, mensagem do presidente da câmara,
// "1. Enquadramento", "2. Processo de cocriação" with "Fase N –" lines, "3. Visão geral dos compromissos"
// (a table), then "4. Compromissos": each opens with a row of two cells, a large coloured number "01"… and
// the title beside it in bold, then a field table whose OGP values are boxes ticked or not (☒/☐), and the
// activities with start and end; annexes: the public consultation's contributions numbered (trap) and a
// glossary.

const PT_LOCAL: Array<{ title: string; ent: string; values: boolean[]; acts: string[] }> = [
  {
    title: 'Orçamento participativo com acompanhamento público da execução',
    ent: 'Divisão de Planeamento e Finanças',
    values: [true, true, true, false],
    acts: [
      'Revisão das normas do orçamento participativo',
      'Votação dos projetos',
      'Mapa público da execução dos projetos vencedores',
    ],
  },
  {
    title: 'Reuniões de câmara abertas e transmitidas em direto',
    ent: 'Gabinete de Apoio à Presidência',
    values: [true, true, false, true],
    acts: ['Transmissão em direto das reuniões públicas', 'Arquivo pesquisável das atas e gravações'],
  },
  {
    title: 'Portal de dados abertos municipal',
    ent: 'Divisão de Sistemas de Informação',
    values: [true, false, false, true],
    acts: [
      'Inventário dos dados detidos pelo município',
      'Publicação dos primeiros 30 conjuntos de dados',
      'Maratona de reutilização de dados com as escolas',
    ],
  },
  {
    title: 'Conselho Municipal de Juventude com voz nas decisões',
    ent: 'Divisão de Educação e Juventude',
    values: [false, true, true, false],
    acts: ['Revisão do regimento do Conselho', 'Parecer do Conselho sobre o plano de atividades anual'],
  },
  {
    title: 'Contratação pública municipal transparente',
    ent: 'Divisão de Contratação Pública e Património',
    values: [true, false, true, true],
    acts: [
      'Publicação de todos os contratos e respetivos documentos',
      'Relatório anual de execução dos contratos de obras',
    ],
  },
  {
    title: 'Balcão único de atendimento com avaliação pelos munícipes',
    ent: 'Divisão de Atendimento e Modernização Administrativa',
    values: [true, true, false, true],
    acts: ['Inquérito de satisfação em todos os balcões', 'Publicação trimestral dos tempos de resposta'],
  },
];

function ptLocalNumeros(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.45; color: #233; }
h1 { font-size: 24pt; color: #00838f; } h2 { font-size: 15pt; color: #00838f; margin-top: 16pt; } .brk { page-break-before: always; }
.cover { padding-top: 150pt; } .cover p { font-size: 12pt; }
table.h { width: 100%; border-collapse: collapse; margin-top: 16pt; } table.h td { vertical-align: middle; padding: 4pt 8pt; }
table.h td.n { width: 58pt; background: #00838f; color: #fff; font-size: 30pt; font-weight: bold; text-align: center; }
table.h td.t { font-size: 14pt; font-weight: bold; color: #004d55; border-bottom: 1.5pt solid #00838f; }
table.f, table.o { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 8pt; } table.f td, table.o td, table.o th { border: 0.5pt solid #9cc; padding: 3pt 5pt; vertical-align: top; text-align: left; }
table.f td.k { font-weight: bold; width: 28%; background: #e0f2f1; } table.o th { background: #00838f; color: #fff; } ${TOC_CSS}`;
  const pad = (i: number): string => String(i + 1).padStart(2, '0');
  const commitments: Labelled[] = PT_LOCAL.map((c, i) => ({
    label: pad(i),
    title: c.title,
    theme: null,
    marker: c.title,
  }));
  const S = {
    msg: 'Mensagem do Presidente da Câmara Municipal',
    s1: '1. Enquadramento',
    s2: '2. Processo de cocriação',
    s3: '3. Visão geral dos compromissos',
    s4: '4. Compromissos',
    s5: '5. Acompanhamento e avaliação',
    aa: 'Anexo A – Contributos recebidos na consulta pública',
    ab: 'Anexo B – Glossário',
  };
  const toc = Object.values(S);
  const html = (pages: Map<string, number>): string => {
    const contents = toc.map((t) => contentsLine(t, pages.get(t), 0)).join('');
    const overview = PT_LOCAL.map(
      (c, i) => `<tr><td>${pad(i)}</td><td>${esc(c.title)}</td><td>${esc(c.ent)}</td></tr>`,
    ).join('');
    const names = ['Transparência', 'Participação cívica', 'Responsabilização', 'Tecnologia e inovação'];
    const blocks = PT_LOCAL.map((c, i) => {
      const acts = c.acts
        .map(
          (a, j) =>
            `<tr><td>${j + 1}. ${esc(a)}</td><td>${['janeiro de 2025', 'julho de 2025', 'janeiro de 2026'][j % 3]}</td><td>${['junho de 2025', 'dezembro de 2025', 'dezembro de 2026'][j % 3]}</td></tr>`,
        )
        .join('');
      const vals = names.map((v, j) => `${c.values[j] ? '☒' : '☐'} ${v}`).join('&nbsp;&nbsp; ');
      return `<table class="h${i > 0 && i % 2 === 0 ? ' brk' : ''}"><tr><td class="n">${pad(i)}</td><td class="t">${esc(c.title)}</td></tr></table>
<table class="f">
<tr><td class="k">Entidade responsável</td><td>${esc(c.ent)}</td></tr>
<tr><td class="k">Parceiros</td><td>Juntas de freguesia; Associação Empresarial do Concelho; Agrupamento de Escolas</td></tr>
<tr><td class="k">Período de execução</td><td>janeiro de 2025 – dezembro de 2026</td></tr>
<tr><td class="k">Desafio a que responde</td><td>Os munícipes têm dificuldade em acompanhar as decisões da autarquia nesta área e poucas oportunidades de nelas participar.</td></tr>
<tr><td class="k">Descrição do compromisso</td><td>O município compromete-se a criar as condições para que a informação seja pública, compreensível e útil, e para que os munícipes intervenham nas decisões.</td></tr>
<tr><td class="k">Valores da OGP</td><td>${vals}</td></tr>
</table>
<table class="o"><tr><th>Atividades</th><th>Início</th><th>Conclusão</th></tr>${acts}</table>`;
    }).join('');
    const body = `<div class="cover"><p>Município de Vale de Azenhas</p>
<h1>Plano de Ação Local de Governo Aberto 2025–2026</h1><p>Parceria para o Governo Aberto · OGP Local</p></div>
<h2 class="brk">Índice</h2>${contents}
<h2 class="brk">${S.msg}</h2>
<p>Quando aderimos à Parceria para o Governo Aberto, assumimos que a Câmara Municipal deve prestar contas de forma clara e abrir as suas decisões a quem vive e trabalha no concelho. Este primeiro plano de ação local é o resultado de meses de diálogo com as freguesias, as escolas e as associações.</p>
<h2>${S.s1}</h2>
<p>O concelho de Vale de Azenhas tem cerca de 38 mil habitantes e catorze freguesias. O município foi selecionado para o programa OGP Local em 2024, juntando-se a outros governos locais portugueses que já integravam a Parceria.</p>
<h2>${S.s2}</h2>
<p>O plano foi cocriado em três fases, acompanhadas por um Fórum Municipal de Governo Aberto com representantes da autarquia e da sociedade civil.</p>
<p><b>Fase 1 – Diagnóstico.</b> Inquérito aos munícipes e entrevistas com serviços municipais. <b>Fase 2 – Propostas.</b> Seis sessões nas freguesias e um formulário em linha recolheram 143 contributos. <b>Fase 3 – Consulta pública.</b> A proposta de plano esteve em consulta pública durante 30 dias.</p>
<h2 class="brk">${S.s3}</h2>
<p>O plano integra seis compromissos, a executar em dois anos.</p>
<table class="o"><tr><th>N.º</th><th>Compromisso</th><th>Entidade responsável</th></tr>${overview}</table>
<h2 class="brk">${S.s4}</h2>
<p>Cada compromisso indica a entidade responsável, o desafio a que responde, os valores da Parceria para o Governo Aberto que promove e as atividades a desenvolver.</p>
${blocks}
<h2 class="brk">${S.s5}</h2>
<p>O Fórum Municipal de Governo Aberto reúne-se de quatro em quatro meses para acompanhar a execução. O estado de cada atividade é publicado no sítio do município.</p>
<h2>${S.aa}</h2>
<ol><li>Publicar as agendas dos vereadores.</li><li>Criar um orçamento participativo para as escolas.</li><li>Disponibilizar os horários dos transportes em dados abertos.</li><li>Alargar o horário de atendimento ao sábado.</li></ol>
<h2>${S.ab}</h2>
<p><b>Cocriação:</b> processo em que a autarquia e a sociedade civil elaboram o plano em conjunto. <b>Dados abertos:</b> dados que qualquer pessoa pode usar, reutilizar e partilhar livremente.</p>`;
    return page('pt-PT', 'Plano de Ação Local de Governo Aberto de Vale de Azenhas 2025–2026', css, body);
  };
  return {
    name: 'pt-local-numeros',
    kind: 'action-plan',
    family: 'number-cell-beside-title',
    language: 'pt',
    format: 'pdf',
    note: 'A Portuguese municipality\'s OGP Local plan: cover, índice, message, "Fase N –" bold run-ins, an overview table with "01"…; each commitment opens with a two-cell row, the number "01"–"06" large in a coloured cell and the bold title beside it, no keyword; a field table with the OGP values as ticked and empty boxes (☒/☐), activities numbered in a table; "integra seis compromissos"; annexes with numbered contributions (trap) and a glossary.',
    html,
    commitments,
    toc,
    header: 'Plano de Ação Local de Governo Aberto · Vale de Azenhas',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish: an IRM Action Plan Review (the review of a plan's design, before implementation; it reports no
// completion). Cover, índice, "Sección I: Panorama" with a box of figures, "Sección II: Compromisos
// prometedores" with a table of the three promising ones and their analysis, two of them as a cluster
// ("Compromisos 2 y 6: cluster title"), "Sección III: Metodología", "Anexo 1: Datos por compromiso" listing
// every commitment "Compromiso N: Title" with bullet fields (Verificable, Perspectiva de gobierno abierto,
// Potencial de resultados: Modesto/Sustancial/No está claro, Prometedor), "Anexo 2" with numbered minimum
// requirements (trap). Potential for results is not a completion: no reported status.

const ES_APR: Array<{ title: string; potencial: string; lente: boolean }> = [
  { title: 'Política de datos abiertos para la acción climática', potencial: 'Modesto', lente: true },
  { title: 'Transparencia en la gestión de los recursos de regalías', potencial: 'Sustancial', lente: true },
  {
    title: 'Participación ciudadana en la implementación del Acuerdo de Paz',
    potencial: 'Modesto',
    lente: true,
  },
  { title: 'Estrategia nacional de lenguaje claro', potencial: 'No está claro', lente: true },
  {
    title: 'Rendición de cuentas de la fuerza pública con enfoque de derechos humanos',
    potencial: 'Modesto',
    lente: true,
  },
  {
    title: 'Veedurías ciudadanas al uso de las regalías en los municipios',
    potencial: 'Sustancial',
    lente: true,
  },
  { title: 'Justicia abierta en la jurisdicción agraria', potencial: 'Modesto', lente: true },
  { title: 'Fortalecimiento del Sistema Nacional de Archivos', potencial: 'No está claro', lente: false },
  {
    title: 'Protección de personas defensoras del ambiente y acceso a la información ambiental',
    potencial: 'Sustancial',
    lente: true,
  },
  { title: 'Integridad en el financiamiento de campañas electorales', potencial: 'Modesto', lente: true },
];

function esIrmRevision(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.45; }
h1 { font-family: 'Liberation Sans'; font-size: 24pt; color: #4b2c6f; } h2 { font-family: 'Liberation Sans'; font-size: 16pt; color: #4b2c6f; margin-top: 18pt; }
h3 { font-family: 'Liberation Sans'; font-size: 12.5pt; margin: 14pt 0 5pt; } h4 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin: 8pt 0 2pt; }
.brk { page-break-before: always; } .cover { padding-top: 130pt; } .box { background: #efe9f5; padding: 6pt 10pt; font-family: 'Liberation Sans'; font-size: 9.5pt; }
.box p { margin: 2pt 0; } table.s { border-collapse: collapse; width: 100%; font-family: 'Liberation Sans'; font-size: 9pt; } table.s td, table.s th { border: 0.5pt solid #9a8ab0; padding: 3pt; text-align: left; }
table.s th { background: #4b2c6f; color: #fff; } ul.d { font-family: 'Liberation Sans'; font-size: 9.5pt; margin: 2pt 0 10pt; } ${TOC_CSS}`;
  const commitments: Labelled[] = ES_APR.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    reportedStatus: null,
    marker: `Compromiso ${i + 1}: ${c.title}`,
  }));
  const K = {
    s1: 'Sección I: Panorama del plan de acción 2023–2025',
    s2: 'Sección II: Compromisos prometedores del plan de acción 2023–2025',
    s3: 'Sección III: Metodología e indicadores del IRM',
    a1: 'Anexo 1: Datos por compromiso',
    a2: 'Anexo 2: Cocreación del plan de acción',
  };
  const toc = Object.values(K);
  const html = (pages: Map<string, number>): string => {
    const contents = toc.map((t) => contentsLine(t, pages.get(t), 0)).join('');
    const t = (i: number): string => esc((ES_APR[i] as { title: string }).title);
    const annex = ES_APR.map(
      (c, i) => `<h4>Compromiso ${i + 1}: ${esc(c.title)}</h4>
<ul class="d"><li>Verificable: Sí</li><li>¿Tiene una perspectiva de gobierno abierto? ${c.lente ? 'Sí' : 'No'}</li><li>Potencial de resultados: ${c.potencial}</li><li>Prometedor: ${[1, 5, 8].includes(i) ? 'Sí' : 'No'}</li></ul>`,
    ).join('');
    const body = `<div class="cover"><p style="font-family:'Liberation Sans';color:#4b2c6f">Mecanismo de Revisión Independiente</p>
<h1>Revisión del Plan de Acción: Colombia 2023–2025</h1>
<p>Esta revisión evalúa el diseño del quinto plan de acción de Colombia. Se publica al inicio del periodo de implementación; los resultados se evaluarán en un informe posterior.</p></div>
<h2 class="brk">Índice</h2>${contents}
<h2 class="brk">${K.s1}</h2>
<p>El quinto plan de acción de Colombia se elaboró con una participación amplia de organizaciones sociales de las regiones, y varios compromisos responden a demandas surgidas en los territorios afectados por el conflicto armado. El plan se centra en la transparencia de los recursos públicos, la participación en la construcción de paz y la justicia abierta.</p>
<div class="box"><p><b>El plan de acción en breve</b></p><p>Número de compromisos: 10</p><p>Compromisos con una perspectiva de gobierno abierto: 9</p><p>Compromisos con potencial de resultados sustancial: 3</p><p>Compromisos prometedores: 3</p><p>¿Cumple los requisitos mínimos de cocreación? Sí</p></div>
<p>El IRM recomienda aprovechar la fuerte participación regional para el seguimiento de la implementación y precisar los hitos de los compromisos cuyo potencial no está claro.</p>
<h2 class="brk">${K.s2}</h2>
<p>La revisión que sigue analiza los tres compromisos que el IRM identificó como prometedores, agrupando los que persiguen un mismo objetivo. La Tabla 1 los enumera.</p>
<table class="s"><tr><th>Compromisos prometedores</th></tr><tr><td>2. ${t(1)}</td></tr><tr><td>6. ${t(5)}</td></tr><tr><td>9. ${t(8)}</td></tr></table>
<h3>Compromisos 2 y 6: Regalías transparentes y vigiladas por la ciudadanía</h3>
<p>Para una descripción completa de los compromisos, véanse los compromisos 2 y 6 del plan de acción.</p>
<h4>Contexto y objetivos</h4>
<p>Las regalías por la explotación de recursos naturales financian proyectos en todo el país, pero la información sobre su aprobación y ejecución es fragmentaria. Estos compromisos combinan la publicación de datos con la formación de veedurías ciudadanas en los municipios productores.</p>
<h4>Potencial de resultados: Sustancial</h4>
<p>Si se cumplen, los compromisos permitirían a las comunidades seguir proyecto a proyecto el uso de las regalías y denunciar irregularidades ante los órganos de control.</p>
<h4>Oportunidades, retos y recomendaciones durante la implementación</h4>
<p>El IRM recomienda publicar los datos con el detalle del proyecto y del contratista, y asegurar recursos para las veedurías más allá del periodo del plan.</p>
<h3>Compromiso 9: ${t(8)}</h3>
<p>Para una descripción completa del compromiso, véase el compromiso 9 del plan de acción.</p>
<h4>Contexto y objetivos</h4>
<p>Colombia ratificó el Acuerdo de Escazú en 2022. El compromiso busca reglamentar el acceso a la información ambiental y crear un protocolo de protección para las personas defensoras.</p>
<h4>Potencial de resultados: Sustancial</h4>
<p>El compromiso aborda una de las principales amenazas al espacio cívico en el país.</p>
<h2 class="brk">${K.s3}</h2>
<p>El IRM evalúa cada compromiso según tres indicadores: si es verificable, si tiene una perspectiva de gobierno abierto y su potencial de resultados (no está claro, modesto o sustancial). Un compromiso es prometedor si es verificable, tiene perspectiva de gobierno abierto y un potencial de resultados sustancial.</p>
<h2 class="brk">${K.a1}</h2>
${annex}
<h2 class="brk">${K.a2}</h2>
<p>El IRM evaluó el proceso de cocreación según los requisitos mínimos de los Estándares de Participación y Cocreación de OGP.</p>
<ol><li>Requisito mínimo 1.1: Espacio de diálogo multiactor — Cumplido.</li><li>Requisito mínimo 2.1: Sitio web de OGP — Cumplido.</li><li>Requisito mínimo 3.1: Información con antelación — Cumplido.</li><li>Requisito mínimo 4.1: Respuesta razonada — Cumplido.</li></ol>`;
    return page('es-CO', 'Revisión del Plan de Acción: Colombia 2023–2025', css, body);
  };
  return {
    name: 'es-irm-revision',
    kind: 'irm-report',
    family: 'irm-action-plan-review',
    language: 'es',
    format: 'pdf',
    note: 'An IRM Action Plan Review in Spanish (design, not results): índice, "Sección I: Panorama" with a box of figures ("Número de compromisos: 10"), "Sección II: Compromisos prometedores" with a table "N. Title" and the analysis of a cluster "Compromisos 2 y 6: cluster title" and "Compromiso 9: Title" with "Potencial de resultados: Sustancial" as a heading; "Anexo 1: Datos por compromiso" with every "Compromiso N: Title" and bullet fields (Verificable, perspectiva, Potencial de resultados, Prometedor) — no completion is reported, so no status; "Anexo 2" numbered requirements (trap).',
    html,
    commitments,
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// English, HTML: a Canadian "What we heard" report on the consultations for the next plan, on a government
// website: site header, breadcrumb, "On this page", who took part (figures), "What we heard" by theme with
// h3 "Theme N: …", ideas as bullets and quotes, the previous plan's "Commitment 3" mentioned, next steps
// ("draft commitments will be published"), "Date modified". It is about a plan, not one (`other`).

function enWhatWeHeard(): Doc {
  const themes: Array<[string, string[], string]> = [
    [
      'Access to information',
      [
        'Shorten the time limits for answering access to information requests',
        'Publish all completed requests in a searchable online register',
        'Give the Information Commissioner power to make binding orders on fees',
      ],
      'Every time I ask for records I wait a year. By then the decision has been made.',
    ],
    [
      'Fiscal and financial transparency',
      [
        'Publish grants and contributions data within 30 days',
        'Make the beneficial ownership registry searchable by name of owner',
      ],
      'We need to follow the money from the budget all the way to the community.',
    ],
    [
      'Democracy and civic space',
      [
        'Counter disinformation while protecting free expression',
        'Support civil society organisations working with under-represented communities',
      ],
      'Consultations should come to us, not the other way around.',
    ],
    [
      'Reconciliation and Indigenous data',
      [
        'Co-develop data governance principles with Indigenous partners',
        'Report progress on reconciliation commitments in an open format',
      ],
      'Data about our communities should be governed by our communities.',
    ],
  ];
  const html = (): string => {
    const sections = themes
      .map(
        ([t, ideas, quote], i) => `<h3 id="t${i + 1}">Theme ${i + 1}: ${esc(t)}</h3>
<p>Participants spoke about ${esc(t.toLowerCase())} more than any other topic after ${i === 0 ? 'none' : esc((themes[0] as [string, string[], string])[0].toLowerCase())}. Ideas we received included:</p>
<ul>${ideas.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>
<blockquote><p>“${esc(quote)}”</p><footer>— Participant, ${['online survey', 'Halifax workshop', 'youth round table', 'Indigenous partners’ session'][i]}</footer></blockquote>`,
      )
      .join('\n');
    const body = `<header class="gc"><a href="/en.html"><img alt="Government of Canada" src="/gc-wmms.svg"></a> <a href="/fr/gouvernement-ouvert/ce-que-nous-avons-entendu.html" lang="fr">Français</a>
<form role="search"><label for="s">Search Canada.ca</label><input id="s" type="search"><button>Search</button></form></header>
<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="/en.html">Canada.ca</a></li><li><a href="/en/treasury-board-secretariat.html">Treasury Board of Canada Secretariat</a></li><li><a href="/en/open-government.html">Open Government</a></li></ol></nav>
<main>
<h1>What we heard: consultations on Canada’s 2025–2029 National Action Plan on Open Government</h1>
<nav aria-label="On this page"><h2>On this page</h2><ul><li><a href="#summary">Executive summary</a></li><li><a href="#who">Who we heard from</a></li><li><a href="#what">What we heard</a></li><li><a href="#next">Next steps</a></li></ul></nav>
<h2 id="summary">Executive summary</h2>
<p>From October 2024 to January 2025, the Government of Canada asked people across the country what the next National Action Plan on Open Government should include. This report summarizes what we heard. It does not set out the government’s commitments: those will be developed with the Multi-Stakeholder Forum on Open Government and published for comment as a draft plan.</p>
<h2 id="who">Who we heard from</h2>
<ul class="figures"><li><strong>2,318</strong> responses to the online survey</li><li><strong>14</strong> in-person and virtual workshops</li><li><strong>41</strong> written submissions from organizations</li><li><strong>6</strong> sessions with Indigenous partners</li></ul>
<p>Participants came from every province and territory. About a third were taking part in an open government consultation for the first time.</p>
<h2 id="what">What we heard</h2>
<p>We grouped the ideas we received into four themes. Many participants also commented on the last plan; several asked that Commitment 3 of the 2022–2024 plan, on access to information, be carried forward and strengthened.</p>
${sections}
<h2 id="next">Next steps</h2>
<ol><li>Spring 2025: departments and the Multi-Stakeholder Forum draft commitments based on these ideas.</li><li>Summer 2025: the draft plan is published for a 30-day comment period.</li><li>Fall 2025: the final National Action Plan on Open Government is published.</li></ol>
<p>To be notified when the draft plan is published, <a href="/en/open-government/subscribe.html">subscribe to open government updates</a>.</p>
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><p><a href="/en/report-problem.html">Report a problem on this page</a></p><dl><dt>Date modified:</dt><dd><time>2025-02-27</time></dd></dl></section>
</main>
<footer class="gc-footer"><h2 class="wb-inv">About government</h2><ul><li><a href="/en/contact.html">Contact us</a></li><li><a href="/en/government/dept.html">Departments and agencies</a></li><li><a href="/en/government/publicservice.html">Public service and military</a></li><li><a href="/en/news.html">News</a></li><li><a href="/en/transparency/terms.html">Terms and conditions</a></li><li><a href="/en/transparency/privacy.html">Privacy</a></li></ul></footer>`;
    const css = `body { font-family: 'Liberation Sans', sans-serif; margin: 0 30px; color: #333; } h1 { font-size: 34px; border-bottom: 3px solid #af3c43; } blockquote { border-left: 4px solid #ccc; margin-left: 0; padding-left: 12px; } .wb-inv { position: absolute; left: -9999px; }`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>What we heard: consultations on Canada’s 2025–2029 National Action Plan on Open Government - Canada.ca</title><meta name="dcterms.subject" content="Open government"><style>${css}</style></head><body>${body}</body></html>`;
  };
  return {
    name: 'en-what-we-heard',
    kind: 'other',
    family: 'what-we-heard',
    language: 'en',
    format: 'html',
    note: 'A government "What we heard" report on the consultations for a next plan (trap): breadcrumb, "On this page", figures on who took part, four "Theme N: …" h3 sections with the ideas received as bullets and a quote each, the previous plan\'s "Commitment 3" mentioned, numbered next steps ("the draft plan is published"), "Date modified" (`other`).',
    html,
    commitments: [],
  };
}

export const DOCS_M: Doc[] = [
  enAreasLong(),
  esIniciativas(),
  frGabaritQuestions(),
  ptLocalNumeros(),
  esIrmRevision(),
  enWhatWeHeard(),
];
