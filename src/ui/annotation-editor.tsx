/**
 * The comment and tags of one annotation. It checks its input with the core schema before handing it
 * on, so a person sees the same words the background would answer with, next to the field at fault.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { BodySchema, TagSchema, type AnnotationBody } from '../core/model/annotation.ts';
import {
  type Assessment,
  type Completion,
  type EvidenceKind,
  type Impact,
  type OgpValue,
} from '../core/model/assessment.ts';
import { parseWith, type FieldError } from '../core/model/validation.ts';
import { fieldErrorText } from '../i18n/field-errors.ts';
import { t } from '../i18n/messages.ts';
import { AssessmentFields } from './assessment-fields.tsx';
import { draftOf, EvidenceEditor, evidenceOfDraft, type EvidenceDraft } from './evidence-editor.tsx';
import { VisibilityChooser, type VisibilityChoice } from './visibility-chooser.tsx';

export interface AnnotationEditorProps {
  initial?: AnnotationBody;
  onSave: (body: AnnotationBody) => void;
  onCancel: () => void;
  /** Refusals from elsewhere (the background), with its field names, e.g. `annotation.body.tags.0`. */
  errors?: readonly FieldError[];
  /** A save is under way: the Save button waits. */
  busy?: boolean;
  saveLabel?: string;
  /** Show the assessment fields (completion, OGP values, impact, verifiable) above the comment. */
  assess?: boolean;
  /** What the assessment is about, for the form's heading. */
  subject?: string;
  /** Tags offered while typing one (the user's and the group's). */
  tagSuggestions?: readonly string[];
  /** Fills a source from the tab the user is on. */
  currentPage?: () => Promise<{ url: string; title: string; kind?: EvidenceKind } | null>;
  /** Told whether the form holds something the user typed and has not saved. */
  onDirtyChange?: (dirty: boolean) => void;
  /** Who can read it, chosen here (new annotations and one's own; a reply follows its thread). */
  visibility?: VisibilityChoice;
}

type Slot = 'comment' | 'tags' | 'form' | 'other';

/** Which field an error belongs beside, whether it came from this form or from the whole record. */
function slotOf(field: string): Slot {
  const local = field.replace(/^annotation\./, '').replace(/^body\./, '');
  if (local === 'comment' || local.startsWith('comment.')) return 'comment';
  if (local === 'tags' || local.startsWith('tags.')) return 'tags';
  // Shown by their own fields below.
  if (/^(assessment|evidence)(\.|$)/.test(local)) return 'form';
  return 'other';
}

function messagesFor(errors: readonly FieldError[], slot: Slot, tags: readonly string[]): string[] {
  return errors
    .filter((e) => slotOf(e.field) === slot)
    .map((e) => {
      // Name the tag at fault: "a tag is too long" alone leaves the reader searching.
      const index = /(?:^|\.)tags\.(\d+)$/.exec(e.field)?.[1];
      const tag = index === undefined ? undefined : tags[Number(index)];
      const text = fieldErrorText(e);
      return tag === undefined ? text : t('ui_tagError', tag, text);
    });
}

const EMPTY_BODY: AnnotationBody = { comment: '', tags: [] };
// One shared empty list: a fresh `[]` per render would look like a new answer every time.
const NO_ERRORS: readonly FieldError[] = [];
const NO_TAGS: readonly string[] = [];

export function AnnotationEditor({
  initial = EMPTY_BODY,
  onSave,
  onCancel,
  errors = NO_ERRORS,
  busy = false,
  saveLabel = t('ui_save'),
  assess = false,
  subject,
  tagSuggestions = NO_TAGS,
  currentPage,
  onDirtyChange,
  visibility,
}: AnnotationEditorProps) {
  const [comment, setComment] = useState(initial.comment);
  const [tags, setTags] = useState<string[]>(initial.tags);
  const [tagText, setTagText] = useState('');
  const [localErrors, setLocalErrors] = useState<FieldError[] | null>(null);
  const [evidence, setEvidence] = useState<EvidenceDraft[]>(() =>
    (initial.evidence ?? []).map((e) => draftOf(e)),
  );
  const [completion, setCompletion] = useState<Completion | ''>(initial.assessment?.completion ?? '');
  const [values, setValues] = useState<OgpValue[]>(initial.assessment?.values ?? []);
  const [impact, setImpact] = useState<Impact | ''>(initial.assessment?.impact ?? '');
  const [verifiable, setVerifiable] = useState<'yes' | 'no' | ''>(
    initial.assessment?.verifiable === true ? 'yes' : initial.assessment?.verifiable === false ? 'no' : '',
  );
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const baseId = useId();

  useEffect(() => {
    // The form's first field gets the focus: the completion level when assessing, else the comment.
    const first = assess
      ? formRef.current?.querySelector<HTMLInputElement>('input[name$="-completion"]')
      : null;
    if (first) {
      first.focus();
      return;
    }
    const textarea = commentRef.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }, [assess]);

  const initialVerifiable =
    initial.assessment?.verifiable === true ? 'yes' : initial.assessment?.verifiable === false ? 'no' : '';
  const dirty =
    comment !== initial.comment ||
    tagText.trim() !== '' ||
    tags.join('\n') !== initial.tags.join('\n') ||
    evidence.length !== (initial.evidence ?? []).length ||
    evidence.some((e, i) => JSON.stringify(evidenceOfDraft(e)) !== JSON.stringify(initial.evidence?.[i])) ||
    (assess &&
      (completion !== (initial.assessment?.completion ?? '') ||
        values.join() !== (initial.assessment?.values ?? []).join() ||
        impact !== (initial.assessment?.impact ?? '') ||
        verifiable !== initialVerifiable));
  // The unmount report first, so that a new callback's cleanup never overwrites the current state.
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  // A new answer from the background replaces what this form found itself.
  useEffect(() => setLocalErrors(null), [errors]);

  const shown = localErrors ?? errors;
  // What Save would store: the chips plus whatever is still typed in the tag field.
  const pendingTags = [...new Set(tagText.trim() ? [...tags, tagText.trim()] : tags)];
  const commentErrors = messagesFor(shown, 'comment', pendingTags);
  const tagErrors = messagesFor(shown, 'tags', pendingTags);
  const otherErrors = messagesFor(shown, 'other', pendingTags);

  const addTags = (texts: string[]): boolean => {
    const next = [...tags];
    for (const text of texts) {
      if (!text.trim()) continue;
      const parsed = parseWith(TagSchema, text);
      if (!parsed.ok) {
        setLocalErrors(
          parsed.errors.map((e) => ({
            field: 'tags',
            message: t('ui_tagError', text.trim(), fieldErrorText(e)),
          })),
        );
        setTags(next);
        return false;
      }
      if (!next.includes(parsed.value)) next.push(parsed.value);
    }
    setTags(next);
    setLocalErrors(null);
    return true;
  };

  const assessment = (): Assessment | undefined => {
    if (!assess) return initial.assessment;
    // An unchosen level goes to the schema as is, so its refusal names the field.
    return {
      completion: completion as Completion,
      values,
      impact: impact === '' ? null : impact,
      verifiable: verifiable === '' ? null : verifiable === 'yes',
    };
  };

  const save = () => {
    const { commitment } = initial;
    const chosen = assessment();
    const body = {
      comment,
      tags: pendingTags,
      ...(commitment ? { commitment } : {}),
      ...(chosen ? { assessment: chosen } : {}),
      ...(evidence.length > 0 || initial.evidence ? { evidence: evidence.map(evidenceOfDraft) } : {}),
    };
    const parsed = parseWith(BodySchema, body);
    if (!parsed.ok) {
      setLocalErrors(parsed.errors);
      return;
    }
    setLocalErrors(null);
    setTags(parsed.value.tags);
    setTagText('');
    onSave(parsed.value);
  };

  const ids = {
    comment: `${baseId}-comment`,
    commentError: `${baseId}-comment-error`,
    tags: `${baseId}-tags`,
    tagsHint: `${baseId}-tags-hint`,
    tagsError: `${baseId}-tags-error`,
  };

  const listId = `${baseId}-tag-suggestions`;

  return (
    <form
      ref={formRef}
      class={assess ? 'annotation-editor assessment-form' : 'annotation-editor'}
      data-testid={assess ? 'assessment-form' : 'editor'}
      aria-label={
        assess
          ? subject
            ? t('ui_assessFormLabel', subject)
            : t('ui_assessFormLabelThisCommitment')
          : undefined
      }
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          if (!busy) save();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {assess && (
        <AssessmentFields
          baseId={baseId}
          subject={subject}
          choice={{ completion, values, impact, verifiable }}
          onChange={(change) => {
            if (change.completion !== undefined) setCompletion(change.completion);
            if (change.values !== undefined) setValues(change.values);
            if (change.impact !== undefined) setImpact(change.impact);
            if (change.verifiable !== undefined) setVerifiable(change.verifiable);
          }}
          errors={shown}
        />
      )}

      <label class="field-label" for={ids.comment}>
        {t('ui_comment')} <span class="field-hint">{t('ui_markdownHint')}</span>
      </label>
      <textarea
        id={ids.comment}
        ref={commentRef}
        class="editor-comment"
        data-testid="editor-comment"
        rows={4}
        value={comment}
        aria-invalid={commentErrors.length > 0}
        aria-describedby={commentErrors.length > 0 ? ids.commentError : undefined}
        onInput={(event) => setComment(event.currentTarget.value)}
      />
      {commentErrors.length > 0 && (
        <p id={ids.commentError} class="field-error" role="alert">
          {commentErrors.join(' ')}
        </p>
      )}

      <label class="field-label" for={ids.tags}>
        {t('ui_tags')}
      </label>
      <div class="tag-field">
        {tags.length > 0 && (
          <ul class="tag-list" aria-label={t('ui_tags')}>
            {tags.map((tag) => (
              <li key={tag} class="tag">
                {tag}
                <button
                  type="button"
                  class="tag-remove"
                  aria-label={t('ui_removeTag', tag)}
                  onClick={() => setTags(tags.filter((t) => t !== tag))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={ids.tags}
          type="text"
          class="editor-tags"
          data-testid="editor-tags"
          value={tagText}
          list={tagSuggestions.length > 0 ? listId : undefined}
          autoComplete="off"
          aria-invalid={tagErrors.length > 0}
          aria-describedby={tagErrors.length > 0 ? `${ids.tagsHint} ${ids.tagsError}` : ids.tagsHint}
          onInput={(event) => {
            const value = event.currentTarget.value;
            if (!value.includes(',')) {
              setTagText(value);
              return;
            }
            // A pasted "a, b, c": every part before the last comma becomes a tag.
            const parts = value.split(',');
            const rest = parts.pop() ?? '';
            setTagText(addTags(parts) ? rest.trimStart() : value);
          }}
          onKeyDown={(event) => {
            if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === ',') {
              event.preventDefault();
              if (addTags([tagText])) setTagText('');
            } else if (event.key === 'Backspace' && tagText === '' && tags.length > 0) {
              event.preventDefault();
              setTags(tags.slice(0, -1));
            }
          }}
        />
      </div>
      {tagSuggestions.length > 0 && (
        <datalist id={listId} data-testid="tag-suggestions">
          {tagSuggestions
            .filter((t) => !tags.includes(t))
            .map((t) => (
              <option key={t} value={t} />
            ))}
        </datalist>
      )}
      <p id={ids.tagsHint} class="field-hint">
        {t('ui_tagsHint')}
      </p>
      {tagErrors.length > 0 && (
        <p id={ids.tagsError} class="field-error" role="alert">
          {tagErrors.join(' ')}
        </p>
      )}

      <EvidenceEditor items={evidence} onChange={setEvidence} errors={shown} currentPage={currentPage} />
      {assess && evidence.length === 0 && (
        <p class="field-hint" data-testid="unsupported-hint">
          {t('ui_unsupportedHint')}
        </p>
      )}

      {visibility && <VisibilityChooser {...visibility} />}

      {otherErrors.length > 0 && (
        <p class="field-error" role="alert">
          {otherErrors.join(' ')}
        </p>
      )}

      <div class="editor-actions">
        <button type="submit" class="button primary" data-testid="editor-save" disabled={busy}>
          {busy ? t('ui_saving') : saveLabel}
        </button>
        <button type="button" class="button" data-testid="editor-cancel" onClick={onCancel}>
          {t('ui_cancel')}
        </button>
        <span class="field-hint">{t('ui_editorKeysHint')}</span>
      </div>
    </form>
  );
}
