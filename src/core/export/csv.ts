import {
  evidenceOf,
  fragmentSelectorOf,
  isUnsupported,
  quoteSelectorOf,
  type Annotation,
} from '../model/annotation.ts';
import { pageOfFragment } from '../model/selectors.ts';
import { encodeChunks, type ChunkEncoder } from './chunk-encoder.ts';
import { NO_META, type MetaOf, type RecordMeta } from './export-meta.ts';

/**
 * One column of the CSV: its header and how a record fills it. New columns go at the end, so spreadsheets
 * built on earlier exports keep working.
 */
interface CsvColumn {
  header: string;
  cell(record: Annotation, meta: RecordMeta): string;
}

/** Tags joined by this; a tag may hold a comma, and `; ` reads well in a spreadsheet. */
export const TAG_SEPARATOR = '; ';

/** OGP values joined by this, like tags. */
export const VALUE_SEPARATOR = '; ';
/** Evidence addresses one per line in the cell: an address may hold `;` or `,` but never a line break. */
export const URL_SEPARATOR = '\n';

const yesNo = (value: boolean | null | undefined): string =>
  value === true ? 'yes' : value === false ? 'no' : '';

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
  { header: 'commitment label', cell: (r) => r.body.commitment?.label ?? '' },
  { header: 'commitment title', cell: (r) => r.body.commitment?.title ?? '' },
  { header: 'quote', cell: (r) => quoteSelectorOf(r.target)?.exact ?? '' },
  { header: 'comment', cell: (r) => r.body.comment },
  { header: 'tags', cell: (r) => r.body.tags.join(TAG_SEPARATOR) },
  { header: 'completion', cell: (r) => r.body.assessment?.completion ?? '' },
  { header: 'values', cell: (r) => r.body.assessment?.values.join(VALUE_SEPARATOR) ?? '' },
  { header: 'impact', cell: (r) => r.body.assessment?.impact ?? '' },
  {
    header: 'evidence URLs',
    cell: (r) =>
      evidenceOf(r)
        .map((e) => e.url)
        .join(URL_SEPARATOR),
  },
  // Only an assessment is supported or not; a plain comment leaves the cell empty.
  { header: 'supported', cell: (r) => (r.body.assessment ? yesNo(!isUnsupported(r)) : '') },
  { header: 'author', cell: (_r, meta) => meta.creator?.name ?? meta.creator?.id ?? '' },
  { header: 'group', cell: (_r, meta) => meta.group?.name ?? meta.group?.id ?? '' },
  { header: 'visibility', cell: (r) => r.visibility },
  { header: 'motivation', cell: (r) => r.motivation },
  { header: 'id', cell: (r) => r.id },
  { header: 'created', cell: (r) => r.created },
  { header: 'modified', cell: (r) => r.modified },
  { header: 'verifiable', cell: (r) => yesNo(r.body.assessment?.verifiable) },
  { header: 'opened government', cell: (r) => r.body.assessment?.openedGovernment ?? '' },
  { header: 'commitment number', cell: (r) => (r.body.commitment ? String(r.body.commitment.ordinal) : '') },
  {
    header: 'evidence titles',
    cell: (r) =>
      evidenceOf(r)
        .map((e) => oneLine(e.title))
        .join(URL_SEPARATOR),
  },
  { header: 'reply to', cell: (r) => r.replyTo ?? '' },
];

/** A title on one line, so that titles and addresses pair up line by line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

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

/** The header line, then one CRLF-terminated line per record (see chunk-encoder.ts). */
export function csvEncoder(options: CsvOptions = {}): ChunkEncoder {
  const metaOf = options.metaOf ?? NO_META;
  return {
    head: () => (options.bom ? '\uFEFF' : '') + csvLine(CSV_HEADERS),
    push: (record) => {
      const meta = metaOf(record);
      return csvLine(CSV_COLUMNS.map((column) => column.cell(record, meta)));
    },
    end: () => '',
  };
}

/** The header line, then one CRLF-terminated line per record, one at a time (bounded memory). */
export function csvRows(records: Iterable<Annotation>, options: CsvOptions = {}): Generator<string> {
  return encodeChunks(csvEncoder(options), records);
}

export function toCsv(records: Iterable<Annotation>, options: CsvOptions = {}): string {
  return [...csvRows(records, options)].join('');
}
