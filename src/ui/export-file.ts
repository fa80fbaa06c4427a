/**
 * An export as a file, shared by the sidebar (this document) and the popup (everything, or a group):
 * the three formats, the file's name and text, and the browser download.
 */
import { toCsv, toMarkdownReport, toW3CExportDocument, type MetaOf } from '../core/export/index.ts';
import type { Annotation } from '../core/model/annotation.ts';
import { newUuid } from '../core/model/uuid.ts';
import { t } from '../i18n/messages.ts';

export type ExportFormat = 'jsonld' | 'csv' | 'md';

/** `label` is what the format is called in a menu: format names stay as they are, a description is translated. */
export const EXPORT_FORMATS: Record<
  ExportFormat,
  { readonly label: string; extension: string; type: string }
> = {
  jsonld: { label: 'W3C JSON-LD', extension: 'jsonld', type: 'application/ld+json' },
  csv: { label: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8' },
  md: {
    get label() {
      return t('ui_exportMarkdownReport');
    },
    extension: 'md',
    type: 'text/markdown;charset=utf-8',
  },
};
export const EXPORT_FORMAT_ORDER: readonly ExportFormat[] = ['jsonld', 'csv', 'md'];

/**
 * `plan-annotations-2026-11-23.jsonld`, or with what was exported named, `plan-annotations-<what>-…`
 * (reduced to safe characters); the date in UTC.
 */
export function exportFileName(
  format: ExportFormat,
  what: string | null = null,
  now: Date = new Date(),
): string {
  const safe =
    what === null ? '' : what.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
  const named = safe ? `${safe}-` : '';
  return `plan-annotations-${named}${now.toISOString().slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}

/** The file's text in one of the three formats. */
export function exportText(
  records: readonly Annotation[],
  format: ExportFormat,
  options: { title: string; metaOf?: MetaOf },
): string {
  if (format === 'csv') return toCsv(records, { bom: true, metaOf: options.metaOf });
  if (format === 'md') return toMarkdownReport(records, { title: options.title, metaOf: options.metaOf });
  const document = toW3CExportDocument(records, {
    id: `urn:uuid:${newUuid()}`,
    label: options.title,
    metaOf: options.metaOf,
  });
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Saves text as a file through the browser's download, from a Blob's object URL and an `<a download>`. */
export function downloadText(text: string, fileName: string, format: ExportFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: EXPORT_FORMATS[format].type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
