/**
 * Cues the second blind set (`tests/fixtures/blind2`, printed by Chromium) called for: run-in commitment
 * headings, a matrix whose header repeats on every page and whose labels are centred, a matrix's status
 * column, a title field wrapped in a narrow column, headings that name themselves as many as the template
 * blocks, pages about a plan (a consultation inviting proposals, a blog post with comments), and from the
 * seventh batch: numbering started again under lettered themes, a matrix word split into runs at a ligature,
 * and a template label alone before the next commitment.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { runInTitle } from '../../../src/core/commitments/find-commitments.ts';
import { qualifyRestarted } from '../../../src/core/commitments/restarted-numbering.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { htmlText } from '../../../src/core/text/html-text.ts';
import { joinPages, styledPageTextOf, type TextRun } from '../../../src/core/text/page-text.ts';

const body = 'The agency will publish the data every quarter and consult its users on the format.';

describe('run-in commitment headings', () => {
  it('takes the first sentence for the title when the paragraph goes on after it', () => {
    expect(runInTitle('Open contracting. We will publish all contracts above the threshold.')).toBe(
      'Open contracting',
    );
    // An abbreviation is not a sentence's end; a title alone, or with a short second sentence, stays whole.
    expect(runInTitle('Improve U.S. Government Transparency')).toBeNull();
    expect(runInTitle('Open data. Phase two')).toBeNull();
    expect(runInTitle('Open data on public procurement')).toBeNull();
  });

  it('finds run-in commitments with their titles alone', () => {
    const text = [
      'Open Government National Action Plan',
      '2. Public money',
      'Commitment 1: Open contracting. We will publish all central government contracts in the',
      'Open Contracting Data Standard. Lead department: Cabinet Office.',
      'Commitment 2: Grants transparency. We will publish data on every grant made by central',
      'government departments. Lead department: Cabinet Office.',
      'Commitment 3: Local spending data. We will work with local authorities to publish spending.',
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.title])).toEqual([
      ['1', 'Open contracting'],
      ['2', 'Grants transparency'],
      ['3', 'Local spending data'],
    ]);
  });
});

/** A run at `x`, `y`, ending its line unless told otherwise. */
const run = (str: string, x: number, y: number, font = 'g1', hasEOL = true): TextRun => ({
  str,
  hasEOL,
  transform: [9, 0, 0, 9, x, y],
  fontName: font,
  width: 4.5 * str.length,
});

describe('a table row headed by its label', () => {
  it('takes the title from the label’s cell or the next one, not the row’s other cells', () => {
    const page = htmlText(
      '<h1>Open Government National Action Plan 2025–2027</h1><table>' +
        '<tr><th>Commitment</th><th>Title</th><th>Lead agency</th><th>Completion</th></tr>' +
        '<tr><th scope="row">Commitment 1</th><td>Publish all public contracts</td><td>Ministry of Justice</td><td>June 2027</td></tr>' +
        '<tr><th scope="row">Commitment 2</th><td>Open budget consultations</td><td>Ministry of Finance</td><td>June 2027</td></tr>' +
        '<tr><th scope="row">Commitment 3: Register of lobbyists</th><td>Cabinet Office</td><td>June 2027</td></tr>' +
        '</table>',
    );
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.title])).toEqual([
      ['1', 'Publish all public contracts'],
      ['2', 'Open budget consultations'],
      ['3', 'Register of lobbyists'],
    ]);
  });
});

describe('a matrix over two pages', () => {
  // Chromium prints a <thead> again on each page, its cells centred; the label cells are centred too.
  const header = (y: number): TextRun[] => [
    run('N.º', 73, y, 'g2', false),
    run('Compromisso', 128, y, 'g2', false),
    run('Entidade responsável', 238, y, 'g2', false),
    run('Nível de cumprimento', 396, y, 'g2'),
  ];
  const row = (n: number, title: string[], status: string, y: number): TextRun[] => [
    // Centred in its column: a wider label starts further left.
    run(String(n), n === 4 ? 73 : 78, y, 'g1', false),
    run(title[0] as string, 98, y),
    ...title.slice(1).map((t, k) => run(t, 98, y - 11 * (k + 1))),
    run('Agência para a Modernização', 235, y - 11 * title.length),
    run(status, 390, y - 11 * (title.length + 1)),
  ];
  const first = styledPageTextOf([
    run('Plano de Ação Nacional para a Administração Aberta, que integra 4 compromissos.', 57, 760),
    ...header(700),
    ...row(1, ['Transparência ativa nas', 'contas das autarquias'], 'Concluído', 680),
    ...row(2, ['Dados abertos sobre', 'listas de espera'], 'Limitado', 620),
  ]);
  const second = styledPageTextOf([
    ...header(760),
    ...row(3, ['Orçamento participativo', 'jovem'], 'Substancial', 740),
    ...row(4, ['Linguagem clara nos', 'serviços públicos digitais'], 'Não iniciado', 680),
    run('Acompanhamento e avaliação', 57, 600),
  ]);
  const source = joinPages([first.text, second.text], [first.styles, second.styles]);

  it('reads the title column from the rows, not from the header repeated on the next page', () => {
    const found = findCommitments(source);
    expect(found.map((c) => [c.label, c.title, c.page])).toEqual([
      ['1', 'Transparência ativa nas contas das autarquias', 1],
      ['2', 'Dados abertos sobre listas de espera', 1],
      ['3', 'Orçamento participativo jovem', 2],
      ['4', 'Linguagem clara nos serviços públicos digitais', 2],
    ]);
  });

  it('gives each row the status its status column prints', () => {
    expect(findCommitments(source).map((c) => c.reportedStatus)).toEqual([
      'Concluído',
      'Limitado',
      'Substancial',
      'Não iniciado',
    ]);
  });
});

describe('template fields', () => {
  it('reads a title field whose value wraps onto the next line', () => {
    const block = (id: string, title: string[]): string[] => [
      `Commitment ID: ${id}`,
      `Commitment title: ${title[0] as string}`,
      ...title.slice(1),
      'Lead implementing agency: Ministry of Information',
      'Start date: January 2025 End date: June 2027',
      body,
    ];
    const text = [
      ...block('GH0012', ['Right to Information', 'implementation in district assemblies']),
      ...block('GH0013', ['Open contracting for road construction']),
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.title])).toEqual([
      ['GH0012', 'Right to Information implementation in district assemblies'],
      ['GH0013', 'Open contracting for road construction'],
    ]);
  });

  it('keeps id headings as many as the template blocks, the labels printed away from their values', () => {
    // Floated labels come out first on the page: the blocks do not line up with the headings.
    const labels = ['Institution pilote', 'Date de début', 'Date de fin'];
    const entry = (id: string, title: string): string[] => [
      `${id} – ${title}`,
      'Etalab',
      'janvier 2025',
      'décembre 2027',
      body,
    ];
    const text = [
      ...labels,
      ...labels,
      ...labels,
      'Engagements',
      ...entry('FR0042', 'Renforcer la transparence de la commande publique'),
      ...entry('FR0043', 'Améliorer l’accès aux données de santé publique'),
      ...entry('FR0044', 'Ouvrir les données des collectivités territoriales'),
    ].join('\n');
    expect(findCommitments({ text }).map((c) => c.label)).toEqual(['FR0042', 'FR0043', 'FR0044']);
  });
});

describe('numbers hanging in the margin', () => {
  it('takes a bare number before each printed heading of a level for its label', () => {
    // The number in its own run at the margin, the bold title beside it: "1 Criação …" with no dot.
    const heading = (n: number, title: string, y: number): TextRun[] => [
      run(`${n} `, 57, y, 'bold', false),
      run(title, 97, y, 'bold'),
    ];
    const fields = (y: number): TextRun[] => [
      run('Entidade responsável: Agência para a Modernização Administrativa', 57, y),
      run('Data de início: janeiro de 2025', 57, y - 12),
      run('Data de conclusão: dezembro de 2026', 57, y - 24),
    ];
    const page = styledPageTextOf([
      run('O plano apresenta 3 compromissos.', 57, 760),
      ...heading(1, 'Observatório da transparência na contratação pública', 730),
      ...fields(716),
      ...heading(2, 'Dados abertos sobre os fundos europeus', 650),
      ...fields(636),
      ...heading(3, 'Proteção de denunciantes na administração pública', 570),
      ...fields(556),
    ]);
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.title])).toEqual([
      ['1', 'Observatório da transparência na contratação pública'],
      ['2', 'Dados abertos sobre os fundos europeus'],
      ['3', 'Proteção de denunciantes na administração pública'],
    ]);
  });
});

describe('pages about a plan', () => {
  it('reads a cover whose title breaks inside the phrase', () => {
    const fields = 'Lead implementing agency: Ministry of Finance\nStart date: 2025\nEnd date: 2027\n'.repeat(
      3,
    );
    expect(
      detectDocument({ text: `Fourth Open Government National Action\nPlan\n2025–2027\n${fields}` }).kind,
    ).toBe('action-plan');
    expect(
      detectDocument({ text: `IV Plano de Ação Nacional de Administração\nAberta\n${fields}` }).reasons.map(
        (r) => r.code,
      ),
    ).toContain('openGovernment');
  });

  it('takes "action plan" beside open government on a cover for a plan', () => {
    const text =
      'Plan d’action 2025-2027 de la France – Partenariat pour un gouvernement ouvert\n' +
      'Institution pilote : Etalab\nDate de début : janvier 2025\nDate de fin : décembre 2027\n'.repeat(4);
    expect(detectDocument({ text }).kind).toBe('action-plan');
    expect(detectDocument({ text: `Plan d’action pour la voirie 2025\n${body}` }).kind).toBe('other');
  });

  it('takes a consultation inviting proposals for other', () => {
    const page = htmlText(
      '<title>Consulta pública: V Plano de Ação Nacional para a Administração Aberta</title>' +
        '<h1>Consulta pública: V Plano de Ação Nacional para a Administração Aberta</h1>' +
        '<p>Qualquer cidadão ou organização pode submeter propostas até 31 de outubro.</p>' +
        '<h2>Como participar</h2><p>Preencha o formulário em linha.</p>' +
        '<p>O governo aberto torna a administração mais transparente.</p>',
    );
    expect(detectDocument(page).kind).toBe('other');
  });

  it('takes a blog post with comments and a reading time for other', () => {
    const page = htmlText(
      '<title>Plan d’action national pour un gouvernement ouvert : notre analyse</title>' +
        '<h1>Plan d’action national pour un gouvernement ouvert : notre analyse</h1>' +
        '<p>Billet publié le 3 avril 2025 · 6 min de lecture</p><p>Le plan compte 14 engagements.</p>' +
        '<h2>Commentaires (4)</h2><p>Merci !</p>',
    );
    expect(detectDocument(page).kind).toBe('other');
  });
});

describe('numbering that starts again under each theme', () => {
  const block = (n: number, title: string): string[] => [
    `Commitment ${n}: ${title}`,
    'Lead implementing agency: Ministry of Finance',
    'Start and end date: July 2025 – June 2027',
    body,
  ];
  const plan = (themes: Array<[string, string[]]>): string =>
    [
      'Fifth Open Government National Action Plan',
      ...themes.flatMap(([theme, titles]) => [theme, ...titles.flatMap((t, i) => block(i + 1, t))]),
    ].join('\n');

  it('names each commitment by its theme’s letter and its number', () => {
    const text = plan([
      ['Theme A: Fiscal Openness', ['Open county budgets', 'Budget hearings']],
      ['Theme B: Public Services', ['Hospital performance data', 'User feedback', 'School bursaries']],
    ]);
    expect(findCommitments({ text }).map((c) => [c.label, c.title, c.theme])).toEqual([
      ['A.1', 'Open county budgets', 'Fiscal Openness'],
      ['A.2', 'Budget hearings', 'Fiscal Openness'],
      ['B.1', 'Hospital performance data', 'Public Services'],
      ['B.2', 'User feedback', 'Public Services'],
      ['B.3', 'School bursaries', 'Public Services'],
    ]);
  });

  it('keeps the labels as printed when the themes name themselves by no letter or number', () => {
    expect(
      qualifyRestarted([
        { label: '1', theme: 'Fiscal Openness' },
        { label: '2', theme: 'Fiscal Openness' },
        { label: '1', theme: 'Public Services' },
      ]),
    ).toEqual(['1', '2', '1']);
    // Numbers that do not start again under the next theme are left alone too.
    expect(
      qualifyRestarted([
        { label: '1', theme: 'Eje 1: Transparencia' },
        { label: '2', theme: 'Eje 2: Participación' },
      ]),
    ).toEqual(['1', '2']);
  });
});

describe('a matrix title split into runs inside a word', () => {
  it('reads a word whose ligature is a run of its own as one cell, not as a column', () => {
    // pdf.js gives "bene" "fi" "cial owners" as three runs, each starting where the last one ends.
    const header = (y: number): TextRun[] => [
      run('No.', 73, y, 'g2', false),
      run('Commitment', 128, y, 'g2', false),
      run('Milestone', 250, y, 'g2', false),
      run('Responsible institution', 380, y, 'g2'),
    ];
    const row = (n: number, first: string, y: number): TextRun[] => [
      run(String(n), 78, y, 'g1', false),
      run(first, 98, y, 'g1', false),
      run(`${n}.1 First milestone`, 250, y),
      run('bene', 98, y - 11, 'g1', false),
      run('fi', 116, y - 11, 'g1', false),
      run('cial owners', 125, y - 11),
      run('Registrar of Companies', 380, y - 22),
    ];
    const page = styledPageTextOf([
      run('National Action Plan 2025–2027: Implementation Matrix', 57, 780),
      ...header(740),
      ...row(1, 'A register of', 720),
      ...row(2, 'Open data for', 680),
      ...row(3, 'Tax reports for', 640),
      run('Progress will be reported every six months.', 57, 580),
    ]);
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.title])).toEqual([
      ['1', 'A register of beneficial owners'],
      ['2', 'Open data for beneficial owners'],
      ['3', 'Tax reports for beneficial owners'],
    ]);
  });
});

describe('a template label before the next commitment', () => {
  it('does not take a field label alone on its line for the next commitment’s theme', () => {
    const text = [
      'Plano de Ação Nacional para a Administração Aberta',
      'O plano integra dois compromissos, aprovados pela Rede Nacional de Administração Aberta.',
      'Compromisso n.º 1 — Dados abertos sobre os fundos europeus',
      'Entidade responsável: Agência para o Desenvolvimento e Coesão',
      'Publicar a informação de forma regular, completa e reutilizável.',
      'Marcos',
      'Compromisso n.º 2 — Transparência na contratação pública',
      'Entidade responsável: Instituto dos Mercados Públicos',
      'Publicar a informação de forma regular, completa e reutilizável.',
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.theme])).toEqual([
      ['1', null],
      ['2', null],
    ]);
  });
});
