/**
 * Plans that number their commitments again from 1 under each theme ("Theme A … Commitment 1, 2; Theme B …
 * Commitment 1, 2") print the same label more than once. Decided per document: when labels repeat, each
 * theme holds its own run of distinct labels counting from 1, and each theme names itself by a letter or
 * number ("Theme B:"), a commitment is named by its theme's designator and its number ("B.2").
 */

export interface Numbered {
  label: string | null;
  /** The theme's heading as printed ("Theme B: Public Services"), or null. */
  theme: string | null;
}

/**
 * The word a theme heading opens with, in the four languages, with its qualifier if any: "Theme",
 * "Eje temático", "Axe stratégique". Shared with the finder's explicit theme lines.
 */
export const THEME_WORD =
  '(?:theme|thematic area|pillar|tema|eje(?: temático)?|área temática|eixo(?: temático)?|pilar|thème|axe|pilier)' +
  '(?:\\s+(?:strategic|stratégique|estratégic[oa]|thématique|temática|prioritaire|prioritário))?';
/** What a theme names itself by: a number, a letter or a roman numeral. */
export const THEME_DESIGNATOR = '(?:\\d{1,2}|[A-Z]|[IVX]{1,4})';

/** The letter, number or roman numeral a theme heading names itself by: "Theme B:", "Eje 2 –", "Axe III". */
const DESIGNATOR = new RegExp(`^${THEME_WORD}\\s+(${THEME_DESIGNATOR})\\s*[:.–—-]`, 'iu');

export function themeDesignator(theme: string | null): string | null {
  if (theme === null) return null;
  return DESIGNATOR.exec(theme.trim())?.[1]?.toUpperCase() ?? null;
}

/** The labels, qualified by their theme when the numbering starts again under each; else as they are. */
export function qualifyRestarted(items: readonly Numbered[]): Array<string | null> {
  const labels = items.map((c) => c.label);
  const plain = items.filter((c) => c.label !== null);
  if (plain.length < 2 || plain.some((c) => !/^\d{1,2}$/u.test(c.label as string) || c.theme === null))
    return labels;
  if (new Set(plain.map((c) => c.label)).size === plain.length) return labels;
  // Each theme one run, its labels distinct and counting from 1.
  const order: string[] = [];
  const seen = new Map<string, Set<string>>();
  let current: string | null = null;
  for (const c of plain) {
    const theme = c.theme as string;
    if (theme !== current) {
      if (seen.has(theme)) return labels;
      seen.set(theme, new Set());
      order.push(theme);
      current = theme;
      if (c.label !== '1') return labels;
    }
    const own = seen.get(theme) as Set<string>;
    if (own.has(c.label as string)) return labels;
    own.add(c.label as string);
  }
  // Themes that print no designator leave the labels as printed (the US plans number "1." again under
  // each unnumbered theme, and are cited so).
  const designators = order.map(themeDesignator);
  if (designators.some((d) => d === null) || new Set(designators).size !== designators.length) return labels;
  const prefix = new Map(order.map((t, i) => [t, designators[i] as string]));
  return items.map((c) =>
    c.label === null || c.theme === null ? c.label : `${prefix.get(c.theme)}.${c.label}`,
  );
}
