/**
 * A group invitation to hand on, two ways: the invitation itself (group id and code) and the invitation
 * link on the sync server (`<server>/join#<invitation>`, which opens these settings ready to join). Each
 * is one unbroken token in a read-only field (selected whole on focus) with a Copy button. The clipboard
 * API needs a secure context and the page's focus; where it refuses, the field's text is selected and
 * copied the old way, and if that fails too the reader is told to copy it.
 */
import { useRef, useState } from 'preact/hooks';
import { invitationLink } from '../core/document/invitation-link.ts';
import { t, type MessageKey } from '../i18n/messages.ts';

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

interface CopyFieldProps {
  value: string;
  testId: string;
  label: MessageKey;
  copied: MessageKey;
}

function CopyField({ value, testId, label, copied }: CopyFieldProps) {
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
      <label for={id}>{t(label)}</label>
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
        {copy === 'copied' ? t(copied) : ''}
      </p>
      {copy === 'failed' && (
        <p class="settings__error" role="alert">
          {t('settings_copyFailed')}
        </p>
      )}
    </div>
  );
}

export function InvitationField({
  value,
  server,
  testId,
}: {
  value: string;
  server: string;
  testId: string;
}) {
  return (
    <>
      <CopyField
        value={invitationLink(server, value)}
        testId={`${testId}-link`}
        label="settings_invitationLinkLabel"
        copied="settings_invitationLinkCopied"
      />
      <CopyField
        value={value}
        testId={testId}
        label="settings_invitationFieldLabel"
        copied="settings_invitationCopied"
      />
    </>
  );
}
