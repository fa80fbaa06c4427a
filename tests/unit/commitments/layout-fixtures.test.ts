/**
 * The generated layout fixtures (`scripts/commitment-fixtures.ts`), read the way `plan-annotator inspect
 * FILE --json` reads them: each document's commitments as labelled, pages about a plan as `other`, and the
 * status a self-assessment reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../cli/inspect.ts';
import { COMMITMENT_FIXTURES } from './fixture-text.ts';

const DIR = join(COMMITMENT_FIXTURES, 'layout');

interface Expected {
  kind: string;
  format: 'pdf' | 'html';
  commitments: Array<{
    label: string | null;
    title: string;
    page: number | null;
    reportedStatus?: string | null;
  }>;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.expected.json'));

describe('layout fixtures through inspect', () => {
  it('has at least 8 families in each of the four languages', () => {
    const families = new Map<string, Set<string>>();
    for (const f of files) {
      const [, family = '', lang = ''] = /^(.+)-(en|es|pt|fr)\.expected\.json$/u.exec(f) ?? [];
      families.set(family, (families.get(family) ?? new Set()).add(lang));
    }
    expect(families.size).toBeGreaterThanOrEqual(8);
    for (const langs of families.values()) expect([...langs].sort()).toEqual(['en', 'es', 'fr', 'pt']);
  });

  for (const file of files) {
    it(file.replace('.expected.json', ''), async () => {
      const expected = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Expected;
      const { inspection } = await inspect(
        join(DIR, file.replace(/\.expected\.json$/u, `.${expected.format}`)),
      );
      expect(inspection.kind).toBe(expected.kind);
      if (expected.kind === 'other') {
        expect(inspection.reasons.map((r) => r.code)).toContain('aboutAPlan');
        return;
      }
      expect(
        inspection.commitments.map((c) => ({
          label: c.label,
          title: c.title,
          page: c.page,
          ...(expected.kind === 'self-assessment' ? { reportedStatus: c.reportedStatus } : {}),
        })),
      ).toEqual(
        expected.commitments.map((c) => ({
          label: c.label,
          title: c.title,
          page: c.page,
          ...(expected.kind === 'self-assessment' ? { reportedStatus: c.reportedStatus } : {}),
        })),
      );
    });
  }
});
