/*
 * Access that changes without the annotation changing for the reader: an annotation narrowed from public
 * or from a group, a member leaving a group, someone joining one. The change feed learns of them here,
 * so a reader who lost access gets a tombstone (and drops the copy on their machine), and one who joins
 * gets the group's earlier annotations, which their cursor had already passed.
 */
import type { SyncRecord } from '../../src/core/sync/protocol.ts';
import type { Queryable } from '../db/sql-database.ts';
import { CREATOR_NAME, mayRead, recordFor, type AnnotationRow } from './annotation-rows.ts';
import { nextSeq, WRITE_LOCK } from './annotation-writes.ts';

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
  await tx.query('select pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  const seq = await nextSeq(tx, { creator: userId, public: false, groups: [] });
  await tx.query(
    'insert into access_changes (seq, kind, user_id, group_id) values ($1::bigint, $2, $3, $4)',
    [seq, kind, userId, groupId],
  );
}

interface AccessRow extends AnnotationRow {
  position: string;
  kind: 'lost' | 'joined' | 'left';
}

/** A change-feed entry: the record, and the feed position it is delivered at. */
export interface FeedEntry {
  position: bigint;
  record: SyncRecord;
}

/**
 * The feed entries that access changes in `(since, upTo]` make for `reader` (null: anonymous): a
 * tombstone for each annotation they could read and no longer can, and, after a join, each of the
 * group's annotations written before it. A tombstone here says "gone for you", not that it was deleted.
 */
export async function accessEntries(
  db: Queryable,
  reader: string | null,
  since: string,
  upTo: string,
): Promise<FeedEntry[]> {
  const rows = await db.query<AccessRow>(
    `select ac.seq::text as position, ac.kind, a.id, a.creator, a.group_id, a.visibility, a.record,
        a.version, a.seq::text as seq, a.deleted, a.hidden, coalesce(m.role, '') as reader_role,
        ${CREATOR_NAME}
       from access_changes ac
       join annotations a on (ac.kind = 'lost' and a.id = ac.annotation_id)
         or (ac.kind <> 'lost' and a.group_id = ac.group_id)
       left join memberships m on m.group_id = a.group_id and m.user_id = $1::uuid
      where ac.seq > $2::bigint and ac.seq <= $3::bigint
        and (ac.user_id = $1::uuid or (ac.user_id is null and ac.kind = 'lost'))
      order by ac.seq, a.seq`,
    [reader, since, upTo],
  );
  const entries: FeedEntry[] = [];
  for (const row of rows) {
    const position = BigInt(row.position);
    if (row.kind === 'joined') {
      // Later writes reach the new member through the feed itself; earlier ones only through this.
      if (row.visibility === 'group' && !row.deleted && mayRead(row, reader) && BigInt(row.seq) < position) {
        entries.push({ position, record: recordFor(row, reader) });
      }
    } else if (!mayRead(row, reader)) {
      entries.push({ position, record: { ...recordFor(row, reader), annotation: null, deleted: true } });
    }
  }
  return entries;
}
