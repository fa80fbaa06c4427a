import type { TextLine } from '../text/text-lines.ts';
import { parseNumbered } from './numbering.ts';
import { printedDates } from './printed-dates.ts';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
/** Longer than a theme's name: a numbered paragraph or milestone. */
const THEME_LENGTH = 90;

/**
 * The theme a commitment labelled under a numbered theme ("2.a", "2.3") belongs to: the nearest heading
 * above it, after the previous commitment, numbered with the label's first number alone, in digits or roman
 * numerals ("2. Justicia abierta", "II. JUSTICIA ABIERTA"). Printed as a heading where the source has a
 * layout (`heading` says so); with none, a short line with no date and no closing punctuation. A milestone
 * "2. Publish the data (June 2025)" of the previous commitment is not a theme. `previous` is the label of the
 * commitment before.
 */
export function numberedTheme(
  lines: readonly TextLine[],
  from: number,
  to: number,
  label: string | null,
  previous: string | null,
  heading: ((line: number) => boolean) | null,
): { title: string; line: number } | null {
  const m = /^(\d{1,2})\.[\da-z]/iu.exec(label ?? '');
  if (!m) return null;
  // Only the first commitment of a theme has its heading above it; the next ones keep it.
  if ((previous ?? '').split('.')[0] === m[1]) return null;
  const want = Number(m[1]);
  for (let j = to - 1; j > from; j--) {
    const n = parseNumbered((lines[j] as TextLine).clean);
    // "I." reads as a letter first; under numbered themes it is the roman one.
    const value = n?.scheme === 'letter' && /^[IVX]$/u.test(n.label) ? ROMAN[n.label] : n?.parts[0];
    if (!n || n.parts.length !== 1 || value !== want) continue;
    const name = n.rest.trim();
    // A line that breaks mid-phrase ("(September –") or holds a date is a numbered item's.
    const broken =
      /[.;:,–—(-]$/u.test(name) || (name.match(/\(/gu) ?? []).length > (name.match(/\)/gu) ?? []).length;
    if (name.length > THEME_LENGTH || broken || printedDates(name).length > 0) continue;
    if (heading ? !heading(j) : !/^\p{Lu}/u.test(name)) continue;
    return { title: name, line: j };
  }
  return null;
}
