/*
 * Access that changes without the annotation changing for the reader: an annotation narrowed from public
 * or from a group, a member leaving a group, someone joining one. The change feed learns of them here,
 * so a reader who lost access gets a tombstone (and drops the copy on their machine), and one who joins
 * gets the group's earlier annotations, which their cursor had already passed. The feed turns these rows
 * into entries when it is read (change-feed.ts).
 */
import type { Queryable } from '../db/sql-database.ts';
import type { AnnotationRow } from './annotation-rows.ts';
import { nextSeq } from './annotation-writes.ts';

/**
 * Before an annotation `previous` is rewritten as `visibility` in `group`: note everyone who could read
 * it and may not any more. A public one was readable by anybody (a row for every reader); a group one
 * by that group's members. The feed checks again when it is read, so a row for someone who can still
 * read it shows nothing to them.
 */
export async function recordLostReaders(
  tx: Queryable,
  previous: AnnotationRow,
  visibility: 'private' | 'group' | 'public',
  group: string | null,
  seq: string,
): Promise<void> {
  if (visibility === 'public') return;
  if (previous.visibility === 'public') {
    await tx.query(
      `insert into access_changes (seq, kind, user_id, annotation_id) values ($1::bigint, 'lost', null, $2)`,
      [seq, previous.id],
    );
    return;
  }
  if (previous.visibility === 'group' && (visibility !== 'group' || group !== previous.group_id)) {
    await tx.query(
      `insert into access_changes (seq, kind, user_id, annotation_id)
         select $1::bigint, 'lost', user_id, $2 from memberships where group_id = $3 and user_id <> $4`,
      [seq, previous.id, previous.group_id, previous.creator],
    );
  }
}

/** A member joined or left a group: one feed position, announced to that member's open event streams. */
export async function recordMembershipChange(
  tx: Queryable,
  kind: 'joined' | 'left',
  userId: string,
  groupId: string,
): Promise<void> {
  const seq = await nextSeq(tx, { creator: userId, public: false, groups: [] });
  await tx.query(
    'insert into access_changes (seq, kind, user_id, group_id) values ($1::bigint, $2, $3, $4)',
    [seq, kind, userId, groupId],
  );
}
