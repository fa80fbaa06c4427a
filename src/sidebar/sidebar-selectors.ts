/**
 * What the sidebar draws, read from its state (`sidebar-state.ts`). Pure functions of their arguments;
 * the app memoizes the costly ones (threads, summary) on the fields they read.
 */
import { quoteSelectorOf, type Annotation } from '../core/model/annotation.ts';
import type { AnchorState, CommitmentOutline } from '../messaging/protocol.ts';
import { isFiltering, threadMatches } from '../ui/annotation-filters.ts';
import { authorOf, type CommitmentSummary } from '../ui/commitment-review.ts';
import { threadsOf, type Thread } from '../ui/threads.ts';
import { sortThreads } from '../ui/thread-sort.ts';
import { byDocumentOrder } from './document-order.ts';
import type { EditForm, ReplyForm, SidebarState } from './sidebar-state.ts';

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
  const visible = sortThreads(
    threads.filter((thread) => threadMatches(thread, state.filters, context)),
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
