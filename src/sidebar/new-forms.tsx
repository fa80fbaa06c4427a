/**
 * The forms that make a new record: a draft on the passage the page sent (with its commitment link,
 * changeable before saving), a new assessment of a commitment from the outline, and a new page note (on
 * the whole document, or a commitment as a whole).
 */
import { useState } from 'preact/hooks';
import type { Visibility } from '../core/model/annotation.ts';
import { truncateQuote } from '../ui/annotation-card.tsx';
import { AnnotationEditor } from '../ui/annotation-editor.tsx';
import { commitmentName, commitmentRefOf } from '../ui/commitment-outline.ts';
import type { CommitmentOutline } from '../messaging/protocol.ts';
import { t } from '../i18n/messages.ts';
import { commitmentOfValue, CommitmentSelect, ordinalValue } from './commitment-select.tsx';
import { draftQuote } from './sidebar-selectors.ts';
import type { AssessForm, DraftForm, NoteForm, SidebarState } from './sidebar-state.ts';
import type { SidebarCommands } from './use-sidebar.ts';

interface FormProps {
  state: SidebarState;
  commands: SidebarCommands;
  suggestions: readonly string[];
}

/**
 * Who may read a new record: the settings' choice (followed while the form is open, as the settings may
 * change in another tab) until the user picks another in the editor before saving.
 */
function useVisibility(state: SidebarState) {
  const [chosen, setChosen] = useState<Visibility | null>(null);
  return {
    value: chosen ?? state.sharing.visibility,
    groupName: state.sharing.groupName,
    onChange: setChosen,
  };
}

export function DraftSection({ draft, state, commands, suggestions }: FormProps & { draft: DraftForm }) {
  const quote = draftQuote(state);
  const visibility = useVisibility(state);
  return (
    <section class="draft" aria-label={t('sidebar_newAnnotationLabel')}>
      {quote && (
        <blockquote class="card-quote" data-testid="draft-quote">
          {truncateQuote(quote)}
        </blockquote>
      )}
      {state.outline.length > 0 && (
        <label class="card-commitment" data-testid="draft-commitment">
          <span class="field-hint">{t('sidebar_commitmentLabel')}</span>
          <CommitmentSelect
            testId="draft-commitment-select"
            outline={state.outline}
            value={draft.commitment ? ordinalValue(draft.commitment.ordinal) : ''}
            first={[{ value: '', label: t('sidebar_commitmentNone') }]}
            onChoose={(value) => {
              const chosen = commitmentOfValue(state.outline, value);
              const commitment = chosen ? commitmentRefOf(chosen, 'manual') : undefined;
              commands.dispatch({ type: 'draftCommitmentChosen', commitment });
            }}
          />
        </label>
      )}
      <AnnotationEditor
        key={draft.key}
        assess={draft.assess}
        subject={draft.commitment ? commitmentName(draft.commitment) : t('sidebar_subjectThisPassage')}
        saveLabel={draft.assess ? t('sidebar_saveAssessment') : t('sidebar_save')}
        errors={state.fieldErrors}
        busy={state.busy}
        tagSuggestions={suggestions}
        currentPage={commands.currentPage}
        onDirtyChange={commands.onDirtyChange}
        visibility={visibility}
        onSave={(body) => commands.saveDraft(body, visibility.value)}
        onCancel={commands.cancelForm}
      />
    </section>
  );
}

export function NewAssessmentSection({
  form,
  commitment,
  state,
  commands,
  suggestions,
}: FormProps & { form: AssessForm; commitment: CommitmentOutline }) {
  const visibility = useVisibility(state);
  return (
    <section class="draft" aria-label={t('sidebar_assessCommitmentLabel', commitmentName(commitment))}>
      <AnnotationEditor
        key={form.key}
        assess
        subject={commitmentName(commitment)}
        saveLabel={t('sidebar_saveAssessment')}
        errors={state.fieldErrors}
        busy={state.busy}
        tagSuggestions={suggestions}
        currentPage={commands.currentPage}
        onDirtyChange={commands.onDirtyChange}
        visibility={visibility}
        onSave={(body) => commands.saveAssessment(form.ordinal, body, visibility.value)}
        onCancel={commands.cancelForm}
      />
    </section>
  );
}

export function NoteSection({ form, state, commands, suggestions }: FormProps & { form: NoteForm }) {
  const subject = form.commitment ? commitmentName(form.commitment) : t('sidebar_subjectWholeDocument');
  return (
    <section class="draft" data-testid="page-note-form" aria-label={t('sidebar_pageNoteOn', subject)}>
      <p class="field-hint" data-testid="page-note-subject">
        {t('sidebar_pageNoteOn', subject)}
      </p>
      {state.outline.length > 0 && (
        <label class="card-commitment" data-testid="page-note-commitment">
          <span class="field-hint">{t('sidebar_commitmentLabel')}</span>
          <CommitmentSelect
            testId="page-note-commitment-select"
            outline={state.outline}
            value={form.commitment ? ordinalValue(form.commitment.ordinal) : ''}
            first={[{ value: '', label: t('sidebar_commitmentNone') }]}
            kept={form.commitment}
            onChoose={(value) => {
              const chosen = commitmentOfValue(state.outline, value);
              const commitment = chosen ? commitmentRefOf(chosen, 'manual') : undefined;
              commands.dispatch({ type: 'noteCommitmentChosen', commitment });
            }}
          />
        </label>
      )}
      <AnnotationEditor
        key={form.key}
        saveLabel={t('sidebar_savePageNote')}
        errors={state.fieldErrors}
        busy={state.busy}
        tagSuggestions={suggestions}
        currentPage={commands.currentPage}
        onDirtyChange={commands.onDirtyChange}
        onSave={commands.saveNote}
        onCancel={commands.cancelForm}
      />
    </section>
  );
}
