import { NUMBER_WORD } from './number-words.ts';

/**
 * The words a plan names its own parts and chapters by, in the four languages: "Part 1", "Chapter 2",
 * "Section B", "Parte I", "Capítulo 3", "Sección 2", "Secção 4", "Partie 2", "Chapitre III".
 */
const DIVISION_WORD =
  '(?:part|chapter|section|parte|cap[ií]tulo|secci[oó]n|sec[cç][aã]o|se[cç][aã]o|partie|chapitre)';
/** A division names itself by a number, a capital letter, a roman numeral or a number spelt out. */
const DIVISION_DESIGNATOR = `(?:\\d{1,2}|[A-Z]|[IVX]{1,4}|${NUMBER_WORD})`;
const DIVISION = new RegExp(`^${DIVISION_WORD}\\s+${DIVISION_DESIGNATOR}\\s*[:.–—-]\\s*(\\S.{0,100})$`, 'iu');

/** Longer than a part's name: a sentence that cites a section, wrapped at the end of the line. */
const NAME_LENGTH = 90;

/**
 * The name a heading gives a part of the document that holds commitments, "Part 1: Open Data and Fiscal
 * Transparency" or "Chapter 2: Fiscal Openness": a theme as the plan names it, like "Theme 2:". Null for
 * any other line. The name must start with a capital and end no sentence, so that a line of running text
 * that cites one ("Section 3: the board shall publish it.") is not taken; the caller looks only near a
 * commitment's heading.
 */
export function divisionName(line: string): string | null {
  const m = DIVISION.exec(line.trim());
  if (!m) return null;
  const name = (m[1] as string).trim();
  // Checked apart from the pattern: under its `i` flag, \p{Lu} would take a lower-case letter too.
  if (!/^[\p{Lu}\d"“]/u.test(name) || name.length > NAME_LENGTH || /[.;,]$/u.test(name)) return null;
  return name;
}
