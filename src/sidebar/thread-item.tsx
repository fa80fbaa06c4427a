/**
 * One thread of the list: the root's card with its assessment, commitment link and actions, its replies,
 * and whichever card form the store has open on it (edit, assess or reply).
 */
import { useState } from 'preact/hooks';
import { isWholeDocument, type Annotation, type Visibility } from '../core/model/annotation.ts';
import { AnnotationCard, quotedByParent, type CardState } from '../ui/annotation-card.tsx';
import { AnnotationEditor } from '../ui/annotation-editor.tsx';
import { AssessmentView } from '../ui/assessment-view.tsx';
import { commitmentName } from '../ui/commitment-outline.ts';
import { bylineOf } from '../ui/byline.tsx';
import type { Thread } from '../ui/threads.ts';
import { t, tn } from '../i18n/messages.ts';
import { CommitmentSelect, ordinalValue } from './commitment-select.tsx';
import { CopyLinkButton } from './copy-link.tsx';
import { useModerationControls } from './moderation-controls.tsx';
import { editFormOf, isMine, replyFormOf, stateOf } from './sidebar-selectors.ts';
import type { EditForm, SidebarState } from './sidebar-state.ts';
import type { SidebarCommands } from './use-sidebar.ts';

export interface ThreadItemProps {
  thread: Thread;
  state: SidebarState;
  commands: SidebarCommands;
  /** Tags offered while typing one. */
  suggestions: readonly string[];
}

type CardProps = Omit<ThreadItemProps, 'thread'>;

function CardEditor({
  annotation,
  form,
  state,
  commands,
  suggestions,
}: CardProps & { annotation: Annotation; form: EditForm }) {
  const commitment = annotation.body.commitment;
  const [visibility, setVisibility] = useState<Visibility>(annotation.visibility);
  // A reply goes where its thread goes; a root's creator may change who reads it.
  const choice =
    annotation.replyTo === undefined
      ? {
          value: visibility,
          groupName: state.groups[annotation.id] ?? state.sharing.groupName,
          onChange: setVisibility,
        }
      : undefined;
  return (
    <AnnotationEditor
      initial={annotation.body}
      assess={form.assess || annotation.body.assessment !== undefined}
      subject={
        commitment
          ? commitmentName(commitment)
          : t(
              isWholeDocument(annotation.target)
                ? 'sidebar_subjectWholeDocument'
                : 'sidebar_subjectThisPassage',
            )
      }
      errors={state.fieldErrors}
      busy={state.busy}
      tagSuggestions={suggestions}
      currentPage={commands.currentPage}
      onDirtyChange={commands.onDirtyChange}
      visibility={choice}
      onSave={(body) => commands.saveEdit(annotation, body, visibility)}
      onCancel={commands.cancelForm}
    />
  );
}

/** The card's commitment link, and for one's own card the picker that changes it. */
function CardCommitment({
  annotation,
  state,
  commands,
}: Omit<CardProps, 'suggestions'> & { annotation: Annotation }) {
  const ref = annotation.body.commitment;
  const { outline } = state;
  if (outline.length === 0 && !ref) return null;
  const mine = isMine(state, annotation);
  if (state.relinking !== annotation.id || !mine) {
    return (
      <p class="card-commitment" data-testid="card-commitment" data-ordinal={ref?.ordinal ?? ''}>
        <span class="field-hint">{t('sidebar_commitmentLabelColon')}</span>{' '}
        <span data-testid="card-commitment-name">
          {ref ? commitmentName(ref) : t('sidebar_commitmentNoneLower')}
        </span>
        {ref && (
          <span class="field-hint" data-testid="card-linked-by" data-linked-by={ref.linkedBy}>
            {ref.linkedBy === 'auto' ? t('sidebar_linkedAuto') : t('sidebar_linkedByHand')}
          </span>
        )}
        {mine && (
          <button
            type="button"
            class="link-button"
            data-testid="card-relink"
            aria-label={t('sidebar_relinkLabel')}
            onClick={() => {
              commands.rememberFocus();
              commands.dispatch({ type: 'relinkStarted', id: annotation.id });
            }}
          >
            {t('sidebar_relinkButton')}
          </button>
        )}
      </p>
    );
  }
  const done = () => {
    commands.dispatch({ type: 'relinkEnded' });
    commands.restoreFocus();
  };
  return (
    <label class="card-commitment" data-testid="card-commitment" data-ordinal={ref?.ordinal ?? ''}>
      <span class="field-hint">{t('sidebar_commitmentLabel')}</span>
      <CommitmentSelect
        testId="card-commitment-select"
        outline={outline}
        value={ref ? ordinalValue(ref.ordinal) : ''}
        first={[{ value: '', label: t('sidebar_commitmentNone') }]}
        kept={ref}
        focusOnOpen
        onChoose={(value) => {
          done();
          commands.relink(annotation, value === '' ? null : Number(value));
        }}
        onEscape={done}
        onBlur={() => commands.dispatch({ type: 'relinkEnded' })}
      />
    </label>
  );
}

/** What every card of the list shares: its place, focus, Edit and Delete, and its editor when open. */
function cardProps(annotation: Annotation, props: CardProps) {
  const { state, commands } = props;
  const form = editFormOf(state, annotation.id);
  const focused = state.focus?.id === annotation.id;
  // A page note has no passage: it is neither anchored nor lost.
  const cardState: CardState = isWholeDocument(annotation.target)
    ? 'page-note'
    : stateOf(state, annotation.id);
  return {
    annotation,
    state: cardState,
    editable: isMine(state, annotation),
    focused,
    focusRequest: focused ? (state.focus?.request ?? 0) : 0,
    onEdit: (id: string) => commands.openCardForm(id, annotation.body.assessment ? 'assess' : 'edit'),
    onDelete: commands.remove,
    byline: bylineOf(annotation, state),
    children: form ? <CardEditor annotation={annotation} form={form} {...props} /> : undefined,
  };
}

function ReplyButton({ rootId, commands }: { rootId: string; commands: SidebarCommands }) {
  return (
    <button
      type="button"
      class="button"
      data-testid="card-reply"
      onClick={() => commands.openCardForm(rootId, 'reply')}
    >
      {t('sidebar_replyButton')}
    </button>
  );
}

function ReplyItem({ root, reply, ...props }: CardProps & { root: Annotation; reply: Annotation }) {
  const { state, commands } = props;
  const moderation = useModerationControls(reply, state, commands);
  return (
    <li>
      <AnnotationCard
        {...cardProps(reply, props)}
        noun="reply"
        showQuote={!quotedByParent(reply, root)}
        actions={
          <>
            <CopyLinkButton id={reply.id} />
            {!isMine(state, reply) && <ReplyButton rootId={root.id} commands={commands} />}
            {moderation.actions}
          </>
        }
        onSelect={commands.focusCard}
        extra={
          <>
            {moderation.panel}
            <AssessmentView annotation={reply} />
          </>
        }
      />
    </li>
  );
}

export function ThreadItem({ thread, ...props }: ThreadItemProps) {
  const { state, commands, suggestions } = props;
  const { root: annotation, replies } = thread;
  const card = cardProps(annotation, props);
  const replying = replyFormOf(state, annotation.id) !== null;
  const moderation = useModerationControls(annotation, state, commands);
  return (
    <li class="thread" data-testid="thread">
      <AnnotationCard
        {...card}
        onSelect={(id) => {
          commands.focusCard(id);
          // An orphan or a page note has no passage to scroll to.
          if (card.state !== 'orphan' && card.state !== 'page-note')
            commands.toAnnotator({ type: 'highlight.scrollTo', id });
        }}
        onHover={
          card.state === 'page-note'
            ? undefined
            : (id) => commands.toAnnotator({ type: 'highlight.hover', id })
        }
        actions={
          <>
            {card.editable && !annotation.body.assessment && (
              <button
                type="button"
                class="button"
                data-testid="card-assess"
                onClick={() => commands.openCardForm(annotation.id, 'assess')}
              >
                {t('sidebar_assessButton')}
              </button>
            )}
            <ReplyButton rootId={annotation.id} commands={commands} />
            <CopyLinkButton id={annotation.id} />
            {moderation.actions}
          </>
        }
        extra={
          <>
            {moderation.panel}
            <AssessmentView annotation={annotation} />
            <CardCommitment annotation={annotation} state={state} commands={commands} />
          </>
        }
      />
      {(replies.length > 0 || replying) && (
        <section class="replies" aria-label={tn('sidebar_repliesLabel', replies.length)}>
          {replies.length > 0 && (
            <ul class="card-list reply-list" data-testid="replies">
              {replies.map((reply) => (
                <ReplyItem key={reply.id} root={annotation} reply={reply} {...props} />
              ))}
            </ul>
          )}
          {replying && (
            <div class="reply-form" data-testid="reply-form">
              <AnnotationEditor
                errors={state.fieldErrors}
                busy={state.busy}
                saveLabel={t('sidebar_replyButton')}
                tagSuggestions={suggestions}
                currentPage={commands.currentPage}
                onDirtyChange={commands.onDirtyChange}
                onSave={(body) => commands.saveReply(annotation, body)}
                onCancel={commands.cancelForm}
              />
            </div>
          )}
        </section>
      )}
    </li>
  );
}
