import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHypothesis, recordIdOfHypothesis } from '../../../src/core/export/from-hypothesis.ts';
import { uuidV5 } from '../../../src/core/export/uuid-v5.ts';
import { PDF_FRAGMENT_SPEC } from '../../../src/core/model/selectors.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/export/hypothesis-export.json');
const exported: unknown = JSON.parse(readFileSync(FIXTURE, 'utf8'));

describe('fromHypothesis', () => {
  const { records, problems } = fromHypothesis(exported);

  it('imports the annotations and reports the reply and the local-file one by position', () => {
    expect(records).toHaveLength(3);
    expect(problems.map((p) => p.index)).toEqual([3, 4]);
    expect(problems[0]?.message).toBe('a reply; replies are not imported yet');
    // A file:/// address is neither a web address nor a PDF key: the schema refuses it, naming the field.
    expect(problems[1]?.message).toMatch(/^target\.source:/);
  });

  it('maps a public comment: stable UUID, UTC dates, quote and position kept, XPath range dropped', () => {
    expect(records[0]).toEqual({
      id: recordIdOfHypothesis('Xq2rJ8Y3Ee6Zb7Nq0mPZ1w'),
      motivation: 'commenting',
      target: {
        source: 'https://www.opengovpartnership.org/documents/example-action-plan-2024-2026/',
        selector: [
          { type: 'TextPositionSelector', end: 9402, start: 9314 },
          {
            type: 'TextQuoteSelector',
            exact: 'Publish the beneficial ownership register as open data, updated every quarter.',
            prefix: 'Commitment 4: Beneficial owners\n',
            suffix: '\nLead agency: Ministry of Justice',
          },
        ],
      },
      body: {
        comment:
          'Milestone 2 has no date. Compare the **IRM** note:\n\nhttps://www.opengovpartnership.org/irm/',
        tags: ['irm', 'milestones', 'fecha límite'],
      },
      document: { title: 'Example Action Plan 2024-2026 | Open Government Partnership' },
      visibility: 'public',
      created: '2024-05-14T09:12:33.418Z',
      modified: '2024-05-15T17:02:10.004Z',
    });
  });

  it('maps a private PDF highlight: its page becomes our page fragment refined by the quote', () => {
    const pdf = records[1];
    expect(pdf).toMatchObject({
      motivation: 'highlighting',
      visibility: 'private',
      target: { source: 'urn:x-pdf:8c4b5a6f2e1d0c9b8a7f6e5d4c3b2a19' },
      document: { title: 'Plan de Acción de Gobierno Abierto 2024-2026' },
      created: '2024-06-02T01:45:00.000Z',
    });
    expect(pdf?.target.selector[2]).toEqual({
      type: 'FragmentSelector',
      conformsTo: PDF_FRAGMENT_SPEC,
      value: 'page=12',
      refinedBy: {
        type: 'TextQuoteSelector',
        exact: 'Compromiso 5. Presupuesto participativo en 100 municipios',
        prefix: 'Eje 2: Participación ciudadana ',
        suffix: ' Institución responsable',
      },
    });
  });

  it('maps a group annotation and converts +02:00 dates to UTC', () => {
    expect(records[2]).toMatchObject({
      visibility: 'group',
      body: { comment: 'Our network asked for this in 2022 — see minutes 😀', tags: ['participação'] },
      created: '2024-06-03T06:00:00.000Z',
      modified: '2024-06-04T06:00:00.000Z',
    });
  });

  it('derives ids as UUID v5 of the canonical Hypothesis address, the same on every import', () => {
    expect(recordIdOfHypothesis('Xq2rJ8Y3Ee6Zb7Nq0mPZ1w')).toBe(
      uuidV5('https://hypothes.is/a/Xq2rJ8Y3Ee6Zb7Nq0mPZ1w'),
    );
    expect(fromHypothesis(exported).records.map((r) => r.id)).toEqual(records.map((r) => r.id));
  });

  it('accepts a bare array of rows and the web app export ({annotations})', () => {
    const rows = (exported as { rows: unknown[] }).rows;
    expect(fromHypothesis(rows).records).toEqual(records);
    expect(fromHypothesis({ export_date: '2024-07-01', annotations: rows }).records).toEqual(records);
    expect(fromHypothesis({ nothing: true })).toEqual({ records: [], problems: [] });
  });
});
