/**
 * The sidebar: this tab's annotations in reading order, the orphans apart, and the editor for new and
 * existing ones. It holds no data of its own: the background has the records, the annotator the anchors.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { originPattern } from '../core/document/document-uri.ts';
import {
  AnnotationSchema,
  quoteSelectorOf,
  type Annotation,
  type AnnotationBody,
  type AnnotationTarget,
} from '../core/model/annotation.ts';
import { parseWith, type FieldError } from '../core/model/validation.ts';
import { call, listenToBackground } from '../messaging/client.ts';
import {
  PORT_SIDEBAR,
  type AnchorState,
  type BackgroundEvent,
  type SidebarToAnnotator,
} from '../messaging/protocol.ts';
import { AnnotationCard, truncateQuote } from '../ui/annotation-card.tsx';
import { AnnotationEditor } from '../ui/annotation-editor.tsx';
import { byDocumentOrder } from './document-order.ts';
import { chromeSitePermission, type SitePermission } from './site-permission.ts';

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
}

interface Banner {
  pattern: string;
  host: string;
}

const NO_ERRORS: readonly FieldError[] = [];

export function SidebarApp({ services = defaultServices }: { services?: SidebarServices }) {
  const [documentUri, setDocumentUri] = useState<string | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [states, setStates] = useState<Record<string, AnchorState>>({});
  const [focus, setFocus] = useState<{ id: string; request: number } | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>(NO_ERRORS);
  const [banner, setBanner] = useState<Banner | null>(null);
  const loadSeq = useRef(0);
  const permissionChecked = useRef(false);

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
    setLoaded(true);
  }, [services]);

  const focusCard = (id: string) => setFocus((prev) => ({ id, request: (prev?.request ?? 0) + 1 }));

  useEffect(() => {
    const onEvent = (event: BackgroundEvent) => {
      if (event.type === 'annotations.changed') {
        void reload();
      } else if (event.type === 'relay') {
        const relayed = event.event;
        if (relayed.type === 'anchors.changed') {
          setStates(relayed.states);
        } else if (relayed.type === 'card.focus') {
          focusCard(relayed.id);
        } else if (relayed.type === 'draft.open') {
          setEditingId(null);
          setFieldErrors(NO_ERRORS);
          setDraft((prev) => ({ key: (prev?.key ?? 0) + 1, target: relayed.target, title: relayed.title }));
        }
      }
    };
    const controller = new AbortController();
    // The first connection reads the list too; later ones catch up on what a restarted worker missed.
    services.listen(PORT_SIDEBAR, onEvent, controller.signal, () => void reload());
    return () => controller.abort();
  }, [services, reload]);

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
      setError('This annotation cannot be saved as it is.');
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

  const saveDraft = async (body: AnnotationBody) => {
    if (!draft) return;
    const now = new Date().toISOString();
    const id = crypto.randomUUID();
    const ok = await save({
      id,
      motivation: 'commenting',
      target: draft.target,
      body,
      document: { title: draft.title },
      visibility: 'private',
      created: now,
      modified: now,
    });
    if (ok) {
      setDraft(null);
      focusCard(id);
    }
  };

  const saveEdit = async (annotation: Annotation, body: AnnotationBody) => {
    // A highlight that gains a comment is a comment from then on.
    const motivation = body.comment.trim() ? 'commenting' : annotation.motivation;
    const ok = await save({ ...annotation, motivation, body, modified: new Date().toISOString() });
    if (ok) setEditingId(null);
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

  const stateOf = (id: string): AnchorState => states[id] ?? 'pending';
  const sorted = [...annotations].sort(byDocumentOrder);
  const placed = sorted.filter((a) => stateOf(a.id) !== 'orphan');
  const orphans = sorted.filter((a) => stateOf(a.id) === 'orphan');

  const renderCard = (annotation: Annotation) => {
    const state = stateOf(annotation.id);
    return (
      <li key={annotation.id}>
        <AnnotationCard
          annotation={annotation}
          state={state}
          focused={focus?.id === annotation.id}
          focusRequest={focus?.id === annotation.id ? focus.request : 0}
          onSelect={(id) => {
            focusCard(id);
            // An orphan has no passage to scroll to.
            if (state !== 'orphan') void toAnnotator({ type: 'highlight.scrollTo', id });
          }}
          onHover={(id) => void toAnnotator({ type: 'highlight.hover', id })}
          onEdit={(id) => {
            setDraft(null);
            setFieldErrors(NO_ERRORS);
            setEditingId(id);
          }}
          onDelete={(id) => void remove(id)}
        >
          {editingId === annotation.id ? (
            <AnnotationEditor
              initial={annotation.body}
              errors={fieldErrors}
              busy={busy}
              onSave={(body) => void saveEdit(annotation, body)}
              onCancel={() => {
                setEditingId(null);
                setFieldErrors(NO_ERRORS);
              }}
            />
          ) : undefined}
        </AnnotationCard>
      </li>
    );
  };

  const draftQuote = draft ? (quoteSelectorOf(draft.target)?.exact ?? '') : '';

  return (
    <div class="sidebar">
      <header class="sidebar-header">
        <h1 class="sidebar-title">Plan Annotator</h1>
        <span class="sidebar-count" title="Annotations on this page">
          <span data-testid="sidebar-count">{annotations.length}</span>
          <span class="visually-hidden"> annotations</span>
        </span>
        <button
          type="button"
          class="icon-button"
          data-testid="sidebar-close"
          aria-label="Close sidebar"
          title="Close"
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
              Dismiss
            </button>
          </div>
        )}

        {banner && (
          <div
            class="permission-banner"
            data-testid="permission-banner"
            role="region"
            aria-label="Site access"
          >
            <p>Show your highlights here automatically next time?</p>
            <div class="banner-actions">
              <button
                type="button"
                class="button primary"
                onClick={() => {
                  // request() first, synchronously inside the click: the gesture does not survive an await.
                  const asked = services.permission.request(banner.pattern);
                  void services.permission.markAsked(banner.pattern).catch(() => {});
                  setBanner(null);
                  asked.catch((reason: unknown) => setError(`Access was not granted (${String(reason)}).`));
                }}
              >
                Allow on {banner.host}
              </button>
              <button
                type="button"
                class="button"
                onClick={() => {
                  void services.permission.markAsked(banner.pattern).catch(() => {});
                  setBanner(null);
                }}
              >
                Not now
              </button>
            </div>
          </div>
        )}

        {draft && (
          <section class="draft" aria-label="New annotation">
            {draftQuote && (
              <blockquote class="card-quote" data-testid="draft-quote">
                {truncateQuote(draftQuote)}
              </blockquote>
            )}
            <AnnotationEditor
              key={draft.key}
              errors={fieldErrors}
              busy={busy}
              onSave={(body) => void saveDraft(body)}
              onCancel={() => {
                setDraft(null);
                setFieldErrors(NO_ERRORS);
              }}
            />
          </section>
        )}

        {!loaded && !error && <p class="sidebar-note">Loading…</p>}

        {loaded && placed.length === 0 && !draft && (
          <p class="sidebar-note empty">Select text on the page to highlight it or add a comment.</p>
        )}

        {placed.length > 0 && (
          <ul class="card-list" aria-label="Annotations">
            {placed.map(renderCard)}
          </ul>
        )}

        {orphans.length > 0 && (
          <section class="orphans" data-testid="orphans" aria-labelledby="orphans-heading">
            <h2 id="orphans-heading" class="section-title">
              Orphans
            </h2>
            <p class="sidebar-note">Their passage is no longer on this page. They are kept, not lost.</p>
            <ul class="card-list">{orphans.map(renderCard)}</ul>
          </section>
        )}
      </main>
    </div>
  );
}
