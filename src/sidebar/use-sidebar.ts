/**
 * The sidebar's store and its dealings with the outside world: the reducer's state, the background's
 * events turned into actions, and the commands the components call (save, delete, relink, the forms and
 * the focus that goes back where it was when a form closes).
 */
import { useCallback, useEffect, useReducer, useRef } from 'preact/hooks';
import { originPattern } from '../core/document/document-uri.ts';
import {
  AnnotationSchema,
  type Annotation,
  type AnnotationBody,
  type AnnotationTarget,
  type Visibility,
} from '../core/model/annotation.ts';
import type { CommitmentRef } from '../core/model/assessment.ts';
import { newAnnotation } from '../core/model/new-annotation.ts';
import { newUuid } from '../core/model/uuid.ts';
import { parseWith } from '../core/model/validation.ts';
import type { call, listenToBackground } from '../messaging/client.ts';
import {
  PORT_SIDEBAR,
  type BackgroundEvent,
  type CommitmentOutline,
  type SidebarToAnnotator,
} from '../messaging/protocol.ts';
import type { AnnotationEditorProps } from '../ui/annotation-editor.tsx';
import { commitmentRefOf, commitmentTarget } from '../ui/commitment-outline.ts';
import { motivationAfterEdit, newReply } from '../ui/threads.ts';
import { t } from '../i18n/messages.ts';
import { formOpen, isMine } from './sidebar-selectors.ts';
import {
  initialSidebarState,
  sidebarReducer,
  type CardFormMode,
  type SidebarAction,
  type SidebarState,
} from './sidebar-state.ts';
import type { SitePermission } from './site-permission.ts';

/** What the sidebar needs from the outside world; tests hand in fakes. */
export interface SidebarServices {
  call: typeof call;
  listen: typeof listenToBackground;
  permission: SitePermission;
}

/** As in the annotator: changes this close together are read once. */
const RELOAD_SETTLE_MS = 100;

/** Replaces or removes a record's commitment link. */
function withCommitment(body: AnnotationBody, ref: CommitmentRef | undefined): AnnotationBody {
  const { commitment: _old, ...rest } = body;
  return ref ? { ...rest, commitment: ref } : rest;
}

const newRecord = (target: AnnotationTarget, title: string, body: AnnotationBody): Annotation =>
  newAnnotation({ id: newUuid(), target, title, body, now: new Date() });

/** What the components may ask of the sidebar beyond plain actions. */
export interface SidebarCommands {
  dispatch: (action: SidebarAction) => void;
  toAnnotator: (event: SidebarToAnnotator) => void;
  focusCard: (id: string) => void;
  /** Remembers where the focus is, to give it back when the form or picker opened now closes. */
  rememberFocus: () => void;
  restoreFocus: () => void;
  openCardForm: (id: string, mode: CardFormMode) => void;
  openAssessment: (ordinal: number) => void;
  /** A new page note, on the whole document or on `commitment` as a whole. */
  openNote: (commitment?: Pick<CommitmentOutline, 'ordinal' | 'label' | 'title'>) => void;
  cancelForm: () => void;
  onDirtyChange: (dirty: boolean) => void;
  saveDraft: (body: AnnotationBody, visibility: Visibility) => void;
  saveAssessment: (ordinal: number, body: AnnotationBody, visibility: Visibility) => void;
  saveNote: (body: AnnotationBody, visibility?: Visibility) => void;
  saveEdit: (annotation: Annotation, body: AnnotationBody, visibility?: Visibility) => void;
  saveReply: (root: Annotation, body: AnnotationBody) => void;
  relink: (annotation: Annotation, ordinal: number | null) => void;
  remove: (id: string) => void;
  /** A moderator hides (with a reason) or shows again; answers whether it was done. */
  setHidden: (id: string, hidden: boolean, reason?: string) => Promise<boolean>;
  /** A member flags (with an optional reason) or withdraws the flag; answers whether it was done. */
  setFlagged: (id: string, flagged: boolean, reason?: string) => Promise<boolean>;
  close: () => void;
  currentPage: NonNullable<AnnotationEditorProps['currentPage']>;
}

export function useSidebar(services: SidebarServices): { state: SidebarState; commands: SidebarCommands } {
  const [state, dispatch] = useReducer(sidebarReducer, initialSidebarState);
  const loadSeq = useRef(0);
  const permissionChecked = useRef(false);
  /** Where the focus was when a form opened, to give it back when the form closes. */
  const returnFocus = useRef<HTMLElement | null>(null);

  const reload = useCallback(async () => {
    const seq = ++loadSeq.current;
    const result = await services.call('annotations.list', {});
    // A later reload started meanwhile: its answer is the fresher one.
    if (seq !== loadSeq.current) return;
    if (!result.ok) {
      dispatch({ type: 'errorShown', message: result.error.message });
      return;
    }
    const { documentUri, annotations, authors, me, groups, defaults, moderation } = result.value;
    dispatch({
      type: 'listLoaded',
      documentUri,
      annotations,
      authors: authors ?? {},
      me: me ?? null,
      groups: groups ?? {},
      ...(defaults ? { sharing: defaults } : {}),
      ...(moderation ? { moderation } : {}),
    });
    // A moderator's flag counts come from the server: after the list, holding up neither it nor the plans.
    if (moderation && moderation.moderates.length > 0) {
      void services
        .call('moderation.flags', {})
        .catch(() => null)
        .then((flags) => {
          if (seq === loadSeq.current && flags?.ok && flags.value?.flags)
            dispatch({ type: 'flagsLoaded', counts: flags.value.flags });
        });
    }
    // What the group shared (a self-assessment's reported statuses): after the list, never holding it up.
    const plans = await services.call('plans.group', {}).catch(() => null);
    if (seq === loadSeq.current && plans?.ok && Array.isArray(plans.value?.plans))
      dispatch({
        type: 'groupPlansLoaded',
        plans: plans.value.plans,
        tracker: typeof plans.value.tracker === 'string' ? plans.value.tracker : null,
      });
  }, [services]);

  // The store's tags, asked for when a form opens rather than on every change (a store scan).
  const isFormOpen = formOpen(state);
  useEffect(() => {
    if (!isFormOpen) return;
    services.call('tags.suggest', {}).then(
      (tags) => {
        if (tags?.ok && Array.isArray(tags.value?.tags))
          dispatch({ type: 'tagsLoaded', tags: tags.value.tags });
      },
      () => {},
    );
  }, [isFormOpen, services]);

  useEffect(() => {
    let reloadTimer: ReturnType<typeof setTimeout> | undefined;
    const onEvent = (event: BackgroundEvent) => {
      if (event.type === 'annotations.changed') {
        // A burst of changes (an import, another window saving) becomes one reload once it is quiet.
        clearTimeout(reloadTimer);
        reloadTimer = setTimeout(() => void reload(), RELOAD_SETTLE_MS);
      } else if (event.type === 'relay') {
        const relayed = event.event;
        if (relayed.type === 'anchors.changed') {
          dispatch({ type: 'anchorsChanged', states: relayed.states });
        } else if (relayed.type === 'commitments.found') {
          dispatch({ type: 'outlineFound', outline: relayed.commitments });
        } else if (relayed.type === 'card.focus') {
          dispatch({ type: 'cardFocused', id: relayed.id });
        } else if (relayed.type === 'draft.open') {
          const { target, title } = relayed;
          dispatch({ type: 'draftRequested', target, title, assess: relayed.assess === true });
        }
      }
    };
    const controller = new AbortController();
    // The first connection reads the list too; later ones catch up on what a restarted worker missed.
    services.listen(PORT_SIDEBAR, onEvent, controller.signal, () => void reload());
    return () => {
      controller.abort();
      clearTimeout(reloadTimer);
    };
  }, [services, reload]);

  // The one-time offer to come back by itself, once there is something worth coming back for.
  const { loaded, documentUri } = state;
  const hasAnnotations = state.annotations.length > 0;
  useEffect(() => {
    if (!loaded || !hasAnnotations || !documentUri || permissionChecked.current) return;
    permissionChecked.current = true;
    const pattern = originPattern(documentUri);
    if (!pattern) return;
    services.permission.shouldOffer(pattern).then(
      (offer) =>
        offer &&
        dispatch({ type: 'bannerOffered', banner: { pattern, host: new URL(documentUri).hostname } }),
      // Without the permissions API (or storage) there is nothing to offer; annotating still works.
      () => {},
    );
  }, [loaded, hasAnnotations, documentUri, services]);

  const onDirtyChange = useCallback((dirty: boolean) => dispatch({ type: 'dirtyChanged', dirty }), []);

  /** `chosen`: a new record whose visibility the user chose in the editor (no default applies). */
  const save = async (record: Annotation, chosen = false): Promise<boolean> => {
    const parsed = parseWith(AnnotationSchema, record);
    if (!parsed.ok) {
      dispatch({ type: 'recordInvalid', message: t('sidebar_errorCannotSave'), fields: parsed.errors });
      return false;
    }
    dispatch({ type: 'saveStarted' });
    const result = await services.call('annotations.save', {
      annotation: parsed.value,
      ...(chosen ? { visibilityChosen: true } : {}),
    });
    if (!result.ok) {
      dispatch({ type: 'saveFailed', message: result.error.message, fields: result.error.fields ?? [] });
      return false;
    }
    dispatch({ type: 'saved', annotation: result.value.annotation });
    void reload();
    return true;
  };

  const focusCard = (id: string) => dispatch({ type: 'cardFocused', id });
  const rememberFocus = () => {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
  };
  const restoreFocus = () => {
    const target = returnFocus.current;
    returnFocus.current = null;
    // After the form is gone: the opener is drawn again by then.
    setTimeout(() => {
      if (target?.isConnected) target.focus();
    }, 0);
  };
  const closeForm = () => dispatch({ type: 'formClosed' });

  const toAnnotator = (event: SidebarToAnnotator) => services.call('relay.toAnnotator', { event });

  const commands: SidebarCommands = {
    dispatch,
    toAnnotator: (event) => void toAnnotator(event),
    focusCard,
    rememberFocus,
    restoreFocus,
    openCardForm: (id, mode) => {
      rememberFocus();
      dispatch({ type: 'cardFormOpened', id, mode });
    },
    openAssessment: (ordinal) => {
      rememberFocus();
      dispatch({ type: 'assessOpened', ordinal });
    },
    openNote: (commitment) => {
      rememberFocus();
      dispatch({ type: 'noteOpened', commitment: commitment && commitmentRefOf(commitment, 'manual') });
    },
    cancelForm: () => {
      closeForm();
      restoreFocus();
    },
    onDirtyChange,
    saveDraft: (body, visibility) => {
      const draft = state.form;
      if (draft.kind !== 'draft') return;
      const record = {
        ...newRecord(draft.target, draft.title, withCommitment(body, draft.commitment)),
        visibility,
      };
      void save(record, true).then((ok) => {
        if (!ok) return;
        closeForm();
        focusCard(record.id);
      });
    },
    saveAssessment: (ordinal, body, visibility) => {
      const commitment = state.outline.find((c) => c.ordinal === ordinal);
      if (!commitment || !state.documentUri) return;
      // The sidebar learns the document's title from the records and drafts; a first assessment may have none.
      const title = state.annotations[0]?.document.title ?? '';
      const record = {
        ...newRecord(
          commitmentTarget(state.documentUri, commitment),
          title,
          withCommitment(body, commitmentRefOf(commitment, 'manual')),
        ),
        visibility,
      };
      void save(record, true).then((ok) => {
        if (!ok) return;
        closeForm();
        focusCard(record.id);
        restoreFocus();
      });
    },
    saveNote: (body, visibility) => {
      const form = state.form;
      if (form.kind !== 'note' || !state.documentUri) return;
      // No selector: the W3C target is the document itself (a bare IRI in the export).
      const target: AnnotationTarget = { source: state.documentUri, selector: [] };
      const title = state.annotations[0]?.document.title ?? '';
      const made = newRecord(target, title, withCommitment(body, form.commitment));
      const record = visibility ? { ...made, visibility } : made;
      void save(record, visibility !== undefined).then((ok) => {
        if (!ok) return;
        closeForm();
        focusCard(record.id);
      });
    },
    saveEdit: (annotation, body, visibility = annotation.visibility) => {
      const merged = withCommitment(body, annotation.body.commitment);
      const motivation = motivationAfterEdit(annotation, merged);
      const modified = new Date().toISOString();
      const edited = { ...annotation, motivation, body: merged, visibility, modified };
      void save(edited).then(async (ok) => {
        if (!ok) return;
        closeForm();
        restoreFocus();
        if (visibility === annotation.visibility) return;
        // A reply keeps its thread's readers: the creator's own replies follow the root (others' replies
        // are theirs to change; the server lets only a record's creator write it).
        for (const reply of state.annotations) {
          if (reply.replyTo !== annotation.id || !isMine(state, reply) || reply.visibility === visibility)
            continue;
          await save({ ...reply, visibility, modified });
        }
      });
    },
    saveReply: (root, body) => {
      const reply = newReply(root, body.comment, new Date(), newUuid());
      const record: Annotation = { ...reply, motivation: body.assessment ? 'assessing' : 'replying', body };
      void save(record).then((ok) => {
        if (!ok) return;
        closeForm();
        restoreFocus();
      });
    },
    relink: (annotation, ordinal) => {
      const commitment = ordinal === null ? undefined : state.outline.find((c) => c.ordinal === ordinal);
      const ref = commitment ? commitmentRefOf(commitment, 'manual') : undefined;
      void save({
        ...annotation,
        body: withCommitment(annotation.body, ref),
        modified: new Date().toISOString(),
      });
    },
    remove: (id) => {
      void services.call('annotations.delete', { id }).then((result) => {
        if (!result.ok) {
          dispatch({ type: 'errorShown', message: result.error.message });
          return;
        }
        dispatch({ type: 'removed', id });
        void reload();
      });
    },
    setHidden: async (id, hidden, reason) => {
      const result = await services.call('moderation.hide', {
        id,
        hidden,
        ...(hidden && reason ? { reason } : {}),
      });
      if (!result.ok) dispatch({ type: 'errorShown', message: result.error.message });
      await reload();
      return result.ok;
    },
    setFlagged: async (id, flagged, reason) => {
      const result = await services.call('moderation.flag', {
        id,
        flagged,
        ...(flagged && reason ? { reason } : {}),
      });
      if (!result.ok) dispatch({ type: 'errorShown', message: result.error.message });
      await reload();
      return result.ok;
    },
    close: () => {
      void toAnnotator({ type: 'sidebar.close' }).then((result) => {
        if (!result.ok) dispatch({ type: 'errorShown', message: result.error.message });
      });
    },
    currentPage: async () => {
      const result = await services.call('evidence.currentPage', {});
      return result.ok ? result.value : null;
    },
  };
  return { state, commands };
}
