/** The finder choosing a level with the document's structure, on plain text and on styled text. */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { htmlText } from '../../../src/core/text/html-text.ts';
import { styledPageTextOf } from '../../../src/core/text/page-text.ts';

const dotted = [
  '1. Transparencia',
  '1.1 Datos abiertos de compras públicas',
  'Institución responsable: Ministerio de Hacienda',
  'Plazo: enero de 2024 – junio de 2026',
  'Hitos:',
  '1.1.1 Publicar los datos (junio de 2024)',
  '1.1.2 Capacitar a funcionarios (marzo de 2025)',
  '1.2 Registro de cabilderos',
  'Institución responsable: Secretaría General',
  'Plazo: enero de 2024 – junio de 2025',
  'Hitos:',
  '1.2.1 Aprobar el reglamento (junio de 2024)',
  '2. Participación',
  '2.1 Presupuesto participativo',
  'Institución responsable: Ministerio de Hacienda',
  'Plazo: marzo de 2024 – junio de 2026',
  'Hitos:',
  '2.1.1 Abrir la consulta (junio de 2024)',
].join('\n');

describe('findCommitments with structure', () => {
  it('finds commitments numbered 1.1 under themes, at the level the template fields sit', () => {
    const found = findCommitments({ text: dotted });
    expect(found.map((c) => [c.label, c.title, c.leadAgency])).toEqual([
      ['1.1', 'Datos abiertos de compras públicas', 'Ministerio de Hacienda'],
      ['1.2', 'Registro de cabilderos', 'Secretaría General'],
      ['2.1', 'Presupuesto participativo', 'Ministerio de Hacienda'],
    ]);
  });

  it('reads a plan whose contents has no leaders, whose titles are capitals and labels table cells', () => {
    const text = [
      'Contents',
      '1. Transparency 4',
      '1.1 Open contracting 4',
      '1.2 Lobbying 5',
      '2. Participation 6',
      '2.1 Budget consultation 6',
      'This plan contains three commitments.',
      '1. Transparency',
      '1.1. OPEN CONTRACTING IN PUBLIC WORKS',
      'Lead agency Ministry of Works',
      'Duration 2024–2026',
      'Milestones',
      '1. Publish contracts (2024)',
      '2. Train officials (2025)',
      '1.2. LOBBYING REGISTER',
      'Lead agency Office of the President',
      'Duration 2024–2025',
      'Milestones',
      '1. Adopt the law (2024)',
      '2. Participation',
      '2.1. BUDGET CONSULTATION',
      'Lead agency Ministry of Finance',
      'Duration 2024–2026',
      'Annex',
      '1. List of members',
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.title, c.theme, c.leadAgency])).toEqual([
      ['1.1', 'OPEN CONTRACTING IN PUBLIC WORKS', 'Transparency', 'Ministry of Works'],
      ['1.2', 'LOBBYING REGISTER', 'Transparency', 'Office of the President'],
      ['2.1', 'BUDGET CONSULTATION', 'Participation', 'Ministry of Finance'],
    ]);
  });

  it('takes the title from the template field when the plan prints it as one', () => {
    const text = [
      'Commitment ID: 01',
      'Commitment title: Open contracting',
      'Lead agency: Procurement Office',
      'Start date: January 2024',
      'Commitment ID: 02',
      'Commitment title: Beneficial ownership register',
      'Lead agency: Companies House',
      'Start date: March 2024',
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.title])).toEqual([
      ['01', 'Open contracting'],
      ['02', 'Beneficial ownership register'],
    ]);
  });

  it('chooses the granularity the plan states', () => {
    const text = [
      'This plan contains 2 commitments.',
      '1. Open data',
      'Body of the first section.',
      '1.1 Publish budget data',
      'The ministry will publish.',
      '1.2 Publish spending data',
      'The ministry will publish.',
      '2. Participation',
      'Body of the second section.',
      '2.1 Consultation portal',
      'The office will open it.',
    ].join('\n');
    // The text's own form (`1.` numbered) agrees with the stated count; `1.1` headings are below it.
    expect(findCommitments({ text }).map((c) => c.label)).toEqual(['1', '2']);
    const three = text.replace('contains 2 commitments', 'contains 3 commitments');
    expect(findCommitments({ text: three }).map((c) => c.label)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('keeps the text headings when a stated count matches no list (it counts another plan)', () => {
    const text = [
      'Our first plan contains 26 commitments; this one is shorter.',
      'Commitment 1: Open data',
      'The ministry will publish.',
      'Commitment 2: Lobbying register',
      'The office will keep it.',
      'Commitment 3: Youth councils',
      'Every municipality will set one up.',
    ].join('\n');
    expect(findCommitments({ text }).map((c) => c.label)).toEqual(['1', '2', '3']);
  });

  it('finds headings told apart from the body only by weight', () => {
    const runs = (str: string, font: string, width: number) => ({
      str,
      hasEOL: true,
      transform: [10, 0, 0, 10, 50, 700],
      fontName: font,
      width: width * str.length * 10,
    });
    const body = 'The agency will publish the data every quarter and consult users on the format.';
    const page = styledPageTextOf([
      runs('Introduction', 'g1', 0.5),
      runs(body, 'g1', 0.5),
      runs('Open budget data', 'g2', 0.56),
      runs(body, 'g1', 0.5),
      runs(body, 'g1', 0.5),
      runs('Lobbying register', 'g2', 0.56),
      runs(body, 'g1', 0.5),
      runs('Youth councils', 'g2', 0.56),
      runs(body, 'g1', 0.5),
    ]);
    const found = findCommitments({ text: page.text, styles: page.styles });
    expect(found.map((c) => c.title)).toEqual(['Open budget data', 'Lobbying register', 'Youth councils']);
    // Two such headings alone are too few to be called commitments.
    const two = styledPageTextOf([
      runs('Open budget data', 'g2', 0.56),
      runs(body, 'g1', 0.5),
      runs(body, 'g1', 0.5),
      runs('Lobbying register', 'g2', 0.56),
      runs(body, 'g1', 0.5),
    ]);
    expect(findCommitments({ text: two.text, styles: two.styles })).toEqual([]);
    // Without the styles, nothing tells these headings from the body.
    expect(findCommitments({ text: page.text })).toEqual([]);
  });

  it('prefers printed headings to a numbered list in body text when nothing counts the commitments', () => {
    const run = (str: string, font: string, size: number) => ({
      str,
      hasEOL: true,
      transform: [size, 0, 0, size, 50, 700],
      fontName: font,
      width: 0.5 * size * str.length,
    });
    const body = (str: string) => run(str, 'body', 10);
    const page = styledPageTextOf([
      run('What we did before', 'head', 14),
      body('1. Published the budget'),
      body('2. Opened a consultation portal'),
      body('3. Passed an access to information law'),
      run('Open budget data', 'head', 12),
      body('The ministry will publish the budget every quarter in open formats.'),
      run('Lobbying register', 'head', 12),
      body('The office will keep a public register of meetings with lobbyists.'),
      run('Youth councils', 'head', 12),
      body('Every municipality will set up a youth council by the end of the plan.'),
    ]);
    expect(findCommitments({ text: page.text }).map((c) => c.label)).toEqual(['1', '2', '3']);
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => c.title)).toEqual([
      'Open budget data',
      'Lobbying register',
      'Youth councils',
    ]);
  });

  it('takes printed sub-headings under numbered themes as the commitments, with nothing to count them', () => {
    const run = (str: string, font: string, size: number) => ({
      str,
      hasEOL: true,
      transform: [size, 0, 0, size, 50, 700],
      fontName: font,
      width: 0.5 * size * str.length,
    });
    const body = (str: string) => run(str, 'body', 10);
    const para = 'The government will work with civil society to design, test and extend the rules.';
    const page = styledPageTextOf([
      run('1. Transparency', 'theme', 14),
      body('Transparency lets the public follow decisions.'),
      run('1.1 Open budget data', 'head', 12),
      body(para),
      body('1.1.1 Publish the first data set (June 2024)'),
      run('1.2 Lobbying register', 'head', 12),
      body(para),
      run('2. Participation', 'theme', 14),
      body('Participation brings the public into decisions.'),
      run('2.1 Youth councils', 'head', 12),
      body(para),
      run('3. Integrity', 'theme', 14),
      body('Integrity keeps public office for the public.'),
      run('3.1 Asset declarations', 'head', 12),
      body(para),
    ]);
    // As text alone, the numbered sections are all there is.
    expect(findCommitments({ text: page.text }).map((c) => c.label)).toEqual(['1', '2', '3']);
    expect(
      findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.title, c.theme]),
    ).toEqual([
      ['1.1', 'Open budget data', 'Transparency'],
      ['1.2', 'Lobbying register', 'Transparency'],
      ['2.1', 'Youth councils', 'Participation'],
      ['3.1', 'Asset declarations', 'Integrity'],
    ]);
  });

  it('reads HTML headings and bold as layout', () => {
    const page = htmlText(
      '<h2>Transparencia</h2><h3>Datos abiertos</h3><p><strong>Institución responsable:</strong> Hacienda</p><p>Texto.</p>' +
        '<h3>Registro de cabilderos</h3><p><strong>Institución responsable:</strong> Presidencia</p><p>Texto.</p>' +
        '<h3>Consejos de juventud</h3><p><strong>Institución responsable:</strong> Municipios</p><p>Texto.</p>',
    );
    expect(page.styles.filter((s) => s.font === 'h3').length).toBe(3);
    const found = findCommitments({ text: page.text, styles: page.styles });
    expect(found.map((c) => [c.title, c.theme, c.leadAgency])).toEqual([
      ['Datos abiertos', 'Transparencia', 'Hacienda'],
      ['Registro de cabilderos', 'Transparencia', 'Presidencia'],
      ['Consejos de juventud', 'Transparencia', 'Municipios'],
    ]);
  });
});

describe('pages about a plan', () => {
  it('are other, with a reason that says so', () => {
    const text =
      'Government presents its new open government national action plan\n' +
      'The minister presented on Tuesday the national action plan for open government. ' +
      '"We will be judged on delivery," the minister told reporters.';
    const detection = detectDocument({ text });
    expect(detection.kind).toBe('other');
    expect(detection.reasons.map((r) => r.code)).toContain('aboutAPlan');
  });

  it('a plan on disinformation that quotes its minister is still a plan', () => {
    const text =
      'Second National Action Plan for Open Government 2024-2026\n' +
      'Foreword\n"Trust is built in the open," said the minister when the forum met.\n' +
      'Fake news and disinformation erode trust in institutions; this plan answers with transparency.\n' +
      'Resilient information ecosystems\nThe government will fund independent fact-checking.';
    expect(detectDocument({ text }).kind).toBe('action-plan');
  });

  it('a plan that quotes someone is still a plan', () => {
    const text =
      'Fifth Open Government National Action Plan\n' +
      '"An unprecedented level of openness in government." This plan contains 3 commitments.\n' +
      'Commitment 1: Open data\nLead agency: GSA\nCommitment 2: FOIA\nLead agency: DOJ\nCommitment 3: Ethics\n';
    expect(detectDocument({ text }).kind).toBe('action-plan');
  });
});
