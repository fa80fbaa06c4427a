/**
 * The comment and tags of one annotation. It checks its input with the core schema before handing it
 * on, so a person sees the same words the background would answer with, next to the field at fault.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { BodySchema, TagSchema, type AnnotationBody } from '../core/model/annotation.ts';
import { parseWith, type FieldError } from '../core/model/validation.ts';

export interface AnnotationEditorProps {
  initial?: AnnotationBody;
  onSave: (body: AnnotationBody) => void;
  onCancel: () => void;
  /** Refusals from elsewhere (the background), with its field names, e.g. `annotation.body.tags.0`. */
  errors?: readonly FieldError[];
  /** A save is under way: the Save button waits. */
  busy?: boolean;
  saveLabel?: string;
}

type Slot = 'comment' | 'tags' | 'other';

/** Which field an error belongs beside, whether it came from this form or from the whole record. */
function slotOf(field: string): Slot {
  const local = field.replace(/^annotation\./, '').replace(/^body\./, '');
  if (local === 'comment' || local.startsWith('comment.')) return 'comment';
  if (local === 'tags' || local.startsWith('tags.')) return 'tags';
  return 'other';
}

function messagesFor(errors: readonly FieldError[], slot: Slot, tags: readonly string[]): string[] {
  return errors
    .filter((e) => slotOf(e.field) === slot)
    .map((e) => {
      // Name the tag at fault: "a tag is too long" alone leaves the reader searching.
      const index = /(?:^|\.)tags\.(\d+)$/.exec(e.field)?.[1];
      const tag = index === undefined ? undefined : tags[Number(index)];
      return tag === undefined ? e.message : `“${tag}”: ${e.message}`;
    });
}

const EMPTY_BODY: AnnotationBody = { comment: '', tags: [] };
// One shared empty list: a fresh `[]` per render would look like a new answer every time.
const NO_ERRORS: readonly FieldError[] = [];

export function AnnotationEditor({
  initial = EMPTY_BODY,
  onSave,
  onCancel,
  errors = NO_ERRORS,
  busy = false,
  saveLabel = 'Save',
}: AnnotationEditorProps) {
  const [comment, setComment] = useState(initial.comment);
  const [tags, setTags] = useState<string[]>(initial.tags);
  const [tagText, setTagText] = useState('');
  const [localErrors, setLocalErrors] = useState<FieldError[] | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const baseId = useId();

  useEffect(() => {
    const textarea = commentRef.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }, []);

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
          parsed.errors.map((e) => ({ field: 'tags', message: `“${text.trim()}”: ${e.message}` })),
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

  const save = () => {
    const parsed = parseWith(BodySchema, { comment, tags: pendingTags });
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

  return (
    <form
      class="annotation-editor"
      data-testid="editor"
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
      <label class="field-label" for={ids.comment}>
        Comment <span class="field-hint">(Markdown)</span>
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
        Tags
      </label>
      <div class="tag-field">
        {tags.length > 0 && (
          <ul class="tag-list" aria-label="Tags">
            {tags.map((tag) => (
              <li key={tag} class="tag">
                {tag}
                <button
                  type="button"
                  class="tag-remove"
                  aria-label={`Remove tag ${tag}`}
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
      <p id={ids.tagsHint} class="field-hint">
        Comma or Enter adds a tag.
      </p>
      {tagErrors.length > 0 && (
        <p id={ids.tagsError} class="field-error" role="alert">
          {tagErrors.join(' ')}
        </p>
      )}

      {otherErrors.length > 0 && (
        <p class="field-error" role="alert">
          {otherErrors.join(' ')}
        </p>
      )}

      <div class="editor-actions">
        <button type="submit" class="button primary" data-testid="editor-save" disabled={busy}>
          {busy ? 'Saving…' : saveLabel}
        </button>
        <button type="button" class="button" data-testid="editor-cancel" onClick={onCancel}>
          Cancel
        </button>
        <span class="field-hint">Ctrl+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
