import { joinPrintedLines, type TextLine } from '../text/text-lines.ts';
import type { Layout } from './layout-cues.ts';
import { fieldOf } from './template-fields.ts';

/** A commitment printed as a row of a matrix: its label cell and its title cell. */
export interface TableRow {
  line: number;
  label: string | null;
  title: string;
  /** The cell of a status column ("Avance", "Status", "Nível de cumprimento"), when the matrix has one. */
  status?: string | null;
}

/** A header cell that names a status column: the status field's label alone. */
function isStatusHeader(text: string): boolean {
  const f = fieldOf(text.replace(/\s+/gu, ' ').trim());
  return f !== null && f.kind === 'status' && f.value === '';
}

/** The header of the column that names the commitment, alone or with what else the cell holds ("Engagement et
 * problématique", "Commitment and description"). */
const COMMITMENT_COLUMN =
  /^(?:commitments?|commitment title|name of (?:the )?commitment|compromisos?|nombre del compromiso|compromissos?|designa[cç][aã]o|engagements?|intitul[eé](?: de l['’]engagement)?)(?:\s+(?:and|y|e|et)\s+\p{L}[\p{L}\s’'-]{0,40})?$/iu;
const LABEL_CELL = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]{1,2}\d{1,4}(?:\.\d{1,2})?|[A-Z]\.\d{1,2})$/u;

/**
 * Rows of a table (cells separated by tabs, as HTML tables and some PDFs extract) under a header whose
 * column names the commitment: `No. | Commitment | Lead agency | Period`. A row's first cell is its label;
 * a row without one is the header of the next table.
 */
export function tableRows(lines: readonly TextLine[]): TableRow[] {
  const rows: TableRow[] = [];
  let column = -1;
  let statusColumn = -1;
  let cells = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as TextLine).raw;
    if (!raw.includes('\t')) {
      if ((lines[i] as TextLine).clean !== '') column = -1;
      continue;
    }
    const parts = raw.split('\t').map((c) => c.replace(/\s+/gu, ' ').trim());
    // A row that does not start with a label is a header: it names the columns of the rows below it.
    if (!LABEL_CELL.test(parts[0] ?? '')) {
      column = parts.findIndex((c) => COMMITMENT_COLUMN.test(c));
      statusColumn = parts.findIndex((c, k) => k !== column && isStatusHeader(c));
      cells = parts.length;
      continue;
    }
    if (column < 0 || Math.abs(parts.length - cells) > 1) continue;
    const title = parts[column] ?? '';
    if (title === '' || !/\p{L}/u.test(title)) continue;
    const status = statusColumn >= 0 ? (parts[statusColumn] ?? '') : '';
    rows.push({
      line: i,
      label: (parts[0] as string).replace(/\.$/u, ''),
      title,
      ...(statusColumn >= 0 ? { status: status === '' ? null : status } : {}),
    });
  }
  return rows;
}

/** How far apart (PDF units) two runs may start and be in one column. */
const SAME_COLUMN = 3;
/** Labels are often centred in their column: "10" starts left of "9". */
const LABEL_COLUMN = 8;
/**
 * Lines a header may take before the first row: wrapped cells, a second header row, a theme row; past
 * HEADER_LINES only short ones (a header whose cells wrap word by word), up to HEADER_REACH.
 */
const HEADER_LINES = 6;
const HEADER_REACH = 9;
const HEADER_LINE = 30;
/** Lines a matrix row may take: a table whose next label does not come within them has ended. */
const ROW_REACH = 60;
/**
 * A line that may be a matrix header naming the commitment column, before its cells are read: the word
 * after some other column's name (a heading "Commitment 3: …" starts with it), and no sentence's end. Case
 * spelt out and no `u` flag: this runs on every line of a 300-page plan.
 */
const NAMES_COMMITMENTS =
  /ommitment|OMMITMENT|ompromis|OMPROMIS|ngagement|NGAGEMENT|esigna|ESIGNA|ntitul|NTITUL/;
const STARTS_WITH_IT = /^(?:commitment|compromis|engagement|designa|intitul)/iu;

/**
 * Rows of a matrix as a PDF prints it, without tabs: each cell's lines come one after the other, or the
 * cells of a row share a line. The columns are told apart by where their runs start across the page. The
 * header names the commitment column; a label alone at the start of a line starts a row, and the lines of
 * the commitment column that follow it are its title. A header may be centred over its column: the
 * column starts at the rightmost position its rows use at or left of the header's text. The table ends at
 * a run in the label column that is no label (a paragraph starts at the margin).
 */
export function columnRows(lines: readonly TextLine[], layout: Layout | null): TableRow[] {
  if (!layout) return [];
  const rows: TableRow[] = [];
  const near = (x: number, at: number): boolean => Math.abs(x - at) <= SAME_COLUMN;
  const inLabelColumn = (x: number, at: number): boolean => Math.abs(x - at) <= LABEL_COLUMN;
  // The header again at the top of each page the table runs onto: not a row, and not where cells start.
  const isHeader = (cells: ReadonlyArray<{ text: string }>): boolean =>
    cells.length >= 3 && cells.some((c) => COMMITMENT_COLUMN.test(c.text.trim()));
  for (let i = 0; i < lines.length; i++) {
    const clean = (lines[i] as TextLine).clean;
    if (clean.length > 160 || !NAMES_COMMITMENTS.test(clean)) continue;
    if (STARTS_WITH_IT.test(clean) || /[.;,:]$/u.test(clean)) continue;
    const header = layout.cells(i);
    const column = header.findIndex((c) => COMMITMENT_COLUMN.test(c.text.trim()));
    if (header.length < 3 || column < 1) continue;
    const isRowStart = (j: number): boolean => {
      const first = layout.cells(j)[0];
      return first !== undefined && LABEL_CELL.test(first.text.trim());
    };
    // Narrow header cells wrap ("Open / government / lens", "Potential for / results"): the header's lines
    // are short words, with no label to start a row, down to the first row.
    let firstRow = i + 1;
    while (
      firstRow < Math.min(lines.length, i + HEADER_REACH) &&
      !isRowStart(firstRow) &&
      (firstRow < i + HEADER_LINES || (lines[firstRow] as TextLine).clean.length <= HEADER_LINE)
    )
      firstRow++;
    if (firstRow >= lines.length || !isRowStart(firstRow)) continue;
    const labelX = (layout.cells(firstRow)[0] as { x: number }).x;
    // The table's extent, and the positions its rows print at.
    const positions: number[] = [];
    let end = firstRow;
    let lastRow = firstRow;
    for (; end < lines.length && end - lastRow <= ROW_REACH; end++) {
      const cells = layout.cells(end);
      const first = cells[0];
      if (!first) continue;
      if (isHeader(cells)) continue;
      if (inLabelColumn(first.x, labelX) && LABEL_CELL.test(first.text.trim())) lastRow = end;
      else if (near(first.x, labelX)) break;
      for (const c of cells) positions.push(c.x);
    }
    const headerX = (header[column] as { x: number }).x;
    const titleX = positions.reduce(
      (best, x) => (x <= headerX + SAME_COLUMN && x > labelX + SAME_COLUMN && x > best ? x : best),
      -Infinity,
    );
    if (!Number.isFinite(titleX)) continue;
    // A status column named in the header, which may wrap over the lines down to the first row.
    let statusHeaderX: number | null = null;
    for (let h = i; h < firstRow && statusHeaderX === null; h++) {
      const named = layout.cells(h).find((c) => isStatusHeader(c.text));
      if (named) statusHeaderX = named.x;
    }
    const statusX =
      statusHeaderX === null
        ? null
        : positions.reduce(
            (best, x) =>
              x <= (statusHeaderX as number) + SAME_COLUMN && x > titleX + SAME_COLUMN && x > best ? x : best,
            -Infinity,
          );
    let row: {
      line: number;
      label: string;
      parts: string[];
      open: boolean;
      status: string[];
      bold: boolean;
    } | null = null;
    const found: TableRow[] = [];
    const close = (): void => {
      if (row && row.parts.length > 0) {
        found.push({
          line: row.line,
          label: row.label,
          title: joinPrintedLines(row.parts.join('\n')),
          ...(statusX !== null && Number.isFinite(statusX)
            ? { status: row.status.length > 0 ? joinPrintedLines(row.status.join('\n')) : null }
            : {}),
        });
      }
      row = null;
    };
    for (let j = firstRow; j < end; j++) {
      const cells = layout.cells(j);
      const first = cells[0];
      if (!first || isHeader(cells)) continue;
      if (inLabelColumn(first.x, labelX) && LABEL_CELL.test(first.text.trim())) {
        close();
        row = {
          line: j,
          label: first.text.trim().replace(/\.$/u, ''),
          parts: [],
          open: true,
          status: [],
          bold: false,
        };
      }
      const current = row as { parts: string[]; open: boolean; status: string[]; bold: boolean } | null;
      if (!current) continue;
      if (statusX !== null) {
        for (const c of cells) if (near(c.x, statusX)) current.status.push(c.text.trim());
      }
      const inTitle = cells.filter((c) => near(c.x, titleX));
      // A cell that opens with a bold title and goes on with a description: the title is its bold lines.
      if (
        inTitle.length > 0 &&
        current.parts.length > 0 &&
        current.bold &&
        !(inTitle[0] as { bold: boolean }).bold
      ) {
        current.open = false;
      }
      // The title cell's lines come together: once another column's line follows, the title is whole.
      if (inTitle.length > 0 && current.open) {
        if (current.parts.length === 0) current.bold = (inTitle[0] as { bold: boolean }).bold;
        current.parts.push(inTitle.map((c) => c.text.trim()).join(' '));
      } else if (current.parts.length > 0 && inTitle.length === 0) current.open = false;
    }
    close();
    rows.push(...inOrder(found));
    i = end - 1;
  }
  return rows;
}

/** A commitment cell that carries its own number: "1. Portal de datos abiertos". */
const NUMBERED_CELL = /^(\d{1,2})[.)]\s+(\S.*)$/u;

/**
 * Rows of a matrix whose first column is the commitment itself, numbered in its own cell ("1. Portal de
 * datos abiertos | Sustancial | Marginal"), as an IRM report's or a self-assessment's summary prints it: a
 * header whose first cell names the commitment column, then rows that start with a numbered cell there.
 * The table goes on while every run of a line starts in one of its columns; a title cell may wrap.
 */
export function numberedCellRows(lines: readonly TextLine[], layout: Layout | null): TableRow[] {
  if (!layout) return [];
  const rows: TableRow[] = [];
  const near = (x: number, at: number): boolean => Math.abs(x - at) <= LABEL_COLUMN;
  for (let i = 0; i < lines.length; i++) {
    const clean = (lines[i] as TextLine).clean;
    if (clean.length > 160 || !NAMES_COMMITMENTS.test(clean) || /[.;,:]$/u.test(clean)) continue;
    const header = layout.cells(i);
    if (header.length < 2 || !COMMITMENT_COLUMN.test((header[0] as { text: string }).text.trim())) continue;
    const start = layout.cells(i + 1);
    const first = start[0];
    if (!first || start.length < 2 || !NUMBERED_CELL.test(first.text.trim())) continue;
    const columns = start.map((c) => c.x);
    const titleX = first.x;
    const statusHeader = header.find((c) => isStatusHeader(c.text));
    const statusX = statusHeader
      ? columns.reduce(
          (best, x) => (x <= statusHeader.x + SAME_COLUMN && x > titleX + SAME_COLUMN && x > best ? x : best),
          -Infinity,
        )
      : null;
    const found: TableRow[] = [];
    let row: { line: number; label: string; parts: string[]; status: string[] } | null = null;
    let widest = 0;
    let j = i + 1;
    for (; j < lines.length && j <= i + ROW_REACH * 4; j++) {
      const cells = layout.cells(j);
      if (cells.length === 0) continue;
      if (!cells.every((c) => columns.some((x) => near(c.x, x)))) break;
      const lead = cells[0] as { x: number; text: string };
      const numbered = near(lead.x, titleX) ? NUMBERED_CELL.exec(lead.text.trim()) : null;
      if (numbered) {
        if (row) found.push(closeRow(row, statusX));
        row = { line: j, label: numbered[1] as string, parts: [numbered[2] as string], status: [] };
        widest = Math.max(widest, lead.text.trim().length);
      } else if (row && near(lead.x, titleX)) {
        // A wrapped title cell is no wider than the numbered cells; a paragraph at the margin is.
        if (lead.text.trim().length > widest * 1.2) break;
        row.parts.push(lead.text.trim());
      } else if (!row) break;
      if (row && statusX !== null && Number.isFinite(statusX)) {
        for (const c of cells) if (Math.abs(c.x - statusX) <= SAME_COLUMN) row.status.push(c.text.trim());
      }
    }
    if (row) found.push(closeRow(row, statusX));
    rows.push(...inOrder(found));
    i = j - 1;
  }
  return rows;
}

function closeRow(
  row: { line: number; label: string; parts: string[]; status: string[] },
  statusX: number | null,
): TableRow {
  return {
    line: row.line,
    label: row.label,
    title: joinPrintedLines(row.parts.join('\n')),
    ...(statusX !== null && Number.isFinite(statusX)
      ? { status: row.status.length > 0 ? joinPrintedLines(row.status.join('\n')) : null }
      : {}),
  };
}

/**
 * The rows that count 1, 2, 3… and print a title (a capital or a figure first, two words at least): what
 * stray runs in a text's columns (a number beside a paragraph) do not.
 */
function inOrder(found: readonly TableRow[]): TableRow[] {
  const kept: TableRow[] = [];
  for (const r of found) {
    const n = Number(r.label);
    if (n === kept.length + 1 && /^[\p{Lu}\d"“]\S*\s+\S/u.test(r.title)) kept.push(r);
  }
  return kept.length >= 2 ? kept : [];
}
