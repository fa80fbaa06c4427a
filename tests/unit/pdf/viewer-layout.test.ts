/**
 * The viewer's own text extraction keeps each item's font and size, so the commitment finder in the
 * background sees a PDF's layout as the command line does: a plan whose commitment headings differ from
 * the body only by weight gets its outline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../src/background/router.ts';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { pageTextOf } from '../../../src/viewer/pdf-document-text.ts';
import { textStylesOf } from '../../../src/viewer/pdf-text-styles.ts';
import { extractPdfText, type PdfTextSource } from '../../../src/viewer/text-extraction.ts';
import { COMMITMENT_FIXTURES } from '../commitments/fixture-text.ts';

describe('layout through the viewer', () => {
  it('keeps each item’s size, font, width per em and position across the page beside its text', () => {
    const page = pageTextOf([
      { str: 'Title', hasEOL: true, fontName: 'g1', transform: [12, 0, 0, 12, 0, 0], width: 30 },
      { str: 'Body', hasEOL: false, fontName: 'g2', transform: [10, 0, 0, 10, 82.4, 0], width: 20 },
      { str: 'no font', hasEOL: false },
    ]);
    expect(page.text).toBe('Title\nBodyno font');
    expect(page.styles).toEqual([
      [0, 5, 12, 'g1', 0.5, 0],
      [6, 10, 10, 'g2', 0.5, 82],
    ]);
  });

  it('finds commitments told apart only by weight in a PDF the viewer read', async () => {
    const dir = join(COMMITMENT_FIXTURES, 'layout');
    const data = new Uint8Array(readFileSync(join(dir, 'font-only-pt.pdf')));
    const expected = JSON.parse(readFileSync(join(dir, 'font-only-pt.expected.json'), 'utf8')) as {
      commitments: Array<{ title: string }>;
    };
    const task = getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
    const pdf = await task.promise;
    try {
      const noCache = { get: async () => undefined, put: async () => undefined };
      const text = await extractPdfText(pdf as unknown as PdfTextSource, 'fixture', noCache, () => undefined);
      // What the viewer sends the background, through the same check the background makes of it.
      const request = {
        type: 'commitments.find',
        payload: {
          text: text.doc.text,
          pages: text.pageSpans(),
          styles: textStylesOf(text),
          title: 'Plano de ação',
          url: 'https://www.gov.example/plano.pdf',
          headings: [],
        },
      };
      const checked = checkRequest(request, 'viewer');
      if (!checked.ok)
        throw new Error(`the background refuses what the viewer sends: ${JSON.stringify(checked.error)}`);
      const withLayout = findCommitments(checked.value.payload as typeof request.payload);
      expect(withLayout.map((c) => c.title)).toEqual(expected.commitments.map((c) => c.title));
      // The same text without the styles has nothing to tell the headings by.
      expect(findCommitments({ text: text.doc.text, pages: text.pageSpans() })).toEqual([]);
    } finally {
      await task.destroy();
    }
  });
});
