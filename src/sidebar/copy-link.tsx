/**
 * A card's "Copy link": asks the background for the annotation's link on the sync server
 * (`annotations.link`) and puts it on the clipboard. Where the clipboard cannot be used (Firefox does not
 * count the sidebar framed into a plain-http page as a secure context, so `navigator.clipboard` is
 * missing there), the link waits selected in a read-only field; it is shown in both cases, so a keyboard
 * user can copy it again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';
import { call } from '../messaging/client.ts';

type Shown = { url: string; copied: boolean } | { error: string } | null;

async function copied(text: string): Promise<boolean> {
  try {
    // Typed as always there; at run time it is missing outside secure contexts.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyLinkButton({ id }: { id: string }) {
  const [shown, setShown] = useState<Shown>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Selected, so that Ctrl+C copies it; focused only when the clipboard did not take it.
    if (shown && 'url' in shown) {
      if (!shown.copied) field.current?.focus();
      field.current?.select();
    }
  }, [shown]);

  const copy = async () => {
    const link = await call('annotations.link', { id });
    if (!link.ok) {
      setShown({ error: link.error.message });
      return;
    }
    setShown({ url: link.value.url, copied: await copied(link.value.url) });
  };

  return (
    <span class="copy-link">
      <button
        type="button"
        class="button"
        data-testid="card-copy-link"
        aria-label={t('sidebar_copyLinkLabel')}
        onClick={() => void copy()}
      >
        {t('sidebar_copyLinkButton')}
      </button>
      {shown && 'url' in shown && (
        <span class="copy-link__result">
          <input
            ref={field}
            class="copy-link__field"
            data-testid="card-link"
            readOnly
            value={shown.url}
            aria-label={t('sidebar_linkFieldLabel')}
            onFocus={(event) => event.currentTarget.select()}
          />
          <span class="field-hint" role="status" data-testid="card-link-status">
            {shown.copied ? t('sidebar_linkCopied') : t('sidebar_linkCopyByHand')}
          </span>
        </span>
      )}
      {shown && 'error' in shown && (
        <span class="field-error" role="alert" data-testid="card-link-error">
          {shown.error}
        </span>
      )}
    </span>
  );
}
