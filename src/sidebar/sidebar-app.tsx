/**
 * The sidebar: this tab's annotations in reading order with their replies, the orphans apart, the plan's
 * commitments, assessments with their evidence, the commitment summary, and the forms for all of these.
 * It holds no data of its own: the background has the records, the annotator the anchors and commitments.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { originPattern } from '../core/document/document-uri.ts';
import {
  AnnotationSchema,
  quoteSelectorOf,
  type Annotation,
  type AnnotationBody,
  type AnnotationTarget,
} from '../core/model/annotation.ts';
import type { CommitmentRef } from '../core/model/assessment.ts';
import { newAnnotation } from '../core/model/new-annotation.ts';
import { newUuid } from '../core/model/uuid.ts';
import { parseWith, type FieldError } from '../core/model/validation.ts';
import { call, listenToBackground } from '../messaging/client.ts';
import {
  PORT_SIDEBAR,
  type AnchorState,
  type BackgroundEvent,
  type CommitmentOutline,
  type SidebarToAnnotator,
} from '../messaging/protocol.ts';
import { AnnotationCard, quotedByParent, truncateQuote } from '../ui/annotation-card.tsx';
import { AnnotationEditor } from '../ui/annotation-editor.tsx';
import { AssessmentView, UnsupportedBadge } from '../ui/assessment-view.tsx';
import { autoLink, commitmentName, commitmentRefOf, commitmentTarget } from '../ui/commitment-outline.ts';
import {
  isFiltering,
  NO_FILTERS,
  tagSuggestions,
  threadMatches,
  type Filters,
} from '../ui/annotation-filters.ts';
import { authorOf, countsByCommitment, ME, summarize } from '../ui/commitment-review.ts';
import { motivationAfterEdit, newReply, threadsOf, type Thread } from '../ui/threads.ts';
import { withElement } from '../ui/with-element.tsx';
import { CommitmentOutlineView } from './commitment-outline-view.tsx';
import { CommitmentSummaryView } from './commitment-summary-view.tsx';
import { byDocumentOrder } from './document-order.ts';
import { ExportPanel } from './export-panel.tsx';
import { FilterPanel, Legend } from './filter-panel.tsx';
import { chromeSitePermission, type SitePermission } from './site-permission.ts';
import { t, tn } from '../i18n/messages.ts';

/** What the sidebar needs from the outside world; tests hand in fakes. */
export interface SidebarServices {
  call: typeof call;
  listen: typeof listenToBackground;
  permission: SitePermission;
}

const defaultServices: SidebarServices = {
  call,
  listen: listenToBackground,
  permission: chromeSitePermission,
};

interface Draft {
  /** Changes with every draft.open, so a new selection starts a fresh editor. */
  key: number;
  target: AnnotationTarget;
  title: string;
  /** The commitment the passage starts in, linked automatically (and changeable before saving). */
  commitment?: CommitmentRef;
  /** Opened with "Assess" on the selection: the editor shows the assessment fields. */
  assess: boolean;
}

/** A new assessment started from the outline, on a commitment's heading. */
interface NewAssessment {
  key: number;
  ordinal: number;
}

/** Which form an existing card shows. */
interface CardForm {
  id: string;
  mode: 'edit' | 'assess' | 'reply';
}

interface Banner {
  pattern: string;
  host: string;
}

/** As in the annotator: changes this close together are read once. */
const RELOAD_SETTLE_MS = 100;
/** Every new form gets a fresh key, so it starts empty. */
let formKeys = 0;
const NO_ERRORS: readonly FieldError[] = [];
const NO_OUTLINE: readonly CommitmentOutline[] = [];

/** Stands for an element inside a translated sentence, where the element goes. */
/** Replaces or removes a record's commitment link. */
function withCommitment(body: AnnotationBody, ref: CommitmentRef | undefined): AnnotationBody {
  const { commitment: _old, ...rest } = body;
  return ref ? { ...rest, commitment: ref } : rest;
}

export function SidebarApp({ services = defaultServices }: { services?: SidebarServices }) {
  const [documentUri, setDocumentUri] = useState<string | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [authors, setAuthors] = useState<Record<string, string>>({});
  const [me, setMe] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [states, setStates] = useState<Record<string, AnchorState>>({});
  const [outline, setOutline] = useState<readonly CommitmentOutline[]>(NO_OUTLINE);
  const [focus, setFocus] = useState<{ id: string; request: number } | null>(null);
  const [cardForm, setCardForm] = useState<CardForm | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [assessing, setAssessing] = useState<NewAssessment | null>(null);
  /** A `draft.open` that would replace unsaved text, waiting for the user's answer. */
  const [pendingDraft, setPendingDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>(NO_ERRORS);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [view, setView] = useState<'annotations' | 'summary'>('annotations');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [storedTags, setStoredTags] = useState<string[]>([]);
  /** The card whose commitment link is being changed: only that card draws the list of commitments. */
  const [relinking, setRelinking] = useState<string | null>(null);
  const loadSeq = useRef(0);
  const permissionChecked = useRef(false);
  const dirty = useRef(false);
  const outlineRef = useRef(outline);
  outlineRef.current = outline;
  /** Where the focus was when a form opened, to give it back when the form closes. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const pendingRef = useRef<HTMLDivElement>(null);

  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);

  const reload = useCallback(async () => {
    const seq = ++loadSeq.current;
    const result = await services.call('annotations.list', {});
    // A later reload started meanwhile: its answer is the fresher one.
    if (seq !== loadSeq.current) return;
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setDocumentUri(result.value.documentUri);
    setAnnotations(result.value.annotations);
    setAuthors(result.value.authors ?? {});
    setMe(result.value.me ?? null);
    setLoaded(true);
  }, [services]);

  /** The store's tags, asked for when a form opens rather than on every change (a store scan). */
  const loadTagSuggestions = useCallback(async () => {
    const tags = await services.call('tags.suggest', {}).catch(() => null);
    if (tags?.ok && Array.isArray(tags.value?.tags)) setStoredTags(tags.value.tags);
  }, [services]);

  const formOpen = draft !== null || assessing !== null || cardForm !== null;
  useEffect(() => {
    if (formOpen) void loadTagSuggestions();
  }, [formOpen, loadTagSuggestions]);

  const focusCard = (id: string) => setFocus((prev) => ({ id, request: (prev?.request ?? 0) + 1 }));

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

  const closeForms = () => {
    setDraft(null);
    setAssessing(null);
    setCardForm(null);
    setFieldErrors(NO_ERRORS);
    dirty.current = false;
  };

  const openDraft = (next: Draft) => {
    closeForms();
    setPendingDraft(null);
    setDraft(next);
  };

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
          setStates(relayed.states);
        } else if (relayed.type === 'commitments.found') {
          setOutline(relayed.commitments);
        } else if (relayed.type === 'card.focus') {
          focusCard(relayed.id);
        } else if (relayed.type === 'draft.open') {
          const next: Draft = {
            key: ++formKeys,
            target: relayed.target,
            title: relayed.title,
            commitment: autoLink(outlineRef.current, relayed.target),
            assess: relayed.assess === true,
          };
          // Unsaved text is never thrown away without asking.
          if (dirty.current) setPendingDraft(next);
          else openDraft(next);
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

  useEffect(() => {
    if (pendingDraft) pendingRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [pendingDraft]);

  // The one-time offer to come back by itself, once there is something worth coming back for.
  useEffect(() => {
    if (!loaded || annotations.length === 0 || !documentUri || permissionChecked.current) return;
    permissionChecked.current = true;
    const pattern = originPattern(documentUri);
    if (!pattern) return;
    services.permission.shouldOffer(pattern).then(
      (offer) => offer && setBanner({ pattern, host: new URL(documentUri).hostname }),
      // Without the permissions API (or storage) there is nothing to offer; annotating still works.
      () => {},
    );
  }, [loaded, annotations.length, documentUri, services]);

  const toAnnotator = (event: SidebarToAnnotator) => services.call('relay.toAnnotator', { event });

  const save = async (record: Annotation): Promise<boolean> => {
    const parsed = parseWith(AnnotationSchema, record);
    if (!parsed.ok) {
      setError(t('sidebar_errorCannotSave'));
      setFieldErrors(parsed.errors);
      return false;
    }
    setBusy(true);
    const result = await services.call('annotations.save', { annotation: parsed.value });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      setFieldErrors(result.error.fields ?? NO_ERRORS);
      return false;
    }
    setError(null);
    setFieldErrors(NO_ERRORS);
    // Shown at once; the reload that follows brings the list in line with the store.
    const saved = result.value.annotation;
    setAnnotations((prev) => [...prev.filter((a) => a.id !== saved.id), saved]);
    void reload();
    return true;
  };

  const newRecord = (target: AnnotationTarget, title: string, body: AnnotationBody): Annotation =>
    newAnnotation({ id: newUuid(), target, title, body, now: new Date() });

  const saveDraft = async (body: AnnotationBody) => {
    if (!draft) return;
    const record = newRecord(draft.target, draft.title, withCommitment(body, draft.commitment));
    if (await save(record)) {
      closeForms();
      focusCard(record.id);
    }
  };

  const saveAssessment = async (ordinal: number, body: AnnotationBody) => {
    const commitment = outline.find((c) => c.ordinal === ordinal);
    if (!commitment || !documentUri) return;
    // The sidebar learns the document's title from the records and drafts; a first assessment may have none.
    const title = annotations[0]?.document.title ?? '';
    const record = newRecord(
      commitmentTarget(documentUri, commitment),
      title,
      withCommitment(body, commitmentRefOf(commitment, 'manual')),
    );
    if (await save(record)) {
      closeForms();
      focusCard(record.id);
      restoreFocus();
    }
  };

  const saveEdit = async (annotation: Annotation, body: AnnotationBody) => {
    const merged = withCommitment(body, annotation.body.commitment);
    const motivation = motivationAfterEdit(annotation, merged);
    const ok = await save({ ...annotation, motivation, body: merged, modified: new Date().toISOString() });
    if (ok) {
      closeForms();
      restoreFocus();
    }
  };

  const saveReply = async (root: Annotation, body: AnnotationBody) => {
    const reply = newReply(root, body.comment, new Date(), newUuid());
    const record: Annotation = { ...reply, motivation: body.assessment ? 'assessing' : 'replying', body };
    if (await save(record)) {
      closeForms();
      restoreFocus();
    }
  };

  const relink = async (annotation: Annotation, ordinal: number | null) => {
    const commitment = ordinal === null ? undefined : outline.find((c) => c.ordinal === ordinal);
    const ref = commitment ? commitmentRefOf(commitment, 'manual') : undefined;
    await save({
      ...annotation,
      body: withCommitment(annotation.body, ref),
      modified: new Date().toISOString(),
    });
  };

  const remove = async (id: string) => {
    const result = await services.call('annotations.delete', { id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setAnnotations((prev) => prev.filter((a) => a.id !== id));
    void reload();
  };

  const close = async () => {
    const result = await toAnnotator({ type: 'sidebar.close' });
    if (!result.ok) setError(result.error.message);
  };

  const currentPage = async () => {
    const result = await services.call('evidence.currentPage', {});
    return result.ok ? result.value : null;
  };

  const cancelForm = () => {
    closeForms();
    restoreFocus();
  };

  const openCardForm = (id: string, mode: CardForm['mode']) => {
    rememberFocus();
    setDraft(null);
    setAssessing(null);
    setFieldErrors(NO_ERRORS);
    dirty.current = false;
    setCardForm({ id, mode });
  };

  const stateOf = (id: string): AnchorState => states[id] ?? 'pending';
  /**
   * The server lets only an annotation's creator change or delete it, so someone else's (by the
   * `authors` of the list) offers Reply instead of Edit, Delete, Assess or a new commitment link.
   */
  const isMine = (annotation: Annotation): boolean => {
    const author = authors[annotation.id];
    return author === undefined || author === me;
  };
  const counts = useMemo(() => countsByCommitment(annotations), [annotations]);
  const suggestions = useMemo(() => tagSuggestions(annotations, storedTags), [annotations, storedTags]);
  const threads = useMemo(() => threadsOf([...annotations].sort(byDocumentOrder)), [annotations]);
  const authorNames = useMemo(
    () => [...new Set(annotations.map((a) => authorOf(a, authors, me)))].sort(),
    [annotations, authors, me],
  );
  const context = { authors, me, stateOf };
  const visible = threads.filter((thread) => threadMatches(thread, filters, context));
  const placed = visible.filter((thread) => stateOf(thread.root.id) !== 'orphan');
  const orphans = visible.filter((thread) => stateOf(thread.root.id) === 'orphan');
  const summary = useMemo(
    () => summarize(outline, annotations, authors, me),
    [outline, annotations, authors, me],
  );

  const editorFor = (annotation: Annotation, mode: 'edit' | 'assess') => (
    <AnnotationEditor
      initial={annotation.body}
      assess={mode === 'assess' || annotation.body.assessment !== undefined}
      subject={
        annotation.body.commitment
          ? commitmentName(annotation.body.commitment)
          : t('sidebar_subjectThisPassage')
      }
      errors={fieldErrors}
      busy={busy}
      tagSuggestions={suggestions}
      currentPage={currentPage}
      onDirtyChange={onDirtyChange}
      onSave={(body) => void saveEdit(annotation, body)}
      onCancel={cancelForm}
    />
  );

  const commitmentPicker = (annotation: Annotation) => {
    const ref = annotation.body.commitment;
    if (outline.length === 0 && !ref) return null;
    if (relinking !== annotation.id || !isMine(annotation)) {
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
          {isMine(annotation) && (
            <button
              type="button"
              class="link-button"
              data-testid="card-relink"
              aria-label={t('sidebar_relinkLabel')}
              onClick={() => {
                rememberFocus();
                setRelinking(annotation.id);
              }}
            >
              {t('sidebar_relinkButton')}
            </button>
          )}
        </p>
      );
    }
    const inOutline = ref && outline.some((c) => c.ordinal === ref.ordinal);
    const done = () => {
      setRelinking(null);
      restoreFocus();
    };
    return (
      <label class="card-commitment" data-testid="card-commitment" data-ordinal={ref?.ordinal ?? ''}>
        <span class="field-hint">{t('sidebar_commitmentLabel')}</span>
        <select
          data-testid="card-commitment-select"
          value={ref ? String(ref.ordinal) : ''}
          ref={(element) => element?.focus()}
          onChange={(e) => {
            const value = e.currentTarget.value;
            done();
            void relink(annotation, value === '' ? null : Number(value));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              done();
            }
          }}
          onBlur={() => setRelinking(null)}
        >
          <option value="">{t('sidebar_commitmentNone')}</option>
          {ref && !inOutline && <option value={String(ref.ordinal)}>{commitmentName(ref)}</option>}
          {outline.map((c) => (
            <option key={c.ordinal} value={String(c.ordinal)}>
              {commitmentName(c)}
            </option>
          ))}
        </select>
      </label>
    );
  };

  const renderReply = (root: Annotation, reply: Annotation) => {
    const form = cardForm?.id === reply.id ? cardForm : null;
    const mine = isMine(reply);
    return (
      <li key={reply.id}>
        <AnnotationCard
          annotation={reply}
          state={stateOf(reply.id)}
          noun="reply"
          editable={mine}
          showQuote={!quotedByParent(reply, root)}
          actions={
            mine ? undefined : (
              <button
                type="button"
                class="button"
                data-testid="card-reply"
                onClick={() => openCardForm(root.id, 'reply')}
              >
                {t('sidebar_replyButton')}
              </button>
            )
          }
          focused={focus?.id === reply.id}
          focusRequest={focus?.id === reply.id ? focus.request : 0}
          onSelect={(id) => focusCard(id)}
          onEdit={(id) => openCardForm(id, reply.body.assessment ? 'assess' : 'edit')}
          onDelete={(id) => void remove(id)}
          extra={
            <>
              <p class="card-author field-hint" data-testid="card-author">
                {authorOf(reply, authors, me)}
              </p>
              <AssessmentView annotation={reply} />
            </>
          }
        >
          {form && form.mode !== 'reply' ? editorFor(reply, form.mode) : undefined}
        </AnnotationCard>
      </li>
    );
  };

  const renderThread = ({ root: annotation, replies }: Thread) => {
    const state = stateOf(annotation.id);
    const form = cardForm?.id === annotation.id ? cardForm : null;
    const mine = isMine(annotation);
    return (
      <li key={annotation.id} class="thread" data-testid="thread">
        <AnnotationCard
          annotation={annotation}
          state={state}
          editable={mine}
          focused={focus?.id === annotation.id}
          focusRequest={focus?.id === annotation.id ? focus.request : 0}
          onSelect={(id) => {
            focusCard(id);
            // An orphan has no passage to scroll to.
            if (state !== 'orphan') void toAnnotator({ type: 'highlight.scrollTo', id });
          }}
          onHover={(id) => void toAnnotator({ type: 'highlight.hover', id })}
          onEdit={(id) => openCardForm(id, annotation.body.assessment ? 'assess' : 'edit')}
          onDelete={(id) => void remove(id)}
          actions={
            <>
              {mine && !annotation.body.assessment && (
                <button
                  type="button"
                  class="button"
                  data-testid="card-assess"
                  onClick={() => openCardForm(annotation.id, 'assess')}
                >
                  {t('sidebar_assessButton')}
                </button>
              )}
              <button
                type="button"
                class="button"
                data-testid="card-reply"
                onClick={() => openCardForm(annotation.id, 'reply')}
              >
                {t('sidebar_replyButton')}
              </button>
            </>
          }
          extra={
            <>
              <AssessmentView annotation={annotation} />
              {commitmentPicker(annotation)}
            </>
          }
        >
          {form && form.mode !== 'reply' ? editorFor(annotation, form.mode) : undefined}
        </AnnotationCard>
        {(replies.length > 0 || form?.mode === 'reply') && (
          <section class="replies" aria-label={tn('sidebar_repliesLabel', replies.length)}>
            {replies.length > 0 && (
              <ul class="card-list reply-list" data-testid="replies">
                {replies.map((reply) => renderReply(annotation, reply))}
              </ul>
            )}
            {form?.mode === 'reply' && (
              <div class="reply-form" data-testid="reply-form">
                <AnnotationEditor
                  errors={fieldErrors}
                  busy={busy}
                  saveLabel={t('sidebar_replyButton')}
                  tagSuggestions={suggestions}
                  currentPage={currentPage}
                  onDirtyChange={onDirtyChange}
                  onSave={(body) => void saveReply(annotation, body)}
                  onCancel={cancelForm}
                />
              </div>
            )}
          </section>
        )}
      </li>
    );
  };

  const draftQuote = draft ? (quoteSelectorOf(draft.target)?.exact ?? '') : '';
  const assessedCommitment = assessing ? outline.find((c) => c.ordinal === assessing.ordinal) : undefined;
  const filtering = isFiltering(filters);

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
          onClick={() => void close()}
        >
          ×
        </button>
      </header>

      <main class="sidebar-body">
        {error && (
          <div class="sidebar-error" role="alert" data-testid="sidebar-error">
            <span>{error}</span>
            <button type="button" class="button" onClick={() => setError(null)}>
              {t('sidebar_dismiss')}
            </button>
          </div>
        )}

        {pendingDraft && (
          <div
            class="pending-draft"
            role="alertdialog"
            aria-label={t('sidebar_pendingLabel')}
            data-testid="pending-draft"
            ref={pendingRef}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                setPendingDraft(null);
              }
            }}
          >
            <p>{t('sidebar_pendingQuestion')}</p>
            <div class="banner-actions">
              <button
                type="button"
                class="button"
                data-testid="pending-keep"
                onClick={() => setPendingDraft(null)}
              >
                {t('sidebar_pendingKeep')}
              </button>
              <button
                type="button"
                class="button danger"
                data-testid="pending-discard"
                onClick={() => openDraft(pendingDraft)}
              >
                {t('sidebar_pendingDiscard')}
              </button>
            </div>
          </div>
        )}

        {banner && (
          <div
            class="permission-banner"
            data-testid="permission-banner"
            role="region"
            aria-label={t('sidebar_permissionLabel')}
          >
            <p>{t('sidebar_permissionQuestion')}</p>
            <div class="banner-actions">
              <button
                type="button"
                class="button primary"
                onClick={() => {
                  // request() first, synchronously inside the click: the gesture does not survive an await.
                  const asked = services.permission.request(banner.pattern);
                  void services.permission.markAsked(banner.pattern).catch(() => {});
                  setBanner(null);
                  asked.catch((reason: unknown) => setError(t('sidebar_permissionRefused', String(reason))));
                }}
              >
                {t('sidebar_permissionAllow', banner.host)}
              </button>
              <button
                type="button"
                class="button"
                onClick={() => {
                  void services.permission.markAsked(banner.pattern).catch(() => {});
                  setBanner(null);
                }}
              >
                {t('sidebar_permissionNotNow')}
              </button>
            </div>
          </div>
        )}

        {draft && (
          <section class="draft" aria-label={t('sidebar_newAnnotationLabel')}>
            {draftQuote && (
              <blockquote class="card-quote" data-testid="draft-quote">
                {truncateQuote(draftQuote)}
              </blockquote>
            )}
            {outline.length > 0 && (
              <label class="card-commitment" data-testid="draft-commitment">
                <span class="field-hint">{t('sidebar_commitmentLabel')}</span>
                <select
                  data-testid="draft-commitment-select"
                  value={draft.commitment ? String(draft.commitment.ordinal) : ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    const chosen = outline.find((c) => String(c.ordinal) === value);
                    setDraft({
                      ...draft,
                      commitment: chosen ? commitmentRefOf(chosen, 'manual') : undefined,
                    });
                  }}
                >
                  <option value="">{t('sidebar_commitmentNone')}</option>
                  {outline.map((c) => (
                    <option key={c.ordinal} value={String(c.ordinal)}>
                      {commitmentName(c)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <AnnotationEditor
              key={draft.key}
              assess={draft.assess}
              subject={draft.commitment ? commitmentName(draft.commitment) : t('sidebar_subjectThisPassage')}
              saveLabel={draft.assess ? t('sidebar_saveAssessment') : t('sidebar_save')}
              errors={fieldErrors}
              busy={busy}
              tagSuggestions={suggestions}
              currentPage={currentPage}
              onDirtyChange={onDirtyChange}
              onSave={(body) => void saveDraft(body)}
              onCancel={cancelForm}
            />
          </section>
        )}

        {assessing && assessedCommitment && (
          <section
            class="draft"
            aria-label={t('sidebar_assessCommitmentLabel', commitmentName(assessedCommitment))}
          >
            <AnnotationEditor
              key={assessing.key}
              assess
              subject={commitmentName(assessedCommitment)}
              saveLabel={t('sidebar_saveAssessment')}
              errors={fieldErrors}
              busy={busy}
              tagSuggestions={suggestions}
              currentPage={currentPage}
              onDirtyChange={onDirtyChange}
              onSave={(body) => void saveAssessment(assessing.ordinal, body)}
              onCancel={cancelForm}
            />
          </section>
        )}

        <nav class="view-switch" aria-label={t('sidebar_viewsLabel')}>
          <button
            type="button"
            class="button"
            data-testid="view-annotations"
            aria-pressed={view === 'annotations'}
            onClick={() => setView('annotations')}
          >
            {t('sidebar_viewAnnotations')}
          </button>
          <button
            type="button"
            class="button"
            data-testid="view-summary"
            aria-pressed={view === 'summary'}
            onClick={() => setView('summary')}
          >
            {t('sidebar_viewSummary')}
          </button>
        </nav>

        {view === 'summary' ? (
          <section aria-label={t('sidebar_viewSummary')}>
            <CommitmentSummaryView
              rows={summary}
              onOpen={(id) => {
                setView('annotations');
                setFilters(NO_FILTERS);
                focusCard(id);
              }}
            />
          </section>
        ) : (
          <>
            {outline.length > 0 && (
              <CommitmentOutlineView
                outline={outline}
                counts={counts}
                onJump={(ordinal) => void toAnnotator({ type: 'commitment.scrollTo', ordinal })}
                onAssess={(ordinal) => {
                  rememberFocus();
                  closeForms();
                  setAssessing({ key: ++formKeys, ordinal });
                }}
                onShow={(ordinal) => setFilters({ ...NO_FILTERS, commitment: ordinal })}
              />
            )}

            <Legend />
            {annotations.length > 0 && (
              <FilterPanel
                filters={filters}
                onChange={setFilters}
                outline={outline}
                tags={suggestions.filter((tag) => annotations.some((a) => a.body.tags.includes(tag)))}
                authors={authorNames.length > 0 ? authorNames : [me ?? ME]}
                shown={visible.length}
                total={threads.length}
              />
            )}

            {!loaded && !error && <p class="sidebar-note">{t('sidebar_loading')}</p>}

            {loaded && placed.length === 0 && !draft && !filtering && (
              <p class="sidebar-note empty">{t('sidebar_empty')}</p>
            )}
            {loaded && visible.length === 0 && filtering && (
              <p class="sidebar-note" data-testid="filter-empty">
                {t('sidebar_filterEmpty')}
              </p>
            )}

            {placed.length > 0 && (
              <ul class="card-list" aria-label={t('sidebar_viewAnnotations')}>
                {placed.map(renderThread)}
              </ul>
            )}

            {orphans.length > 0 && (
              <section class="orphans" data-testid="orphans" aria-labelledby="orphans-heading">
                <h2 id="orphans-heading" class="section-title">
                  {t('sidebar_orphansHeading')}
                </h2>
                <p class="sidebar-note">{t('sidebar_orphansNote')}</p>
                <ul class="card-list">{orphans.map(renderThread)}</ul>
              </section>
            )}
          </>
        )}
        {summary.some((row) => row.assessments.some((a) => !a.supported)) && view === 'annotations' && (
          <p class="sidebar-note">{withElement('sidebar_unsupportedNote', <UnsupportedBadge />)}</p>
        )}
        <ExportPanel
          call={services.call}
          documentUri={documentUri}
          annotations={annotations}
          authors={authors}
          me={me}
          states={states}
        />
      </main>
    </div>
  );
}
