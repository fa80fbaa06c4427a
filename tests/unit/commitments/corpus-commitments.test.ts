import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pdfTextOfFile } from '../../../cli/pdf-text.ts';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { describeIfAvailable, requireResource } from '../../support/require-env.ts';
import { COMMITMENT_FIXTURES, readJson } from './fixture-text.ts';

interface Labelled {
  file: string;
  commitments: Array<{ label: string | null; title: string; page: number; theme: string | null }>;
}

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env.PLAN_CORPUS_DIR,
  'it names the folder of real plan PDFs (e.g. /work/shared/corpus)',
);

describeIfAvailable('findCommitments on the US national action plans', corpus, (dir) => {
  const files = readdirSync(COMMITMENT_FIXTURES).filter((f) => f.startsWith('us-') && f.endsWith('.json'));

  for (const name of files) {
    const expected = readJson<Labelled>(join(COMMITMENT_FIXTURES, name));
    it(`finds the commitments of ${expected.file} as labelled in ${name}`, { timeout: 30_000 }, async () => {
      const found = findCommitments(await pdfTextOfFile(join(dir, expected.file)));
      expect(found.map((c) => ({ label: c.label, title: c.title, page: c.page, theme: c.theme }))).toEqual(
        expected.commitments,
      );
    });
  }
});
