import type { FlaggedAnnotation } from '../../src/core/sync/protocol.ts';
import type { Queryable, SqlDatabase } from '../db/sql-database.ts';
import { mayRead, seesContent, type AnnotationRow } from './annotation-rows.ts';
import { rowOf } from './annotation-writes.ts';
import { ForbiddenError, NotFoundError } from './domain-errors.ts';

/*
 * Flags: a member asks the moderators of an annotation's group to look at it. One flag per member and
 * annotation; only the group's moderators and owners list them. Flags change nothing in the annotation,
 * so they are not in the change feed.
 */

/** How many of the latest reasons the moderators' list gives per annotation. */
export const LATEST_REASONS = 5;

/** The annotation, when `userId` may flag it: they read its content, and belong to its group. */
async function flaggable(db: Queryable, id: string, userId: string): Promise<AnnotationRow> {
  const row = await rowOf(db, id, userId);
  // Unreadable, deleted, or hidden from this reader: as if it did not exist.
  if (!row || !mayRead(row, userId) || !seesContent(row, userId)) throw new NotFoundError('the annotation');
  if (row.visibility === 'private' || row.group_id === null)
    throw new ForbiddenError('only an annotation shared with a group can be flagged to its moderators');
  if (row.reader_role === '')
    throw new ForbiddenError("only members of the annotation's group flag it to its moderators");
  return row;
}

/** Flags it (again: the reason given last stands); whether the flag is new. */
export async function flagAnnotation(
  db: SqlDatabase,
  userId: string,
  id: string,
  reason: string | null,
): Promise<{ created: boolean; reason: string | null }> {
  return db.transaction(async (tx) => {
    await flaggable(tx, id, userId);
    const rows = await tx.query<{ created: boolean; reason: string | null }>(
      `insert into annotation_flags (annotation_id, user_id, reason) values ($1, $2, $3)
         on conflict (annotation_id, user_id) do update set reason = excluded.reason
         returning (xmax = 0) as created, reason`,
      [id, userId, reason === '' ? null : reason],
    );
    const row = rows[0];
    if (!row) throw new Error('the flag just written is missing');
    return row;
  });
}

/**
 * Withdraws this user's flag. Their own flag goes whatever became of the annotation since (hidden from
 * them, moved); with none to withdraw, the same refusals as flagging, else nothing to do.
 */
export async function unflagAnnotation(db: SqlDatabase, userId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const gone = await tx.query(
      'delete from annotation_flags where annotation_id = $1 and user_id = $2 returning annotation_id',
      [id, userId],
    );
    if (gone.length === 0) await flaggable(tx, id, userId);
  });
}

/** The ids among `ids` this user has flagged. */
export async function flaggedBy(db: Queryable, userId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: string }>(
    'select annotation_id as id from annotation_flags where user_id = $1 and annotation_id = any($2::uuid[])',
    [userId, ids],
  );
  return rows.map((r) => r.id);
}

/**
 * The group's flagged annotations (shared with it, not deleted), most recently flagged first, for its
 * moderators and owners; a member is refused, and someone outside cannot tell the group exists.
 */
export async function groupFlags(
  db: Queryable,
  groupId: string,
  userId: string,
): Promise<FlaggedAnnotation[]> {
  const member = await db.query<{ role: string }>(
    'select role from memberships where group_id = $1 and user_id = $2',
    [groupId, userId],
  );
  const role = member[0]?.role;
  if (role === undefined) throw new NotFoundError('the group, or your membership of it,');
  if (role !== 'moderator' && role !== 'owner')
    throw new ForbiddenError("only the group's moderators and owners see its flags");
  const rows = await db.query<{
    id: string;
    count: number;
    latest: string;
    reasons: { by: string; reason: string }[] | null;
  }>(
    `select a.id, count(*)::integer as count,
        to_char(max(f.created_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as latest,
        (select jsonb_agg(jsonb_build_object('by', r.username, 'reason', r.reason))
           from (select u.username, g.reason from annotation_flags g join users u on u.id = g.user_id
                  where g.annotation_id = a.id and g.reason is not null
                  order by g.created_at desc, u.username limit ${LATEST_REASONS}) r) as reasons
       from annotation_flags f join annotations a on a.id = f.annotation_id
      where a.group_id = $1 and a.visibility <> 'private' and not a.deleted
      group by a.id order by max(f.created_at) desc, a.id`,
    [groupId],
  );
  return rows.map((r) => ({ id: r.id, count: r.count, latest: r.latest, reasons: r.reasons ?? [] }));
}
