/**
 * "Export and import" in the sidebar: this document's annotations downloaded as W3C JSON-LD, CSV or a
 * Markdown report (src/core/export), and the import of a file into this document (import-panel.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  toCsv,
  toMarkdownReport,
  toW3CExportDocument,
  type MetaOf,
  type RecordMeta,
} from '../core/export/index.ts';
import type { Annotation } from '../core/model/annotation.ts';
import type { call as callBackground } from '../messaging/client.ts';
import type { AnchorState } from '../messaging/protocol.ts';
import { ImportPanel } from './import-panel.tsx';

export type ExportFormat = 'jsonld' | 'csv' | 'md';

const FORMATS: Record<ExportFormat, { label: string; extension: string; type: string }> = {
  jsonld: { label: 'W3C JSON-LD', extension: 'jsonld', type: 'application/ld+json' },
  csv: { label: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8' },
  md: { label: 'Markdown report', extension: 'md', type: 'text/markdown;charset=utf-8' },
};
const FORMAT_ORDER: readonly ExportFormat[] = ['jsonld', 'csv', 'md'];

/** `plan-annotations-2026-11-23.jsonld`, the date in UTC. */
export function exportFileName(format: ExportFormat, now: Date = new Date()): string {
  return `plan-annotations-${now.toISOString().slice(0, 10)}.${FORMATS[format].extension}`;
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
    id: `urn:uuid:${crypto.randomUUID()}`,
    label: options.title,
    metaOf: options.metaOf,
  });
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Saves text as a file through the browser's download, from a Blob's object URL and an `<a download>`. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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

/**
 * The account an author name belongs to, as an IRI: `acct:<name>@<server host>` (RFC 7565), since the
 * list names authors by username only.
 */
function agentIri(name: string, server: string | null): string {
  let host = 'localhost';
  try {
    if (server) host = new URL(server).host;
  } catch {
    // A server address that does not parse leaves the placeholder host.
  }
  return `acct:${encodeURIComponent(name)}@${host}`;
}

export interface ExportPanelProps {
  call: typeof callBackground;
  documentUri: string | null;
  annotations: readonly Annotation[];
  /** Who wrote each annotation, as `annotations.list` says; the rest were written here by `me`. */
  authors: Readonly<Record<string, string>>;
  me: string | null;
  states: Readonly<Record<string, AnchorState>>;
}

export function ExportPanel({ call, documentUri, annotations, authors, me, states }: ExportPanelProps) {
  const [status, setStatus] = useState('');
  const [server, setServer] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void call('settings.get', {})
      .then((result) => {
        if (current && result.ok) setServer(result.value.server);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [call]);

  const metaOf: MetaOf = (record): RecordMeta => {
    const name = authors[record.id] ?? me;
    return name ? { creator: { id: agentIri(name, server), name } } : {};
  };

  const exportAs = (format: ExportFormat) => {
    const title = annotations.find((a) => a.document.title !== '')?.document.title ?? documentUri ?? '';
    try {
      const text = exportText(annotations, format, { title: `Annotations: ${title}`, metaOf });
      const fileName = exportFileName(format);
      downloadText(text, fileName, FORMATS[format].type);
      const count = annotations.length === 1 ? '1 annotation' : `${annotations.length} annotations`;
      setStatus(`Saved ${count} as ${fileName}.`);
    } catch (error) {
      setStatus(`The export failed: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };

  return (
    <details class="transfer" data-testid="transfer">
      <summary class="section-title" data-testid="transfer-toggle">
        Export and import
      </summary>
      <section class="transfer-part" aria-labelledby="export-heading">
        <h2 id="export-heading" class="transfer-heading">
          Export this page’s annotations
        </h2>
        {annotations.length === 0 && <p class="sidebar-note">There is nothing to export on this page yet.</p>}
        <div class="transfer-actions" role="group" aria-labelledby="export-heading">
          {FORMAT_ORDER.map((format) => (
            <button
              key={format}
              type="button"
              class="button"
              data-testid={`export-${format}`}
              disabled={annotations.length === 0}
              onClick={() => exportAs(format)}
            >
              {FORMATS[format].label}
            </button>
          ))}
        </div>
        <p class="sidebar-note" role="status" data-testid="export-status">
          {status}
        </p>
      </section>
      <ImportPanel call={call} documentUri={documentUri} states={states} />
    </details>
  );
}
