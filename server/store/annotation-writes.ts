import type { Annotation } from '../../src/core/model/annotation.ts';
import type { Queryable, SqlDatabase } from '../db/sql-database.ts';
import { CHANGES_CHANNEL, type ChangeNotice } from '../events/change-events.ts';
import { recordLostReaders } from './access-changes.ts';
import { lockAnnotations, NEXT_POSITION } from './feed-position.ts';
import { ForbiddenError, NotFoundError, VersionConflictError } from './domain-errors.ts';
import {
  CREATOR_NAME,
  mayModerate,
  mayRead,
  recordFor,
  ROW_SELECT,
  type AnnotationRow,
} from './annotation-rows.ts';

/*
 * Every write to an annotation, shared by the sync API and the W3C protocol container, so that both
 * apply the same preconditions, permissions and change-feed bookkeeping.
 */

/** What a write expects to find: nothing yet (create only), or the annotation at this version. */
export type Precondition = { kind: 'create' } | { kind: 'update'; version: number };

export async function rowOf(db: Queryable, id: string, reader: string | null): Promise<AnnotationRow | null> {
  const rows = await db.query<AnnotationRow>(`${ROW_SELECT} where a.id = $2`, [reader, id]);
  return rows[0] ?? null;
}

/**
 * Every write first locks the annotation, then reads it: two creates of one id cannot both see it
 * missing, and two updates cannot both find the version they name.
 */
async function currentRow(tx: Queryable, id: string, reader: string): Promise<AnnotationRow | null> {
  await lockAnnotations(tx, [id]);
  return rowOf(tx, id, reader);
}

function stale(row: AnnotationRow, reader: string): VersionConflictError {
  if (!mayRead(row, reader)) {
    // Someone else's private annotation under the same id (only a create can meet one): say the id is
    // taken, which the client must know to write under another, and nothing of the record, its version
    // included. No current record tells the client there is nothing to merge with.
    return new VersionConflictError(
      'an annotation you cannot read already has this id; create yours under a new id',
      null,
    );
  }
  return new VersionConflictError(
    `the annotation changed on the server; it is at version ${row.version}`,
    recordFor(row, reader),
  );
}

export async function isMember(db: Queryable, groupId: string, userId: string): Promise<boolean> {
  const rows = await db.query('select 1 from memberships where group_id = $1 and user_id = $2', [
    groupId,
    userId,
  ]);
  return rows.length > 0;
}

/** A new feed position, and a notice to every instance that leaves when the write commits. */
export async function nextSeq(tx: Queryable, notice: Omit<ChangeNotice, 'cursor'>): Promise<string> {
  const rows = await tx.query<{ seq: string }>(`select ${NEXT_POSITION}::text as seq`);
  const seq = rows[0]?.seq ?? '0';
  tx.notifyOnCommit(CHANGES_CHANNEL, JSON.stringify({ ...notice, cursor: seq }));
  return seq;
}

export function groupsOf(...ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/**
 * A new annotation in one statement, the commonest write (every new highlight, every protocol POST):
 * written only if its id is free and its writer is a member of its group, and read back as its writer
 * reads it. No row back means one of those failed, and the general path below finds which. Two creates of one id cannot both succeed: the unique key makes the second wait for the
 * first and then do nothing.
 */
const CREATE_SQL = `
with written as (
  insert into annotations (id, creator, group_id, visibility, record, version, seq, deleted, hidden)
  select $1::uuid, $2::uuid, $3::uuid, $4, $5::jsonb, 1, ${NEXT_POSITION}, false, false
   where $3::uuid is null
      or exists (select 1 from memberships where group_id = $3::uuid and user_id = $2::uuid)
  on conflict (id) do nothing
  returning *
)
select a.id, a.creator, a.group_id, a.visibility, a.record, a.version, a.seq::text as seq, a.deleted,
    a.hidden, a.hidden_reason, coalesce(m.role, '') as reader_role, ${CREATOR_NAME}
  from written a left join memberships m on m.group_id = a.group_id and m.user_id = $2::uuid`;

/** Creates or updates; the row as written, and whether it was created. */
export async function putAnnotation(
  db: SqlDatabase,
  userId: string,
  precondition: Precondition,
  annotation: Annotation,
  group: string | null,
): Promise<{ created: boolean; row: AnnotationRow }> {
  if (precondition.kind === 'create') {
    const [created] = await db.query<AnnotationRow>(CREATE_SQL, [
      annotation.id,
      userId,
      group,
      annotation.visibility,
      JSON.stringify(annotation),
    ]);
    if (created) {
      const notice: ChangeNotice = {
        creator: userId,
        public: created.visibility === 'public',
        groups: groupsOf(created.group_id),
        cursor: created.seq,
      };
      db.notifyOnCommit(CHANGES_CHANNEL, JSON.stringify(notice));
      return { created: true, row: created };
    }
  }
  if (group !== null && !(await isMember(db, group, userId))) {
    throw new ForbiddenError('body.group: you are not a member of that group');
  }
  return db.transaction((tx) => putInTransaction(tx, userId, precondition, annotation, group));
}

/**
 * `putAnnotation`'s write in a transaction the caller holds (membership already checked): the annotation
 * locked, checked and written; its change is in the feed once that transaction commits.
 */
export async function putInTransaction(
  tx: Queryable,
  userId: string,
  precondition: Precondition,
  annotation: Annotation,
  group: string | null,
): Promise<{ created: boolean; row: AnnotationRow }> {
  await lockAnnotations(tx, [annotation.id]);
  const id = annotation.id;
  const current = await rowOf(tx, id, userId);
  checkPut(current, userId, precondition, annotation, group);
  const seq = await nextSeq(tx, {
    creator: userId,
    public: annotation.visibility === 'public' || current?.visibility === 'public',
    groups: groupsOf(group, current?.group_id ?? null),
  });
  const stored = await tx.query(
    `insert into annotations (id, creator, group_id, visibility, record, version, seq, deleted, hidden)
       values ($1, $2, $3, $4, $5::jsonb, 1, $6, false, false)
       on conflict (id) do update set group_id = excluded.group_id, visibility = excluded.visibility,
         record = excluded.record, version = annotations.version + 1, seq = excluded.seq, deleted = false
       where annotations.creator = excluded.creator
       returning id`,
    [id, userId, group, annotation.visibility, JSON.stringify(annotation), seq],
  );
  // Checked above; the database refuses too, so that no path can write over someone else's annotation.
  if (stored.length === 0) throw new ForbiddenError('only its creator changes an annotation');
  if (current && !current.deleted) await recordLostReaders(tx, current, annotation.visibility, group, seq);
  const written = await rowOf(tx, id, userId);
  if (!written) throw new Error('the annotation just written is missing');
  return { created: !current, row: written };
}

/** Whether `userId` may write `annotation` over `current` (null: none yet); throws the refusal. */
export function checkPut(
  current: AnnotationRow | null,
  userId: string,
  precondition: Precondition,
  annotation: Annotation,
  group: string | null,
): void {
  if (precondition.kind === 'create') {
    if (current) throw stale(current, userId);
    return;
  }
  if (!current || !mayRead(current, userId)) throw new NotFoundError('the annotation');
  if (current.creator !== userId) throw new ForbiddenError('only its creator changes an annotation');
  if (current.version !== precondition.version) throw stale(current, userId);
  // Moving a hidden annotation to another group would hand its unhiding to that group's moderators.
  if (current.hidden && (current.group_id !== group || current.visibility !== annotation.visibility)) {
    throw new ForbiddenError('a moderator hid this annotation: its group and visibility stay as they are');
  }
}

/** Whether `userId` may delete `current` at the version they name; throws the refusal. */
export function checkDelete(
  current: AnnotationRow | null,
  userId: string,
  precondition: Precondition,
): AnnotationRow {
  if (!current || !mayRead(current, userId)) throw new NotFoundError('the annotation');
  if (current.creator !== userId) throw new ForbiddenError('only its creator deletes an annotation');
  if (precondition.kind !== 'update' || current.version !== precondition.version)
    throw stale(current, userId);
  return current;
}

/** Turns the annotation into a tombstone; deleting a tombstone again changes nothing. */
export async function deleteAnnotation(
  db: SqlDatabase,
  userId: string,
  id: string,
  precondition: Precondition,
): Promise<AnnotationRow> {
  const row = await db.transaction(async (tx) => {
    await lockAnnotations(tx, [id]);
    return deleteLocked(tx, userId, id, precondition);
  });
  if (!row) throw new NotFoundError('the annotation');
  return row;
}

/** `deleteAnnotation` inside a transaction that holds the annotation's lock. */
async function deleteLocked(
  tx: Queryable,
  userId: string,
  id: string,
  precondition: Precondition,
): Promise<AnnotationRow | null> {
  const current = checkDelete(await rowOf(tx, id, userId), userId, precondition);
  if (current.deleted) return current;
  const seq = await nextSeq(tx, {
    creator: current.creator,
    public: current.visibility === 'public',
    groups: groupsOf(current.group_id),
  });
  // The tombstone keeps who could read it, so that exactly they learn of the delete; not the content.
  await tx.query(
    'update annotations set record = null, deleted = true, hidden_reason = null, version = version + 1, seq = $2 where id = $1',
    [id, seq],
  );
  // Nothing left to look at: the moderators' list of flags forgets it.
  await tx.query('delete from annotation_flags where annotation_id = $1', [id]);
  return rowOf(tx, id, userId);
}

/**
 * Hides or shows again (moderation); only the moderators and owners of the annotation's group. A reason
 * goes with hiding (null: none given); showing again forgets it. Hiding again with another reason is a
 * change, so that the creator learns the new one.
 */
export async function setHidden(
  db: SqlDatabase,
  userId: string,
  id: string,
  hidden: boolean,
  reason: string | null = null,
): Promise<AnnotationRow> {
  const row = await db.transaction(async (tx) => {
    const current = await currentRow(tx, id, userId);
    if (!current || !mayRead(current, userId)) throw new NotFoundError('the annotation');
    if (!mayModerate(current))
      throw new ForbiddenError("only the moderators and owners of the annotation's group hide it");
    const storedReason = hidden && reason !== null && reason !== '' ? reason : null;
    if (current.deleted) return current;
    if (current.hidden === hidden && current.hidden_reason === storedReason) return current;
    const seq = await nextSeq(tx, {
      creator: current.creator,
      public: current.visibility === 'public',
      groups: groupsOf(current.group_id),
    });
    await tx.query(
      'update annotations set hidden = $2, hidden_reason = $4, version = version + 1, seq = $3 where id = $1',
      [id, hidden, seq, storedReason],
    );
    return rowOf(tx, id, userId);
  });
  if (!row) throw new NotFoundError('the annotation');
  return row;
}

/** The row if this reader may see the annotation; hidden ones only for their creator and moderators. */
export async function readableRow(db: Queryable, id: string, reader: string | null): Promise<AnnotationRow> {
  const row = await rowOf(db, id, reader);
  if (!row || !mayRead(row, reader)) throw new NotFoundError('the annotation');
  if (recordFor(row, reader).annotation === null && !row.deleted) throw new NotFoundError('the annotation');
  return row;
}
