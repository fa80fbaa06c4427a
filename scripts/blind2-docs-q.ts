/**
 * The seventeenth batch of the second blind set: English documents laid out the way Commonwealth and Asian
 * members publish their plans. A Philippine-style plan whose commitments are each one big template table,
 * "Commitment N:" in the first cell and the title beside it; a Nigerian-style plan with thematic areas, OGP
 * ids ("NG0031 – Title") and a contents page, and an annex that lists the previous plan's ids; a New
 * Zealand-style plan in two columns with each "Commitment N: Title" in a coloured banner and the template's
 * questions ("What is the public problem?", "What will we do?"); a Scottish-style web page whose commitments
 * are accordion sections; a city's OGP Local plan with five commitments as numbered bold run-ins and a stated
 * count; and an IRM Results Report (reviews commitments and reports their completion). Written and labelled
 * before the finder read any of them.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function htmlPage(lang: string, title: string, page: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { ${page} } .brk { break-before: page; } ${css}</style></head><body>${body}</body></html>`;
}

/** A contents line: entry, dot leaders, page number at the right margin. */
function tocLine(text: string, pageNo: number | undefined, indent: number): string {
  return `<div class="toc" style="padding-left:${indent}pt"><span class="te">${esc(text)}</span><span class="tl">${'.'.repeat(200)}</span><span class="tp">${pageNo ?? 0}</span></div>`;
}

const TOC_CSS = `.toc { display:flex; align-items:flex-end; margin:2pt 0; } .toc .te { flex:0 1 auto; }
.toc .tl { flex:1 0 20pt; overflow:hidden; white-space:nowrap; } .toc .tp { flex:none; padding-left:3pt; }`;

const p = (t: string): string => `<p>${esc(t)}</p>`;

// ---------------------------------------------------------------------------------------------------------
// (1) Philippine-style plan: landscape pages, each commitment one template table. Its first row holds
// "Commitment N:" in a dark cell and the title in the cell beside it; the milestones are numbered "N.M" rows
// of the same table with start and end dates.

interface PhCommitment {
  title: string;
  lead: string;
  gov: string;
  cso: string;
  problem: string;
  objective: string;
  description: string;
  challenge: string;
  relevance: string;
  ambition: string;
  milestones: Array<[string, string, string, string]>;
}

const PH: PhCommitment[] = [
  {
    title:
      'Institutionalizing People’s Participation in the Local Budget Process through Barangay and Municipal Development Councils',
    lead: 'Department of the Interior and Local Government (DILG)',
    gov: 'Department of Budget and Management; League of Municipalities',
    cso: 'Caucus of Development NGO Networks; Social Watch',
    problem:
      'Civil society organizations sit in local development councils in law, but in many municipalities the councils meet once a year to approve a budget already prepared by the local chief executive. Accredited organizations have no say in setting priorities.',
    objective:
      'To make the participation of accredited civil society organizations in local planning and budgeting regular, informed and recorded.',
    description:
      'The DILG will issue a memorandum circular requiring local development councils to hold at least three budget sessions a year, to publish their minutes and to give accredited organizations the draft investment program two weeks in advance.',
    challenge: 'Improving public services; more effectively managing public resources.',
    relevance: 'Civic participation; public accountability.',
    ambition:
      'Participation moves from a formal seat to a documented voice in the allocation of local funds in at least 300 municipalities.',
    milestones: [
      [
        'Memorandum circular on local budget participation issued',
        'Circular published in the Official Gazette',
        'January 2024',
        'June 2024',
      ],
      [
        'Orientation of local development councils in all regions',
        '17 regional orientations conducted',
        'July 2024',
        'December 2024',
      ],
      [
        'Minutes of budget sessions published on the Full Disclosure Policy Portal',
        'Minutes of 300 municipalities online',
        'January 2025',
        'December 2025',
      ],
    ],
  },
  {
    title: 'Open Contracting Data for Infrastructure Projects',
    lead: 'Department of Public Works and Highways (DPWH)',
    gov: 'Government Procurement Policy Board; Commission on Audit',
    cso: 'Procurement Watch; Right to Know, Right Now! Coalition',
    problem:
      'Infrastructure contracts account for the largest share of procurement spending, yet data on bids, contract changes and payments are scattered across systems and published as scanned documents, if at all.',
    objective: 'To publish infrastructure procurement data from planning to completion in a reusable format.',
    description:
      'The DPWH will publish data on all its contracts above PHP 50 million using the Open Contracting Data Standard, including variation orders and payment schedules, and will open a feedback channel for communities near project sites.',
    challenge: 'More effectively managing public resources; increasing corporate accountability.',
    relevance: 'Access to information; technology and innovation for openness and accountability.',
    ambition: 'The first sector-wide open contracting publication in the national government.',
    milestones: [
      [
        'Mapping of DPWH procurement data to the Open Contracting Data Standard',
        'Data mapping report',
        'January 2024',
        'April 2024',
      ],
      [
        'Publication of planning, tender and award data',
        'Data released on the DPWH portal',
        'May 2024',
        'December 2024',
      ],
      [
        'Publication of contract implementation data and community feedback channel',
        'Implementation data and feedback form online',
        'January 2025',
        'December 2025',
      ],
    ],
  },
  {
    title: 'Strengthening Freedom of Information in Local Government Units',
    lead: 'Presidential Communications Office – Freedom of Information Project Management Office',
    gov: 'Department of the Interior and Local Government; Union of Local Authorities',
    cso: 'Philippine Center for Investigative Journalism; Access to Information Network',
    problem:
      'The executive order on freedom of information covers the executive branch only. Fewer than a fifth of provinces and cities have passed their own freedom of information ordinances, so citizens’ access to local records depends on the goodwill of officials.',
    objective:
      'To extend freedom of information to local government units through ordinances and a common request platform.',
    description:
      'A model ordinance will be developed with the leagues of local governments, and local units that adopt it will be onboarded to the national electronic FOI portal.',
    challenge: 'Increasing public integrity.',
    relevance: 'Access to information.',
    ambition: 'Brings the right to request information to the level of government closest to citizens.',
    milestones: [
      [
        'Model local FOI ordinance drafted and validated with leagues of local governments',
        'Validated model ordinance',
        'January 2024',
        'September 2024',
      ],
      [
        'Local government units onboarded to the eFOI portal',
        '100 local government units onboarded',
        'October 2024',
        'December 2025',
      ],
    ],
  },
  {
    title: 'Citizen Monitoring of Health Facility Enhancement Projects',
    lead: 'Department of Health (DOH)',
    gov: 'Philippine Health Insurance Corporation; provincial health offices',
    cso: 'Government Watch; Health Justice Philippines',
    problem:
      'Many rural health units built under the Health Facilities Enhancement Program stand unfinished or unequipped years after their completion dates, and communities learn of the delays only when they seek care.',
    objective:
      'To let communities and civil society track health facility projects and report problems that the DOH must answer.',
    description:
      'The DOH will publish the list, budget and status of all facility projects on a map, and train volunteer monitors in ten provinces who will report findings through a mobile application.',
    challenge: 'Improving public services.',
    relevance: 'Public accountability; civic participation; technology and innovation.',
    ambition: 'Communities gain a formal role in verifying the delivery of health infrastructure.',
    milestones: [
      [
        'Health facility project map published',
        'Online map of all projects funded since 2020',
        'February 2024',
        'August 2024',
      ],
      ['Volunteer monitors trained in ten provinces', '300 monitors trained', 'September 2024', 'March 2025'],
      [
        'Joint review of monitoring findings with the DOH',
        'Published review and action plan',
        'April 2025',
        'December 2025',
      ],
    ],
  },
  {
    title: 'Beneficial Ownership Transparency in the Extractive Industries',
    lead: 'Department of Finance – Philippine Extractive Industries Transparency Initiative (PH-EITI)',
    gov: 'Securities and Exchange Commission; Mines and Geosciences Bureau',
    cso: 'Bantay Kita; Publish What You Pay Philippines',
    problem:
      'The real owners of companies holding mining and petroleum contracts are often hidden behind layers of corporations, which allows conflicts of interest and tax avoidance to go undetected.',
    objective: 'To disclose the beneficial owners of all extractive companies in a public register.',
    description:
      'The Securities and Exchange Commission will require beneficial ownership declarations from extractive companies, and PH-EITI will publish the data in its annual report and as open data.',
    challenge: 'Increasing corporate accountability.',
    relevance: 'Access to information; public accountability.',
    ambition: 'The first public beneficial ownership register in any sector of the economy.',
    milestones: [
      [
        'Memorandum circular on beneficial ownership declarations issued',
        'Circular issued by the SEC',
        'January 2024',
        'July 2024',
      ],
      [
        'Beneficial ownership data of extractive companies published',
        'Open dataset and EITI report chapter',
        'August 2024',
        'June 2025',
      ],
    ],
  },
  {
    title: 'Participatory Audit of Disaster Risk Reduction and Management Funds',
    lead: 'Commission on Audit (COA)',
    gov: 'Office of Civil Defense; National Disaster Risk Reduction and Management Council',
    cso: 'Affiliated Network for Social Accountability in East Asia and the Pacific; Disaster Risk Reduction Network Philippines',
    problem:
      'Local disaster risk reduction funds are large and are spent quickly after typhoons, when controls are weakest. Residents of affected areas rarely see how relief and rehabilitation money was used.',
    objective: 'To involve citizens in auditing the use of disaster funds in the most affected provinces.',
    description:
      'COA will conduct citizen participatory audits of disaster funds with civil society partners in five provinces and publish the audit reports in plain language.',
    challenge: 'More effectively managing public resources; creating safer communities.',
    relevance: 'Public accountability; civic participation.',
    ambition: 'Extends participatory audit to emergency spending, where the risk of misuse is highest.',
    milestones: [
      [
        'Audit teams of COA auditors and citizen volunteers formed in five provinces',
        'Five audit teams',
        'March 2024',
        'August 2024',
      ],
      ['Participatory audits conducted', 'Five audit reports', 'September 2024', 'June 2025'],
      [
        'Plain-language audit reports published and presented to communities',
        'Published reports and community forums',
        'July 2025',
        'December 2025',
      ],
    ],
  },
];

function phTemplateRows(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.4; color: #1a1a1a; }
h1 { font-size: 15pt; color: #0b3d91; margin: 0 0 8pt; text-transform: uppercase; letter-spacing: 0.5pt; }
h2 { font-size: 11.5pt; color: #0b3d91; margin: 12pt 0 5pt; }
p { margin: 0 0 6pt; text-align: justify; }
.cover { text-align: center; padding-top: 90pt; } .cover .a { font-size: 11pt; letter-spacing: 2pt; }
.cover .b { font-size: 24pt; font-weight: bold; color: #0b3d91; margin: 20pt 0 6pt; } .cover .c { font-size: 14pt; color: #c8102e; }
table.c { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
table.c td, table.c th { border: 0.7pt solid #333; padding: 3pt 5pt; vertical-align: top; }
table.c td.no { background: #0b3d91; color: #fff; font-weight: bold; font-size: 11pt; width: 17%; }
table.c td.ti { font-weight: bold; font-size: 11pt; background: #e8eef8; }
table.c td.k { background: #f2f2f2; font-weight: bold; width: 17%; }
table.c th { background: #fcd116; text-align: left; }
table.c td.sub { background: #f2f2f2; font-style: italic; }
${TOC_CSS} .toc { font-size: 10pt; } .toc .tl { color: #666; }`;
  const commitments: Labelled[] = PH.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    marker: c.title,
  }));
  const toc = [
    'Message from the Secretary',
    'I. Introduction',
    'II. Open Government Efforts to Date',
    'III. The NAP Co-creation Process',
    'IV. Commitments',
    'V. Monitoring and Evaluation',
  ];
  // The contents page names the commitments in short.
  const short = [
    'Participation in the local budget process',
    'Open contracting for infrastructure',
    'Freedom of information in local government units',
    'Citizen monitoring of health facility projects',
    'Beneficial ownership transparency in extractives',
    'Participatory audit of disaster funds',
  ];
  const html = (pages: Map<string, number>): string => {
    const one = (
      c: PhCommitment,
      i: number,
    ): string => `<table class="c${i > 0 ? ' brk' : ''}" style="${i > 0 ? 'break-before: page;' : ''}">
<tr><td class="no">Commitment ${i + 1}:</td><td class="ti" colspan="4">${esc(c.title)}</td></tr>
<tr><td class="k">Lead Implementing Agency</td><td colspan="4">${esc(c.lead)}</td></tr>
<tr><td class="k" rowspan="2">Other Involved Actors</td><td class="sub">Government</td><td colspan="3">${esc(c.gov)}</td></tr>
<tr><td class="sub">CSOs, Private Sector, Multilaterals, Working Groups</td><td colspan="3">${esc(c.cso)}</td></tr>
<tr><td class="k">Status quo or problem addressed by the commitment</td><td colspan="4">${esc(c.problem)}</td></tr>
<tr><td class="k">Main objective</td><td colspan="4">${esc(c.objective)}</td></tr>
<tr><td class="k">Brief description of commitment</td><td colspan="4">${esc(c.description)}</td></tr>
<tr><td class="k">OGP challenge addressed by the commitment</td><td colspan="4">${esc(c.challenge)}</td></tr>
<tr><td class="k">Relevance</td><td colspan="4">${esc(c.relevance)}</td></tr>
<tr><td class="k">Ambition</td><td colspan="4">${esc(c.ambition)}</td></tr>
<tr><th>Verifiable and measurable milestones to fulfill the commitment</th><th colspan="2">Expected Output</th><th style="width:12%">Start Date</th><th style="width:12%">End Date</th></tr>
${c.milestones.map(([m, o, s, e], j) => `<tr><td>${i + 1}.${j + 1} ${esc(m)}</td><td colspan="2">${esc(o)}</td><td>${s}</td><td>${e}</td></tr>`).join('\n')}
</table>`;
    const body = `<div class="cover"><div class="a">REPUBLIC OF THE PHILIPPINES</div>
<div class="b">Philippine Open Government Partnership<br>Sixth National Action Plan 2024–2025</div>
<div class="c">Department of Budget and Management · PH-OGP Steering Committee</div></div>
<h1 class="brk">Table of Contents</h1>
${toc
  .slice(0, 5)
  .map((t) => tocLine(t, pages.get(t), 0))
  .join('\n')}
${short.map((t, i) => tocLine(`Commitment ${i + 1}: ${t}`, pages.get((PH[i] as PhCommitment).title), 16)).join('\n')}
${toc
  .slice(5)
  .map((t) => tocLine(t, pages.get(t), 0))
  .join('\n')}
<h1 class="brk">Message from the Secretary</h1>
${p('The Philippines is a founding member of the Open Government Partnership. Twelve years and five action plans later, openness is no longer a promise that government makes to itself; it is a standard against which citizens, the media and our partners in civil society hold us every day.')}
${p('This sixth plan brings open government closer to where people live. Four of its six commitments concern local governments, local health facilities and local disaster funds, because it is there that citizens meet the State most often. I thank the members of the PH-OGP Steering Committee and the hundreds of participants in the regional consultations who shaped it.')}
<p><b>Secretary of Budget and Management</b><br>Co-chair, PH-OGP Steering Committee</p>
<h1 class="brk">I. Introduction</h1>
${p('The Sixth National Action Plan (NAP) covers the period January 2024 to December 2025. It was developed by the PH-OGP Steering Committee, composed of government agencies and civil society organizations in equal number, and contains six commitments grouped under the themes of fiscal openness, access to information and citizen participation.')}
<h1>II. Open Government Efforts to Date</h1>
${p('Previous action plans produced lasting reforms. Among the most significant were:')}
<ol><li>The Executive Order on Freedom of Information in the Executive Branch (2016) and the eFOI portal.</li>
<li>The Full Disclosure Policy Portal for local government budgets and procurement.</li>
<li>Citizen participatory audits by the Commission on Audit with civil society partners.</li>
<li>The Open Data Philippines portal, now with more than 3,000 datasets.</li></ol>
<h1>III. The NAP Co-creation Process</h1>
${p('Co-creation ran from June to November 2023. Regional consultations were held in Luzon, Visayas and Mindanao; a call for proposals received 87 submissions, which the Steering Committee assessed against the OGP values and the capacity of the proposing agencies. Six commitments were retained and developed in writeshops with the lead agencies.')}
<h1 class="brk">IV. Commitments</h1>
${p('Each commitment is presented in the PH-OGP commitment template. Milestones are numbered by commitment and carry their expected output and start and end dates.')}
${PH.map(one).join('\n')}
<h1 class="brk">V. Monitoring and Evaluation</h1>
${p('Lead agencies report on each milestone every quarter through the PH-OGP monitoring platform. The Steering Committee reviews progress twice a year and publishes a scorecard. The Independent Reporting Mechanism will assess the plan at the end of its term.')}`;
    return htmlPage(
      'en',
      'Philippine Open Government Partnership Sixth National Action Plan',
      'size: A4 landscape; margin: 18mm 20mm 18mm 20mm;',
      css,
      body,
    );
  };
  return {
    name: 'en-ph-template-rows',
    kind: 'action-plan',
    family: 'template-first-row-title',
    language: 'en',
    format: 'pdf',
    note: 'A Philippine-style plan on landscape pages: cover, "Table of Contents" whose commitment entries are shortened titles, a message, roman-numbered chapters, past reforms as a numbered list (trap), "contains six commitments"; each commitment one template table starting a page, its first row "Commitment N:" in a dark cell with the long bold title (wrapping) in the cell beside it; rows Lead Implementing Agency, Other Involved Actors (Government / CSOs…), Status quo or problem, Main objective, Brief description, OGP challenge, Relevance, Ambition; milestone rows numbered "N.M" with Expected Output, Start Date, End Date.',
    html,
    commitments,
    header: 'PH-OGP Sixth National Action Plan 2024–2025',
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (2) Nigerian-style plan: thematic areas as green banners, commitments headed by their OGP id
// ("NG0031 – Title"), a field table under each, a contents page with two levels, and an annex that lists the
// previous plan's commitments by their ids with a status (a trap).

interface NgCommitment {
  id: string;
  title: string;
  lead: string;
  start: string;
  end: string;
  problem: string;
  description: string;
  milestones: Array<[string, string, string]>;
  contact: string;
}

const NG: Array<{ area: string; items: NgCommitment[] }> = [
  {
    area: 'Thematic Area 1: Fiscal Transparency',
    items: [
      {
        id: 'NG0031',
        title: 'Citizens’ participation in the budget cycle at federal and state levels',
        lead: 'Budget Office of the Federation',
        start: 'January 2024',
        end: 'December 2026',
        problem:
          'Budget proposals are prepared behind closed doors and reach citizens only after the appropriation act is signed. Town hall meetings are held irregularly and their outcomes are not recorded, so the priorities of communities rarely appear in the budget.',
        description:
          'The Budget Office will hold pre-budget town halls in the six geo-political zones every year, publish a citizens’ budget for the proposal and the approved budget, and report how the inputs received were treated.',
        milestones: [
          ['Pre-budget town halls in the six geo-political zones', 'March 2024', 'June 2026'],
          [
            'Citizens’ budget published for the proposal and the approved budget',
            'October 2024',
            'January 2026',
          ],
          ['Report on the treatment of citizens’ inputs', 'February 2025', 'December 2026'],
        ],
        contact: 'Director, Budget Office of the Federation',
      },
      {
        id: 'NG0032',
        title: 'Open contracting and the use of the Open Contracting Data Standard in public procurement',
        lead: 'Bureau of Public Procurement',
        start: 'January 2024',
        end: 'December 2026',
        problem:
          'Procurement records of ministries, departments and agencies are incomplete and published late. Civil society monitors cannot compare the award and the delivery of contracts.',
        description:
          'The Bureau will publish all federal contracts on the Nigeria Open Contracting Portal in the Open Contracting Data Standard and extend the portal to five states.',
        milestones: [
          ['Federal MDAs publishing all contract stages on the portal', 'January 2024', 'December 2025'],
          ['Open contracting portals launched in five states', 'July 2024', 'December 2026'],
        ],
        contact: 'Director-General, Bureau of Public Procurement',
      },
    ],
  },
  {
    area: 'Thematic Area 2: Access to Information',
    items: [
      {
        id: 'NG0033',
        title: 'Improved compliance with the Freedom of Information Act by public institutions',
        lead: 'Federal Ministry of Justice',
        start: 'March 2024',
        end: 'December 2026',
        problem:
          'Ten years after the Freedom of Information Act, most public institutions do not submit their annual reports to the Attorney-General and many requests go unanswered.',
        description:
          'The Ministry will publish a compliance ranking of public institutions every year, train FOI desk officers and open an online request tracker.',
        milestones: [
          ['Annual FOI compliance ranking published', 'March 2024', 'December 2026'],
          ['FOI desk officers trained in 200 institutions', 'June 2024', 'June 2025'],
          ['Online FOI request tracker launched', 'July 2025', 'December 2026'],
        ],
        contact: 'Head, FOI Unit, Federal Ministry of Justice',
      },
      {
        id: 'NG0034',
        title: 'Publication of environmental impact assessments and extractive licences',
        lead: 'Federal Ministry of Environment',
        start: 'April 2024',
        end: 'June 2026',
        problem:
          'Communities near oil, gas and mining sites cannot obtain the environmental impact assessments approved for projects that affect their land and water.',
        description:
          'All approved environmental impact assessments and the licences issued by the Mining Cadastre Office will be published online within thirty days of approval.',
        milestones: [
          ['Online register of environmental impact assessments', 'April 2024', 'March 2025'],
          ['Licences of the Mining Cadastre Office published as open data', 'April 2025', 'June 2026'],
        ],
        contact: 'Director, Environmental Assessment Department',
      },
    ],
  },
  {
    area: 'Thematic Area 3: Anti-Corruption and Beneficial Ownership',
    items: [
      {
        id: 'NG0035',
        title: 'A public central register of beneficial owners of companies',
        lead: 'Corporate Affairs Commission',
        start: 'January 2024',
        end: 'December 2025',
        problem:
          'Anonymous companies are used to hide the proceeds of corruption and to win public contracts through proxies of public officials.',
        description:
          'The Commission will make the register of persons with significant control searchable by the public free of charge and link it to the procurement portal.',
        milestones: [
          [
            'Free public search of the register of persons with significant control',
            'January 2024',
            'December 2024',
          ],
          ['Register linked to the open contracting portal', 'January 2025', 'December 2025'],
        ],
        contact: 'Registrar-General, Corporate Affairs Commission',
      },
      {
        id: 'NG0036',
        title: 'Asset recovery transparency and the use of recovered funds',
        lead: 'Federal Ministry of Justice – Asset Recovery Management Unit',
        start: 'June 2024',
        end: 'December 2026',
        problem:
          'Large sums of stolen public money have been recovered, but there is no public record of how much was recovered, from whom and how it has been spent.',
        description:
          'A public database of recovered assets and the projects they fund, with civil society monitoring of the projects.',
        milestones: [
          ['Database of recovered assets published', 'June 2024', 'June 2025'],
          [
            'Civil society monitoring reports on projects funded by recovered assets',
            'July 2025',
            'December 2026',
          ],
        ],
        contact: 'Head, Asset Recovery Management Unit',
      },
    ],
  },
  {
    area: 'Thematic Area 4: Citizens’ Engagement and Inclusion',
    items: [
      {
        id: 'NG0037',
        title: 'Inclusion of women, youth and persons with disabilities in governance processes',
        lead: 'Federal Ministry of Women Affairs',
        start: 'March 2024',
        end: 'December 2026',
        problem:
          'Women, young people and persons with disabilities are under-represented in consultations, and the formats used rarely allow them to take part.',
        description:
          'Guidelines for inclusive consultation will be adopted for all federal consultations, with accessible formats and a quota for the three groups in OGP working groups.',
        milestones: [
          ['Guidelines for inclusive consultation adopted', 'March 2024', 'December 2024'],
          ['Accessible formats used in all OGP consultations', 'January 2025', 'December 2026'],
        ],
        contact: 'Director, Gender Affairs',
      },
      {
        id: 'NG0038',
        title: 'Service delivery feedback through the SERVICOM complaint platform',
        lead: 'SERVICOM Office',
        start: 'January 2024',
        end: 'December 2026',
        problem:
          'Complaints about public services are received by each agency separately, and citizens are not told what happened to them.',
        description:
          'A single complaint platform with tracking numbers, quarterly publication of complaint statistics by agency and follow-up of unresolved complaints.',
        milestones: [
          ['Single complaint platform launched with tracking numbers', 'January 2024', 'December 2024'],
          ['Quarterly complaint statistics by agency published', 'January 2025', 'December 2026'],
        ],
        contact: 'National Coordinator, SERVICOM',
      },
    ],
  },
];

const NG_PREVIOUS: Array<[string, string, string]> = [
  ['NG0021', 'Open budget', 'Substantial'],
  ['NG0022', 'Open contracting', 'Substantial'],
  ['NG0023', 'Extractive sector transparency', 'Complete'],
  ['NG0024', 'Tax transparency', 'Limited'],
  ['NG0025', 'Beneficial ownership', 'Substantial'],
  ['NG0026', 'Asset recovery', 'Limited'],
  ['NG0027', 'Freedom of Information compliance', 'Substantial'],
];

function ngThematicIds(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; color: #111; }
h1 { font-family: 'Liberation Sans'; font-size: 17pt; color: #008751; margin: 0 0 10pt; }
h2.area { font-family: 'Liberation Sans'; font-size: 14pt; color: #fff; background: #008751; padding: 7pt 10pt; margin: 0 0 12pt; }
h3 { font-family: 'Liberation Sans'; font-size: 12pt; color: #111; margin: 16pt 0 6pt; }
p { margin: 0 0 7pt; text-align: justify; }
.cover { padding-top: 180pt; font-family: 'Liberation Sans'; } .cover .a { font-size: 13pt; color: #008751; font-weight: bold; }
.cover .b { font-size: 28pt; font-weight: bold; margin: 16pt 0; line-height: 1.15; } .cover .c { font-size: 13pt; }
table.f { width: 100%; border-collapse: collapse; font-family: 'Liberation Sans'; font-size: 9pt; margin-bottom: 10pt; }
table.f td, table.f th { border: 0.5pt solid #7a9; padding: 3pt 5pt; vertical-align: top; text-align: left; }
table.f td.k { width: 30%; background: #e6f3ec; font-weight: bold; } table.f th { background: #cfe8da; }
table.ac td { border: none; padding: 1pt 6pt 1pt 0; font-size: 9.5pt; }
${TOC_CSS} .toc { font-family: 'Liberation Sans'; font-size: 10pt; }`;
  const commitments: Labelled[] = NG.flatMap(({ area, items }) =>
    items.map((c) => ({ label: c.id, title: c.title, theme: area, marker: `${c.id} – ${c.title}` })),
  );
  const toc = [
    'Acronyms',
    'Foreword',
    'Executive Summary',
    '1. Introduction',
    '2. Development of the Action Plan',
    '3. Commitments',
    ...NG.map((a) => a.area),
    'Annex 1: Implementation Status of NAP II Commitments',
    'Annex 2: Members of the National Steering Committee',
  ];
  const html = (pages: Map<string, number>): string => {
    const entries = [
      ...toc.slice(0, 6).map((t) => tocLine(t, pages.get(t), 0)),
      ...NG.flatMap(({ area, items }) => [
        tocLine(area, pages.get(area), 12),
        ...items.map((c) => tocLine(`${c.id} ${c.title}`, pages.get(`${c.id} – ${c.title}`), 24)),
      ]),
      ...toc.slice(-2).map((t) => tocLine(t, pages.get(t), 0)),
    ].join('\n');
    const one = (c: NgCommitment): string => `<h3>${c.id} – ${esc(c.title)}</h3>
<table class="f">
<tr><td class="k">Lead Implementing Agency/Actor</td><td>${esc(c.lead)}</td></tr>
<tr><td class="k">Commitment Start and End Date</td><td>${c.start} – ${c.end}</td></tr>
<tr><td class="k">Problem Definition</td><td>${esc(c.problem)}</td></tr>
<tr><td class="k">Commitment Description</td><td>${esc(c.description)}</td></tr>
</table>
<table class="f"><tr><th>Milestone Activity with a Verifiable Deliverable</th><th style="width:17%">Start Date</th><th style="width:17%">End Date</th></tr>
${c.milestones.map(([m, s, e]) => `<tr><td>${esc(m)}</td><td>${s}</td><td>${e}</td></tr>`).join('\n')}
<tr><td class="k">Contact Information</td><td colspan="2">${esc(c.contact)}</td></tr></table>`;
    const body = `<div class="cover"><div class="a">FEDERAL REPUBLIC OF NIGERIA</div>
<div class="b">Open Government Partnership<br>Third National Action Plan<br>(2024–2026)</div>
<div class="c">Federal Ministry of Justice · OGP Nigeria Secretariat, Abuja</div></div>
<h1 class="brk">Table of Contents</h1>
${entries}
<h1 class="brk">Acronyms</h1>
<table class="ac"><tr><td>BPP</td><td>Bureau of Public Procurement</td></tr><tr><td>CAC</td><td>Corporate Affairs Commission</td></tr>
<tr><td>CSO</td><td>Civil Society Organisation</td></tr><tr><td>FOI</td><td>Freedom of Information</td></tr>
<tr><td>MDAs</td><td>Ministries, Departments and Agencies</td></tr><tr><td>NSC</td><td>National Steering Committee</td></tr>
<tr><td>OCDS</td><td>Open Contracting Data Standard</td></tr><tr><td>SERVICOM</td><td>Service Compact with All Nigerians</td></tr></table>
<h1>Foreword</h1>
${p('Nigeria joined the Open Government Partnership in 2016 as a demonstration of the government’s resolve to fight corruption and to bring citizens into the business of governing. Two action plans later, the reforms they introduced — open contracting, the beneficial ownership register, the implementation of the Freedom of Information Act — have become part of how government works.')}
${p('This third plan consolidates those gains and extends them to the states. It is the product of consultations in all six geo-political zones and of months of negotiation between government and civil society in the National Steering Committee.')}
<p><i>Attorney-General of the Federation and Minister of Justice</i></p>
<h1 class="brk">Executive Summary</h1>
${p('The Third National Action Plan contains eight commitments in four thematic areas: fiscal transparency; access to information; anti-corruption and beneficial ownership; and citizens’ engagement and inclusion. Each commitment carries the identifier assigned to it by the OGP Support Unit, continuing the numbering of the previous plan, whose commitments ran from NG0021 to NG0030.')}
<h1>1. Introduction</h1>
${p('The plan runs from January 2024 to December 2026. Its commitments were selected from 140 proposals received from ministries, civil society organisations and state governments, using criteria agreed by the National Steering Committee: relevance to OGP values, potential impact, and the readiness of a lead agency to implement.')}
<h1>2. Development of the Action Plan</h1>
${p('The National Steering Committee, co-chaired by the Minister of Justice and a civil society representative, set up thematic working groups that drafted the commitments between March and October 2023. The draft plan was validated at a national workshop in November 2023 and adopted by the Federal Executive Council.')}
<h1 class="brk">3. Commitments</h1>
${p('The commitments are presented by thematic area. For each, the lead agency, dates, problem and milestones follow the OGP template.')}
${NG.map(({ area, items }, i) => `<h2 class="area${i > 0 ? ' brk' : ''}">${esc(area)}</h2>\n${items.map(one).join('\n')}`).join('\n')}
<h1 class="brk">Annex 1: Implementation Status of NAP II Commitments</h1>
${p('The table below summarises the status of the commitments of the second plan at the end of its term, as reported in the end-of-term self-assessment.')}
<table class="f"><tr><th style="width:15%">ID</th><th>Commitment</th><th style="width:20%">Status</th></tr>
${NG_PREVIOUS.map(([id, t, s]) => `<tr><td>${id}</td><td>${esc(t)}</td><td>${s}</td></tr>`).join('\n')}</table>
<h1>Annex 2: Members of the National Steering Committee</h1>
<table class="f"><tr><th>Government</th><th>Civil Society</th></tr>
<tr><td>Federal Ministry of Justice (co-chair)</td><td>Civil Society Legislative Advocacy Centre (co-chair)</td></tr>
<tr><td>Budget Office of the Federation</td><td>BudgIT Foundation</td></tr>
<tr><td>Bureau of Public Procurement</td><td>Public and Private Development Centre</td></tr>
<tr><td>Corporate Affairs Commission</td><td>Centre for Fiscal Transparency and Integrity Watch</td></tr></table>`;
    return htmlPage(
      'en',
      'Nigeria OGP Third National Action Plan 2024–2026',
      'size: A4; margin: 22mm 20mm 22mm 20mm;',
      css,
      body,
    );
  };
  return {
    name: 'en-ng-thematic-ids',
    kind: 'action-plan',
    family: 'thematic-areas-ids',
    language: 'en',
    format: 'pdf',
    note: 'A Nigerian-style plan: cover, two-level table of contents (chapters, thematic areas, "NG0031 Title" entries) with dot leaders, acronyms as a table, foreword, executive summary ("contains eight commitments in four thematic areas", the previous plan\'s id range), numbered chapters; "Thematic Area N: …" white-on-green banners each starting a page; each commitment an h3 "NG00NN – Title" over a field table (Lead Implementing Agency/Actor, Commitment Start and End Date, Problem Definition, Commitment Description) and a milestones table with Start Date, End Date and contact; Annex 1 lists the previous plan\'s commitments by id with their status (trap).',
    html,
    commitments,
    header: 'Nigeria · OGP Third National Action Plan 2024–2026',
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (3) New Zealand-style plan in two columns: each "Commitment N: Title" a coloured banner across both columns,
// then "Lead agency", the questions "What is the public problem?", "What will we do?", "How will this make a
// difference?" and a milestones table. Commitments follow one another without page breaks; soft hyphens let
// Chromium hyphenate long words at line ends.

interface NzCommitment {
  title: string;
  lead: string;
  problem: string;
  what: string;
  difference: string;
  values: string;
  milestones: Array<[string, string, string]>;
}

const NZ: NzCommitment[] = [
  {
    title: 'Strengthening scrutiny of emergency legislation',
    lead: 'Ministry of Justice',
    problem:
      'Laws passed under urgency skip select committee consideration, and the public has no chance to comment on them. During recent emergencies a large number of laws were passed this way, some of which had lasting effects on individual rights.',
    what: 'We will develop guidance on when urgency is justified, require a public explanation each time it is used, and provide for post-enactment review of urgent legislation by a select committee within a year.',
    difference:
      'Parliament and the public will be able to see why urgency was used and to review the resulting law once the emergency has passed.',
    values: 'Accountability; public participation.',
    milestones: [
      ['Cabinet agrees guidance on the use of urgency', 'October 2024', 'March 2025'],
      ['Standing Orders amended to provide for post-enactment review', 'April 2025', 'December 2025'],
      ['First post-enactment reviews published', 'January 2026', 'June 2026'],
    ],
  },
  {
    title:
      'Improving transparency and accountability of official information practices across the public sector',
    lead: 'Te Kawa Mataaho Public Service Commission',
    problem:
      'Agencies respond to Official Information Act requests in very different ways. Some publish their responses, others do not; response times and refusal reasons are reported inconsistently, which makes it hard to compare agencies or to find out what has already been released.',
    what: 'We will publish statistics on official information requests for all agencies every six months, extend proactive release of responses, and review the Official Information Act with public consultation.',
    difference:
      'Consistent statistics and proactive release make agencies’ practice visible and reduce duplicate requests.',
    values: 'Transparency; accountability.',
    milestones: [
      ['Six-monthly statistics published for all agencies', 'July 2024', 'June 2026'],
      ['Guidance on proactive release of responses updated', 'September 2024', 'March 2025'],
      ['Public consultation on a review of the Official Information Act', 'April 2025', 'December 2025'],
    ],
  },
  {
    title: 'Community engagement in climate adaptation planning',
    lead: 'Ministry for the Environment',
    problem:
      'Communities exposed to flooding and coastal erosion are asked for their views late, once options have already been narrowed by officials. Many feel that decisions about managed retreat are made for them rather than with them.',
    what: 'We will co-design engagement principles for adaptation planning with iwi, hapū, local government and community groups, and pilot them in three regions.',
    difference:
      'Communities will shape adaptation options from the start and understand the trade-offs involved.',
    values: 'Public participation.',
    milestones: [
      ['Engagement principles co-designed and published', 'August 2024', 'June 2025'],
      ['Pilots in three regions', 'July 2025', 'June 2026'],
    ],
  },
  {
    title: 'Open procurement data for government contracts and spending',
    lead: 'Ministry of Business, Innovation and Employment',
    problem:
      'Government agencies report contract awards on the Government Electronic Tenders Service inconsistently, and contract values are often missing. The public cannot see who is paid for what.',
    what: 'We will require agencies to publish award notices with contract values and publish the data in the Open Contracting Data Standard on data.govt.nz.',
    difference:
      'Consistent award data allow suppliers, journalists and researchers to follow public spending.',
    values: 'Transparency; accountability.',
    milestones: [
      ['Rule requiring award notices with contract values', 'July 2024', 'December 2024'],
      ['Award data published in the Open Contracting Data Standard', 'January 2025', 'December 2025'],
    ],
  },
  {
    title: 'Designing a more inclusive and accessible public participation framework',
    lead: 'Department of the Prime Minister and Cabinet – Policy Project',
    problem:
      'Guidance on public participation in policy making has not kept pace with online tools and does not help agencies reach disabled people, young people and communities that rarely take part.',
    what: 'We will update the Policy Project’s community engagement guidance and toolkit with disabled people’s organisations and youth groups, and report on its use by agencies.',
    difference: 'A wider range of people will be able to take part in policy decisions that affect them.',
    values: 'Public participation; inclusion.',
    milestones: [
      ['Updated community engagement guidance and toolkit', 'October 2024', 'September 2025'],
      ['Report on agencies’ use of the guidance', 'October 2025', 'June 2026'],
    ],
  },
  {
    title: 'Publishing algorithm impact assessments for government services',
    lead: 'Stats NZ – Government Chief Data Steward',
    problem:
      'Algorithms are used to make or support decisions about benefits, visas and health services, but people affected by them rarely know how they work or how to challenge their results.',
    what: 'We will require agencies that have signed the Algorithm Charter to publish an impact assessment for each operational algorithm and an easy-read summary.',
    difference: 'People will be able to see how algorithms that affect them are used, and to question them.',
    values: 'Transparency; accountability; technology and innovation.',
    milestones: [
      ['Impact assessment template agreed with Charter signatories', 'July 2024', 'March 2025'],
      ['Impact assessments and easy-read summaries published', 'April 2025', 'June 2026'],
    ],
  },
];

function nzBannerTwoColumns(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 9.5pt; line-height: 1.45; color: #222; }
h1 { font-family: 'Liberation Sans'; font-size: 19pt; color: #00474f; margin: 0 0 10pt; column-span: all; }
h3 { font-family: 'Liberation Sans'; font-size: 10pt; color: #00474f; margin: 8pt 0 3pt; }
p { margin: 0 0 5pt; text-align: justify; hyphens: manual; }
.cols { column-count: 2; column-gap: 16pt; }
.banner { column-span: all; background: #00838f; color: #fff; font-family: 'Liberation Sans'; font-size: 15pt; font-weight: bold; padding: 8pt 12pt; margin: 14pt 0 8pt; line-height: 1.25; }
.lead { column-span: all; font-family: 'Liberation Sans'; font-size: 9.5pt; margin: 0 0 6pt; }
.cover { background: #00474f; color: #fff; padding: 120pt 30pt 200pt; font-family: 'Liberation Sans'; }
.cover .a { font-size: 30pt; font-weight: bold; line-height: 1.15; } .cover .b { font-size: 14pt; margin-top: 16pt; }
table.m { width: 100%; border-collapse: collapse; font-family: 'Liberation Sans'; font-size: 8.5pt; margin: 3pt 0 6pt; break-inside: avoid; }
table.m th { background: #b2dfdb; text-align: left; padding: 2pt 4pt; } table.m td { border-bottom: 0.5pt solid #9cc; padding: 2pt 4pt; vertical-align: top; }
${TOC_CSS} .toc { font-family: 'Liberation Sans'; font-size: 10.5pt; margin: 4pt 0; }`;
  // Soft hyphens in the long words of the body text: where a word falls at a line end, it is hyphenated.
  const shy = (s: string): string =>
    esc(s)
      .replace(/accountability/gu, 'ac&shy;count&shy;abil&shy;ity')
      .replace(/consideration/gu, 'con&shy;sid&shy;er&shy;a&shy;tion')
      .replace(/participation/gu, 'par&shy;tic&shy;i&shy;pa&shy;tion')
      .replace(/information/gu, 'in&shy;for&shy;ma&shy;tion')
      .replace(/consistently/gu, 'con&shy;sis&shy;tent&shy;ly')
      .replace(/organisations/gu, 'or&shy;gan&shy;i&shy;sa&shy;tions');
  const commitments: Labelled[] = NZ.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    marker: `Commitment ${i + 1}: ${c.title}`,
  }));
  const toc = [
    'Foreword',
    'Introduction',
    'Developing this plan',
    'Our commitments',
    'Reporting on progress',
  ];
  const html = (pages: Map<string, number>): string => {
    const one = (
      c: NzCommitment,
      i: number,
    ): string => `<div class="banner">Commitment ${i + 1}: ${esc(c.title)}</div>
<div class="lead"><b>Lead agency:</b> ${esc(c.lead)}</div>
<h3>What is the public problem?</h3><p>${shy(c.problem)}</p>
<h3>What will we do?</h3><p>${shy(c.what)}</p>
<h3>How will this make a difference?</h3><p>${shy(c.difference)}</p>
<h3>OGP values</h3><p>${shy(c.values)}</p>
<h3>Milestones</h3>
<table class="m"><tr><th>Milestone</th><th>Start</th><th>End</th></tr>
${c.milestones.map(([m, s, e], j) => `<tr><td>${j + 1}. ${esc(m)}</td><td>${s}</td><td>${e}</td></tr>`).join('')}</table>`;
    const body = `<div class="cover"><div class="a">Open Government Partnership<br>Fifth National Action Plan<br>2024–2026</div>
<div class="b">Te Mahere Rautaki Tuarima · New Zealand Government</div></div>
<h1 class="brk">Contents</h1>
${toc
  .slice(0, 4)
  .map((t) => tocLine(t, pages.get(t), 0))
  .join('\n')}
${commitments.map((c) => tocLine(c.marker, pages.get(c.marker), 14)).join('\n')}
${toc
  .slice(4)
  .map((t) => tocLine(t, pages.get(t), 0))
  .join('\n')}
<div class="cols brk">
<h1>Foreword</h1>
<p>${shy('Open government is about how the public sector works with people: sharing information, inviting participation and being accountable for what it does. New Zealand has a strong reputation for integrity, but trust cannot be taken for granted, and recent years have tested it.')}</p>
<p>${shy('This plan was developed with the Expert Advisory Panel and with people who took part in workshops and online. It has fewer commitments than our last plan, and each of them responds to a concern we heard repeatedly: that people want to understand how decisions are made, and to have a say before they are made.')}</p>
<p><i>Minister for the Public Service</i></p>
<h1>Introduction</h1>
<p>${shy('New Zealand joined the Open Government Partnership in 2013. This is our fifth national action plan. It runs from July 2024 to June 2026 and contains six commitments, covering emergency legislation, official information, climate adaptation, procurement, public participation and the use of algorithms.')}</p>
<h1>Developing this plan</h1>
<p>${shy('Public engagement ran from November 2023 to March 2024. We received more than 600 ideas through an online platform and held workshops in Auckland, Wellington, Christchurch and Rotorua, and with disabled people’s organisations and rangatahi. The Expert Advisory Panel assessed the ideas against the OGP values and agencies’ ability to deliver them.')}</p>
<h1>Our commitments</h1>
${NZ.map(one).join('\n')}
<h1>Reporting on progress</h1>
<p>${shy('Agencies will report progress on their milestones every six months on the open government website. The Independent Reporting Mechanism will review the plan at the end of its term, and an end-of-term self-assessment will be published for public comment.')}</p>
</div>`;
    return htmlPage(
      'en-NZ',
      'Open Government Partnership Fifth National Action Plan 2024–2026',
      'size: A4; margin: 20mm 18mm 20mm 18mm;',
      css,
      body,
    );
  };
  return {
    name: 'en-nz-banner-columns',
    kind: 'action-plan',
    family: 'banner-two-columns',
    language: 'en',
    format: 'pdf',
    note: 'A New Zealand-style plan set in two columns: a full-bleed coloured cover, a contents page listing "Commitment N: Title" with dot leaders; foreword, introduction ("contains six commitments"), co-creation; each commitment a white-on-teal banner "Commitment N: Title" spanning both columns (long titles wrap), a "Lead agency:" line, then template questions as small headings in the columns ("What is the public problem?", "What will we do?", "How will this make a difference?", "OGP values", "Milestones") and a milestone table numbered 1–3; commitments follow without page breaks; body words hyphenated at line ends (soft hyphens).',
    html,
    commitments,
    header: 'New Zealand Open Government Partnership National Action Plan 2024–2026',
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (4) Scottish-style web page: a publication on a government site, with a side contents list of the
// publication's parts, "Open all sections", and each commitment an accordion item whose h3 reads
// "Commitment N - Title" (some titles have a colon of their own); the panels carry the fields and a
// milestone table. Themes are h2 headings above the accordions.

interface ScCommitment {
  title: string;
  lead: string;
  problem: string;
  doing: string;
  outcomes: string[];
  milestones: Array<[string, string]>;
}

const SC: Array<{ theme: string; items: ScCommitment[] }> = [
  {
    theme: 'Financial and fiscal transparency',
    items: [
      {
        title: 'Financial and fiscal transparency: following the public pound',
        lead: 'Scottish Exchequer',
        problem:
          'People find it hard to follow how public money is raised and spent in Scotland. Budget documents, spending outturns and public body accounts are published at different times and in different formats.',
        doing:
          'We will publish budget, spending and outturn data in a consistent, linked and accessible format, and involve people in designing how fiscal information is presented.',
        outcomes: [
          'A single fiscal data page linking budget to outturn',
          'Citizen-tested visualisations of the budget',
        ],
        milestones: [
          ['User research with members of the public on fiscal information', 'Spring 2025'],
          ['Linked budget and outturn data published', 'Winter 2025'],
          ['Review of presentation with the Citizens’ Panel', 'Summer 2026'],
        ],
      },
      {
        title: 'Open contracting in the Scottish public sector',
        lead: 'Scottish Procurement and Property Directorate',
        problem:
          'Contract data is published on Public Contracts Scotland, but information after the award — changes, performance and payments — is rarely available.',
        doing:
          'We will extend the publication of contract data to the implementation stage for contracts over £1 million and publish it in the Open Contracting Data Standard.',
        outcomes: [
          'Contract implementation data for high-value contracts',
          'A data user group with civil society',
        ],
        milestones: [
          ['Data user group established', 'Summer 2025'],
          ['Implementation data published for contracts over £1 million', 'Spring 2026'],
        ],
      },
    ],
  },
  {
    theme: 'Participation and inclusion',
    items: [
      {
        title: 'Health and social care: involving people in the design of the National Care Service',
        lead: 'Directorate for Social Care and National Care Service Development',
        problem:
          'People who use care services, and unpaid carers, have had little say in how services are designed, and their experience is not systematically fed back to decision-makers.',
        doing:
          'We will establish a lived experience experts panel and co-design the charter of rights and responsibilities for care services with it.',
        outcomes: ['A standing panel of people with lived experience', 'A co-designed charter published'],
        milestones: [
          ['Lived experience experts panel recruited', 'Spring 2025'],
          ['Charter co-designed and consulted on', 'Spring 2026'],
        ],
      },
      {
        title: 'Participation framework for the Scottish Government',
        lead: 'Participation and Communities Division',
        problem:
          'Public participation across government is inconsistent in quality, and people are rarely told how their input was used.',
        doing:
          'We will publish a participation framework with standards for all directorates, a training programme and a commitment to report back to participants.',
        outcomes: [
          'Participation framework and standards',
          'Annual report on participation across government',
        ],
        milestones: [
          ['Participation framework published', 'Autumn 2025'],
          ['First annual report on participation', 'Autumn 2026'],
        ],
      },
    ],
  },
  {
    theme: 'Justice and climate',
    items: [
      {
        title: 'Climate change: a citizens’ voice in the Just Transition plans',
        lead: 'Just Transition Division',
        problem:
          'Workers and communities most affected by the move to net zero are not involved early enough in the sectoral Just Transition plans that will shape their future.',
        doing:
          'We will hold community assemblies in affected regions and publish how their recommendations were taken into account in each plan.',
        outcomes: ['Community assemblies in four regions', 'A published response to every recommendation'],
        milestones: [
          ['Community assemblies held', 'Summer 2025'],
          ['Responses to recommendations published with the plans', 'Summer 2026'],
        ],
      },
      {
        title: 'Open justice: publishing sentencing and court data',
        lead: 'Justice Analytical Services',
        problem:
          'Data on court proceedings and sentencing is published annually in aggregate tables that do not allow local or timely analysis.',
        doing:
          'We will publish quarterly open data on criminal court proceedings and sentencing by court, with documentation written for non-specialists.',
        outcomes: ['Quarterly open court data', 'Plain-language guide to the data'],
        milestones: [
          ['Consultation with data users', 'Spring 2025'],
          ['First quarterly release', 'Winter 2025'],
        ],
      },
    ],
  },
];

function scotWebAccordion(): Doc {
  const commitments: Labelled[] = SC.flatMap(({ items }) => items).map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: SC.find((s) => s.items.includes(c))?.theme ?? null,
    marker: `Commitment ${i + 1} - ${c.title}`,
  }));
  const html = (): string => {
    let n = 0;
    const item = (c: ScCommitment): string => {
      n++;
      return `<div class="ds_accordion-item">
<input type="checkbox" class="visually-hidden ds_accordion-item__control" id="panel-${n}" aria-labelledby="panel-${n}-heading">
<div class="ds_accordion-item__header">
<h3 id="panel-${n}-heading" class="ds_accordion-item__title">Commitment ${n} - ${esc(c.title)}</h3>
<span class="ds_accordion-item__indicator"></span>
<label class="ds_accordion-item__label" for="panel-${n}"><span class="visually-hidden">Show this section</span></label>
</div>
<div class="ds_accordion-item__body">
<p><strong>Lead:</strong> ${esc(c.lead)}</p>
<h4>What is the problem?</h4><p>${esc(c.problem)}</p>
<h4>What will we do?</h4><p>${esc(c.doing)}</p>
<h4>What will be different?</h4><ul>${c.outcomes.map((o) => `<li>${esc(o)}</li>`).join('')}</ul>
<h4>Milestones</h4>
<table><thead><tr><th scope="col">Milestone</th><th scope="col">Completion date</th></tr></thead><tbody>
${c.milestones.map(([m, d]) => `<tr><td>${esc(m)}</td><td>${d}</td></tr>`).join('')}</tbody></table>
</div></div>`;
    };
    const sections = SC.map(
      ({ theme, items }) => `<h2>${esc(theme)}</h2>
<div class="ds_accordion" data-module="ds-accordion">
<button class="ds_link ds_accordion__open-all js-open-all" type="button">Open all <span class="visually-hidden">sections</span></button>
${items.map(item).join('\n')}
</div>`,
    ).join('\n');
    const css = `body { font-family: 'Liberation Sans', Arial, sans-serif; color: #333; margin: 0; font-size: 16px; }
.ds_site-header { background: #0065bd; color: #fff; padding: 12px 24px; } .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.ds_accordion-item__body { display: none; } .ds_accordion-item__control:checked ~ .ds_accordion-item__body { display: block; }
main { display: flex; gap: 32px; padding: 0 24px; } aside { width: 260px; } article { flex: 1; }`;
    const body = `<a class="ds_skip-links__link" href="#main-content">Skip to main content</a>
<header class="ds_site-header"><a href="/"><img alt="Scottish Government" src="/assets/images/logos/scotgovlogo.svg"></a>
<nav aria-label="Main navigation"><ul><li><a href="/about/">About</a></li><li><a href="/topics/">Topics</a></li><li><a href="/news/">News</a></li><li><a href="/publications/">Publications</a></li><li><a href="/consultations/">Consultations</a></li></ul></nav>
<form role="search" action="/search/"><label for="site-search" class="visually-hidden">Search</label><input id="site-search" type="search" placeholder="Search site"><button>Search</button></form></header>
<nav aria-label="Breadcrumb" class="ds_breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/publications/">Publications</a></li><li><a href="/publications/open-government-action-plan-2025-2029/">Open Government Action Plan 2025 to 2029</a></li></ol></nav>
<div class="ds_page-header"><span class="ds_page-header__label">Strategy/plan</span>
<h1>Open Government Action Plan 2025 to 2029: commitments</h1>
<dl class="ds_metadata"><dt>Published</dt><dd>12 February 2025</dd><dt>Directorate</dt><dd>Constitution and Cabinet Directorate</dd><dt>Part of</dt><dd><a href="/topics/government-and-democracy/">Government and democracy</a></dd></dl></div>
<main id="main-content">
<aside><nav class="ds_contents-nav" aria-label="Pages in this document"><h2 class="ds_contents-nav__title">Contents</h2><ul>
<li><a href="./pages/1/">1. Ministerial foreword</a></li><li><a href="./pages/2/">2. Introduction</a></li><li><a href="./pages/3/">3. How we developed this plan</a></li>
<li><span aria-current="page">4. Commitments</span></li><li><a href="./pages/5/">5. Governance and monitoring</a></li><li><a href="./pages/6/">6. Annex A: Steering Group membership</a></li></ul></nav></aside>
<article>
<h2>4. Commitments</h2>
<p>Scotland’s third Open Government Action Plan contains six commitments, grouped under three themes. They were developed by the Open Government Steering Group, made up of civil society and government members, with the public between June and November 2024.</p>
<p>Each commitment sets out the problem it addresses, what we will do, what will be different, and the milestones by which progress will be measured. Select a commitment to read it in full.</p>
${sections}
<nav class="ds_sequential-nav" aria-label="Article navigation"><div class="ds_sequential-nav__item ds_sequential-nav__item--prev"><a href="./pages/3/" class="ds_sequential-nav__button ds_sequential-nav__button--left"><span class="ds_sequential-nav__text" data-label="previous">How we developed this plan</span></a></div>
<div class="ds_sequential-nav__item ds_sequential-nav__item--next"><a href="./pages/5/" class="ds_sequential-nav__button ds_sequential-nav__button--right"><span class="ds_sequential-nav__text" data-label="next">Governance and monitoring</span></a></div></nav>
<section class="ds_article-aside"><h2>Supporting documents</h2><ul><li><a href="/binaries/content/documents/govscot/publications/strategy-plan/2025/02/open-government-action-plan-2025-2029/documents/open-government-action-plan-2025-2029/govscot%3Adocument/open-government-action-plan-2025-2029.pdf">Open Government Action Plan 2025 to 2029 (PDF, 1.2 MB)</a></li></ul></section>
<section class="ds_feedback"><h2>Was this helpful?</h2><form><button>Yes</button><button>No</button></form></section>
</article></main>
<footer class="ds_site-footer"><ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/contact/">Contact</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/privacy/">Privacy</a></li></ul><p>All content is available under the Open Government Licence v3.0, except for graphic assets and where otherwise stated</p><p>© Crown Copyright</p></footer>`;
    return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>4. Commitments - Open Government Action Plan 2025 to 2029 - gov.scot</title><meta name="description" content="Scotland's third Open Government Action Plan, with commitments on fiscal transparency, participation, health and social care, climate and justice."><style>${css}</style></head><body>${body}</body></html>`;
  };
  return {
    name: 'en-scot-web-accordion',
    kind: 'action-plan',
    family: 'web-accordion-numbered',
    language: 'en',
    format: 'html',
    note: 'A Scottish-style publication page of a government site: skip link, header navigation and search, breadcrumb, page header with metadata, a side "Contents" nav of the publication\'s numbered parts; "4. Commitments" with "contains six commitments, grouped under three themes"; themes as h2; each commitment a design-system accordion item (hidden checkbox, h3 "Commitment N - Title", "Show this section" label), two titles with a colon of their own; panels with a bold "Lead:" run-in, h4 questions ("What is the problem?", "What will we do?", "What will be different?"), outcomes as bullets and a milestone table; previous/next navigation, supporting documents, feedback, footer.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (5) A city's OGP Local plan: two columns, five commitments as numbered bold run-ins ("1. Title." at the
// start of a paragraph), a "Lead … Partners … Timeline" line under each; past achievements and next steps as
// numbered lists (traps), a stated count.

const CITY: Array<{ title: string; text: string; lead: string; partners: string; when: string }> = [
  {
    title: 'Open the city budget by neighbourhood',
    text: 'The City will publish its capital and operating budget broken down by neighbourhood, on an interactive map, with each project’s cost, schedule and the councillor responsible. Residents will be able to comment on each project online and at ward meetings.',
    lead: 'Finance Department',
    partners: 'Open Data Society of Kingsport; Neighbourhood Associations Council',
    when: 'January 2025 – March 2026',
  },
  {
    title: 'A public register of lobbyist meetings with the Mayor, councillors and senior staff',
    text: 'All meetings between lobbyists and the Mayor, councillors and directors will be recorded in a searchable register within ten working days, with the subject discussed and the names of those present.',
    lead: 'Office of the City Clerk',
    partners: 'Integrity Commissioner; Democracy Watch Kingsport',
    when: 'March 2025 – December 2025',
  },
  {
    title: 'Participatory design of the Riverside housing renewal',
    text: 'Tenants of the Riverside estate will take part in a design panel with architects and city planners from the first sketch, and the panel’s recommendations and the City’s response will be published.',
    lead: 'Housing and Planning Department',
    partners: 'Riverside Tenants’ Association; University of Kingsport School of Architecture',
    when: 'April 2025 – June 2026',
  },
  {
    title: 'Real-time open data on transit service',
    text: 'Bus arrival, delay and cancellation data will be released as open real-time feeds, and monthly reliability reports will be published for every route so that riders can hold the transit authority to its service standards.',
    lead: 'Kingsport Transit',
    partners: 'Riders’ Union; local developers’ meetup',
    when: 'February 2025 – December 2025',
  },
  {
    title: 'Youth council with a voice on city services',
    text: 'A youth council of thirty young people aged 14 to 24, chosen by lot from volunteers, will review one city service each year and present its recommendations to the council, which will respond in public.',
    lead: 'Community Services Department',
    partners: 'Kingsport Youth Network; school boards',
    when: 'September 2025 – June 2026',
  },
];

function cityFiveBold(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.45; color: #2b2b2b; }
.cols { column-count: 2; column-gap: 20pt; column-rule: 0.5pt solid #ccc; }
h1 { font-size: 22pt; color: #6a1b9a; margin: 0 0 6pt; } h2 { font-size: 13pt; color: #6a1b9a; margin: 12pt 0 5pt; text-transform: uppercase; letter-spacing: 0.4pt; }
p { margin: 0 0 6pt; } p.c { margin-top: 9pt; } p.meta { font-size: 8.5pt; color: #555; border-left: 2pt solid #ce93d8; padding-left: 5pt; }
.intro { font-size: 12pt; color: #444; margin-bottom: 12pt; } ol { margin: 0 0 6pt 14pt; padding: 0; }`;
  const commitments: Labelled[] = CITY.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    marker: `${i + 1}. ${c.title}.`,
  }));
  const html = (): string => {
    const body = `<h1>Open Kingsport</h1>
<div class="intro">City of Kingsport Open Government Action Plan 2025–2026 · OGP Local</div>
<div class="cols">
<h2>A message from the Mayor</h2>
${p('When Kingsport joined OGP Local in 2023, we promised residents a city hall that opens its books, opens its doors and opens its data. This second action plan keeps that promise and goes further: it asks residents not only to watch what we do, but to help decide it.')}
${p('Thank you to the residents, community groups and city staff who spent evenings and weekends with us shaping these commitments.')}
<h2>What we achieved in our first plan</h2>
<ol><li>We published every council vote online within 24 hours.</li><li>We opened 140 datasets on the city data portal.</li><li>We held the city’s first participatory budgeting vote, in which 9,200 residents took part.</li><li>We published the salaries of all senior city staff.</li></ol>
<h2>How we built this plan</h2>
${p('Between March and September 2024 we held six neighbourhood workshops, an online survey answered by 1,450 residents and two sessions with the Open Kingsport Forum, where city staff and community members sit as equals. The Forum chose the commitments from 62 ideas.')}
<h2>Our commitments</h2>
${p('This action plan contains five commitments. Each has a lead department, partners from outside city hall and a timeline. Progress will be reported to the Forum every three months.')}
${CITY.map(
  (c, i) => `<p class="c"><b>${i + 1}. ${esc(c.title)}.</b> ${esc(c.text)}</p>
<p class="meta">Lead: ${esc(c.lead)} · Partners: ${esc(c.partners)} · Timeline: ${esc(c.when)}</p>`,
).join('\n')}
<h2>Next steps</h2>
<ol><li>The Forum will meet in January 2025 to agree milestones for each commitment.</li><li>Each lead department will name a commitment owner.</li><li>A mid-term report will be published in December 2025.</li></ol>
<h2>Contact</h2>
${p('Open Government Office, City Hall, 1 Harbour Square, Kingsport. opengov@kingsport.example · 311')}
</div>`;
    return htmlPage(
      'en-CA',
      'City of Kingsport Open Government Action Plan 2025–2026',
      'size: Letter; margin: 20mm 18mm 20mm 18mm;',
      css,
      body,
    );
  };
  return {
    name: 'en-city-five-bold',
    kind: 'action-plan',
    family: 'local-numbered-bold-runin',
    language: 'en',
    format: 'pdf',
    note: 'A city\'s OGP Local plan on Letter pages, two columns with a rule: title block, mayor\'s message, past achievements as a numbered list (trap), co-creation, "contains five commitments"; each commitment a paragraph opening with a bold run-in "N. Title." (some titles wrap within the column) and going on in plain text, then a small "Lead: … · Partners: … · Timeline: …" line; numbered next steps (trap); contact.',
    html,
    commitments,
    header: 'City of Kingsport · Open Government Action Plan 2025–2026',
  };
}

// ---------------------------------------------------------------------------------------------------------
// (6) IRM Results Report: key observations with figures, Section II on implementation and early results of
// two commitments with strong results, numbered recommendations (trap), methodology, and Annex I reviewing
// every commitment with "Completion:" and "Did it open government?".

const IRM: Array<{ title: string; completion: string; dioog: string; potential: string }> = [
  { title: 'Open data on public debt', completion: 'Substantial', dioog: 'Marginal', potential: 'Modest' },
  {
    title: 'Right to information implementation in district assemblies',
    completion: 'Limited',
    dioog: 'Did not change',
    potential: 'Modest',
  },
  {
    title: 'Beneficial ownership disclosure for public procurement',
    completion: 'Complete',
    dioog: 'Major',
    potential: 'Substantial',
  },
  {
    title: 'Citizens’ budget and participatory budget hearings',
    completion: 'Substantial',
    dioog: 'Marginal',
    potential: 'Modest',
  },
  {
    title: 'Extractive sector contract disclosure',
    completion: 'Complete',
    dioog: 'Major',
    potential: 'Substantial',
  },
  {
    title: 'Public service delivery feedback through the client service units',
    completion: 'Not started',
    dioog: 'Did not change',
    potential: 'Unclear',
  },
  {
    title: 'Open parliament: publication of committee reports and votes',
    completion: 'Substantial',
    dioog: 'Marginal',
    potential: 'Modest',
  },
];

function irmResultsReport(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.5; color: #222; }
h1 { font-size: 18pt; color: #e2532d; margin: 0 0 8pt; } h2 { font-size: 13pt; color: #1d3557; margin: 16pt 0 6pt; }
h3 { font-size: 11pt; color: #1d3557; margin: 12pt 0 4pt; } p { margin: 0 0 6pt; text-align: justify; }
.cover { padding-top: 140pt; } .cover .a { font-size: 11pt; color: #e2532d; font-weight: bold; } .cover .b { font-size: 26pt; font-weight: bold; color: #1d3557; margin: 12pt 0; }
.box { background: #f1f4f8; border-left: 3pt solid #e2532d; padding: 6pt 10pt; margin: 8pt 0; font-size: 9pt; } .box p { margin: 1pt 0; }
ul.d { margin: 2pt 0 10pt 14pt; padding: 0; font-size: 9pt; }
table.s { width: 100%; border-collapse: collapse; font-size: 8.5pt; } table.s th { background: #1d3557; color: #fff; text-align: left; padding: 2pt 4pt; } table.s td { border-bottom: 0.5pt solid #aab; padding: 2pt 4pt; }
${TOC_CSS} .toc { font-size: 10pt; }`;
  const commitments: Labelled[] = IRM.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    reportedStatus: c.completion,
    marker: `Commitment ${i + 1}: ${c.title}`,
  }));
  const toc = [
    'Section I: Key Observations',
    'Section II: Implementation and Early Results',
    'Section III: Participation and Co-Creation',
    'Section IV: Methodology and IRM Indicators',
    'Annex I: Commitment Data',
  ];
  const html = (pages: Map<string, number>): string => {
    const annex = IRM.map(
      (x, i) => `<h3>Commitment ${i + 1}: ${esc(x.title)}</h3>
<ul class="d"><li>Verifiable: Yes</li><li>Does it have an open government lens? ${x.potential === 'Unclear' ? 'No' : 'Yes'}</li><li>Potential for results: ${x.potential}</li><li>Completion: ${x.completion}</li><li>Did it open government? ${x.dioog}</li></ul>`,
    ).join('\n');
    const body = `<div class="cover"><div class="a">Independent Reporting Mechanism</div>
<div class="b">Ghana Results Report<br>2021–2023</div>
<p>This report evaluates the implementation of Ghana’s fourth action plan and its early results. It was prepared by the IRM in collaboration with an independent researcher and reviewed by the IRM’s International Experts Panel.</p></div>
<h1 class="brk">Table of Contents</h1>
${toc.map((t) => tocLine(t, pages.get(t), 0)).join('\n')}
<h2 class="brk">${toc[0]}</h2>
${p('Ghana’s fourth action plan achieved strong results in the disclosure of beneficial ownership and extractive sector contracts, building on reforms begun under earlier plans. Implementation of commitments at the local level and on service delivery lagged, in part because funding expected from development partners did not materialise.')}
<div class="box"><p><b>Implementation in brief</b></p><p>Number of commitments: 7</p><p>Level of completion: Complete: 2 · Substantial: 3 · Limited: 1 · Not started: 1</p><p>Commitments with major early results (Did it open government?): 2</p><p>Acted according to OGP process? Yes</p></div>
<h2 class="brk">${toc[1]}</h2>
${p('This section focuses on the two commitments the IRM found to have the strongest early results: the disclosure of beneficial owners in public procurement, and the publication of extractive sector contracts. The IRM assessed all seven commitments; the data for each is in Annex I.')}
<h3>Beneficial ownership in procurement (Commitment 3)</h3>
${p('The Registrar-General’s Department launched the central register of beneficial owners and linked it to the public procurement authority’s tender portal. Bidders for contracts above the national threshold must now declare their beneficial owners. Civil society organisations used the register to identify two contracts awarded to companies owned by relatives of procuring officials, which were referred to the Office of the Special Prosecutor.')}
<h3>Extractive sector contracts (Commitment 5)</h3>
${p('All 54 petroleum agreements and the major mining leases are now published on the Ghana Petroleum Register and the Minerals Commission website. The IRM found that journalists and district assemblies have used the published contracts to check the payment of ground rent and community development funds.')}
<h2 class="brk">${toc[2]}</h2>
${p('The OGP Steering Committee met regularly during implementation, but civil society members reported that they received progress updates late. The IRM makes the following recommendations for the next action plan:')}
<ol><li>Publish a repository of evidence for each milestone and update it every quarter.</li><li>Secure funding for each commitment before the plan is adopted.</li><li>Involve district assemblies in the design of local commitments.</li><li>Hold at least one public progress meeting a year outside Accra.</li></ol>
<h2>${toc[3]}</h2>
${p('The IRM assesses each commitment for its completion (not started, limited, substantial or complete) and whether it opened government (did not change, marginal, major or outstanding). The assessment draws on the government’s self-assessment, documents and interviews with stakeholders.')}
<h2 class="brk">${toc[4]}</h2>
${annex}`;
    return htmlPage(
      'en',
      'Independent Reporting Mechanism Ghana Results Report 2021–2023',
      'size: A4; margin: 22mm 20mm 22mm 20mm;',
      css,
      body,
    );
  };
  return {
    name: 'en-irm-results-gh',
    kind: 'irm-report',
    family: 'irm-results-annex',
    language: 'en',
    format: 'pdf',
    note: 'An IRM Results Report: cover, table of contents, "Section I: Key Observations" with a box ("Number of commitments: 7", completion counts), "Section II: Implementation and Early Results" discussing two commitments under headings that put the number last ("Beneficial ownership in procurement (Commitment 3)"), numbered recommendations (trap), methodology naming the scales, "Annex I: Commitment Data" with every "Commitment N: Title" (h3) and bullet fields (Verifiable, open government lens, Potential for results, "Completion: …", "Did it open government? …"); status is the completion.',
    html,
    commitments,
    header: 'IRM Results Report: Ghana 2021–2023',
    toc,
  };
}

export const DOCS_Q: Doc[] = [
  phTemplateRows(),
  ngThematicIds(),
  nzBannerTwoColumns(),
  scotWebAccordion(),
  cityFiveBold(),
  irmResultsReport(),
];
