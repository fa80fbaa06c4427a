import { CONTINUES } from './heading-forms.ts';
import { parseNumbered } from './numbering.ts';

/** How many lines a theme heading is allowed to wrap onto. */
const MAX_MORE_LINES = 2;

const inCapitals = (line: string): boolean => /\p{Lu}.*\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/**
 * The lines a theme heading that names itself ("AXE 2 : CONSULTER, CONCERTER ET") wraps onto, before the
 * commitment under it. The next line carries on the theme when the theme ends mid-phrase (a connective or a
 * comma) or when both are printed in capitals, as banners are; it must be short, end no sentence and not be
 * a heading or a field of its own (`own`). Returns how many lines follow the theme line.
 */
export function themeContinuation(
  theme: string,
  next: readonly string[],
  own: (k: number) => boolean,
): number {
  let taken = 0;
  let last = theme;
  for (const [k, line] of next.entries()) {
    if (taken >= MAX_MORE_LINES || line === '' || own(k)) break;
    if (line.length > 60 || /[.;:!?]$/u.test(line)) break;
    const carries = CONTINUES.test(last) || (inCapitals(last) && inCapitals(line));
    if (!carries) break;
    taken++;
    last = line;
  }
  return taken;
}

/**
 * Whether a heading line opens its heading: one that starts with a label ("1. Transparência") has nothing
 * above it that belongs to it, so a wrapped theme heading is not traced further up, past a part heading
 * printed in the same style ("Compromissos do V Plano").
 */
export function opensHeading(line: string): boolean {
  return parseNumbered(line) !== null;
}
