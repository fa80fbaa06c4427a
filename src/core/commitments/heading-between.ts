/**
 * A theme printed as a heading between two commitments, with nothing but an introduction under it: "2. Open
 * data" above run-in commitments, an `<h2>` above accordion `<h3>` commitments, an `<h3>` above numbered
 * paragraphs. Read from the layout alone, so it must not take a commitment's own sub-headings
 * ("Milestones", "What is the problem?"): those come in a style printed in every commitment's part, where
 * a theme's style is missing from the parts of the commitments that carry its theme on.
 */

export interface BetweenLines {
  /** 0 for body text; 1, 2, … for heading styles, largest first. */
  rank: (line: number) => number;
  /** The style of a line, to tell a heading wrapped over lines. */
  key: (line: number) => string;
  /** A blank line or page furniture. */
  skip: (line: number) => boolean;
  /** A line that is neither body text nor a theme: a template field, a commitment-like heading. */
  own: (line: number) => boolean;
}

/** Lines of introduction a theme heading may have under it before its first commitment. */
const INTRODUCTION = 8;

/**
 * The lines (first, last) of the heading nearest above `line` and below `floor`, when only body text lies
 * between it and `line`; null when there is none, or when a field or a commitment-like line comes first.
 * `bodyStyle` says which heading styles belong to the commitments' own parts.
 */
export function headingBetween(
  lines: BetweenLines,
  floor: number,
  line: number,
  bodyStyle: (key: string) => boolean,
): { first: number; last: number } | null {
  let body = 0;
  for (let j = line - 1; j > floor; j--) {
    if (lines.skip(j)) continue;
    if (lines.own(j)) return null;
    if (lines.rank(j) === 0) {
      if (++body > INTRODUCTION) return null;
      continue;
    }
    if (bodyStyle(lines.key(j))) return null;
    // The heading may wrap: go up to its first line, in the same style.
    let first = j;
    while (first - 1 > floor && !lines.skip(first - 1) && lines.key(first - 1) === lines.key(j)) first--;
    return { first, last: j };
  }
  return null;
}

/**
 * The heading styles printed in the part of every commitment (from its heading to the next one's, the last
 * to `end`): sub-headings of the commitments, not themes. Each part's lines are looked at once, by their
 * style alone. With fewer than two commitments nothing can be told apart: no style is a body style.
 */
export function bodyStyles(
  lines: Pick<BetweenLines, 'rank' | 'key' | 'skip'>,
  parts: ReadonlyArray<{ line: number; lastLine: number }>,
  end: number,
): Set<string> {
  const out = new Set<string>();
  if (parts.length < 2) return out;
  const counts = new Map<string, number>();
  parts.forEach((p, k) => {
    const to = parts[k + 1]?.line ?? end;
    const seen = new Set<string>();
    for (let j = p.lastLine + 1; j < to; j++) {
      if (lines.rank(j) > 0 && !lines.skip(j)) seen.add(lines.key(j));
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  for (const [key, n] of counts) if (n === parts.length) out.add(key);
  return out;
}
