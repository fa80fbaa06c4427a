/** One annotation as a card: quote, comment, tags, date, Edit and Delete. Props in, callbacks out. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { quoteSelectorOf, type Annotation } from '../core/model/annotation.ts';
import { formatDateTime, t } from '../i18n/messages.ts';
import type { AnchorState } from '../messaging/protocol.ts';
import { Byline, type BylineFacts } from './byline.tsx';
import { highlightStyleOf } from './highlight-style.ts';
import { Markdown } from './markdown.tsx';

/** Long enough to recognise the passage, short enough that a card never fills the sidebar. */
export const QUOTE_PREVIEW_LENGTH = 300;

/** Cuts by code points (never half an emoji), at a word boundary when one is near the limit. */
export function truncateQuote(quote: string, limit = QUOTE_PREVIEW_LENGTH): string {
  const chars = [...quote];
  if (chars.length <= limit) return quote;
  const head = chars.slice(0, limit).join('');
  const lastSpace = head.search(/\s\S*$/);
  const cut = lastSpace > limit * 0.8 ? head.slice(0, lastSpace) : head;
  return `${cut.trimEnd()}…`;
}

/** A card's date and time, the way the reader's language writes them. */
export function formatDate(iso: string): string {
  return formatDateTime(iso);
}

/** Where a card's annotation is in the document: its anchoring, or `page-note` when it has no passage. */
export type CardState = AnchorState | 'page-note';

export interface AnnotationCardProps {
  annotation: Annotation;
  state?: CardState;
  /** The card the page pointed at: scrolled into view and marked. */
  focused?: boolean;
  /** Bump to scroll to the card again when it is already the focused one. */
  focusRequest?: number;
  onSelect: (id: string) => void;
  onHover?: (id: string | null) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  /** Replaces the comment and tags, e.g. with the editor while this card is being edited. */
  children?: ComponentChildren;
  /** Shown under the comment and tags (assessment, evidence, commitment link, replies). */
  extra?: ComponentChildren;
  /** More buttons beside Edit and Delete. */
  actions?: ComponentChildren;
  /** Delete asks first; a reply says "this reply". */
  noun?: 'annotation' | 'reply';
  /** False for someone else's annotation: no Edit or Delete (the server would refuse them). */
  editable?: boolean;
  /**
   * The passage the card quotes, when it is not already on screen above it: a reply in a thread shows
   * none, since it answers the passage its parent quotes (`quotedByParent`).
   */
  showQuote?: boolean;
  /** Who wrote it and who may read it: shown at the top, with the date (else the date alone, below). */
  byline?: BylineFacts;
}

/** Whether a reply's passage is the one its parent's card quotes already (a reply targets its parent's). */
export function quotedByParent(reply: Annotation, parent: Annotation): boolean {
  const own = quoteSelectorOf(reply.target)?.exact;
  return (
    reply.target.source === parent.target.source &&
    (own === undefined || own === quoteSelectorOf(parent.target)?.exact)
  );
}

/** Elements whose clicks are their own, not a click on the card. */
const OWN_CLICK = 'a, button, input, textarea, select, label, form';

export function AnnotationCard({
  annotation,
  state = 'pending',
  focused = false,
  focusRequest = 0,
  onSelect,
  onHover,
  onEdit,
  onDelete,
  children,
  extra,
  actions,
  noun = 'annotation',
  editable = true,
  showQuote = true,
  byline,
}: AnnotationCardProps) {
  const ref = useRef<HTMLElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const cancelledRef = useRef(false);
  const { id, body, created, modified } = annotation;
  // Page text keeps the source's line breaks and indentation; a reader wants the words.
  const quote = showQuote
    ? (quoteSelectorOf(annotation.target)?.exact ?? '').replace(/\s+/g, ' ').trim()
    : '';

  useEffect(() => {
    // Scroll only, no focus(): the sidebar is framed into the page and must not steal the reader's focus.
    if (focused) ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [focused, focusRequest]);

  useEffect(() => {
    // The safe choice gets the focus, so a second Enter cannot delete by accident; after "Keep" the
    // focus goes back where it was instead of falling to the document.
    if (confirming) keepRef.current?.focus();
    else if (cancelledRef.current) deleteRef.current?.focus();
    cancelledRef.current = false;
  }, [confirming]);

  const cancelDelete = () => {
    cancelledRef.current = true;
    setConfirming(false);
  };

  const select = (event: Event) => {
    const target = event.target as Element | null;
    if (target?.closest(OWN_CLICK)) return;
    onSelect(id);
  };

  const classes = ['annotation-card', `is-${state}`, focused ? 'is-focused' : ''].filter(Boolean).join(' ');

  return (
    <article
      ref={ref}
      class={classes}
      data-testid="annotation-card"
      data-id={id}
      data-state={state}
      data-style={highlightStyleOf(annotation)}
      data-focused={focused ? 'true' : 'false'}
      aria-current={focused ? 'true' : undefined}
      tabIndex={0}
      aria-label={quote ? t('ui_cardLabelQuote', truncateQuote(quote, 60)) : t('ui_cardLabel')}
      onClick={select}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) {
          event.preventDefault();
          onSelect(id);
        }
      }}
      onMouseEnter={() => onHover?.(id)}
      onMouseLeave={() => onHover?.(null)}
    >
      {byline && <Byline annotation={annotation} facts={byline} />}
      {quote && (
        <blockquote class="card-quote" data-testid="card-quote">
          {truncateQuote(quote)}
        </blockquote>
      )}
      {children ?? (
        <>
          {body.comment.trim() && (
            <div class="card-comment" data-testid="card-comment">
              <Markdown source={body.comment} />
            </div>
          )}
          {body.tags.length > 0 && (
            <ul class="tag-list" aria-label={t('ui_tags')}>
              {body.tags.map((tag, index) => (
                <li key={`${index}:${tag}`} class="tag" data-testid="card-tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          {extra}
          <footer class="card-footer">
            {byline ? (
              <span />
            ) : (
              <time class="card-date" dateTime={created} title={created}>
                {formatDate(created)}
                {modified !== created && (
                  <span title={t('ui_cardEditedAt', formatDateTime(modified))}> · {t('ui_cardEdited')}</span>
                )}
              </time>
            )}
            {confirming ? (
              <span
                class="card-confirm"
                role="group"
                aria-label={t('ui_cardConfirmDelete')}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') {
                    event.stopPropagation();
                    cancelDelete();
                  }
                }}
              >
                <span>
                  {noun === 'reply' ? t('ui_cardDeleteReplyQuestion') : t('ui_cardDeleteAnnotationQuestion')}
                </span>
                <button
                  type="button"
                  class="button danger"
                  data-testid="card-delete-confirm"
                  onClick={() => {
                    setConfirming(false);
                    onDelete(id);
                  }}
                >
                  {t('ui_delete')}
                </button>
                <button type="button" class="button" ref={keepRef} onClick={cancelDelete}>
                  {t('ui_keep')}
                </button>
              </span>
            ) : (
              <span class="card-actions">
                {actions}
                {editable && (
                  <>
                    <button type="button" class="button" data-testid="card-edit" onClick={() => onEdit(id)}>
                      {t('ui_edit')}
                    </button>
                    <button
                      type="button"
                      class="button"
                      data-testid="card-delete"
                      ref={deleteRef}
                      onClick={() => setConfirming(true)}
                    >
                      {t('ui_delete')}
                    </button>
                  </>
                )}
              </span>
            )}
          </footer>
        </>
      )}
    </article>
  );
}
