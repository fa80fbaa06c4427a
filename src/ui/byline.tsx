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
      {/* Drawn by the style sheet (a mask over the text colour): no element a payload could also make. */}
      <span class="visibility-icon" aria-hidden="true" />
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
