/**
 * "Export and import" in the sidebar: this document's annotations downloaded as W3C JSON-LD, CSV or a
 * Markdown report (src/core/export), and the import of a file into this document (import-panel.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import type { MetaOf, RecordMeta } from '../core/export/index.ts';
import type { Annotation } from '../core/model/annotation.ts';
import type { call as callBackground } from '../messaging/client.ts';
import type { AnchorState } from '../messaging/protocol.ts';
import {
  downloadText,
  EXPORT_FORMAT_ORDER,
  EXPORT_FORMATS,
  exportFileName,
  exportText,
  type ExportFormat,
} from '../ui/export-file.ts';
import { t, tn } from '../i18n/messages.ts';
import { ImportPanel } from './import-panel.tsx';

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
      const text = exportText(annotations, format, {
        title: t('sidebar_exportDocumentTitle', title),
        metaOf,
      });
      const fileName = exportFileName(format);
      downloadText(text, fileName, format);
      setStatus(tn('sidebar_exportSaved', annotations.length, fileName));
    } catch (error) {
      setStatus(t('sidebar_exportFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <details class="transfer" data-testid="transfer">
      <summary class="section-title" data-testid="transfer-toggle">
        {t('sidebar_transferHeading')}
      </summary>
      <section class="transfer-part" aria-labelledby="export-heading">
        <h2 id="export-heading" class="transfer-heading">
          {t('sidebar_exportHeading')}
        </h2>
        {annotations.length === 0 && <p class="sidebar-note">{t('sidebar_exportNothing')}</p>}
        <div class="transfer-actions" role="group" aria-labelledby="export-heading">
          {EXPORT_FORMAT_ORDER.map((format) => (
            <button
              key={format}
              type="button"
              class="button"
              data-testid={`export-${format}`}
              disabled={annotations.length === 0}
              onClick={() => exportAs(format)}
            >
              {EXPORT_FORMATS[format].label}
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
