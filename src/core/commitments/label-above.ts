/**
 * A commitment's label printed on a line of its own above its title, in another style: an id in a coloured
 * band ("MEX-2025-03"), a tag ("COMMITMENT C-7"), a large decorative number in a box ("03"). The titles
 * are the headings; the line above each gives its label, when every one of them has such a line and no
 * two say the same.
 */
import type { TextLine } from '../text/text-lines.ts';
import type { Candidate } from './find-commitments.ts';

/** The word that may come before the label: "Commitment", "Compromiso", "Compromisso", "Engagement". */
const KEYWORD = /^(?:commitment|compromiso|compromisso|engagement)\s+(?:n(?:ro|úm|um)?\.?\s?[º°o]\.?\s*)?/iu;
/**
 * A label alone: a number ("3", "03"), a letter code and number ("C-7", "C7", "AB12"), or a country code,
 * year and number ("MEX-2025-03").
 */
const LABEL = /^(?:\d{1,3}|\p{Lu}{1,4}-?\d{1,4}|\p{Lu}{2,4}-\d{4}-\d{1,3})$/u;

/** The label a line holds alone, or null. */
export function labelLine(line: string): string | null {
  const rest = line.replace(KEYWORD, '').trim();
  return LABEL.test(rest) ? rest : null;
}

/**
 * `list` (headings with no label) with the label each one's line above holds, and starting at that line;
 * `list` as it is unless every heading has one, all different. The line may repeat on every page (a tag
 * the running-line cue takes for furniture), but it must be on the heading's page: the line before a
 * heading that opens a page is the last page's number.
 */
export function labelsAbove(
  lines: readonly TextLine[],
  list: readonly Candidate[],
  samePage: (a: number, b: number) => boolean,
): Candidate[] {
  if (list.length < 2 || list.some((c) => c.label !== null)) return [...list];
  const found: Array<{ label: string; line: number }> = [];
  for (let k = 0; k < list.length; k++) {
    const c = list[k] as Candidate;
    const floor = k > 0 ? (list[k - 1] as Candidate).lastLine : -1;
    let j = c.line - 1;
    while (j > floor && (lines[j] as TextLine).clean === '') j--;
    const label = j > floor ? labelLine((lines[j] as TextLine).clean) : null;
    if (label === null || !samePage(j, c.line)) return [...list];
    found.push({ label, line: j });
  }
  if (new Set(found.map((f) => f.label)).size !== found.length) return [...list];
  return list.map((c, k) => ({ ...c, label: found[k]?.label ?? null, line: found[k]?.line ?? c.line }));
}
