import type { TextLine } from '../text/text-lines.ts';

/** A commitment printed as a row of a matrix: its label cell and its title cell. */
export interface TableRow {
  line: number;
  label: string | null;
  title: string;
}

/** The header of the column that names the commitment. */
const COMMITMENT_COLUMN =
  /^(?:commitments?|commitment title|name of (?:the )?commitment|compromisos?|nombre del compromiso|compromissos?|designa[cç][aã]o|engagements?|intitul[eé](?: de l['’]engagement)?)$/iu;
const LABEL_CELL = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]{1,2}\d{1,4}(?:\.\d{1,2})?|[A-Z]\.\d{1,2})$/u;

/**
 * Rows of a table (cells separated by tabs, as HTML tables and some PDFs extract) under a header whose
 * column names the commitment: `No. | Commitment | Lead agency | Period`. A row's first cell is its label;
 * a row without one is the header of the next table.
 */
export function tableRows(lines: readonly TextLine[]): TableRow[] {
  const rows: TableRow[] = [];
  let column = -1;
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
      cells = parts.length;
      continue;
    }
    if (column < 0 || Math.abs(parts.length - cells) > 1) continue;
    const title = parts[column] ?? '';
    if (title === '' || !/\p{L}/u.test(title)) continue;
    rows.push({ line: i, label: (parts[0] as string).replace(/\.$/u, ''), title });
  }
  return rows;
}
