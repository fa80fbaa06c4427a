import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnchoringText } from '../../../src/core/anchoring/index.ts';
import { findCommitments, type Commitment } from '../../../src/core/commitments/index.ts';
import { COMMITMENT_FIXTURES, fixtureSource, readJson } from './fixture-text.ts';

type Expected = Omit<Commitment, 'start' | 'end'>;

const plans = readdirSync(COMMITMENT_FIXTURES).filter((f) => f.startsWith('plan-') && f.endsWith('.txt'));

describe('findCommitments on written plans in four languages', () => {
  it('has a fixture per language and heading form', () => {
    expect(plans).toEqual(
      expect.arrayContaining([
        'plan-en.txt',
        'plan-es.txt',
        'plan-pt.txt',
        'plan-fr.txt',
        'plan-ids-en.txt',
        'plan-pipe-es.txt',
      ]),
    );
  });

  for (const file of plans) {
    it(`reads ${file} as printed`, () => {
      const source = fixtureSource(COMMITMENT_FIXTURES + file);
      const expected = readJson<{ commitments: Expected[] }>(
        COMMITMENT_FIXTURES + file.replace(/\.txt$/u, '.expected.json'),
      ).commitments;
      const found = findCommitments(source);
      // Plans report no status of their own: only self-assessments and IRM reports do.
      expect(found.map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(
        expected.map((e) => ({ ...e, reportedStatus: null })),
      );
      const doc = new AnchoringText(source.text);
      for (const c of found) {
        const span = doc.slice(c.start, c.end);
        // The span starts at the heading and holds the first words of the title.
        expect(span.replace(/\s+/gu, ' ')).toContain(c.title.split(' ').slice(0, 2).join(' '));
        expect(span).toBe(span.trim());
      }
      // Spans are in order and never overlap.
      for (let i = 1; i < found.length; i++) {
        expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
      }
    });
  }

  it('skips contents entries, and numbered achievements and recommendations', () => {
    const labels = findCommitments(fixtureSource(COMMITMENT_FIXTURES + 'plan-en.txt')).map((c) => c.label);
    expect(labels).toEqual(['1', '2', '3']);
  });

  it('ends the last commitment before the recommendations', () => {
    const source = fixtureSource(COMMITMENT_FIXTURES + 'plan-en.txt');
    const last = findCommitments(source).at(-1);
    expect(new AnchoringText(source.text).slice(last?.start ?? 0, last?.end ?? 0)).not.toContain(
      'Recommendations',
    );
  });

  it('counts offsets in code points', () => {
    const text = '𝐎𝐆𝐏 plan\nCommitment 1: Open data\nLead agency: Office\nCommitment 2: Open budgets\nText.';
    const found = findCommitments({ text });
    const doc = new AnchoringText(text);
    expect(found.map((c) => doc.slice(c.start, c.end).split('\n')[0])).toEqual([
      'Commitment 1: Open data',
      'Commitment 2: Open budgets',
    ]);
    expect(found[0]?.start).toBe(text.indexOf('Commitment 1') - 3);
  });

  it('does not take a sentence about a commitment for its heading', () => {
    const text =
      'Commitment 1: Open data\nBody.\nCommitment 2 will be reviewed by the IRM.\nCommitment 2: Open budgets\nBody.';
    expect(findCommitments({ text }).map((c) => c.title)).toEqual(['Open data', 'Open budgets']);
  });

  it('joins a title hyphenated across lines and reads tab-separated fields', () => {
    const text =
      'Compromiso 1:\tParticipación en la elabora-\nción de presupuestos\nInstitución responsable:\tMinisterio de Hacienda\nCompromiso 2: Datos\nTexto.';
    const [first] = findCommitments({ text });
    expect(first?.title).toBe('Participación en la elaboración de presupuestos');
    expect(first?.leadAgency).toBe('Ministerio de Hacienda');
  });

  it.each([
    ['Commitment #3 – Open data', 'Commitment #4 – Open budgets', '3', 'Open data'],
    ['COMPROMISO N° 4 - DATOS ABIERTOS', 'COMPROMISO N° 5 - OBRAS', '4', 'DATOS ABIERTOS'],
    ['Compromisso 1 | Dados abertos', 'Compromisso 2 | Orçamento', '1', 'Dados abertos'],
    ['Engagement 7\u00a0: Données ouvertes', 'Engagement 8\u00a0: Budget', '7', 'Données ouvertes'],
    ['Compromiso 2.1. Datos abiertos', 'Compromiso 2.2. Obras', '2.1', 'Datos abiertos'],
    ['Compromisso n.º 3 — Dados abertos', 'Compromisso n.º 4 — Orçamento', '3', 'Dados abertos'],
    ['Compromiso Nro. 2: Datos abiertos', 'Compromiso Nro. 3: Obras', '2', 'Datos abiertos'],
  ])('reads the heading %s', (first, second, label, title) => {
    const found = findCommitments({ text: `${first}\nTexto.\n${second}\nTexto.` });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ label, title });
  });

  it('finds nothing in text without commitments', () => {
    expect(findCommitments({ text: 'A city council approved bike lanes.\nWork starts in spring.' })).toEqual(
      [],
    );
  });
});

describe('findCommitments with a heading repeated as a running header', () => {
  it('starts the commitment at its first heading, not at the repeats', () => {
    const pages = [
      'Compromiso 1: Datos abiertos\nInstitución responsable: Ministerio\nTexto del compromiso.\nMás texto.',
      'Compromiso 1: Datos abiertos\nSigue el texto del compromiso.\nMás texto.\nY más.',
      'Compromiso 2: Presupuesto abierto\nInstitución responsable: Hacienda\nTexto.\nFin.',
    ];
    const text = pages.join('\n\n');
    const found = findCommitments({ text });
    expect(found.map((c) => [c.label, c.start])).toEqual([
      ['1', 0],
      ['2', text.indexOf('Compromiso 2')],
    ]);
    expect(found[0]?.leadAgency).toBe('Ministerio');
  });
});

describe('findCommitments on the OGP template as PDF extraction leaves it', () => {
  it('reads a field whose value is on the next line, and both dates from one line', () => {
    const text = [
      'Commitment 1: Open contracting',
      'Lead implementing agency/actor',
      'Public Procurement Office',
      'Commitment start and end date: January 2021 – June 2023',
      'Milestone activity with a verifiable deliverable\tStart Date\tEnd Date',
      'Publish contracts in OCDS\tJanuary 2021\tDecember 2021',
      'Commitment 2: Open budgets',
      'Lead implementing agency/actor: Ministry of Finance',
    ].join('\n');
    const [first, second] = findCommitments({ text });
    expect(first).toMatchObject({
      leadAgency: 'Public Procurement Office',
      startDate: 'January 2021',
      endDate: 'June 2023',
      milestones: [
        { title: 'Publish contracts in OCDS', startDate: 'January 2021', endDate: 'December 2021' },
      ],
    });
    expect(second?.leadAgency).toBe('Ministry of Finance');
  });
});
