/**
 * The question asked when the page sends a new passage while the open form holds unsaved text: keep
 * that text (Escape too) or drop it for the new passage. Takes the focus when it appears.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/messages.ts';

export interface PendingDraftDialogProps {
  /** The waiting draft's key: each new passage that waits asks again, with the focus. */
  draftKey: number;
  onKeep: () => void;
  onDiscard: () => void;
}

export function PendingDraftDialog({ draftKey, onKeep, onDiscard }: PendingDraftDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [draftKey]);
  return (
    <div
      class="pending-draft"
      role="alertdialog"
      aria-label={t('sidebar_pendingLabel')}
      data-testid="pending-draft"
      ref={dialog}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onKeep();
        }
      }}
    >
      <p>{t('sidebar_pendingQuestion')}</p>
      <div class="banner-actions">
        <button type="button" class="button" data-testid="pending-keep" onClick={onKeep}>
          {t('sidebar_pendingKeep')}
        </button>
        <button type="button" class="button danger" data-testid="pending-discard" onClick={onDiscard}>
          {t('sidebar_pendingDiscard')}
        </button>
      </div>
    </div>
  );
}
