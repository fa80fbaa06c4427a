/**
 * Which reading of a matrix to keep: the rows told apart by tabs, or the rows told apart by where their
 * cells start across the page. A PDF row whose cells wrap is read as its first line with tabs (the cells that
 * share it) and then each cell's further lines on lines of their own, with no tab; the tabs then give the
 * first row and lose the rest, while the positions give every row. So the reading that finds more rows is
 * kept; on a tie, the tabs (HTML has only them). The positions are read only when the tabs found a row, and
 * they are read only on lines that name a commitment column, so this costs nothing on a page with no matrix.
 */
export function fullerRows<T>(tabbed: readonly T[], positioned: () => readonly T[]): readonly T[] {
  if (tabbed.length === 0) return positioned();
  const other = positioned();
  return other.length > tabbed.length ? other : tabbed;
}
