import { joinPrintedLines, type TextLine } from '../text/text-lines.ts';
import { sameHeadingLook } from './find-commitments.ts';
import { CONTINUES, endsContentsEntry, matchHeading } from './heading-forms.ts';
import type { Layout } from './layout-cues.ts';
import { parseNumbered } from './numbering.ts';
import type { FieldLine } from './template-fields.ts';

/** What the structural cues read: the lines, page furniture, the layout and each line's template field. */
export interface Structure {
  lines: readonly TextLine[];
  furniture: ReadonlySet<number>;
  layout: Layout | null;
  fields: ReadonlyArray<FieldLine | null>;
  /** The page (from 1) a line is on; null for a text without pages. */
  pageOfLine: (line: number) => number | null;
}

export function skippable(s: Structure, i: number): boolean {
  const line = s.lines[i] as TextLine;
  return line.clean === '' || s.furniture.has(i);
}

export function nextContent(s: Structure, from: number): number {
  let j = from + 1;
  while (j < s.lines.length && skippable(s, j)) j++;
  return j;
}

/**
 * A heading's title from its first line's text on: it goes on over the next lines while they are printed
 * in the same heading style, or while a line ends mid-phrase. Returns the title and its last line.
 */
export function titleFrom(s: Structure, at: number, first: string): { title: string; last: number } {
  let title = first;
  let last = at;
  for (;;) {
    const j = nextContent(s, last);
    if (j >= s.lines.length || title.length >= 250) break;
    const line = s.lines[j] as TextLine;
    const more = line.clean;
    // The last line of a wrapped contents entry is left for the caller to see (`endsContentsEntry`).
    if (s.fields[j] || matchHeading(more) || parseNumbered(more) || endsContentsEntry(line.raw)) break;
    if (!sameHeadingLook(s.layout, last, j) && !(CONTINUES.test(title) && !s.layout)) break;
    title = joinPrintedLines(`${title}\n${more}`);
    last = j;
  }
  return { title: title.replace(/(?<!\b\p{Lu}\.\p{Lu})[.:]$/u, '').trim(), last };
}

/** A commitment id printed alone ("C1", "PT0012", "AB-12"): the label of the heading that follows it at once. */
export const DESIGNATOR = /^[A-Z]{1,3}-?\d{1,4}(?:\.\d{1,2})?$/u;

/** The id printed alone on the line just above a heading (a margin column of ids), and that line. */
export function designatorAbove(
  s: Structure,
  line: number,
  floor: number,
): { label: string; line: number } | null {
  let j = line - 1;
  while (j > floor && skippable(s, j)) j--;
  if (j <= floor || s.fields[j]) return null;
  const clean = (s.lines[j] as TextLine).clean;
  return DESIGNATOR.test(clean) ? { label: clean, line: j } : null;
}
