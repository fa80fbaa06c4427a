import { codePointLength } from '../anchoring/anchoring-text.ts';
import type { TextSpan } from '../anchoring/span.ts';

/** One run of text as a PDF text layer gives it: the string and whether a line ends after it. */
export interface TextRun {
  str: string;
  hasEOL?: boolean;
  /** pdf.js's text matrix; `transform[5]` is the baseline's height on the page. */
  transform?: readonly number[];
}

/** A document's text with the span of each page in it, in code points. */
export interface PagedText {
  text: string;
  pages: TextSpan[];
}

/**
 * The text of one page from its runs: a run that ends a line gets a newline, so headings and table
 * cells stay on lines of their own, which is what the commitment finder reads.
 */
export function pageTextOf(runs: readonly TextRun[]): string {
  let out = '';
  let lastY: number | undefined;
  for (const run of runs) {
    // pdf.js marks line ends with empty runs too; one newline per line is enough.
    if (run.str === '') {
      if (run.hasEOL && out !== '' && !out.endsWith('\n')) out += '\n';
      continue;
    }
    const y = run.transform?.[5];
    // A running header often carries no end-of-line mark: a jump in baseline still starts a new line.
    if (
      y !== undefined &&
      lastY !== undefined &&
      Math.abs(y - lastY) > 2 &&
      out !== '' &&
      !out.endsWith('\n')
    ) {
      out += '\n';
    }
    if (y !== undefined) lastY = y;
    out += run.str;
    if (run.hasEOL && !out.endsWith('\n')) out += '\n';
  }
  return out.replace(/\n+$/, '');
}

/** Pages joined with a blank line between them, so that no word runs across a page boundary. */
export function joinPages(pages: readonly string[]): PagedText {
  const spans: TextSpan[] = [];
  let at = 0;
  const parts: string[] = [];
  pages.forEach((page, i) => {
    if (i > 0) {
      parts.push('\n\n');
      at += 2;
    }
    const length = codePointLength(page);
    spans.push({ start: at, end: at + length });
    parts.push(page);
    at += length;
  });
  return { text: parts.join(''), pages: spans };
}
