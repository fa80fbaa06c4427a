import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, it } from 'vitest';
import { describePdfSpan } from '../../../src/viewer/pdf-selectors.ts';
import { extractPdfText, type PdfTextSource } from '../../../src/viewer/text-extraction.ts';
import { describeIfAvailable, requireResource } from '../../support/require-env.ts';

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env.PLAN_CORPUS_DIR,
  'it names the folder of real plan PDFs (e.g. /work/shared/corpus)',
);

const noCache = { get: async () => undefined, put: async () => undefined };

async function textOf(path: string) {
  const task = getDocument({
    data: new Uint8Array(await readFile(path)),
    isEvalSupported: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    return await extractPdfText(pdf as unknown as PdfTextSource, 'test', noCache, () => undefined);
  } finally {
    await task.destroy();
  }
}

describeIfAvailable('page furniture in the US plans', corpus, (dir) => {
  it(
    'quotes "Federally funded … research are freely" without the page number between',
    { timeout: 30_000 },
    async () => {
      const text = await textOf(join(dir, 'plans', 'NAP5-fifth-open-government-national-action-plan.pdf'));
      const start = text.doc.text.indexOf('Federally funded');
      const end = text.doc.text.indexOf('research are freely') + 'research are freely'.length;
      expect(start).toBeGreaterThan(-1);
      expect(text.pageAt(start)).toBe(6);
      expect(text.pageAt(end)).toBe(7);
      const quote = describePdfSpan(text, { start, end })?.[0] as { exact: string };
      expect(quote.exact.replace(/\s+/g, ' ')).toBe('Federally funded research are freely');
      // The page numbers are out of every page but the cover, and the body is all in.
      expect(text.pages.map((page) => page.furniture.map((f) => f.text.trim()))).toEqual(
        text.pages.map((_, i) => (i === 0 ? [] : [String(i)])),
      );
    },
  );

  it(
    'leaves out the running header and the roman and arabic page numbers of a report',
    { timeout: 30_000 },
    async () => {
      const text = await textOf(join(dir, 'plans', 'nap_3_self_assessment_final.pdf'));
      const furniture = text.pages.map((page) =>
        page.furniture.map((f) => f.text.replace(/\s+/g, ' ').trim()),
      );
      expect(furniture[0]).toEqual(['DRAFT i']);
      expect(furniture.slice(1)).toEqual(furniture.slice(1).map((_, i) => [`DRAFT ${i + 2}`]));
      // A table's header at the top of a commitment's page stays: it is where other pages' text starts.
      expect(text.doc.text).toContain('Not started Limited Substantial Completed');
    },
  );
});
