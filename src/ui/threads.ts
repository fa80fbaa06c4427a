/** Replies under the annotation they answer, and the motivation a record keeps through an edit. Pure. */
import type { Annotation } from '../core/model/annotation.ts';

export interface Thread {
  root: Annotation;
  replies: Annotation[];
}

/**
 * Roots with their replies, oldest reply first. A reply whose root is gone (deleted elsewhere) is shown
 * as a root of its own rather than hidden.
 */
export function threadsOf(annotations: readonly Annotation[]): Thread[] {
  const ids = new Set(annotations.map((a) => a.id));
  const replies = new Map<string, Annotation[]>();
  const roots: Annotation[] = [];
  for (const a of annotations) {
    if (a.replyTo && ids.has(a.replyTo)) {
      const list = replies.get(a.replyTo) ?? [];
      list.push(a);
      replies.set(a.replyTo, list);
    } else {
      roots.push(a);
    }
  }
  return roots.map((root) => ({
    root,
    replies: (replies.get(root.id) ?? []).sort(
      (x, y) => x.created.localeCompare(y.created) || x.id.localeCompare(y.id),
    ),
  }));
}

/** A new reply to a thread's root: same target and visibility, motivation `replying`. */
export function newReply(root: Annotation, comment: string, now: Date, id: string): Annotation {
  const at = now.toISOString();
  return {
    id,
    motivation: 'replying',
    replyTo: root.id,
    target: root.target,
    body: { comment, tags: [] },
    document: root.document,
    visibility: root.visibility,
    created: at,
    modified: at,
  };
}

/**
 * The motivation a record has after an edit: `assessing` while it holds an assessment (the schema's
 * rule), a reply stays a reply, a highlight that gains a comment or evidence becomes a comment, and an
 * assessment taken away leaves a comment.
 */
export function motivationAfterEdit(
  annotation: Annotation,
  body: Annotation['body'],
): Annotation['motivation'] {
  if (body.assessment) return 'assessing';
  if (annotation.replyTo) return 'replying';
  if (body.comment.trim() !== '' || (body.evidence ?? []).length > 0) return 'commenting';
  return annotation.motivation === 'assessing' ? 'commenting' : annotation.motivation;
}
