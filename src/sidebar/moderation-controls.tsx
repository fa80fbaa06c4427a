/**
 * Moderation on a card: Hide / Unhide for the group's moderators and owners (hiding asks why), Flag /
 * Unflag for its members, the flag count moderators see, what the author and moderators read on a
 * hidden card, and the placeholder members see instead of an annotation a moderator hid. Every text a
 * person wrote (a reason, a name) is shown as text.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation } from '../core/model/annotation.ts';
import { t, tn } from '../i18n/messages.ts';
import { FLAG_REASON_LIMIT, HIDE_REASON_LIMIT } from '../messaging/protocol.ts';
import type { SidebarState } from './sidebar-state.ts';
import type { SidebarCommands } from './use-sidebar.ts';

type Asking = 'hide' | 'flag' | null;

function ReasonForm({
  kind,
  onDone,
  commands,
  id,
}: {
  kind: 'hide' | 'flag';
  onDone: () => void;
  commands: SidebarCommands;
  id: string;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const hide = kind === 'hide';
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const text = reason.trim();
    const done = hide
      ? await commands.setHidden(id, true, text || undefined)
      : await commands.setFlagged(id, true, text || undefined);
    setBusy(false);
    if (done) onDone();
  };
  return (
    <form class="moderation-form" data-testid={hide ? 'hide-form' : 'flag-form'} onSubmit={submit}>
      <label class="field">
        <span class="field-label">{t(hide ? 'sidebar_hideReasonLabel' : 'sidebar_flagReasonLabel')}</span>
        <textarea
          ref={field}
          rows={2}
          maxLength={hide ? HIDE_REASON_LIMIT : FLAG_REASON_LIMIT}
          data-testid={hide ? 'hide-reason' : 'flag-reason'}
          value={reason}
          onInput={(event) => setReason((event.target as HTMLTextAreaElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              onDone();
            }
          }}
        />
      </label>
      <div class="form-actions">
        <button
          type="submit"
          class="button primary"
          disabled={busy}
          data-testid={hide ? 'hide-confirm' : 'flag-confirm'}
        >
          {t(hide ? 'sidebar_hideConfirm' : 'sidebar_flagConfirm')}
        </button>
        <button type="button" class="button" onClick={onDone}>
          {t('ui_cancel')}
        </button>
      </div>
    </form>
  );
}

/** The buttons for the card's footer, and what shows above them (a hidden card's notice, a reason form). */
export function useModerationControls(
  annotation: Annotation,
  state: SidebarState,
  commands: SidebarCommands,
): { actions: ComponentChildren; panel: ComponentChildren } {
  const [asking, setAsking] = useState<Asking>(null);
  const { moderation, flagCounts } = state;
  const { id } = annotation;
  const moderates = moderation.moderates.includes(id);
  const flaggable = moderation.flaggable.includes(id);
  const flagged = moderation.flagged.includes(id);
  const hidden = Object.hasOwn(moderation.hidden, id);
  const reason = moderation.hidden[id] ?? null;
  const count = moderates ? (flagCounts[id] ?? 0) : 0;

  const actions = (
    <>
      {count > 0 && (
        <span class="flag-count" data-testid="card-flag-count" data-count={count}>
          {tn('sidebar_flagCount', count)}
        </span>
      )}
      {moderates &&
        (hidden ? (
          <button
            type="button"
            class="button"
            data-testid="card-unhide"
            onClick={() => void commands.setHidden(id, false)}
          >
            {t('sidebar_unhideButton')}
          </button>
        ) : (
          <button
            type="button"
            class="button"
            data-testid="card-hide"
            aria-expanded={asking === 'hide'}
            onClick={() => setAsking('hide')}
          >
            {t('sidebar_hideButton')}
          </button>
        ))}
      {flaggable &&
        (flagged ? (
          <button
            type="button"
            class="button"
            data-testid="card-unflag"
            onClick={() => void commands.setFlagged(id, false)}
          >
            {t('sidebar_unflagButton')}
          </button>
        ) : (
          <button
            type="button"
            class="button"
            data-testid="card-flag"
            aria-expanded={asking === 'flag'}
            onClick={() => setAsking('flag')}
          >
            {t('sidebar_flagButton')}
          </button>
        ))}
    </>
  );

  const panel = (
    <>
      {hidden && (
        <div class="hidden-notice" role="note" data-testid="card-hidden-notice">
          <strong>{t('sidebar_hiddenNotice')}</strong>
          {reason !== null && (
            <p class="hidden-reason" data-testid="card-hidden-reason">
              {t('sidebar_hiddenReason', reason)}
            </p>
          )}
        </div>
      )}
      {asking !== null && (
        <ReasonForm kind={asking} id={id} commands={commands} onDone={() => setAsking(null)} />
      )}
    </>
  );
  return { actions, panel };
}

/** What a member sees where an annotation a moderator hid from them was. */
export function HiddenPlaceholder({ author }: { author: string | null }) {
  return (
    <li class="thread">
      <article class="annotation-card is-hidden-placeholder" data-testid="hidden-placeholder">
        <p class="sidebar-note">
          {author === null ? t('sidebar_hiddenPlaceholder') : t('sidebar_hiddenPlaceholderBy', author)}
        </p>
      </article>
    </li>
  );
}
