import { positionSelectorOf, quoteSelectorOf, type Annotation } from '../model/annotation.ts';
import { NO_META, type MetaOf, type RecordMeta } from './export-meta.ts';
import {
  closeOpenFence,
  escapeMarkdownLine,
  escapeMarkdownText,
  markdownDestination,
  neutraliseMarkdown,
} from './markdown-escape.ts';

export interface MarkdownReportOptions {
  title?: string;
  metaOf?: MetaOf;
  /**
   * The records already come in report order (by document, then by position; a server can ORDER BY),
   * so the report streams with one record in memory. Otherwise they are collected and sorted first.
   */
  presorted?: boolean;
}

/**
 * How records are grouped into sections. Today a section is a document; when commitments arrive, a
 * second level (document, then commitment) is one more key here and one more heading in `sectionLines`.
 */
function sectionKey(record: Annotation): string {
  return record.target.source;
}

function positionOf(record: Annotation): number {
  return positionSelectorOf(record.target)?.start ?? Number.MAX_SAFE_INTEGER;
}

/** Report order: by document address, then where the passage starts, then by date for ties. */
export function compareForReport(a: Annotation, b: Annotation): number {
  const byKey = sectionKey(a) < sectionKey(b) ? -1 : sectionKey(a) > sectionKey(b) ? 1 : 0;
  return byKey || positionOf(a) - positionOf(b) || a.created.localeCompare(b.created);
}

function sectionLines(record: Annotation): string[] {
  const title = escapeMarkdownLine(record.document.title || record.target.source);
  const destination = markdownDestination(record.target.source);
  const heading = destination ? `[${title}](${destination})` : title;
  return [`## ${heading}`, ''];
}

function quoteLines(record: Annotation): string[] {
  const quote = quoteSelectorOf(record.target);
  if (!quote) return [];
  return [
    ...quote.exact.split(/\r\n|\r|\n/).map((line) => (line ? `> ${escapeMarkdownText(line)}` : '>')),
    '',
  ];
}

function commentLines(record: Annotation): string[] {
  return record.body.comment.trim() === ''
    ? []
    : [closeOpenFence(neutraliseMarkdown(record.body.comment)), ''];
}

function tagLines(record: Annotation): string[] {
  if (record.body.tags.length === 0) return [];
  return [`Tags: ${record.body.tags.map(escapeMarkdownLine).join(', ')}`, ''];
}

function bylineLines(record: Annotation, meta: RecordMeta): string[] {
  const author = meta.creator?.name ?? meta.creator?.id;
  const who = author ? `${escapeMarkdownLine(author)}, ` : '';
  return [`*${who}${escapeMarkdownLine(record.modified)}, ${record.visibility}*`, ''];
}

/**
 * The parts of one annotation's entry, in order. Assessment (with an *unsupported* flag when it cites no
 * evidence), evidence links and disagreements slot in as further parts; each returns [] when absent.
 */
const ENTRY_PARTS: ReadonlyArray<(record: Annotation, meta: RecordMeta) => string[]> = [
  quoteLines,
  commentLines,
  tagLines,
  bylineLines,
];

function entryLines(record: Annotation, meta: RecordMeta, ordinal: number): string[] {
  const lines = [`### ${ordinal}.`, ''];
  for (const part of ENTRY_PARTS) lines.push(...part(record, meta));
  return lines;
}

/** The report as chunks (one per heading or entry), each ending in a newline. */
export function* markdownReportChunks(
  records: Iterable<Annotation>,
  options: MarkdownReportOptions = {},
): Generator<string> {
  const metaOf = options.metaOf ?? NO_META;
  const ordered = options.presorted ? records : [...records].sort(compareForReport);
  yield `# ${escapeMarkdownLine(options.title ?? 'Annotations')}\n\n`;
  let section: string | null = null;
  let ordinal = 0;
  let count = 0;
  for (const record of ordered) {
    count += 1;
    if (sectionKey(record) !== section) {
      section = sectionKey(record);
      ordinal = 0;
      yield `${sectionLines(record).join('\n')}\n`;
    }
    ordinal += 1;
    yield `${entryLines(record, metaOf(record), ordinal).join('\n')}\n`;
  }
  if (count === 0) yield 'No annotations.\n';
}

export function toMarkdownReport(records: Iterable<Annotation>, options: MarkdownReportOptions = {}): string {
  return [...markdownReportChunks(records, options)].join('');
}
