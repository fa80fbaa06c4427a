/**
 * The line under a card's content that says who wrote it ("you" for one's own), when, and who may read
 * it: a small mark for private, group (with the group's name) or public, worded for screen readers.
 * Names are user text and are rendered as text.
 */
import type { Annotation, Visibility } from '../core/model/annotation.ts';
import { formatDateTime, t } from '../i18n/messages.ts';
import { formatWhen } from '../i18n/relative-time.ts';

/** What the list knows of who wrote what and which group reads it (see `Sharing` in the protocol). */
export interface People {
  authors: Readonly<Record<string, string>>;
  me: string | null;
  groups: Readonly<Record<string, string>>;
}

export interface BylineFacts {
  /** "you" for one's own, else the server's name for the author. */
  author: string;
  mine: boolean;
  /** The group's name for a group annotation, when this browser knows it. */
  groupName: string | null;
}

/** Whose an annotation is: one the server names another author for is someone else's. */
export function bylineOf(annotation: Annotation, people: People): BylineFacts {
  const name = people.authors[annotation.id];
  const mine = name === undefined || name === people.me;
  return {
    author: mine ? t('ui_authorYou') : name,
    mine,
    groupName: annotation.visibility === 'group' ? (people.groups[annotation.id] ?? null) : null,
  };
}

/** Who may read an annotation, as a sentence. */
export function visibilityLabel(visibility: Visibility, groupName: string | null): string {
  if (visibility === 'private') return t('ui_visibilityPrivateLabel');
  if (visibility === 'public') return t('ui_visibilityPublicLabel');
  return groupName === null ? t('ui_visibilityGroupUnnamedLabel') : t('ui_visibilityGroupLabel', groupName);
}

const ICON_PATHS: Record<Visibility, string> = {
  // A padlock.
  private: 'M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 0 0-4 0v2z',
  // Two people.
  group:
    'M5.5 7a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM11 7a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM1 14c0-3 2-5 4.5-5S10 11 10 14H1zm10-5c2 0 4 1.5 4 5h-4c0-2-.5-3.6-1.6-4.6.5-.3 1-.4 1.6-.4z',
  // A globe.
  public:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm4.9 6h-2c-.1-1.8-.5-3.3-1.1-4.4A5 5 0 0 1 12.9 7zM8 3c.5.6 1 2 1.1 4H6.9C7 5 7.5 3.6 8 3zM6.2 2.6C5.6 3.7 5.2 5.2 5.1 7h-2a5 5 0 0 1 3.1-4.4zM3.1 9h2c.1 1.8.5 3.3 1.1 4.4A5 5 0 0 1 3.1 9zM8 13c-.5-.6-1-2-1.1-4h2.2c-.1 2-.6 3.4-1.1 4zm1.8.4c.6-1.1 1-2.6 1.1-4.4h2a5 5 0 0 1-3.1 4.4z',
};

/** The small mark: an icon and a short word (the group's name for a group), labelled for screen readers. */
export function VisibilityMark({
  visibility,
  groupName,
}: {
  visibility: Visibility;
  groupName: string | null;
}) {
  const label = visibilityLabel(visibility, groupName);
  const word =
    visibility === 'private'
      ? t('ui_visibilityPrivateShort')
      : visibility === 'public'
        ? t('ui_visibilityPublicShort')
        : (groupName ?? t('ui_visibilityGroupShort'));
  return (
    <span
      class={`visibility-mark is-${visibility}`}
      data-testid="card-visibility"
      data-visibility={visibility}
      role="img"
      aria-label={label}
      title={label}
    >
      <svg class="visibility-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d={ICON_PATHS[visibility]} fill="currentColor" />
      </svg>
      <span class="visibility-word" data-testid="card-group">
        {word}
      </span>
    </span>
  );
}

export interface BylineProps {
  annotation: Annotation;
  facts: BylineFacts;
  /** ms since the epoch that "5 minutes ago" counts from; now unless a test fixes it. */
  now?: number;
  class?: string;
}

export function Byline({ annotation, facts, now, class: extraClass }: BylineProps) {
  const { created, modified, visibility } = annotation;
  return (
    <p class={`card-byline ${extraClass ?? ''}`.trim()} data-testid="card-byline">
      <span class="card-author" data-testid="card-author" data-mine={facts.mine ? 'true' : 'false'}>
        {facts.author}
      </span>
      <span aria-hidden="true"> · </span>
      <time class="card-date" dateTime={created} title={formatDateTime(created)}>
        {formatWhen(created, now)}
      </time>
      {modified !== created && (
        <span class="card-edited" title={t('ui_cardEditedAt', formatDateTime(modified))}>
          {' '}
          ({t('ui_cardEdited')})
        </span>
      )}
      <span aria-hidden="true"> · </span>
      <VisibilityMark visibility={visibility} groupName={facts.groupName} />
    </p>
  );
}
