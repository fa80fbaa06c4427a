/**
 * A card's "Copy link": asks the background for the annotation's link on the sync server
 * (`annotations.link`), shows it in a read-only field and copies it from there. Where the browser does
 * not copy, the link waits selected in the field, with the focus, for the reader to copy it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';
import { call } from '../messaging/client.ts';

type Shown = { url: string; copied: boolean | null } | { error: string } | null;

/**
 * Copies the selected text of `field` the old way: `navigator.clipboard` exists only in secure contexts,
 * which the sidebar framed into a plain-http page is not (in Firefox). Deprecated, but it works there,
 * and answers whether it copied (a browser may refuse once the click's activation has passed).
 */
function copiedFrom(field: HTMLInputElement): boolean {
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function CopyLinkButton({ id }: { id: string }) {
  const [shown, setShown] = useState<Shown>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The field is drawn: copy from it once, then leave it selected so that Ctrl+C copies it again.
    if (!shown || !('url' in shown) || shown.copied !== null || !field.current) return;
    const copied = copiedFrom(field.current);
    setShown({ url: shown.url, copied });
  }, [shown]);

  const copy = async () => {
    const link = await call('annotations.link', { id });
    if (!link.ok) {
      setShown({ error: link.error.message });
      return;
    }
    setShown({ url: link.value.url, copied: null });
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
            {shown.copied === null
              ? ''
              : shown.copied
                ? t('sidebar_linkCopied')
                : t('sidebar_linkCopyByHand')}
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
