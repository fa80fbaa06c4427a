import type { TextLine } from '../text/text-lines.ts';
import type { Candidate } from './find-commitments.ts';
import type { Structure } from './structure-lines.ts';
import { cardThemes } from './card-tags.ts';

/** A short line that ends in a number of its own: a badge ("3"), or a card's tag and badge run together
 * ("Fiscal openness3", "Justice · 9"). */
const BADGE = /^(?:.{0,40}?[^\d.,/:–-])?\s*(\d{1,3})$/u;
/** A number alone on its line, as a page number prints. */
const BARE_NUMBER = /^\d{1,3}$/u;

/**
 * Cards on a web page print a number badge above each title, often beside a theme tag, and the title
 * itself unnumbered: a level of unlabelled headings whose line just above (in the previous heading's
 * part) ends in a number counting 1, 2, 3… takes those numbers as labels, as printed ("01"). A sequence
 * from 1 and no gap: page numbers, years and figures do not count so. A PDF may print the number large in
 * a cell of its own beside the title ("01" | title): a number alone on its line reads like a page number,
 * but one printed in a heading's style, larger or bolder than the body, is not one.
 */
export function badgeLabels(s: Structure, list: Candidate[]): Candidate[] {
  if (list.length < 2 || list.some((c) => c.label !== null)) return list;
  const printedLarge = (j: number): boolean =>
    (s.layout?.rank[j] ?? 0) > 0 && BARE_NUMBER.test((s.lines[j] as TextLine).clean);
  const labels: string[] = [];
  const tags: string[] = [];
  for (let k = 0; k < list.length; k++) {
    const c = list[k] as Candidate;
    const floor = k > 0 ? (list[k - 1] as Candidate).lastLine : -1;
    let j = c.line - 1;
    while (j > floor && ((s.lines[j] as TextLine).clean === '' || (s.furniture.has(j) && !printedLarge(j))))
      j--;
    if (j <= floor || s.fields[j]) return list;
    const m = BADGE.exec((s.lines[j] as TextLine).clean);
    if (!m || Number(m[1]) !== k + 1) return list;
    labels.push(m[1] as string);
    tags.push(m[0].slice(0, m[0].length - (m[1] as string).length));
  }
  // The tags beside the badges, when cards share them, are the themes (`cardThemes`).
  const themes = cardThemes(tags);
  return list.map((c, k) => ({
    ...c,
    label: labels[k] as string,
    ...(themes ? { theme: themes[k] as string } : {}),
  }));
}
