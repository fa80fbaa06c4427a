import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toW3CExportDocument } from '../../../src/core/export/index.ts';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { copyIdOf, formatOf, planImport, readImportText } from '../../../src/sidebar/import-records.ts';
import { ALL_RECORDS, ASSESSED, HTML_COMMENT, REPLY, SAMPLE_RECORDS } from './sample-records.ts';

const HERE = 'https://www.gov.example/plan';
const NOW = '2026-11-23T10:00:00.000Z';
const exportOf = (records: readonly Annotation[]) =>
  JSON.stringify(toW3CExportDocument(records, { id: 'urn:uuid:0f8b6a52-3c1e-4e2a-9b7d-000000000001' }));
const hypothesis = readFileSync(
  new URL('../../fixtures/export/hypothesis-export.json', import.meta.url),
  'utf8',
);

describe('the sidebar import: reading a file', () => {
  it('tells our export, a single W3C annotation and Hypothesis exports apart', () => {
    expect(formatOf(JSON.parse(exportOf(SAMPLE_RECORDS)))).toBe('w3c');
    expect(formatOf({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation' })).toBe('w3c');
    expect(formatOf({ type: 'AnnotationPage', items: [] })).toBe('w3c');
    expect(formatOf(JSON.parse(hypothesis))).toBe('hypothesis');
    expect(formatOf({ id: 'Xq2rJ8Y3Ee6Zb7Nq0mPZ1w', uri: HERE, target: [] })).toBe('hypothesis');
    expect(formatOf([{ id: 'Xq2rJ8Y3Ee6Zb7Nq0mPZ1w', user: 'acct:a@hypothes.is' }])).toBe('hypothesis');
    for (const other of [
      { hello: 'world' },
      [],
      [1, 2],
      'text',
      3,
      null,
      [{ type: 'Annotation' }, { uri: HERE }],
    ]) {
      expect(formatOf(other)).toBeNull();
    }
  });

  it('refuses what is not JSON or not an export, in words, with no records', () => {
    expect(readImportText('{"rows": [', NOW)).toMatchObject({
      ok: false,
      message: expect.stringContaining('not JSON'),
    });
    expect(readImportText('{"a": 1}', NOW)).toMatchObject({
      ok: false,
      message: expect.stringContaining('neither a W3C Web Annotation export'),
    });
    const onlyBad = readImportText(
      JSON.stringify({ rows: [{ id: 'x', uri: HERE, references: ['y'] }] }),
      NOW,
    );
    expect(onlyBad).toMatchObject({
      ok: false,
      message: expect.stringContaining('item 1: a reply to an annotation that is not in this file'),
    });
    expect(readImportText(exportOf([]), NOW)).toEqual({
      ok: false,
      message: 'This file holds no annotations. Nothing was imported.',
    });
  });

  it('gives back every record of our export, and the Hypothesis rows with the reasons for the rest', () => {
    const ours = readImportText(exportOf(ALL_RECORDS), NOW);
    expect(ours.ok && ours.records.map((r) => r.id)).toEqual(ALL_RECORDS.map((r) => r.id));
    const theirs = readImportText(hypothesis, NOW);
    expect(theirs.ok).toBe(true);
    if (theirs.ok) {
      expect(theirs.format).toBe('hypothesis');
      expect(theirs.records.length + theirs.problems.length).toBe(5);
    }
  });
});

describe('the sidebar import: planning the saves', () => {
  it('moves every record onto this document and saves parents before replies', () => {
    const plan = planImport([REPLY, ...SAMPLE_RECORDS, ASSESSED], HERE, []);
    expect(plan.duplicates).toBe(0);
    expect(plan.toSave.map((r) => r.target.source)).toEqual(Array(5).fill(HERE));
    expect(plan.toSave.at(-1)?.id).toBe(REPLY.id);
    // Nothing else changes: selectors, bodies, dates.
    const comment = plan.toSave.find((r) => r.id === HTML_COMMENT.id);
    expect(comment).toEqual({ ...HTML_COMMENT, target: { ...HTML_COMMENT.target, source: HERE } });
  });

  it('skips an id already stored, the same quote and body under another id, and repeats in the file', () => {
    const stored = { ...HTML_COMMENT, target: { ...HTML_COMMENT.target, source: HERE } };
    const sameContent = { ...HTML_COMMENT, id: '9a9a9a9a-3c1e-4e2a-9b7d-5a1c2e3f4a5b' };
    // Key order differs from the stored body: still the same content.
    const reordered = {
      ...sameContent,
      body: { tags: HTML_COMMENT.body.tags, comment: HTML_COMMENT.body.comment },
    };
    const edited = {
      ...sameContent,
      id: '8b8b8b8b-3c1e-4e2a-9b7d-5a1c2e3f4a5b',
      body: { ...HTML_COMMENT.body, comment: 'Other' },
    };
    const plan = planImport([HTML_COMMENT, reordered, edited, edited], HERE, [stored]);
    expect(plan.toSave.map((r) => r.id)).toEqual([edited.id]);
    expect(plan.duplicates).toBe(3);
  });

  it('counts a copy made on an earlier import (its id taken elsewhere) as a duplicate, replies following it', () => {
    const parent = ALL_RECORDS.find((r) => r.id === REPLY.replyTo);
    if (!parent) throw new Error('REPLY has no parent in the samples');
    const copyId = copyIdOf(parent.id, HERE);
    expect(copyId).toMatch(/^[0-9a-f-]{36}$/);
    expect(copyId).not.toBe(parent.id);
    expect(copyIdOf(parent.id, `${HERE}/other`)).not.toBe(copyId);
    const copy = { ...parent, id: copyId, body: { ...parent.body, comment: 'edited here since' } };
    const plan = planImport([parent, REPLY], HERE, [{ ...copy, target: { ...copy.target, source: HERE } }]);
    expect(plan.duplicates).toBe(1);
    expect(plan.toSave.map((r) => [r.id, r.replyTo])).toEqual([[REPLY.id, copyId]]);
  });

  it('points a reply at the stored copy when its parent was skipped as the same content', () => {
    const parent = ALL_RECORDS.find((r) => r.id === REPLY.replyTo);
    expect(parent).toBeDefined();
    if (!parent) return;
    const storedCopy = {
      ...parent,
      id: '7c7c7c7c-3c1e-4e2a-9b7d-5a1c2e3f4a5b',
      target: { ...parent.target, source: HERE },
    };
    const plan = planImport([parent, REPLY], HERE, [storedCopy]);
    expect(plan.toSave.map((r) => [r.id, r.replyTo])).toEqual([[REPLY.id, storedCopy.id]]);
  });
});
