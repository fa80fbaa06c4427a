/**
 * "Group activity": the latest changes in the settings' group (who did what, on which document), newest
 * first, each opening its annotation's document at the passage as a search result does. Shown only when
 * signed in and in a group. Names, titles and the group's name are shown as text.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../src/i18n/messages.ts';
import { formatWhen } from '../src/i18n/relative-time.ts';
import { call } from '../src/messaging/client.ts';
import type { ActivityItem, GroupActivity as Activity } from '../src/messaging/protocol.ts';
import type { ActivityKind } from '../src/core/sync/activity.ts';

/** `?tab=` opens the popup as a page (the end-to-end tests): it stays open after opening an item. */
const asPage = new URLSearchParams(location.search).has('tab');

const WORDS: Record<ActivityKind, MessageKey> = {
  new: 'popup_activityNew',
  edited: 'popup_activityEdited',
  reply: 'popup_activityReply',
  assessment: 'popup_activityAssessment',
  deleted: 'popup_activityDeleted',
};

type Phase =
  { name: 'loading' } | { name: 'failed'; message: string } | { name: 'done'; activity: Activity | null };

export function GroupActivity() {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [openError, setOpenError] = useState('');

  useEffect(() => {
    void call('group.activity', {}).then((result) =>
      setPhase(
        result.ok
          ? { name: 'done', activity: result.value }
          : { name: 'failed', message: result.error.message },
      ),
    );
  }, []);

  // Signed out, or in no group: nothing to show, and no heading for it either.
  if (phase.name === 'loading' || (phase.name === 'done' && phase.activity === null)) return null;

  const open = async (id: string) => {
    setOpenError('');
    const result = await call('annotations.open', { id });
    if (!result.ok) setOpenError(t('popup_searchOpenFailed', result.error.message));
    else if (!asPage) window.close();
  };

  return (
    <section class="popup__activity" aria-labelledby="popup-activity-heading" data-testid="popup-activity">
      <h2 id="popup-activity-heading" class="popup__export-title">
        {phase.name === 'done' && phase.activity
          ? t('popup_activityHeading', phase.activity.groupName)
          : t('popup_activityHeadingPlain')}
      </h2>
      {phase.name === 'done' && phase.activity?.tracker && (
        // The group's page on the server's public tracker (an http(s) address the background built).
        <a
          href={phase.activity.tracker}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="popup-tracker"
        >
          {t('popup_trackerLink')}
        </a>
      )}
      {phase.name === 'failed' && (
        <p class="popup__error" role="alert" data-testid="popup-activity-error">
          {phase.message}
        </p>
      )}
      {openError && (
        <p class="popup__error" role="alert">
          {openError}
        </p>
      )}
      {phase.name === 'done' && phase.activity && phase.activity.items.length === 0 && (
        <p class="popup__note" data-testid="popup-activity-empty">
          {t('popup_activityEmpty')}
        </p>
      )}
      {phase.name === 'done' && phase.activity && phase.activity.items.length > 0 && (
        <ol class="popup-list__items popup__activity-items" data-testid="popup-activity-items">
          {phase.activity.items.map((item, index) => (
            <Item key={`${item.id}:${index}`} item={item} onOpen={() => void open(item.id)} />
          ))}
        </ol>
      )}
    </section>
  );
}

function Item({ item, onOpen }: { item: ActivityItem; onOpen: () => void }) {
  const who = item.mine ? t('popup_activityYou') : (item.author ?? t('popup_activitySomeone'));
  const what = t(WORDS[item.kind], who);
  const title = item.documentTitle.trim() || t('popup_searchUntitled');
  return (
    <li class="popup-list__item" data-testid="popup-activity-item" data-kind={item.kind}>
      <p class="popup__activity-what" data-testid="popup-activity-what">
        {what}
        {item.modified && (
          <>
            {' · '}
            <time dateTime={item.modified}>{formatWhen(item.modified)}</time>
          </>
        )}
      </p>
      {item.kind === 'deleted' ? null : (
        <button
          type="button"
          class="popup__search-open"
          data-testid="popup-activity-open"
          aria-label={t('popup_searchOpen', title)}
          onClick={onOpen}
        >
          {title}
        </button>
      )}
    </li>
  );
}
