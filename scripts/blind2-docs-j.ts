/**
 * The tenth batch of the second blind set: an English plan set in two columns whose commitments are
 * unnumbered titles told from the body only by a bold sans at a larger size, with intro sub-headings in the
 * same style and a contents page that names the commitments in other (shorter) words; a Spanish plan whose
 * themes are roman numerals ("II. Justicia abierta") and whose commitments are "Compromiso 2.a", with annexes
 * numbered "Anexo I"; a French plan whose commitments are full-page template tables with the field names
 * stacked above their values ("Intitulé de l'engagement") and jalons numbered in an inner table; a Portuguese
 * plan whose executive summary lists every commitment in a table before the body repeats each title as a
 * heading with "Compromisso n.º N" printed after it; an English plan from a small island state whose
 * unnumbered commitments are old-style OGP template tables ("Commitment Title:", "Ambition") after numbered
 * lessons learned and IRM recommendations; and a French press release launching a consultation on a draft
 * plan that lists its proposed engagements (a trap). Written and labelled after the finder had been fixed
 * against the first nine batches, run through it only once labelled.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string, margin = '22mm 20mm'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: A4; margin: ${margin}; } ${css}</style></head><body>${body}</body></html>`;
}

function contentsLine(text: string, pageNo: number | undefined, indent: number): string {
  return `<div class="toc" style="padding-left:${indent}em"><span class="t">${esc(text)}</span><span class="d"> ${'.'.repeat(160)}</span><span class="p">${pageNo ?? 0}</span></div>`;
}

const TOC_CSS = `.toc { display:flex; white-space:nowrap; margin:2pt 0; } .toc .t { flex:none; } .toc .d { flex:1; overflow:hidden; } .toc .p { flex:none; padding-left:4pt; }`;

// ---------------------------------------------------------------------------------------------------------
// English: two columns. Themes span both columns (15 pt sans); commitments are unnumbered titles in a bold
// sans at 11.5 pt inside the columns; field sub-headings bold at the body size. The introduction has
// sub-headings in exactly the commitments' style. The contents page names each commitment in short words.

interface TwoColC {
  title: string;
  short: string;
  lead: string;
  challenge: string;
  action: string;
  milestones: Array<[string, string]>;
}

const EN_TWO_COL: Array<{ theme: string; items: TwoColC[] }> = [
  {
    theme: 'Open Public Finances',
    items: [
      {
        title: 'Publish contract data from planning to payment on the national procurement portal',
        short: 'Open contracting',
        lead: 'Office of Government Procurement',
        challenge:
          'Contract award notices are published, but the planning documents, amendments and payments that follow them are not, so it is hard to see whether contracts deliver what was promised.',
        action:
          'We will adopt the Open Contracting Data Standard for all contracts above the national threshold and publish each stage of the contracting process on the portal, with a monthly bulk download.',
        milestones: [
          ['Adopt the data standard and map existing fields', 'September 2025'],
          ['Publish planning and award data for central government', 'March 2026'],
          ['Add amendments and payments', 'December 2026'],
        ],
      },
      {
        title: 'Give citizens a say in the spending priorities of local authorities',
        short: 'Participatory budgeting pilots',
        lead: 'Department of Housing, Local Government and Heritage',
        challenge:
          'Residents have few opportunities to influence how local budgets are allocated beyond the statutory consultation on the annual budget, which attracts very few responses.',
        action:
          'Six local authorities will run participatory budgeting rounds for part of their capital budget, supported by a national toolkit and an evaluation shared with all councils.',
        milestones: [
          ['Select six pilot authorities', 'October 2025'],
          ['First participatory budgeting rounds completed', 'June 2026'],
          ['Independent evaluation published', 'March 2027'],
        ],
      },
      {
        title: 'Explain the annual budget in plain language',
        short: 'Citizens’ budget',
        lead: 'Department of Public Expenditure',
        challenge:
          'The budget documents run to several hundred pages and assume a knowledge of public finance that most people do not have.',
        action:
          'We will publish a short citizens’ guide with each budget, tested with community groups, and an interactive page showing where the money goes.',
        milestones: [
          ['Co-design the guide with community and youth groups', 'July 2025'],
          ['Publish the first guide with the budget', 'October 2025'],
        ],
      },
    ],
  },
  {
    theme: 'Accountable Institutions',
    items: [
      {
        title: 'Strengthen the regulation of lobbying',
        short: 'Lobbying register review',
        lead: 'Standards in Public Office Commission',
        challenge:
          'The register of lobbying has operated since 2015, but returns are filed months after the contacts they describe and former officials move to lobbying roles with few restrictions.',
        action:
          'We will review the Regulation of Lobbying Act, shorten the filing period and publish an analysis of returns each year.',
        milestones: [
          ['Public consultation on the review of the Act', 'November 2025'],
          ['Draft amending legislation', 'September 2026'],
          ['First annual analysis of returns', 'January 2027'],
        ],
      },
      {
        title: 'Protect people who report wrongdoing in the workplace',
        short: 'Protected disclosures',
        lead: 'Office of the Protected Disclosures Commissioner',
        challenge:
          'Workers who report wrongdoing often do not know which channel to use or how they are protected, and bodies do not report consistently on the disclosures they receive.',
        action:
          'We will publish guidance in plain language, a single online entry point for reports, and annual statistics from every public body.',
        milestones: [
          ['Guidance and online entry point launched', 'December 2025'],
          ['First consolidated annual statistics', 'June 2026'],
        ],
      },
    ],
  },
  {
    theme: 'Public Participation',
    items: [
      {
        title: 'Set common standards for public consultation across government',
        short: 'Consultation principles',
        lead: 'Department of the Taoiseach',
        challenge:
          'Each department consults in its own way, with different periods, formats and levels of feedback, and people rarely learn what happened to their submissions.',
        action:
          'We will revise the consultation principles, publish every open consultation on one page, and require a report on the submissions received within three months of a consultation closing.',
        milestones: [
          ['Revised principles adopted by Government', 'October 2025'],
          ['Single consultation page live', 'February 2026'],
          ['First compliance review', 'February 2027'],
        ],
      },
      {
        title: 'Involve young people in the design of policies that affect them',
        short: 'Youth participation',
        lead: 'Department of Children and Youth Affairs',
        challenge:
          'Young people are the group least likely to respond to consultations, although many policies affect them directly.',
        action:
          'We will fund youth panels in every region and ask each department to consult them on at least one policy a year.',
        milestones: [
          ['Regional youth panels established', 'January 2026'],
          ['Annual report of the panels’ contributions', 'December 2026'],
        ],
      },
    ],
  },
];

function enTwoColumnBold(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 9.5pt; line-height: 1.4; color: #222; }
.cols { column-count: 2; column-gap: 9mm; text-align: justify; hyphens: auto; }
h1 { font-family: 'Liberation Sans'; font-size: 26pt; color: #005f56; font-weight: normal; }
h2 { font-family: 'Liberation Sans'; font-size: 15pt; color: #005f56; font-weight: normal; column-span: all; border-bottom: 1pt solid #005f56; padding-bottom: 2pt; margin-top: 14pt; }
h3 { font-family: 'Liberation Sans'; font-size: 11.5pt; font-weight: bold; color: #111; margin: 12pt 0 4pt; text-align: left; hyphens: none; break-after: avoid; }
h4 { font-family: 'Liberation Sans'; font-size: 9.5pt; font-weight: bold; margin: 6pt 0 1pt; break-after: avoid; }
p { margin: 0 0 5pt; } ul { margin: 0 0 5pt; padding-left: 12pt; } .brk { break-before: page; }
.cover { padding-top: 150pt; } .cover p { font-family: 'Liberation Sans'; font-size: 13pt; color: #444; } ${TOC_CSS}`;
  const commitments: Labelled[] = [];
  for (const th of EN_TWO_COL)
    for (const c of th.items)
      commitments.push({ label: null, title: c.title, theme: th.theme, marker: c.title });
  const K = {
    foreword: 'Openness is not a project',
    about: 'This is the fourth national action plan',
    develop: 'The plan was developed',
    monitoring: 'Progress on each commitment will be',
  };
  const toc = [...Object.values(K), ...EN_TWO_COL.map((t) => `${t.theme} Open government`)];
  const html = (pages: Map<string, number>): string => {
    let contents = contentsLine('Minister’s Foreword', pages.get(K.foreword), 0);
    contents += contentsLine('About this Plan', pages.get(K.about), 0);
    contents += contentsLine('How the Plan was Developed', pages.get(K.develop), 0);
    EN_TWO_COL.forEach((th) => {
      contents += contentsLine(th.theme, pages.get(`${th.theme} Open government`), 0);
      th.items.forEach((c) => {
        contents += contentsLine(c.short, pages.get(c.title), 1.5);
      });
    });
    contents += contentsLine('Monitoring and Reporting', pages.get(K.monitoring), 0);
    let body = `<div class="cover"><h1>Open Government Partnership<br>Fourth National Action Plan 2025–2027</h1><p>Department of Public Expenditure, NDP Delivery and Reform</p></div>
<h2 class="brk" style="border:none">Contents</h2>${contents}
<h2 class="brk">Minister’s Foreword</h2>
<div class="cols">
<p>Openness is not a project that is ever finished. Each generation has to renew the trust between people and the institutions that serve them, and each brings new tools and new expectations to that task.</p>
<p>This fourth plan was shaped by the Open Government Forum, in which officials and members of civil society sit as equals. I want to thank everyone who gave their time to it, and in particular the many people who told us, during the consultation, what open government means in their own communities.</p>
<p>The commitments that follow are deliberately few. Each has a lead department that is answerable for it, milestones that can be checked, and a place in the Forum’s regular review.</p>
<p><i>Minister for Public Expenditure, NDP Delivery and Reform</i></p>
</div>
<h2>About this Plan</h2>
<div class="cols">
<p>This is the fourth national action plan since the country joined the Open Government Partnership in 2014. The plan runs from July 2025 to June 2027 and contains seven commitments under three themes.</p>
<h3>What we achieved under the third plan</h3>
<p>The third plan contained eleven commitments. The Independent Reporting Mechanism found that most of them were substantially completed, and that the commitments on open data and on the register of beneficial ownership produced significant early results. Others, such as the review of freedom of information fees, were overtaken by events.</p>
<h3>Lessons we have taken on board</h3>
<p>Reviewers told us that earlier plans mixed routine work with genuine reform. This time the Forum applied three tests to every proposal: does it open up a decision that is now closed, can a member of the public see the difference, and is a department ready to lead it?</p>
<p>We also heard that commitments need a budget from the start. Each lead department has confirmed that the work is provided for in its allocation for 2025 and 2026.</p>
</div>
<h2>How the Plan was Developed</h2>
<div class="cols">
<p>The plan was developed between October 2024 and May 2025. An open call for ideas received 214 proposals; regional workshops in Cork, Galway, Sligo and Waterford discussed them with 180 participants; and the Forum held six meetings to draft and agree the commitments.</p>
<h3>Who took part</h3>
<p>Participants came from community and voluntary organisations, trade unions, universities, the media and local government, as well as from the departments that lead the commitments. A list of the Forum’s members is published on the open government website.</p>
<h3>What we heard</h3>
<p>The most frequent themes in the proposals were public money, the influence of lobbying on decisions, and the quality of consultation. Several proposals concerned matters outside the remit of the plan, such as the planning system, and have been passed to the departments responsible.</p>
</div>`;
    EN_TWO_COL.forEach((th) => {
      body += `<h2 class="brk">${esc(th.theme)}</h2>
<div class="cols">
<p>Open government means that people can follow ${th.theme === 'Open Public Finances' ? 'how public money is raised and spent' : th.theme === 'Accountable Institutions' ? 'who influences public decisions and how wrongdoing is reported and dealt with' : 'and take part in the decisions that affect them'}. The commitments under this theme respond to proposals made during the consultation.</p>`;
      th.items.forEach((c) => {
        body += `<h3>${esc(c.title)}</h3>
<h4>Lead department</h4><p>${esc(c.lead)}</p>
<h4>The challenge</h4><p>${esc(c.challenge)}</p>
<h4>What we will do</h4><p>${esc(c.action)}</p>
<h4>OGP values</h4><p>Transparency; civic participation; public accountability.</p>
<h4>Milestones</h4><ul>${c.milestones.map(([m, d]) => `<li>${esc(m)} — ${d}</li>`).join('')}</ul>`;
      });
      body += '</div>';
    });
    body += `<h2 class="brk">Monitoring and Reporting</h2>
<div class="cols">
<p>Progress on each commitment will be reported to the Open Government Forum every quarter and published on the open government website. The Forum will hold a public meeting at the mid-point of the plan, and the Independent Reporting Mechanism will review the plan’s design and its results.</p>
<p>Where a commitment cannot be delivered as planned, the lead department will explain why to the Forum and propose a revised timeline or an alternative.</p>
</div>`;
    return page('en', 'Fourth National Action Plan 2025–2027', css, body);
  };
  return {
    name: 'en-two-column-bold',
    kind: 'action-plan',
    family: 'two-column-unnumbered',
    language: 'en',
    format: 'pdf',
    note: 'Two justified columns (Liberation Serif 9.5 pt): themes as 15 pt sans headings spanning both columns; commitments unnumbered titles in bold sans 11.5 pt inside the columns, told from the body only by weight and size, with the introduction\'s sub-headings ("What we achieved under the third plan", "Who took part") in exactly the same style (trap); field sub-headings bold at the body size (Lead department, The challenge, Milestones); a contents page naming each commitment in short, different words ("Open contracting"); "contains seven commitments under three themes".',
    html,
    commitments,
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish: themes in roman numerals ("II. Justicia abierta") and commitments "Compromiso 2.a – Title",
// lettered again under each theme; each with a field table and an activities table numbered 1..n; annexes
// "Anexo I." and "Anexo II." (traps in roman numerals), a numbered list of principles.

interface EsRomC {
  title: string;
  inst: string;
  acts: string[];
}

const ES_ROM: Array<{ theme: string; items: EsRomC[] }> = [
  {
    theme: 'Gobierno digital y datos abiertos',
    items: [
      {
        title: 'Política nacional de datos abiertos con participación de usuarios',
        inst: 'Ministerio de Tecnologías de Información y Comunicación',
        acts: [
          'Diagnóstico de la demanda de datos con organizaciones usuarias',
          'Aprobación de la política por decreto',
          'Publicación de 50 conjuntos de datos priorizados',
        ],
      },
      {
        title: 'Trámites en línea accesibles para personas con discapacidad',
        inst: 'Secretaría Nacional de Gobierno Digital',
        acts: [
          'Auditoría de accesibilidad de los 30 trámites más usados',
          'Corrección de los trámites auditados',
          'Mesa de evaluación con organizaciones de personas con discapacidad',
        ],
      },
    ],
  },
  {
    theme: 'Justicia abierta',
    items: [
      {
        title: 'Publicación de las sentencias de la Corte Suprema en formato abierto',
        inst: 'Corte Suprema de Justicia',
        acts: [
          'Protocolo de anonimización de datos personales',
          'Buscador público de sentencias',
          'Publicación de las sentencias desde 2015',
          'Capacitación a periodistas y estudiantes de derecho',
        ],
      },
      {
        title: 'Audiencias públicas para la selección de magistrados',
        inst: 'Consejo de la Magistratura',
        acts: ['Reglamento de audiencias públicas', 'Transmisión en vivo de las audiencias'],
      },
      {
        title: 'Estadísticas judiciales abiertas sobre violencia de género',
        inst: 'Ministerio Público',
        acts: [
          'Definición de indicadores con organizaciones de mujeres',
          'Tablero público trimestral',
          'Informe anual de análisis',
        ],
      },
    ],
  },
  {
    theme: 'Integridad pública',
    items: [
      {
        title: 'Declaraciones juradas de bienes e intereses en datos abiertos',
        inst: 'Contraloría General de la República',
        acts: [
          'Formulario electrónico único',
          'Publicación de las declaraciones de altas autoridades',
          'Verificación aleatoria con participación ciudadana',
        ],
      },
      {
        title: 'Registro de beneficiarios finales de empresas contratistas del Estado',
        inst: 'Dirección Nacional de Contrataciones Públicas',
        acts: ['Norma que exige la declaración de beneficiarios finales', 'Consulta pública del registro'],
      },
    ],
  },
  {
    theme: 'Participación ciudadana',
    items: [
      {
        title: 'Consejos consultivos departamentales de gobierno abierto',
        inst: 'Ministerio del Interior',
        acts: [
          'Resolución de creación de los consejos',
          'Instalación en cinco departamentos',
          'Plan de trabajo anual de cada consejo',
        ],
      },
    ],
  },
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

function esTemasRomanos(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.5; color: #1d1d1d; }
h1 { font-size: 19pt; color: #7a2b00; text-align: center; margin-top: 60pt; } .sub { text-align: center; font-size: 12pt; color: #555; }
h2 { font-size: 14pt; color: #7a2b00; margin-top: 18pt; text-transform: uppercase; letter-spacing: 0.5pt; }
h3 { font-size: 11pt; color: #fff; background: #b5541c; padding: 4pt 6pt; margin: 16pt 0 4pt; }
.sec { font-family: 'DejaVu Serif'; font-size: 13pt; font-weight: bold; color: #333; margin-top: 16pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 4pt 0 8pt; } td, th { border: 0.5pt solid #c9a68f; padding: 3pt 4pt; vertical-align: top; }
th { background: #f3e4d9; text-align: left; } td.k { width: 28%; background: #faf1ea; font-weight: bold; } .brk { page-break-before: always; }`;
  const commitments: Labelled[] = [];
  ES_ROM.forEach((th, ti) =>
    th.items.forEach((c, ci) => {
      const l = `${ti + 1}.${String.fromCharCode(97 + ci)}`;
      commitments.push({ label: l, title: c.title, theme: th.theme, marker: `Compromiso ${l} – ${c.title}` });
    }),
  );
  const html = (): string => {
    let body = `<h1>V Plan de Acción Nacional de Gobierno Abierto 2025–2027</h1>
<p class="sub">República del Paraguay · Secretaría Técnica de Planificación</p>
<p class="sec">Presentación</p>
<p>El Estado presenta su quinto Plan de Acción Nacional ante la Alianza para el Gobierno Abierto. El plan fue elaborado por la Mesa Conjunta de Gobierno Abierto, integrada por instituciones públicas, los tres poderes del Estado y organizaciones de la sociedad civil.</p>
<p>Por primera vez, el plan incorpora un eje de justicia abierta, con compromisos asumidos por el Poder Judicial y el Ministerio Público, y consejos de gobierno abierto en los departamentos.</p>
<p class="sec">Principios que orientan el plan</p>
<p>La Mesa Conjunta acordó que cada compromiso debía responder a los siguientes principios:</p>
<ol><li>Responder a un problema público identificado por la ciudadanía.</li><li>Contar con una institución responsable y recursos asignados.</li><li>Tener hitos verificables y plazos realistas.</li><li>Prever la participación de la sociedad civil en su seguimiento.</li></ol>
<p class="sec">Proceso de cocreación</p>
<p>Entre agosto y diciembre de 2024 se realizaron 14 mesas de diálogo temáticas en Asunción y en siete departamentos, con 620 participantes. Las 148 propuestas recibidas fueron sistematizadas por la Secretaría Técnica y priorizadas por la Mesa Conjunta en dos sesiones abiertas. El resultado son ocho compromisos organizados en cuatro ejes temáticos.</p>
<p class="sec brk">Compromisos por eje temático</p>`;
    ES_ROM.forEach((th, ti) => {
      body += `<h2${ti > 0 ? ' class="brk"' : ''}>${ROMAN[ti]}. ${esc(th.theme)}</h2>
<p>Los compromisos de este eje buscan ${['mejorar el acceso a la información y a los servicios digitales del Estado', 'acercar el sistema de justicia a la ciudadanía', 'prevenir la corrupción y los conflictos de interés', 'fortalecer los espacios de participación en el territorio'][ti]}.</p>`;
      th.items.forEach((c, ci) => {
        const l = `${ti + 1}.${String.fromCharCode(97 + ci)}`;
        const acts = c.acts
          .map(
            (a, k) =>
              `<tr><td>${k + 1}</td><td>${esc(a)}</td><td>${['03/2025', '09/2025', '03/2026', '09/2026'][k]}</td><td>${['08/2025', '02/2026', '12/2026', '06/2027'][k]}</td></tr>`,
          )
          .join('');
        body += `<h3>Compromiso ${l} – ${esc(c.title)}</h3>
<table>
<tr><td class="k">Institución responsable</td><td>${esc(c.inst)}</td></tr>
<tr><td class="k">Organizaciones de la sociedad civil</td><td>Semillas para la Democracia; Centro de Estudios Judiciales; Red de Municipios</td></tr>
<tr><td class="k">Problema público</td><td>La ciudadanía no accede de forma oportuna a la información que necesita para conocer, participar y controlar las decisiones de las instituciones involucradas.</td></tr>
<tr><td class="k">Objetivo del compromiso</td><td>Abrir la información y los procesos de decisión de la institución responsable, con mecanismos de seguimiento ciudadano.</td></tr>
<tr><td class="k">Valores de la Alianza</td><td>Transparencia · Participación ciudadana · Rendición de cuentas</td></tr>
</table>
<table><thead><tr><th style="width:6%">N°</th><th>Actividad</th><th style="width:13%">Inicio</th><th style="width:13%">Término</th></tr></thead><tbody>${acts}</tbody></table>`;
      });
    });
    body += `<p class="sec brk">Seguimiento del plan</p>
<p>La Mesa Conjunta se reunirá cada dos meses para revisar el avance de los compromisos, que será publicado en el portal de gobierno abierto. El Mecanismo de Revisión Independiente evaluará el diseño y los resultados del plan.</p>
<h2>Anexo I. Integrantes de la Mesa Conjunta de Gobierno Abierto</h2>
<ol><li>Secretaría Técnica de Planificación (coordinación)</li><li>Corte Suprema de Justicia</li><li>Ministerio Público</li><li>Contraloría General de la República</li><li>Semillas para la Democracia</li><li>Centro de Estudios Judiciales</li></ol>
<h2>Anexo II. Glosario</h2>
<p><b>Eje temático:</b> agrupación de compromisos que responden a un mismo ámbito de política pública. <b>Actividad:</b> acción verificable que contribuye al cumplimiento de un compromiso.</p>`;
    return page('es', 'V Plan de Acción Nacional de Gobierno Abierto 2025–2027', css, body);
  };
  return {
    name: 'es-temas-romanos',
    kind: 'action-plan',
    family: 'roman-themes-lettered',
    language: 'es',
    format: 'pdf',
    note: 'Ejes as roman-numeral headings in capitals ("II. JUSTICIA ABIERTA"); commitments "Compromiso N.x – Title" lettered again under each eje (1.a, 1.b, 2.a…) in a coloured bar, each with a field table and an activities table numbered 1–4; a numbered list of principles; "Anexo I." and "Anexo II." headings in the same style as the ejes (traps); "ocho compromisos organizados en cuatro ejes".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// French: each commitment a full-page template table whose field names are printed stacked above their
// values ("Intitulé de l'engagement" on a shaded row, the title on the row below); the number in its own
// field; jalons numbered 1..n in an inner table.

interface FrGabC {
  title: string;
  porteur: string;
  jalons: string[];
}

const FR_GAB: FrGabC[] = [
  {
    title: 'Mettre en place un portail national des données ouvertes des collectivités territoriales',
    porteur: 'Ministère de l’Intérieur – Direction générale des collectivités territoriales',
    jalons: [
      'Adoption du cadre juridique de l’ouverture des données locales',
      'Lancement du portail avec dix collectivités pilotes',
      'Extension à l’ensemble des régions',
      'Évaluation participative de l’usage du portail',
    ],
  },
  {
    title: 'Renforcer la participation des citoyens à l’élaboration des textes réglementaires',
    porteur: 'Secrétariat général du Gouvernement',
    jalons: [
      'Publication systématique des projets de décrets pour consultation',
      'Rapport de synthèse des contributions reçues',
      'Guide de la consultation à l’usage des administrations',
    ],
  },
  {
    title: 'Publier les rapports des corps d’inspection et de contrôle',
    porteur: 'Cour des comptes et Inspection générale des finances',
    jalons: [
      'Définition des critères de publication',
      'Publication des rapports de l’année écoulée',
      'Tableau de suivi des recommandations',
    ],
  },
  {
    title: 'Garantir l’accès des femmes rurales à l’information sur les services publics',
    porteur: 'Ministère de la Solidarité, de l’Insertion sociale et de la Famille',
    jalons: [
      'Cartographie des besoins d’information',
      'Campagnes radiophoniques en langues locales',
      'Points d’information dans vingt communes rurales',
      'Bilan avec les associations de femmes',
    ],
  },
  {
    title: 'Ouvrir les données de la commande publique selon un standard international',
    porteur: 'Trésorerie générale du Royaume',
    jalons: ['Adoption du standard de données', 'Publication mensuelle des marchés attribués'],
  },
];

function frGabaritPleinePage(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.45; }
h1 { font-size: 20pt; color: #006233; } h2 { font-size: 14pt; color: #006233; margin-top: 18pt; border-left: 4pt solid #c1272d; padding-left: 6pt; }
.brk { page-break-before: always; }
table.gab { width: 100%; border-collapse: collapse; font-size: 9.5pt; } table.gab td { border: 0.6pt solid #4d6b57; padding: 4pt 6pt; vertical-align: top; }
table.gab td.lab { background: #dcebe0; font-weight: bold; color: #1c3b28; } table.gab td.top { background: #006233; color: #fff; font-size: 11pt; text-align: center; font-weight: bold; letter-spacing: 1pt; }
table.jal { width: 100%; border-collapse: collapse; font-size: 8.8pt; } table.jal td, table.jal th { border: 0.4pt solid #8aa; padding: 2pt 4pt; } table.jal th { background: #f1f6f2; }`;
  const commitments: Labelled[] = FR_GAB.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    marker: `Intitulé de l’engagement ${c.title}`,
  }));
  const html = (): string => {
    let body = `<p style="font-size:9pt;color:#555">Royaume du Maroc · Ministère de la Transition numérique et de la Réforme de l’Administration</p>
<h1>Plan d’action national du Gouvernement ouvert 2025–2027</h1>
<h2>Mot du Ministre</h2>
<p>Depuis son adhésion au Partenariat pour un Gouvernement Ouvert en 2018, notre pays a adopté la loi relative au droit d’accès à l’information et a conduit deux plans d’action. Ce troisième plan approfondit cette dynamique en associant davantage les collectivités territoriales et la société civile.</p>
<h2>Introduction</h2>
<p>Le plan a été élaboré par le Comité de pilotage du gouvernement ouvert, composé à parité de représentants de l’administration et de la société civile. Il comprend cinq engagements, présentés chacun dans une fiche conforme au modèle du Partenariat.</p>
<h2>Démarche de co-création</h2>
<p>La co-création s’est déroulée en trois phases : une consultation en ligne sur la plateforme nationale de participation (1 240 propositions), des ateliers régionaux à Rabat, Fès, Marrakech et Agadir, et des séances de priorisation du Comité de pilotage. Les propositions retenues ont été rédigées avec les administrations porteuses.</p>
<h2>Bilan du précédent plan</h2>
<p>Le précédent plan comptait vingt-deux engagements. Selon le rapport du Mécanisme d’évaluation indépendant, quatorze ont été entièrement ou substantiellement réalisés. Le rapport recommande de réduire le nombre d’engagements et d’en relever l’ambition, ce que fait le présent plan.</p>`;
    FR_GAB.forEach((c, i) => {
      const jal = c.jalons
        .map(
          (j, k) =>
            `<tr><td>${k + 1}</td><td>${esc(j)}</td><td>${['Janvier 2025', 'Juillet 2025', 'Janvier 2026', 'Juillet 2026'][k]}</td><td>${['Juin 2025', 'Décembre 2025', 'Décembre 2026', 'Juin 2027'][k]}</td></tr>`,
        )
        .join('');
      body += `<table class="gab brk">
<tr><td class="top" colspan="2">FICHE D’ENGAGEMENT</td></tr>
<tr><td class="lab" style="width:38%">Numéro de l’engagement</td><td>${i + 1}</td></tr>
<tr><td class="lab" colspan="2">Intitulé de l’engagement</td></tr>
<tr><td colspan="2">${esc(c.title)}</td></tr>
<tr><td class="lab" colspan="2">Porteur de l’engagement</td></tr>
<tr><td colspan="2">${esc(c.porteur)}</td></tr>
<tr><td class="lab" colspan="2">Partenaires (administrations, société civile, secteur privé)</td></tr>
<tr><td colspan="2">Transparency Maroc ; Association marocaine des droits numériques ; universités</td></tr>
<tr><td class="lab" colspan="2">Calendrier</td></tr>
<tr><td colspan="2">Janvier 2025 – Juin 2027</td></tr>
<tr><td class="lab" colspan="2">Problématique</td></tr>
<tr><td colspan="2">Les citoyens et les organisations de la société civile ne disposent pas d’une information complète, à jour et réutilisable sur ce domaine de l’action publique. Les informations existantes sont dispersées entre plusieurs administrations et publiées dans des formats qui ne permettent pas leur exploitation.</td></tr>
<tr><td class="lab" colspan="2">Description de l’engagement et résultats attendus</td></tr>
<tr><td colspan="2">L’engagement vise à publier ces informations de manière proactive, dans un format ouvert, et à associer la société civile à leur suivi. À son terme, les citoyens pourront consulter et réutiliser les données et formuler des observations auxquelles l’administration répondra.</td></tr>
<tr><td class="lab" colspan="2">Valeurs du PGO</td></tr>
<tr><td colspan="2">Transparence ; participation citoyenne ; redevabilité</td></tr>
<tr><td class="lab" colspan="2">Jalons</td></tr>
<tr><td colspan="2"><table class="jal"><thead><tr><th style="width:7%">N°</th><th>Jalon</th><th style="width:18%">Date de début</th><th style="width:18%">Date de fin</th></tr></thead><tbody>${jal}</tbody></table></td></tr>
</table>`;
    });
    body += `<h2 class="brk">Suivi et évaluation</h2>
<p>Le Comité de pilotage publie tous les six mois un rapport d’avancement sur chaque engagement. Les porteurs désignent un point focal chargé de transmettre les justificatifs. Une autoévaluation à mi-parcours et une autoévaluation finale seront soumises à consultation publique.</p>`;
    return page('fr', 'Plan d’action national du Gouvernement ouvert 2025–2027', css, body);
  };
  return {
    name: 'fr-gabarit-pleine-page',
    kind: 'action-plan',
    family: 'stacked-template',
    language: 'fr',
    format: 'pdf',
    note: 'A North-African French plan: mot du ministre, introduction, co-création, bilan du précédent plan ("vingt-deux engagements", "quatorze"); each engagement a full-page template table headed "FICHE D’ENGAGEMENT" with no number, its field names on shaded rows stacked above their values ("Numéro de l’engagement" beside its number, "Intitulé de l’engagement" above the title, Porteur, Calendrier, Problématique…), jalons numbered 1–4 in an inner table; "comprend cinq engagements".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Portuguese: an executive summary whose table lists every commitment (eixo, n.º, title, entity) before
// the body repeats each title as a heading, with "Compromisso n.º N · Eixo …" printed after the title.

const PT_SUM: Array<{ eixo: string; items: Array<[string, string]> }> = [
  {
    eixo: 'Transparência e dados abertos',
    items: [
      ['Abrir os dados da despesa municipal em tempo real', 'Direção Municipal de Finanças'],
      ['Publicar as atas e gravações das reuniões da Câmara', 'Gabinete da Presidência'],
      ['Mapa aberto das obras municipais', 'Direção Municipal de Obras'],
    ],
  },
  {
    eixo: 'Participação e cocriação',
    items: [
      ['Orçamento participativo jovem', 'Departamento de Juventude'],
      [
        'Assembleias de bairro com acompanhamento das propostas aprovadas no orçamento municipal',
        'Departamento de Participação Cidadã',
      ],
    ],
  },
  {
    eixo: 'Integridade e prestação de contas',
    items: [
      ['Agenda pública dos eleitos e dirigentes', 'Gabinete da Presidência'],
      ['Canal de denúncia com proteção do denunciante', 'Gabinete de Auditoria Interna'],
      ['Relatório anual de prestação de contas à cidade', 'Direção Municipal de Planeamento'],
    ],
  },
];

function ptSumarioExecutivo(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.5; color: #222; }
h1 { font-family: 'DejaVu Sans'; font-size: 22pt; color: #5b2a86; line-height: 1.2; } h2 { font-family: 'DejaVu Sans'; font-size: 15pt; color: #5b2a86; margin-top: 18pt; }
.ctitle { font-family: 'DejaVu Sans'; font-size: 14pt; font-weight: bold; color: #222; border-top: 3pt solid #5b2a86; padding-top: 6pt; margin: 18pt 0 0; }
.meta { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #7a6a8a; text-transform: uppercase; letter-spacing: 0.6pt; margin: 2pt 0 8pt; }
.f { margin: 3pt 0; } .f b { font-family: 'DejaVu Sans'; font-size: 9pt; } .brk { page-break-before: always; }
table { border-collapse: collapse; width: 100%; font-family: 'DejaVu Sans'; font-size: 8.5pt; margin: 6pt 0; } td, th { border: 0.5pt solid #b9a7c9; padding: 3pt 4pt; vertical-align: top; } th { background: #ece4f3; text-align: left; }`;
  const commitments: Labelled[] = [];
  let n = 0;
  PT_SUM.forEach((e, ei) =>
    e.items.forEach(([t]) => {
      n++;
      commitments.push({
        label: String(n),
        title: t,
        theme: e.eixo,
        marker: `${t} COMPROMISSO N.º ${n} · EIXO ${ei + 1}`,
      });
    }),
  );
  const html = (): string => {
    let rows = '';
    let k = 0;
    PT_SUM.forEach((e, ei) =>
      e.items.forEach(([t, ent], ii) => {
        k++;
        rows += `<tr>${ii === 0 ? `<td rowspan="${e.items.length}">${ei + 1}. ${esc(e.eixo)}</td>` : ''}<td>${k}</td><td>${esc(t)}</td><td>${esc(ent)}</td></tr>`;
      }),
    );
    let body = `<p style="font-family:'DejaVu Sans';font-size:9pt;color:#5b2a86">Câmara Municipal de Vila Nova · Programa OGP Local</p>
<h1>Plano de Ação Local de Governo Aberto<br>2025–2027</h1>
<h2>Sumário executivo</h2>
<p>O Município de Vila Nova integra o programa OGP Local da Parceria para o Governo Aberto desde 2024. Este primeiro plano de ação foi cocriado com munícipes, associações e juntas de freguesia e integra oito compromissos, organizados em três eixos. O quadro seguinte resume os compromissos e as entidades responsáveis pela sua execução.</p>
<table><thead><tr><th style="width:24%">Eixo</th><th style="width:6%">N.º</th><th>Compromisso</th><th style="width:26%">Entidade responsável</th></tr></thead><tbody>${rows}</tbody></table>
<p>A execução será acompanhada pelo Fórum Local de Governo Aberto, que publicará um ponto de situação semestral.</p>
<h2 class="brk">1. Introdução</h2>
<p>A transparência e a participação fazem parte da história recente de Vila Nova: o orçamento participativo existe desde 2009 e o município publica as suas contas em formato aberto desde 2019. A adesão ao programa OGP Local permitiu reunir estas experiências num plano com metas verificáveis.</p>
<h2>2. Processo de cocriação</h2>
<p>Entre setembro de 2024 e fevereiro de 2025 realizaram-se nove sessões nas juntas de freguesia, uma consulta pública em linha com 412 contributos e três reuniões do Fórum Local, que reúne em partes iguais representantes do município e da sociedade civil.</p>
<h2>3. Compromissos</h2>
<p>Cada compromisso apresenta a entidade responsável, os parceiros, o problema que pretende resolver, a sua ambição e os marcos de execução.</p>`;
    let m = 0;
    PT_SUM.forEach((e, ei) =>
      e.items.forEach(([t, ent]) => {
        m++;
        body += `<p class="ctitle${m > 1 ? ' brk' : ''}">${esc(t)}</p>
<p class="meta">Compromisso n.º ${m} · Eixo ${ei + 1} — ${esc(e.eixo)}</p>
<p class="f"><b>Entidade responsável:</b> ${esc(ent)}</p>
<p class="f"><b>Parceiros:</b> juntas de freguesia; Associação Cívica de Vila Nova; Universidade do Minho</p>
<p class="f"><b>Calendário:</b> março de 2025 a dezembro de 2026</p>
<p class="f"><b>Problema:</b> A informação sobre esta área da atividade municipal não está disponível de forma completa, atualizada e compreensível, o que limita o acompanhamento pelos munícipes.</p>
<p class="f"><b>Ambição:</b> Tornar a informação acessível a todos, em formato aberto, e criar um espaço regular de diálogo com a sociedade civil sobre os resultados.</p>
<table><thead><tr><th style="width:6%">#</th><th>Marco</th><th style="width:22%">Data de conclusão</th></tr></thead><tbody>
<tr><td>1</td><td>Diagnóstico e definição de requisitos com os parceiros</td><td>junho de 2025</td></tr>
<tr><td>2</td><td>Disponibilização pública da primeira versão</td><td>dezembro de 2025</td></tr>
<tr><td>3</td><td>Avaliação participada e ajustes</td><td>dezembro de 2026</td></tr></tbody></table>`;
      }),
    );
    body += `<h2 class="brk">4. Acompanhamento e avaliação</h2>
<p>O Fórum Local de Governo Aberto reúne de dois em dois meses e publica um ponto de situação semestral sobre cada compromisso. No final do plano será elaborado um relatório de autoavaliação, sujeito a consulta pública.</p>`;
    return page('pt', 'Plano de Ação Local de Governo Aberto 2025–2027', css, body);
  };
  return {
    name: 'pt-sumario-executivo',
    kind: 'action-plan',
    family: 'summary-then-title-meta',
    language: 'pt',
    format: 'pdf',
    note: 'A municipal (OGP Local) Portuguese plan: a "Sumário executivo" whose table lists all eight commitments (eixo spanning its rows, N.º, title, entity) before numbered sections; in the body each commitment is its title alone as a bold sans heading under a rule, with "COMPROMISSO N.º N · EIXO N — …" in small grey capitals printed after it; field lines (Entidade responsável, Calendário, Problema, Ambição) and marcos numbered 1–3 in a table; "integra oito compromissos".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// English: a small island state's plan in the old OGP template: unnumbered commitments, each a bordered
// table whose first row is "Commitment Title:" and its value, then lead agency, "Ambition" and milestones;
// numbered lessons learned and numbered IRM recommendations before (traps).

const EN_ISLAND: Array<{ title: string; lead: string; ambition: string }> = [
  {
    title: 'Public access to information legislation',
    lead: 'Ministry of Justice and Legal Affairs',
    ambition:
      'The country has no access to information law. Passing one would, for the first time, give every person a legal right to request information held by public bodies.',
  },
  {
    title: 'Open budget portal for the national and island councils’ budgets',
    lead: 'Ministry of Finance and Economic Planning',
    ambition:
      'Budget documents are published late and only in print. The portal would make the budget and quarterly execution reports available to all, including the outer islands.',
  },
  {
    title: 'Community monitoring of climate adaptation projects',
    lead: 'Department of Climate Change and Disaster Management',
    ambition:
      'Communities would, for the first time, see the plans and spending of adaptation projects in their area and report problems through their village councils.',
  },
  {
    title: 'Asset declarations of members of Parliament published online',
    lead: 'Office of the Ombudsman',
    ambition:
      'Declarations are filed but not published. Publishing them would allow the public and the media to detect conflicts of interest.',
  },
  {
    title: 'Fisheries licences and catch data open to the public',
    lead: 'Ministry of Fisheries and Marine Resources',
    ambition:
      'Fisheries are the main source of government revenue. Publishing licences and catch data would let citizens see who fishes in national waters and what the country earns from it.',
  },
];

function enIslandTemplate(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.4; }
h1 { font-size: 18pt; color: #00507a; } h2 { font-size: 13pt; color: #00507a; margin-top: 18pt; text-transform: uppercase; }
.brk { page-break-before: always; } ol li { margin-bottom: 4pt; }
table.t { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 14pt 0 10pt; } table.t td { border: 1pt solid #333; padding: 4pt; vertical-align: top; }
table.t td.k { width: 30%; font-weight: bold; background: #e6eef3; } table.t td.k.first { background: #00507a; color: #fff; }
table.m { width: 100%; border-collapse: collapse; font-size: 9pt; } table.m td, table.m th { border: 0.5pt solid #777; padding: 2pt 4pt; }`;
  const commitments: Labelled[] = EN_ISLAND.map((c) => ({
    label: null,
    title: c.title,
    theme: null,
    marker: `Commitment Title: ${c.title}`,
  }));
  const html = (): string => {
    let body = `<p style="color:#555">Office of the Prime Minister · National Open Government Committee</p>
<h1>Open Government Partnership<br>Second National Action Plan 2025–2027</h1>
<h2>Introduction</h2>
<p>Our nation joined the Open Government Partnership in 2021. As a small island developing state spread over nine islands, we face particular challenges in reaching citizens, and particular opportunities: our communities are close-knit and our island councils have long traditions of consultation.</p>
<p>This second plan was prepared by the National Open Government Committee, on which government and civil society sit together. It contains five commitments.</p>
<h2>Lessons Learned from the First Action Plan</h2>
<ol>
<li><b>Start with fewer commitments.</b> Our first plan had nine commitments for a public service of fewer than nine hundred staff, and several could not be started.</li>
<li><b>Involve the outer islands early.</b> Consultation took place mostly in the capital; island councils asked to be involved from the beginning.</li>
<li><b>Secure funding before adoption.</b> Three commitments depended on donor funding that arrived late.</li>
<li><b>Report progress regularly.</b> The Committee met irregularly and progress was not published.</li>
</ol>
<h2>Recommendations of the Independent Reporting Mechanism</h2>
<p>The IRM’s report on the first plan made the following key recommendations, which the Committee has taken into account:</p>
<ol>
<li><b>Pass an access to information law</b> to provide a foundation for other transparency reforms.</li>
<li><b>Broaden civil society participation</b> beyond the organisations based in the capital.</li>
<li><b>Design commitments with verifiable milestones</b> and a clear lead agency.</li>
</ol>
<h2>Development of the Plan</h2>
<p>Consultations were held on all nine islands between June and November 2024, with 34 community meetings and a national workshop. Proposals were grouped and prioritised by the Committee, which agreed the final commitments in February 2025.</p>
<h2 class="brk">Commitments</h2>`;
    EN_ISLAND.forEach((c, i) => {
      body += `<table class="t"${i > 0 && i % 2 === 0 ? ' style="page-break-before: always"' : ''}>
<tr><td class="k first">Commitment Title:</td><td><b>${esc(c.title)}</b></td></tr>
<tr><td class="k">Start and end date:</td><td>July 2025 – June 2027</td></tr>
<tr><td class="k">Lead implementing agency:</td><td>${esc(c.lead)}</td></tr>
<tr><td class="k">Other actors involved:</td><td>National Council of Women; Association of Non-Governmental Organisations; island councils</td></tr>
<tr><td class="k">Status quo or problem addressed:</td><td>Information on this matter is held on paper in the capital and is not available to people on the outer islands.</td></tr>
<tr><td class="k">Main objective:</td><td>To make the information public and accessible on all islands, and to involve citizens in its use.</td></tr>
<tr><td class="k">OGP values:</td><td>Access to information; civic participation; public accountability</td></tr>
<tr><td class="k">Ambition:</td><td>${esc(c.ambition)}</td></tr>
<tr><td class="k">Milestones:</td><td><table class="m"><tr><th>Milestone</th><th>Due</th></tr><tr><td>Preparatory work and consultation</td><td>December 2025</td></tr><tr><td>Launch</td><td>December 2026</td></tr><tr><td>Review with island councils</td><td>June 2027</td></tr></table></td></tr>
</table>`;
    });
    body += `<h2 class="brk">Monitoring</h2>
<p>The National Open Government Committee will meet every quarter and publish a progress report on the government website and on noticeboards in each island council office.</p>`;
    return page('en', 'Second National Action Plan 2025–2027', css, body);
  };
  return {
    name: 'en-island-template',
    kind: 'action-plan',
    family: 'old-template-untitled',
    language: 'en',
    format: 'pdf',
    note: 'A small island state\'s plan: numbered "Lessons Learned from the First Action Plan" and numbered IRM recommendations, each opening with a bold sentence (traps); under one "Commitments" heading, five unnumbered commitments, two to a page, each a bordered table in the old OGP template whose first row is "Commitment Title:" and the title in bold, then Start and end date, Lead implementing agency, Status quo, Main objective, OGP values, Ambition, an inner milestones table; "It contains five commitments".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// French trap: a press release announcing the public consultation on a draft plan, listing the proposed
// engagements as "Engagement N : …" paragraphs.

function frCommuniqueConsultation(): Doc {
  const proposed = [
    'Publier en données ouvertes les subventions versées aux associations',
    'Créer un registre public des consultations',
    'Ouvrir les codes sources des logiciels de l’administration',
    'Associer les jeunes à l’évaluation des politiques publiques',
    'Renforcer la transparence des décisions d’urbanisme',
    'Former les agents publics à la participation citoyenne',
  ];
  const html = (): string => {
    const body = `<header><a href="/">gouvernement-ouvert.gouv</a> <nav><a href="/actualites">Actualités</a> <a href="/plans">Plans d’action</a> <a href="/presse">Espace presse</a></nav></header>
<main><article>
<p class="type">Communiqué de presse</p>
<h1>Lancement de la consultation publique sur le projet de quatrième plan d’action national pour un gouvernement ouvert</h1>
<p class="date">Bruxelles, le 4 mars 2025</p>
<p><b>Le ministre de la Fonction publique lance aujourd’hui une consultation publique de six semaines sur le projet de plan d’action national 2025–2027. Citoyens, associations, entreprises et administrations sont invités à commenter les six engagements proposés et à en suggérer de nouveaux.</b></p>
<p>Élaboré depuis l’automne par un groupe de travail réunissant administrations et société civile, le projet de plan comporte six engagements. Il sera finalisé en juin à la lumière des contributions reçues, puis soumis au Partenariat pour un gouvernement ouvert.</p>
<h2>Les engagements proposés</h2>
${proposed.map((p, i) => `<p><b>Engagement ${i + 1} :</b> ${esc(p)}.</p>`).join('\n')}
<p>Chaque engagement proposé est accompagné, sur la plateforme, d’une fiche précisant l’administration pilote envisagée, les partenaires et les jalons prévus.</p>
<h2>Comment participer ?</h2>
<ol><li>Rendez-vous sur la plateforme participation.gouv jusqu’au 15 avril 2025.</li><li>Commentez les engagements proposés ou déposez une nouvelle proposition.</li><li>Participez à l’une des trois réunions publiques organisées à Bruxelles, Namur et Liège.</li></ol>
<p>« Un plan de gouvernement ouvert ne peut pas être écrit dans un bureau. Nous voulons entendre celles et ceux qui l’utiliseront », a déclaré le ministre.</p>
<h2>À propos du Partenariat pour un gouvernement ouvert</h2>
<p>Lancé en 2011, le Partenariat pour un gouvernement ouvert réunit 75 pays et plus de 150 gouvernements locaux qui s’engagent, avec la société civile, à promouvoir la transparence, la participation et la redevabilité.</p>
<p class="contact"><b>Contact presse :</b> Service de presse du ministre de la Fonction publique – presse@fonction-publique.example – +32 2 000 00 00</p>
</article></main>
<footer>© 2025 · Mentions légales · Accessibilité</footer>`;
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Communiqué de presse : lancement de la consultation sur le projet de plan d’action national</title></head><body>${body}</body></html>`;
  };
  return {
    name: 'fr-communique-consultation',
    kind: 'other',
    family: 'press-release-consultation',
    language: 'fr',
    format: 'html',
    note: 'A ministry press release (trap): "Communiqué de presse", dated "Bruxelles, le 4 mars 2025", launching the public consultation on a draft plan; its six proposed engagements listed as bold run-ins "Engagement N : …" in paragraphs; "comporte six engagements"; a numbered list of how to take part; a press contact (`other`).',
    html,
    commitments: [],
  };
}

export const DOCS_J: Doc[] = [
  enTwoColumnBold(),
  esTemasRomanos(),
  frGabaritPleinePage(),
  ptSumarioExecutivo(),
  enIslandTemplate(),
  frCommuniqueConsultation(),
];
