/**
 * The Page notes view: annotations with no passage, about the whole document or a commitment as a whole
 * (their target has no selectors). They are never anchored, so they are neither on the page nor orphans.
 */
import { t } from '../i18n/messages.ts';
import type { Thread } from '../ui/threads.ts';
import { NoteSection } from './new-forms.tsx';
import { noteForm, notesInOrder, showsNotesEmptyNote } from './sidebar-selectors.ts';
import type { SidebarState } from './sidebar-state.ts';
import { ThreadItem } from './thread-item.tsx';
import type { SidebarCommands } from './use-sidebar.ts';

export interface PageNotesViewProps {
  notes: readonly Thread[];
  state: SidebarState;
  commands: SidebarCommands;
  suggestions: readonly string[];
}

export function PageNotesView({ notes, ...item }: PageNotesViewProps) {
  const { state, commands } = item;
  const form = noteForm(state);
  return (
    <section class="page-notes" data-testid="page-notes" aria-labelledby="page-notes-heading">
      <h2 id="page-notes-heading" class="section-title">
        {t('sidebar_viewPageNotes')}
      </h2>
      <p class="sidebar-note">{t('sidebar_pageNotesNote')}</p>
      {/* Hidden, not removed, while the form is open: the focus comes back to it when the form closes. */}
      <div hidden={form !== null}>
        <button
          type="button"
          class="button primary"
          data-testid="page-note-new"
          disabled={!state.documentUri}
          onClick={() => commands.openNote()}
        >
          {t('sidebar_newPageNote')}
        </button>
      </div>
      {form && <NoteSection form={form} {...item} />}
      {showsNotesEmptyNote(state, notes) && (
        <p class="sidebar-note empty" data-testid="page-notes-empty">
          {t('sidebar_pageNotesEmpty')}
        </p>
      )}
      {notes.length > 0 && (
        <ul class="card-list" aria-label={t('sidebar_viewPageNotes')}>
          {notesInOrder(notes).map((thread) => (
            <ThreadItem key={thread.root.id} thread={thread} {...item} />
          ))}
        </ul>
      )}
    </section>
  );
}
