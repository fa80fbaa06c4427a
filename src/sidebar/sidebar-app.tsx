/**
 * The sidebar: this tab's annotations in reading order with their replies, the orphans apart, the page
 * notes (no passage) in a view of their own, the plan's commitments, assessments with their evidence, the commitment summary, and the forms for all of these.
 * It holds no data of its own: the background has the records, the annotator the anchors and commitments.
 * Its state lives in one store (`sidebar-state.ts`, driven by `use-sidebar.ts`); this file lays it out.
 */
import { useMemo } from 'preact/hooks';
import { call, listenToBackground } from '../messaging/client.ts';
import { UnsupportedBadge } from '../ui/assessment-view.tsx';
import { tagSuggestions } from '../ui/annotation-filters.ts';
import { countsByCommitment, ME, summarize } from '../ui/commitment-review.ts';
import { withElement } from '../ui/with-element.tsx';
import { t, tn } from '../i18n/messages.ts';
import { CommitmentOutlineView } from './commitment-outline-view.tsx';
import { CommitmentSummaryView } from './commitment-summary-view.tsx';
import { ExportPanel } from './export-panel.tsx';
import { FilterPanel, Legend } from './filter-panel.tsx';
import { DraftSection, NewAssessmentSection } from './new-forms.tsx';
import { PageNotesView } from './page-notes-view.tsx';
import { PendingDraftDialog } from './pending-draft-dialog.tsx';
import { PermissionBanner } from './permission-banner.tsx';
import { SearchBar } from './search-bar.tsx';
import {
  assessedCommitment,
  reportedByOrdinal,
  authorNames,
  filteredNotes,
  filterTags,
  showsEmptyNote,
  showsFilterEmptyNote,
  showsUnsupportedNote,
  splitThreads,
  threadsInOrder,
  trackerPlanLink,
  visibleThreads,
} from './sidebar-selectors.ts';
import { chromeSitePermission } from './site-permission.ts';
import { ThreadItem } from './thread-item.tsx';
import { HiddenPlaceholder } from './moderation-controls.tsx';
import { useSidebar, type SidebarServices } from './use-sidebar.ts';
import { ViewSwitch } from './view-switch.tsx';

export type { SidebarServices } from './use-sidebar.ts';

const defaultServices: SidebarServices = {
  call,
  listen: listenToBackground,
  permission: chromeSitePermission,
};

export function SidebarApp({ services = defaultServices }: { services?: SidebarServices }) {
  const { state, commands } = useSidebar(services);
  const { annotations, authors, me, outline, storedTags, error, form, view, loaded } = state;
  const { dispatch } = commands;

  const counts = useMemo(() => countsByCommitment(annotations), [annotations]);
  const suggestions = useMemo(() => tagSuggestions(annotations, storedTags), [annotations, storedTags]);
  const { passages: threads, notes } = useMemo(
    () => splitThreads(threadsInOrder(annotations)),
    [annotations],
  );
  const names = useMemo(() => authorNames(annotations, authors, me), [annotations, authors, me]);
  const summary = useMemo(
    () => summarize(outline, annotations, authors, me),
    [outline, annotations, authors, me],
  );
  const reported = useMemo(() => reportedByOrdinal(summary, state.groupPlans), [summary, state.groupPlans]);
  const { visible, placed, orphans } = visibleThreads(state, threads);
  const notesShown = filteredNotes(state, notes);
  const assessed = assessedCommitment(state);
  const item = { state, commands, suggestions };

  return (
    <div class="sidebar">
      <header class="sidebar-header">
        <h1 class="sidebar-title">{t('sidebar_title')}</h1>
        <span class="sidebar-count" title={t('sidebar_countTitle')}>
          <span data-testid="sidebar-count" aria-hidden="true">
            {annotations.length}
          </span>
          <span class="visually-hidden">{tn('sidebar_annotationCount', annotations.length)}</span>
        </span>
        <button
          type="button"
          class="icon-button"
          data-testid="sidebar-close"
          aria-label={t('sidebar_closeLabel')}
          title={t('sidebar_closeTitle')}
          onClick={commands.close}
        >
          ×
        </button>
      </header>

      <main class="sidebar-body">
        {error && (
          <div class="sidebar-error" role="alert" data-testid="sidebar-error">
            <span>{error}</span>
            <button type="button" class="button" onClick={() => dispatch({ type: 'errorDismissed' })}>
              {t('sidebar_dismiss')}
            </button>
          </div>
        )}

        {state.pendingDraft && (
          <PendingDraftDialog
            draftKey={state.pendingDraft.key}
            onKeep={() => dispatch({ type: 'pendingKept' })}
            onDiscard={() => dispatch({ type: 'pendingDiscarded' })}
          />
        )}

        {state.banner && (
          <PermissionBanner
            banner={state.banner}
            permission={services.permission}
            onClose={() => dispatch({ type: 'bannerClosed' })}
            onRefused={(message) => dispatch({ type: 'errorShown', message })}
          />
        )}

        {form.kind === 'draft' && <DraftSection draft={form} {...item} />}
        {form.kind === 'assess' && assessed && (
          <NewAssessmentSection form={form} commitment={assessed} {...item} />
        )}

        <ViewSwitch
          view={view}
          notes={notes.length}
          onChoose={(chosen) => dispatch({ type: 'viewChosen', view: chosen })}
        />

        {view === 'summary' && (
          <section aria-label={t('sidebar_viewSummary')}>
            <CommitmentSummaryView
              rows={summary}
              reported={reported}
              tracker={trackerPlanLink(state)}
              onOpen={(id) => dispatch({ type: 'summaryOpened', id })}
              onNote={commands.openNote}
            />
          </section>
        )}
        {view === 'notes' && <PageNotesView notes={notes} {...item} />}
        {view === 'annotations' && (
          <>
            {outline.length > 0 && (
              <CommitmentOutlineView
                outline={outline}
                counts={counts}
                onJump={(ordinal) => commands.toAnnotator({ type: 'commitment.scrollTo', ordinal })}
                onAssess={commands.openAssessment}
                onNote={(ordinal) => commands.openNote(outline.find((c) => c.ordinal === ordinal))}
                onShow={(ordinal) => dispatch({ type: 'commitmentShown', ordinal })}
              />
            )}

            <Legend />
            {annotations.length > 0 && (
              <SearchBar
                query={state.filters.query ?? ''}
                onQuery={(query) => dispatch({ type: 'searchChanged', query })}
                sort={state.sort}
                onSort={(sort) => dispatch({ type: 'sortChosen', sort })}
                shown={visible.length}
                total={threads.length}
              />
            )}
            {annotations.length > 0 && (
              <FilterPanel
                filters={state.filters}
                onChange={(filters) => dispatch({ type: 'filtersChanged', filters })}
                outline={outline}
                tags={filterTags(suggestions, annotations)}
                authors={names.length > 0 ? names : [me ?? ME]}
                shown={visible.length + notesShown.length}
                total={threads.length + notes.length}
              />
            )}

            {!loaded && !error && <p class="sidebar-note">{t('sidebar_loading')}</p>}

            {showsEmptyNote(state, placed) && <p class="sidebar-note empty">{t('sidebar_empty')}</p>}
            {showsFilterEmptyNote(state, [...visible, ...notesShown]) && (
              <p class="sidebar-note" data-testid="filter-empty">
                {t('sidebar_filterEmpty')}
              </p>
            )}

            {(state.flaggedOnly || annotations.some((a) => (state.flagCounts[a.id] ?? 0) > 0)) && (
              <label class="flagged-only">
                <input
                  type="checkbox"
                  data-testid="flagged-only"
                  checked={state.flaggedOnly}
                  onChange={(event) =>
                    dispatch({
                      type: 'flaggedOnlyToggled',
                      on: (event.target as HTMLInputElement).checked,
                    })
                  }
                />{' '}
                {t('sidebar_flaggedOnly')}
              </label>
            )}

            {placed.length > 0 && (
              <ul class="card-list" aria-label={t('sidebar_viewAnnotations')}>
                {placed.map((thread) => (
                  <ThreadItem key={thread.root.id} thread={thread} {...item} />
                ))}
              </ul>
            )}

            {state.moderation.placeholders.length > 0 && !state.flaggedOnly && (
              <ul class="card-list" data-testid="hidden-placeholders">
                {state.moderation.placeholders.map((placeholder) => (
                  <HiddenPlaceholder key={placeholder.id} author={placeholder.author} />
                ))}
              </ul>
            )}

            {notesShown.length > 0 && (
              <section
                class="notes-apart"
                data-testid="filtered-page-notes"
                aria-labelledby="filtered-notes-heading"
              >
                <h2 id="filtered-notes-heading" class="section-title">
                  {t('sidebar_viewPageNotes')}
                </h2>
                <ul class="card-list">
                  {notesShown.map((thread) => (
                    <ThreadItem key={thread.root.id} thread={thread} {...item} />
                  ))}
                </ul>
              </section>
            )}

            {orphans.length > 0 && (
              <section class="orphans" data-testid="orphans" aria-labelledby="orphans-heading">
                <h2 id="orphans-heading" class="section-title">
                  {t('sidebar_orphansHeading')}
                </h2>
                <p class="sidebar-note">{t('sidebar_orphansNote')}</p>
                <ul class="card-list">
                  {orphans.map((thread) => (
                    <ThreadItem key={thread.root.id} thread={thread} {...item} />
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
        {showsUnsupportedNote(state, summary) && (
          <p class="sidebar-note">{withElement('sidebar_unsupportedNote', <UnsupportedBadge />)}</p>
        )}
        <ExportPanel
          call={services.call}
          documentUri={state.documentUri}
          annotations={annotations}
          authors={authors}
          me={me}
          states={state.states}
        />
      </main>
    </div>
  );
}
