/**
 * Import into this document: a W3C Web Annotation export (collection, page or annotation) or a
 * Hypothesis export. The records move onto this page, those already here are skipped, and each is saved
 * through `annotations.save` like any other; the annotator then anchors them, and the summary says how
 * many became orphans once their states arrive.
 */
import { useState } from 'preact/hooks';
import type { ImportProblem } from '../core/export/index.ts';
import { isWholeDocument } from '../core/model/annotation.ts';
import type { call as callBackground } from '../messaging/client.ts';
import { formatNumber, t, tn } from '../i18n/messages.ts';
import type { AnchorState } from '../messaging/protocol.ts';
import {
  copyIdOf,
  describeProblems,
  IMPORT_MAX_BYTES,
  planImport,
  readImportText,
} from './import-records.ts';

interface Outcome {
  imported: string[];
  /** The imported annotations that anchor to a passage of their own (replies follow their thread's). */
  anchored: string[];
  duplicates: number;
  unreadable: ImportProblem[];
  /** Records that could be read but the background refused, with its reason. */
  refused: { id: string; message: string }[];
  /** Imported under a new id, as theirs belongs to an annotation on another page. */
  copied: number;
}

type Phase =
  | { name: 'idle' }
  | { name: 'busy'; fileName: string }
  | { name: 'failed'; message: string }
  | { name: 'done'; outcome: Outcome };

export interface ImportPanelProps {
  call: typeof callBackground;
  documentUri: string | null;
  states: Readonly<Record<string, AnchorState>>;
}

/** "Imported 3, skipped 1 duplicate, 2 could not be read (item 4: …)." and the refusals, if any. */
export function summaryText(outcome: Outcome): string {
  const { imported, duplicates, unreadable, refused, copied } = outcome;
  const unread =
    unreadable.length > 0
      ? tn('sidebar_importUnreadableWhy', unreadable.length, describeProblems(unreadable))
      : tn('sidebar_importUnreadable', unreadable.length);
  const parts = [
    tn('sidebar_importSummary', imported.length, tn('sidebar_importDuplicates', duplicates), unread),
  ];
  if (copied > 0) parts.push(tn('sidebar_importCopied', copied));
  if (refused.length > 0) {
    const reasons = [...new Set(refused.map((r) => r.message.replace(/\.$/, '')))].slice(0, 2).join('; ');
    parts.push(tn('sidebar_importRefused', refused.length, reasons));
  }
  return parts.join(' ');
}

/** Once every imported annotation has been anchored or not: how many are orphans. */
function orphanText(imported: readonly string[], states: Readonly<Record<string, AnchorState>>): string {
  if (imported.length === 0) return '';
  const known = imported.map((id) => states[id] ?? 'pending');
  if (known.includes('pending')) return t('sidebar_importPlacing');
  const orphans = known.filter((state) => state === 'orphan').length;
  if (orphans === 0) return t('sidebar_importAllPlaced');
  return tn('sidebar_importOrphans', orphans);
}

export function ImportPanel({ call, documentUri, states }: ImportPanelProps) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });

  const importFile = async (file: File) => {
    if (!documentUri) {
      setPhase({
        name: 'failed',
        message: t('sidebar_importStillLoading'),
      });
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      const mb = Math.round(IMPORT_MAX_BYTES / (1024 * 1024));
      setPhase({ name: 'failed', message: t('sidebar_importTooLarge', formatNumber(mb)) });
      return;
    }
    setPhase({ name: 'busy', fileName: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPhase({ name: 'failed', message: t('sidebar_importFileUnreadable') });
      return;
    }
    const read = readImportText(text, new Date().toISOString());
    if (!read.ok) {
      setPhase({ name: 'failed', message: read.message });
      return;
    }
    // What is stored now, not what the list showed a moment ago: a duplicate must never overwrite.
    const current = await call('annotations.list', {});
    if (!current.ok) {
      setPhase({ name: 'failed', message: t('sidebar_importListFailed', current.error.message) });
      return;
    }
    const here = current.value.documentUri;
    const plan = planImport(read.records, here, current.value.annotations);
    const outcome: Outcome = {
      imported: [],
      anchored: [],
      duplicates: plan.duplicates,
      unreadable: read.problems,
      refused: [],
      copied: 0,
    };
    const renamed = new Map<string, string>();
    // One at a time, through the same request as any save: every record is checked on arrival.
    for (const planned of plan.toSave) {
      const parent = planned.replyTo === undefined ? undefined : renamed.get(planned.replyTo);
      const record = parent === undefined ? planned : { ...planned, replyTo: parent };
      let result = await call('annotations.save', { annotation: record, imported: true });
      if (!result.ok && result.error.code === 'forbidden') {
        // Its id is taken on another page (exported there): it comes here as a copy with an id of its own.
        const copy = { ...record, id: copyIdOf(record.id, here) };
        result = await call('annotations.save', { annotation: copy, imported: true });
        if (result.ok) {
          renamed.set(record.id, copy.id);
          outcome.copied += 1;
        }
      }
      if (result.ok) {
        outcome.imported.push(result.value.annotation.id);
        // Replies and page notes (no passage) are never anchored: nothing to wait for or lose.
        if (record.replyTo === undefined && !isWholeDocument(record.target))
          outcome.anchored.push(result.value.annotation.id);
      } else outcome.refused.push({ id: record.id, message: result.error.message });
    }
    setPhase({ name: 'done', outcome });
  };

  const busy = phase.name === 'busy';

  return (
    <section class="transfer-part" aria-labelledby="import-heading">
      <h2 id="import-heading" class="transfer-heading">
        {t('sidebar_importHeading')}
      </h2>
      <label class="transfer-file">
        <span class="field-hint">{t('sidebar_importFileLabel')}</span>
        <input
          type="file"
          data-testid="import-file"
          accept=".jsonld,.json,application/ld+json,application/json"
          disabled={busy}
          onChange={(event) => {
            const element = event.currentTarget;
            const file = element.files?.[0];
            if (!file) return;
            void importFile(file).finally(() => {
              // The same file can be chosen again (to see its records skipped as duplicates).
              element.value = '';
            });
          }}
        />
      </label>
      <div aria-live="polite" data-testid="import-status" aria-busy={busy}>
        {phase.name === 'busy' && <p class="sidebar-note">{t('sidebar_importBusy', phase.fileName)}</p>}
        {phase.name === 'done' && (
          <>
            <p class="sidebar-note" data-testid="import-summary">
              {summaryText(phase.outcome)}
            </p>
            <p class="sidebar-note" data-testid="import-orphans">
              {orphanText(phase.outcome.anchored, states)}
            </p>
          </>
        )}
      </div>
      {phase.name === 'failed' && (
        <p class="sidebar-error" role="alert" data-testid="import-error">
          {phase.message}
        </p>
      )}
    </section>
  );
}
