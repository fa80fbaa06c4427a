/**
 * The nineteenth batch of the second blind set (`tests/fixtures/blind2`): five documents drawn with the
 * eighteenth batch's writer (`scripts/blind3-pdf.ts`), each with an export trait that real plans from other
 * governments have and no earlier batch had: every glyph drawn at its own position beside a call-out box
 * whose lines interleave with the body's; footnote markers raised after commitment titles and small capitals
 * made of two sizes; portrait paper turned landscape by /Rotate; headings whose words are told apart only by
 * gaps; and a trap, an annual report with a table of past commitments and their statuses. Each document
 * carries its labels; a commitment's page is the page its heading (or its row) is laid out on.
 * `npx tsx scripts/blind4-docs.ts` writes each PDF and its `.expected.json`.
 */
import { A4, A4_LANDSCAPE, writeBatch, type Built, type Label } from './blind3-batch.ts';
import { Layout, furnitureLast, interleaved, measure, type FontKey } from './blind3-pdf.ts';

// ---------------------------------------------------------------------------------------------------------
// (1) English: every glyph drawn as its own run at its own position, as a layout program that positions each
// glyph writes it; commitments numbered "1.1 Title" under themes; a call-out box at the right of the body
// whose lines are drawn across the page with the body's, top to bottom.

interface EnItem {
  title: string;
  lead: string;
  duration: string;
  text: string;
  milestones: string[];
}

const EN_THEMES: Array<{ theme: string; box: string[]; items: EnItem[] }> = [
  {
    theme: '1. Fiscal openness',
    box: [
      'Did you know?',
      'Only 14 of 116 councils published an approved budget online in 2024. Citizens asked for budgets in plain language at every consultation meeting.',
    ],
    items: [
      {
        title: 'Publish a citizens’ budget for every local authority',
        lead: 'Ministry of Local Government and Rural Development',
        duration: 'January 2025 – December 2026',
        text: 'Local authorities will publish a short citizens’ budget in English and the main local language within a month of the council approving its budget, together with the full budget in a machine-readable format.',
        milestones: [
          'Template for citizens’ budgets adopted by the Ministry (June 2025)',
          'Citizens’ budgets published by 60 local authorities (December 2025)',
          'All 116 local authorities publishing (December 2026)',
        ],
      },
      {
        title: 'Open data on public debt contracted by state enterprises',
        lead: 'Ministry of Finance, Debt Management Unit',
        duration: 'March 2025 – June 2027',
        text: 'The Debt Management Unit will publish the terms of every loan and guarantee contracted by a state-owned enterprise, updated every quarter, so that Parliament and the public can follow contingent liabilities.',
        milestones: [
          'Inventory of guarantees and loans of state enterprises (September 2025)',
          'Quarterly debt bulletin including state enterprises (March 2026)',
          'Loan-level open dataset published (June 2027)',
        ],
      },
    ],
  },
  {
    theme: '2. Service delivery',
    box: [
      'From the consultation',
      '“We walk 20 kilometres to the clinic and find that the drugs are out of stock.” – participant, Mongu',
    ],
    items: [
      {
        title: 'Real-time stock information for essential medicines',
        lead: 'Zambia Medicines and Medical Supplies Agency',
        duration: 'April 2025 – March 2027',
        text: 'The agency will publish the stock level of 40 tracer medicines in every district store and hospital pharmacy on a public dashboard, updated weekly, and set up a toll-free line to report stock-outs.',
        milestones: [
          'Dashboard published for district stores (December 2025)',
          'Hospital pharmacies added to the dashboard (September 2026)',
          'Toll-free line answering stock-out reports (March 2027)',
        ],
      },
      {
        title: 'Social audits of school feeding in rural districts',
        lead: 'Ministry of Education, Directorate of School Health and Nutrition',
        duration: 'July 2025 – June 2027',
        text: 'Parent–teacher associations will audit deliveries to the school feeding programme each term using a simple checklist, and district education boards will publish the results and the action taken.',
        milestones: [
          'Checklist and guidance agreed with parent–teacher associations (October 2025)',
          'Social audits in 300 schools of ten districts (December 2026)',
          'Published results and follow-up actions for all audited schools (June 2027)',
        ],
      },
      {
        title: 'Grievance mechanism for the social cash transfer programme',
        lead: 'Ministry of Community Development and Social Services',
        duration: 'January 2025 – December 2026',
        text: 'Beneficiaries of the social cash transfer will be able to lodge complaints by telephone, text message or at the ward office, and receive a reference number and a reply within thirty days.',
        milestones: [
          'Grievance procedure approved (April 2025)',
          'Case management system in use in all districts (March 2026)',
          'First public report on grievances and their resolution (December 2026)',
        ],
      },
    ],
  },
];

async function enGlyphs(): Promise<Built> {
  const fonts = await measure();
  const planTitle = 'National Action Plan on Open Government 2025–2027';
  const layout = new Layout(
    fonts,
    {
      size: A4,
      margin: 56,
      top: 842 - 72,
      bottom: 64,
      columns: 1,
      gutter: 0,
      split: 'glyph',
      ligatures: false,
    },
    { footer: (n) => `Republic of Zambia – ${planTitle} – ${n}` },
  );
  const body = { font: 'serif' as FontKey, size: 10.5, before: 5 };
  layout.newPage();
  layout.para('Republic of Zambia', { font: 'sans', size: 13, before: 30 });
  layout.para(planTitle, { font: 'sansBold', size: 21, before: 10 });
  layout.para('Introduction', { font: 'sansBold', size: 14, before: 24 });
  layout.para(
    'Zambia joined the Open Government Partnership in 2023. This first national action plan was developed by a steering committee of eight government institutions and eight civil society organisations after consultations in all ten provinces. It contains five commitments grouped under two themes, fiscal openness and service delivery.',
    body,
  );
  layout.para(
    'Each commitment names the institution that leads it, its duration and milestones that can be verified from published documents. Progress will be reported to the steering committee every quarter.',
    body,
  );
  layout.para('Commitments', { font: 'sansBold', size: 14, before: 16 });
  const labels: Label[] = [];
  EN_THEMES.forEach(({ theme, box, items }, t) => {
    layout.inset = 0;
    layout.para(theme, { font: 'sansBold', size: 13, before: 14 }, 8);
    // The call-out sits beside the theme's first commitment: the body narrows to make room for it.
    layout.inset = 150;
    layout.y -= 4;
    layout.sideBox(
      [
        { text: box[0] as string, font: 'sansBold', size: 9.5 },
        { text: box[1] as string, font: 'sans', size: 9 },
      ],
      130,
    );
    items.forEach((c, i) => {
      if (i > 0) layout.inset = 0;
      const label = `${t + 1}.${i + 1}`;
      const page = layout.para(`${label} ${c.title}`, { font: 'sansBold', size: 11.5, before: 10 }, 6);
      labels.push({ label, title: c.title, page, theme });
      layout.para(`Lead agency: ${c.lead}`, body);
      layout.para(`Duration: ${c.duration}`, body);
      layout.para(c.text, body);
      layout.para('Milestones', { ...body, font: 'serifBold' });
      for (const m of c.milestones) layout.bullet(m, { ...body, before: 1 }, 12);
    });
  });
  layout.inset = 0;
  layout.para('Monitoring', { font: 'sansBold', size: 14, before: 18 });
  layout.para(
    'The steering committee will publish a progress report every six months. The Independent Reporting Mechanism will review the plan at the end of its implementation.',
    body,
  );
  return {
    name: 'en-glyphs-callout',
    kind: 'action-plan',
    family: 'glyph-runs-callout-box',
    language: 'en',
    note: 'A layout-program export drawn with pdf-lib: every glyph its own text object at its own position (no space is ever drawn); themes "1. Fiscal openness" and commitments "1.1 Title" in Helvetica Bold over a Times body, fields Lead agency and Duration, bulleted Milestones in the Symbol font; beside the first commitment of each theme a call-out box ("Did you know?", a quotation from the consultation) at the right of a narrowed body, drawn line by line across the page with the body, top to bottom, so its lines interleave with the commitment\'s; "It contains five commitments grouped under two themes".',
    title: planTitle,
    layout,
    order: (runs) => interleaved(runs),
    commitments: labels,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (2) Spanish: themes in small capitals made of two sizes, "Compromiso N° n: Title" with a raised footnote
// marker after the title, the footnotes at the foot of the page; a run per word.

interface EsItem {
  title: string;
  note?: string;
  responsable: string;
  plazo: string;
  descripcion: string;
  hitos: string[];
}

const ES_EJES: Array<{ eje: string; items: EsItem[] }> = [
  {
    eje: 'Integridad pública',
    items: [
      {
        title: 'Registro público de intereses y patrimonio de autoridades',
        note: 'Ley N° 6.355 de 2019, que regula las declaraciones juradas de bienes y rentas.',
        responsable: 'Contraloría General de la República',
        plazo: 'Marzo de 2025 – diciembre de 2026',
        descripcion:
          'Publicar en formato abierto las declaraciones juradas de bienes, rentas e intereses de las autoridades electas y de los funcionarios de confianza, con un buscador por nombre, institución y año.',
        hitos: [
          'Norma reglamentaria aprobada sobre datos publicables',
          'Portal con las declaraciones de 2023 y 2024',
          'Alertas de conflicto de intereses en compras públicas',
        ],
      },
      {
        title: 'Contrataciones abiertas en el sistema de salud',
        note: 'Según el estándar de datos para las contrataciones abiertas (OCDS), versión 1.1.',
        responsable: 'Dirección Nacional de Contrataciones Públicas',
        plazo: 'Abril de 2025 – junio de 2027',
        descripcion:
          'Publicar todas las etapas de las compras de medicamentos e insumos del Ministerio de Salud, desde la planificación hasta la entrega en los hospitales, con precios unitarios comparables.',
        hitos: [
          'Datos de planificación y adjudicación publicados',
          'Datos de entrega por hospital publicados',
          'Tablero de precios unitarios de medicamentos',
        ],
      },
    ],
  },
  {
    eje: 'Participación ciudadana',
    items: [
      {
        title: 'Presupuesto participativo con jóvenes en los municipios',
        responsable: 'Ministerio de la Juventud',
        plazo: 'Junio de 2025 – mayo de 2027',
        descripcion:
          'Destinar una parte del presupuesto municipal a proyectos propuestos y votados por jóvenes de 15 a 29 años en veinte municipios, con seguimiento público de la ejecución de cada proyecto.',
        hitos: [
          'Convenios firmados con veinte municipios',
          'Primera votación de proyectos juveniles',
          'Informe público de ejecución de los proyectos',
        ],
      },
      {
        title: 'Consulta pública previa de proyectos de reglamento',
        note: 'Decreto N° 2.991 de 2019 sobre la transparencia activa de los organismos del Estado.',
        responsable: 'Secretaría Técnica de Planificación',
        plazo: 'Enero de 2025 – diciembre de 2026',
        descripcion:
          'Publicar los proyectos de reglamento del Poder Ejecutivo durante al menos veinte días para recibir comentarios, y responder públicamente a los comentarios recibidos antes de su aprobación.',
        hitos: [
          'Guía de consulta pública aprobada',
          'Plataforma de consulta en funcionamiento',
          'Primer informe anual de consultas realizadas',
        ],
      },
    ],
  },
];

async function esFootnotes(): Promise<Built> {
  const fonts = await measure();
  const planTitle = 'Sexto Plan de Acción Nacional de Gobierno Abierto 2025–2027';
  const layout = new Layout(
    fonts,
    {
      size: A4,
      margin: 62,
      top: 842 - 76,
      bottom: 110,
      columns: 1,
      gutter: 0,
      split: 'word',
      ligatures: false,
    },
    { footer: (n) => (n > 1 ? `Gobierno Abierto Paraguay · ${n}` : '') },
  );
  const body = { font: 'serif' as FontKey, size: 11, before: 5 };
  // The footnotes of each page, drawn at its foot once the page is full.
  const notes = new Map<number, string[]>();
  let noteNo = 0;
  layout.newPage();
  layout.para('República del Paraguay', { font: 'sans', size: 13, before: 140 });
  layout.para(planTitle, { font: 'sansBold', size: 20, before: 12 });
  layout.para('Secretaría Técnica de Planificación del Desarrollo Económico y Social', {
    font: 'sans',
    size: 11,
    before: 24,
  });
  layout.newPage();
  layout.smallCaps('Introducción', 'sansBold', 15, 0);
  layout.para(
    'El Paraguay presenta su sexto plan de acción ante la Alianza para el Gobierno Abierto. El plan fue elaborado por la Mesa Conjunta de Gobierno Abierto, integrada por instituciones públicas y organizaciones de la sociedad civil, y contiene cuatro compromisos agrupados en dos ejes temáticos.',
    body,
  );
  layout.para(
    'Para cada compromiso se indica la institución responsable, el plazo de ejecución, la descripción y los hitos verificables. Las notas al pie remiten a la normativa en la que se apoya cada compromiso.',
    body,
  );
  const labels: Label[] = [];
  let n = 0;
  ES_EJES.forEach(({ eje, items }, e) => {
    layout.smallCaps(`Eje ${e + 1}: ${eje}`, 'sansBold', 14, 16);
    for (const c of items) {
      n++;
      const page = layout.para(
        `Compromiso N° ${n}: ${c.title}`,
        { font: 'sansBold', size: 12, before: 12 },
        6,
      );
      if (c.note) {
        noteNo++;
        layout.marker(String(noteNo), 'sansBold');
        notes.set(layout.page, [...(notes.get(layout.page) ?? []), `${noteNo} ${c.note}`]);
      }
      labels.push({ label: String(n), title: c.title, page, theme: `Eje ${e + 1}: ${eje}` });
      layout.para(`Institución responsable: ${c.responsable}`, body);
      layout.para(`Plazo: ${c.plazo}`, body);
      layout.para(`Descripción: ${c.descripcion}`, body);
      layout.para('Hitos verificables:', { ...body, font: 'serifBold' });
      c.hitos.forEach((h, k) => layout.para(`${k + 1}. ${h}`, { ...body, indent: 14, before: 1 }));
    }
  });
  layout.smallCaps('Seguimiento', 'sansBold', 14, 16);
  layout.para(
    'La Mesa Conjunta publicará un informe de avance cada seis meses en el portal de gobierno abierto y convocará a una rendición de cuentas pública al final del plan.',
    body,
  );
  for (const [page, list] of notes) {
    let y = 96;
    for (const text of list) {
      for (const line of layout.wrap(text, 'serif', 8.5, 595 - 124)) {
        y -= 11;
        layout.runs.push(
          ...[
            {
              page,
              x: 62,
              y,
              text: line,
              font: 'serif' as FontKey,
              ligature: false,
              size: 8.5,
              tag: 'body',
              seq: 0,
            },
          ],
        );
      }
    }
  }
  return {
    name: 'es-footnotes-smallcaps',
    kind: 'action-plan',
    family: 'footnote-markers-small-caps',
    language: 'es',
    note: 'A Word-like export drawn with pdf-lib, a run per word: section headings and themes in small capitals made of two sizes (a capital at 14 pt, the rest of each word in capitals at 11 pt, a word in lower case all small, each part its own run: "EJE 1: INTEGRIDAD PÚBLICA"); commitments "Compromiso N° n: Title" in Helvetica Bold, three of four followed by a raised footnote marker (a smaller digit above the baseline) whose note is printed at the foot of the page; fields Institución responsable, Plazo, Descripción and numbered Hitos verificables (trap); "contiene cuatro compromisos agrupados en dos ejes temáticos".',
    title: planTitle,
    layout,
    order: (runs) => runs,
    commitments: labels,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (3) Portuguese: portrait paper turned landscape by /Rotate 90, the text drawn a quarter turn; the plan's
// commitments as the rows of a matrix.

const PT_MATRIX: Array<[string, string, string, string]> = [
  [
    'Portal único de dados abertos da administração pública',
    'Ministério da Modernização do Estado',
    'Março 2025 – Dezembro 2026',
    'Portal com 300 conjuntos de dados de 25 órgãos, com licença aberta e atualização mensal',
  ],
  [
    'Publicação dos contratos de obras públicas municipais',
    'Tribunal de Contas; Associação Nacional dos Municípios',
    'Junho 2025 – Junho 2027',
    'Contratos e aditivos de obras de todos os municípios publicados no portal de contratos públicos',
  ],
  [
    'Orçamento cidadão da educação',
    'Ministério da Educação',
    'Abril 2025 – Março 2026',
    'Guia anual em linguagem simples sobre a despesa por escola e por aluno',
  ],
  [
    'Conselhos de saúde com participação de utentes em todas as províncias',
    'Ministério da Saúde',
    'Julho 2025 – Dezembro 2026',
    'Conselhos constituídos, com regimento público e atas publicadas após cada reunião',
  ],
  [
    'Regulamentação da lei do direito à informação',
    'Ministério da Justiça, Assuntos Constitucionais e Religiosos',
    'Janeiro 2025 – Dezembro 2025',
    'Regulamento aprovado, com prazos de resposta e um órgão de recurso independente',
  ],
  [
    'Rastreio público das receitas do gás natural',
    'Ministério da Economia e Finanças; Instituto Nacional de Petróleo',
    'Setembro 2025 – Junho 2027',
    'Relatório trimestral das receitas por projeto e da sua afetação ao orçamento do Estado',
  ],
  [
    'Plataforma de denúncias de assédio e corrupção nas escolas',
    'Gabinete Central de Combate à Corrupção',
    'Outubro 2025 – Junho 2027',
    'Plataforma anónima em funcionamento e relatório anual das denúncias tratadas',
  ],
];

async function ptRotated(): Promise<Built> {
  const fonts = await measure();
  const planTitle = 'Plano de Ação Nacional de Governo Aberto 2025–2027';
  const layout = new Layout(
    fonts,
    {
      size: A4_LANDSCAPE,
      margin: 50,
      top: 595 - 60,
      bottom: 56,
      columns: 1,
      gutter: 0,
      split: 'line',
      ligatures: false,
      rotate: true,
    },
    { footer: (n) => `República de Moçambique · ${planTitle} · ${n}` },
  );
  const body = { font: 'serif' as FontKey, size: 10.5, before: 5 };
  layout.newPage();
  layout.para(planTitle, { font: 'sansBold', size: 19 });
  layout.para('República de Moçambique', { font: 'sans', size: 12, before: 6 });
  layout.para('1. Introdução', { font: 'sansBold', size: 13, before: 16 });
  layout.para(
    'Moçambique aderiu à Parceria para o Governo Aberto em 2024. Este primeiro plano de ação foi elaborado pelo Fórum Multissetorial após auscultações em Maputo, Beira e Nampula, nas quais participaram 640 pessoas. O plano contém sete compromissos, apresentados na matriz seguinte com o órgão responsável, o prazo e o resultado esperado de cada um.',
    body,
  );
  layout.para('2. Matriz de compromissos', { font: 'sansBold', size: 13, before: 14 });
  layout.y -= 6;
  const widths = [34, 250, 190, 120, 148];
  const head = (t: string): { text: string; font: FontKey } => ({ text: t, font: 'sansBold' });
  const cell = (t: string): { text: string; font: FontKey } => ({ text: t, font: 'serif' });
  layout.table(
    [
      [
        head('N.º'),
        head('Compromisso'),
        head('Órgão responsável'),
        head('Prazo'),
        head('Resultado esperado'),
      ],
    ],
    widths,
    9.5,
  );
  const labels: Label[] = [];
  let headPage = layout.page;
  PT_MATRIX.forEach(([title, organ, prazo, result], i) => {
    const row = [cell(String(i + 1)), cell(title), cell(organ), cell(prazo), cell(result)];
    const before = layout.page;
    layout.table([row], widths, 9.5);
    if (layout.page !== before && layout.page !== headPage) {
      // The row went to a new page: draw the header row again above it, as a repeated table header does.
      headPage = layout.page;
      layout.runs = layout.runs.filter((r) => !(r.page === layout.page && r.tag.startsWith('cell:')));
      layout.y = layout.o.top;
      layout.table(
        [
          [
            head('N.º'),
            head('Compromisso'),
            head('Órgão responsável'),
            head('Prazo'),
            head('Resultado esperado'),
          ],
        ],
        widths,
        9.5,
      );
      layout.table([row], widths, 9.5);
    }
    labels.push({ label: String(i + 1), title, page: layout.page, theme: null });
  });
  layout.para('3. Acompanhamento', { font: 'sansBold', size: 13, before: 16 });
  layout.para(
    'O Fórum Multissetorial reúne-se trimestralmente para acompanhar a execução dos compromissos e publica um relatório de progresso no fim de cada ano.',
    body,
  );
  return {
    name: 'pt-rotated-matrix',
    kind: 'action-plan',
    family: 'rotate-landscape-matrix',
    language: 'pt',
    note: 'A landscape plan drawn with pdf-lib on portrait paper (MediaBox 595 x 842) turned by /Rotate 90, every line drawn a quarter turn so it reads across the landscape page; numbered sections (1. Introdução, 2. Matriz de compromissos, 3. Acompanhamento: trap); the seven commitments as rows of a matrix (N.º | Compromisso | Órgão responsável | Prazo | Resultado esperado), titles and lead institutions wrapping in their cells, all on the first page; "O plano contém sete compromissos".',
    title: planTitle,
    layout,
    order: (runs) => runs,
    commitments: labels,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (4) French: the body a run per line, but every heading drawn word by word with gaps narrower than a space
// and no space drawn; endnote markers after two commitment titles, the notes at the end.

interface FrItem {
  title: string;
  endnote?: string;
  porteur: string;
  partenaires: string;
  debut: string;
  fin: string;
  objectif: string;
  jalons: string[];
}

const FR_AXES: Array<{ axe: string; items: FrItem[] }> = [
  {
    axe: 'Axe 1 – Transparence budgétaire',
    items: [
      {
        title: 'Publication trimestrielle de l’exécution du budget des collectivités',
        porteur: 'Direction générale de la décentralisation et du développement local',
        partenaires: 'Union des villes et communes de Côte d’Ivoire ; Social Justice',
        debut: 'janvier 2025',
        fin: 'décembre 2026',
        objectif:
          'Permettre aux citoyens de suivre l’exécution du budget de leur commune grâce à un rapport trimestriel publié en ligne et affiché à la mairie.',
        jalons: [
          'Modèle de rapport trimestriel adopté par arrêté',
          'Rapports publiés par les 50 communes pilotes',
          'Extension à l’ensemble des communes',
        ],
      },
      {
        title: 'Audit citoyen des marchés publics de l’éducation',
        endnote: 'Voir le rapport annuel 2023 de l’Autorité nationale de régulation des marchés publics.',
        porteur: 'Autorité nationale de régulation des marchés publics',
        partenaires: 'Coalition des organisations de la société civile pour l’éducation',
        debut: 'avril 2025',
        fin: 'mars 2027',
        objectif:
          'Associer les comités de gestion des établissements scolaires au contrôle de la livraison des tables-bancs, des manuels et des cantines scolaires.',
        jalons: [
          'Guide de l’audit citoyen validé',
          'Formation de 400 membres de comités de gestion',
          'Rapport public des audits réalisés',
        ],
      },
    ],
  },
  {
    axe: 'Axe 2 – Accès à l’information',
    items: [
      {
        title: 'Registre en ligne des demandes d’accès à l’information',
        endnote: 'Loi n° 2013-867 du 23 décembre 2013 relative à l’accès à l’information d’intérêt public.',
        porteur: 'Commission d’accès à l’information d’intérêt public et aux documents publics',
        partenaires:
          'Association des journalistes économiques ; Réseau des professionnels de la presse en ligne',
        debut: 'février 2025',
        fin: 'juin 2026',
        objectif:
          'Suivre chaque demande d’accès à l’information, du dépôt à la réponse, et publier les délais de réponse de chaque administration.',
        jalons: ['Registre en ligne ouvert', 'Premier rapport sur les délais de réponse'],
      },
      {
        title: 'Données ouvertes sur la qualité de l’eau potable',
        porteur: 'Office national de l’eau potable',
        partenaires: 'Fédération des associations de consommateurs',
        debut: 'juillet 2025',
        fin: 'juin 2027',
        objectif:
          'Publier chaque mois les résultats des analyses de l’eau distribuée dans chaque localité, avec les mesures prises en cas de non-conformité.',
        jalons: [
          'Résultats de 2024 publiés en données ouvertes',
          'Publication mensuelle dans les 31 régions',
          'Carte interactive de la qualité de l’eau',
        ],
      },
    ],
  },
];

async function frGaps(): Promise<Built> {
  const fonts = await measure();
  const planTitle = 'Deuxième Plan d’action national du Partenariat pour un gouvernement ouvert 2025-2027';
  const layout = new Layout(
    fonts,
    {
      size: A4,
      margin: 60,
      top: 842 - 74,
      bottom: 66,
      columns: 1,
      gutter: 0,
      split: 'line',
      ligatures: false,
    },
    { footer: (n) => (n > 1 ? `PGO Côte d’Ivoire – page ${n}` : '') },
  );
  const body = { font: 'serif' as FontKey, size: 11, before: 5 };
  const heading = (
    size: number,
    before: number,
  ): { font: FontKey; size: number; before: number; split: 'gaps' } => ({
    font: 'sansBold',
    size,
    before,
    split: 'gaps',
  });
  layout.newPage();
  layout.para('République de Côte d’Ivoire', { ...heading(13, 120), font: 'sans' });
  layout.para(planTitle, heading(19, 12));
  layout.para('Ministère de la Promotion de la bonne gouvernance et de la lutte contre la corruption', {
    font: 'serifItalic',
    size: 11,
    before: 26,
  });
  layout.newPage();
  layout.para('Avant-propos', heading(15, 0));
  layout.para(
    'Ce deuxième plan d’action a été élaboré par le Comité national de pilotage, qui réunit à parts égales l’administration et la société civile. Il comprend quatre engagements répartis en deux axes, retenus parmi 137 propositions recueillies lors des consultations régionales.',
    body,
  );
  layout.para(
    'Chaque engagement précise la structure porteuse, les partenaires, les dates de début et de fin, l’objectif et les jalons. Les notes renvoient aux textes cités en fin de document.',
    body,
  );
  layout.para('Engagements', heading(15, 16));
  const labels: Label[] = [];
  const endnotes: string[] = [];
  let n = 0;
  for (const { axe, items } of FR_AXES) {
    layout.para(axe, heading(13.5, 14), 8);
    for (const c of items) {
      n++;
      const page = layout.para(`Engagement ${n} : ${c.title}`, heading(12, 12), 6);
      if (c.endnote) {
        endnotes.push(c.endnote);
        layout.marker(String(endnotes.length));
      }
      labels.push({ label: String(n), title: c.title, page, theme: axe });
      layout.para(`Structure porteuse : ${c.porteur}`, body);
      layout.para(`Partenaires : ${c.partenaires}`, body);
      layout.para(`Date de début : ${c.debut}    Date de fin : ${c.fin}`, body);
      layout.para(`Objectif : ${c.objectif}`, body);
      layout.para('Jalons', { ...body, font: 'serifBold' });
      for (const j of c.jalons) layout.bullet(j, { ...body, before: 1 }, 12);
    }
  }
  layout.para('Notes', heading(13, 18));
  endnotes.forEach((e, i) => layout.para(`${i + 1}. ${e}`, { font: 'serif', size: 9.5, before: 3 }));
  return {
    name: 'fr-gap-headings-endnotes',
    kind: 'action-plan',
    family: 'headings-gaps-endnotes',
    language: 'fr',
    note: 'An export drawn with pdf-lib whose body is a run per line but whose headings are drawn word by word with no space drawn and gaps a third narrower than a space (the cover title, Avant-propos, the axes "Axe 1 – Transparence budgétaire" and the commitments "Engagement n : Title"); two commitment titles followed by a raised endnote marker, the notes numbered at the end of the document (trap); fields Structure porteuse, Partenaires, Date de début / Date de fin on one line, Objectif, bulleted Jalons; "quatre engagements répartis en deux axes".',
    title: planTitle,
    layout,
    order: (runs) => furnitureLast(runs),
    commitments: labels,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (5) Trap, English: an information commission's annual report, a run per word, with numbered chapters and
// a table of the previous action plan's commitments it led, each with its status.

async function enAnnualReport(): Promise<Built> {
  const fonts = await measure();
  const title = 'Information Commission Annual Report 2024';
  const layout = new Layout(
    fonts,
    {
      size: A4,
      margin: 60,
      top: 842 - 76,
      bottom: 66,
      columns: 1,
      gutter: 0,
      split: 'word',
      ligatures: false,
    },
    { header: (n) => (n > 1 ? title : ''), footer: (n) => (n > 1 ? String(n) : '') },
  );
  const body = { font: 'serif' as FontKey, size: 11, before: 5 };
  const h1 = { font: 'sansBold' as FontKey, size: 15, before: 16 };
  layout.newPage();
  layout.para('Republic of Kenya', { font: 'sans', size: 13, before: 150 });
  layout.para('Commission on Administrative Justice', { font: 'sans', size: 13, before: 6 });
  layout.para(title, { font: 'sansBold', size: 22, before: 14 });
  layout.para('Laid before Parliament under section 54 of the Access to Information Act, 2016', {
    font: 'serifItalic',
    size: 11,
    before: 20,
  });
  layout.newPage();
  layout.para('1. Chairperson’s statement', { ...h1, before: 0 });
  layout.para(
    'The year under review saw the number of access to information requests handled by the Commission rise by a third, to 4,812. Public bodies answered 71 per cent of requests within the statutory 21 days, up from 58 per cent in 2023. This report sets out how the Commission used its budget, the complaints it resolved and the progress made on the open government commitments it leads.',
    body,
  );
  layout.para('2. Complaints and requests', h1);
  layout.para(
    'The Commission received 2,306 complaints of maladministration and 611 reviews of refused requests for information. The three bodies most often complained of were county governments, the National Police Service and the Kenya Revenue Authority.',
    body,
  );
  for (const p of [
    '2.1 Resolved within 90 days: 1,874 complaints',
    '2.2 Referred to other bodies: 212 complaints',
    '2.3 Pending at the end of the year: 220 complaints',
  ])
    layout.para(p, { ...body, indent: 14, before: 2 });
  layout.para('3. Open Government Partnership commitments', h1);
  layout.para(
    'Kenya’s fourth National Action Plan (2023–2025) named the Commission as lead agency for three commitments and as a partner in two others. The table reports their status at 31 December 2024 as submitted to the OGP Steering Committee.',
    body,
  );
  layout.y -= 6;
  const head = (t: string): { text: string; font: FontKey } => ({ text: t, font: 'sansBold' });
  const cell = (t: string): { text: string; font: FontKey } => ({ text: t, font: 'serif' });
  layout.table(
    [
      [head('No.'), head('Commitment'), head('Role'), head('Status')],
      [
        cell('1'),
        cell('Access to information regulations and a proactive disclosure index'),
        cell('Lead'),
        cell('Completed'),
      ],
      [
        cell('2'),
        cell('Online portal for requests to county governments'),
        cell('Lead'),
        cell('Substantial progress'),
      ],
      [cell('3'), cell('Whistleblower protection bill'), cell('Partner'), cell('Limited progress')],
      [
        cell('4'),
        cell('Beneficial ownership disclosure for public contractors'),
        cell('Partner'),
        cell('Not started'),
      ],
      [
        cell('5'),
        cell('Training of information officers in all 47 counties'),
        cell('Lead'),
        cell('Completed'),
      ],
    ],
    [36, 270, 70, 99],
    10,
  );
  layout.para('4. Financial statements', h1);
  layout.para(
    'The Commission’s approved budget for the financial year was KSh 612 million, of which 96 per cent was spent. The Auditor-General issued an unqualified opinion on the financial statements, which are reproduced in full in the annex.',
    body,
  );
  layout.para('5. Outlook for 2025', h1);
  layout.para(
    'In 2025 the Commission will contribute to the co-creation of Kenya’s fifth National Action Plan and will propose commitments on records management and on the publication of county contracts.',
    body,
  );
  return {
    name: 'en-annual-report-status-table',
    kind: 'other',
    family: 'trap-annual-report-status-table',
    language: 'en',
    note: 'A trap drawn with pdf-lib, a run per word: an information commission\'s annual report to Parliament with numbered chapters and numbered sub-items, whose chapter "3. Open Government Partnership commitments" holds a table of five commitments of the previous national action plan it leads or supports (No. | Commitment | Role | Status, statuses "Completed", "Substantial progress", "Limited progress", "Not started"). An annual report that mentions a plan, not a plan and not a self-assessment.',
    title,
    layout,
    order: (runs) => furnitureLast(runs),
    commitments: [],
  };
}

await writeBatch([enGlyphs, esFootnotes, ptRotated, frGaps, enAnnualReport]);
