import { codePointLength } from '../anchoring/anchoring-text.ts';
import type { TextSpan } from '../anchoring/span.ts';
import { readingOrder } from './reading-order.ts';
import { jumpsBack } from './jumps-back.ts';
import { uprightRuns } from './upright-runs.ts';

/** One run of text as a PDF text layer gives it: the string and whether a line ends after it. */
export interface TextRun {
  str: string;
  hasEOL?: boolean;
  /** pdf.js's text matrix; `transform[5]` is the baseline's height on the page. */
  transform?: readonly number[];
  /** pdf.js's font id for the run (`g_d0_f2`): the same id is the same font on every page. */
  fontName?: string;
  /** The run's advance width on the page, in the units of `transform`. */
  width?: number;
}

/**
 * How a stretch of text is printed, for the layout cues of the commitment finder: its font size, its
 * font, and how wide its glyphs are per em (bold faces are wider than their regular ones, which is how
 * weight shows when a PDF's font names are opaque ids). Offsets in code points of the whole text.
 */
export interface TextStyle {
  start: number;
  end: number;
  size: number;
  font: string;
  /** Mean advance per character in ems; 0 when unknown. */
  em: number;
  /** True when the source says so (HTML `<strong>`, a heading element, a font named "…Bold"). */
  bold: boolean;
  /** Where the run starts across its page (PDF units), when known: tells a table's columns apart. */
  x?: number;
}

/** A document's text with the span of each page in it, in code points. */
export interface PagedText {
  text: string;
  pages: TextSpan[];
  /** Each run's style, when the source gave sizes and fonts (PDFs through pdf.js). */
  styles?: TextStyle[];
}

/**
 * The text of one page from its runs: a run that ends a line gets a newline, so headings and table
 * cells stay on lines of their own, which is what the commitment finder reads.
 */
export function pageTextOf(runs: readonly TextRun[]): string {
  return styledPageTextOf(runs).text;
}

/**
 * Whether `styledPageTextOf` reads a page in another order than pdf.js gives it: a page drawn turned (by
 * /Rotate), or one whose producer did not draw it in reading order.
 */
export function readInAnotherOrder(runs: readonly TextRun[]): boolean {
  return uprightRuns(runs) !== null || readingOrder(runs) !== runs;
}

/**
 * `pageTextOf` and, in the same pass, the style of each run that has a size and a font, its offsets in
 * code points of the page's text. Costs one entry per run: no second walk over the page.
 * `onRun` is told where each run with text starts in the page's text (code points), in reading order:
 * the viewer maps the finder's offsets back to its own text through it. `reordered` is true when the
 * page was not drawn in reading order (`readingOrder`).
 */
export function styledPageTextOf<R extends TextRun>(
  runs: readonly R[],
  onRun?: (run: R | TextRun, start: number) => void,
): { text: string; styles: TextStyle[]; reordered: boolean } {
  const styles: TextStyle[] = [];
  let cp = 0;
  let out = '';
  let lastY: number | undefined;
  let lastEnd: number | undefined;
  // A page turned by /Rotate is read as it is shown (positions turned upright); the caller still gets its runs.
  const turned = uprightRuns(runs);
  const original = new Map<R, R>();
  turned?.forEach((copy, i) => original.set(copy, runs[i] as R));
  const ordered = readingOrder(turned ?? runs);
  for (const run of ordered) {
    // pdf.js marks line ends with empty runs too; one newline per line is enough.
    if (run.str === '') {
      if (run.hasEOL && out !== '' && !out.endsWith('\n')) {
        out += '\n';
        cp++;
      }
      continue;
    }
    const y = run.transform?.[5];
    const x = run.transform?.[4];
    const size = runSize(run.transform);
    // A running header often carries no end-of-line mark: a jump in baseline still starts a new line, and so
    // does a jump back to the left on the same baseline (a box beside the body, drawn line by line with it).
    const hasText = run.str.trim() !== '';
    if (
      out !== '' &&
      !out.endsWith('\n') &&
      ((y !== undefined && lastY !== undefined && Math.abs(y - lastY) > 2) ||
        (hasText && jumpsBack(x, lastEnd, size)))
    ) {
      out += '\n';
      cp++;
    }
    if (y !== undefined) lastY = y;
    // A blank run's position says little (pdf.js puts the space between words where it fits): only text
    // tells where the line has got to, and only text jumps back.
    if (hasText) lastEnd = x === undefined || run.width === undefined ? undefined : x + run.width;
    const length = codePointLength(run.str);
    if (size > 0 && run.fontName !== undefined) {
      const em = run.width !== undefined && length > 0 ? run.width / size / length : 0;
      styles.push({
        start: cp,
        end: cp + length,
        size,
        font: run.fontName,
        em,
        bold: /bold|black|heavy/iu.test(run.fontName),
        ...(run.transform?.[4] === undefined ? {} : { x: Math.round(run.transform[4]) }),
      });
    }
    onRun?.(original.get(run as R) ?? run, cp);
    out += positionedGap(run, size) ? '\t' : run.str;
    cp += length;
    if (run.hasEOL && !out.endsWith('\n')) {
      out += '\n';
      cp++;
    }
  }
  return { text: out.replace(/\n+$/, ''), styles, reordered: turned !== null || ordered !== runs };
}

/**
 * A blank run wider than two ems: a tab stop or a cell's edge that the producer drew as a jump in position
 * (word processors do; pdf.js reports the jump as a blank). Read as a tab, as a tab-separated contents entry
 * or table row would be: one character, so the offsets of the styles stay the same.
 */
function positionedGap(run: TextRun, size: number): boolean {
  return run.str === ' ' && size > 0 && run.width !== undefined && run.width > 2 * size;
}

/** The font size of a run: the length of its text matrix's vertical axis (rotated text included). */
function runSize(transform: readonly number[] | undefined): number {
  if (!transform) return 0;
  const [, , c = 0, d = 0] = transform;
  return Math.round(Math.hypot(c, d) * 10) / 10;
}

/** Pages joined with a blank line between them, so that no word runs across a page boundary. */
export function joinPages(
  pages: readonly string[],
  pageStyles?: ReadonlyArray<readonly TextStyle[]>,
): PagedText {
  const spans: TextSpan[] = [];
  const styles: TextStyle[] = [];
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
    for (const style of pageStyles?.[i] ?? []) {
      if (style.start < length)
        styles.push({ ...style, start: style.start + at, end: Math.min(style.end, length) + at });
    }
    at += length;
  });
  return pageStyles ? { text: parts.join(''), pages: spans, styles } : { text: parts.join(''), pages: spans };
}
