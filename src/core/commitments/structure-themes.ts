import { joinPrintedLines, type TextLine } from '../text/text-lines.ts';
import { sameHeadingLook, type Candidate } from './find-commitments.ts';
import { isContentsLine } from './heading-forms.ts';
import { parseNumbered, type Numbered } from './numbering.ts';
import { opensHeading } from './theme-wrap.ts';
import { skippable, titleFrom, type Structure } from './structure-lines.ts';

/**
 * The theme of each numbered heading: the nearest line above it printed larger (layout), or the heading of
 * its parent label (`1.` above `1.2`), label left out.
 */
export function withThemes(s: Structure, list: Array<Candidate & { numbered?: Numbered }>): Candidate[] {
  return carryThemes(
    list.map((c, k) => {
      const floor = k > 0 ? (list[k - 1] as Candidate).lastLine : -1;
      const theme = themeAbove(s, c.line, floor) ?? parentHeading(s, c);
      const { numbered: _, ...plain } = c;
      return theme === undefined ? plain : { ...plain, theme };
    }),
  );
}

/**
 * Siblings share their parent's theme: `1.2` takes the theme found for `1.1`, since what lies between
 * them (milestones numbered `1.`, `2.`) is not their parent's heading.
 */
export function carryThemes(list: Candidate[]): Candidate[] {
  const parentOf = (c: Candidate): string | null => {
    const n = c.label ? parseNumbered(`${c.label} x`) : null;
    return n && n.parts.length >= 2 ? `${n.scheme}:${n.parts.slice(0, -1).join('.')}` : null;
  };
  return list.map((c, k) => {
    const previous = k > 0 ? (list[k - 1] as Candidate) : null;
    const parent = parentOf(c);
    if (!previous || parent === null || parentOf(previous) !== parent) return c;
    const theme = previous.theme;
    // Reuse the run's first theme: later entries of the run have been given it already.
    list[k] = theme === undefined ? c : { ...c, theme };
    return list[k] as Candidate;
  });
}

/** How far back a parent heading (`1.` above `1.3`) is looked for. */
const PARENT_REACH = 2000;

/** The title of the heading that prints this label's parent (`2.` or `B.` above `2.3` or `B.1`). */
export function parentHeading(s: Structure, c: Candidate): string | undefined {
  const own = c.label ? parseNumbered(`${c.label} x`) : null;
  if (!own || own.parts.length < 2) return undefined;
  const parent = own.parts.slice(0, -1);
  for (let j = c.line - 1; j >= 0 && j > c.line - PARENT_REACH; j--) {
    if (skippable(s, j) || s.fields[j]) continue;
    const line = s.lines[j] as TextLine;
    const up = parseNumbered(line.clean);
    if (!up || up.scheme !== own.scheme || isContentsLine(line.raw)) continue;
    if (up.parts.length === parent.length && up.parts.every((x, i) => x === parent[i])) {
      return titleFrom(s, j, up.rest).title;
    }
  }
  return undefined;
}

/**
 * The nearest heading above `line` (down to `floor`) printed larger than it; its title, label left out;
 * null when that heading is the document's own title.
 * `above` starts the search higher up, past lines that belong to the heading (an id in the margin).
 */
export function themeAbove(
  s: Structure,
  line: number,
  floor: number,
  above = line,
): string | null | undefined {
  const layout = s.layout;
  if (!layout) return undefined;
  const rank = layout.rank[line] ?? 0;
  if (rank === 0) return undefined;
  for (let j = above - 1; j > floor; j--) {
    if (skippable(s, j)) continue;
    const r = layout.rank[j] ?? 0;
    if (r > 0 && r < rank) {
      // The document's own title (its first heading, in a style no other line has) is no theme.
      if (isDocumentTitle(s, j)) return null;
      // The theme heading may be wrapped: go up to its first line.
      let first = j;
      while (
        first - 1 > floor &&
        !opensHeading((s.lines[first] as TextLine).clean) &&
        sameHeadingLook(layout, first - 1, j) &&
        !skippable(s, first - 1)
      ) {
        first--;
      }
      const text = joinPrintedLines(
        s.lines
          .slice(first, j + 1)
          .map((l) => l.clean)
          .join('\n'),
      );
      const numbered = parseNumbered(text);
      return numbered ? numbered.rest : text;
    }
  }
  return undefined;
}

/** Per layout: the first heading line, and how many lines each heading style prints. */
const headingStyles = new WeakMap<object, { first: number; counts: Map<number, number> }>();

/** Whether line `j` is the document's title: its first heading, printed in a style used by no other line. */
export function isDocumentTitle(s: Structure, j: number): boolean {
  const layout = s.layout;
  if (!layout) return false;
  const rank = layout.rank[j] ?? 0;
  if (rank === 0) return false;
  let styles = headingStyles.get(layout);
  if (!styles) {
    const counts = new Map<number, number>();
    let first = -1;
    layout.rank.forEach((r, i) => {
      if (!r) return;
      if (first < 0) first = i;
      counts.set(r, (counts.get(r) ?? 0) + 1);
    });
    styles = { first, counts };
    headingStyles.set(layout, styles);
  }
  // A title may wrap: its lines share the style and come one after the other.
  let top = j;
  while (top > 0 && (layout.rank[top - 1] ?? 0) === rank) top--;
  let bottom = j;
  while ((layout.rank[bottom + 1] ?? 0) === rank) bottom++;
  return styles.first === top && styles.counts.get(rank) === bottom - top + 1;
}
