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

  it('imports the annotations and the reply, and reports the local-file one by position', () => {
    expect(records).toHaveLength(4);
    expect(problems.map((p) => p.index)).toEqual([4]);
    // A file:/// address is neither a web address nor a PDF key: the schema refuses it, naming the field.
    expect(problems[0]?.message).toMatch(/^target\.source:/);
  });

  it("makes a reply ours: it answers the thread's root, on the root's passage", () => {
    const root = records[2];
    expect(records[3]).toEqual({
      id: recordIdOfHypothesis('Rr5eYw1EEe-8dW1bT0aZ7h'),
      motivation: 'replying',
      replyTo: recordIdOfHypothesis('kQ9r3Ew1Ee-8dW1bT0aZ7g'),
      target: root?.target,
      body: { comment: 'Agreed, the minutes are public.', tags: [] },
      document: { title: 'Example Action Plan 2024-2026 | Open Government Partnership' },
      visibility: 'group',
      created: '2024-06-05T10:00:00.000Z',
      modified: '2024-06-05T10:00:00.000Z',
    });
  });

  it('says so when the annotation a reply answers was in the file but could not be read', () => {
    const rows = (exported as { rows: Record<string, unknown>[] }).rows;
    // A root on an address we do not keep, which the schema refuses.
    const unreadable = { ...rows[2], target: [{ source: 'javascript:alert(1)', selector: [] }] };
    const result = fromHypothesis([unreadable, rows[3]]);
    expect(result.records).toEqual([]);
    expect(result.problems[1]).toEqual({
      index: 1,
      message: 'a reply to an annotation of this file that could not be read',
    });
  });

  it('takes a page note (no selectors) as a note on the whole document', () => {
    const rows = (exported as { rows: Record<string, unknown>[] }).rows;
    const pageNote = { ...rows[2], target: [{ source: 'https://open.gov.example/plan' }] };
    const result = fromHypothesis([pageNote]);
    expect(result.problems).toEqual([]);
    expect(result.records[0]?.target).toEqual({ source: 'https://open.gov.example/plan', selector: [] });
  });

  it('reports a reply whose thread is not in the file, in file order with the other problems', () => {
    const rows = (exported as { rows: Record<string, unknown>[] }).rows;
    const orphanReply = { ...rows[3], id: 'Ss6fZx2FEe-9eX2cU1bA8i', references: ['notInThisFile00000000'] };
    const result = fromHypothesis([orphanReply, ...rows]);
    expect(result.records).toHaveLength(4);
    expect(result.problems).toEqual([
      { index: 0, message: 'a reply to an annotation that is not in this file' },
      { index: 5, message: expect.stringMatching(/^target\.source:/) as unknown },
    ]);
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
