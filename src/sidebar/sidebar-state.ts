/**
 * The sidebar's state in one value, changed only by the actions below through one pure reducer
 * (`useReducer` in `use-sidebar.ts`). Which form is open is one field, `form`, a discriminated union:
 * two forms open at once, or a card form without a card, cannot be written. No DOM, no chrome.*.
 */
import type { Annotation, AnnotationTarget } from '../core/model/annotation.ts';
import type { CommitmentRef } from '../core/model/assessment.ts';
import type { PlanRecord } from '../core/model/plan-record.ts';
import type { FieldError } from '../core/model/validation.ts';
import type { AnchorState, CommitmentOutline, Moderation, Sharing } from '../messaging/protocol.ts';
import { NO_FILTERS, type Filters } from '../ui/annotation-filters.ts';
import { autoLink } from '../ui/commitment-outline.ts';
import type { ThreadSort } from '../ui/thread-sort.ts';

/** A new annotation on the passage the annotator sent (`draft.open`). */
export interface DraftForm {
  kind: 'draft';
  /** Changes with every draft, so a new selection starts a fresh editor. */
  key: number;
  target: AnnotationTarget;
  title: string;
  /** The commitment the passage starts in, linked automatically (and changeable before saving). */
  commitment?: CommitmentRef;
  /** Opened with "Assess" on the selection: the editor shows the assessment fields. */
  assess: boolean;
}

/** A new assessment started from the outline, on a commitment's heading. */
export interface AssessForm {
  kind: 'assess';
  key: number;
  ordinal: number;
}

/**
 * A new page note: about the whole document, or a commitment as a whole when one is chosen; it has no
 * passage (its target has no selectors), so it is never anchored, painted or an orphan.
 */
export interface NoteForm {
  kind: 'note';
  key: number;
  commitment?: CommitmentRef;
}

/** An existing card's editor; `assess` shows the assessment fields (the card's Assess button). */
export interface EditForm {
  kind: 'edit';
  id: string;
  assess: boolean;
}

/** A reply under the thread whose root is `id`. */
export interface ReplyForm {
  kind: 'reply';
  id: string;
}

export type SidebarForm = { kind: 'none' } | DraftForm | AssessForm | NoteForm | EditForm | ReplyForm;

/** The one-time offer to reopen by itself on this site. */
export interface Banner {
  pattern: string;
  host: string;
}

export type SidebarView = 'annotations' | 'notes' | 'summary';

export interface SidebarState {
  documentUri: string | null;
  annotations: Annotation[];
  authors: Record<string, string>;
  me: string | null;
  /** By annotation id, the name of the group a group annotation goes to. */
  groups: Record<string, string>;
  /** What a new annotation's editor offers first (the settings' choice). */
  sharing: Sharing['defaults'];
  /** The first list has arrived. */
  loaded: boolean;
  states: Record<string, AnchorState>;
  outline: readonly CommitmentOutline[];
  /** The card to scroll to and focus; `request` grows so the same card can be asked for again. */
  focus: { id: string; request: number } | null;
  form: SidebarForm;
  /** The open form has unsaved text. */
  dirty: boolean;
  /** A `draft.open` that would replace unsaved text, waiting for the user's answer. */
  pendingDraft: DraftForm | null;
  /** The key the next new form gets, so it starts empty. */
  nextKey: number;
  busy: boolean;
  error: string | null;
  fieldErrors: readonly FieldError[];
  banner: Banner | null;
  view: SidebarView;
  filters: Filters;
  /** The order of the list: by passage (the default), newest first, or by commitment. */
  sort: ThreadSort;
  /** The store's tags, read when a form opens. */
  storedTags: string[];
  /** The card whose commitment link is being changed: only that card draws the list of commitments. */
  relinking: string | null;
  /** The plans, self-assessments and IRM reports members shared with the chosen group. */
  groupPlans: readonly PlanRecord[];
  /** Who may hide or flag what, what a moderator hid (src/background/sync/moderation.ts). */
  moderation: Moderation;
  /** For moderators: how many members flagged each annotation, by id. */
  flagCounts: Record<string, number>;
  /** A moderator's "Flagged" filter: only threads something in which was flagged. */
  flaggedOnly: boolean;
  /** The chosen group's page on the server's public tracker, when signed in with a group. */
  tracker: string | null;
}

export type CardFormMode = 'edit' | 'assess' | 'reply';

export type SidebarAction =
  | {
      type: 'listLoaded';
      documentUri: string;
      annotations: Annotation[];
      authors: Record<string, string>;
      me: string | null;
      groups?: Record<string, string>;
      sharing?: Sharing['defaults'];
      moderation?: Moderation;
    }
  | { type: 'anchorsChanged'; states: Record<string, AnchorState> }
  | { type: 'outlineFound'; outline: readonly CommitmentOutline[] }
  | { type: 'cardFocused'; id: string }
  /** The annotator asks for a new annotation on a passage. */
  | { type: 'draftRequested'; target: AnnotationTarget; title: string; assess: boolean }
  | { type: 'draftCommitmentChosen'; commitment: CommitmentRef | undefined }
  | { type: 'pendingKept' }
  | { type: 'pendingDiscarded' }
  | { type: 'assessOpened'; ordinal: number }
  /** "New page note", or "Note" on a commitment of the outline or summary: the Page notes view opens on it. */
  | { type: 'noteOpened'; commitment?: CommitmentRef }
  | { type: 'noteCommitmentChosen'; commitment: CommitmentRef | undefined }
  | { type: 'cardFormOpened'; id: string; mode: CardFormMode }
  | { type: 'formClosed' }
  | { type: 'dirtyChanged'; dirty: boolean }
  | { type: 'saveStarted' }
  /** The background refused the record. */
  | { type: 'saveFailed'; message: string; fields: readonly FieldError[] }
  /** The record failed the schema here; nothing was sent. */
  | { type: 'recordInvalid'; message: string; fields: readonly FieldError[] }
  | { type: 'saved'; annotation: Annotation }
  | { type: 'removed'; id: string }
  | { type: 'errorShown'; message: string }
  | { type: 'errorDismissed' }
  | { type: 'bannerOffered'; banner: Banner }
  | { type: 'bannerClosed' }
  | { type: 'viewChosen'; view: SidebarView }
  | { type: 'filtersChanged'; filters: Filters }
  /** The search box's words (the search is one of the filters). */
  | { type: 'searchChanged'; query: string }
  | { type: 'sortChosen'; sort: ThreadSort }
  /** The outline's "show" on a commitment: its annotations alone. */
  | { type: 'commitmentShown'; ordinal: number }
  /** A summary row opens its card in the full, unfiltered list. */
  | { type: 'summaryOpened'; id: string }
  | { type: 'tagsLoaded'; tags: string[] }
  | { type: 'relinkStarted'; id: string }
  | { type: 'relinkEnded' }
  | { type: 'groupPlansLoaded'; plans: readonly PlanRecord[]; tracker: string | null }
  | { type: 'flagsLoaded'; counts: Record<string, number> }
  | { type: 'flaggedOnlyToggled'; on: boolean };

export const NO_MODERATION: Moderation = {
  moderates: [],
  flaggable: [],
  flagged: [],
  hidden: {},
  placeholders: [],
};

const NO_ERRORS: readonly FieldError[] = [];
const NO_OUTLINE: readonly CommitmentOutline[] = [];
const NO_FORM: SidebarForm = { kind: 'none' };

export const initialSidebarState: SidebarState = {
  documentUri: null,
  annotations: [],
  authors: {},
  me: null,
  groups: {},
  sharing: { visibility: 'private', groupName: null },
  loaded: false,
  states: {},
  outline: NO_OUTLINE,
  focus: null,
  form: NO_FORM,
  dirty: false,
  pendingDraft: null,
  nextKey: 1,
  busy: false,
  error: null,
  fieldErrors: NO_ERRORS,
  banner: null,
  view: 'annotations',
  filters: NO_FILTERS,
  sort: 'position',
  storedTags: [],
  relinking: null,
  groupPlans: [],
  moderation: NO_MODERATION,
  flagCounts: {},
  flaggedOnly: false,
  tracker: null,
};

/** Opens `form` in place of whatever was open: its errors and unsaved-text flag go with it. */
function opened(state: SidebarState, form: SidebarForm): SidebarState {
  return { ...state, form, fieldErrors: NO_ERRORS, dirty: false };
}

function focused(state: SidebarState, id: string): SidebarState {
  return { ...state, focus: { id, request: (state.focus?.request ?? 0) + 1 } };
}

function cardForm(id: string, mode: CardFormMode): EditForm | ReplyForm {
  return mode === 'reply' ? { kind: 'reply', id } : { kind: 'edit', id, assess: mode === 'assess' };
}

export function sidebarReducer(state: SidebarState, action: SidebarAction): SidebarState {
  switch (action.type) {
    case 'listLoaded':
      return {
        ...state,
        documentUri: action.documentUri,
        annotations: action.annotations,
        authors: action.authors,
        me: action.me,
        groups: action.groups ?? {},
        sharing: action.sharing ?? initialSidebarState.sharing,
        moderation: action.moderation ?? NO_MODERATION,
        loaded: true,
      };
    case 'anchorsChanged':
      return { ...state, states: action.states };
    case 'outlineFound':
      return { ...state, outline: action.outline };
    case 'cardFocused':
      return focused(state, action.id);
    case 'draftRequested': {
      const draft: DraftForm = {
        kind: 'draft',
        key: state.nextKey,
        target: action.target,
        title: action.title,
        commitment: autoLink(state.outline, action.target),
        assess: action.assess,
      };
      const next = { ...state, nextKey: state.nextKey + 1 };
      // Unsaved text is never thrown away without asking.
      if (state.dirty) return { ...next, pendingDraft: draft };
      return { ...opened(next, draft), pendingDraft: null };
    }
    case 'draftCommitmentChosen':
      if (state.form.kind !== 'draft') return state;
      return { ...state, form: { ...state.form, commitment: action.commitment } };
    case 'pendingKept':
      return { ...state, pendingDraft: null };
    case 'pendingDiscarded':
      if (!state.pendingDraft) return state;
      return { ...opened(state, state.pendingDraft), pendingDraft: null };
    case 'assessOpened':
      return opened(
        { ...state, nextKey: state.nextKey + 1 },
        {
          kind: 'assess',
          key: state.nextKey,
          ordinal: action.ordinal,
        },
      );
    case 'noteOpened':
      return opened(
        { ...state, view: 'notes', nextKey: state.nextKey + 1 },
        { kind: 'note', key: state.nextKey, commitment: action.commitment },
      );
    case 'noteCommitmentChosen':
      if (state.form.kind !== 'note') return state;
      return { ...state, form: { ...state.form, commitment: action.commitment } };
    case 'cardFormOpened':
      return opened(state, cardForm(action.id, action.mode));
    case 'formClosed':
      return opened(state, NO_FORM);
    case 'dirtyChanged':
      return state.dirty === action.dirty ? state : { ...state, dirty: action.dirty };
    case 'saveStarted':
      return { ...state, busy: true };
    case 'saveFailed':
      return { ...state, busy: false, error: action.message, fieldErrors: action.fields };
    case 'recordInvalid':
      return { ...state, error: action.message, fieldErrors: action.fields };
    case 'saved': {
      const saved = action.annotation;
      // Shown at once; the reload that follows brings the list in line with the store.
      const annotations = [...state.annotations.filter((a) => a.id !== saved.id), saved];
      return { ...state, annotations, busy: false, error: null, fieldErrors: NO_ERRORS };
    }
    case 'removed':
      return { ...state, error: null, annotations: state.annotations.filter((a) => a.id !== action.id) };
    case 'errorShown':
      return { ...state, error: action.message };
    case 'errorDismissed':
      return { ...state, error: null };
    case 'bannerOffered':
      return { ...state, banner: action.banner };
    case 'bannerClosed':
      return { ...state, banner: null };
    case 'viewChosen':
      return { ...state, view: action.view };
    case 'filtersChanged':
      return { ...state, filters: action.filters };
    case 'searchChanged':
      return { ...state, filters: { ...state.filters, query: action.query === '' ? null : action.query } };
    case 'sortChosen':
      return { ...state, sort: action.sort };
    case 'commitmentShown':
      return { ...state, filters: { ...NO_FILTERS, commitment: action.ordinal } };
    case 'summaryOpened':
      return focused({ ...state, view: 'annotations', filters: NO_FILTERS }, action.id);
    case 'tagsLoaded':
      return { ...state, storedTags: action.tags };
    case 'relinkStarted':
      return { ...state, relinking: action.id };
    case 'relinkEnded':
      return state.relinking === null ? state : { ...state, relinking: null };
    case 'flagsLoaded':
      return {
        ...state,
        flagCounts: action.counts,
        // Nothing flagged any more: the filter would hide every card.
        flaggedOnly: state.flaggedOnly && Object.keys(action.counts).length > 0,
      };
    case 'flaggedOnlyToggled':
      return { ...state, flaggedOnly: action.on };
    case 'groupPlansLoaded':
      return { ...state, groupPlans: action.plans, tracker: action.tracker };
  }
}
