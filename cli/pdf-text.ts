import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  joinPages,
  styledPageTextOf,
  type PagedText,
  type TextRun,
  type TextStyle,
} from '../src/core/text/page-text.ts';

// pdf.js (5.4) keeps a document's page count in static fields shared by every document of the process: a
// second document opened while the first is read changes the count the first's getPage checks against.
let reading: Promise<unknown> = Promise.resolve();

/**
 * The text of a PDF, page by page, through pdf.js's legacy build (the one that runs in Node). One document at
 * a time (see above): calls made together wait for each other.
 */
export function pdfText(data: Uint8Array): Promise<PagedText> {
  const read = reading.then(
    () => readPdfText(data),
    () => readPdfText(data),
  );
  reading = read.catch(() => undefined);
  return read;
}

async function readPdfText(data: Uint8Array): Promise<PagedText> {
  const task = getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    const styles: TextStyle[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const pdfPage = await doc.getPage(n);
      const content = await pdfPage.getTextContent();
      // Marked-content entries carry no text; only text items become runs.
      const runs: TextRun[] = content.items.flatMap((item) =>
        'str' in item
          ? [
              {
                str: item.str,
                hasEOL: item.hasEOL,
                transform: item.transform as number[],
                fontName: item.fontName,
                width: item.width,
              },
            ]
          : [],
      );
      // Sizes and fonts come with the runs already extracted: the layout cues cost no second pass.
      const page = styledPageTextOf(runs);
      pages.push(page.text);
      styles.push(page.styles);
      pdfPage.cleanup();
    }
    return joinPages(pages, styles);
  } finally {
    await task.destroy();
  }
}

export async function pdfTextOfFile(path: string): Promise<PagedText> {
  return pdfText(new Uint8Array(await readFile(path)));
}
