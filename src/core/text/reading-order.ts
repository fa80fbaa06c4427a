import type { TextRun } from './page-text.ts';

/**
 * Reading order for a PDF page whose producer did not draw it in reading order. pdf.js gives text in the
 * order of the content stream; Chromium and LibreOffice draw a page as it reads, but word processors and
 * layout programs do not always:
 * - a table drawn column by column (every first cell, then every second cell), so a row's title is read
 *   several lines away from its number and its fields;
 * - two columns drawn line by line across the page, so each line of the left column is followed by a
 *   line of the right one.
 * Each case is recognised from the order itself (an order that is already readable is left as it is),
 * then the page's lines are put back in reading order: a table row by row and cell by cell, columns one
 * after the other. Lines keep their own runs; only the order of whole lines changes.
 */

interface Segment<R extends TextRun = TextRun> {
  runs: R[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** A run's font size: the length of the text matrix's vertical axis. */
function sizeOf(run: TextRun): number {
  const [, , c = 0, d = 0] = run.transform ?? [];
  return Math.hypot(c, d) || 10;
}

const blank = (s: string): boolean => /^\s*$/u.test(s);

/**
 * The least of many numbers, in a loop: spreading a page's tens of thousands of pieces into `Math.min`
 * would overflow the call stack.
 */
function lowest(values: readonly number[]): number {
  let least = Infinity;
  for (const value of values) if (value < least) least = value;
  return least;
}

/**
 * Pieces of lines in content order: runs on one baseline that follow each other closely. A gap wider than
 * one and a half ems (pdf.js reports it as a wide blank run, or as a jump in x) ends a piece: a table cell
 * or a column ends there.
 */
function segmentsOf<R extends TextRun>(runs: readonly R[]): Segment<R>[] | null {
  const out: Segment<R>[] = [];
  let cur: Segment<R> | null = null;
  for (const run of runs) {
    const t = run.transform;
    if (!t || t[4] === undefined || t[5] === undefined) return null;
    const size = sizeOf(run);
    const x = t[4];
    const y = t[5];
    const w = run.width ?? 0;
    if (run.str === '') {
      if (run.hasEOL) cur = null;
      continue;
    }
    if (blank(run.str)) {
      if (w > 1.5 * size) cur = null;
      else if (cur) {
        cur.runs.push(run);
        cur.x1 = Math.max(cur.x1, x + w);
      }
      continue;
    }
    const joins =
      cur !== null && Math.abs(y - cur.y) <= 0.3 * size && x >= cur.x1 - size && x <= cur.x1 + 1.5 * size;
    if (cur && joins) {
      cur.runs.push(run);
      cur.x1 = Math.max(cur.x1, x + w);
    } else {
      cur = { runs: [run], x0: x, x1: x + w, y, size };
      out.push(cur);
    }
    if (run.hasEOL) cur = null;
  }
  return out;
}

const TOL = 2;

/**
 * Tables drawn column by column: a jump back up to the baseline of an earlier line of a left-aligned
 * column, further right, starts the table's next column. Returns the page's segments with each such table
 * put in rows, or null when there is none.
 */
function tablesByRows<R extends TextRun>(segs: readonly Segment<R>[]): Segment<R>[] | null {
  const out: Segment<R>[] = [];
  let changed = false;
  let i = 0;
  while (i < segs.length) {
    const table = tableAt(segs, i);
    if (!table) {
      // A table found from a later line of the same column would start at the same line: skip the column,
      // which keeps the scan linear.
      const end = columnEnd(segs, i);
      for (let k = i; k < end; k++) out.push(segs[k] as (typeof segs)[number]);
      i = end;
      continue;
    }
    const [before, columns, end] = table;
    for (const seg of before) out.push(seg);
    for (const seg of rows(columns)) out.push(seg);
    changed = true;
    i = end;
  }
  return changed ? out : null;
}

/** A downward run of left-aligned segments from `start`: its end (exclusive). */
function columnEnd(segs: readonly Segment[], start: number): number {
  const first = segs[start] as Segment;
  let j = start + 1;
  while (j < segs.length) {
    const s = segs[j] as Segment;
    const prev = segs[j - 1] as Segment;
    if (Math.abs(s.x0 - first.x0) > TOL || s.y >= prev.y - TOL) break;
    j++;
  }
  return j;
}

/**
 * The table whose first column runs through segment `i`: the segments before it in that run, its columns,
 * and the index after its last column. At least two columns, each starting level with a line of the first
 * and further right than the one before, and at least two rows.
 */
function tableAt<R extends TextRun>(
  segs: readonly Segment<R>[],
  i: number,
): [Segment<R>[], Segment<R>[][], number] | null {
  const firstEnd = columnEnd(segs, i);
  const next = segs[firstEnd];
  if (!next || firstEnd - i < 2) return null;
  const run = segs.slice(i, firstEnd);
  const top = run.findIndex((s) => Math.abs(s.y - next.y) <= TOL && next.x0 > s.x1);
  if (top < 0) return null;
  const topY = (run[top] as Segment).y;
  const columns: Segment<R>[][] = [run.slice(top)];
  let at = firstEnd;
  let lastX = (run[top] as Segment).x0;
  while (at < segs.length) {
    const s = segs[at] as Segment;
    if (Math.abs(s.y - topY) > TOL || s.x0 <= lastX) break;
    const end = columnEnd(segs, at);
    columns.push(segs.slice(at, end));
    lastX = s.x0;
    at = end;
  }
  const firstColumn = columns[0] as Segment[];
  if (columns.length < 2 || firstColumn.length < 2) return null;
  // Rows: each of the first column's lines that opens a cell (more than a line's gap below the last).
  const tops = cellTops(firstColumn);
  // Three rows level across columns; or two, when the first column is a column of one-line cells (numbers,
  // labels): a row of cards (a number over a title over a text, card after card) has two "rows" as well.
  const oneLineCells = tops.length === firstColumn.length;
  const aligned = columns
    .slice(1)
    .some(
      (c) =>
        cellTops(c).filter((y) => tops.some((t) => Math.abs(t - y) <= TOL)).length >= (oneLineCells ? 2 : 3),
    );
  if (!aligned) return null;
  // Drawn column by column, every later column runs on past the first row; drawn row by row, the cells
  // beside the first column's first one stay in its row.
  const second = tops[1] as number;
  if (columns.slice(1).some((c) => lowest(c.map((s) => s.y)) > second + TOL)) return null;
  return [run.slice(0, top), columns, at];
}

function cellTops(column: readonly Segment[]): number[] {
  return column
    .filter((s, k) => k === 0 || (column[k - 1] as Segment).y - s.y > 1.6 * s.size)
    .map((s) => s.y);
}

/** A table's segments row by row (rows opened by the first column's cells), cell by cell within a row. */
function rows<R extends TextRun>(columns: readonly Segment<R>[][]): Segment<R>[] {
  const tops = cellTops(columns[0] as Segment<R>[]);
  const out: Segment<R>[] = [];
  tops.forEach((top, r) => {
    const below = tops[r + 1];
    for (const column of columns)
      for (const s of column) if (s.y <= top + TOL && (below === undefined || s.y > below + TOL)) out.push(s);
  });
  return out;
}

/**
 * Two columns drawn line by line: with a gutter between a left and a right column, the content order
 * crosses it on most lines. Returns the page's segments column after column (lines that span the gutter
 * keep their place between the parts they separate), or null when the order does not interleave.
 */
function columnsInOrder<R extends TextRun>(segs: readonly Segment<R>[]): Segment<R>[] | null {
  if (segs.length < 12) return null;
  const left = lowest(segs.map((s) => s.x0));
  const right = -lowest(segs.map((s) => -s.x1));
  const mid = (left + right) / 2;
  // The right column's edge: the commonest start right of the middle.
  const starts = new Map<number, number>();
  for (const s of segs)
    if (s.x0 > mid - 20) starts.set(Math.round(s.x0), (starts.get(Math.round(s.x0)) ?? 0) + 1);
  const [edge, count] = [...starts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < 5) return null;
  const side = (s: Segment): 'L' | 'R' | 'S' =>
    s.x0 >= edge - TOL ? 'R' : s.x1 < edge - 0.5 * s.size ? 'L' : 'S';
  const sides = segs.map(side);
  const inColumns = sides.filter((s) => s !== 'S');
  const lefts = inColumns.filter((s) => s === 'L').length;
  if (lefts < 5 || inColumns.length - lefts < 5) return null;
  let crossings = 0;
  for (let k = 1; k < inColumns.length; k++) if (inColumns[k] !== inColumns[k - 1]) crossings++;
  // Merged by height, two columns of running text cross the gutter on nearly every line, and the order
  // never climbs back up the page. A table of labels and values drawn row by row crosses as often but
  // climbs at each cell of several lines, and its short columns are few lines each.
  const fewer = Math.min(lefts, inColumns.length - lefts);
  if (fewer < 10 || crossings < 1.2 * fewer) return null;
  // Running text fills its column; a column of page numbers or of short cells does not.
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const width = (part: 'L' | 'R'): number =>
    median(segs.filter((_, k) => sides[k] === part).map((s) => s.x1 - s.x0));
  if (width('L') < 0.6 * (edge - left) || width('R') < 0.6 * (right - edge)) return null;
  // A table of one-line cells drawn row by row crosses on every row too, but level: a cell beside a cell.
  // Two columns merged by height share a baseline only now and then (a row crosses twice, once level).
  const columnSegs = segs.filter((_, k) => sides[k] !== 'S');
  let level = 0;
  for (let k = 1; k < columnSegs.length; k++) {
    const a = columnSegs[k - 1] as Segment;
    const b = columnSegs[k] as Segment;
    if (side(a) !== side(b) && Math.abs(a.y - b.y) <= TOL) level++;
  }
  if (level > crossings / 4) return null;
  let climbs = 0;
  for (let k = 1; k < segs.length; k++)
    if ((segs[k] as Segment).y > (segs[k - 1] as Segment).y + TOL) climbs++;
  if (climbs > 2) return null;
  // Bands between lines that span the gutter, top to bottom; in each, the left column, then the right.
  const order = segs.map((s, k) => ({ s, k, side: sides[k] as 'L' | 'R' | 'S' }));
  const spans = order.filter((o) => o.side === 'S').sort((a, b) => b.s.y - a.s.y);
  const out: Segment<R>[] = [];
  let upper = Infinity;
  for (const band of [...spans, null]) {
    const lower = band ? band.s.y : -Infinity;
    const inBand = order.filter((o) => o.side !== 'S' && o.s.y < upper && o.s.y >= lower);
    for (const part of ['L', 'R'])
      out.push(
        ...inBand
          .filter((o) => o.side === part)
          .sort((a, b) => b.s.y - a.s.y || a.k - b.k)
          .map((o) => o.s),
      );
    if (band) out.push(band.s);
    upper = lower;
  }
  return out;
}

/**
 * The runs of the segments in their new order, line ends and gaps between pieces marked again. A run keeps
 * whatever else its caller gave it (the viewer's item index); a tab between two cells is a run of its own.
 */
function runsOf<R extends TextRun>(segs: readonly Segment<R>[]): (R | TextRun)[] {
  const out: (R | TextRun)[] = [];
  segs.forEach((s, k) => {
    const next = segs[k + 1];
    const runs = s.runs.map((r) => ({ ...r, hasEOL: false }));
    for (const run of runs) out.push(run);
    if (next && Math.abs(next.y - s.y) <= TOL && next.x0 > s.x1) {
      // Pieces of one baseline: a cell beside a cell, read with a tab between them.
      out.push({ str: '\t', hasEOL: false });
    } else {
      const last = out[out.length - 1] as TextRun;
      out[out.length - 1] = { ...last, hasEOL: true };
    }
  });
  return out;
}

/**
 * The page's runs in reading order: the very array given when the producer drew them so (callers tell a
 * rearranged page by that), rearranged otherwise.
 */
export function readingOrder<R extends TextRun>(runs: readonly R[]): readonly (R | TextRun)[] {
  const segs = segmentsOf(runs);
  if (!segs || segs.length < 4) return runs;
  const columns = columnsInOrder(segs);
  const rearranged = columns ?? tablesByRows(segs);
  return rearranged ? runsOf(rearranged) : runs;
}
