/** One cue of the commitment finder at a time: each is a small pure module under src/core/commitments. */
import { describe, expect, it } from 'vitest';
import { AnchoringText } from '../../../src/core/anchoring/anchoring-text.ts';
import { contentsEntries, entriesInBody } from '../../../src/core/commitments/contents-page.ts';
import { layoutOf } from '../../../src/core/commitments/layout-cues.ts';
import { follows, levelKey, parseNumbered } from '../../../src/core/commitments/numbering.ts';
import { reportedStatus } from '../../../src/core/commitments/reported-status.ts';
import { statedCount } from '../../../src/core/commitments/stated-count.ts';
import { tableRows } from '../../../src/core/commitments/table-rows.ts';
import { fieldOf, templateBlocks } from '../../../src/core/commitments/template-fields.ts';
import type { TextStyle } from '../../../src/core/text/page-text.ts';
import { textLines } from '../../../src/core/text/text-lines.ts';

describe('layout cues', () => {
  // Body in one face at 10 pt; a theme at 16 pt; a commitment title in a wider (bold) face at 10 pt.
  const text = 'Transparency\nOpen budget data\nThe ministry will publish the budget every quarter.\nNote';
  const lines = textLines(text);
  const doc = new AnchoringText(text);
  const style = (line: number, size: number, font: string, em: number): TextStyle => {
    const l = lines[line] as (typeof lines)[number];
    return { start: l.start, end: l.end, size, font, em, bold: false };
  };
  const styles = [
    style(0, 16, 'f1', 0.5),
    style(1, 10, 'f2', 0.56),
    style(2, 10, 'f1', 0.5),
    style(3, 7, 'f1', 0.5),
  ];

  it('ranks headings by size, then weight; body text and small print are not headings', () => {
    const layout = layoutOf(lines, styles, (u) => doc.toCodePoint(u));
    expect(layout?.rank).toEqual([1, 2, 0, 0]);
  });

  it('tells weight by glyph width when font names are opaque ids', () => {
    const same = styles.map((s) => (s.font === 'f2' ? { ...s, em: 0.5 } : s));
    expect(layoutOf(lines, same, (u) => doc.toCodePoint(u))?.rank[1]).toBe(0);
  });

  it('takes a font named bold as bold, and has no layout without styles', () => {
    const named = styles.map((s) => (s.font === 'f2' ? { ...s, em: 0, bold: true } : s));
    expect(layoutOf(lines, named, (u) => doc.toCodePoint(u))?.rank[1]).toBe(2);
    expect(layoutOf(lines, undefined, (u) => u)).toBeNull();
  });
});

describe('numbering', () => {
  it('reads plain, dotted, letter and roman labels with their level', () => {
    expect(parseNumbered('1.2 Open contracting')).toMatchObject({ label: '1.2', parts: [1, 2] });
    const deep = parseNumbered('2.3.1 Publish data');
    expect(deep && levelKey(deep)).toBe('number:3');
    expect(parseNumbered('A.1 Datos abiertos')).toMatchObject({ scheme: 'letter', parts: [1, 1] });
    expect(parseNumbered('IV. Integridad')).toMatchObject({ scheme: 'roman', parts: [4] });
    expect(parseNumbered('3. Participation')).toMatchObject({ label: '3', parts: [3] });
  });

  it('does not take a year or a count for a label', () => {
    expect(parseNumbered('2024 budget')).toBeNull();
    expect(parseNumbered('3 ministries will')).toBeNull();
  });

  it('follows a sequence within a parent and across parents', () => {
    const n = (s: string) => {
      const parsed = parseNumbered(`${s} Title`);
      if (!parsed) throw new Error(`no label in ${s}`);
      return parsed;
    };
    expect(follows(null, n('1.1'))).toBe(true);
    expect(follows(n('1.1'), n('1.2'))).toBe(true);
    expect(follows(n('1.3'), n('2.1'))).toBe(true);
    expect(follows(n('1.1'), n('1.3'))).toBe(false);
    expect(follows(n('1.1'), n('1.1.1'))).toBe(false);
  });
});

describe('template fields in four languages', () => {
  it.each([
    ['Lead implementing agency: Ministry of Finance', 'lead', 'Ministry of Finance'],
    ['Institución responsable\tMinisterio de Hacienda', 'lead', 'Ministerio de Hacienda'],
    ['Entidade responsável: AMA', 'lead', 'AMA'],
    ['Porteur : Etalab', 'lead', 'Etalab'],
    ['Nombre del compromiso:', 'title', ''],
    ['Intitulé de l’engagement : Données ouvertes', 'title', 'Données ouvertes'],
    ['Fecha de término: junio de 2026', 'end', 'junio de 2026'],
    ['Calendarização: janeiro de 2024 – junho de 2026', 'period', 'janeiro de 2024 – junho de 2026'],
    ['Quel est le problème public ?', 'problem', ''],
    ['Hitos', 'milestones', ''],
    ['Nível de cumprimento: Limitado', 'status', 'Limitado'],
    // Table cells run together in a PDF: a label of two words or more, then a capitalised value.
    ['Supporting stakeholders Transparency Now', 'supporting', 'Transparency Now'],
  ])('%s', (line, kind, value) => {
    expect(fieldOf(line)).toEqual({ kind, value });
  });

  it('does not read sentences as fields', () => {
    expect(fieldOf('Milestones are dated in the annex.')).toBeNull();
    expect(fieldOf('Porteur Ministère de la Culture')).toBeNull();
    expect(fieldOf('The lead agency will publish')).toBeNull();
  });

  it('cuts blocks where a kind comes again, counted by the kinds that agree', () => {
    const lines = [
      'Lead agency: A',
      'Start date: 2024',
      'Milestones:',
      'Lead agency: B',
      'Start date: 2025',
      'Milestones:',
      'Lead agency: C',
      'Start date: 2025',
    ].map(fieldOf);
    expect(templateBlocks(lines).map((b) => b.first)).toEqual([0, 3, 6]);
    // One kind repeated alone is not a template.
    expect(templateBlocks(['Milestones:', 'Milestones:'].map(fieldOf))).toEqual([]);
  });
});

describe('stated count', () => {
  it.each([
    ['This plan contains 15 commitments across five themes.', 15],
    ['El presente plan contiene doce compromisos agrupados en cuatro ejes.', 12],
    ['O presente plano integra 8 compromissos, organizados em 3 eixos.', 8],
    ['Le présent plan comporte 21 engagements répartis en 5 axes.', 21],
    ['The 9 commitments of this plan were co-created.', 9],
    ['The plan comprises twelve (12) commitments.', 12],
    ['El plan cuenta con 15 compromisos.', 15],
    ['Le plan est composé de 7 engagements.', 7],
  ])('%s', (text, n) => {
    expect(statedCount(text)).toBe(n);
  });

  it('is null when the plan states none', () => {
    expect(statedCount('We made 15 commitments in 2019 and kept most.')).toBeNull();
    expect(statedCount('Commitment 3 contains 2 milestones.')).toBeNull();
  });
});

describe('reported status', () => {
  it.each([
    [['Completion: Substantial', 'The agency reports…'], 'Substantial'],
    [['Status: complete.'], 'complete'],
    [['Nível de cumprimento:', 'Limitado'], 'Limitado'],
    [['Avance: limitado (ver anexo)'], 'limitado'],
    [['État d’avancement : achevé'], 'achevé'],
  ])('%j', (lines, status) => {
    expect(reportedStatus(lines)).toBe(status);
  });

  it('is null without a status field, or when the whole scale is printed without its tick', () => {
    expect(reportedStatus(['Lead agency: GSA'])).toBeNull();
    expect(reportedStatus(['Completion level', 'Not started Limited Substantial Completed'])).toBeNull();
  });
});

describe('table rows', () => {
  it('reads commitments from the rows under a header that names them, not from other tables', () => {
    const text = [
      'No.\tCommitment\tLead agency\tPeriod',
      '1\tOpen procurement data\tMinistry of Finance\t2024–2026',
      '2\tLobbying register\tOffice of the President\t2024–2025',
      'No.\tMilestone\tDate',
      '1.1\tPublish a first data set\tJune 2024',
    ].join('\n');
    expect(tableRows(textLines(text))).toEqual([
      { line: 1, label: '1', title: 'Open procurement data' },
      { line: 2, label: '2', title: 'Lobbying register' },
    ]);
  });
});

describe('contents page', () => {
  const text = [
    'Contents',
    '1.1 Open data on procurement ........ 3',
    '1.2 A lobbying register ........ 4',
    'Introduction',
    'Body text.',
    '1.1 Open data on public procurement from planning to payment',
    'Lead agency: Ministry of Finance',
    '1.2 A public register of lobbyists',
    'Lead agency: Office of the President',
  ].join('\n');
  const lines = textLines(text);

  it('reads entries with their label, level and printed page', () => {
    expect(contentsEntries(lines)).toEqual([
      { line: 1, label: '1.1', level: 'number:2', title: 'Open data on procurement', page: 3 },
      { line: 2, label: '1.2', level: 'number:2', title: 'A lobbying register', page: 4 },
    ]);
  });

  it('finds each entry in the body, and drops one whose page does not agree', () => {
    const pages = [1, 1, 1, 2, 2, 3, 3, 4, 4];
    expect(entriesInBody(contentsEntries(lines), lines, (i) => pages[i] ?? null).map((f) => f.line)).toEqual([
      5, 7,
    ]);
    const wrong = [1, 1, 1, 2, 2, 3, 3, 9, 9];
    expect(entriesInBody(contentsEntries(lines), lines, (i) => wrong[i] ?? null).map((f) => f.line)).toEqual([
      5,
    ]);
  });
});
