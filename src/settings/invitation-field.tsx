/**
 * A group invitation to hand on: one unbroken token in a read-only field (selected whole on focus) and
 * a Copy button. The clipboard API needs a secure context and the page's focus; where it refuses, the
 * field's text is selected and copied the old way, and if that fails too the reader is told to copy it.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';

type Copy = 'idle' | 'copied' | 'failed';

/** Copies through the selected field, for where `navigator.clipboard` is missing or refuses. */
function copyBySelection(field: HTMLInputElement): boolean {
  field.focus();
  field.select();
  try {
    // Deprecated but still the only fallback browsers offer; it answers whether it copied.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function InvitationField({ value, testId }: { value: string; testId: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<Copy>('idle');
  const id = `${testId}-field`;

  const copyIt = async () => {
    let done: boolean;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      done = true;
    } catch {
      done = field.current !== null && copyBySelection(field.current);
    }
    setCopy(done ? 'copied' : 'failed');
  };

  return (
    <div class="settings__invitation">
      <label for={id}>{t('settings_invitationFieldLabel')}</label>
      <div class="settings__row settings__row--nowrap">
        <input
          ref={field}
          id={id}
          class="settings__token"
          data-testid={testId}
          type="text"
          readOnly
          value={value}
          spellcheck={false}
          autocomplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          class="settings__copy"
          data-testid={`${testId}-copy`}
          onClick={() => void copyIt()}
        >
          {copy === 'copied' ? t('settings_copied') : t('settings_copy')}
        </button>
      </div>
      <p class="settings__note" role="status" data-testid={`${testId}-copy-status`}>
        {copy === 'copied' ? t('settings_invitationCopied') : ''}
      </p>
      {copy === 'failed' && (
        <p class="settings__error" role="alert">
          {t('settings_copyFailed')}
        </p>
      )}
    </div>
  );
}
