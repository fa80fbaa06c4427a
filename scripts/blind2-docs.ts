/**
 * The documents of the second blind set (`tests/fixtures/blind2`): plans, a self-assessment, an IRM report and
 * pages about plans, written as HTML in the styles real OGP documents use and printed to PDF by Chromium
 * (`scripts/blind2-fixtures.ts`). Each document carries its own labels: the commitments as printed, with the
 * text that marks the commitment itself in the body (its page is where that text is printed last).
 */

export interface Labelled {
  label: string | null;
  title: string;
  theme: string | null;
  reportedStatus?: string | null;
  /** Printed where the commitment itself starts (not in a contents page or a summary). */
  marker: string;
}

export interface Doc {
  name: string;
  kind: 'action-plan' | 'self-assessment' | 'irm-report' | 'other';
  family: string;
  language: 'en' | 'es' | 'pt' | 'fr';
  format: 'pdf' | 'html';
  note: string;
  /** The page's HTML; `pages` maps a marker to its page number for a contents page (empty on the first pass). */
  html: (pages: Map<string, number>) => string;
  commitments: Labelled[];
  header?: string;
  /** Headings other than commitments that a contents page points at. */
  toc?: string[];
}

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: A4; margin: 25mm 22mm 22mm 22mm; } ${css}</style></head><body>${body}</body></html>`;
}

function contentsLine(text: string, pageNo: number | undefined, indent: number): string {
  return `<div class="toc" style="padding-left:${indent}em"><span class="t">${esc(text)}</span><span class="d"> ${'.'.repeat(160)}</span><span class="p">${pageNo ?? 0}</span></div>`;
}

const TOC_CSS = `.toc { display:flex; white-space:nowrap; margin:2pt 0; } .toc .t { flex:none; } .toc .d { flex:1; overflow:hidden; } .toc .p { flex:none; padding-left:4pt; }`;

// ---------------------------------------------------------------------------------------------------------
// (a) English: themes, commitments "1.1 Title", contents with dot leaders, a template table after each.

interface ThemedCommitment {
  title: string;
  lead: string;
  support: string;
  start: string;
  end: string;
  problem: string;
  milestones: Array<[string, string]>;
}

const EN_THEMES: Array<{ theme: string; items: ThemedCommitment[] }> = [
  {
    theme: 'Transparency in Public Finances',
    items: [
      {
        title: 'Publish the full budget of every central government body as open data',
        lead: 'Ministry of Finance',
        support: 'National Statistics Office; Budget Watch Network',
        start: 'January 2025',
        end: 'December 2026',
        problem:
          'Budget figures are published as scanned tables at the end of the fiscal year, which prevents citizens, journalists and members of parliament from following how money is allocated and spent during the year.',
        milestones: [
          ['Agree a common data standard for budget lines with all spending bodies', 'March 2025'],
          ['Publish monthly execution data for ten pilot bodies', 'September 2025'],
          ['Extend monthly publication to all central government bodies', 'June 2026'],
          ['Independent review of data quality with civil society', 'December 2026'],
        ],
      },
      {
        title: 'Open contracting from planning to payment for public works above the national threshold',
        lead: 'Public Procurement Authority',
        support: 'Chamber of Construction; Transparency Forum',
        start: 'March 2025',
        end: 'June 2027',
        problem:
          'Information on public works is scattered across agencies and rarely covers the implementation phase, where most cost overruns and delays happen.',
        milestones: [
          ['Adopt the Open Contracting Data Standard for the e-procurement system', 'June 2025'],
          ['Publish contract amendments and payments for public works', 'March 2026'],
          ['Launch a public dashboard with red-flag indicators', 'December 2026'],
        ],
      },
      {
        title: 'Beneficial ownership register of companies bidding for public contracts',
        lead: 'Companies Registry',
        support: 'Financial Intelligence Unit; Anti-Corruption Commission',
        start: 'April 2025',
        end: 'December 2026',
        problem:
          'Companies that win public contracts can hide their real owners behind chains of shell companies, which makes conflicts of interest impossible to detect.',
        milestones: [
          ['Draft regulation on the disclosure of beneficial owners', 'September 2025'],
          ['Open the register to the public free of charge', 'June 2026'],
          ['Cross-check the register against procurement data', 'December 2026'],
        ],
      },
    ],
  },
  {
    theme: 'Citizen Participation',
    items: [
      {
        title: 'A national platform for public consultations on draft laws and regulations',
        lead: 'Office of the Prime Minister',
        support: 'Parliamentary Library; Civil Society Coalition for Open Government',
        start: 'January 2025',
        end: 'December 2026',
        problem:
          'Consultations are announced on each ministry’s website with different rules and deadlines, and the comments received are rarely answered or published.',
        milestones: [
          ['Adopt common guidelines for public consultations', 'June 2025'],
          ['Launch the national consultation platform', 'January 2026'],
          ['Publish a report on how comments were taken into account', 'December 2026'],
        ],
      },
      {
        title: 'Participatory budgeting in twenty municipalities',
        lead: 'Ministry of Local Government',
        support: 'Association of Municipalities; Youth Council',
        start: 'June 2025',
        end: 'June 2027',
        problem:
          'Residents have no say in how local investment budgets are spent, and trust in municipal councils is among the lowest of all public institutions.',
        milestones: [
          ['Select twenty municipalities through an open call', 'September 2025'],
          ['Train municipal staff and community facilitators', 'March 2026'],
          ['Hold the first participatory budgeting cycle', 'December 2026'],
          ['Evaluate the results with participants', 'June 2027'],
        ],
      },
    ],
  },
  {
    theme: 'Integrity and Accountability',
    items: [
      {
        title: 'Asset declarations of senior officials published in a searchable format',
        lead: 'Anti-Corruption Commission',
        support: 'Ministry of Public Administration; Investigative Journalists Association',
        start: 'February 2025',
        end: 'December 2026',
        problem:
          'Asset declarations are filed on paper and can only be consulted in person, so their verification depends on the Commission’s limited staff.',
        milestones: [
          ['Move the filing of declarations online', 'December 2025'],
          ['Publish declarations of ministers and deputy ministers', 'June 2026'],
          ['Publish declarations of all senior officials', 'December 2026'],
        ],
      },
      {
        title: 'Protection of whistleblowers in the public and private sectors',
        lead: 'Ministry of Justice',
        support: 'Ombudsman; Trade Union Confederation',
        start: 'January 2025',
        end: 'December 2026',
        problem:
          'People who report wrongdoing at work face retaliation and have no independent channel to report to, so most cases are never reported.',
        milestones: [
          ['Submit a whistleblower protection bill to Parliament', 'September 2025'],
          ['Set up an external reporting channel at the Ombudsman', 'June 2026'],
          ['Run an awareness campaign for employers and employees', 'December 2026'],
        ],
      },
    ],
  },
];

function enThemesDotted(): Doc {
  const commitments: Labelled[] = [];
  EN_THEMES.forEach((t, ti) =>
    t.items.forEach((c, ci) =>
      commitments.push({
        label: `${ti + 1}.${ci + 1}`,
        title: c.title,
        theme: t.theme,
        marker: `${ti + 1}.${ci + 1} ${c.title}`,
      }),
    ),
  );
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.35; }
h1 { font-family: 'DejaVu Sans'; font-size: 17pt; color: #1f3864; margin: 18pt 0 8pt; }
h2 { font-family: 'DejaVu Sans'; font-size: 13pt; color: #2f5496; margin: 14pt 0 6pt; }
h3 { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; font-size: 10pt; }
td, th { border: 1px solid #777; padding: 3pt 5pt; vertical-align: top; text-align: left; }
td.f { width: 32%; background: #dde5f3; font-weight: bold; }
.cover { text-align: center; padding-top: 60mm; page-break-after: always; }
.cover p { font-size: 26pt; font-family: 'DejaVu Sans'; font-weight: bold; }
.brk { page-break-before: always; } ${TOC_CSS}`;
  const html = (pages: Map<string, number>): string => {
    const toc: string[] = [
      contentsLine('Foreword', pages.get('Foreword'), 0),
      contentsLine('Introduction', pages.get('Introduction'), 0),
      contentsLine('Progress under the previous plan', pages.get('Progress under the previous plan'), 0),
    ];
    EN_THEMES.forEach((t, ti) => {
      toc.push(contentsLine(`${ti + 1}. ${t.theme}`, pages.get(`${ti + 1}. ${t.theme}`), 0));
      t.items.forEach((c, ci) => {
        const m = `${ti + 1}.${ci + 1} ${c.title}`;
        toc.push(contentsLine(m, pages.get(m), 1.5));
      });
    });
    toc.push(contentsLine('Annex A. Members of the Multi-stakeholder Forum', pages.get('Annex A'), 0));
    let body = `<div class="cover"><p>Third National Action Plan for Open Government 2025–2027</p><div>Ministry of Public Administration</div></div>
<h1 class="nocount">Contents</h1>${toc.join('\n')}
<h1 class="brk">Foreword</h1>
<p>It is my pleasure to present the Third National Action Plan for Open Government. Since joining the Open Government Partnership in 2016, we have made public information easier to find and have opened more of our decisions to the people they affect. This plan builds on that work and sets out seven commitments agreed with civil society over eight months of dialogue.</p>
<p>I thank the members of the Multi-stakeholder Forum, the ministries that took part and the hundreds of citizens who sent their proposals.</p>
<h1>Introduction</h1>
<p>The plan was co-created by the Multi-stakeholder Forum, which brings together ten representatives of government and ten of civil society. Proposals were collected online and in six regional workshops, then grouped into three themes. Each commitment below names the agency that leads it, the partners that support it, its duration and its milestones with their dates.</p>
<h1>Progress under the previous plan</h1>
<p>The Independent Reporting Mechanism found that the second plan achieved the following results:</p>
<ol><li>A freedom of information portal now receives more than 12,000 requests a year.</li>
<li>Public procurement notices are published as open data.</li>
<li>Twelve ministries publish the agendas of their ministers.</li></ol>
<p>It also made three recommendations, which this plan takes up:</p>
<ol><li>Focus on fewer commitments with clearer goals.</li><li>Involve local government in implementation.</li><li>Report on progress every six months.</li></ol>`;
    EN_THEMES.forEach((t, ti) => {
      body += `<h1 class="brk">${ti + 1}. ${esc(t.theme)}</h1>
<p>This theme addresses the problems raised most often during the consultation under the heading of ${esc(t.theme.toLowerCase())}.</p>`;
      t.items.forEach((c, ci) => {
        const n = `${ti + 1}.${ci + 1}`;
        body += `<h2>${n} ${esc(c.title)}</h2>
<table><tr><td class="f">Lead implementing agency</td><td>${esc(c.lead)}</td></tr>
<tr><td class="f">Supporting actors</td><td>${esc(c.support)}</td></tr>
<tr><td class="f">Duration</td><td>${esc(c.start)} – ${esc(c.end)}</td></tr>
<tr><td class="f">Problem to be addressed</td><td>${esc(c.problem)}</td></tr>
<tr><td class="f">OGP values</td><td>Transparency; Accountability</td></tr>
<tr><td class="f">Milestones</td><td>${c.milestones.map(([m, d], i) => `${n}.${i + 1} ${esc(m)} (${esc(d)})`).join('<br>')}</td></tr></table>`;
      });
    });
    body += `<h1 class="brk">Annex A. Members of the Multi-stakeholder Forum</h1><ol>
<li>Ministry of Public Administration (chair)</li><li>Ministry of Finance</li><li>Ministry of Justice</li><li>Transparency Forum</li><li>Budget Watch Network</li><li>Investigative Journalists Association</li></ol>`;
    return page('en', 'Third National Action Plan for Open Government 2025–2027', css, body);
  };
  return {
    name: 'en-themes-dotted',
    kind: 'action-plan',
    family: 'themes-dotted',
    language: 'en',
    format: 'pdf',
    note: 'Themes "N. Theme" (h1, sans) and commitments "N.M Title" (h2, sans, smaller) over a serif body; a contents page with dot leaders and page numbers; each commitment followed by a template table (Lead implementing agency, Supporting actors, Duration, Milestones numbered N.M.K with dates); numbered past results and IRM recommendations; numbered annex list; running header and page numbers printed by Chromium.',
    html,
    commitments,
    header: 'Third National Action Plan for Open Government 2025–2027',
    toc: [
      'Foreword',
      'Introduction',
      'Progress under the previous plan',
      'Annex A',
      ...EN_THEMES.map((t, i) => `${i + 1}. ${t.theme}`),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// (b) Spanish: the OGP template, the title printed as a field.

const ES_FICHAS: Array<{ title: string; lead: string; hitos: string[]; inicio: string; fin: string }> = [
  {
    title: 'Sistema nacional de datos abiertos sobre obra pública',
    lead: 'Secretaría de Infraestructura',
    hitos: [
      'Diagnóstico de la información disponible sobre obras',
      'Publicación del portal con 500 obras georreferenciadas',
      'Mesa de seguimiento con organizaciones vecinales',
    ],
    inicio: '01/02/2025',
    fin: '31/12/2026',
  },
  {
    title: 'Fortalecimiento del acceso a la información pública en los gobiernos locales',
    lead: 'Consejo para la Transparencia',
    hitos: [
      'Capacitación a 120 funcionarios municipales',
      'Guía de transparencia activa para municipios',
      'Plataforma común de solicitudes de información',
      'Informe anual de cumplimiento por municipio',
    ],
    inicio: '01/03/2025',
    fin: '30/06/2027',
  },
  {
    title: 'Participación ciudadana en la evaluación de programas sociales',
    lead: 'Ministerio de Desarrollo Social',
    hitos: [
      'Metodología de evaluación participativa',
      'Pilotaje en tres programas',
      'Publicación de resultados y respuestas del Ministerio',
    ],
    inicio: '01/04/2025',
    fin: '31/12/2026',
  },
  {
    title: 'Registro público de audiencias de gestión de intereses',
    lead: 'Secretaría General de la Presidencia',
    hitos: [
      'Reglamento del registro',
      'Puesta en marcha del registro en línea',
      'Reporte semestral de audiencias',
    ],
    inicio: '01/01/2025',
    fin: '31/12/2026',
  },
  {
    title: 'Justicia abierta: publicación de sentencias en formato accesible',
    lead: 'Poder Judicial',
    hitos: [
      'Protocolo de anonimización de sentencias',
      'Buscador público de sentencias',
      'Versión en lenguaje claro de 100 sentencias relevantes',
    ],
    inicio: '01/06/2025',
    fin: '30/06/2027',
  },
];

function esFichaNombre(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.3; }
h1 { font-size: 15pt; } table.ficha { border-collapse: collapse; width: 100%; page-break-before: always; }
.ficha td { border: 1px solid #444; padding: 4pt 6pt; vertical-align: top; }
.ficha td.f { width: 30%; background: #e7e6e6; font-weight: bold; } .ficha tr.sec td { background: #1f4e79; color: white; font-weight: bold; }
.hitos td, .hitos th { border: 1px solid #444; padding: 3pt; }`;
  const commitments: Labelled[] = ES_FICHAS.map((f, i) => ({
    label: String(i + 1),
    title: f.title,
    theme: null,
    marker: `Nombre del compromiso ${f.title}`,
  }));
  const html = (): string => {
    let body = `<h1>V Plan de Acción Nacional de Gobierno Abierto 2025-2027</h1>
<p>El presente plan contiene cinco compromisos, elaborados por la Mesa de Gobierno Abierto a partir de 1.340 propuestas ciudadanas recibidas en la consulta pública. Cada compromiso se presenta en la ficha estándar de la Alianza para el Gobierno Abierto.</p>
<h2>Antecedentes</h2>
<p>En el plan anterior se cumplieron completamente 9 de los 12 compromisos. El Mecanismo de Revisión Independiente recomendó:</p>
<ol><li>Incluir hitos verificables con fechas.</li><li>Ampliar la participación de regiones.</li><li>Reforzar la rendición de cuentas sobre los resultados.</li></ol>
<h2>Metodología</h2><p>La consulta se realizó en dos etapas: mesas regionales y votación en línea. Las propuestas fueron agrupadas por la Mesa en cinco áreas de trabajo.</p>`;
    ES_FICHAS.forEach((f, i) => {
      body += `<table class="ficha">
<tr class="sec"><td colspan="2">Ficha de compromiso</td></tr>
<tr><td class="f">Número del compromiso</td><td>${i + 1}</td></tr>
<tr><td class="f">Nombre del compromiso</td><td>${esc(f.title)}</td></tr>
<tr><td class="f">Fecha de inicio y término</td><td>${f.inicio} – ${f.fin}</td></tr>
<tr><td class="f">Institución responsable</td><td>${esc(f.lead)}</td></tr>
<tr><td class="f">Otros actores involucrados</td><td>Sociedad civil: Fundación Ciudadanía Activa; Red de Transparencia Local</td></tr>
<tr class="sec"><td colspan="2">Descripción del compromiso</td></tr>
<tr><td class="f">¿Cuál es el problema que el compromiso aborda?</td><td>La información existe pero no es accesible para la ciudadanía, lo que impide el control social y reduce la confianza en las instituciones.</td></tr>
<tr><td class="f">¿Cuál es el compromiso?</td><td>${esc(f.title)}, con participación de la sociedad civil en su diseño y seguimiento.</td></tr>
<tr><td class="f">Relevancia frente a los valores de OGP</td><td>Transparencia, participación ciudadana y rendición de cuentas.</td></tr>
<tr class="sec"><td colspan="2">Hitos</td></tr>
<tr><td colspan="2"><table class="hitos" style="border-collapse:collapse;width:100%"><tr><th>N°</th><th>Hito verificable</th><th>Fecha de inicio</th><th>Fecha de término</th></tr>
${f.hitos.map((h, k) => `<tr><td>${k + 1}</td><td>${esc(h)}</td><td>${f.inicio}</td><td>${f.fin}</td></tr>`).join('')}</table></td></tr>
</table>`;
    });
    body += `<h2 style="page-break-before:always">Anexo: Integrantes de la Mesa de Gobierno Abierto</h2><ol><li>Secretaría General de la Presidencia</li><li>Consejo para la Transparencia</li><li>Fundación Ciudadanía Activa</li><li>Red de Transparencia Local</li></ol>`;
    return page('es', 'V Plan de Acción Nacional de Gobierno Abierto 2025-2027', css, body);
  };
  return {
    name: 'es-ficha-nombre',
    kind: 'action-plan',
    family: 'template-title-field',
    language: 'es',
    format: 'pdf',
    note: 'Each commitment is the OGP template as a two-column table, one per page, the title printed as the value of "Nombre del compromiso" (label in the left cell, value in the right) and its number as "Número del compromiso"; hitos numbered 1–4 in an inner table; stated count in words ("cinco compromisos"); numbered IRM recommendations and annex list.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (c) Portuguese: commitments as the rows of a matrix spanning pages.

const PT_MATRIZ: Array<[string, string, string[], string]> = [
  [
    'Transparência ativa nas contas das autarquias locais',
    'Direção-Geral das Autarquias Locais',
    ['Levantamento dos dados publicados', 'Modelo comum de publicação', 'Publicação por 100 municípios'],
    'jan. 2025 – dez. 2026',
  ],
  [
    'Dados abertos sobre listas de espera nos hospitais públicos',
    'Serviços Partilhados do Ministério da Saúde',
    ['Definição do conjunto de dados', 'Publicação mensal no portal', 'Avaliação da utilização dos dados'],
    'mar. 2025 – jun. 2026',
  ],
  [
    'Orçamento participativo jovem a nível nacional',
    'Agência para a Modernização Administrativa',
    ['Regulamento da edição 2025', 'Votação eletrónica e presencial', 'Relatório de execução dos projetos'],
    'fev. 2025 – dez. 2026',
  ],
  [
    'Registo de transparência da representação de interesses',
    'Assembleia da República',
    ['Aprovação do regulamento', 'Entrada em funcionamento do registo', 'Primeiro relatório anual'],
    'jan. 2025 – jun. 2027',
  ],
  [
    'Linguagem clara nos serviços públicos digitais',
    'Agência para a Modernização Administrativa',
    ['Guia de linguagem clara', 'Revisão de 200 serviços', 'Testes com utilizadores'],
    'abr. 2025 – dez. 2026',
  ],
  [
    'Acesso aberto aos dados da contratação pública',
    'Instituto dos Mercados Públicos, do Imobiliário e da Construção',
    [
      'Adoção da norma de dados abertos de contratação',
      'Publicação da execução dos contratos',
      'Painel público de indicadores',
    ],
    'jan. 2025 – dez. 2026',
  ],
  [
    'Participação pública na elaboração de regulamentos municipais',
    'Associação Nacional de Municípios Portugueses',
    ['Plataforma de consulta pública comum', 'Formação de técnicos municipais', 'Relatório de participação'],
    'jun. 2025 – jun. 2027',
  ],
  [
    'Publicação das declarações de rendimentos e interesses dos titulares de cargos políticos',
    'Entidade para a Transparência',
    ['Plataforma eletrónica de entrega', 'Consulta pública das declarações', 'Verificação por amostragem'],
    'jan. 2025 – dez. 2026',
  ],
  [
    'Justiça mais próxima: informação sobre a duração dos processos',
    'Direção-Geral da Política de Justiça',
    ['Indicadores de duração por tribunal', 'Publicação trimestral', 'Sessões de esclarecimento'],
    'mar. 2025 – dez. 2026',
  ],
  [
    'Rede de laboratórios de inovação cívica nas universidades',
    'Fundação para a Ciência e a Tecnologia',
    ['Concurso de financiamento', 'Instalação de cinco laboratórios', 'Encontro nacional de inovação cívica'],
    'set. 2025 – jun. 2027',
  ],
];

function ptMatriz(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.3; }
h1 { font-size: 16pt; font-family: 'DejaVu Serif'; } h2 { font-size: 12pt; }
table.m { border-collapse: collapse; width: 100%; font-size: 9pt; } .m th { background: #006633; color: #fff; }
.m td, .m th { border: 1px solid #555; padding: 3pt 4pt; vertical-align: top; } .m tr { page-break-inside: avoid; }
.m td.n { text-align: center; width: 5%; } .m td.c { width: 30%; font-weight: bold; }`;
  const commitments: Labelled[] = PT_MATRIZ.map(([t], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    marker: t,
  }));
  const html = (): string => {
    let body = `<h1>IV Plano de Ação Nacional para a Administração Aberta (2025-2027)</h1>
<h2>1. Enquadramento</h2>
<p>Portugal aderiu à Parceria para o Governo Aberto em 2017. O presente plano resulta de um processo de cocriação que envolveu a Rede Nacional de Administração Aberta, organizações da sociedade civil e cidadãos, e integra 10 compromissos.</p>
<h2>2. Balanço do plano anterior</h2>
<p>Dos compromissos do III Plano, destacam-se:</p>
<ol><li>A criação do portal de dados abertos das autarquias.</li><li>A publicação das agendas dos membros do Governo.</li><li>O lançamento do guia de consultas públicas.</li></ol>
<h2>3. Matriz de compromissos</h2>
<p>A matriz seguinte apresenta cada compromisso, a entidade responsável, os marcos e o prazo de execução.</p>
<table class="m"><thead><tr><th>N.º</th><th>Compromisso</th><th>Entidade responsável</th><th>Marcos</th><th>Prazo</th></tr></thead><tbody>`;
    PT_MATRIZ.forEach(([t, lead, marcos, prazo], i) => {
      body += `<tr><td class="n">${i + 1}</td><td class="c">${esc(t)}</td><td>${esc(lead)}</td><td>${marcos.map((m, k) => `${k + 1}. ${esc(m)}`).join('<br>')}</td><td>${esc(prazo)}</td></tr>`;
    });
    body += `</tbody></table>
<h2>4. Acompanhamento e avaliação</h2>
<p>A execução será acompanhada trimestralmente pela Rede Nacional de Administração Aberta, que publicará relatórios de progresso. O Mecanismo de Avaliação Independente avaliará o plano.</p>
<h2>Anexo I – Entidades participantes</h2><ol><li>Agência para a Modernização Administrativa</li><li>Entidade para a Transparência</li><li>Transparência e Integridade – Associação Cívica</li><li>Associação Nacional de Municípios Portugueses</li></ol>`;
    return page('pt', 'IV Plano de Ação Nacional para a Administração Aberta', css, body);
  };
  return {
    name: 'pt-matriz-marcos',
    kind: 'action-plan',
    family: 'matrix-table',
    language: 'pt',
    format: 'pdf',
    note: 'The commitments are the rows of one matrix (N.º, Compromisso, Entidade responsável, Marcos numbered 1–3 in the cell, Prazo) running over pages with its header row repeated; numbered sections, numbered past results and annex; states "integra 10 compromissos".',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (d) French: "Engagement N" keyword headings under axes, jalons numbered below.

const FR_AXES: Array<{ axe: string; items: Array<{ title: string; porteur: string; jalons: string[] }> }> = [
  {
    axe: 'Rendre des comptes',
    items: [
      {
        title: 'Ouvrir les données des subventions versées aux associations',
        porteur: 'Direction de la jeunesse, de l’éducation populaire et de la vie associative',
        jalons: [
          'Publication des données 2024 (juin 2025)',
          'Mise à jour trimestrielle (décembre 2025)',
          'Bilan avec les associations (juin 2026)',
        ],
      },
      {
        title: 'Rendre compte de l’utilisation des algorithmes publics',
        porteur: 'Direction interministérielle du numérique',
        jalons: [
          'Inventaire des algorithmes (septembre 2025)',
          'Publication des notices explicatives (mars 2026)',
        ],
      },
    ],
  },
  {
    axe: 'Consulter, concerter et coconstruire',
    items: [
      {
        title: 'Associer les citoyens à l’évaluation des politiques publiques',
        porteur: 'Centre interministériel de la participation citoyenne',
        jalons: [
          'Appel à projets (octobre 2025)',
          'Trois évaluations participatives (juin 2026)',
          'Guide méthodologique (décembre 2026)',
        ],
      },
      {
        title: 'Créer un budget participatif pour la transition écologique',
        porteur: 'Ministère de la Transition écologique',
        jalons: [
          'Règlement du budget (janvier 2026)',
          'Vote des projets (juin 2026)',
          'Suivi des réalisations (juin 2027)',
        ],
      },
      {
        title: 'Ouvrir les comités de suivi des fonds européens à la société civile',
        porteur: 'Agence nationale de la cohésion des territoires',
        jalons: [
          'Révision des règlements intérieurs (décembre 2025)',
          'Publication des comptes rendus (juin 2026)',
        ],
      },
    ],
  },
  {
    axe: 'Partager des ressources numériques',
    items: [
      {
        title: 'Publier le code source des logiciels développés par l’administration',
        porteur: 'Direction interministérielle du numérique',
        jalons: [
          'Catalogue des logiciels libres (juin 2025)',
          'Politique de contribution (décembre 2025)',
          'Publication de 50 dépôts (décembre 2026)',
        ],
      },
    ],
  },
];

function frEngagementJalons(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.4; text-align: justify; }
h1 { font-family: 'Liberation Sans'; font-size: 20pt; text-transform: uppercase; color: #000091; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #000091; border-bottom: 2px solid #e1000f; }
p.champ { margin: 3pt 0; } .champ b { font-variant: small-caps; }
.brk { page-break-before: always; }`;
  const commitments: Labelled[] = [];
  let n = 0;
  FR_AXES.forEach((a) =>
    a.items.forEach((e) => {
      n++;
      commitments.push({
        label: String(n),
        title: e.title,
        theme: a.axe,
        marker: `Engagement ${n} – ${e.title}`,
      });
    }),
  );
  const html = (): string => {
    let body = `<h1>Plan d’action national pour un gouvernement ouvert 2025-2027</h1>
<p>Ce plan d’action réunit six engagements, répartis en trois axes, issus d’une consultation ouverte de trois mois et d’ateliers avec la société civile.</p>
<h2>Bilan du précédent plan d’action</h2>
<p>Le rapport du Mécanisme d’évaluation indépendant a relevé plusieurs avancées :</p>
<ol><li>La publication en données ouvertes des marchés publics.</li><li>La création d’un registre des représentants d’intérêts.</li><li>L’ouverture du code source de l’impôt sur le revenu.</li></ol>
<h2>Enseignements tirés</h2>
<ol><li>Des engagements moins nombreux mais plus ambitieux.</li><li>Un suivi public semestriel.</li></ol>`;
    let k = 0;
    FR_AXES.forEach((a, ai) => {
      body += `<h1 class="brk">Axe ${ai + 1} : ${esc(a.axe)}</h1>`;
      a.items.forEach((e) => {
        k++;
        body += `<h2>Engagement ${k} – ${esc(e.title)}</h2>
<p class="champ"><b>Porteur :</b> ${esc(e.porteur)}</p>
<p class="champ"><b>Partenaires :</b> associations et collectivités volontaires</p>
<p class="champ"><b>Calendrier :</b> 2025-2027</p>
<p><b>Description.</b> Cet engagement répond à une attente forte exprimée pendant la consultation : ${esc(e.title.charAt(0).toLowerCase() + e.title.slice(1))}. Il sera mis en œuvre en lien étroit avec la société civile, qui participera au comité de suivi.</p>
<p><b>Jalons</b></p><ol>${e.jalons.map((j) => `<li>${esc(j)}</li>`).join('')}</ol>`;
      });
    });
    body += `<h1 class="brk">Annexes</h1><p>Liste des contributions reçues :</p><ol><li>Contribution de l’association Regards Citoyens</li><li>Contribution de Transparency International France</li><li>Contribution de la Fondation pour le logement</li></ol>`;
    return page('fr', 'Plan d’action national pour un gouvernement ouvert 2025-2027', css, body);
  };
  return {
    name: 'fr-engagement-jalons',
    kind: 'action-plan',
    family: 'keyword-numbered',
    language: 'fr',
    format: 'pdf',
    note: 'Axes "Axe N : …" in capitals (h1) and "Engagement N – Title" (h2) numbered across axes; fields Porteur / Partenaires / Calendrier as bold small-caps run-ins; jalons as a numbered list 1–3 under each; stated count in words ("six engagements"); numbered past results, lessons and annex list.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (d') Spanish web page: "Compromiso N° 4" with hitos numbered below.

const ES_WEB = [
  [
    'Eje 1. Transparencia',
    ['Portal único de transparencia municipal', 'Datos abiertos del transporte público'],
  ],
  [
    'Eje 2. Participación',
    ['Consejos vecinales con voto en el presupuesto', 'Consulta ciudadana sobre el plan de movilidad'],
  ],
  ['Eje 3. Integridad', ['Declaraciones juradas de funcionarios en línea', 'Canal de denuncias anónimas']],
] as const;

function esCompromisoNumero(): Doc {
  const commitments: Labelled[] = [];
  let n = 0;
  ES_WEB.forEach(([eje, items]) =>
    items.forEach((t) => {
      n++;
      commitments.push({ label: String(n), title: t, theme: eje.replace(/^Eje \d\. /u, ''), marker: t });
    }),
  );
  const html = (): string => {
    let body = `<header><nav><a href="/">Inicio</a> | <a href="/gobierno">Gobierno</a> | <a href="/transparencia">Transparencia</a> | <a href="/contacto">Contacto</a></nav></header>
<main><h1>Plan de Acción de Gobierno Abierto de la Ciudad 2025-2026</h1>
<p>Publicado el 12/03/2025. La Ciudad presenta su plan de acción en el marco de OGP Local, con seis compromisos cocreados con la ciudadanía.</p>
<h2>¿Cómo se elaboró?</h2><ol><li>Convocatoria abierta a propuestas.</li><li>Mesas de trabajo con organizaciones.</li><li>Priorización por votación en línea.</li></ol>`;
    let k = 0;
    ES_WEB.forEach(([eje, items]) => {
      body += `<h2>${esc(eje)}</h2>`;
      items.forEach((t) => {
        k++;
        body += `<h3>Compromiso N° ${k}</h3><p><strong>${esc(t)}</strong></p>
<p><strong>Responsable:</strong> Secretaría de Gobierno Abierto. <strong>Plazo:</strong> marzo 2025 – diciembre 2026.</p>
<p>Hitos:</p><ol><li>Diseño con la ciudadanía (junio 2025)</li><li>Implementación (diciembre 2025)</li><li>Evaluación pública (diciembre 2026)</li></ol>`;
      });
    });
    body += `<h2>Documentos relacionados</h2><ul><li><a href="/docs/plan-2023.pdf">Plan de acción 2023-2024 (PDF)</a></li><li><a href="/docs/informe-irm.pdf">Informe del Mecanismo de Revisión Independiente</a></li></ul></main>
<footer>© Ciudad · Todos los derechos reservados</footer>`;
    return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Plan de Acción de Gobierno Abierto 2025-2026</title></head><body>${body}</body></html>`;
  };
  return {
    name: 'es-compromiso-numero',
    kind: 'action-plan',
    family: 'keyword-numbered',
    language: 'es',
    format: 'html',
    note: 'A city web page: ejes as h2, "Compromiso N° N" alone as an h3 and the title as the next bold paragraph; responsible and deadline as bold run-ins; hitos as an <ol>; numbered steps of the process; navigation and related documents.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (e) French: commitments headed by their OGP id.

const FR_IDS: Array<[string, string]> = [
  ['FR0042', 'Renforcer la transparence de la commande publique'],
  ['FR0043', 'Améliorer l’accès aux données de santé publique'],
  ['FR0044', 'Ouvrir les données des collectivités territoriales'],
  ['FR0045', 'Associer les usagers à l’amélioration des services publics'],
  ['FR0046', 'Former les agents publics à la participation citoyenne'],
  ['FR0047', 'Publier les avis des autorités administratives indépendantes'],
  ['FR0048', 'Faciliter l’accès aux documents administratifs'],
];

function frIds(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 16pt; } p.id { font-size: 12pt; font-weight: bold; margin: 16pt 0 4pt; page-break-after: avoid; color: #333; }
dl { margin: 0 0 8pt 0; } dt { font-weight: bold; float: left; width: 11em; } dd { margin-left: 11em; }`;
  const commitments: Labelled[] = FR_IDS.map(([id, t]) => ({
    label: id,
    title: t,
    theme: null,
    marker: `${id} – ${t}`,
  }));
  const html = (): string => {
    let body = `<h1>Plan d’action 2025-2027 de la France – Partenariat pour un gouvernement ouvert</h1>
<p>Les engagements ci-dessous sont présentés avec l’identifiant que leur attribue le Partenariat pour un gouvernement ouvert. Le plan précédent comprenait 21 engagements (FR0021 à FR0041), dont 15 ont été réalisés.</p>
<h2>Méthode d’élaboration</h2><p>Le Forum multi-acteurs s’est réuni huit fois. Les propositions retenues répondent aux recommandations du rapport du Mécanisme d’évaluation indépendant.</p>
<h2>Engagements</h2>`;
    FR_IDS.forEach(([id, t], i) => {
      body += `<p class="id">${id} – ${esc(t)}</p>
<dl><dt>Institution pilote</dt><dd>${['Direction des achats de l’État', 'Santé publique France', 'Etalab', 'Direction interministérielle de la transformation publique', 'Institut national du service public', 'Secrétariat général du Gouvernement', 'Commission d’accès aux documents administratifs'][i]}</dd>
<dt>Date de début</dt><dd>janvier 2025</dd><dt>Date de fin</dt><dd>décembre 2027</dd>
<dt>Description</dt><dd>L’engagement vise à ${esc(t.charAt(0).toLowerCase() + t.slice(1))} en s’appuyant sur les attentes exprimées lors de la consultation publique, avec un suivi annuel par le Forum.</dd>
<dt>Jalons</dt><dd>1. Étude préalable et concertation (2025)<br>2. Mise en œuvre (2026)<br>3. Évaluation (2027)</dd></dl>`;
    });
    body += `<h2>Annexe – Liste des sigles</h2><ol><li>CADA : Commission d’accès aux documents administratifs</li><li>DITP : Direction interministérielle de la transformation publique</li><li>PGO : Partenariat pour un gouvernement ouvert</li></ol>`;
    return page('fr', 'Plan d’action 2025-2027 de la France', css, body);
  };
  return {
    name: 'fr-ids',
    kind: 'action-plan',
    family: 'ogp-ids',
    language: 'fr',
    format: 'pdf',
    note: 'Each commitment a bold paragraph "FR0042 – Title" headed by its OGP id, then a definition list (Institution pilote, Date de début, Date de fin, Description, Jalons numbered 1–3); the intro cites the previous plan\'s id range; annex list of acronyms.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (f) English: the plan's own count, run-in commitments inside numbered sections.

const EN_RUNIN: Array<{ section: string; items: Array<[string, string]> }> = [
  {
    section: 'Open data',
    items: [
      [
        'National Data Library',
        'We will establish a national library of core reference data, maintained by the bodies that hold it and free to reuse.',
      ],
      ['Open address register', 'We will release the national address register under an open licence.'],
      [
        'Data on public health outcomes',
        'We will publish outcome data for every hospital trust each quarter.',
      ],
    ],
  },
  {
    section: 'Public money',
    items: [
      [
        'Open contracting',
        'We will publish all central government contracts above £10,000 in the Open Contracting Data Standard.',
      ],
      ['Grants transparency', 'We will publish data on every grant made by central government departments.'],
      [
        'Local spending data',
        'We will work with local authorities to publish spending over £500 in a common format.',
      ],
    ],
  },
  {
    section: 'Integrity',
    items: [
      [
        'Beneficial ownership of overseas entities',
        'We will create a public register of the owners of overseas companies holding property.',
      ],
      ['Lobbying transparency', 'We will extend the statutory register of consultant lobbyists.'],
      ['Ministerial meetings', 'We will publish ministerial diaries monthly in a consistent format.'],
    ],
  },
  {
    section: 'Participation',
    items: [
      ['Citizens’ assemblies', 'We will run three deliberative processes on questions of national policy.'],
      ['Open policy making', 'We will publish a toolkit for open policy making and train policy teams.'],
      ['Youth engagement', 'We will involve young people in reviewing services designed for them.'],
    ],
  },
];

function enCountRunin(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.45; }
h1 { font-size: 22pt; font-weight: normal; } h2 { font-size: 15pt; margin-top: 20pt; }`;
  const commitments: Labelled[] = [];
  let n = 0;
  EN_RUNIN.forEach((s) =>
    s.items.forEach(([t]) => {
      n++;
      commitments.push({ label: String(n), title: t, theme: s.section, marker: `Commitment ${n}: ${t}.` });
    }),
  );
  const html = (): string => {
    let body = `<h1>Open Government National Action Plan 2025–2027</h1>
<h2>1. Introduction</h2>
<p>This is our sixth National Action Plan. It was developed with the Open Government Network over six months. This plan contains 12 commitments, grouped below under four headings. Each commitment is described in a short paragraph; detailed milestones are published online.</p>
<p>Since 2011 we have made 85 commitments across five plans. Of the 14 commitments in the fifth plan, 9 were substantially or fully completed.</p>`;
    let k = 0;
    EN_RUNIN.forEach((s, si) => {
      body += `<h2>${si + 2}. ${esc(s.section)}</h2><p>The commitments under this heading respond to what we heard during co-creation.</p>`;
      s.items.forEach(([t, d]) => {
        k++;
        body += `<p><b>Commitment ${k}: ${esc(t)}.</b> ${esc(d)} Lead department: Cabinet Office. Completion by June 2027.</p>`;
      });
    });
    body += `<h2>6. Next steps</h2><p>We will report on progress in a mid-term self-assessment. The Independent Reporting Mechanism will review the plan.</p>
<ol><li>Publish milestones online within one month.</li><li>Hold quarterly meetings of the Open Government Forum.</li><li>Publish a mid-term self-assessment in 2026.</li></ol>`;
    return page('en', 'Open Government National Action Plan 2025–2027', css, body);
  };
  return {
    name: 'en-count-runin',
    kind: 'action-plan',
    family: 'runin-count',
    language: 'en',
    format: 'pdf',
    note: 'Numbered sections "N. Heading" (h2); inside them the 12 commitments as bold run-ins "Commitment N: Title." at the start of a paragraph that goes on in plain text; the plan states "This plan contains 12 commitments" and past counts (85, 14, 9); a numbered next-steps list.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (g) Portuguese self-assessment with "Nível de cumprimento".

const PT_AUTO: Array<[string, string]> = [
  ['Portal da Transparência Municipal', 'Concluído'],
  ['Dados abertos sobre a execução do Orçamento do Estado', 'Substancial'],
  ['Carta de direitos digitais dos cidadãos', 'Limitado'],
  ['Consulta pública sobre o Código do Procedimento Administrativo', 'Não iniciado'],
  ['Agendas públicas dos membros do Governo', 'Concluído'],
];

function ptAutoavaliacao(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.35; }
h1 { font-size: 18pt; } h2 { font-size: 13pt; font-family: 'Liberation Sans'; page-break-before: always; }
table { border-collapse: collapse; width: 100%; } td { border: 1px solid #666; padding: 3pt 5pt; vertical-align: top; } td.f { width: 35%; font-weight: bold; background: #eee; }`;
  const commitments: Labelled[] = PT_AUTO.map(([t, s], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    reportedStatus: s,
    marker: `Compromisso ${i + 1} – ${t}`,
  }));
  const html = (): string => {
    let body = `<h1>Relatório de Autoavaliação Intercalar do III Plano de Ação Nacional para a Administração Aberta</h1>
<p>Este relatório apresenta a autoavaliação do Governo sobre a execução dos cinco compromissos do III Plano de Ação, a meio do seu período de execução, nos termos das regras da Parceria para o Governo Aberto.</p>
<p>Resumo: 2 compromissos concluídos, 1 com execução substancial, 1 com execução limitada e 1 não iniciado.</p>
<p>Recomendações do Mecanismo de Avaliação Independente acolhidas:</p><ol><li>Publicar relatórios de progresso trimestrais.</li><li>Envolver as autarquias na execução.</li></ol>`;
    PT_AUTO.forEach(([t, s], i) => {
      body += `<h2>Compromisso ${i + 1} – ${esc(t)}</h2>
<table><tr><td class="f">Entidade responsável</td><td>Agência para a Modernização Administrativa</td></tr>
<tr><td class="f">Nível de cumprimento</td><td>${esc(s)}</td></tr>
<tr><td class="f">Data de início e de conclusão</td><td>01/2023 – 12/2024</td></tr>
<tr><td class="f">Descrição dos resultados</td><td>Foram realizadas as atividades previstas nos marcos 1 e 2; os restantes marcos seguem o calendário revisto.</td></tr>
<tr><td class="f">Próximos passos</td><td>1. Avaliação com a sociedade civil.<br>2. Divulgação dos resultados.</td></tr></table>`;
    });
    return page('pt', 'Relatório de Autoavaliação Intercalar', css, body);
  };
  return {
    name: 'pt-autoavaliacao',
    kind: 'self-assessment',
    family: 'self-assessment',
    language: 'pt',
    format: 'pdf',
    note: 'A mid-term self-assessment: one page per "Compromisso N – Title" (h2, sans) with a field table whose "Nível de cumprimento" row gives the reported status (Concluído, Substancial, Limitado, Não iniciado); numbered next steps and recommendations.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (h) An IRM report: the commitments it reviews, and its numbered recommendations (not commitments).

const EN_IRM: Array<[string, string]> = [
  ['Open budget data', 'Substantial'],
  ['Public procurement transparency', 'Complete'],
  ['Freedom of information reform', 'Limited'],
  ['Participatory budgeting in municipalities', 'Not started'],
];

function enIrmReport(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; } h1 { font-size: 18pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }`;
  const commitments: Labelled[] = EN_IRM.map(([t, s], i) => ({
    label: String(i + 1),
    title: t,
    theme: null,
    reportedStatus: s,
    marker: `Commitment ${i + 1}: ${t}`,
  }));
  const html = (): string => {
    let body = `<h1>Independent Reporting Mechanism (IRM): Results Report 2023–2025</h1>
<p>This report was prepared by the Independent Reporting Mechanism of the Open Government Partnership. It assesses the implementation and results of the country’s action plan.</p>
<h2>Section I: Key Observations</h2>
<p>The action plan included four commitments. Two achieved strong early results.</p>
<h2>Section II: Recommendations</h2>
<ol><li>Create a permanent multi-stakeholder forum with a clear mandate.</li><li>Design commitments with verifiable milestones.</li><li>Publish progress on a public dashboard.</li><li>Involve local governments in open government reforms.</li></ol>
<h2>Section III: Implementation of commitments</h2>`;
    EN_IRM.forEach(([t, s], i) => {
      body += `<h3>Commitment ${i + 1}: ${esc(t)}</h3>
<p><b>Completion:</b> ${esc(s)}</p><p><b>Did it open government?</b> Marginal</p>
<p>The IRM assessed the milestones of this commitment against the evidence provided by the implementing agency and interviews with civil society.</p>`;
    });
    body += `<h2>Annex I. Methodology</h2><ol><li>Desk review of evidence.</li><li>Interviews with stakeholders.</li><li>Pre-publication review.</li></ol>`;
    return page('en', 'IRM Results Report', css, body);
  };
  return {
    name: 'en-irm-report',
    kind: 'irm-report',
    family: 'irm-report',
    language: 'en',
    format: 'pdf',
    note: 'An IRM results report: numbered recommendations (a trap) before the review of each "Commitment N: Title" (h3) with "Completion: …"; numbered methodology annex.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Traps: a news article about a plan (PDF), a consultation announcement (HTML).

function enNewsArticle(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 12pt; line-height: 1.5; } h1 { font-family: 'Liberation Sans'; font-size: 24pt; } .by { color: #666; font-size: 10pt; }`;
  const html = (): string =>
    page(
      'en',
      'Government unveils new open government plan',
      css,
      `<p class="by">NATIONAL NEWS · Politics · 14 March 2025, 09:12 GMT · By Sarah Collins, political correspondent</p>
<h1>Government unveils open government action plan with 12 commitments</h1>
<p><b>The government has published its sixth National Action Plan for Open Government, promising a national data library and tougher rules on lobbying.</b></p>
<p>The Open Government National Action Plan 2025–2027, published on Thursday, contains 12 commitments developed with campaigners over six months. Commitment 1 creates a National Data Library, while Commitment 8 extends the register of consultant lobbyists.</p>
<p>“This plan shows that openness is not an afterthought,” the minister said at the launch in Westminster. Campaigners welcomed the plan but said it lacked ambition on freedom of information.</p>
<h2>What is in the plan?</h2>
<ol><li>A national library of reference data, free to reuse.</li><li>Open contracting data for all contracts above £10,000.</li><li>A public register of owners of overseas companies.</li></ol>
<p>The Independent Reporting Mechanism will assess the plan in 2026. Read the full action plan on the government’s website.</p>
<h2>Related stories</h2><ul><li>Lobbying register “toothless”, MPs say</li><li>Freedom of information requests hit record high</li></ul>
<p class="by">Share this article · Comments (23) · © National News 2025</p>`,
    );
  return {
    name: 'en-news-article',
    kind: 'other',
    family: 'trap-news',
    language: 'en',
    format: 'pdf',
    note: 'A news article about a plan, printed to PDF: names the plan, its count, "Commitment 1" and "Commitment 8", a numbered list of what is in the plan (expected `other`).',
    html,
    commitments: [],
  };
}

function ptConsulta(): Doc {
  const html = (): string =>
    `<!doctype html><html lang="pt"><head><meta charset="utf-8"><title>Consulta pública: V Plano de Ação Nacional para a Administração Aberta</title></head><body>
<nav><a href="/">Início</a> · <a href="/noticias">Notícias</a> · <a href="/participar">Participar</a></nav>
<main><h1>Consulta pública: ajude a construir o V Plano de Ação Nacional para a Administração Aberta</h1>
<p>Publicado em 02/09/2025</p>
<p>Está aberta até 31 de outubro a consulta pública para recolha de propostas de compromissos para o V Plano de Ação Nacional para a Administração Aberta. Qualquer cidadão ou organização pode submeter propostas.</p>
<h2>O que é um compromisso?</h2>
<p>Um compromisso é uma ação concreta, com marcos e prazos, que uma entidade pública assume para tornar a administração mais transparente, participativa e responsável. No plano anterior, o Compromisso 3 – Agendas públicas dos membros do Governo foi concluído em 2024.</p>
<h2>Como participar</h2>
<ol><li>Leia o guia de apresentação de propostas.</li><li>Preencha o formulário em linha.</li><li>Participe nas sessões de cocriação em novembro.</li></ol>
<h2>Temas prioritários</h2><ol><li>Transparência</li><li>Participação</li><li>Integridade</li><li>Inovação</li></ol>
<h2>Calendário</h2><table><tr><th>Fase</th><th>Datas</th></tr><tr><td>Recolha de propostas</td><td>02/09/2025 – 31/10/2025</td></tr><tr><td>Sessões de cocriação</td><td>novembro de 2025</td></tr><tr><td>Publicação do plano</td><td>janeiro de 2026</td></tr></table>
</main><footer>Agência para a Modernização Administrativa</footer></body></html>`;
  return {
    name: 'pt-consulta-publica',
    kind: 'other',
    family: 'trap-consultation',
    language: 'pt',
    format: 'html',
    note: 'A consultation announcement for the next plan: explains what a commitment is, cites a past "Compromisso 3 – …", numbered steps and themes, a calendar (expected `other`).',
    html,
    commitments: [],
  };
}

export const DOCS: Doc[] = [
  enThemesDotted(),
  esFichaNombre(),
  ptMatriz(),
  frEngagementJalons(),
  esCompromisoNumero(),
  frIds(),
  enCountRunin(),
  ptAutoavaliacao(),
  enIrmReport(),
  enNewsArticle(),
  ptConsulta(),
];
