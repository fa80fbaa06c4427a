/**
 * The twelfth batch of the second blind set: a long English plan of twenty-one commitments with ids "C-1" …
 * "C-21", each running over two or three pages under a running header (a repeated table header) that
 * carries the commitment's id and title, after a "commitments at a glance" table; a Spanish national plan
 * whose "Eje temático" sections lay their commitments out as cards in a two-column grid, each card headed
 * only by its id ("MEX-2025-03"), after numbered co-creation steps laid side by side; a French-speaking
 * African plan whose "Engagement n° N" sits in a dark box beside its title, each with a logical framework
 * (résultats attendus, activities "1.1", indicateurs, sources de vérification) and a budget table; the
 * minutes of a Portuguese multi-stakeholder forum meeting that go through the plan's commitments one by one
 * with their state of progress (a trap); an English IRM Action Plan Review that reviews commitments grouped
 * in clusters ("Cluster 1: … (Commitments 2, 5 and 7)") and lists every commitment only in its annex table;
 * and a Portuguese plan whose headings are letter-spaced capitals, each commitment's number a large
 * decorative "03" in a coloured box apart from its title. Written and labelled after the finder had been
 * fixed against the first ten batches, before it read any of these.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string, margin = '20mm 20mm'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: A4; margin: ${margin}; } ${css}</style></head><body>${body}</body></html>`;
}

function contentsLine(text: string, pageNo: number | undefined, indent: number): string {
  return `<div class="toc" style="padding-left:${indent}em"><span class="t">${esc(text)}</span><span class="d"> ${'.'.repeat(160)}</span><span class="p">${pageNo ?? 0}</span></div>`;
}

const TOC_CSS = `.toc { display:flex; white-space:nowrap; margin:2pt 0; } .toc .t { flex:none; } .toc .d { flex:1; overflow:hidden; } .toc .p { flex:none; padding-left:4pt; }`;

// ---------------------------------------------------------------------------------------------------------
// English: a long plan. Twenty-one commitments "C-1" … "C-21" under five parts; each commitment is one table
// whose header row (repeated by Chromium on every page the table spans) is the running header
// "Fifth National Action Plan 2025–2028 | C-7 Title"; the first page of each opens with a small
// letter-spaced tag "COMMITMENT C-7" and the title in a large serif. A "commitments at a glance" table
// lists every id and title before the parts.

interface LongC {
  title: string;
  lead: string;
  partners: string;
  problem: string;
  action: string;
  milestones: string[];
}

const EN_LONG: Array<{ part: string; items: LongC[] }> = [
  {
    part: 'Open Data and Fiscal Transparency',
    items: [
      {
        title: 'Publish budget execution data every month',
        lead: 'Treasury',
        partners: 'National Audit Office; Budget Transparency Coalition',
        problem:
          'Budget execution is reported once a year, eighteen months after the money is spent, so neither Parliament nor the public can follow spending while decisions can still be changed.',
        action:
          'Treasury will publish monthly execution data for every vote, in machine-readable form, within thirty days of the end of each month.',
        milestones: [
          'Data model agreed with spending departments',
          'First monthly release for ten departments',
          'Monthly release for all departments',
          'User review with Parliament and civil society',
        ],
      },
      {
        title: 'Open contracting for infrastructure projects',
        lead: 'Infrastructure Commission',
        partners: 'Public Procurement Office; Construction Sector Transparency Initiative',
        problem:
          'Large infrastructure projects run over budget and over time, and the information that would show why is spread across agencies that do not publish it.',
        action:
          'The Commission will publish project and contract data from identification to completion for every project above fifty million, using the infrastructure data standard.',
        milestones: [
          'Pipeline of projects published',
          'Contract and variation data published for current projects',
          'Assurance reports on five projects published',
          'Annual review of data use',
        ],
      },
      {
        title: 'A national register of grants to non-profit organisations',
        lead: 'Department of Internal Affairs',
        partners: 'Charities Services; Community Networks Association',
        problem:
          'Government grants to non-profit organisations are recorded in more than forty separate systems, and nobody can say how much each organisation receives in total.',
        action:
          'We will build one public register of grants, fed by every grant-making agency, searchable by recipient, purpose and region.',
        milestones: [
          'Common grant data standard',
          'Register launched with ten agencies',
          'All agencies reporting',
        ],
      },
      {
        title: 'Open the company register’s data free of charge',
        lead: 'Companies Office',
        partners: 'Financial Intelligence Unit; Transparency International chapter',
        problem:
          'Bulk data from the company register is sold under licence, which keeps journalists and researchers from using it to trace ownership and conflicts of interest.',
        action:
          'The Companies Office will release the register, including directors and shareholders, as free bulk data under an open licence with a public interface for programmers.',
        milestones: [
          'Licence and privacy review',
          'Bulk data released',
          'Interface for programmers launched',
        ],
      },
      {
        title: 'Tax expenditure report with every revenue forgone',
        lead: 'Inland Revenue',
        partners: 'Treasury; Tax Justice Network chapter',
        problem:
          'Tax concessions cost the government about four per cent of its revenue, but they are not reported together and are never evaluated like spending.',
        action:
          'Inland Revenue will publish an annual report listing every tax expenditure, its estimated cost and its beneficiaries by category, with a rolling programme of evaluations.',
        milestones: [
          'Methodology published for consultation',
          'First annual report',
          'Three evaluations published',
        ],
      },
    ],
  },
  {
    part: 'Integrity and Anti-Corruption',
    items: [
      {
        title: 'A statutory register of lobbyists',
        lead: 'Ministry of Justice',
        partners: 'Parliamentary Commissioner for Standards; Public Affairs Association',
        problem:
          'Anyone may lobby ministers and officials without disclosing it, and ministers’ diaries, published quarterly, name meetings but not their subject.',
        action:
          'We will introduce legislation for a register of lobbyists and a code of conduct, and publish ministers’ diaries monthly with the subject of each meeting.',
        milestones: [
          'Discussion document and public consultation',
          'Bill introduced to Parliament',
          'Register opened',
          'Monthly diaries with subjects',
        ],
      },
      {
        title: 'Stronger protection for whistleblowers in the public and private sectors',
        lead: 'Public Service Commission',
        partners: 'Ombudsman; Council of Trade Unions',
        problem:
          'Few people use the protected disclosure regime, and surveys show that most workers do not trust that they would be protected if they reported serious wrongdoing.',
        action:
          'We will bring the amended Protected Disclosures Act fully into force, publish guidance for employers, and report every year on disclosures received across the public sector.',
        milestones: [
          'Guidance for employers',
          'Training for integrity officers',
          'First annual report on disclosures',
        ],
      },
      {
        title: 'Publish the interests of senior public servants',
        lead: 'Public Service Commission',
        partners: 'Office of the Auditor-General',
        problem:
          'Members of Parliament declare their interests publicly, but chief executives and senior officials do not, although they make or advise on many decisions of equal weight.',
        action:
          'Chief executives and their direct reports will declare their financial interests, gifts and hospitality, and the Commission will publish the declarations each year.',
        milestones: ['Declaration form and guidance', 'First declarations published', 'Review of compliance'],
      },
      {
        title: 'Open the record of political party donations',
        lead: 'Electoral Commission',
        partners: 'Ministry of Justice; political parties',
        problem:
          'Donations to parties are disclosed once a year, only above a high threshold, and donations can be split to stay below it.',
        action:
          'The Electoral Commission will publish donations above a lower threshold within a month of receipt, in a searchable database, and report on donations split between related donors.',
        milestones: [
          'Legislative change to the threshold',
          'Searchable donations database',
          'First monthly publication',
        ],
      },
    ],
  },
  {
    part: 'Participation and Civic Space',
    items: [
      {
        title: 'Co-design guidelines for public engagement on policy',
        lead: 'Department of the Prime Minister and Cabinet',
        partners: 'Policy Project; Community Engagement Network',
        problem:
          'Agencies engage the public late, when options are already settled, and rarely explain how what they heard changed their advice.',
        action:
          'We will co-design engagement guidelines with communities, include early engagement in the policy quality framework, and publish a report back after every major consultation.',
        milestones: [
          'Guidelines co-designed with communities',
          'Guidelines adopted by Cabinet',
          'Report-back audit',
        ],
      },
      {
        title: 'A citizens’ assembly on the future of local democracy',
        lead: 'Department of Internal Affairs',
        partners: 'Local Government Association; universities',
        problem:
          'Turnout in local elections has fallen below forty per cent, and reviews of local government have been conducted by experts with little direct public involvement.',
        action:
          'A citizens’ assembly of one hundred randomly selected residents will deliberate over six weekends and make recommendations to which the Government will respond in writing.',
        milestones: [
          'Independent stewarding group appointed',
          'Assembly members selected by lottery',
          'Recommendations published',
          'Government response',
        ],
      },
      {
        title: 'Youth participation in regional councils',
        lead: 'Ministry of Youth Development',
        partners: 'Youth councils; regional councils',
        problem:
          'Young people are the group least likely to take part in consultations, yet regional decisions on transport and climate affect them for longest.',
        action:
          'Every regional council will establish a youth advisory panel with a formal right to be consulted, supported by a national fund and training.',
        milestones: ['Fund established', 'Panels in eight regions', 'Panels in all regions', 'Evaluation'],
      },
      {
        title: 'Protect the civic space of community organisations',
        lead: 'Ministry of Justice',
        partners: 'Community sector umbrella bodies; Human Rights Commission',
        problem:
          'Community organisations report that funding conditions and reporting burdens discourage them from advocating on policy, and that some have lost funding after criticising agencies.',
        action:
          'We will remove advocacy restrictions from funding agreements, publish a standard of practice for funders, and set up an independent channel for complaints.',
        milestones: [
          'Review of funding agreements',
          'Standard of practice published',
          'Complaints channel open',
        ],
      },
    ],
  },
  {
    part: 'Open Justice',
    items: [
      {
        title: 'Publish court decisions of the District Court online',
        lead: 'Ministry of Justice',
        partners: 'Judiciary; Law Society',
        problem:
          'Decisions of the higher courts are published, but most District Court decisions are not, although that is where most people meet the justice system.',
        action:
          'We will publish District Court decisions in civil and family matters online, anonymised where the law requires, with a search service for the public.',
        milestones: [
          'Anonymisation rules agreed with the judiciary',
          'Pilot in two registries',
          'National publication',
        ],
      },
      {
        title: 'Plain-language information on legal rights',
        lead: 'Legal Services Agency',
        partners: 'Community law centres; libraries',
        problem:
          'People facing a legal problem often do not know they have one, or where to go, and existing information is written for lawyers.',
        action:
          'We will publish plain-language guides on the twenty most common legal problems, tested with users, in the main community languages.',
        milestones: ['Guides tested with users', 'Guides published in six languages', 'Evaluation of use'],
      },
      {
        title: 'Open data on the use of force by police',
        lead: 'Police',
        partners: 'Independent Police Conduct Authority; community groups',
        problem:
          'Reports on the use of force are published as summary tables once a year, which do not allow the public to see patterns by place or by group.',
        action:
          'Police will publish incident-level data on the use of force every quarter, with an annual report discussed with community groups.',
        milestones: [
          'Data dictionary published',
          'First quarterly release',
          'Annual report and community forum',
        ],
      },
      {
        title: 'Independent review of access to justice for people with disabilities',
        lead: 'Ministry of Justice',
        partners: 'Disabled people’s organisations; Office for Disability Issues',
        problem:
          'Courts and tribunals are hard to reach and hard to use for many disabled people, and no one has looked at their experience across the system.',
        action:
          'An independent review, led by disabled people, will examine access to courts and tribunals and publish recommendations with an implementation plan.',
        milestones: ['Review panel appointed', 'Review report published', 'Implementation plan agreed'],
      },
    ],
  },
  {
    part: 'Digital Government and Services',
    items: [
      {
        title: 'Transparency of algorithms used in public decisions',
        lead: 'Government Chief Data Steward',
        partners: 'Privacy Commissioner; AI Forum',
        problem:
          'Agencies use algorithms in decisions about benefits, visas and child protection, but there is no public list of them and no common standard for explaining them.',
        action:
          'We will extend the algorithm charter to all agencies, publish a register of algorithms used in decisions about people, and require an impact assessment before any new one is used.',
        milestones: [
          'Charter extended to all agencies',
          'Public register of algorithms',
          'First impact assessments published',
        ],
      },
      {
        title: 'Open standards for digital identity',
        lead: 'Department of Internal Affairs',
        partners: 'Digital identity trust framework board; industry',
        problem:
          'People must prove who they are separately to each agency, and private providers of digital identity follow no public rules.',
        action:
          'We will publish the rules of the digital identity trust framework, accredit providers against them in public, and consult users on their experience every year.',
        milestones: ['Rules published', 'First providers accredited', 'User survey published'],
      },
      {
        title: 'Measure and publish the performance of public services',
        lead: 'Department of the Prime Minister and Cabinet',
        partners: 'Statistics agency; service delivery agencies',
        problem:
          'Agencies measure their services in different ways and publish little of it, so the public cannot compare waiting times or satisfaction across services.',
        action:
          'We will agree common measures for twenty high-volume services and publish them on one dashboard every quarter.',
        milestones: ['Common measures agreed', 'Dashboard launched', 'All twenty services reported'],
      },
      {
        title: 'Public feedback on government websites and services',
        lead: 'Government Digital Service',
        partners: 'Consumer advocacy groups',
        problem:
          'Feedback on online services is collected by each agency and rarely published, so the same problems are reported again and again.',
        action:
          'Every government website will carry a common feedback tool, and agencies will publish what they received and what they changed as a result.',
        milestones: [
          'Common feedback tool available',
          'Adopted by thirty agencies',
          'First published summaries',
        ],
      },
    ],
  },
];

const LONG_FILLER = {
  causes: [
    'The causes are partly legal and partly practical. No statute requires the information to be published, the systems that hold it were not designed to share it, and the agencies concerned have had little reason to invest in publication when no one asked them to.',
    'Several causes combine. Responsibility is divided between agencies, each of which publishes only what its own rules require; the data that exists is held in formats that cannot be joined; and past efforts stopped when the officials leading them moved on.',
    'Officials told the Open Government Forum that the obstacle is rarely a decision to withhold information. It is the absence of a clear mandate, of a common standard and of a budget line for the work, which leaves publication to the goodwill of individual teams.',
  ],
  contribution: [
    'Once the commitment is complete, anyone will be able to see the information regularly and in a form they can reuse. Civil society organisations that took part in the co-creation process have said they will use it in their own monitoring, and the lead agency will report on that use each year.',
    'The commitment addresses the problem at its source: by setting a rule and a standard, rather than by publishing one data set once. Its milestones have been chosen so that each produces something the public can see, and so that the final review can show whether behaviour has changed.',
    'Experience in other OGP members shows that publication alone changes little unless people are helped to use what is published. For that reason each milestone pairs a release with work alongside the groups most likely to use it.',
  ],
  values: [
    'The commitment is relevant to transparency, because it opens information that is now closed, and to public accountability, because it gives the public and Parliament the means to question decisions and to have them explained.',
    'The commitment is relevant to civic participation, because it widens who takes part and how, and to transparency, because the results of that participation will be published and explained.',
    'The commitment is relevant to public accountability and to technology and innovation for openness: it creates rules that can be enforced and uses digital tools to make the information usable.',
  ],
  more: [
    'The commitment builds on work begun under the fourth national action plan and responds to a recommendation of the Independent Reporting Mechanism. It is funded from the lead agency’s baseline for the years covered by this plan.',
    'The commitment supports the Government’s priorities for public sector reform and contributes to Sustainable Development Goal 16, in particular targets 16.6 and 16.10.',
    'The commitment was proposed by members of the public during the workshops held in the regions and was refined by a working group of officials and civil society representatives that met five times.',
  ],
};

const LONG_DATES = ['December 2025', 'June 2026', 'December 2026', 'June 2027', 'December 2027', 'June 2028'];

function enLongRunningHeader(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.5; color: #1d1d1b; }
h1 { font-family: 'DejaVu Sans'; font-size: 28pt; font-weight: bold; color: #12355b; line-height: 1.2; }
h2 { font-family: 'DejaVu Sans'; font-size: 17pt; color: #12355b; font-weight: bold; margin: 18pt 0 8pt; }
h3.field { font-family: 'DejaVu Sans'; font-size: 10.5pt; font-weight: bold; color: #12355b; margin: 10pt 0 3pt; }
p { margin: 0 0 6pt; } .brk { break-before: page; }
.cover { padding-top: 180pt; } .cover .sub { font-family: 'DejaVu Sans'; font-size: 13pt; color: #555; }
table.glance { width: 100%; border-collapse: collapse; font-size: 8.5pt; font-family: 'DejaVu Sans'; }
table.glance th { background: #12355b; color: #fff; text-align: left; padding: 3pt; } table.glance td { border-bottom: 0.5pt solid #bbb; padding: 3pt; vertical-align: top; }
table.c { width: 100%; border-collapse: collapse; break-before: page; }
table.c > thead td { font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #6b7a8a; border-bottom: 0.6pt solid #9fb0c2; padding: 0 0 3pt; }
table.c > tbody > tr > td { padding: 0; vertical-align: top; }
.tag { display: inline-block; font-family: 'DejaVu Sans'; font-size: 8pt; font-weight: bold; letter-spacing: 2pt; text-transform: uppercase; color: #fff; background: #e07a1f; padding: 3pt 8pt; margin-top: 14pt; }
.ctitle { font-family: 'DejaVu Serif'; font-size: 19pt; font-weight: bold; color: #12355b; line-height: 1.25; margin: 8pt 0 4pt; }
.part { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #6b7a8a; text-transform: uppercase; letter-spacing: 1pt; margin-bottom: 10pt; }
table.facts { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans'; font-size: 8.5pt; margin: 4pt 0 8pt; }
table.facts td { border: 0.5pt solid #c9d3de; padding: 3pt 5pt; vertical-align: top; } table.facts td.k { width: 28%; background: #eef2f6; font-weight: bold; }
table.ms { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans'; font-size: 8.5pt; }
table.ms th { background: #eef2f6; text-align: left; padding: 3pt; border: 0.5pt solid #c9d3de; } table.ms td { padding: 3pt; border: 0.5pt solid #c9d3de; vertical-align: top; }
${TOC_CSS} .toc { font-family: 'DejaVu Sans'; font-size: 9.5pt; }`;
  const commitments: Labelled[] = [];
  let n = 0;
  const all: Array<{ id: string; c: LongC; part: string; n: number }> = [];
  EN_LONG.forEach((p) =>
    p.items.forEach((c) => {
      n++;
      const id = `C-${n}`;
      all.push({ id, c, part: p.part, n });
      commitments.push({ label: id, title: c.title, theme: p.part, marker: `COMMITMENT ${id} ${c.title}` });
    }),
  );
  const K = {
    foreword: 'This is our fifth national action plan',
    intro: 'This plan contains twenty-one commitments',
    process: 'How we developed this plan',
    glance: 'Commitments at a glance',
    monitoring: 'Monitoring, reporting and review',
  };
  const toc = [...Object.values(K), ...EN_LONG.map((p, pi) => `Part ${pi + 1}: ${p.part}`)];
  const html = (pages: Map<string, number>): string => {
    let contents = '';
    contents += contentsLine('Foreword', pages.get(K.foreword), 0);
    contents += contentsLine('Introduction', pages.get(K.intro), 0);
    contents += contentsLine('How we developed this plan', pages.get(K.process), 0);
    contents += contentsLine('Commitments at a glance', pages.get(K.glance), 0);
    EN_LONG.forEach((p, pi) => {
      contents += contentsLine(`Part ${pi + 1}: ${p.part}`, pages.get(`Part ${pi + 1}: ${p.part}`), 0);
      all
        .filter((a) => a.part === p.part)
        .forEach((a) => {
          contents += contentsLine(
            `${a.id}  ${a.c.title}`,
            pages.get(`COMMITMENT ${a.id} ${a.c.title}`),
            1.5,
          );
        });
    });
    contents += contentsLine('Monitoring, reporting and review', pages.get(K.monitoring), 0);
    let body = `<div class="cover"><h1>Open Government Partnership<br>Fifth National Action Plan<br>2025–2028</h1>
<p class="sub">Department of the Prime Minister and Cabinet</p></div>
<h2 class="brk">Contents</h2>${contents}
<h2 class="brk">Foreword</h2>
<p>This is our fifth national action plan as a member of the Open Government Partnership. It is the longest we have published and, we believe, the most ambitious: twenty-one commitments, each with a lead agency answerable for it and milestones that anyone can check.</p>
<p>Trust in public institutions is high by international standards, but it is not evenly shared and it cannot be taken for granted. The commitments in this plan aim to make government easier to see into, easier to take part in, and easier to hold to account.</p>
<p>I thank the members of the Expert Advisory Panel and the hundreds of people who came to the workshops, wrote submissions or answered the survey. Their ideas are in every part of this plan.</p>
<p><i>Minister of State Services</i></p>
<h2>Introduction</h2>
<p>This plan contains twenty-one commitments, grouped in five parts. It runs from July 2025 to June 2028, a year longer than earlier plans, because several commitments require legislation.</p>
<p>Each commitment is set out in the same way: the public problem it addresses and its causes, what will be done, how that will help, why it matters for open government, and the milestones by which progress will be measured. A running header on every page names the commitment being described.</p>
<h2>How we developed this plan</h2>
<p>The plan was developed in four stages over eleven months:</p>
<ol>
<li><b>Ideas.</b> An online call for ideas from September to November 2024 received 612 submissions.</li>
<li><b>Workshops.</b> Fourteen workshops in nine cities, three of them hosted by iwi and two by youth organisations, discussed the ideas.</li>
<li><b>Drafting.</b> Working groups of officials and members of the Expert Advisory Panel drafted commitments from the proposals that had most support.</li>
<li><b>Consultation.</b> The draft plan was open for comment for six weeks; 148 comments were received and are published with the Government’s responses.</li>
</ol>
<p>Proposals that were not taken up, and the reasons, are listed on the open government website.</p>
<h2 class="brk">Commitments at a glance</h2>
<table class="glance"><thead><tr><th style="width:8%">ID</th><th>Commitment</th><th style="width:30%">Lead agency</th></tr></thead><tbody>
${all.map((a) => `<tr><td>${a.id}</td><td>${esc(a.c.title)}</td><td>${esc(a.c.lead)}</td></tr>`).join('\n')}
</tbody></table>`;
    EN_LONG.forEach((p, pi) => {
      body += `<h2 class="brk">Part ${pi + 1}: ${esc(p.part)}</h2>
<p>The commitments in this part respond to the proposals most often made in the workshops under the heading of ${esc(p.part.toLowerCase())}. They were drafted by a working group that included officials from the lead agencies and members of the Expert Advisory Panel.</p>`;
      all
        .filter((a) => a.part === p.part)
        .forEach((a) => {
          const i = a.n;
          const f = (arr: string[], k: number): string => esc(arr[(i + k) % arr.length] as string);
          const row = (inner: string): string => `<tr><td>${inner}</td></tr>`;
          const ms = a.c.milestones
            .map(
              (m, k) =>
                `<tr><td>${k + 1}</td><td>${esc(m)}</td><td>${k === a.c.milestones.length - 1 ? 'Evidence of use and a published review' : 'Published on the lead agency’s website'}</td><td>${LONG_DATES[Math.min(k + (i % 2), LONG_DATES.length - 1)]}</td></tr>`,
            )
            .join('');
          body += `<table class="c"><thead><tr><td>Fifth National Action Plan 2025–2028 &nbsp;|&nbsp; ${a.id} &nbsp;${esc(a.c.title)}</td></tr></thead><tbody>
${row(`<div class="tag">Commitment ${a.id}</div><div class="ctitle">${esc(a.c.title)}</div><div class="part">Part ${pi + 1} · ${esc(p.part)}</div>`)}
${row(`<table class="facts"><tr><td class="k">Lead agency</td><td>${esc(a.c.lead)}</td></tr><tr><td class="k">Other actors involved</td><td>${esc(a.c.partners)}</td></tr><tr><td class="k">Duration</td><td>July 2025 – June 2028</td></tr><tr><td class="k">Policy area</td><td>${esc(p.part)}</td></tr></table>`)}
${row(`<h3 class="field">What is the public problem?</h3><p>${esc(a.c.problem)}</p><p>The problem was raised in ${8 + (i % 5)} of the fourteen workshops and in ${20 + 3 * i} written submissions. Participants described its effects in their own lives and work: decisions they could not follow, money whose use they could not trace, and institutions that seemed to answer to no one in particular. Several pointed out that the people most affected are those with the least time and the fewest resources to find the information for themselves.</p>`)}
${row(`<h3 class="field">What are the causes of the problem?</h3><p>${f(LONG_FILLER.causes, 0)}</p><p>${f(LONG_FILLER.causes, 1)}</p>`)}
${row(`<h3 class="field">What is the commitment?</h3><p>${esc(a.c.action)}</p><p>The ${esc(a.c.lead)} will lead the work and report on it to the Expert Advisory Panel every quarter. It will work with ${esc(a.c.partners.split(';')[0] as string)} and the other actors named above, and it will publish the documents produced under each milestone as they are completed, not only at the end of the plan.</p>`)}
${row(`<h3 class="field">How will the commitment contribute to solving the public problem?</h3><p>${f(LONG_FILLER.contribution, 0)}</p><p>${f(LONG_FILLER.contribution, 1)}</p>`)}
${row(`<h3 class="field">Why is this commitment relevant to the OGP values?</h3><p>${f(LONG_FILLER.values, 0)}</p>`)}
${row(`<h3 class="field">Additional information</h3><p>${f(LONG_FILLER.more, 0)}</p><p>${f(LONG_FILLER.more, 1)}</p>`)}
${row(`<h3 class="field">Milestones</h3><table class="ms"><thead><tr><th style="width:5%">#</th><th>Milestone</th><th style="width:30%">Expected outcome</th><th style="width:17%">Completion</th></tr></thead><tbody>${ms}</tbody></table>`)}
${row(`<h3 class="field">Contact</h3><p>Open Government Team, ${esc(a.c.lead)} — opengovernment@${a.c.lead.toLowerCase().replace(/[^a-z]+/gu, '')}.example</p>`)}
</tbody></table>`;
        });
    });
    body += `<h2 class="brk">Monitoring, reporting and review</h2>
<p>Monitoring, reporting and review of the plan are shared between the lead agencies, the Expert Advisory Panel and the Independent Reporting Mechanism. Each lead agency reports progress every quarter; the Panel publishes its assessment twice a year; and the IRM will review the plan’s design and, at its end, its results.</p>
<p>Where a commitment falls behind, the lead agency will explain why to the Panel and propose a revised timetable, which will be published.</p>`;
    return page('en', 'Fifth National Action Plan 2025–2028', css, body);
  };
  return {
    name: 'en-long-running-header',
    kind: 'action-plan',
    family: 'running-header-ids',
    language: 'en',
    format: 'pdf',
    note: 'A long plan (about 55 pages): cover, contents (parts and "C-N  Title" lines with dot leaders), foreword, introduction ("contains twenty-one commitments"), a numbered list of drafting stages, a "Commitments at a glance" table of ids, titles and lead agencies; five "Part N: …" headings; each of the 21 commitments one table starting a page, its repeated header row a running header "Fifth National Action Plan 2025–2028 | C-N Title" on each of its two or three pages, then a letter-spaced capital tag "COMMITMENT C-N" on an orange ground and the title in a 19 pt bold serif; a facts table (Lead agency, Other actors involved, Duration), field sub-headings as questions, a milestones table numbered 1–4.',
    html,
    commitments,
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish: a national plan whose "Eje temático N" sections lay out their commitments as cards, two a row;
// each card is headed only by its id ("MEX-2025-03") in a coloured band, then the title in bold and short
// fields, hitos numbered 1–3. Before them, the co-creation route as five numbered boxes side by side.

interface Card {
  title: string;
  inst: string;
  osc: string;
  problema: string;
  hitos: Array<[string, string]>;
}

const ES_EJES: Array<{ eje: string; color: string; items: Card[] }> = [
  {
    eje: 'Transparencia presupuestaria y fiscal',
    color: '#7a1f3d',
    items: [
      {
        title: 'Presupuesto abierto y ciudadano en los programas sociales',
        inst: 'Secretaría de Hacienda y Crédito Público',
        osc: 'México Evalúa; Fundar',
        problema:
          'La información sobre el ejercicio del gasto de los programas sociales se publica con retraso y sin el detalle necesario para seguir a sus beneficiarios.',
        hitos: [
          ['Catálogo de datos del gasto social acordado con OSC', 'jun. 2025'],
          ['Publicación trimestral del ejercicio por programa', 'dic. 2025'],
          ['Versión ciudadana del presupuesto de egresos', 'sep. 2026'],
        ],
      },
      {
        title: 'Contrataciones abiertas en obra pública de salud',
        inst: 'Secretaría Anticorrupción y Buen Gobierno',
        osc: 'Transparencia Mexicana',
        problema:
          'Las obras de infraestructura hospitalaria acumulan retrasos y sobrecostos sin que la ciudadanía pueda conocer sus contratos ni sus modificaciones.',
        hitos: [
          ['Adopción del estándar de contrataciones abiertas', 'ago. 2025'],
          ['Publicación de contratos y convenios modificatorios', 'mar. 2026'],
          ['Monitoreo ciudadano en diez obras', 'dic. 2026'],
        ],
      },
      {
        title: 'Transparencia en la condonación y cancelación de créditos fiscales',
        inst: 'Servicio de Administración Tributaria',
        osc: 'Colectivo por la Transparencia',
        problema:
          'No se conoce quién se beneficia de las condonaciones de impuestos ni el monto que el Estado deja de recaudar por ellas.',
        hitos: [
          ['Criterios de publicación con protección del secreto fiscal', 'oct. 2025'],
          ['Publicación anual de créditos condonados por sector', 'abr. 2026'],
        ],
      },
    ],
  },
  {
    eje: 'Participación ciudadana y espacio cívico',
    color: '#1f5f7a',
    items: [
      {
        title: 'Mecanismo de participación de pueblos indígenas en proyectos de infraestructura',
        inst: 'Instituto Nacional de los Pueblos Indígenas',
        osc: 'Red de Defensores Comunitarios',
        problema:
          'Las consultas a pueblos indígenas sobre proyectos que afectan sus territorios se realizan tarde y sin información accesible en sus lenguas.',
        hitos: [
          ['Protocolo de consulta previa elaborado con comunidades', 'nov. 2025'],
          ['Traducción de la información de proyectos a doce lenguas', 'jun. 2026'],
          ['Informe público de las consultas realizadas', 'mar. 2027'],
        ],
      },
      {
        title: 'Protección de personas defensoras de derechos humanos y periodistas',
        inst: 'Secretaría de Gobernación',
        osc: 'Artículo 19; Red TDT',
        problema:
          'El mecanismo de protección no publica información suficiente sobre las medidas otorgadas ni sobre su eficacia.',
        hitos: [
          ['Datos abiertos anonimizados de las solicitudes de protección', 'dic. 2025'],
          ['Evaluación externa del mecanismo con participación de OSC', 'dic. 2026'],
        ],
      },
      {
        title: 'Consejos consultivos con integración abierta y paritaria',
        inst: 'Secretaría de la Función Pública',
        osc: 'Observatorio Ciudadano de Consejos',
        problema:
          'La integración de los consejos consultivos de la administración pública es opaca y con poca presencia de mujeres y jóvenes.',
        hitos: [
          ['Lineamientos de convocatoria pública y paridad', 'sep. 2025'],
          ['Registro público de consejos y sus integrantes', 'may. 2026'],
          ['Informe de cumplimiento de los lineamientos', 'feb. 2027'],
        ],
      },
    ],
  },
  {
    eje: 'Justicia abierta y seguridad',
    color: '#3d5c1f',
    items: [
      {
        title: 'Datos abiertos sobre personas desaparecidas',
        inst: 'Comisión Nacional de Búsqueda',
        osc: 'Colectivos de familias buscadoras',
        problema:
          'Las familias no cuentan con información pública, actualizada y confiable sobre el número de personas desaparecidas y las acciones de búsqueda.',
        hitos: [
          ['Metodología de publicación acordada con colectivos', 'ago. 2025'],
          ['Publicación mensual de datos del registro nacional', 'feb. 2026'],
        ],
      },
      {
        title: 'Versiones públicas de las sentencias de los tribunales federales',
        inst: 'Consejo de la Judicatura Federal',
        osc: 'Equis Justicia para las Mujeres',
        problema:
          'Solo una parte de las sentencias se publica, con criterios de anonimización distintos entre tribunales.',
        hitos: [
          ['Criterios únicos de versiones públicas', 'oct. 2025'],
          ['Buscador de sentencias con perspectiva de género', 'sep. 2026'],
          ['Publicación del total de sentencias de 2024 en adelante', 'mar. 2027'],
        ],
      },
    ],
  },
  {
    eje: 'Medio ambiente y recursos naturales',
    color: '#8a6a12',
    items: [
      {
        title: 'Transparencia en las concesiones de agua',
        inst: 'Comisión Nacional del Agua',
        osc: 'Cartocrítica; Agua para Todos',
        problema:
          'El registro de concesiones de agua no es consultable en línea y no muestra los volúmenes extraídos por cada concesionario.',
        hitos: [
          ['Registro público de concesiones en datos abiertos', 'dic. 2025'],
          ['Publicación de volúmenes medidos en acuíferos sobreexplotados', 'dic. 2026'],
        ],
      },
      {
        title: 'Participación ciudadana en la evaluación de impacto ambiental',
        inst: 'Secretaría de Medio Ambiente y Recursos Naturales',
        osc: 'Centro Mexicano de Derecho Ambiental',
        problema:
          'Las reuniones públicas de información sobre proyectos se anuncian con poca anticipación y los comentarios recibidos no se responden.',
        hitos: [
          ['Calendario público de procedimientos de evaluación', 'nov. 2025'],
          ['Respuesta pública a los comentarios recibidos', 'jul. 2026'],
          ['Evaluación del procedimiento con OSC', 'abr. 2027'],
        ],
      },
    ],
  },
];

function esEjeTarjetas(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 9.5pt; line-height: 1.35; color: #222; }
h1 { font-size: 24pt; color: #7a1f3d; margin: 0 0 6pt; } .sub { font-size: 12pt; color: #555; }
h2 { font-size: 15pt; color: #333; margin: 16pt 0 6pt; } p { margin: 0 0 6pt; text-align: justify; }
.brk { break-before: page; }
.ruta { display: flex; gap: 6pt; margin: 8pt 0 10pt; } .ruta div { flex: 1; border: 1pt solid #7a1f3d; border-radius: 6pt; padding: 6pt; font-size: 8.5pt; }
.ruta b.n { display: block; font-size: 18pt; color: #7a1f3d; }
.eje { color: #fff; padding: 6pt 10pt; margin: 14pt 0 8pt; font-size: 13pt; font-weight: bold; break-after: avoid; }
.eje small { display: block; font-size: 8pt; font-weight: normal; letter-spacing: 1pt; text-transform: uppercase; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; }
.card { border: 0.8pt solid #bbb; border-radius: 5pt; break-inside: avoid; font-size: 8.5pt; overflow: hidden; }
.card .band { color: #fff; font-family: 'DejaVu Sans Mono'; font-size: 8pt; padding: 3pt 8pt; letter-spacing: 0.5pt; }
.card .in { padding: 5pt 8pt 6pt; } .card .t { font-size: 10.5pt; font-weight: bold; margin: 2pt 0 5pt; line-height: 1.25; }
.card p { margin: 0 0 3pt; text-align: left; } .card ol { margin: 2pt 0 0; padding-left: 14pt; } .card li { margin: 0 0 1pt; }
.card .k { color: #666; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.4pt; }
table.g { width: 100%; border-collapse: collapse; font-size: 8.5pt; } table.g td { border-bottom: 0.5pt solid #ccc; padding: 3pt; vertical-align: top; }`;
  const commitments: Labelled[] = [];
  let n = 0;
  const ids: string[][] = [];
  ES_EJES.forEach((e) => {
    const row: string[] = [];
    e.items.forEach((c) => {
      n++;
      const id = `MEX-2025-${String(n).padStart(2, '0')}`;
      row.push(id);
      commitments.push({ label: id, title: c.title, theme: e.eje, marker: id });
    });
    ids.push(row);
  });
  const html = (): string => {
    let body = `<h1>Plan de Acción Nacional<br>de Gobierno Abierto 2025–2027</h1>
<p class="sub">Alianza para el Gobierno Abierto · Comité Coordinador</p>
<h2>Presentación</h2>
<p>El Plan de Acción Nacional 2025–2027 es el resultado de un año de trabajo conjunto entre instituciones públicas, organizaciones de la sociedad civil y personas expertas. El plan contiene diez compromisos agrupados en cuatro ejes temáticos, elegidos entre más de trescientas propuestas recibidas.</p>
<p>Cada compromiso se identifica con una clave única que se utilizará en los reportes de avance y en el tablero público de seguimiento. Las fichas completas, con sus hitos, indicadores y personas responsables, están disponibles en el sitio del Secretariado Técnico Tripartita.</p>
<h2>Ruta de cocreación</h2>
<div class="ruta">
<div><b class="n">1</b><b>Consulta pública</b><br>Propuestas en línea y en foros estatales (mar.–abr. 2024)</div>
<div><b class="n">2</b><b>Sistematización</b><br>Agrupación de 312 propuestas en temas (mayo 2024)</div>
<div><b class="n">3</b><b>Mesas de cocreación</b><br>Doce mesas con 240 participantes (jun.–ago. 2024)</div>
<div><b class="n">4</b><b>Validación</b><br>Revisión de viabilidad con las instituciones (sep.–oct. 2024)</div>
<div><b class="n">5</b><b>Aprobación</b><br>Aprobación por el Comité Coordinador (nov. 2024)</div>
</div>
<p>El Comité Coordinador, integrado por tres representantes de la sociedad civil, tres del gobierno federal y una persona comisionada del órgano garante de transparencia, aprobó el plan por consenso.</p>
<h2 class="brk">Compromisos</h2>`;
    ES_EJES.forEach((e, ei) => {
      body += `<div class="eje" style="background:${e.color}"><small>Eje temático ${ei + 1}</small>${esc(e.eje)}</div><div class="grid">`;
      e.items.forEach((c, ci) => {
        body += `<div class="card"><div class="band" style="background:${e.color}">${ids[ei]?.[ci]}</div><div class="in">
<div class="t">${esc(c.title)}</div>
<p><span class="k">Institución responsable</span><br>${esc(c.inst)}</p>
<p><span class="k">Sociedad civil</span><br>${esc(c.osc)}</p>
<p><span class="k">Problema público</span><br>${esc(c.problema)}</p>
<p><span class="k">Hitos</span></p><ol>${c.hitos.map(([h, d]) => `<li>${esc(h)} (${d})</li>`).join('')}</ol>
<p style="margin-top:3pt"><span class="k">Vigencia</span> enero 2025 – agosto 2027</p>
</div></div>`;
      });
      body += '</div>';
    });
    body += `<h2 class="brk">Seguimiento y evaluación</h2>
<p>El Secretariado Técnico Tripartita dará seguimiento trimestral a los compromisos en el tablero público. Las instituciones responsables reportarán el avance de cada hito con evidencia verificable, y las organizaciones corresponsables validarán los reportes antes de su publicación.</p>
<h2>Glosario</h2>
<table class="g">
<tr><td><b>AGA</b></td><td>Alianza para el Gobierno Abierto.</td></tr>
<tr><td><b>Hito</b></td><td>Acción verificable con fecha de cumplimiento que contribuye a un compromiso.</td></tr>
<tr><td><b>OSC</b></td><td>Organización de la sociedad civil.</td></tr>
<tr><td><b>STT</b></td><td>Secretariado Técnico Tripartita.</td></tr>
</table>`;
    return page('es', 'Plan de Acción Nacional de Gobierno Abierto 2025–2027', css, body, '18mm 16mm');
  };
  return {
    name: 'es-eje-tarjetas',
    kind: 'action-plan',
    family: 'card-grid-ids',
    language: 'es',
    format: 'pdf',
    note: 'A national plan whose ten commitments are cards in a two-column grid under coloured "Eje temático N" bands (the eje name bold in the band, "EJE TEMÁTICO N" small above it); each card headed only by its id "MEX-2025-NN" in a monospace band, the title bold, small-capital field labels (Institución responsable, Sociedad civil, Problema público, Hitos numbered 1–3, Vigencia); a "Ruta de cocreación" of five numbered boxes side by side (trap); "contiene diez compromisos agrupados en cuatro ejes"; a glossary table.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// French: a French-speaking African plan. Each "Engagement n° N" is printed in a dark box beside its title
// (a two-cell table), followed by run-in fields, a logical framework (chaîne des résultats, indicateurs,
// sources de vérification, hypothèses) whose results are numbered "R1", "R2" and activities "1.1", "1.2", and
// a budget table. Before them, a list of acronyms and roman-numbered chapters.

interface Eng {
  title: string;
  porteur: string;
  partenaires: string;
  contexte: string;
  og: string;
  os: string;
  results: Array<{ r: string; ind: string; src: string; acts: string[] }>;
}

const FR_ENG: Eng[] = [
  {
    title: 'Rendre publics les contrats miniers et pétroliers et leurs avenants',
    porteur: 'Ministère des Mines et de la Géologie',
    partenaires: 'Comité national ITIE ; Publiez ce que vous payez ; Chambre des mines',
    contexte:
      'Le secteur extractif représente plus de la moitié des recettes d’exportation, mais la plupart des conventions minières et de leurs avenants ne sont pas publiés, ce qui empêche les communautés riveraines et le Parlement de vérifier les obligations des sociétés.',
    og: 'Améliorer la gouvernance du secteur extractif',
    os: 'Assurer la publication intégrale des contrats extractifs et de leurs avenants',
    results: [
      {
        r: 'Le cadre juridique de la publication des contrats est adopté',
        ind: 'Décret de publication adopté',
        src: 'Journal officiel',
        acts: [
          'Élaborer le projet de décret',
          'Valider le projet en atelier national',
          'Faire adopter le décret en Conseil des ministres',
        ],
      },
      {
        r: 'Les contrats en vigueur sont accessibles en ligne',
        ind: 'Pourcentage des contrats en vigueur publiés (cible : 100 %)',
        src: 'Portail du cadastre minier ; rapport ITIE',
        acts: [
          'Numériser les contrats et avenants',
          'Publier les contrats sur le portail du cadastre minier',
        ],
      },
    ],
  },
  {
    title: 'Associer les citoyens au contrôle des budgets des communes',
    porteur: 'Ministère de la Décentralisation et de la Gouvernance locale',
    partenaires:
      'Association des municipalités ; Réseau des organisations de la société civile pour le budget',
    contexte:
      'Les communes reçoivent des transferts croissants de l’État, mais leurs budgets sont rarement affichés et les sessions budgétaires des conseils municipaux se tiennent sans public.',
    og: 'Renforcer la redevabilité des collectivités territoriales',
    os: 'Permettre aux citoyens de suivre l’élaboration et l’exécution des budgets communaux',
    results: [
      {
        r: 'Les budgets communaux sont affichés et publiés',
        ind: 'Nombre de communes publiant leur budget (cible : 120)',
        src: 'Rapports des préfectures ; site du ministère',
        acts: [
          'Élaborer un modèle simplifié de budget citoyen',
          'Former les secrétaires généraux des communes',
          'Afficher les budgets dans les mairies',
        ],
      },
      {
        r: 'Des audiences publiques de reddition des comptes sont tenues',
        ind: 'Nombre d’audiences publiques tenues par an',
        src: 'Procès-verbaux des audiences',
        acts: [
          'Adopter un guide des audiences publiques',
          'Organiser les audiences dans les communes pilotes',
        ],
      },
    ],
  },
  {
    title: 'Mettre en place un registre public des bénéficiaires effectifs',
    porteur: 'Ministère de la Justice (Greffe du tribunal de commerce)',
    partenaires: 'Cellule nationale de traitement des informations financières ; Ordre des avocats',
    contexte:
      'Les sociétés qui obtiennent des marchés publics ou des titres miniers peuvent dissimuler leurs véritables propriétaires, ce qui favorise les conflits d’intérêts et le blanchiment.',
    og: 'Prévenir la corruption et le blanchiment de capitaux',
    os: 'Rendre accessible au public l’identité des bénéficiaires effectifs des sociétés',
    results: [
      {
        r: 'Le registre des bénéficiaires effectifs est opérationnel',
        ind: 'Registre en ligne et consultable gratuitement',
        src: 'Site du greffe ; rapport du GAFI',
        acts: [
          'Adopter l’arrêté fixant le contenu du registre',
          'Développer la plateforme en ligne',
          'Saisir les déclarations des sociétés existantes',
        ],
      },
    ],
  },
  {
    title: 'Améliorer l’accès du public à l’information sur les services de santé',
    porteur: 'Ministère de la Santé et de l’Hygiène publique',
    partenaires: 'Ordre des médecins ; associations de patients ; Observatoire citoyen de la santé',
    contexte:
      'Les usagers ne connaissent ni les tarifs officiels des actes, ni la disponibilité des médicaments essentiels dans les centres de santé, ce qui favorise les paiements informels.',
    og: 'Améliorer la qualité et la transparence des services de santé',
    os: 'Informer les usagers sur les tarifs, les stocks et les plaintes dans les formations sanitaires',
    results: [
      {
        r: 'Les tarifs officiels sont affichés dans les formations sanitaires',
        ind: 'Pourcentage des centres affichant les tarifs (cible : 80 %)',
        src: 'Rapports de supervision ; enquêtes de l’Observatoire',
        acts: ['Réviser et valider la grille des tarifs', 'Afficher les tarifs dans les centres de santé'],
      },
      {
        r: 'Un mécanisme de plaintes des usagers fonctionne',
        ind: 'Nombre de plaintes reçues et traitées',
        src: 'Registre des plaintes ; rapport annuel',
        acts: ['Mettre en place un numéro vert', 'Publier un rapport annuel sur les plaintes'],
      },
    ],
  },
  {
    title: 'Adopter une loi sur l’accès à l’information publique',
    porteur: 'Ministère de la Communication et des Relations avec les institutions',
    partenaires: 'Union des journalistes ; Coalition pour le droit d’accès à l’information',
    contexte:
      'Le pays ne dispose pas d’une loi garantissant le droit d’accès à l’information, condition d’éligibilité au Partenariat pour un gouvernement ouvert relevée par le Mécanisme d’évaluation indépendant.',
    og: 'Garantir le droit des citoyens d’accéder à l’information publique',
    os: 'Doter le pays d’un cadre légal et institutionnel d’accès à l’information',
    results: [
      {
        r: 'La loi sur l’accès à l’information est adoptée',
        ind: 'Loi votée et promulguée',
        src: 'Journal officiel',
        acts: [
          'Actualiser l’avant-projet de loi',
          'Organiser des consultations régionales',
          'Transmettre le projet à l’Assemblée nationale',
        ],
      },
      {
        r: 'Une autorité chargée de l’accès à l’information est installée',
        ind: 'Membres de l’autorité nommés',
        src: 'Décret de nomination',
        acts: ['Adopter les textes d’application'],
      },
    ],
  },
];

function frCadreLogique(): Doc {
  const css = `body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.4; color: #1a1a1a; }
h1 { font-size: 20pt; text-align: center; color: #0b5d2a; margin: 0 0 4pt; } .centre { text-align: center; }
h2 { font-size: 13pt; color: #0b5d2a; margin: 16pt 0 6pt; } p { margin: 0 0 5pt; text-align: justify; } .brk { break-before: page; }
table.sig { border-collapse: collapse; font-size: 9pt; } table.sig td { padding: 1pt 8pt 1pt 0; }
table.head { width: 100%; border-collapse: collapse; margin: 14pt 0 8pt; break-after: avoid; }
table.head td.num { width: 24%; background: #0b5d2a; color: #fff; font-size: 11pt; font-weight: bold; padding: 8pt; text-align: center; vertical-align: middle; }
table.head td.tt { background: #e3efe6; font-size: 12pt; font-weight: bold; padding: 8pt 10pt; vertical-align: middle; }
table.cl { width: 100%; border-collapse: collapse; font-size: 8pt; margin: 4pt 0 8pt; } table.cl th { background: #0b5d2a; color: #fff; padding: 3pt; border: 0.5pt solid #0b5d2a; }
table.cl td { border: 0.5pt solid #888; padding: 3pt; vertical-align: top; } table.cl td.res { background: #f1f6f2; font-weight: bold; }
table.bud { border-collapse: collapse; font-size: 8pt; width: 70%; } table.bud td, table.bud th { border: 0.5pt solid #888; padding: 2pt 4pt; }`;
  const commitments: Labelled[] = FR_ENG.map((e, i) => ({
    label: String(i + 1),
    title: e.title,
    theme: null,
    marker: `Engagement n° ${i + 1} ${e.title}`,
  }));
  const html = (): string => {
    let body = `<p class="centre" style="font-size:9pt">RÉPUBLIQUE — Unité · Progrès · Justice</p>
<p class="centre" style="font-size:9pt">MINISTÈRE DE LA FONCTION PUBLIQUE ET DE LA RÉFORME DE L’ÉTAT<br>Secrétariat permanent du Partenariat pour un gouvernement ouvert</p>
<h1 style="margin-top:80pt">PLAN D’ACTION NATIONAL 2024–2026<br>DU PARTENARIAT POUR UN GOUVERNEMENT OUVERT</h1>
<p class="centre" style="margin-top:20pt">Version validée par le Comité national de pilotage</p>
<h2 class="brk">Sigles et abréviations</h2>
<table class="sig">
<tr><td>CENTIF</td><td>Cellule nationale de traitement des informations financières</td></tr>
<tr><td>FCFA</td><td>Franc de la Communauté financière africaine</td></tr>
<tr><td>ITIE</td><td>Initiative pour la transparence dans les industries extractives</td></tr>
<tr><td>MEI</td><td>Mécanisme d’évaluation indépendant</td></tr>
<tr><td>OSC</td><td>Organisations de la société civile</td></tr>
<tr><td>PGO</td><td>Partenariat pour un gouvernement ouvert</td></tr>
</table>
<h2>I. INTRODUCTION</h2>
<p>Notre pays a adhéré au Partenariat pour un gouvernement ouvert en 2016. Le présent plan d’action, le troisième, couvre la période de juillet 2024 à juin 2026. Il comporte cinq engagements, retenus à l’issue d’un processus de co-création conduit avec les organisations de la société civile.</p>
<h2>II. BILAN DU PLAN D’ACTION PRÉCÉDENT</h2>
<p>Le deuxième plan d’action comportait huit engagements. Selon le rapport du MEI, trois ont été substantiellement réalisés, notamment la publication des rapports de l’ITIE et la mise en ligne des marchés publics ; les autres ont connu des retards liés au financement et aux changements institutionnels.</p>
<h2>III. PROCESSUS D’ÉLABORATION</h2>
<p>Le processus s’est déroulé en quatre étapes :</p>
<p>1. la mise en place du Comité national de pilotage, paritaire, en septembre 2023 ;<br>
2. des consultations dans les huit régions, qui ont réuni 640 participants ;<br>
3. un atelier national de priorisation des propositions ;<br>
4. la validation du plan par le Comité national de pilotage et son adoption en Conseil des ministres.</p>
<h2 class="brk">IV. ENGAGEMENTS</h2>
<p>Chaque engagement est présenté avec son porteur, ses partenaires, sa période de mise en œuvre, son contexte, son cadre logique et son budget estimatif.</p>`;
    FR_ENG.forEach((e, i) => {
      let rows = `<tr><td class="res">Objectif global : ${esc(e.og)}</td><td></td><td></td><td></td></tr>
<tr><td class="res">Objectif spécifique : ${esc(e.os)}</td><td></td><td></td><td></td></tr>`;
      e.results.forEach((r, ri) => {
        rows += `<tr><td class="res">R${ri + 1}. ${esc(r.r)}</td><td>${esc(r.ind)}</td><td>${esc(r.src)}</td><td>Engagement des parties prenantes</td></tr>`;
        r.acts.forEach((a, ai) => {
          rows += `<tr><td>${ri + 1}.${ai + 1}. ${esc(a)}</td><td>Activité réalisée</td><td>Rapport d’activité</td><td>Disponibilité des fonds</td></tr>`;
        });
      });
      const budget = e.results
        .flatMap((r, ri) =>
          r.acts.map((a, ai) => [`${ri + 1}.${ai + 1}`, a, 5 + ((i + ai + ri) % 4) * 7.5] as const),
        )
        .map(
          ([k, a, m]) =>
            `<tr><td>${k}</td><td>${esc(a)}</td><td style="text-align:right">${m.toFixed(1).replace('.', ',')}</td></tr>`,
        )
        .join('');
      body += `<table class="head"${i > 0 ? ' style="break-before: page"' : ''}><tr><td class="num">Engagement n° ${i + 1}</td><td class="tt">${esc(e.title)}</td></tr></table>
<p><b>Structure porteuse :</b> ${esc(e.porteur)}</p>
<p><b>Partenaires :</b> ${esc(e.partenaires)}</p>
<p><b>Période de mise en œuvre :</b> juillet 2024 – juin 2026</p>
<p><b>Valeurs du PGO :</b> transparence ; redevabilité ; participation citoyenne</p>
<p><b>Contexte et justification :</b> ${esc(e.contexte)}</p>
<p><b>Cadre logique</b></p>
<table class="cl"><thead><tr><th style="width:38%">Chaîne des résultats</th><th>Indicateurs objectivement vérifiables</th><th>Sources de vérification</th><th style="width:16%">Hypothèses</th></tr></thead><tbody>${rows}</tbody></table>
<p><b>Budget estimatif (millions de FCFA)</b></p>
<table class="bud"><thead><tr><th>N°</th><th>Activité</th><th>Montant</th></tr></thead><tbody>${budget}</tbody></table>`;
    });
    body += `<h2 class="brk">V. MÉCANISME DE SUIVI ET D’ÉVALUATION</h2>
<p>Le Comité national de pilotage se réunit chaque trimestre pour examiner l’état d’avancement des engagements sur la base des rapports des structures porteuses. Un rapport d’auto-évaluation à mi-parcours et un rapport de fin de parcours seront publiés et soumis à la consultation du public.</p>`;
    return page('fr', 'Plan d’action national 2024–2026 du PGO', css, body);
  };
  return {
    name: 'fr-cadre-logique',
    kind: 'action-plan',
    family: 'number-box-logframe',
    language: 'fr',
    format: 'pdf',
    note: 'A French-speaking African plan (DejaVu Sans Condensed): an acronyms table, roman-numbered chapters in capitals, a process as "1." to "4." lines in one paragraph (trap); five engagements, each a two-cell heading table with "Engagement n° N" white on a dark green box beside the bold title on a light ground, then bold run-in fields (Structure porteuse, Partenaires, Période de mise en œuvre, Contexte et justification), a logical-framework table (Objectif global, Objectif spécifique, "R1." results, activities "1.1." … with indicators, sources de vérification, hypothèses) and a budget table numbered "1.1" (traps); "comporte cinq engagements".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese trap: the minutes of a meeting of the multi-stakeholder forum that follows the plan. The agenda
// is numbered; one item goes through the plan's commitments one by one ("Compromisso 3 – …") with their
// state of progress, in bold run-ins and a table; numbered deliberations; signatures.

const PT_ATA_C: Array<[string, string, string]> = [
  ['Transparência na contratação pública', 'Agência para a Modernização Administrativa', 'Concluído'],
  [
    'Dados abertos sobre a execução dos fundos europeus',
    'Agência para o Desenvolvimento e Coesão',
    'Em curso',
  ],
  [
    'Participação dos jovens nas políticas públicas',
    'Instituto Português do Desporto e Juventude',
    'Em curso',
  ],
  ['Registo de transparência da representação de interesses', 'Assembleia da República', 'Atrasado'],
  ['Linguagem clara nos serviços públicos', 'Agência para a Modernização Administrativa', 'Concluído'],
  ['Orçamento participativo das escolas', 'Direção-Geral da Educação', 'Em curso'],
];

function ptAtaForum(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.5; }
h1 { font-size: 13pt; text-align: center; font-weight: bold; margin: 0 0 2pt; } .c { text-align: center; }
p { margin: 0 0 7pt; text-align: justify; } h2 { font-size: 11pt; font-weight: bold; margin: 12pt 0 4pt; }
table.e { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 4pt 0 10pt; } table.e td, table.e th { border: 0.5pt solid #444; padding: 2pt 4pt; }
.ass { margin-top: 30pt; display: flex; justify-content: space-around; text-align: center; font-size: 10pt; }`;
  const html = (): string => {
    const runins = PT_ATA_C.map(
      ([t, e, s], i) =>
        `<p><b>Compromisso ${i + 1} – ${esc(t)}.</b> ${
          s === 'Concluído'
            ? `A representante da ${esc(e)} informou que todos os marcos foram cumpridos e que a evidência foi publicada no repositório do plano. A sociedade civil reconheceu o resultado, mas pediu que se avalie a utilização efetiva da informação publicada.`
            : s === 'Atrasado'
              ? `Foi referido que a iniciativa legislativa aguarda agendamento e que o marco previsto para março não foi cumprido. Os membros da sociedade civil manifestaram preocupação e propuseram que o Fórum envie um ofício à ${esc(e)}.`
              : `O representante da ${esc(e)} apresentou o ponto de situação: ${i % 2 === 0 ? 'dois' : 'um'} dos três marcos estão cumpridos e o último está previsto para o final do ano. Não foram identificados riscos significativos.`
        }</p>`,
    ).join('\n');
    const body = `<p class="c" style="font-size:10pt">REDE NACIONAL DE ADMINISTRAÇÃO ABERTA<br>Fórum Multissetorial de Acompanhamento do Plano de Ação</p>
<h1>ATA N.º 7/2025</h1>
<p class="c">Reunião ordinária de 12 de junho de 2025</p>
<p>Aos doze dias do mês de junho de dois mil e vinte e cinco, pelas catorze horas e trinta minutos, reuniu-se em sessão ordinária, nas instalações da Agência para a Modernização Administrativa, em Lisboa, e por videoconferência, o Fórum Multissetorial de Acompanhamento do IV Plano de Ação Nacional para a Administração Aberta, sob a presidência da Dra. Helena Marques, com a presença dos membros constantes da lista anexa a esta ata, que dela faz parte integrante.</p>
<p>Verificada a existência de quórum, a Presidente declarou aberta a reunião, com a seguinte ordem de trabalhos:</p>
<p>1. Aprovação da ata da reunião anterior;<br>2. Ponto de situação dos compromissos do IV Plano de Ação;<br>3. Preparação do relatório de autoavaliação intercalar;<br>4. Calendário da cocriação do V Plano de Ação;<br>5. Outros assuntos.</p>
<h2>Ponto 1 – Aprovação da ata da reunião anterior</h2>
<p>A ata n.º 6/2025, da reunião de 13 de março, foi aprovada por unanimidade, com uma correção na lista de presenças proposta pela representante da Associação Cívica Transparência e Integridade.</p>
<h2>Ponto 2 – Ponto de situação dos compromissos do IV Plano de Ação</h2>
<p>A Presidente recordou que o IV Plano integra seis compromissos, cuja execução termina em dezembro de 2025, e deu a palavra aos representantes das entidades responsáveis, que apresentaram o ponto de situação de cada compromisso:</p>
${runins}
<p>O ponto de situação foi resumido no quadro seguinte, a publicar no sítio da Rede:</p>
<table class="e"><thead><tr><th>N.º</th><th>Compromisso</th><th>Estado</th></tr></thead><tbody>
${PT_ATA_C.map(([t, , s], i) => `<tr><td>${i + 1}</td><td>${esc(t)}</td><td>${s}</td></tr>`).join('\n')}
</tbody></table>
<h2>Ponto 3 – Preparação do relatório de autoavaliação intercalar</h2>
<p>O secretariado técnico apresentou a estrutura do relatório de autoavaliação intercalar, que seguirá o modelo do Mecanismo de Avaliação Independente. Foi acordado que cada entidade responsável enviará o seu contributo até 15 de julho e que o projeto de relatório estará em consulta pública durante duas semanas em setembro.</p>
<h2>Ponto 4 – Calendário da cocriação do V Plano de Ação</h2>
<p>Foi apresentada a proposta de calendário para a cocriação do V Plano de Ação, com início em outubro de 2025. A sociedade civil pediu que as sessões regionais decorram também fora das capitais de distrito. A proposta será revista pelo secretariado e submetida à próxima reunião.</p>
<h2>Ponto 5 – Outros assuntos</h2>
<p>Não houve outros assuntos.</p>
<h2>Deliberações</h2>
<p>O Fórum deliberou:</p>
<p>1. Aprovar a ata n.º 6/2025;<br>2. Enviar um ofício à Assembleia da República sobre o atraso do compromisso 4;<br>3. Aprovar a estrutura do relatório de autoavaliação intercalar;<br>4. Realizar a próxima reunião ordinária em 18 de setembro de 2025.</p>
<p>Nada mais havendo a tratar, a Presidente encerrou a reunião pelas dezassete horas, dela se lavrando a presente ata, que, depois de lida e aprovada, vai ser assinada pela Presidente e pelo secretário.</p>
<div class="ass"><div>A Presidente<br><br>_____________________<br>Helena Marques</div><div>O Secretário<br><br>_____________________<br>Rui Tavares Almeida</div></div>`;
    return page('pt', 'Ata n.º 7/2025 do Fórum Multissetorial', css, body, '25mm 25mm');
  };
  return {
    name: 'pt-ata-forum',
    kind: 'other',
    family: 'meeting-minutes',
    language: 'pt',
    format: 'pdf',
    note: 'Minutes of a multi-stakeholder forum meeting (trap): "ATA N.º 7/2025", a numbered agenda ("ordem de trabalhos"), "Ponto N – …" sections; one goes through the plan\'s six commitments as bold run-ins "Compromisso N – Title." with their progress, then a table N.º | Compromisso | Estado (Concluído, Em curso, Atrasado); "o IV Plano integra seis compromissos"; numbered deliberations; signatures (`other`).',
    html,
    commitments: [],
  };
}

// ---------------------------------------------------------------------------------------------------------
// English: an IRM Action Plan Review. Promising commitments are reviewed in clusters ("Cluster 1: Fiscal
// openness (Commitments 2, 5 and 7)") and one alone ("Commitment 9: …"); every commitment is listed only in
// the annex table of commitment-by-commitment data (verifiable, open-government lens, potential for
// results). An Action Plan Review reports no completion, so no status is labelled.

const EN_APR: string[] = [
  'Open contracting portal for all public procurement',
  'Citizens’ budget for the national budget',
  'Freedom of information reform',
  'Civic space: review of the law on associations',
  'Public reporting on extractive industry revenues',
  'Open data on land ownership',
  'Participatory audits with the Supreme Audit Institution',
  'Consultation standard for youth policy',
  'Legal aid and justice services for rural communities',
  'Digital platform for public service complaints',
];

function enIrmClusters(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.45; color: #222; }
h1 { font-size: 22pt; color: #003b5c; font-weight: normal; } h2 { font-size: 15pt; color: #003b5c; margin: 18pt 0 6pt; }
h3 { font-size: 12pt; color: #003b5c; margin: 12pt 0 4pt; } h4 { font-size: 10pt; margin: 8pt 0 2pt; }
p { margin: 0 0 6pt; } .brk { break-before: page; } ul { margin: 0 0 6pt; padding-left: 16pt; }
.box { background: #e8f1f6; padding: 8pt 12pt; margin: 8pt 0; } .box p { margin: 0 0 3pt; }
table.t { width: 100%; border-collapse: collapse; font-size: 9pt; margin: 6pt 0 10pt; } table.t th { background: #003b5c; color: #fff; text-align: left; padding: 3pt 5pt; }
table.t td { border-bottom: 0.5pt solid #aaa; padding: 3pt 5pt; vertical-align: top; }
.fn { font-size: 8pt; color: #555; }`;
  const reviewed = 9;
  const clusters: Array<{ name: string; members: number[] }> = [
    { name: 'Fiscal openness', members: [2, 5, 7] },
    { name: 'Civic space and access to information', members: [3, 4] },
  ];
  const clusterOf = (n: number): string => {
    const c = clusters.find((k) => k.members.includes(n));
    return c ? c.name : n === reviewed ? 'Reviewed on its own' : '—';
  };
  const potential = (n: number): string =>
    [2, 5, 7].includes(n) ? 'Substantial' : [3, 4, 9].includes(n) ? 'Modest' : n === 6 ? 'Unclear' : 'Modest';
  const commitments: Labelled[] = EN_APR.map((t, i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    reportedStatus: null,
    marker: i + 1 === reviewed ? `Commitment ${i + 1}: ${t}` : t,
  }));
  const html = (): string => {
    let body = `<p style="color:#003b5c">Independent Reporting Mechanism</p>
<h1>Action Plan Review: Republic of Lemuria 2025–2027</h1>
<div class="box"><p><b>Table of Contents</b></p><p>Section I: Overview of the 2025–2027 Action Plan<br>Section II: Promising Commitments in the 2025–2027 Action Plan<br>Section III: Methodology and IRM Indicators<br>Annex 1: Commitment-by-Commitment Data</p></div>
<h2>Section I: Overview of the 2025–2027 Action Plan</h2>
<p>Lemuria’s fourth action plan contains ten commitments. Its co-creation process improved on the previous cycle: the multi-stakeholder forum met regularly and published its minutes, and the government gave reasoned responses to the proposals it did not adopt. The plan continues work on fiscal openness and introduces new areas such as civic space and justice.</p>
<div class="box"><p><b>AT A GLANCE</b></p>
<p>Participating since: 2014</p><p>Action plan under review: 2025–2027</p><p>IRM product: Action Plan Review</p><p>Number of commitments: 10</p>
<p><b>Overview of commitments:</b></p><p>Commitments with an open government lens: 10 (100%)</p><p>Commitments with substantial potential for results: 3 (30%)</p><p>Promising commitments: 6</p>
<p><b>Policy areas carried over from previous action plans:</b> open contracting, fiscal transparency, access to information</p><p><b>Emerging in this action plan:</b> civic space, access to justice</p>
<p><b>Compliance with OGP minimum requirements for co-creation:</b> Acted according to OGP process: Yes</p></div>
<p>The IRM recommends that the government prioritise the adoption of the freedom of information reform, on which several other commitments depend, and that it secure funding for the commitments that rely on donor support.</p>
<h2 class="brk">Section II: Promising Commitments in the 2025–2027 Action Plan</h2>
<p>The following review looks at the commitments that the IRM identified as having the strongest potential to achieve results. Promising commitments address a policy area that is important to stakeholders or the national context. The IRM has grouped commitments that share a policy objective into clusters and reviews each cluster as a whole.</p>
<table class="t"><thead><tr><th style="width:8%">#</th><th>Promising commitments</th></tr></thead><tbody>
<tr><td>1</td><td>Fiscal openness cluster (Commitments 2, 5 and 7): opening budget, revenue and audit information to the public and involving citizens in its oversight.</td></tr>
<tr><td>2</td><td>Civic space and access to information cluster (Commitments 3 and 4): a stronger legal framework for requesting information and for the work of associations.</td></tr>
<tr><td>3</td><td>Justice services for rural communities (Commitment 9): legal aid and mobile courts in underserved districts.</td></tr>
</tbody></table>`;
    clusters.forEach((c, ci) => {
      const list =
        c.members.length === 3
          ? `${c.members[0]}, ${c.members[1]} and ${c.members[2]}`
          : `${c.members[0]} and ${c.members[1]}`;
      body += `<h3>Cluster ${ci + 1}: ${esc(c.name)} (Commitments ${list})</h3>
<p class="fn">For a complete description of the commitments included in this cluster, see commitments ${list} in the action plan.</p>
<h4>Context and objectives</h4>
<p>${ci === 0 ? 'Lemuria scored 41 out of 100 in the latest Open Budget Survey, and public participation in the budget process remains limited. The commitments in this cluster would publish a citizens’ budget, disclose extractive revenues by project and company, and involve civil society organisations in audits of selected programmes.' : 'Lemuria adopted an access to information law in 2012, but requests are often left unanswered and there is no independent body to hear appeals. At the same time, a draft law on associations has raised concerns among civil society organisations about registration and foreign funding.'}</p>
<h4>Potential for results: ${ci === 0 ? 'Substantial' : 'Modest'}</h4>
<p>${ci === 0 ? 'Together, these commitments could change how budget information is produced and used. The participatory audits are the most ambitious element: if carried out as planned, they would give civil society a formal role in oversight for the first time.' : 'The reform of the freedom of information law could create an independent oversight body, but its scope will depend on the final text. The review of the law on associations is framed as a review rather than a commitment to change, which limits its potential.'}</p>
<h4>Opportunities, challenges and recommendations during implementation</h4>
<ul><li>Publish the timeline for each milestone and report progress to the multi-stakeholder forum.</li><li>Involve civil society organisations outside the capital in the design of the tools.</li><li>${ci === 0 ? 'Link the citizens’ budget to the in-year execution reports so that citizens can follow spending.' : 'Consult on the draft freedom of information bill before it is sent to Parliament.'}</li></ul>`;
    });
    body += `<h3>Commitment ${reviewed}: ${esc(EN_APR[reviewed - 1] as string)}</h3>
<p class="fn">For a complete description of the commitment, see commitment ${reviewed} in the action plan.</p>
<h4>Context and objectives</h4>
<p>Most courts and legal aid offices are located in the three largest cities, and people in rural districts travel long distances to reach them. This commitment would establish mobile courts and legal aid clinics in twelve districts and publish data on their caseloads.</p>
<h4>Potential for results: Modest</h4>
<p>The commitment responds to a clear need, but its milestones focus on setting up services rather than on the participation of users or the publication of information about their performance.</p>
<h4>Opportunities, challenges and recommendations during implementation</h4>
<ul><li>Publish caseload and waiting-time data for each mobile court.</li><li>Set up a feedback mechanism for users of the clinics.</li></ul>
<h2 class="brk">Section III: Methodology and IRM Indicators</h2>
<p>This review was prepared by the IRM with the support of an independent researcher and was subject to external expert review. It assesses the action plan’s design and the potential of its commitments, and does not assess their implementation, which the IRM will review in its Results Report at the end of the action plan cycle.</p>
<p>The IRM uses the following indicators: <b>verifiability</b> (whether the commitment’s objectives and actions are specific enough to be verified); <b>open government lens</b> (whether the commitment aims to make government more transparent, participatory or accountable); and <b>potential for results</b> (unclear, modest or substantial).</p>
<h2 class="brk">Annex 1: Commitment-by-Commitment Data</h2>
<table class="t"><thead><tr><th style="width:6%">#</th><th>Commitment</th><th style="width:11%">Verifiable</th><th style="width:14%">Open government lens</th><th style="width:14%">Potential for results</th><th style="width:20%">Cluster</th></tr></thead><tbody>
${EN_APR.map((t, i) => `<tr><td>${i + 1}</td><td>${esc(t)}</td><td>Yes</td><td>Yes</td><td>${potential(i + 1)}</td><td>${esc(clusterOf(i + 1))}</td></tr>`).join('\n')}
</tbody></table>`;
    return page('en', 'Action Plan Review: Republic of Lemuria 2025–2027', css, body);
  };
  return {
    name: 'en-irm-clusters',
    kind: 'irm-report',
    family: 'irm-clusters',
    language: 'en',
    format: 'pdf',
    note: 'An IRM Action Plan Review: an "At a glance" box ("Number of commitments: 10", promising commitments, policy areas); Section II reviews promising commitments in clusters as h3 "Cluster N: Theme (Commitments 2, 5 and 7)" (not commitments, trap) and one commitment alone as "Commitment 9: Title"; a numbered table of promising commitments (trap); "Potential for results: Substantial" sub-headings (not a completion status); Annex 1 a table of all ten commitments (#, title, Verifiable, Open government lens, Potential for results, Cluster). No completion is reported (status null).',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese: a plan laid out by a design studio. Every heading in letter-spaced capitals (the introduction's
// as much as the eixos'); each commitment opens with its number as a large decorative "03" in a coloured box,
// apart from the title, which follows in letter-spaced bold capitals; field names in small capitals in a
// left column beside their values; marcos "M1"–"M3".

interface PtBox {
  title: string;
  ent: string;
  desc: string;
}

const PT_BOX: Array<{ eixo: string; cor: string; items: PtBox[] }> = [
  {
    eixo: 'Transparência e dados abertos',
    cor: '#00796b',
    items: [
      {
        title: 'Dados abertos sobre listas de espera no Serviço Nacional de Saúde',
        ent: 'Administração Central do Sistema de Saúde',
        desc: 'Publicar mensalmente, em formato aberto, os tempos de espera por consulta e cirurgia em cada hospital, com metadados compreensíveis e uma visualização para o público.',
      },
      {
        title: 'Portal único da execução dos fundos europeus',
        ent: 'Agência para o Desenvolvimento e Coesão',
        desc: 'Reunir num só portal os projetos financiados, os beneficiários, os montantes aprovados e pagos e a localização de cada projeto.',
      },
      {
        title: 'Transparência das decisões urbanísticas municipais',
        ent: 'Direção-Geral do Território',
        desc: 'Criar um modelo comum de publicação dos pedidos de licenciamento e das decisões urbanísticas, a adotar voluntariamente pelos municípios.',
      },
    ],
  },
  {
    eixo: 'Participação e envolvimento',
    cor: '#c2185b',
    items: [
      {
        title: 'Consulta pública digital de todos os projetos de decreto-lei',
        ent: 'Presidência do Conselho de Ministros',
        desc: 'Submeter a consulta pública, numa plataforma única, todos os projetos de decreto-lei, com prazos mínimos e publicação dos contributos recebidos e da respetiva ponderação.',
      },
      {
        title: 'Assembleias de cidadãos sobre a transição climática',
        ent: 'Agência Portuguesa do Ambiente',
        desc: 'Realizar três assembleias de cidadãos sorteados, em regiões diferentes, sobre medidas de adaptação às alterações climáticas, com resposta pública do Governo às recomendações.',
      },
      {
        title: 'Orçamento participativo jovem nas escolas secundárias',
        ent: 'Direção-Geral da Educação',
        desc: 'Alargar o orçamento participativo das escolas a todas as escolas secundárias públicas e publicar os projetos votados e executados.',
      },
    ],
  },
  {
    eixo: 'Integridade e prestação de contas',
    cor: '#5d4037',
    items: [
      {
        title: 'Registo público de reuniões com representantes de interesses',
        ent: 'Secretaria-Geral da Presidência do Conselho de Ministros',
        desc: 'Publicar as agendas dos membros do Governo e dos seus gabinetes com as reuniões mantidas com representantes de interesses e o respetivo assunto.',
      },
      {
        title: 'Declarações de rendimentos e interesses em formato pesquisável',
        ent: 'Entidade para a Transparência',
        desc: 'Disponibilizar as declarações únicas de rendimentos, património e interesses numa plataforma pesquisável, nos termos da lei.',
      },
      {
        title: 'Canal de denúncia único para a administração pública',
        ent: 'Mecanismo Nacional Anticorrupção',
        desc: 'Criar um canal de denúncia comum, com garantias de confidencialidade e proteção do denunciante, e publicar estatísticas anuais sobre as denúncias recebidas.',
      },
    ],
  },
];

function ptCaixaNumero(): Doc {
  const css = `body { font-family: 'DejaVu Sans', sans-serif; font-weight: 300; font-size: 9.5pt; line-height: 1.5; color: #333; }
.cap { text-transform: uppercase; letter-spacing: 3pt; }
h1 { font-size: 22pt; letter-spacing: 4pt; text-transform: uppercase; font-weight: bold; color: #263238; line-height: 1.35; margin: 120pt 0 12pt; }
h2 { font-size: 12pt; letter-spacing: 3pt; text-transform: uppercase; font-weight: bold; color: #263238; margin: 18pt 0 8pt; }
.eixo { font-size: 14pt; letter-spacing: 4pt; text-transform: uppercase; font-weight: bold; color: #fff; padding: 14pt 12pt; margin: 0 0 14pt; break-before: page; }
p { margin: 0 0 6pt; text-align: justify; }
.comp { margin: 16pt 0 10pt; break-inside: avoid; }
.num { display: inline-block; width: 46pt; height: 46pt; font-family: 'DejaVu Sans'; font-size: 26pt; font-weight: bold; color: #fff; text-align: center; line-height: 46pt; margin-bottom: 8pt; }
.tit { font-size: 11.5pt; font-weight: bold; text-transform: uppercase; letter-spacing: 1.5pt; color: #263238; line-height: 1.4; margin: 0 0 8pt; }
table.f { width: 100%; border-collapse: collapse; } table.f td { padding: 2pt 0; vertical-align: top; }
table.f td.k { width: 30%; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1pt; color: #78909c; padding-top: 3pt; }`;
  const commitments: Labelled[] = [];
  let n = 0;
  PT_BOX.forEach((e) =>
    e.items.forEach((c) => {
      n++;
      const label = String(n).padStart(2, '0');
      commitments.push({
        label,
        title: c.title.toUpperCase(),
        theme: e.eixo.toUpperCase(),
        marker: `${label} ${c.title.toUpperCase()}`,
      });
    }),
  );
  const html = (): string => {
    let body = `<p class="cap" style="font-size:9pt;color:#78909c">República Portuguesa · Administração Aberta</p>
<h1>IV Plano de Ação Nacional<br>para a Administração Aberta<br>2025 — 2027</h1>
<p class="cap" style="font-size:9pt">Agência para a Modernização Administrativa</p>
<h2 style="break-before:page">Nota introdutória</h2>
<p>Portugal aderiu à Parceria para o Governo Aberto em 2017. Este quarto plano de ação nacional resulta de um processo de cocriação conduzido pela Rede Nacional de Administração Aberta, que reúne entidades públicas e organizações da sociedade civil, e integra nove compromissos organizados em três eixos.</p>
<h2>Processo de cocriação</h2>
<p>Entre outubro de 2024 e março de 2025 decorreram sessões participativas em Lisboa, Porto, Coimbra, Évora e Faro, uma consulta pública em linha que recolheu 287 contributos e quatro reuniões da Rede para selecionar e redigir os compromissos. Os contributos não acolhidos foram publicados com a respetiva fundamentação.</p>
<h2>Balanço do plano anterior</h2>
<p>O III Plano de Ação integrou dez compromissos, dos quais seis foram concluídos e três tiveram execução substancial, segundo o relatório de autoavaliação final. O Mecanismo de Avaliação Independente recomendou compromissos mais ambiciosos e com maior envolvimento da sociedade civil na sua execução.</p>
<h2>Como ler este plano</h2>
<p>Cada compromisso é identificado por um número e apresenta a entidade responsável, as entidades envolvidas, o problema que pretende resolver, a sua descrição, os valores da Parceria para o Governo Aberto a que responde e os marcos de execução.</p>`;
    let k = 0;
    PT_BOX.forEach((e, ei) => {
      body += `<div class="eixo" style="background:${e.cor}">Eixo ${ei + 1}<br>${esc(e.eixo)}</div>`;
      e.items.forEach((c) => {
        k++;
        const label = String(k).padStart(2, '0');
        body += `<div class="comp"><div class="num" style="background:${e.cor}">${label}</div>
<div class="tit">${esc(c.title)}</div>
<table class="f">
<tr><td class="k">Entidade responsável</td><td>${esc(c.ent)}</td></tr>
<tr><td class="k">Entidades envolvidas</td><td>Rede Nacional de Administração Aberta; organizações da sociedade civil</td></tr>
<tr><td class="k">Calendário</td><td>janeiro de 2025 — dezembro de 2027</td></tr>
<tr><td class="k">Descrição</td><td>${esc(c.desc)}</td></tr>
<tr><td class="k">Valores OGP</td><td>Transparência · Participação · Prestação de contas</td></tr>
<tr><td class="k">Marcos</td><td>M1 · Definição do modelo com os parceiros (jun. 2025)<br>M2 · Lançamento público (jun. 2026)<br>M3 · Avaliação participada (dez. 2027)</td></tr>
</table></div>`;
      });
    });
    body += `<h2 style="break-before:page">Acompanhamento</h2>
<p>A Rede Nacional de Administração Aberta acompanha a execução do plano em reuniões trimestrais e publica um ponto de situação de cada compromisso no portal da Administração Aberta.</p>`;
    return page('pt', 'IV Plano de Ação Nacional para a Administração Aberta', css, body, '22mm 24mm');
  };
  return {
    name: 'pt-caixa-numero',
    kind: 'action-plan',
    family: 'letter-spaced-capitals-box-number',
    language: 'pt',
    format: 'pdf',
    note: 'A design-studio plan (DejaVu Sans, light body): every heading in letter-spaced capitals, the introduction\'s sections ("NOTA INTRODUTÓRIA", "PROCESSO DE COCRIAÇÃO") as much as the three eixos, each eixo a coloured band "EIXO N / NAME" opening a page; each of the nine commitments opens with its number as a large white "01"… on a coloured square, apart from and above its title in letter-spaced bold capitals (11.5 pt); field names in small letter-spaced capitals in a left column (Entidade responsável, Calendário, Descrição, Marcos "M1 ·"…); "integra nove compromissos organizados em três eixos".',
    html,
    commitments,
  };
}

export const DOCS_L: Doc[] = [
  enLongRunningHeader(),
  esEjeTarjetas(),
  frCadreLogique(),
  ptAtaForum(),
  enIrmClusters(),
  ptCaixaNumero(),
];
