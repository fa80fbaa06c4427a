import {
  evidenceOf,
  isUnsupported,
  isWholeDocument,
  positionSelectorOf,
  quoteSelectorOf,
  type Annotation,
} from '../model/annotation.ts';
import type { Evidence } from '../model/assessment.ts';
import { ReviewerLevels, type ReviewerAssessment } from '../model/reviewer-levels.ts';
import { assessmentSummary, commitmentName } from './body-mapping.ts';
import { encodeChunks, type ChunkEncoder } from './chunk-encoder.ts';
import { NO_META, type MetaOf, type RecordMeta } from './export-meta.ts';
import {
  closeOpenFence,
  escapeMarkdownLine,
  escapeMarkdownText,
  markdownDestination,
  neutraliseMarkdown,
} from './markdown-escape.ts';
import { readableDay, readableInstant } from './reader-date.ts';

export interface MarkdownReportOptions {
  title?: string;
  metaOf?: MetaOf;
  /**
   * The records already come in report order (`compareForReport`; a server can ORDER BY the same keys,
   * see `reportSortKey`), so the report streams with one commitment's reviewer levels in memory.
   * Otherwise they are collected and sorted first.
   */
  presorted?: boolean;
}

/** Stands for "none" in the numeric sort keys, so that a missing value sorts last; SQL uses the same. */
export const SORT_LAST = 2_147_483_647;

/**
 * The commitment key of a note on the whole document linked to no commitment: its own section, before
 * the commitments (whose ordinals start at 1). SQL uses the same.
 */
export const WHOLE_DOCUMENT_SECTION = 0;

/** The section a record is reported in: its commitment, the whole document's notes, or the others. */
export function reportSection(record: Annotation): number {
  const ordinal = record.body.commitment?.ordinal;
  if (ordinal !== undefined) return ordinal;
  return isWholeDocument(record.target) ? WHOLE_DOCUMENT_SECTION : SORT_LAST;
}

/**
 * The report's order as plain values: document, section (`reportSection`: notes on the whole document
 * first, then each commitment, none last as "other annotations"),
 * assessments before the rest, where the passage starts (none last), created, id. A server sorting with
 * the same keys (and `collate "C"` on the texts) hands over records that need no sorting here.
 */
export function reportSortKey(record: Annotation): [string, number, number, number, string, string] {
  return [
    record.target.source,
    reportSection(record),
    record.body.assessment ? 0 : 1,
    Math.min(positionSelectorOf(record.target)?.start ?? SORT_LAST, SORT_LAST),
    record.created,
    record.id,
  ];
}

export function compareForReport(a: Annotation, b: Annotation): number {
  const ka = reportSortKey(a);
  const kb = reportSortKey(b);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] as string | number;
    const y = kb[i] as string | number;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

function documentHeading(record: Annotation): string {
  const title = escapeMarkdownLine(record.document.title || record.target.source);
  const destination = markdownDestination(record.target.source);
  return `## ${destination ? `[${title}](${destination})` : title}\n\n`;
}

function sectionHeading(record: Annotation): string {
  const ref = record.body.commitment;
  if (ref) return `### ${escapeMarkdownLine(commitmentName(ref))}\n\n`;
  return reportSection(record) === WHOLE_DOCUMENT_SECTION
    ? '### Notes on the whole document\n\n'
    : '### Other annotations\n\n';
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

function assessmentLines(record: Annotation): string[] {
  const { assessment } = record.body;
  if (!assessment) return [];
  // The summary holds only our own vocabulary words, but is escaped like any text all the same.
  const lines = [
    `**Assessment.** ${escapeMarkdownLine(assessmentSummary(assessment, evidenceOf(record).length))}`,
    '',
  ];
  if (isUnsupported(record)) lines.push('**⚠ Unsupported claim:** this assessment cites no evidence.', '');
  return lines;
}

function evidenceItem(item: Evidence, index: number): string[] {
  const title = escapeMarkdownLine(item.title);
  const destination = markdownDestination(item.url);
  const link = destination ? `[${title}](${destination})` : `${title} (${escapeMarkdownLine(item.url)})`;
  const dates = [
    item.published ? `published ${readableDay(item.published)}` : null,
    `accessed ${readableDay(item.accessed)}`,
  ];
  const facts = [item.kind.replace(/-/g, ' '), ...dates].filter((f) => f !== null).join(', ');
  const lines = [`${index + 1}. ${link} (${escapeMarkdownLine(facts)})`];
  for (const line of item.excerpt.split(/\r\n|\r|\n/)) {
    if (item.excerpt.trim() !== '') lines.push(line ? `   > ${escapeMarkdownText(line)}` : '   >');
  }
  return lines;
}

function evidenceLines(record: Annotation): string[] {
  const items = evidenceOf(record);
  if (items.length === 0) return [];
  return ['Evidence:', '', ...items.flatMap(evidenceItem), ''];
}

function tagLines(record: Annotation): string[] {
  if (record.body.tags.length === 0) return [];
  return [`Tags: ${record.body.tags.map(escapeMarkdownLine).join(', ')}`, ''];
}

function authorOf(meta: RecordMeta): string | undefined {
  return meta.creator?.name ?? meta.creator?.id;
}

function bylineLines(record: Annotation, meta: RecordMeta): string[] {
  const author = authorOf(meta);
  const who = author ? `${escapeMarkdownLine(author)}, ` : '';
  const reply = record.replyTo ? `, reply to ${record.replyTo}` : '';
  const when = escapeMarkdownLine(readableInstant(record.modified));
  return [`*${who}${when}, ${record.visibility}${reply}*`, ''];
}

/** The parts of one annotation's entry, in order; each returns [] when the record has nothing for it. */
const ENTRY_PARTS: ReadonlyArray<(record: Annotation, meta: RecordMeta) => string[]> = [
  quoteLines,
  assessmentLines,
  commentLines,
  evidenceLines,
  tagLines,
  bylineLines,
];

function entryTitle(record: Annotation): string {
  const { assessment } = record.body;
  if (assessment) {
    const level = assessment.completion.replace(/-/g, ' ');
    return isUnsupported(record) ? `Assessment: ${level} (unsupported)` : `Assessment: ${level}`;
  }
  if (record.motivation === 'replying') return 'Reply';
  // A page note: about the whole document, or the whole commitment it is linked to, with no passage.
  if (isWholeDocument(record.target))
    return record.body.commitment ? 'Note on the whole commitment' : 'Note on the whole document';
  return record.motivation === 'highlighting' ? 'Highlight' : 'Comment';
}

function entryLines(record: Annotation, meta: RecordMeta, ordinal: number): string[] {
  const lines = [`#### ${ordinal}. ${entryTitle(record)}`, ''];
  for (const part of ENTRY_PARTS) lines.push(...part(record, meta));
  return lines;
}

/** One assessment as the disagreement line counts it, with the name to print. */
interface ReportedLevel extends ReviewerAssessment {
  author: string | undefined;
}

/**
 * The reviewers' latest levels on the commitment being written (`src/core/model/reviewer-levels.ts`):
 * only assessments linked to a commitment count, and a reviewer is the creator the caller knows. Without
 * one (a local export) the assessments count as one unnamed reviewer's: the report never claims two
 * people disagree when it cannot tell them apart.
 */
class CommitmentLevels {
  private readonly levels = new ReviewerLevels<ReportedLevel>();

  add(record: Annotation, meta: RecordMeta): void {
    const completion = record.body.assessment?.completion;
    if (!completion || !record.body.commitment) return;
    this.levels.add({
      reviewer: meta.creator?.id ?? '',
      completion,
      modified: record.modified,
      id: record.id,
      author: authorOf(meta),
    });
  }

  /** A paragraph when reviewers differ on the level, else nothing. */
  disagreement(): string {
    const positions = this.levels.disagreement();
    if (positions.length === 0) return '';
    const who = positions.map(
      (v) => `${v.completion.replace(/-/g, ' ')} (${escapeMarkdownLine(v.author ?? 'unnamed reviewer')})`,
    );
    return `**Disagreement:** reviewers give different completion levels: ${who.join('; ')}.\n\n`;
  }
}

/**
 * The report as a push encoder (see chunk-encoder.ts) over records already in report order: it holds one
 * commitment's reviewer levels, never the records.
 */
export function markdownReportEncoder(options: MarkdownReportOptions = {}): ChunkEncoder {
  const metaOf = options.metaOf ?? NO_META;
  let document: string | null = null;
  let commitment: number | null = null;
  let levels = new CommitmentLevels();
  let ordinal = 0;
  let count = 0;
  return {
    head: () => `# ${escapeMarkdownLine(options.title ?? 'Annotations')}\n\n`,
    push(record) {
      count += 1;
      let out = '';
      const ordinalOf = reportSection(record);
      const newDocument = record.target.source !== document;
      if (newDocument || ordinalOf !== commitment) {
        out += levels.disagreement();
        levels = new CommitmentLevels();
        ordinal = 0;
        commitment = ordinalOf;
        document = record.target.source;
        out += (newDocument ? documentHeading(record) : '') + sectionHeading(record);
      }
      ordinal += 1;
      const meta = metaOf(record);
      levels.add(record, meta);
      return `${out}${entryLines(record, meta, ordinal).join('\n')}\n`;
    },
    end: () => levels.disagreement() + (count === 0 ? 'No annotations.\n' : ''),
  };
}

/** The report as chunks (a heading with the entry it opens, entries, disagreements), each ending in a newline. */
export function markdownReportChunks(
  records: Iterable<Annotation>,
  options: MarkdownReportOptions = {},
): Generator<string> {
  const ordered = options.presorted ? records : [...records].sort(compareForReport);
  return encodeChunks(markdownReportEncoder(options), ordered);
}

export function toMarkdownReport(records: Iterable<Annotation>, options: MarkdownReportOptions = {}): string {
  return [...markdownReportChunks(records, options)].join('');
}
