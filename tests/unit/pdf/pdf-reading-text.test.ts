/**
 * A PDF drawn out of reading order (a table drawn column by column, two columns drawn line by line) gets
 * the same commitments in the viewer as on the command line: the finder reads it in reading order, and
 * each offset it answers with comes back to the same character of the viewer's own text, which stays in
 * pdf.js's order for the text layer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../src/background/router.ts';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { pdfTextOfFile } from '../../../cli/pdf-text.ts';
import { PdfDocumentText, pageTextsOf, type PageItem } from '../../../src/viewer/pdf-document-text.ts';
import { finderTextOf, readingPagesOf } from '../../../src/viewer/pdf-reading-text.ts';
import { textStylesOf } from '../../../src/viewer/pdf-text-styles.ts';
import { extractPdfText, type PdfTextSource } from '../../../src/viewer/text-extraction.ts';
import type { Commitment } from '../../../src/core/commitments/index.ts';
import type { AnnotationTarget } from '../../../src/core/model/annotation.ts';
import { autoLink, outlineEntryAt, outlineOf } from '../../../src/ui/commitment-outline.ts';
import { COMMITMENT_FIXTURES } from '../commitments/fixture-text.ts';

/** An item at (x, y) in 10 pt text, 5 units a character. */
const item = (str: string, x: number, y: number, hasEOL = false): PageItem => ({
  str,
  hasEOL,
  transform: [10, 0, 0, 10, x, y],
  fontName: 'g1',
  width: 5 * str.length,
});

/**
 * A table of three rows drawn column by column: the numbers, then the titles (two lines in the first
 * cell), then the leads.
 */
const columnwise: PageItem[] = [
  item('Commitments', 50, 760, true),
  item('1', 50, 700, true),
  item('2', 50, 640, true),
  item('3', 50, 580, true),
  item('Open contracting', 100, 700, true),
  item('for 𝔸ll', 100, 688, true),
  item('Budget data', 100, 640, true),
  item('Open courts', 100, 580, true),
  item('Finance', 300, 700, true),
  item('Treasury', 300, 640, true),
  item('Justice', 300, 580, true),
];

/** The same page drawn row by row: in reading order already. */
const rowwise: PageItem[] = [
  item('Commitments', 50, 760, true),
  item('1', 50, 700),
  item('Open contracting', 100, 700),
  item('Finance', 300, 700, true),
];

describe('the finder’s text for a PDF drawn out of reading order', () => {
  it('keeps nothing for a PDF whose pages are all in reading order', () => {
    expect(readingPagesOf([rowwise, rowwise])).toBeNull();
    expect(finderTextOf(new PdfDocumentText(pageTextsOf([rowwise])))).toBeNull();
  });

  it('reads the table row by row and maps each character back to its item in the viewer’s text', () => {
    const items = [rowwise, columnwise];
    const pages = pageTextsOf(items);
    const reading = readingPagesOf(items);
    expect(reading).not.toBeNull();
    pages.forEach((page, i) => (page.reading = reading?.[i]));
    const text = new PdfDocumentText(pages);
    const finder = finderTextOf(text);
    if (!finder) throw new Error('no reading text');
    const secondPage = finder.text.slice(finder.text.indexOf('Commitments', 5));
    // Row by row: a cell of two lines is read whole before the next cell of its row.
    expect(secondPage.split('\n')).toEqual([
      'Commitments',
      '1\tOpen contracting',
      'for 𝔸ll',
      'Finance',
      '2\tBudget data\tTreasury',
      '3\tOpen courts\tJustice',
    ]);
    // The viewer's text is still pdf.js's order.
    expect(text.doc.text).toContain('1\n2\n3\nOpen contracting\nfor 𝔸ll\n');
    /** Where a string starts in the finder's text, in code points. */
    const at = (needle: string): number => [...finder.text.slice(0, finder.text.indexOf(needle))].length;
    /** The viewer's text from where `cp` goes, `length` code points long. */
    const back = (cp: number, length: number): string => {
      const start = finder.toText(cp);
      return text.doc.slice(start, start + length);
    };
    for (const cell of ['Budget data', 'Treasury', 'for 𝔸ll', 'Justice', 'Finance']) {
      expect(back(at(cell), [...cell].length)).toBe(cell);
      // The last character too, mapped on its own.
      expect(back(at(cell) + [...cell].length - 1, 1)).toBe([...cell].at(-1));
    }
    // Every character of an item comes back as itself, past the astral letter too.
    expect(back(at('𝔸ll'), 3)).toBe('𝔸ll');
    expect(back(at('𝔸ll') + 1, 2)).toBe('ll');
    // A tab between two cells goes to the next cell's start; the line break after a row's last cell too.
    expect(finder.toText(at('\tBudget'))).toBe(finder.toText(at('Budget')));
    expect(finder.toText(at('\n2\tBudget'))).toBe(finder.toText(at('2\tBudget')));
    // Page spans: the second page starts at its first run in both texts.
    expect(text.pageAt(finder.toText((finder.pages[1] as { start: number }).start))).toBe(2);
    // After a page's last run: that page's end, not the next page.
    const firstPageEnd = (finder.pages[0] as { end: number }).end;
    expect(text.pageAt(finder.toText(firstPageEnd))).toBe(1);
  });
});

describe('the commitment a passage is in, on a page drawn out of reading order', () => {
  /** The columnwise table with each row a commitment, found in the finder's text as the finder would. */
  function reordered() {
    const items = [columnwise];
    const pages = pageTextsOf(items);
    const reading = readingPagesOf(items);
    pages.forEach((page, i) => (page.reading = reading?.[i]));
    const text = new PdfDocumentText(pages);
    const finder = finderTextOf(text);
    if (!finder) throw new Error('no reading text');
    const at = (needle: string): number => [...finder.text.slice(0, finder.text.indexOf(needle))].length;
    const rows = ['1\tOpen', '2\tBudget', '3\tOpen courts'];
    const titles = ['Open contracting for 𝔸ll', 'Budget data', 'Open courts'];
    const commitments: Commitment[] = rows.map((row, i) => ({
      label: String(i + 1),
      title: titles[i] as string,
      start: at(row),
      end: i + 1 < rows.length ? at(rows[i + 1] as string) : [...finder.text].length,
      page: 1,
      theme: null,
      leadAgency: null,
      startDate: null,
      endDate: null,
      milestones: [],
    }));
    /** A highlight on `needle` as the viewer's text has it. */
    const target = (needle: string, from = 0): AnnotationTarget => {
      const index = text.doc.text.indexOf(needle, from);
      const start = text.doc.toCodePoint(index);
      const end = text.doc.toCodePoint(index + needle.length);
      return {
        source: 'https://www.gov.example/plan.pdf',
        selector: [
          { type: 'TextQuoteSelector', exact: needle },
          { type: 'TextPositionSelector', start, end },
        ],
      };
    };
    return { text, finder, commitments, target };
  }

  it('goes by each commitment’s own characters, not the span they are scattered over', () => {
    const { finder, commitments, target } = reordered();
    const outline = outlineOf(commitments, finder.toText, finder.piecesOf);
    // Row 1: its number, both lines of its title (and the line break between), its lead.
    for (const needle of ['1', 'Open contracting', 'for 𝔸ll', '𝔸ll', 'Finance'])
      expect(autoLink(outline, target(needle, 12))?.ordinal).toBe(1);
    for (const needle of ['2', 'Budget data', 'Treasury'])
      expect(autoLink(outline, target(needle))?.ordinal).toBe(2);
    for (const needle of ['3', 'Open courts', 'Justice'])
      expect(autoLink(outline, target(needle))?.ordinal).toBe(3);
    // The line break between the two lines of row 1's title is in row 1.
    expect(autoLink(outline, target('\nfor 𝔸ll'))?.ordinal).toBe(1);
    // The table's heading is in no commitment.
    expect(autoLink(outline, target('Commitments'))).toBeUndefined();
    // Row 2's pieces: its number, its title, its lead, each alone in the viewer's content order.
    expect(outline[1]?.pieces).toHaveLength(3);
    // Mapped as one span, row 3 ran from its number to the page's end, over row 2's lead.
    const spansOnly = outlineOf(commitments, finder.toText);
    expect(autoLink(spansOnly, target('Treasury'))?.ordinal).toBe(3);
  });

  it('is unchanged for an outline found in the document’s own text', () => {
    const { commitments } = reordered();
    // No pieces: the spans as they are, each passage in the one its start falls in.
    const outline = outlineOf(commitments);
    expect(outline.every((c) => c.pieces === undefined)).toBe(true);
    const second = (outline[1] as { start: number }).start;
    expect(outlineEntryAt(outline, second, second + 1)?.ordinal).toBe(2);
    expect(outlineEntryAt(outline, second - 1, second)?.ordinal).toBe(1);
    expect(outlineEntryAt(outline, 0, 1)).toBeNull();
    expect(outlineEntryAt(outline, second, second)).toBeNull();
  });
});

describe('the viewer’s outline of the blind batch’s PDFs drawn out of order', () => {
  const dir = join(COMMITMENT_FIXTURES, '..', 'blind2');
  for (const name of [
    'en-matrix-columnwise',
    'en-word-template-columnwise',
    'es-indesign-interleaved',
    'pt-rotated-matrix',
  ]) {
    it(`finds in ${name}.pdf the commitments the command line finds, each at its heading`, async () => {
      const data = new Uint8Array(readFileSync(join(dir, `${name}.pdf`)));
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as {
        commitments: Array<{ title: string; page: number }>;
      };
      const task = getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
      const pdf = await task.promise;
      try {
        const noCache = { get: async () => undefined, put: async () => undefined };
        const text = await extractPdfText(pdf as unknown as PdfTextSource, 'fixture', noCache, () => {});
        const finder = finderTextOf(text);
        if (!finder) throw new Error('read as in order');
        const { toText, piecesOf, ...read } = finder;
        const request = {
          type: 'commitments.find',
          payload: { ...read, title: 'Plan', url: 'https://www.gov.example/plan.pdf', headings: [] },
        };
        const checked = checkRequest(request, 'viewer');
        if (!checked.ok) throw new Error(`refused: ${JSON.stringify(checked.error)}`);
        const found = findCommitments(checked.value.payload as typeof request.payload);
        const cli = await pdfTextOfFile(join(dir, `${name}.pdf`));
        expect(found.map((c) => c.title)).toEqual(findCommitments(cli).map((c) => c.title));
        expect(found.map((c) => [c.title, c.page])).toEqual(
          expected.commitments.map((c) => [c.title, c.page]),
        );
        for (const c of found) {
          // The heading's first characters (its label, or its title), the same back in the viewer's text.
          const start = toText(c.start);
          const head = [...read.text]
            .slice(c.start, c.start + 8)
            .join('')
            .split(/[\t\n]/u)[0] as string;
          expect(head.length).toBeGreaterThan(0);
          expect(text.doc.slice(start, start + [...head].length)).toBe(head);
          expect(text.pageAt(start)).toBe(c.page);
        }
        // Each commitment's characters, scattered through the viewer's text, are linked to it alone:
        // its mapped span covers other rows too, its pieces do not.
        const outline = outlineOf(found, toText, piecesOf);
        for (const entry of outline) {
          const pieces = entry.pieces ?? [];
          expect(pieces.length).toBeGreaterThan(0);
          expect(pieces.length).toBeLessThan(200);
          for (const piece of pieces) {
            expect(outlineEntryAt(outline, piece.start, piece.end)?.ordinal).toBe(entry.ordinal);
            expect(outlineEntryAt(outline, piece.end - 1, piece.end)?.ordinal).toBe(entry.ordinal);
          }
          // Its heading is in its first piece.
          expect((pieces[0] as { start: number }).start).toBeLessThanOrEqual(entry.start);
          expect(outlineEntryAt(outline, entry.start, entry.start + 1)?.ordinal).toBe(entry.ordinal);
        }
        // What the viewer sent before: the content order, which loses them.
        const before = findCommitments({
          text: text.doc.text,
          pages: text.pageSpans(),
          styles: textStylesOf(text),
        });
        expect(before.map((c) => c.title)).not.toEqual(found.map((c) => c.title));
      } finally {
        await task.destroy();
      }
    });
  }
});
