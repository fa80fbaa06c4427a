/**
 * A commitment's label printed after its title: the title is the heading, and a smaller line under it
 * places the commitment in the plan ("Compromisso n.º 3 · Eixo 2 — Dados abertos", "Commitment 4 of 12",
 * "Engagement 2 · Axe 1"). The line names no title of its own: what follows the number is a separator and
 * the commitment's place, or nothing.
 */
import { joinPrintedLines, type TextLine } from '../text/text-lines.ts';
import { CONTINUES, matchHeading } from './heading-forms.ts';

// The number, then its count ("of 12") or a middle dot and the commitment's place. "Compromisso 3" alone
// heads the title printed after it: that is the keyword form, not this one.
const TRAILING_LABEL =
  /^(?:commitment|compromiso|compromisso|engagement)\s+(?:(?:n(?:ro|úm|um)?\.?\s?[º°o]\.?|n(?:ro|úm|um)?\.)\s*|#\s*)?(\d{1,2}(?:\.\d{1,2})?)\s*(?:(?:of|de|sur|\/)\s*\d{1,2}\s*(?:[·•]\s*\S.*)?|[·•]\s*\S.*)$/iu;

/** The label of a line that places a commitment without naming it, or null. */
export function trailingLabel(line: string): string | null {
  return TRAILING_LABEL.exec(line)?.[1] ?? null;
}

/** What such a line says after its middle dot ("Eixo 2 — Dados abertos"), or null. */
export function trailingPlace(line: string): string | null {
  if (!TRAILING_LABEL.test(line)) return null;
  return /[·•]\s*(\S.*)$/u.exec(line)?.[1]?.trim() ?? null;
}

/**
 * The title printed above a trailing label at line `at`: the heading line before it, and the lines before
 * that printed in the same heading style or broken mid-phrase. Null when the line above is not a title
 * (a sentence, a template field, another heading form).
 */
export function titleAbove(
  lines: readonly TextLine[],
  at: number,
  skip: (i: number) => boolean,
  sameLook: (a: number, b: number) => boolean,
  isField: (i: number) => boolean,
): { title: string; first: number } | null {
  const previous = (from: number): number => {
    let j = from - 1;
    while (j >= 0 && skip(j)) j--;
    return j;
  };
  let first = previous(at);
  if (first < 0) return null;
  const last = (lines[first] as TextLine).clean;
  if (isField(first) || matchHeading(last) || /[.;:,]$/u.test(last) || last.length > 160) return null;
  const parts = [last];
  for (let k = 0; k < 3; k++) {
    const j = previous(first);
    if (j < 0) break;
    const clean = (lines[j] as TextLine).clean;
    if (isField(j) || matchHeading(clean) || /[.;:]$/u.test(clean)) break;
    if (!sameLook(j, first) && !CONTINUES.test(clean)) break;
    parts.unshift(clean);
    first = j;
  }
  const title = joinPrintedLines(parts.join('\n'));
  if (!/^[\p{Lu}\d"“]/u.test(title)) return null;
  return { title, first };
}
