import { fragmentSelectorOf, quoteSelectorOf, type Annotation } from '../model/annotation.ts';
import { pageOfFragment } from '../model/selectors.ts';
import { NO_META, type MetaOf, type RecordMeta } from './export-meta.ts';

/**
 * One column of the CSV: its header and how a record fills it. Columns for fields the record does not
 * have yet (commitment, assessment, evidence) are here already and stay empty, so spreadsheets built on
 * today's exports keep working when those fields arrive: fill in `cell`, nothing else moves.
 */
interface CsvColumn {
  header: string;
  cell(record: Annotation, meta: RecordMeta): string;
}

/** Tags joined by this; a tag may hold a comma, and `; ` reads well in a spreadsheet. */
export const TAG_SEPARATOR = '; ';

const empty = (): string => '';

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { header: 'document', cell: (r) => r.document.title },
  { header: 'source', cell: (r) => r.target.source },
  {
    header: 'page',
    cell: (r) => {
      const fragment = fragmentSelectorOf(r.target);
      return fragment ? String(pageOfFragment(fragment)) : '';
    },
  },
  { header: 'commitment label', cell: empty },
  { header: 'commitment title', cell: empty },
  { header: 'quote', cell: (r) => quoteSelectorOf(r.target)?.exact ?? '' },
  { header: 'comment', cell: (r) => r.body.comment },
  { header: 'tags', cell: (r) => r.body.tags.join(TAG_SEPARATOR) },
  { header: 'completion', cell: empty },
  { header: 'values', cell: empty },
  { header: 'impact', cell: empty },
  { header: 'evidence URLs', cell: empty },
  { header: 'supported', cell: empty },
  { header: 'author', cell: (_r, meta) => meta.creator?.name ?? meta.creator?.id ?? '' },
  { header: 'group', cell: (_r, meta) => meta.group?.name ?? meta.group?.id ?? '' },
  { header: 'visibility', cell: (r) => r.visibility },
  { header: 'motivation', cell: (r) => r.motivation },
  { header: 'id', cell: (r) => r.id },
  { header: 'created', cell: (r) => r.created },
  { header: 'modified', cell: (r) => r.modified },
];

export const CSV_HEADERS: readonly string[] = CSV_COLUMNS.map((c) => c.header);

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and tab or carriage return
 * can hide such a start; OWASP's advice is a leading apostrophe, which spreadsheets show as text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field holding a quote, comma, CR or LF is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read the file as UTF-8. */
  bom?: boolean;
  metaOf?: MetaOf;
}

/** The header line, then one CRLF-terminated line per record, one at a time (bounded memory). */
export function* csvRows(records: Iterable<Annotation>, options: CsvOptions = {}): Generator<string> {
  const metaOf = options.metaOf ?? NO_META;
  yield (options.bom ? '\uFEFF' : '') + csvLine(CSV_HEADERS);
  for (const record of records) {
    const meta = metaOf(record);
    yield csvLine(CSV_COLUMNS.map((column) => column.cell(record, meta)));
  }
}

export function toCsv(records: Iterable<Annotation>, options: CsvOptions = {}): string {
  return [...csvRows(records, options)].join('');
}
