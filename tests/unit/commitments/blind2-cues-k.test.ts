/**
 * Cues the eleventh batch of the second blind set called for: an IRM report's completion printed as
 * "Conclusão:" or "Achèvement :", which is a status and not a "Conclusion" section; a plan whose
 * introduction mentions the last plan's self-assessment in a sentence, which does not make it one; a blog
 * post that summarises a draft plan under "Commitment N:" headings, with a reading time, share links and
 * comments; cards on a web page whose number is a badge above the title; a plan that states its count
 * and prints each commitment as an unnumbered bold run-in opening a paragraph, as it does other paragraphs;
 * a matrix whose commitment column ("Engagement et problématique") holds a bold title and then a
 * description, under a header of two rows and an axis row.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { htmlText } from '../../../src/core/text/html-text.ts';
import { styledPageTextOf, type TextRun } from '../../../src/core/text/page-text.ts';

describe('a report’s completion in Portuguese and French', () => {
  const irm = (heading: (n: number, t: string) => string, fields: (s: string) => string[]): string =>
    [
      'Relatório de Resultados: Brasil 2023–2025',
      ...[
        ['Transparência na execução das emendas parlamentares', 'Substancial'],
        ['Dados abertos sobre desmatamento e fiscalização ambiental', 'Concluído'],
        ['Acesso à informação sobre o sistema prisional', 'Limitado'],
      ].flatMap(([t, s], i) => [
        heading(i + 1, t as string),
        ...fields(s as string),
        'O compromisso buscava responder a uma demanda antiga da sociedade civil.',
        'O órgão responsável publicou as primeiras bases de dados.',
      ]),
      'Seção IV: Processo multissetorial',
      'O Grupo de Trabalho Técnico reuniu-se onze vezes.',
    ].join('\n');

  it('reads "Conclusão: …" as the status, in the last commitment too', () => {
    const text = irm(
      (n, t) => `Compromisso ${n}. ${t}`,
      (s) => [
        'Instituição responsável: Controladoria-Geral da União',
        `Conclusão: ${s}`,
        'Resultados iniciais: Marginais',
      ],
    );
    expect(findCommitments({ text }).map((c) => [c.label, c.reportedStatus])).toEqual([
      ['1', 'Substancial'],
      ['2', 'Concluído'],
      ['3', 'Limitado'],
    ]);
  });

  it('reads "Achèvement : …" as the status', () => {
    const text = irm(
      (n, t) => `Engagement ${n} : ${t}`,
      (s) => ['Institution responsable : Cour des comptes', `Achèvement : ${s.toLowerCase()}`],
    );
    expect(findCommitments({ text }).map((c) => c.reportedStatus)).toEqual([
      'substancial',
      'concluído',
      'limitado',
    ]);
  });

  it('still ends the last commitment at a "Conclusão" section', () => {
    const text = [
      'Compromisso 1. Portal da transparência',
      'Entidade responsável: AMA',
      'O portal será publicado em 2026 com os dados de todas as entidades.',
      'Compromisso 2. Registo de interesses',
      'Entidade responsável: Secretaria-Geral',
      'O registo será público e pesquisável.',
      'Conclusão',
      'O plano foi aprovado pelo Fórum em 2025.',
    ].join('\n');
    const found = findCommitments({ text });
    expect(found).toHaveLength(2);
    expect(text.slice(found[1]?.start, found[1]?.end)).not.toContain('aprovado');
  });
});

describe('a plan that mentions the last plan’s self-assessment', () => {
  const plan = (intro: string): string =>
    [
      'REPÚBLICA PORTUGUESA · ADMINISTRAÇÃO ABERTA',
      'IV Plano de Ação Nacional para a',
      'Administração Aberta (2025–2028)',
      '1. Introdução',
      intro,
      'Compromisso 1. Registo aberto de beneficiários efetivos',
      'Entidade responsável: Instituto dos Registos e do Notariado',
      'Compromisso 2. Pegada legislativa nos diplomas do Governo',
      'Entidade responsável: Presidência do Conselho de Ministros',
    ].join('\n');

  it('is a plan when the mention is a sentence of its introduction', () => {
    const text = plan(
      'O III Plano contava com nove compromissos, sete concluídos segundo o relatório de autoavaliação. As\nrecomendações pediam menos compromissos.',
    );
    expect(detectDocument({ text }).kind).toBe('action-plan');
  });

  it('is a self-assessment when its cover names it so', () => {
    const text = plan('Relatório de Autoavaliação Intercalar').replace('1. Introdução\n', '');
    expect(detectDocument({ text }).kind).toBe('self-assessment');
    expect(
      detectDocument({ title: 'Relatório de autoavaliação intercalar', text: plan('Introdução.') }).kind,
    ).toBe('self-assessment');
    // A text with no line breaks: the report's name opens its first sentence.
    const flat = `Relatório de autoavaliação intercalar. ${plan('Introdução.').replace(/\n/gu, ' ')}`;
    expect(detectDocument({ text: flat }).kind).toBe('self-assessment');
  });
});

describe('a blog post that summarises a draft plan under commitment headings', () => {
  const post = (furniture: string[]): string =>
    [
      'Open Government Network',
      'The draft fifth National Action Plan: what’s in it, and how to have your say',
      ...furniture.slice(0, 1),
      'Last week the Cabinet Office published the draft of the fifth National Action Plan for Open Government.',
      ...[
        'Publish procurement data from planning to payment in open formats',
        'Publish ministers’ meetings with lobbyists every month',
        'Create a national standard for public consultations',
      ].flatMap((t, i) => [
        `Commitment ${i + 1}: ${t}`,
        'What the draft says: the lead department will make the change, with milestones in 2025 and 2026.',
        'Our view: a welcome step, but the draft sets no date.',
      ]),
      ...furniture.slice(1),
    ].join('\n');

  it('is about a plan when it has a reading time, share links or comments', () => {
    const text = post([
      'By Amira Hassan · 14 October 2024 · 6 minute read',
      'Share this post: Bluesky LinkedIn Email',
      '3 comments',
      'Leave a comment',
    ]);
    const detection = detectDocument({ title: 'The draft fifth National Action Plan', text });
    expect(detection.kind).toBe('other');
    expect(detection.reasons.map((r) => r.code)).toContain('aboutAPlan');
  });

  it('is still a plan when a plan’s page only offers to share itself or counts comments received', () => {
    const text = post([
      'Published 19 March 2025',
      'Share this page',
      'The consultation received 148 comments from 40 organisations.',
    ]).replace('how to have your say', 'our commitments');
    expect(detectDocument({ title: 'Fifth National Action Plan', text }).kind).toBe('action-plan');
  });
});

describe('cards with a number badge above each title', () => {
  const cards = (badge: (n: number) => string): string =>
    `<html><body><h1>Fifth National Action Plan for Open Government</h1><h2>Our commitments</h2>
<p>The plan sets out three commitments.</p><ul>${[
      ['Fiscal openness', 'Publish procurement data from planning to payment'],
      ['Anti-corruption', 'Publish ministers’ meetings with lobbyists every month'],
      ['Justice', 'Make court and tribunal data available for research'],
    ]
      .map(
        ([tag, t], i) =>
          `<li><div><span>${tag}</span>${badge(i + 1)}</div><h3><a href="/c${i + 1}">${t}</a></h3><p>One line of summary.</p><dl><dt>Lead department</dt><dd>Cabinet Office</dd></dl></li>`,
      )
      .join('')}</ul><h2>Documents</h2><p>The plan as a PDF.</p></body></html>`;

  it('takes the badges’ numbers for labels', () => {
    const page = htmlText(cards((n) => `<span class="badge">${n}</span>`));
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.title])).toEqual([
      ['1', 'Publish procurement data from planning to payment'],
      ['2', 'Publish ministers’ meetings with lobbyists every month'],
      ['3', 'Make court and tribunal data available for research'],
    ]);
  });

  it('takes no label from numbers that do not count 1, 2, 3', () => {
    const page = htmlText(cards((n) => `<span class="badge">${2023 + n}</span>`));
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => c.label)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('unnumbered bold run-in titles, counted by the plan', () => {
  const plan = (
    count: string,
  ): string => `<html><body><h1>IV Plano de Ação Nacional para a Administração Aberta</h1>
<h2>1. Introdução</h2>
<p><b>Plano anterior.</b> O III Plano de Ação contava com nove compromissos, sete dos quais concluídos.</p>
<p><b>Metodologia.</b> A cocriação decorreu em três fases, com uma consulta pública sobre a versão preliminar.</p>
<p>${count}</p>
<h2>2. Compromissos</h2>
<h3>Eixo 1 — Transparência e integridade</h3>
<p><b>Registo aberto de beneficiários efetivos.</b> O compromisso responde à necessidade de tornar esta informação acessível.</p>
<p>A entidade responsável é o Instituto dos Registos e do Notariado.</p>
<p><b>Pegada legislativa nos diplomas do Governo.</b> Pretende-se que os cidadãos acompanhem as decisões públicas.</p>
<p>A entidade responsável é a Presidência do Conselho de Ministros.</p>
<h3>Eixo 2 — Participação pública</h3>
<p><b>Plataforma única de consultas públicas.</b> O objetivo é alargar os canais de participação.</p>
<p>A entidade responsável é a Secretaria-Geral.</p>
<p><b>Assembleias de cidadãos sobre a transição climática.</b> O objetivo é aproximar a administração dos cidadãos.</p>
<p>A entidade responsável é o Ministério do Ambiente.</p>
<h2>3. Acompanhamento e avaliação</h2>
<p><b>Contactos.</b> Secretariado da Rede Nacional de Administração Aberta, Lisboa.</p></body></html>`;

  it('takes the run-ins of the part that holds as many as the plan states', () => {
    const page = htmlText(plan('Este plano contém 4 compromissos, organizados em dois eixos.'));
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.title, c.theme])).toEqual([
      ['Registo aberto de beneficiários efetivos', 'Transparência e integridade'],
      ['Pegada legislativa nos diplomas do Governo', 'Transparência e integridade'],
      ['Plataforma única de consultas públicas', 'Participação pública'],
      ['Assembleias de cidadãos sobre a transição climática', 'Participação pública'],
    ]);
  });

  it('takes none without a stated count', () => {
    const page = htmlText(plan('O plano organiza-se em dois eixos.'));
    const titles = findCommitments({ text: page.text, styles: page.styles }).map((c) => c.title);
    expect(titles).not.toContain('Registo aberto de beneficiários efetivos');
  });
});

/** A run at `x`, `y` in a font of `size`, ending its line unless told otherwise. */
const run = (str: string, x: number, y: number, font = 'g1', size = 8, hasEOL = true): TextRun => ({
  str,
  hasEOL,
  transform: [size, 0, 0, size, x, y],
  fontName: font,
  width: (size / 2) * str.length,
});

describe('a matrix whose commitment cell holds a bold title, then a description', () => {
  const matrix = (header: string): TextRun[] => {
    const row = (n: number, title: string[], y: number): TextRun[] => [
      run(String(n), 55, y, 'g1', 8, false),
      ...title.map((t, k) => run(t, 73, y - 10 * k, 'Sans-Bold')),
      run('Le diagnostic partagé lors des', 73, y - 10 * title.length),
      run('consultations a montré un écart.', 73, y - 10 * (title.length + 1)),
      run('Une information complète est', 238, y),
      run('publiée et utilisée.', 238, y - 10),
      run('Publication des rapports', 397, y),
      run('Séances de restitution', 397, y - 10),
    ];
    return [
      run('Le plan comporte trois engagements répartis en deux axes.', 57, 560),
      run('N°', 53, 530, 'Sans-Bold', 8, false),
      run(header, 89, 530, 'Sans-Bold', 8, false),
      run('Résultats attendus', 270, 530, 'Sans-Bold', 8, false),
      run('Jalons', 436, 530, 'Sans-Bold', 8, false),
      run('Calendrier', 733, 530, 'Sans-Bold'),
      run('Début', 717, 520, 'Sans-Bold', 8, false),
      run('Fin', 766, 520, 'Sans-Bold'),
      run('Axe 1 : Transparence budgétaire', 50, 508, 'Sans-Bold', 9),
      ...row(1, ['Publier le budget citoyen et les', 'rapports d’exécution budgétaire'], 495),
      ...row(2, ['Renforcer le contrôle citoyen des', 'industries extractives'], 430),
      run('Axe 2 : Participation citoyenne', 50, 370, 'Sans-Bold', 9),
      ...row(3, ['Institutionnaliser le budget participatif'], 355),
      run('Le comité de pilotage se réunit chaque trimestre pour examiner l’avancement des jalons.', 57, 280),
    ];
  };

  it('takes the bold lines of the cell for the title', () => {
    const page = styledPageTextOf(matrix('Engagement et problématique'));
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => [c.label, c.title])).toEqual([
      ['1', 'Publier le budget citoyen et les rapports d’exécution budgétaire'],
      ['2', 'Renforcer le contrôle citoyen des industries extractives'],
      ['3', 'Institutionnaliser le budget participatif'],
    ]);
  });
});
