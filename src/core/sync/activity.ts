/**
 * What a group's activity item says was done (`GET /api/groups/{id}/activity` answers each annotation's
 * latest write): deleted; else a reply; else an assessment; else new (its first version) or edited.
 */
import type { SyncRecord } from './protocol.ts';

export const ACTIVITY_KINDS = ['new', 'edited', 'reply', 'assessment', 'deleted'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export function activityKindOf(record: SyncRecord): ActivityKind {
  const annotation = record.annotation;
  if (record.deleted || annotation === null) return 'deleted';
  if (annotation.replyTo !== undefined) return 'reply';
  if (annotation.body.assessment !== undefined) return 'assessment';
  return record.version === 1 ? 'new' : 'edited';
}
