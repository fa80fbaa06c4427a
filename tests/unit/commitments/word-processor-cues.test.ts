/**
 * Cues for plans written in a word processor and exported to PDF (the blind set, `tests/fixtures/blind`):
 * contents entries that wrap, template labels wrapped in narrow cells, a commitment a page, accented words
 * at the end of wrapped titles, and matrices whose rows have no body of their own.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { AnchoringText } from '../../../src/core/anchoring/anchoring-text.ts';
import { themeName } from '../../../src/core/commitments/find-commitments.ts';
import { CONTINUES, endsContentsEntry } from '../../../src/core/commitments/heading-forms.ts';
import { layoutOf } from '../../../src/core/commitments/layout-cues.ts';
import { columnRows } from '../../../src/core/commitments/table-rows.ts';
import { furnitureLines } from '../../../src/core/commitments/running-lines.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { htmlText } from '../../../src/core/text/html-text.ts';
import { joinPages, styledPageTextOf, type TextRun } from '../../../src/core/text/page-text.ts';
import { textLines } from '../../../src/core/text/text-lines.ts';

const body = 'The agency will publish the data every quarter and consult its users on the format.';

describe('word-processor cues', () => {
  it('ends a wrapped title on a word that ends in an accented letter', () => {
    // `\b` knows only ASCII letters: "donnée" ended in the word "e", so the title went on into the field.
    expect(CONTINUES.test('Former les agents à la culture de la donnée')).toBe(false);
    expect(CONTINUES.test('Ampliar a participação e')).toBe(true);
    expect(CONTINUES.test('Fortalecer a transparência não')).toBe(false);
    const text = [
      'Engagement 1 – Ouvrir les données des subventions',
      'Porteur : DINUM',
      body,
      'Engagement 2 – Former les agents publics à la culture de la',
      'donnée',
      'Porteur : Direction générale de l’administration et de la fonction publique',
      body,
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.title, c.leadAgency])).toEqual([
      ['Ouvrir les données des subventions', 'DINUM'],
      [
        'Former les agents publics à la culture de la donnée',
        'Direction générale de l’administration et de la fonction publique',
      ],
    ]);
  });

  it('takes a contents entry that wraps over two lines for an entry, not a heading', () => {
    expect(endsContentsEntry('licences....................................6')).toBe(true);
    expect(endsContentsEntry('Commitment 2: Open data ........ 6')).toBe(false);
    expect(endsContentsEntry('in 12 regions.')).toBe(false);
    const contents = [
      'Contents',
      'Commitment 1: Public register of beneficial owners ............ 2',
      'Commitment 2: Disclosure of beneficial owners in public procurement and extractive',
      'licences ............................................................ 2',
      'Commitment 3: Open contracting in the e-',
      'procurement system ................................................. 3',
    ].join('\n');
    const commitments = [
      'Commitment 1: Public register of beneficial owners',
      body,
      body,
      'Commitment 2: Disclosure of beneficial owners in public procurement and extractive licences',
      body,
      'Commitment 3: Open contracting in the e-procurement system',
      body,
    ].join('\n');
    const source = joinPages([contents, commitments]);
    expect(findCommitments(source).map((c) => [c.label, c.title, c.page])).toEqual([
      ['1', 'Public register of beneficial owners', 2],
      ['2', 'Disclosure of beneficial owners in public procurement and extractive licences', 2],
      ['3', 'Open contracting in the e-procurement system', 2],
    ]);
  });

  it('ends a title at a template label wrapped in a narrow bold cell', () => {
    // Title and the table's label cells in the same bold face at the body's size, as a Writer table prints
    // them: "Lead implementing" / "agency" is a label, not the end of the title.
    const run = (str: string, bold: boolean): TextRun => ({
      str,
      hasEOL: true,
      transform: [12, 0, 0, 12, 50, 700],
      fontName: bold ? 'g2' : 'g1',
      width: (bold ? 0.56 : 0.5) * str.length * 12,
    });
    const commitment = (title: string, agency: string): TextRun[] => [
      run(title, true),
      run('Lead implementing', true),
      run('agency', true),
      run(agency, false),
      run('Milestones', true),
      run(body, false),
      run(body, false),
    ];
    const page = styledPageTextOf([
      run(body, false),
      ...commitment('Commitment 1.1: Public register of beneficial owners', 'Business Registration Service'),
      ...commitment('Commitment 1.2: Citizen feedback on health facilities', 'Ministry of Health'),
      ...commitment('Commitment 2.1: Open data on school grants', 'Ministry of Education'),
    ]);
    const found = findCommitments({ text: page.text, styles: page.styles });
    expect(found.map((c) => [c.label, c.title])).toEqual([
      ['1.1', 'Public register of beneficial owners'],
      ['1.2', 'Citizen feedback on health facilities'],
      ['2.1', 'Open data on school grants'],
    ]);
  });

  it('keeps a commitment label printed alone at the top of each page (a commitment a page)', () => {
    const page = (n: number, title: string): string =>
      [
        'Plano de Ação Nacional',
        `Compromisso ${n}`,
        title,
        'Órgão responsável: CGU',
        body,
        body,
        String(n + 4),
      ].join('\n');
    const pages = [
      page(1, 'Transparência das emendas parlamentares'),
      page(2, 'Dados abertos sobre a qualidade do ar'),
      page(3, 'Participação social na saúde indígena'),
      page(4, 'Integridade no financiamento de campanhas'),
    ];
    const source = joinPages(pages);
    const lines = textLines(source.text);
    const furniture = furnitureLines(
      lines,
      source.pages.map((p) => p.start),
    );
    const labelLines = lines.flatMap((l, i) => (/^Compromisso \d$/u.test(l.clean) ? [i] : []));
    expect(labelLines.length).toBe(4);
    for (const i of labelLines) expect(furniture.has(i)).toBe(false);
    // The running header above it is still furniture.
    expect(lines.some((l, i) => l.clean === 'Plano de Ação Nacional' && furniture.has(i))).toBe(true);
    expect(findCommitments(source).map((c) => [c.label, c.title, c.page])).toEqual([
      ['1', 'Transparência das emendas parlamentares', 1],
      ['2', 'Dados abertos sobre a qualidade do ar', 2],
      ['3', 'Participação social na saúde indígena', 3],
      ['4', 'Integridade no financiamento de campanhas', 4],
    ]);
  });

  it('takes the rows of a matrix the plan counts over its section headings', () => {
    const page = htmlText(
      '<h1>Plan de Acción Local de Gobierno Abierto 2024-2026</h1>' +
        '<p>Este plan contiene 4 compromisos, agrupados en la matriz que sigue.</p>' +
        '<h2>Resultados del primer plan</h2><p>Se cumplieron cuatro compromisos.</p>' +
        '<h2>Matriz de compromisos</h2><table>' +
        '<tr><th>N.º</th><th>Compromiso</th><th>Área responsable</th></tr>' +
        '<tr><td>1</td><td>Presupuesto participativo con perspectiva de género</td><td>Hacienda</td></tr>' +
        '<tr><td>2</td><td>Datos abiertos sobre la recolección de residuos</td><td>Ambiente</td></tr>' +
        '<tr><td>3</td><td>Consejo juvenil de gobierno abierto</td><td>Juventudes</td></tr>' +
        '<tr><td>4</td><td>Compras municipales transparentes</td><td>Compras</td></tr></table>' +
        '<h2>Seguimiento</h2><p>El foro se reunirá cada tres meses.</p>',
    );
    expect(detectDocument(page).kind).toBe('action-plan');
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.title])).toEqual([
      ['1', 'Presupuesto participativo con perspectiva de género'],
      ['2', 'Datos abiertos sobre la recolección de residuos'],
      ['3', 'Consejo juvenil de gobierno abierto'],
      ['4', 'Compras municipales transparentes'],
    ]);
  });
});

describe('a matrix in a PDF, read by column', () => {
  // A Writer table exported to PDF: the header centred over its columns, each cell's lines one after the
  // other, the label alone on its line; pdf.js gives each run where it starts across the page.
  const run = (str: string, x: number, y: number): TextRun => ({
    str,
    hasEOL: true,
    transform: [10, 0, 0, 10, x, y],
    fontName: 'g1',
    width: 5 * str.length,
  });
  const header = [
    run('N.º ', 60, 700),
    run('Compromiso ', 113, 700),
    run('Objetivo ', 276, 700),
    run('Plazo', 480, 700),
  ];
  header.forEach((r) => (r.hasEOL = false));
  (header[3] as TextRun).hasEOL = true;
  const row = (n: number, title: string[], objective: string[], y: number): TextRun[] => [
    run(String(n), 58, y),
    ...title.map((t, k) => run(t, 82, y - 5 - 11 * k)),
    ...objective.map((t, k) => run(t, 213, y - 5 - 11 * k)),
    run('2024 – 2025', 483, y - 5),
  ];
  const page = styledPageTextOf([
    run('Este plan contiene 3 compromisos, en la matriz que sigue.', 57, 720),
    ...header,
    ...row(
      1,
      ['Presupuesto participativo', 'con perspectiva de género'],
      ['Que al menos el 30 % de los', 'proyectos atiendan a mujeres.'],
      680,
    ),
    ...row(2, ['Datos abiertos sobre la', 'recolección de residuos'], ['Publicar rutas y reclamos.'], 630),
    ...row(3, ['Compras municipales transparentes'], ['Publicar todas las contrataciones.'], 590),
    run('Cronograma de actividades', 57, 550),
    run('1.1 Talleres barriales de diagnóstico', 57, 530),
  ]);

  it('reads each row’s title from the commitment column, whose header is centred over it', () => {
    const text = page.text;
    const lines = textLines(text);
    const doc = new AnchoringText(text);
    const layout = layoutOf(lines, page.styles, (u) => doc.toCodePoint(u));
    expect(columnRows(lines, layout).map((r) => [r.label, r.title])).toEqual([
      ['1', 'Presupuesto participativo con perspectiva de género'],
      ['2', 'Datos abiertos sobre la recolección de residuos'],
      ['3', 'Compras municipales transparentes'],
    ]);
    // Without positions (HTML, plain text) there are no columns to read.
    expect(columnRows(lines, null)).toEqual([]);
  });

  it('takes the rows for the commitments the plan counts', () => {
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.title])).toEqual([
      ['1', 'Presupuesto participativo con perspectiva de género'],
      ['2', 'Datos abiertos sobre la recolección de residuos'],
      ['3', 'Compras municipales transparentes'],
    ]);
  });
});

describe('themes', () => {
  it('names a theme without its "Eixo 1 —" prefix, and the commitments part no theme', () => {
    expect(themeName('Eixo 1 — Transparência e dados abertos')).toBe('Transparência e dados abertos');
    expect(themeName('Thematic Area 2: Public Service Delivery')).toBe('Public Service Delivery');
    expect(themeName('IV. LES ENGAGEMENTS')).toBeNull();
    expect(themeName('Commitments')).toBeNull();
    expect(themeName('Open Contracting')).toBe('Open Contracting');
  });

  it('takes a theme that names itself above its introduction, not the end of a milestone', () => {
    const commitment = (label: string, title: string): string[] => [
      `Commitment ${label}: ${title}`,
      'Lead implementing agency: Ministry of Finance',
      'Milestones',
      '1. Baseline study and stakeholder mapping (September –',
      'December 2023)',
      '2. Final evaluation (April –',
      'August 2025)',
    ];
    const text = [
      'Thematic Area 1: Beneficial Ownership',
      'This area responds to the regional forums.',
      'It contains 2 commitments.',
      ...commitment('1.1', 'Public register of beneficial owners'),
      ...commitment('1.2', 'Disclosure in procurement'),
      'Thematic Area 2: Open Contracting',
      'This area responds to the IRM.',
      ...commitment('2.1', 'Open contracting data'),
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.theme])).toEqual([
      ['1.1', 'Beneficial Ownership'],
      ['1.2', 'Beneficial Ownership'],
      ['2.1', 'Open Contracting'],
    ]);
  });
});

describe('detection of local plans and consultation notices', () => {
  it('names OGP Local plans as plans, in the four languages', () => {
    for (const title of [
      'Plan de Acción Local de Gobierno Abierto 2024-2026',
      'Plano de Ação Municipal de Governo Aberto 2024-2026',
      'Plan d’action local pour un gouvernement ouvert 2024-2026',
      'Open Government Local Action Plan 2024-2026',
    ]) {
      const reasons = detectDocument({ title, text: 'Open Government Partnership.' }).reasons;
      expect(reasons.map((r) => r.code)).toContain('planInTitle');
    }
  });

  it('calls a notice that invites proposals for the next plan other', () => {
    const text = [
      'Consulta pública: propuestas para el V Plan de Acción de Gobierno Abierto',
      'La Secretaría abre la consulta para recibir propuestas de compromisos para el V Plan de Acción Nacional de Gobierno Abierto.',
      '¿Cómo participar?',
      'Regístrese y complete el formulario.',
    ].join('\n');
    const detection = detectDocument({ text });
    expect(detection.kind).toBe('other');
    expect(detection.reasons.map((r) => r.code)).toContain('aboutAPlan');
  });
});
