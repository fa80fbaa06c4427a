/**
 * A group's latest changes, newest first: for each of its annotations the last write (a new one, an
 * edit, a reply, an assessment, a deletion), as the change feed's records. The table keeps each
 * annotation's latest state, so an annotation written twice shows once, at its latest write.
 */
import type { SyncRecord } from '../../src/core/sync/protocol.ts';
import type { Queryable } from '../db/sql-database.ts';
import { recordFor, ROW_SELECT, type AnnotationRow } from './annotation-rows.ts';

/**
 * `$1` reader, `$2` group, `$3` limit. A private annotation names no group, so it is never here; one
 * made private since keeps its group but not a group's visibility. Hidden ones only for their creator
 * and the group's moderators, as in the feed.
 */
const ACTIVITY = `${ROW_SELECT}
  where a.group_id = $2::uuid and a.visibility in ('group', 'public')
    and (not a.hidden or a.creator = $1::uuid or m.role in ('moderator', 'owner'))
  order by a.seq desc
  limit $3`;

/** The reader must be a member of the group (the route checks). */
export async function groupActivity(
  db: Queryable,
  reader: string,
  group: string,
  limit: number,
): Promise<SyncRecord[]> {
  const rows = await db.query<AnnotationRow>(ACTIVITY, [reader, group, limit]);
  return rows.map((row) => recordFor(row, reader));
}
