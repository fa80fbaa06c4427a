/**
 * What to do when the server says our edit was made on an old version (412): merge it, field by field,
 * with the server's record against the base it was edited from. Pure, so the rules are tested alone.
 */
import { AnnotationSchema, MAX_TAGS, type Annotation } from '../../core/model/annotation.ts';
import { mergeAnnotations, sameValue } from '../../core/sync/merge.ts';
import { SyncRecordSchema, type SyncRecord } from '../../core/sync/protocol.ts';

/** The tag a conflict copy carries, so that the sidebar shows it for what it is without knowing sync. */
export const CONFLICT_TAG = 'conflict copy';

export type StaleResolution =
  /**
   * Keep `merged` (queued again unless `settled`: then it is what the server already holds) and store
   * `copy`, when there is one, as a new annotation.
   */
  | { kind: 'merged'; merged: Annotation; copy: Annotation | null; settled: boolean }
  /** The server has no readable record any more (deleted or hidden): the local edit becomes `copy`. */
  | { kind: 'copy'; copy: Annotation };

export function conflictCopyOf(local: Annotation, newId: () => string): Annotation {
  const tags = local.body.tags.includes(CONFLICT_TAG)
    ? local.body.tags
    : [...local.body.tags.slice(0, MAX_TAGS - 1), CONFLICT_TAG];
  // A copy of a reply stays a reply to the same thread; it only gets an id of its own, and not the
  // IRI that names the original everywhere (`canonical`).
  const { canonical: _canonical, ...rest } = local;
  return { ...rest, id: newId(), body: { ...local.body, tags } };
}

function withoutModified(annotation: Annotation): Omit<Annotation, 'modified'> {
  const { modified: _modified, ...rest } = annotation;
  return rest;
}

export function resolveStale(
  local: Annotation,
  base: Annotation | null,
  current: SyncRecord | null,
  newId: () => string,
): StaleResolution {
  const remote = current && !current.deleted ? current.annotation : null;
  if (!remote) return { kind: 'copy', copy: conflictCopyOf(local, newId) };

  const result = mergeAnnotations(base, local, remote, newId);
  let merged = result.merged;
  let copy = result.conflictCopy ? conflictCopyOf(local, newId) : null;
  // Fields merged one by one can disagree with each other (an assessment with a motivation that is not
  // "assessing"): then the server's record stands and the local one is kept whole as the copy.
  if (!AnnotationSchema.safeParse(merged).success) {
    merged = remote;
    copy = conflictCopyOf(local, newId);
  }
  const settled = sameValue(withoutModified(merged), withoutModified(remote));
  return { kind: 'merged', merged: settled ? remote : merged, copy, settled };
}

/**
 * An edit the server refused for good (not the creator, say), kept as this user's own annotation:
 * private, since the record it came from may be someone else's group annotation.
 */
export function privateCopyOf(local: Annotation, newId: () => string): Annotation {
  return { ...conflictCopyOf(local, newId), visibility: 'private' };
}

/**
 * The server's current record from a 412's body: null only when it says so (`current: null`: gone, or
 * not readable for us). A body without a readable record is an error to retry, never "deleted".
 */
export function currentOf(body: Record<string, unknown>): SyncRecord | null {
  if (body.current === null) return null;
  const parsed = SyncRecordSchema.safeParse(body.current);
  if (!parsed.success) throw new Error('The sync server answered 412 without a readable current record.');
  return parsed.data;
}

/**
 * Whether the server's record is still the one a local delete was made on (`base`), its `modified`
 * aside. Without a base nothing can be told, so it is not.
 */
export function sameContent(remote: Annotation, base: Annotation | null): boolean {
  if (!base) return false;
  return sameValue(withoutModified(remote), withoutModified(base));
}
