export { ANNO_CONTEXT, EXPORT_CONTEXT, PLAN_CONTEXT, PLAN_NAMESPACE } from './plan-context.ts';
export type { ExportAgent, ExportGroup, MetaOf, RecordMeta } from './export-meta.ts';
export type * from './w3c-types.ts';
export { annotationIri, passageOf, toW3CAnnotation, type W3CAnnotationOptions } from './to-w3c.ts';
export {
  DEFAULT_PAGE_SIZE,
  pageIri,
  toAnnotationCollection,
  toW3CExportDocument,
  w3cExportChunks,
  w3cExportEncoder,
  type StreamOptions,
  type CollectionExport,
  type CollectionOptions,
} from './annotation-collection.ts';
export { assessmentSummary, BODY_FIELDS, commitmentName, type BodyFieldMapping } from './body-mapping.ts';
export type { ImportProblem, ImportResult } from './import-result.ts';
export { fromW3C, recordIdOf, type W3CImportOptions } from './from-w3c.ts';
export { fromHypothesis, recordIdOfHypothesis } from './from-hypothesis.ts';
export {
  CSV_HEADERS,
  csvField,
  csvRows,
  neutraliseFormula,
  TAG_SEPARATOR,
  toCsv,
  csvEncoder,
  URL_SEPARATOR,
  VALUE_SEPARATOR,
  type CsvOptions,
} from './csv.ts';
export {
  compareForReport,
  markdownReportChunks,
  markdownReportEncoder,
  reportSection,
  reportSortKey,
  SORT_LAST,
  WHOLE_DOCUMENT_SECTION,
  toMarkdownReport,
  type MarkdownReportOptions,
} from './markdown-report.ts';
export { toUtcIso } from './utc-date.ts';
export { uuidV5 } from './uuid-v5.ts';
export { encodeChunks, encodeChunksAsync, type ChunkEncoder } from './chunk-encoder.ts';
