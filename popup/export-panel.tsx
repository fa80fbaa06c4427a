/**
 * The popup's "Export": every annotation stored on this machine, or one group's annotations from the
 * sync server (fetched by the background, which holds the token), downloaded as a file.
 */
import { useEffect, useState } from 'preact/hooks';
import { toCsv, toMarkdownReport, toW3CExportDocument } from '../src/core/export/index.ts';
import type { Annotation } from '../src/core/model/annotation.ts';
import { call } from '../src/messaging/client.ts';
import type { SyncPreferences } from '../src/messaging/protocol.ts';

type Format = 'jsonld' | 'csv' | 'md';

const FORMATS: Record<Format, { label: string; extension: string; type: string }> = {
  jsonld: { label: 'W3C JSON-LD', extension: 'jsonld', type: 'application/ld+json' },
  csv: { label: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8' },
  md: { label: 'Markdown report', extension: 'md', type: 'text/markdown;charset=utf-8' },
};
const FORMAT_ORDER: readonly Format[] = ['jsonld', 'csv', 'md'];

/** `plan-annotations-<what>-2026-11-23.csv`, the date in UTC and `what` reduced to safe characters. */
function fileName(what: string, format: Format): string {
  const safe = what.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
  return `plan-annotations-${safe}-${new Date().toISOString().slice(0, 10)}.${FORMATS[format].extension}`;
}

function localText(records: readonly Annotation[], format: Format): string {
  const title = 'Annotations stored in this browser';
  if (format === 'csv') return toCsv(records, { bom: true });
  if (format === 'md') return toMarkdownReport(records, { title });
  const document = toW3CExportDocument(records, { id: `urn:uuid:${crypto.randomUUID()}`, label: title });
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A Blob's object URL clicked through an `<a download>`: the browser saves it as a download. */
function download(text: string, name: string, format: Format): void {
  const url = URL.createObjectURL(new Blob([text], { type: FORMATS[format].type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function FormatButtons({
  prefix,
  disabled,
  onChoose,
}: {
  prefix: string;
  disabled: boolean;
  onChoose: (format: Format) => void;
}) {
  return (
    <div class="popup__export-actions">
      {FORMAT_ORDER.map((format) => (
        <button
          key={format}
          type="button"
          class="popup__export-button"
          data-testid={`${prefix}-${format}`}
          disabled={disabled}
          onClick={() => onChoose(format)}
        >
          {FORMATS[format].label}
        </button>
      ))}
    </div>
  );
}

export function ExportPanel() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [preferences, setPreferences] = useState<SyncPreferences | null>(null);
  const [groupId, setGroupId] = useState('');

  useEffect(() => {
    void call('settings.get', {}).then((result) => {
      if (!result.ok) return;
      setPreferences(result.value);
      setGroupId(result.value.group ?? result.value.groups[0]?.id ?? '');
    });
  }, []);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError('');
    setStatus('Preparing the export…');
    try {
      setStatus(await work());
    } catch (failure) {
      setStatus('');
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const exportLocal = (format: Format) =>
    run(async () => {
      const result = await call('annotations.all', {});
      if (!result.ok) throw new Error(result.error.message);
      const { annotations } = result.value;
      const name = fileName('all', format);
      download(localText(annotations, format), name, format);
      return `Saved ${annotations.length === 1 ? '1 annotation' : `${annotations.length} annotations`} as ${name}.`;
    });

  const exportGroup = (format: Format) =>
    run(async () => {
      const group = preferences?.groups.find((g) => g.id === groupId);
      if (!group) throw new Error('Choose a group first.');
      const result = await call('export.group', { groupId: group.id, format });
      if (!result.ok) throw new Error(result.error.message);
      const name = fileName(group.name, format);
      download(result.value.text, name, format);
      return `Saved the group “${group.name}” as ${name}.`;
    });

  const signedIn = preferences?.username != null;
  const groups = preferences?.groups ?? [];

  return (
    <section class="popup__export" aria-labelledby="popup-export-heading" data-testid="popup-export">
      <h2 id="popup-export-heading" class="popup__export-title">
        Export
      </h2>
      <div role="group" aria-labelledby="popup-export-local">
        <p id="popup-export-local" class="popup__export-label">
          All annotations stored in this browser
        </p>
        <FormatButtons prefix="popup-export-local" disabled={busy} onChoose={(f) => void exportLocal(f)} />
      </div>
      {signedIn && groups.length > 0 && (
        <div role="group" aria-labelledby="popup-export-group-label">
          <label id="popup-export-group-label" class="popup__export-label">
            One group on the server
            <select
              data-testid="popup-export-group"
              value={groupId}
              disabled={busy}
              onChange={(event) => setGroupId(event.currentTarget.value)}
            >
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
          <FormatButtons prefix="popup-export-group" disabled={busy} onChoose={(f) => void exportGroup(f)} />
        </div>
      )}
      <p class="popup__export-status" role="status" data-testid="popup-export-status">
        {status}
      </p>
      {error && (
        <p class="popup__error" role="alert" data-testid="popup-export-error">
          {error}
        </p>
      )}
    </section>
  );
}
