/**
 * The eighteenth batch of the second blind set (`tests/fixtures/blind2`): six documents drawn directly with
 * pdf-lib (`scripts/blind3-pdf.ts`) the way Word, InDesign and LibreOffice export, not the way Chromium
 * prints: runs out of reading order, a run per word or per kerning pair, ligatures and bullets in fonts of
 * their own, template tables drawn column by column, two columns interleaved. Each document carries its
 * labels; a commitment's page is the page its heading (or its row) is laid out on.
 * `npx tsx scripts/blind3-docs.ts` writes each PDF and its `.expected.json`.
 */
import { A4, A4_LANDSCAPE, writeBatch, type Built, type Label } from './blind3-batch.ts';
import {
  Layout,
  cellsByColumn,
  furnitureFirst,
  furnitureLast,
  interleaved,
  measure,
  type FontKey,
} from './blind3-pdf.ts';

// ---------------------------------------------------------------------------------------------------------
// (1) English, Word-like: "Commitment N:" headings in Helvetica over Times body, the OGP template as a
// two-column table after each heading drawn cell by cell, column by column; header and footer drawn last;
// runs cut at kerning pairs; a contents page whose entries abridge the titles, page numbers at a tab stop.

interface EnCommitment {
  title: string;
  short: string;
  lead: string;
  support: string;
  dates: string;
  problem: string;
  description: string;
  values: string;
  milestones: string[];
}

const EN_WORD: EnCommitment[] = [
  {
    title: 'Beneficial ownership register open to the public',
    short: 'Beneficial ownership register',
    lead: 'Registrar of Companies, Ministry of Trade and Industry',
    support: 'Lesotho Revenue Authority; Transformation Resource Centre; Law Society of Lesotho',
    dates: 'January 2025 – June 2027',
    problem:
      'Companies that win public contracts can hide who owns them. The register of companies records shareholders but not the natural persons who ultimately control or benefit from a company, and it can only be consulted in person in Maseru for a fee.',
    description:
      'Amend the Companies Regulations to require beneficial ownership declarations, build an online register that anyone can search free of charge, and publish the data in the Beneficial Ownership Data Standard.',
    values: 'Access to information; public accountability',
    milestones: [
      '1. Amended Companies Regulations gazetted (June 2025)',
      '2. Online register launched with search by company and person (March 2026)',
      '3. Bulk data published in the Beneficial Ownership Data Standard (June 2027)',
    ],
  },
  {
    title: 'Publishing mining licences and contracts in an open data format',
    short: 'Mining licences and contracts',
    lead: 'Ministry of Natural Resources, Department of Mines',
    support: 'Chamber of Mines; Lesotho Council of Non-Governmental Organisations',
    dates: 'March 2025 – December 2026',
    problem:
      'Mining contracts are negotiated behind closed doors and royalties paid by diamond mines cannot be traced from the licence to the national accounts. Communities near the mines do not know what the companies have agreed to provide.',
    description:
      'Publish all active mining leases, licences and their amendments on a cadastre portal, with the royalty payments reported by companies and received by government for each licence.',
    values: 'Access to information; civic participation',
    milestones: [
      '1. Inventory of active licences and contracts completed (June 2025)',
      '2. Cadastre portal online with all active licences (February 2026)',
      '3. Annual royalty reconciliation published per licence (December 2026)',
    ],
  },
  {
    title: 'Community scorecards for primary health clinics',
    short: 'Community scorecards for clinics',
    lead: 'Ministry of Health, Primary Health Care Directorate',
    support:
      'District Health Management Teams; Christian Health Association of Lesotho; village health workers',
    dates: 'April 2025 – March 2027',
    problem:
      'Patients have no channel to report stock-outs of essential medicines, long waiting times or absent staff at rural clinics, and district teams learn of problems only from quarterly returns.',
    description:
      'Introduce a community scorecard in which clinic users and staff rate services twice a year, discuss the results in a public meeting and agree on an action plan whose progress is published by the district.',
    values: 'Civic participation; public accountability',
    milestones: [
      '1. Scorecard method adapted and validated with district teams (September 2025)',
      '2. Scorecards run in 60 clinics of four districts (March 2026)',
      '3. Results and action plans published for all participating clinics (March 2027)',
    ],
  },
  {
    title:
      'Regulations for the protection of whistleblowers and a secure channel for reporting corruption in public bodies',
    short: 'Whistleblower protection',
    lead: 'Directorate on Corruption and Economic Offences',
    support: 'Ministry of Justice and Law; Ombudsman; Transparency International Lesotho',
    dates: 'January 2025 – December 2026',
    problem:
      'Public servants who report corruption face transfer or dismissal, and there is no confidential way to report. The Prevention of Corruption Act promises protection but no regulation says how it is granted.',
    description:
      'Draft and adopt regulations that set out how a whistleblower is protected, open an anonymous online and telephone reporting channel, and report every year on the reports received and how they were handled.',
    values: 'Public accountability',
    milestones: [
      '1. Draft regulations published for public comment (September 2025)',
      '2. Regulations adopted and reporting channel opened (June 2026)',
      '3. First annual report on disclosures published (December 2026)',
    ],
  },
  {
    title: 'Open data on the allocation of the Constituency Development Fund',
    short: 'Constituency Development Fund data',
    lead: 'Ministry of Local Government and Chieftainship',
    support: 'Parliamentary Public Accounts Committee; Development for Peace Education',
    dates: 'July 2025 – June 2027',
    problem:
      'Each constituency receives a development fund, but the projects financed, their cost and their progress are not published, and citizens cannot tell whether the money reached the projects approved.',
    description:
      'Publish the fund’s allocations, approved projects, contracts and progress reports for all constituencies as open data, and hold a public review meeting in each district once a year.',
    values: 'Access to information; civic participation; public accountability',
    milestones: [
      '1. Data template agreed with constituency committees (December 2025)',
      '2. Allocations and projects of 2025/26 published (June 2026)',
      '3. Public review meetings held in all ten districts (June 2027)',
    ],
  },
];

async function enWord(): Promise<Built> {
  const fonts = await measure();
  const planTitle = 'Third National Action Plan 2025–2027';
  let pages: number[] = [];
  let layout!: Layout;
  let labels: Label[] = [];
  for (let pass = 0; pass < 2; pass++) {
    layout = new Layout(
      fonts,
      {
        size: A4,
        margin: 64,
        top: 842 - 80,
        bottom: 70,
        columns: 1,
        gutter: 0,
        split: 'kern',
        ligatures: false,
      },
      {
        header: (n) => (n > 1 ? 'Kingdom of Lesotho · Open Government Partnership' : ''),
        footer: (n) => (n > 1 ? `${planTitle} | Page ${n}` : ''),
      },
    );
    const body = { font: 'serif' as FontKey, size: 11, before: 6 };
    layout.newPage();
    layout.para('Open Government Partnership', { font: 'sans', size: 14, before: 160 });
    layout.para(planTitle, { font: 'sansBold', size: 24, before: 16 });
    layout.para('Kingdom of Lesotho', { font: 'sans', size: 14, before: 12 });
    layout.para('Ministry of Public Service · August 2025', { font: 'serifItalic', size: 11, before: 30 });
    layout.newPage();
    layout.para('Contents', { font: 'sansBold', size: 16 });
    const toc: Array<[string, number, number]> = [
      ['Foreword', pages[0] ?? 0, 0],
      ['1. Introduction', pages[0] ?? 0, 0],
      ['2. How this plan was developed', pages[1] ?? 0, 0],
      ['3. Commitments', pages[2] ?? 0, 0],
      ...EN_WORD.map((c, i): [string, number, number] => [
        `Commitment ${i + 1} – ${c.short}`,
        pages[3 + i] ?? 0,
        18,
      ]),
      ['Annex: Members of the Multi-Stakeholder Forum', pages[8] ?? 0, 0],
    ];
    for (const [text, p, indent] of toc) layout.contents(text, p, { font: 'serif', size: 11, indent });
    layout.newPage();
    const next: number[] = [];
    next.push(layout.para('Foreword', { font: 'sansBold', size: 15 }));
    layout.para(
      'Lesotho joined the Open Government Partnership in 2019. Our first two plans opened the national budget to public scrutiny and created a forum where government and civil society meet as equals. This third plan takes that work into the sectors where citizens feel the effects of secrecy most: mining, health, local development and the fight against corruption.',
      body,
    );
    layout.para('1. Introduction', { font: 'sansBold', size: 15, before: 16 });
    layout.para(
      'The plan was prepared by the Multi-Stakeholder Forum between February and July 2025. It contains five commitments, each led by a public institution and supported by civil society organisations that will follow its implementation.',
      body,
    );
    next.push(layout.para('2. How this plan was developed', { font: 'sansBold', size: 15, before: 16 }));
    layout.para(
      'Consultations were held in all ten districts and 412 proposals were received. The Forum retained the proposals that had a clear lead institution and could be completed within two years. The Independent Reporting Mechanism’s review of the second plan drew three lessons that shaped this one:',
      body,
    );
    for (const lesson of [
      '1. Commitments need milestones that can be verified from published documents.',
      '2. Implementing agencies must budget for their commitments before the plan is adopted.',
      '3. Civil society partners should be named for every commitment, not only for the plan.',
    ])
      layout.para(lesson, { ...body, indent: 18, before: 2 });
    next.push(layout.para('3. Commitments', { font: 'sansBold', size: 15, before: 16 }));
    labels = [];
    EN_WORD.forEach((c, i) => {
      if (i > 0) layout.y -= 10;
      const heading = `Commitment ${i + 1}: ${c.title}`;
      const page = layout.para(heading, { font: 'sansBold', size: 13, before: 14 }, 8);
      next.push(page);
      labels.push({ label: String(i + 1), title: c.title, page, theme: null });
      const label = (t: string): { text: string; font: FontKey } => ({ text: t, font: 'sansBold' });
      const value = (t: string): { text: string; font: FontKey } => ({ text: t, font: 'serif' });
      layout.y -= 6;
      layout.table(
        [
          [label('Lead implementing agency'), value(c.lead)],
          [label('Supporting stakeholders'), value(c.support)],
          [label('Start and end date'), value(c.dates)],
          [label('Problem to be addressed'), value(c.problem)],
          [label('Commitment description'), value(c.description)],
          [label('OGP values'), value(c.values)],
          [label('Milestones'), value(c.milestones.join('\n'))],
        ],
        [140, layout.colWidth - 140],
        10,
      );
    });
    next.push(
      layout.para('Annex: Members of the Multi-Stakeholder Forum', {
        font: 'sansBold',
        size: 15,
        before: 20,
      }),
    );
    for (const m of [
      'Ministry of Public Service (co-chair)',
      'Lesotho Council of Non-Governmental Organisations (co-chair)',
      'Ministry of Finance and Development Planning',
      'Transformation Resource Centre',
      'Media Institute of Southern Africa, Lesotho chapter',
    ])
      layout.para(m, { ...body, before: 2 });
    pages = next;
  }
  return {
    name: 'en-word-template-columnwise',
    kind: 'action-plan',
    family: 'word-template-columnwise',
    language: 'en',
    note: 'A Word-like export drawn with pdf-lib: "Commitment N: Title" headings in Helvetica Bold over a Times body, one long title wrapped over two lines; after each, the OGP template as a two-column table (Lead implementing agency, Supporting stakeholders, Start and end date, Problem, Description, OGP values, numbered Milestones) whose cells are drawn column by column (all labels, then all values); running header and footer drawn last on each page; runs cut at kerning pairs; a contents page with abridged titles ("Commitment 1 – Beneficial ownership register") and page numbers at a tab stop, no leaders; numbered lessons (trap); "It contains five commitments".',
    title: planTitle,
    layout,
    order: (runs) => furnitureLast(cellsByColumn(runs)),
    commitments: labels,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (2) Spanish, InDesign-like: two columns whose lines are drawn across the page top to bottom (the columns
// interleave), the running footer drawn first, a headline font for themes and commitments.

interface EsCommitment {
  title: string;
  institution: string;
  objective: string;
  milestones: string[];
  dates: string;
}

const ES_THEMES: Array<{ theme: string; items: EsCommitment[] }> = [
  {
    theme: 'Eje 1. Transparencia y rendición de cuentas',
    items: [
      {
        title: 'Portal único de transparencia municipal',
        institution: 'Federación Dominicana de Municipios (FEDOMU)',
        objective:
          'Que los 158 ayuntamientos publiquen en un mismo portal su presupuesto, nómina, compras y actas del concejo, con formatos comunes que permitan comparar la información.',
        milestones: [
          'Norma técnica de publicación municipal aprobada',
          'Portal en funcionamiento con 60 ayuntamientos',
          'Publicación de los 158 ayuntamientos',
        ],
        dates: 'Febrero 2025 – diciembre 2026',
      },
      {
        title: 'Declaraciones juradas de patrimonio en datos abiertos',
        institution: 'Cámara de Cuentas de la República',
        objective:
          'Publicar en formato abierto las declaraciones juradas de patrimonio de los funcionarios obligados, con una versión pública que proteja los datos personales sensibles.',
        milestones: [
          'Formulario electrónico de declaración habilitado',
          'Versión pública de las declaraciones de 2025',
          'Conjunto de datos actualizado cada trimestre',
        ],
        dates: 'Marzo 2025 – junio 2026',
      },
    ],
  },
  {
    theme: 'Eje 2. Participación ciudadana',
    items: [
      {
        title: 'Presupuesto participativo con seguimiento en línea',
        institution: 'Dirección General de Presupuesto (DIGEPRES)',
        objective:
          'Permitir que la ciudadanía siga en línea, obra por obra, la ejecución de los proyectos aprobados en las asambleas de presupuesto participativo.',
        milestones: [
          'Módulo de seguimiento de obras en el portal de presupuesto',
          'Capacitación a juntas de vecinos en 10 provincias',
          'Informe anual de ejecución publicado',
        ],
        dates: 'Enero 2025 – diciembre 2026',
      },
      {
        title: 'Consejos consultivos de juventud en las políticas de empleo',
        institution: 'Ministerio de la Juventud',
        objective:
          'Crear consejos consultivos con representación de jóvenes de todas las regiones que opinen sobre los programas de empleo antes de su aprobación.',
        milestones: [
          'Reglamento de los consejos aprobado',
          'Consejos instalados en las diez regiones',
          'Primer informe de recomendaciones respondido por el Ministerio',
        ],
        dates: 'Abril 2025 – junio 2027',
      },
    ],
  },
  {
    theme: 'Eje 3. Integridad en las compras públicas',
    items: [
      {
        title: 'Contrataciones abiertas en el sector salud',
        institution: 'Dirección General de Contrataciones Públicas',
        objective:
          'Publicar con el Estándar de Datos para las Contrataciones Abiertas todas las compras de medicamentos e insumos del Servicio Nacional de Salud.',
        milestones: [
          'Datos de planificación y adjudicación publicados',
          'Datos de ejecución de contratos publicados',
          'Tablero de precios de referencia de medicamentos',
        ],
        dates: 'Enero 2025 – diciembre 2026',
      },
      {
        title: 'Registro de proveedores sancionados',
        institution: 'Dirección General de Ética e Integridad Gubernamental',
        objective:
          'Reunir en un registro público a las empresas y personas inhabilitadas para contratar con el Estado, con la causa y la duración de la sanción.',
        milestones: [
          'Acuerdo de intercambio de datos entre instituciones sancionadoras',
          'Registro publicado y consultable por RNC',
        ],
        dates: 'Julio 2025 – diciembre 2026',
      },
    ],
  },
];

async function esInDesign(): Promise<Built> {
  const fonts = await measure();
  const planTitle = 'VI Plan de Acción de Gobierno Abierto 2025–2027';
  const layout = new Layout(
    fonts,
    {
      size: A4,
      margin: 50,
      top: 842 - 70,
      bottom: 64,
      columns: 2,
      gutter: 22,
      split: 'line',
      ligatures: false,
    },
    { footer: (n) => (n > 1 ? `${planTitle}  |  ${n}` : '') },
  );
  const body = { font: 'serif' as FontKey, size: 10, before: 4 };
  // The cover is a single frame: drawn in a one-column layout of its own on page 1.
  layout.newPage();
  layout.para('República Dominicana', { font: 'sans', size: 13, before: 150 });
  layout.para('VI Plan de Acción de Gobierno Abierto', { font: 'sansBold', size: 20, before: 10 });
  layout.para('2025–2027', { font: 'sansBold', size: 20 });
  layout.para('Dirección General de Ética e Integridad Gubernamental', {
    font: 'sans',
    size: 11,
    before: 30,
  });
  layout.newPage();
  layout.para('Presentación', { font: 'sansBold', size: 15 });
  layout.para(
    'La República Dominicana presenta su sexto plan de acción ante la Alianza para el Gobierno Abierto. El plan reúne seis compromisos organizados en tres ejes, construidos junto con organizaciones de la sociedad civil, el sector privado y la academia durante un proceso de cocreación de cinco meses.',
    body,
  );
  layout.para(
    'Cada compromiso tiene una institución responsable, hitos verificables y fechas de inicio y de término. El Foro Multiactor dará seguimiento a su cumplimiento y publicará un informe de avance cada seis meses.',
    body,
  );
  layout.para('Proceso de cocreación', { font: 'sansBold', size: 13, before: 12 });
  layout.para('El proceso se desarrolló en cuatro etapas:', body);
  for (const s of [
    '1. Convocatoria pública y registro de organizaciones interesadas.',
    '2. Mesas temáticas en Santo Domingo, Santiago y San Pedro de Macorís.',
    '3. Priorización de 94 propuestas por el Foro Multiactor.',
    '4. Redacción de los compromisos con las instituciones responsables.',
  ])
    layout.para(s, { ...body, indent: 10, before: 2 });
  layout.para('Compromisos', { font: 'sansBold', size: 15, before: 14 });
  const labels: Label[] = [];
  let n = 0;
  for (const { theme, items } of ES_THEMES) {
    layout.para(theme, { font: 'sansBold', size: 13, before: 14 }, 6);
    for (const c of items) {
      n++;
      const page = layout.para(`Compromiso ${n}. ${c.title}`, { font: 'sansBold', size: 11, before: 10 }, 5);
      labels.push({ label: String(n), title: c.title, page, theme });
      layout.para(`Institución responsable: ${c.institution}`, body);
      layout.para(`Objetivo: ${c.objective}`, body);
      layout.para('Hitos:', { ...body, font: 'serifBold' });
      for (const m of c.milestones) layout.bullet(m, { ...body, before: 1 }, 10);
      layout.para(`Fecha de inicio y término: ${c.dates}`, body);
    }
  }
  return {
    name: 'es-indesign-interleaved',
    kind: 'action-plan',
    family: 'indesign-columns-interleaved',
    language: 'es',
    note: 'An InDesign-like export drawn with pdf-lib: a cover, then two columns whose lines are drawn across the page from top to bottom (left and right columns interleaved in the content stream, lines on the same baseline run together), the running footer drawn first on each page; themes "Eje N. …" and commitments "Compromiso N. Title" in Helvetica Bold over a Times body; fields Institución responsable, Objetivo, bulleted Hitos, Fecha de inicio y término; a numbered list of co-creation stages (trap); "seis compromisos organizados en tres ejes".',
    title: planTitle,
    layout,
    order: (runs) => furnitureFirst(interleaved(runs)),
    commitments: labels,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (3) French: every word its own text object at an explicit position; each commitment heading drawn as two
// objects on one baseline (the label in Helvetica Bold, the title in Times Bold).

interface FrCommitment {
  title: string;
  porteur: string;
  calendrier: string;
  description: string;
  jalons: string[];
}

const FR_AXES: Array<{ axe: string; items: FrCommitment[] }> = [
  {
    axe: 'Axe 1 : Transparence de l’action publique',
    items: [
      {
        title: 'Publier les budgets des collectivités territoriales en données ouvertes',
        porteur: 'Ministère de l’Intérieur et de la Sécurité, Direction générale de la décentralisation',
        calendrier: 'janvier 2025 – décembre 2026',
        description:
          'Les communes et les régions publieront leur budget primitif et leur compte administratif sur le portail national de données ouvertes, selon un modèle commun élaboré avec l’Union des villes et communes.',
        jalons: [
          '1. Modèle commun de publication adopté',
          '2. Budgets de 2025 publiés par les chefs-lieux de région',
          '3. Budgets de 2026 publiés par l’ensemble des communes',
        ],
      },
      {
        title: 'Rendre accessibles les décisions de justice de la Cour suprême',
        porteur: 'Ministère de la Justice et des Droits de l’Homme',
        calendrier: 'mars 2025 – juin 2027',
        description:
          'Les arrêts de la Cour suprême seront mis en ligne gratuitement après occultation des données personnelles, avec un moteur de recherche par matière et par date.',
        jalons: [
          '1. Règles d’occultation des données personnelles validées',
          '2. Arrêts rendus depuis 2020 mis en ligne',
        ],
      },
    ],
  },
  {
    axe: 'Axe 2 : Participation citoyenne',
    items: [
      {
        title: 'Instituer des auditions publiques sur les projets de loi de finances',
        porteur: 'Assemblée nationale, Commission des affaires économiques et financières',
        calendrier: 'septembre 2025 – décembre 2026',
        description:
          'Avant l’examen du projet de loi de finances, la commission entendra en séance publique les organisations de la société civile et publiera leurs contributions.',
        jalons: [
          '1. Modification du règlement intérieur de la commission',
          '2. Première session d’auditions publiques tenue et diffusée',
        ],
      },
      {
        title:
          'Associer les comités de gestion des écoles au suivi des dotations de fonctionnement versées aux établissements scolaires',
        porteur: 'Ministère de l’Éducation nationale et de l’Alphabétisation',
        calendrier: 'janvier 2025 – juin 2027',
        description:
          'Les dotations versées à chaque école seront affichées dans l’établissement et publiées en ligne ; les comités de gestion recevront une formation pour en suivre l’utilisation.',
        jalons: [
          '1. Dotations de l’année scolaire 2025-2026 publiées par école',
          '2. Formation des comités de gestion dans cinq régions pilotes',
          '3. Rapport de suivi publié avec les observations des comités',
        ],
      },
    ],
  },
  {
    axe: 'Axe 3 : Redevabilité et intégrité',
    items: [
      {
        title: 'Suivre publiquement la mise en œuvre des recommandations de la Cour des comptes',
        porteur: 'Cour des comptes',
        calendrier: 'avril 2025 – décembre 2026',
        description:
          'Un tableau de bord public indiquera, pour chaque rapport de la Cour, les recommandations formulées, l’administration concernée et l’état de leur mise en œuvre.',
        jalons: [
          '1. Tableau de bord mis en ligne avec les rapports de 2023 et 2024',
          '2. Mise à jour semestrielle par les administrations concernées',
        ],
      },
    ],
  },
];

async function frWords(): Promise<Built> {
  const fonts = await measure();
  const planTitle = 'Deuxième Plan d’action national 2025-2027';
  const layout = new Layout(
    fonts,
    {
      size: A4,
      margin: 62,
      top: 842 - 76,
      bottom: 66,
      columns: 1,
      gutter: 0,
      split: 'word',
      ligatures: false,
    },
    { footer: (n) => `Côte d’Ivoire – Partenariat pour un gouvernement ouvert – ${n}` },
  );
  const body = { font: 'serif' as FontKey, size: 11, before: 5 };
  layout.newPage();
  layout.para('République de Côte d’Ivoire', { font: 'sans', size: 12, before: 40 });
  layout.para('Partenariat pour un gouvernement ouvert', { font: 'sans', size: 12 });
  layout.para(planTitle, { font: 'sansBold', size: 22, before: 24 });
  layout.para('Avant-propos', { font: 'sansBold', size: 14, before: 30 });
  layout.para(
    'Ce deuxième plan d’action national a été élaboré avec les organisations de la société civile réunies au sein du Comité national de pilotage. Il comprend cinq engagements répartis en trois axes, qui prolongent les réformes engagées depuis l’adhésion de la Côte d’Ivoire au Partenariat en 2015.',
    body,
  );
  layout.para('Bilan du premier plan', { font: 'sansBold', size: 14, before: 16 });
  layout.para(
    'Le premier plan comptait onze engagements, dont six ont été entièrement réalisés selon le Mécanisme d’évaluation indépendant. Les principaux acquis sont les suivants :',
    body,
  );
  for (const a of [
    '1. Adoption de la loi relative à l’accès à l’information d’intérêt public.',
    '2. Publication trimestrielle des rapports d’exécution du budget de l’État.',
    '3. Création du portail national des données ouvertes.',
  ])
    layout.para(a, { ...body, indent: 16, before: 2 });
  layout.newPage();
  layout.para('Engagements', { font: 'sansBold', size: 16 });
  const labels: Label[] = [];
  let n = 0;
  for (const { axe, items } of FR_AXES) {
    layout.para(axe, { font: 'sansBold', size: 14, before: 18 }, 6);
    for (const c of items) {
      n++;
      const page = layout.split(
        [
          { text: `Engagement ${n} :`, font: 'sansBold' },
          { text: c.title, font: 'serifBold' },
        ],
        12,
        12,
      );
      labels.push({ label: String(n), title: c.title, page, theme: axe });
      layout.para(`Porteur : ${c.porteur}`, body);
      layout.para(`Calendrier : ${c.calendrier}`, body);
      layout.para(`Description : ${c.description}`, body);
      layout.para('Jalons :', { ...body, font: 'serifBold' });
      for (const j of c.jalons) layout.para(j, { ...body, indent: 16, before: 2 });
    }
  }
  layout.para('Suivi et évaluation', { font: 'sansBold', size: 14, before: 18 });
  layout.para(
    'Le Comité national de pilotage se réunit chaque trimestre et publie un rapport d’étape à mi-parcours. Les organisations de la société civile peuvent saisir le secrétariat permanent de toute difficulté de mise en œuvre.',
    body,
  );
  return {
    name: 'fr-word-items',
    kind: 'action-plan',
    family: 'word-per-item-split-titles',
    language: 'fr',
    note: 'Drawn with pdf-lib, every word its own text object at an explicit position (no space characters: the gaps are positions); each commitment heading two objects on one baseline, "Engagement N :" in Helvetica Bold then the title in Times Bold, one title wrapped over two lines; themes "Axe N : …"; fields Porteur, Calendrier, Description, numbered Jalons (trap); a numbered list of the first plan\'s achievements (trap); "Il comprend cinq engagements répartis en trois axes".',
    title: planTitle,
    layout,
    order: (runs) => runs,
    commitments: labels,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (4) Portuguese: ligatures fi and fl as runs of their own in a second font resource, bullets in the Symbol
// font, "Compromisso N –" headings, themes as "Eixo N – …", a running header drawn last.

interface PtCommitment {
  title: string;
  orgao: string;
  prazo: string;
  descricao: string;
  marcos: string[];
}

const PT_EIXOS: Array<{ eixo: string; items: PtCommitment[] }> = [
  {
    eixo: 'Eixo 1 – Fiscalização e controle social',
    items: [
      {
        title: 'Ampliação da fiscalização social de obras públicas financiadas pela União',
        orgao: 'Controladoria-Geral da União',
        prazo: 'janeiro de 2025 a dezembro de 2026',
        descricao:
          'Criar um módulo no portal de obras em que cidadãos e conselhos locais registrem fotografias e relatos sobre o andamento de obras, com resposta obrigatória do órgão responsável em trinta dias.',
        marcos: [
          'Módulo de fiscalização social publicado no portal de obras',
          'Oficinas de formação com conselhos municipais em cinco regiões',
          'Relatório anual de respostas dos órgãos publicado',
        ],
      },
      {
        title: 'Identificação dos beneficiários finais de empresas contratadas pelo governo federal',
        orgao: 'Ministério da Gestão e da Inovação em Serviços Públicos',
        prazo: 'março de 2025 a junho de 2027',
        descricao:
          'Exigir a declaração do beneficiário final no cadastro de fornecedores e publicar os dados em formato aberto, integrados ao painel de compras.',
        marcos: [
          'Norma que exige a declaração do beneficiário final publicada',
          'Dados de beneficiários finais abertos no painel de compras',
        ],
      },
    ],
  },
  {
    eixo: 'Eixo 2 – Dados abertos e clima',
    items: [
      {
        title: 'Fluxos financeiros do Fundo Clima em dados abertos',
        orgao: 'Ministério do Meio Ambiente e Mudança do Clima',
        prazo: 'abril de 2025 a dezembro de 2026',
        descricao:
          'Publicar, projeto a projeto, os recursos aprovados, contratados e desembolsados pelo Fundo Nacional sobre Mudança do Clima, com a localização e os resultados declarados.',
        marcos: [
          'Inventário dos projetos financiados desde 2019',
          'Painel público de fluxos financeiros lançado',
          'Atualização trimestral dos desembolsos',
        ],
      },
      {
        title: 'Informações sobre conflitos fundiários e reflorestamento em terras públicas',
        orgao: 'Instituto Nacional de Colonização e Reforma Agrária',
        prazo: 'julho de 2025 a junho de 2027',
        descricao:
          'Reunir em uma plataforma os dados sobre áreas em conflito, processos de regularização e projetos de reflorestamento em terras públicas federais.',
        marcos: [
          'Base unificada de áreas em conflito publicada',
          'Camada de projetos de reflorestamento incluída na plataforma',
        ],
      },
    ],
  },
];

async function ptLigatures(): Promise<Built> {
  const fonts = await measure();
  const planTitle = '6º Plano de Ação Nacional em Governo Aberto';
  const layout = new Layout(
    fonts,
    {
      size: A4,
      margin: 60,
      top: 842 - 78,
      bottom: 64,
      columns: 1,
      gutter: 0,
      split: 'line',
      ligatures: true,
    },
    {
      header: (n) => (n > 1 ? `${planTitle} · 2025–2027` : ''),
      footer: (n) => String(n),
    },
  );
  const body = { font: 'serif' as FontKey, size: 11, before: 5 };
  layout.newPage();
  layout.para('Controladoria-Geral da União', { font: 'sans', size: 13, before: 140 });
  layout.para(planTitle, { font: 'sansBold', size: 22, before: 14 });
  layout.para('Brasil · 2025–2027', { font: 'sans', size: 13, before: 10 });
  layout.newPage();
  layout.para('Apresentação', { font: 'sansBold', size: 15 });
  layout.para(
    'O 6º Plano de Ação Nacional reúne quatro compromissos, definidos em oficinas de cocriação com a participação de órgãos federais e de organizações da sociedade civil. Os desafios foram escolhidos em consulta pública que recebeu 1.312 contribuições.',
    body,
  );
  layout.para('Resultados do plano anterior', { font: 'sansBold', size: 13, before: 14 });
  layout.para('Entre as entregas do 5º Plano destacam-se:', body);
  for (const r of [
    'a plataforma de fiscalização de emendas parlamentares;',
    'o catálogo de dados abertos de saúde com 140 conjuntos;',
    'a rede de ouvidorias municipais em 1.100 municípios.',
  ])
    layout.bullet(r, { ...body, before: 2 });
  layout.para('Compromissos', { font: 'sansBold', size: 15, before: 18 });
  const labels: Label[] = [];
  let n = 0;
  for (const { eixo, items } of PT_EIXOS) {
    layout.para(eixo, { font: 'sansBold', size: 13, before: 16 }, 6);
    for (const c of items) {
      n++;
      const page = layout.para(
        `Compromisso ${n} – ${c.title}`,
        { font: 'sansBold', size: 11.5, before: 12 },
        6,
      );
      labels.push({ label: String(n), title: c.title, page, theme: eixo });
      layout.para(`Órgão responsável: ${c.orgao}`, body);
      layout.para(`Prazo: ${c.prazo}`, body);
      layout.para(`Descrição: ${c.descricao}`, body);
      layout.para('Marcos:', { ...body, font: 'serifBold' });
      for (const m of c.marcos) layout.bullet(m, { ...body, before: 2 });
    }
  }
  layout.para('Monitoramento', { font: 'sansBold', size: 15, before: 18 });
  layout.para(
    'O monitoramento dos compromissos será feito pelo Grupo de Trabalho do Governo Aberto, que publicará relatórios semestrais de execução com a participação das organizações que integram cada compromisso.',
    body,
  );
  return {
    name: 'pt-ligatures-symbol-bullets',
    kind: 'action-plan',
    family: 'ligature-runs-symbol-bullets',
    language: 'pt',
    note: 'Drawn with pdf-lib: the pairs fi and fl drawn as runs of their own in a second resource of the same face (as a shaping engine\'s ligature glyphs), headings included ("Fiscalização", "beneficiários finais", "Fluxos financeiros", "reflorestamento"); bullets in the Symbol font; running header drawn first by layout order; themes "Eixo N – …", commitments "Compromisso N – Title" in Helvetica Bold; fields Órgão responsável, Prazo, Descrição, bulleted Marcos; bulleted results of the previous plan (trap); "reúne quatro compromissos".',
    title: planTitle,
    layout,
    order: (runs) => runs,
    commitments: labels,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (5) English, a landscape matrix: commitments as rows of a table whose cells are drawn column by column
// (all numbers, then all titles, then leads, timelines and results); headers repeated on each page.

const MATRIX: Array<[string, string, string, string]> = [
  [
    'Open the national procurement portal to the full contract cycle',
    'Public Procurement Authority',
    'Jan 2025 – Dec 2026',
    'Tender, award, contract and payment data published in OCDS for all ministries',
  ],
  [
    'Publish audited accounts of state-owned enterprises',
    'Ministry of Finance, State Enterprises Unit',
    'Mar 2025 – Jun 2026',
    'Audited accounts of all 32 state-owned enterprises online within six months of year end',
  ],
  [
    'Citizen feedback on water and sanitation services',
    'Water Supplies Department',
    'Apr 2025 – Mar 2027',
    'Complaints line and public dashboard of complaints resolved by district',
  ],
  [
    'Access to information implementation in local councils',
    'Information Commission',
    'Jan 2025 – Dec 2026',
    'Information officers appointed and trained in all city and district councils',
  ],
  [
    'Legislative footprint for bills before Parliament',
    'Parliament of Zambia, Clerk’s Office',
    'Jul 2025 – Jun 2027',
    'Submissions and meetings with interest groups published for every bill',
  ],
  [
    'Open data on school grants and learner enrolment',
    'Ministry of Education',
    'Jan 2025 – Dec 2026',
    'School-level grants and enrolment published each term',
  ],
  [
    'Disclosure of land allocations by councils and the Commissioner of Lands',
    'Ministry of Lands and Natural Resources',
    'Jun 2025 – Jun 2027',
    'Register of allocations searchable online with plot, allottee and fee',
  ],
  [
    'Participatory monitoring of the Constituency Development Fund',
    'Ministry of Local Government and Rural Development',
    'Jan 2025 – Dec 2026',
    'Ward committees publish quarterly monitoring reports on funded projects',
  ],
];

async function enMatrix(): Promise<Built> {
  const fonts = await measure();
  const planTitle = 'Zambia National Action Plan on Open Government 2025–2027';
  const layout = new Layout(
    fonts,
    {
      size: A4_LANDSCAPE,
      margin: 50,
      top: 595 - 60,
      bottom: 50,
      columns: 1,
      gutter: 0,
      split: 'kern',
      ligatures: false,
    },
    { footer: (n) => `${n}` },
  );
  const body = { font: 'serif' as FontKey, size: 11, before: 5 };
  layout.newPage();
  layout.para(planTitle, { font: 'sansBold', size: 20 });
  layout.para('1. Background', { font: 'sansBold', size: 14, before: 14 });
  layout.para(
    'Zambia joined the Open Government Partnership in 2024. This first plan was drafted by a steering committee of six ministries and six civil society organisations after provincial consultations held in all ten provinces. It contains eight commitments, summarised in the matrix below; the detailed milestones are published separately on the Cabinet Office website.',
    body,
  );
  layout.para('2. Priorities raised in the consultations', { font: 'sansBold', size: 14, before: 14 });
  for (const p of [
    '1. Procurement and the use of public funds',
    '2. Access to basic services in rural districts',
    '3. Land and natural resources',
  ])
    layout.para(p, { ...body, indent: 16, before: 2 });
  layout.para('3. Commitments matrix', { font: 'sansBold', size: 14, before: 14 });
  const widths = [40, 190, 170, 110, layout.colWidth - 510];
  const header = ['No.', 'Commitment', 'Lead institution', 'Timeline', 'Expected result'].map((text) => ({
    text,
    font: 'sansBold' as FontKey,
  }));
  const labels: Label[] = [];
  layout.y -= 6;
  let lastPage = 0;
  MATRIX.forEach((row, i) => {
    // The header row again at the top of each page the matrix runs onto.
    const cells = [String(i + 1), ...row].map((text) => ({ text, font: 'serif' as FontKey }));
    const lh = 10 * 1.25;
    const lines = cells.map((c, k) => layout.wrap(c.text, 'serif', 10, (widths[k] as number) - 8).length);
    if (layout.y - (Math.max(...lines) * lh + 6) < layout.o.bottom) layout.newPage();
    if (layout.page !== lastPage) layout.table([header], widths, 10);
    lastPage = layout.page;
    const page = layout.table([cells], widths, 10);
    labels.push({ label: String(i + 1), title: row[0], page, theme: null });
  });
  layout.para('4. Monitoring', { font: 'sansBold', size: 14, before: 16 });
  layout.para(
    'The steering committee will meet every quarter and publish a progress report on each commitment on the Cabinet Office website.',
    body,
  );
  return {
    name: 'en-matrix-columnwise',
    kind: 'action-plan',
    family: 'matrix-cells-columnwise',
    language: 'en',
    note: 'A landscape Word-like export drawn with pdf-lib: after a background and a numbered list of consultation priorities (trap), the eight commitments as rows of a matrix (No. | Commitment | Lead institution | Timeline | Expected result), titles wrapping in their cell, the header row repeated on the next page; every table drawn column by column (all numbers, then all titles, then leads, timelines, results), so pdf.js reads a column before the next; runs cut at kerning pairs; "It contains eight commitments".',
    title: planTitle,
    layout,
    order: (runs) => cellsByColumn(runs),
    commitments: labels,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (6) Trap, French: a public consultation notice about the next plan, exported word by word, footer last;
// it lists the previous plan's commitments and numbered themes for proposals.

async function frNotice(): Promise<Built> {
  const fonts = await measure();
  const layout = new Layout(
    fonts,
    {
      size: A4,
      margin: 64,
      top: 842 - 80,
      bottom: 70,
      columns: 1,
      gutter: 0,
      split: 'word',
      ligatures: false,
    },
    { footer: (n) => `Secrétariat général du gouvernement – page ${n}` },
  );
  const body = { font: 'serif' as FontKey, size: 11, before: 5 };
  layout.newPage();
  layout.para('Communiqué', { font: 'sans', size: 11 });
  layout.para(
    'Consultation publique en vue du troisième plan d’action national pour un gouvernement ouvert',
    { font: 'sansBold', size: 17, before: 8 },
  );
  layout.para('Dakar, le 3 février 2025', { font: 'serifItalic', size: 11, before: 6 });
  layout.para(
    'Le Secrétariat général du gouvernement lance une consultation publique pour préparer le troisième plan d’action national du Sénégal au sein du Partenariat pour un gouvernement ouvert. Les citoyens, les associations, les entreprises et les collectivités territoriales sont invités à proposer des engagements jusqu’au 15 mars 2025.',
    body,
  );
  layout.para(
    'Les propositions retenues seront examinées lors d’ateliers de cocréation en avril, puis le plan d’action sera soumis au Conseil des ministres. Chaque engagement comportera un porteur, des jalons et un calendrier de mise en œuvre.',
    body,
  );
  layout.para('Thèmes proposés', { font: 'sansBold', size: 13, before: 14 });
  for (const t of [
    'Thème 1 : Transparence budgétaire et fiscale',
    'Thème 2 : Accès à l’information et données ouvertes',
    'Thème 3 : Participation des jeunes et des femmes',
    'Thème 4 : Gouvernance des industries extractives',
  ])
    layout.para(t, { ...body, indent: 12, before: 3 });
  layout.para('Rappel : les engagements du deuxième plan', { font: 'sansBold', size: 13, before: 14 });
  layout.para(
    'Le deuxième plan d’action (2021-2023) comportait sept engagements. Le rapport du Mécanisme d’évaluation indépendant en a jugé quatre substantiellement réalisés :',
    body,
  );
  for (const e of [
    'Engagement 1 : Publication des contrats miniers et pétroliers',
    'Engagement 3 : Budget citoyen des collectivités territoriales',
    'Engagement 4 : Loi sur l’accès à l’information',
    'Engagement 6 : Registre des bénéficiaires effectifs',
  ])
    layout.para(e, { ...body, indent: 12, before: 3 });
  layout.para('Comment participer', { font: 'sansBold', size: 13, before: 14 });
  layout.para(
    'Les propositions peuvent être déposées sur la plateforme participative, envoyées par courriel au secrétariat ou remises lors des réunions publiques organisées dans les quatorze régions. Chaque proposition indique le problème visé, la solution proposée et l’administration qui pourrait la porter.',
    body,
  );
  layout.para('Contact presse : Bureau de la communication, Secrétariat général du gouvernement.', {
    ...body,
    font: 'serifItalic',
    before: 12,
  });
  return {
    name: 'fr-notice-consultation-words',
    kind: 'other',
    family: 'trap-consultation-word-items',
    language: 'fr',
    note: 'A trap drawn with pdf-lib, every word its own text object, the footer drawn last: a government communiqué opening a public consultation for the third action plan ("Consultation publique en vue du troisième plan d’action national"), with numbered themes for proposals ("Thème 1 : …") and a reminder of four commitments of the previous plan ("Engagement 1 : Publication des contrats miniers et pétroliers"). A notice about a plan, not a plan.',
    title: 'Consultation publique – troisième plan d’action national',
    layout,
    order: (runs) => furnitureLast(runs),
    commitments: [],
  };
}

await writeBatch([enWord, esInDesign, frWords, ptLigatures, enMatrix, frNotice]);
