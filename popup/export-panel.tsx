/**
 * The popup's "Export": every annotation stored on this machine, or one group's annotations from the
 * sync server (fetched by the background, which holds the token), downloaded as a file.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../src/i18n/messages.ts';
import { call } from '../src/messaging/client.ts';
import type { SyncPreferences } from '../src/messaging/protocol.ts';
import {
  downloadText,
  EXPORT_FORMAT_ORDER,
  EXPORT_FORMATS,
  exportFileName,
  exportText,
  type ExportFormat,
} from '../src/ui/export-file.ts';

function FormatButtons({
  prefix,
  disabled,
  onChoose,
}: {
  prefix: string;
  disabled: boolean;
  onChoose: (format: ExportFormat) => void;
}) {
  return (
    <div class="popup__export-actions">
      {EXPORT_FORMAT_ORDER.map((format) => (
        <button
          key={format}
          type="button"
          class="popup__export-button"
          data-testid={`${prefix}-${format}`}
          disabled={disabled}
          onClick={() => onChoose(format)}
        >
          {EXPORT_FORMATS[format].label}
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
    setStatus(t('popup_exportPreparing'));
    try {
      setStatus(await work());
    } catch (failure) {
      setStatus('');
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const exportLocal = (format: ExportFormat) =>
    run(async () => {
      const result = await call('annotations.all', {});
      if (!result.ok) throw new Error(result.error.message);
      const { annotations } = result.value;
      const text = exportText(annotations, format, { title: t('popup_exportLocalTitle') });
      downloadText(text, exportFileName(format, 'all'), format);
      return tn('popup_exportSavedLocal', annotations.length, EXPORT_FORMATS[format].label);
    });

  const exportGroup = (format: ExportFormat) =>
    run(async () => {
      const group = preferences?.groups.find((g) => g.id === groupId);
      if (!group) throw new Error(t('popup_exportChooseGroup'));
      const result = await call('export.group', { groupId: group.id, format });
      if (!result.ok) throw new Error(result.error.message);
      downloadText(result.value.text, exportFileName(format, group.name), format);
      return t('popup_exportSavedGroup', group.name, EXPORT_FORMATS[format].label);
    });

  const signedIn = preferences?.username != null;
  const groups = preferences?.groups ?? [];

  return (
    <section class="popup__export" aria-labelledby="popup-export-heading" data-testid="popup-export">
      <h2 id="popup-export-heading" class="popup__export-title">
        {t('popup_exportHeading')}
      </h2>
      <div role="group" aria-labelledby="popup-export-local">
        <p id="popup-export-local" class="popup__export-label">
          {t('popup_exportLocalLabel')}
        </p>
        <FormatButtons prefix="popup-export-local" disabled={busy} onChoose={(f) => void exportLocal(f)} />
      </div>
      {signedIn && groups.length > 0 && (
        <div role="group" aria-labelledby="popup-export-group-label">
          <label id="popup-export-group-label" class="popup__export-label">
            {t('popup_exportGroupLabel')}
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
