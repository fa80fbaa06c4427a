/**
 * Cues the tenth batch of the second blind set called for: commitments lettered under numbered themes
 * ("Compromiso 2.a – Title"); a press release on a consultation that lists a draft plan's engagements as
 * "Engagement N :" headings; a title printed above the line that numbers it ("Compromisso n.º 3 · Eixo 2 —
 * …"), after a summary table that lists every title first; unnumbered titles told from the body only by
 * a bold face a little larger, whose template fields are sub-headings, after introduction sections printed
 * in the same style; themes numbered in roman numerals above commitments labelled by their number.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { matchHeading } from '../../../src/core/commitments/heading-forms.ts';
import { trailingLabel } from '../../../src/core/commitments/label-after-title.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { styledPageTextOf } from '../../../src/core/text/page-text.ts';

describe('a keyword label lettered under its theme', () => {
  it('keeps the letter in the label, not in the title', () => {
    expect(matchHeading('Compromiso 2.a – Publicación de las sentencias')).toEqual({
      form: 'keyword',
      label: '2.a',
      rest: 'Publicación de las sentencias',
    });
    expect(matchHeading('Commitment 3b: Open contracting')?.label).toBe('3b');
    // A sentence that only names a commitment stays a sentence.
    expect(matchHeading('Compromiso 2 apoyará la publicación')).toBeNull();
  });

  it('reads "Compromiso N.x" headings under roman-numeral themes', () => {
    const ficha = [
      'Institución responsable: Corte Suprema de Justicia',
      'Problema público: La ciudadanía no accede a la información que necesita.',
      'Objetivo del compromiso: Abrir la información de la institución responsable.',
    ];
    const text = [
      'V Plan de Acción Nacional de Gobierno Abierto 2025–2027',
      'I. GOBIERNO DIGITAL',
      'Compromiso 1.a – Política nacional de datos abiertos',
      ...ficha,
      'Compromiso 1.b – Trámites en línea accesibles',
      ...ficha,
      'II. JUSTICIA ABIERTA',
      'Compromiso 2.a – Publicación de las sentencias en formato abierto',
      ...ficha,
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.title])).toEqual([
      ['1.a', 'Política nacional de datos abiertos'],
      ['1.b', 'Trámites en línea accesibles'],
      ['2.a', 'Publicación de las sentencias en formato abierto'],
    ]);
  });
});

describe('a press release that lists the engagements a draft plan proposes', () => {
  const body = (heading: string): string =>
    [
      heading,
      'Lancement de la consultation publique sur le projet de quatrième plan d’action national pour un gouvernement ouvert',
      'Bruxelles, le 4 mars 2025',
      'Le ministre lance aujourd’hui une consultation publique de six semaines sur le projet de plan d’action national 2025–2027 du Partenariat pour un gouvernement ouvert.',
      'Les engagements proposés',
      'Engagement 1 : Publier en données ouvertes les subventions versées aux associations.',
      'Engagement 2 : Créer un registre public des consultations.',
      'Engagement 3 : Ouvrir les codes sources des logiciels de l’administration.',
      'Comment participer ?',
      '« Un plan de gouvernement ouvert ne peut pas être écrit dans un bureau », a déclaré le ministre.',
    ].join('\n');

  it('is about a plan when it calls itself a press release', () => {
    const d = detectDocument({ title: 'Communiqué de presse', text: body('Communiqué de presse') });
    expect(d.kind).toBe('other');
    expect(d.reasons.map((r) => r.code)).toContain('aboutAPlan');
  });

  it('stays a plan when nothing names it news', () => {
    expect(detectDocument({ text: body('Gouvernement ouvert') }).kind).toBe('action-plan');
  });
});

describe('a label printed under its title', () => {
  it('reads the label of a line that places a commitment without naming it', () => {
    expect(trailingLabel('COMPROMISSO N.º 3 · EIXO 1 — TRANSPARÊNCIA E DADOS ABERTOS')).toBe('3');
    expect(trailingLabel('Commitment 4 of 12')).toBe('4');
    // A label alone heads the title after it; a label with a title is a heading of its own.
    expect(trailingLabel('Compromisso 3')).toBeNull();
    expect(trailingLabel('Compromisso 3 – Agenda pública')).toBeNull();
  });

  const fields = (entity: string): string[] => [
    `Entidade responsável: ${entity}`,
    'Calendário: março de 2025 a dezembro de 2026',
    'Problema: A informação não está disponível de forma completa e atualizada.',
  ];
  const titles = [
    'Abrir os dados da despesa municipal em tempo real',
    'Orçamento participativo jovem',
    'Agenda pública dos eleitos e dirigentes',
    'Canal de denúncia com proteção do denunciante',
  ];
  const eixo = (k: number): string => (k < 2 ? 'EIXO 1 — TRANSPARÊNCIA' : 'EIXO 2 — INTEGRIDADE');

  it('takes the title above it, not the summary that lists the titles first', () => {
    const text = [
      'Plano de Ação Local de Governo Aberto 2025–2027',
      'Sumário executivo',
      'O plano integra quatro compromissos.',
      ...titles.map((t, k) => `${k + 1}\t${t}\tGabinete da Presidência`),
      '1. Introdução',
      'A transparência faz parte da história recente do município.',
      ...titles.flatMap((t, k) => [
        t,
        `COMPROMISSO N.º ${k + 1} · ${eixo(k)}`,
        ...fields('Gabinete da Presidência'),
      ]),
    ].join('\n');
    expect(findCommitments({ text }).map((c) => [c.label, c.title])).toEqual(
      titles.map((t, k) => [String(k + 1), t]),
    );
  });

  it('files the commitment under the theme that line names', () => {
    const text = [
      'Plano de Ação Local de Governo Aberto 2025–2027',
      ...titles.flatMap((t, k) => [t, `COMPROMISSO N.º ${k + 1} · ${eixo(k)}`, ...fields('Gabinete')]),
    ].join('\n');
    expect(findCommitments({ text }).map((c) => c.theme)).toEqual([
      'TRANSPARÊNCIA',
      'TRANSPARÊNCIA',
      'INTEGRIDADE',
      'INTEGRIDADE',
    ]);
  });

  it('is not a running header where it opens each page under its title, in the same theme', () => {
    let text = 'Plano de Ação Local de Governo Aberto 2025–2027\nO plano integra quatro compromissos.\n1\n';
    const pages = [{ start: 0, end: [...text].length }];
    titles.forEach((t, k) => {
      const start = [...text].length;
      text += `${[t, `COMPROMISSO N.º ${k + 1} · EIXO 3 — INTEGRIDADE`, ...fields('Gabinete da Presidência'), String(k + 2)].join('\n')}\n`;
      pages.push({ start, end: [...text].length });
    });
    expect(findCommitments({ text, pages }).map((c) => [c.label, c.page])).toEqual(
      titles.map((_, k) => [String(k + 1), k + 2]),
    );
  });
});

describe('unnumbered titles in bold whose fields are sub-headings', () => {
  const run = (str: string, font: string, size: number) => ({
    str,
    hasEOL: true,
    transform: [size, 0, 0, size, 50, 700],
    fontName: font,
    width: 0.5 * str.length * size,
  });
  const body = (str: string) => run(str, 'Serif', 9.5);
  const title = (str: string) => run(str, 'Sans-Bold', 11.5);
  const field = (str: string) => run(str, 'Sans-Bold', 9.5);
  const commitment = (t: string) => [
    title(t),
    field('Lead department'),
    body('Office of Government Procurement'),
    field('The challenge'),
    body('Award notices are published, but the documents that follow them are not.'),
    field('OGP values'),
    body('Transparency; civic participation; public accountability.'),
    field('Milestones'),
    body('Publish planning and award data for central government — March 2026'),
  ];
  const titles = [
    'Publish contract data from planning to payment',
    'Give citizens a say in the spending of local authorities',
    'Strengthen the regulation of lobbying',
  ];
  const page = styledPageTextOf([
    run('Fourth National Action Plan 2025–2027', 'Sans', 20),
    run('About this Plan', 'Sans', 15),
    body('This is the fourth national action plan since the country joined the Partnership.'),
    title('What we achieved under the third plan'),
    body('The third plan contained eleven commitments, most of them substantially completed.'),
    title('Who took part'),
    body('Participants came from community organisations, trade unions and universities.'),
    run('Open Public Finances', 'Sans', 15),
    body('The commitments under this theme respond to proposals made during the consultation.'),
    ...commitment(titles[0] as string),
    ...commitment(titles[1] as string),
    run('Accountable Institutions', 'Sans', 15),
    body('The commitments under this theme respond to proposals made during the consultation.'),
    ...commitment(titles[2] as string),
  ]);

  it('takes the titles that each carry a template, not the sections of the introduction', () => {
    expect(findCommitments({ text: page.text, styles: page.styles }).map((c) => c.title)).toEqual(titles);
  });
});

describe('a theme numbered as its commitments are', () => {
  it('takes "II. JUSTICIA ABIERTA" for the theme of "Compromiso 2.a", not a numbered activity', () => {
    const ficha = (n: string) => [
      'Institución responsable: Corte Suprema de Justicia',
      'Problema público: La ciudadanía no accede a la información que necesita.',
      'Actividades:',
      `1. Diagnóstico del compromiso ${n} (junio de 2025)`,
      `2. Publicación de la primera versión (diciembre de 2025)`,
    ];
    const text = [
      'V Plan de Acción Nacional de Gobierno Abierto 2025–2027',
      'I. GOBIERNO DIGITAL',
      'Los compromisos de este eje buscan mejorar el acceso a los servicios digitales.',
      'Compromiso 1.a – Política nacional de datos abiertos',
      ...ficha('1.a'),
      'Compromiso 1.b – Trámites en línea accesibles',
      ...ficha('1.b'),
      'II. JUSTICIA ABIERTA',
      'Los compromisos de este eje buscan acercar la justicia a la ciudadanía.',
      'Compromiso 2.a – Publicación de las sentencias en formato abierto',
      ...ficha('2.a'),
    ].join('\n');
    const found = findCommitments({ text });
    expect(found.map((c) => [c.label, c.theme])).toEqual([
      ['1.a', 'GOBIERNO DIGITAL'],
      ['1.b', 'GOBIERNO DIGITAL'],
      ['2.a', 'JUSTICIA ABIERTA'],
    ]);
    // The theme heading between two commitments is not the end of the first.
    expect(text.slice(found[1]?.start, found[1]?.end)).not.toContain('JUSTICIA');
  });
});
