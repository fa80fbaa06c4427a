import type { Annotation } from '../model/annotation.ts';

/** The parts of an annotation merged on their own; a conflict names one of them. */
export type MergeField =
  | 'motivation'
  | 'replyTo'
  | 'target'
  | 'body.comment'
  | 'body.tags'
  | 'body.commitment'
  | 'body.assessment'
  | 'body.evidence'
  | 'document.title'
  | 'visibility';

export interface FieldConflict {
  field: MergeField;
  local: unknown;
  remote: unknown;
}

export interface MergeResult {
  /** The record to write back: remote's values, plus every field only the local side changed. */
  merged: Annotation;
  /** Fields both sides changed differently; the merged record keeps the remote value of each. */
  conflicts: FieldConflict[];
  /** The local record under a new id, so that no local edit is ever dropped; null without conflicts. */
  conflictCopy: Annotation | null;
}

interface Accessor<T> {
  field: MergeField;
  get(a: Annotation): T;
  set(a: Annotation, value: T): Annotation;
}

const ACCESSORS: readonly Accessor<unknown>[] = [
  {
    field: 'motivation',
    get: (a) => a.motivation,
    set: (a, v) => ({ ...a, motivation: v as Annotation['motivation'] }),
  },
  { field: 'target', get: (a) => a.target, set: (a, v) => ({ ...a, target: v as Annotation['target'] }) },
  {
    field: 'body.comment',
    get: (a) => a.body.comment,
    set: (a, v) => ({ ...a, body: { ...a.body, comment: v as string } }),
  },
  {
    field: 'replyTo',
    get: (a) => a.replyTo,
    set: (a, v) => withOptional(a, 'replyTo', v as Annotation['replyTo']),
  },
  {
    field: 'body.commitment',
    get: (a) => a.body.commitment,
    set: (a, v) => ({
      ...a,
      body: withOptional(a.body, 'commitment', v as Annotation['body']['commitment']),
    }),
  },
  {
    field: 'body.assessment',
    get: (a) => a.body.assessment,
    set: (a, v) => ({
      ...a,
      body: withOptional(a.body, 'assessment', v as Annotation['body']['assessment']),
    }),
  },
  {
    field: 'body.evidence',
    get: (a) => a.body.evidence,
    set: (a, v) => ({ ...a, body: withOptional(a.body, 'evidence', v as Annotation['body']['evidence']) }),
  },
  {
    field: 'document.title',
    get: (a) => a.document.title,
    set: (a, v) => ({ ...a, document: { ...a.document, title: v as string } }),
  },
  {
    field: 'visibility',
    get: (a) => a.visibility,
    set: (a, v) => ({ ...a, visibility: v as Annotation['visibility'] }),
  },
];

/** A copy of `record` with `key` set, or without it when `value` is undefined (the schemas are strict). */
function withOptional<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): T {
  if (value !== undefined) return { ...record, [key]: value };
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as T;
}

/** Structural equality for JSON values; key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  const otherKeys = Object.keys(right).filter((k) => right[k] !== undefined);
  return keys.length === otherKeys.length && keys.every((k) => sameValue(left[k], right[k]));
}

/**
 * Tags merge as sets, so they never conflict: a tag either side added is kept, a tag either side removed
 * is gone. The remote order comes first, then local additions in their order.
 */
export function mergeTags(
  base: readonly string[],
  local: readonly string[],
  remote: readonly string[],
): string[] {
  const removed = new Set([
    ...base.filter((t) => !local.includes(t)),
    ...base.filter((t) => !remote.includes(t)),
  ]);
  const result: string[] = [];
  for (const tag of [...remote, ...local]) {
    if (!removed.has(tag) && !result.includes(tag)) result.push(tag);
  }
  return result;
}

/** The later of two UTC timestamps in the model's fixed ISO format, which sorts as text. */
function later(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * Three-way merge of one annotation, field by field. `base` is the version the local edit started from
 * (null when the local side never saw the remote one: then every difference is a conflict). The remote
 * side wins each conflict because it is what others already read; the local value survives in the copy.
 * `newId` names the conflict copy, so that this stays a pure function.
 */
export function mergeAnnotations(
  base: Annotation | null,
  local: Annotation,
  remote: Annotation,
  newId: () => string,
): MergeResult {
  let merged: Annotation = { ...remote, modified: later(local.modified, remote.modified) };
  const conflicts: FieldConflict[] = [];

  for (const accessor of ACCESSORS) {
    const localValue = accessor.get(local);
    const remoteValue = accessor.get(remote);
    if (sameValue(localValue, remoteValue)) continue;
    const localChanged = base === null || !sameValue(accessor.get(base), localValue);
    const remoteChanged = base === null || !sameValue(accessor.get(base), remoteValue);
    if (localChanged && !remoteChanged) merged = accessor.set(merged, localValue);
    else if (localChanged && remoteChanged)
      conflicts.push({ field: accessor.field, local: localValue, remote: remoteValue });
  }

  const tags = mergeTags(base?.body.tags ?? [], local.body.tags, remote.body.tags);
  merged = { ...merged, body: { ...merged.body, tags } };

  const conflictCopy = conflicts.length > 0 ? { ...local, id: newId() } : null;
  return { merged, conflicts, conflictCopy };
}
