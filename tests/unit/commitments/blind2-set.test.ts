/**
 * The second blind set (`tests/fixtures/blind2`): plans, reports and pages about plans printed to PDF by
 * Chromium (or left as HTML), labelled before the finder read them, read the way
 * `plan-annotator inspect FILE --json` reads them. Each commitment as labelled: its label and page exactly,
 * its title as printed, and the status a self-assessment or IRM report prints for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../cli/inspect.ts';
import { editSimilarity } from '../../../src/core/anchoring/edit-similarity.ts';
import { COMMITMENT_FIXTURES } from './fixture-text.ts';

const DIR = join(COMMITMENT_FIXTURES, '..', 'blind2');

interface Expected {
  kind: string;
  language: string;
  file: string;
  commitments: Array<{
    label: string | null;
    title: string;
    page: number | null;
    reportedStatus?: string | null;
  }>;
}

const labels = readdirSync(DIR).filter((f) => f.endsWith('.expected.json'));
const norm = (t: string): string => t.toLowerCase().replace(/\s+/gu, ' ').trim();

describe('second blind set through inspect', () => {
  it('has plans in the four languages, two each at least, reports, and pages about a plan', () => {
    const byLanguage = new Map<string, number>();
    const kinds = new Set<string>();
    let other = 0;
    for (const f of labels) {
      const e = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Expected;
      kinds.add(e.kind);
      if (e.kind === 'other') other++;
      else byLanguage.set(e.language, (byLanguage.get(e.language) ?? 0) + 1);
    }
    for (const lang of ['en', 'es', 'fr', 'pt']) expect(byLanguage.get(lang) ?? 0).toBeGreaterThanOrEqual(2);
    expect(other).toBeGreaterThanOrEqual(3);
    expect([...kinds].sort()).toEqual(['action-plan', 'irm-report', 'other', 'self-assessment']);
  });

  for (const file of labels) {
    it(file.replace('.expected.json', ''), async () => {
      const expected = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Expected;
      const { inspection } = await inspect(join(DIR, expected.file));
      expect(inspection.kind).toBe(expected.kind);
      const found = inspection.commitments;
      expect(found.map((c) => [c.label, c.page])).toEqual(expected.commitments.map((c) => [c.label, c.page]));
      found.forEach((c, i) => {
        const want = expected.commitments[i];
        expect(editSimilarity(norm(c.title), norm(want?.title ?? '')), `${c.title} / ${want?.title}`).toBe(1);
        if (want?.reportedStatus !== undefined) expect(c.reportedStatus).toBe(want.reportedStatus);
      });
    });
  }
});
