/**
 * What the sidebar draws, read from its state (`sidebar-state.ts`). Pure functions of their arguments;
 * the app memoizes the costly ones (threads, summary) on the fields they read.
 */
import { isWholeDocument, quoteSelectorOf, type Annotation } from '../core/model/annotation.ts';
import { planIdOf, type PlanRecord } from '../core/model/plan-record.ts';
import { reportedStatuses, type ReportedStatus } from '../core/model/reported-status-match.ts';
import type { AnchorState, CommitmentOutline } from '../messaging/protocol.ts';
import { isFiltering, threadMatches } from '../ui/annotation-filters.ts';
import { authorOf, type CommitmentSummary } from '../ui/commitment-review.ts';
import { threadsOf, type Thread } from '../ui/threads.ts';
import { sortThreads } from '../ui/thread-sort.ts';
import { byDocumentOrder } from './document-order.ts';
import type { EditForm, NoteForm, ReplyForm, SidebarState } from './sidebar-state.ts';

export const formOpen = (state: SidebarState): boolean => state.form.kind !== 'none';

export const stateOf = (state: SidebarState, id: string): AnchorState => state.states[id] ?? 'pending';

/**
 * The server lets only an annotation's creator change or delete it, so someone else's (by the
 * `authors` of the list) offers Reply instead of Edit, Delete, Assess or a new commitment link.
 */
export function isMine(state: SidebarState, annotation: Annotation): boolean {
  const author = state.authors[annotation.id];
  return author === undefined || author === state.me;
}

/** The editor open on card `id`, if any. */
export function editFormOf(state: SidebarState, id: string): EditForm | null {
  return state.form.kind === 'edit' && state.form.id === id ? state.form : null;
}

/** The reply form open under the thread whose root is `id`, if any. */
export function replyFormOf(state: SidebarState, id: string): ReplyForm | null {
  return state.form.kind === 'reply' && state.form.id === id ? state.form : null;
}

/** Threads (roots with their replies) in reading order. */
export const threadsInOrder = (annotations: readonly Annotation[]): Thread[] =>
  threadsOf([...annotations].sort(byDocumentOrder));

/**
 * The threads about a passage, and the page notes: threads whose root has no passage (a note on the whole
 * document or a whole commitment), which have no place in the text and are never orphans.
 */
export function splitThreads(threads: readonly Thread[]): { passages: Thread[]; notes: Thread[] } {
  const passages: Thread[] = [];
  const notes: Thread[] = [];
  for (const thread of threads) (isWholeDocument(thread.root.target) ? notes : passages).push(thread);
  return { passages, notes };
}

/** The page notes in the order a reader scans them: on the whole document first, then by commitment. */
export const notesInOrder = (notes: readonly Thread[]): Thread[] =>
  [...notes].sort(
    (x, y) =>
      (x.root.body.commitment?.ordinal ?? 0) - (y.root.body.commitment?.ordinal ?? 0) ||
      x.root.created.localeCompare(y.root.created) ||
      x.root.id.localeCompare(y.root.id),
  );

/**
 * The page notes the filters let through, shown in the list view only while it is filtered (a
 * commitment's "show", a tag): unfiltered, they have a view of their own. Never when filtering by place
 * in the text, where they have none.
 */
export function filteredNotes(state: SidebarState, notes: readonly Thread[]): Thread[] {
  if (!isFiltering(state.filters) || state.filters.anchoring !== null) return [];
  const context = { authors: state.authors, me: state.me, stateOf: (id: string) => stateOf(state, id) };
  return notesInOrder(notes.filter((thread) => threadMatches(thread, state.filters, context)));
}

/** The new page note form, if it is the one open. */
export const noteForm = (state: SidebarState): NoteForm | null =>
  state.form.kind === 'note' ? state.form : null;

/** "No page notes yet" only when none is being written either. */
export const showsNotesEmptyNote = (state: SidebarState, notes: readonly Thread[]): boolean =>
  state.loaded && notes.length === 0 && state.form.kind !== 'note';

/** The names the author filter offers, sorted, each once. */
export function authorNames(
  annotations: readonly Annotation[],
  authors: Readonly<Record<string, string>>,
  me: string | null,
): string[] {
  return [...new Set(annotations.map((a) => authorOf(a, authors, me)))].sort();
}

/**
 * The threads the filters (and the search) let through, in the chosen order, split into those with a
 * place in the text and the orphans.
 */
export function visibleThreads(
  state: SidebarState,
  threads: readonly Thread[],
): { visible: Thread[]; placed: Thread[]; orphans: Thread[] } {
  const context = { authors: state.authors, me: state.me, stateOf: (id: string) => stateOf(state, id) };
  const flagged = (thread: Thread) =>
    [thread.root, ...thread.replies].some((a) => (state.flagCounts[a.id] ?? 0) > 0);
  const visible = sortThreads(
    threads.filter(
      (thread) => threadMatches(thread, state.filters, context) && (!state.flaggedOnly || flagged(thread)),
    ),
    state.sort,
  );
  const placed = visible.filter((thread) => stateOf(state, thread.root.id) !== 'orphan');
  const orphans = visible.filter((thread) => stateOf(state, thread.root.id) === 'orphan');
  return { visible, placed, orphans };
}

/** The tags the tag filter offers: suggestions some annotation of this document carries. */
export const filterTags = (suggestions: readonly string[], annotations: readonly Annotation[]): string[] =>
  suggestions.filter((tag) => annotations.some((a) => a.body.tags.includes(tag)));

/** The quote the draft form shows above its editor. */
export const draftQuote = (state: SidebarState): string =>
  state.form.kind === 'draft' ? (quoteSelectorOf(state.form.target)?.exact ?? '') : '';

/** The commitment a new assessment from the outline is about (gone if the outline changed under it). */
export const assessedCommitment = (state: SidebarState): CommitmentOutline | undefined => {
  const form = state.form;
  return form.kind === 'assess' ? state.outline.find((c) => c.ordinal === form.ordinal) : undefined;
};

/** "The list is empty" only when nothing is filtered away and no draft is on its way in. */
export const showsEmptyNote = (state: SidebarState, placed: readonly Thread[]): boolean =>
  state.loaded && placed.length === 0 && state.form.kind !== 'draft' && !isFiltering(state.filters);

export const showsFilterEmptyNote = (state: SidebarState, visible: readonly Thread[]): boolean =>
  state.loaded && visible.length === 0 && isFiltering(state.filters);

/** The note that explains the unsupported badge, under the list, when some assessment carries it. */
export const showsUnsupportedNote = (state: SidebarState, summary: readonly CommitmentSummary[]): boolean =>
  state.view === 'annotations' && summary.some((row) => row.assessments.some((a) => !a.supported));

/**
 * What the government reports of each summary row's commitment, by ordinal: from the self-assessments
 * and IRM reports of this plan that members shared with the group (matched by title, then label).
 */
export function reportedByOrdinal(
  summary: readonly CommitmentSummary[],
  plans: readonly PlanRecord[],
): ReadonlyMap<number, ReportedStatus> {
  const found = new Map<number, ReportedStatus>();
  if (plans.length === 0) return found;
  const statuses = reportedStatuses(
    summary.map((row) => row.commitment),
    plans,
  );
  summary.forEach((row, i) => {
    const status = statuses[i];
    if (status) found.set(row.commitment.ordinal, status);
  });
  return found;
}

/**
 * This document's page on the group's public tracker: when signed in with a group and the document is a
 * plan a member shared with it (the tracker shows nothing else).
 */
export function trackerPlanLink(state: SidebarState): string | null {
  if (state.tracker === null || state.documentUri === null) return null;
  const planId = planIdOf(state.documentUri);
  return state.groupPlans.some((plan) => plan.id === planId) ? `${state.tracker}/plans/${planId}` : null;
}
