import type { IncomingHttpHeaders } from 'node:http';
import type { Annotation } from '../../src/core/model/annotation.ts';
import { etagOf, versionFromEtag } from '../../src/core/sync/protocol.ts';
import type { Queryable, SqlDatabase } from '../db/sql-database.ts';
import { CHANGES_CHANNEL, type ChangeNotice } from '../events/change-events.ts';
import { forbidden, HttpError, notFound } from '../http/http-error.ts';
import { recordLostReaders } from './access-changes.ts';
import { mayModerate, mayRead, recordFor, ROW_SELECT, type AnnotationRow } from './annotation-rows.ts';

/*
 * Every write to an annotation, shared by the sync API and the W3C protocol container, so that both
 * apply the same preconditions, permissions and change-feed bookkeeping.
 */

/**
 * Writes hold this lock until they commit, so change-feed positions are taken and committed in one order:
 * a reader who has seen position N can never later find a commit below N. It costs write concurrency,
 * which a plan-annotation server does not need.
 */
export const WRITE_LOCK = 7_270_002;

export type Precondition = { kind: 'create' } | { kind: 'update'; version: number };

export function preconditionOf(headers: IncomingHttpHeaders, allowCreate: boolean): Precondition {
  const ifNoneMatch = headers['if-none-match'];
  const ifMatch = headers['if-match'];
  if (allowCreate && ifNoneMatch !== undefined && ifMatch === undefined) {
    if (ifNoneMatch.trim() !== '*')
      throw new HttpError(400, 'If-None-Match: only * (create) is understood here');
    return { kind: 'create' };
  }
  if (ifMatch !== undefined && ifNoneMatch === undefined) {
    const version = versionFromEtag(ifMatch);
    if (version === null) throw new HttpError(400, 'If-Match must be the ETag the server sent, like "3"');
    return { kind: 'update', version };
  }
  throw new HttpError(
    428,
    allowCreate
      ? 'send If-None-Match: * to create or If-Match: "<version>" to update (exactly one)'
      : 'send If-Match: "<version>" with the version you last read',
  );
}

export async function rowOf(db: Queryable, id: string, reader: string | null): Promise<AnnotationRow | null> {
  const rows = await db.query<AnnotationRow>(`${ROW_SELECT} where a.id = $2`, [reader, id]);
  return rows[0] ?? null;
}

/**
 * Every write first takes the write lock, then reads: two creates of one id cannot both see it missing,
 * and feed positions are committed in the order they are taken.
 */
async function currentRow(tx: Queryable, id: string, reader: string): Promise<AnnotationRow | null> {
  await tx.query('select pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  return rowOf(tx, id, reader);
}

function stale(row: AnnotationRow, reader: string): HttpError {
  return new HttpError(412, `the annotation changed on the server; it is at version ${row.version}`, {
    headers: { etag: etagOf(row.version) },
    // Someone else's private annotation under the same id: say it exists, show nothing of it.
    body: { current: mayRead(row, reader) ? recordFor(row, reader) : null },
  });
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
  const rows = await tx.query<{ seq: string }>("select nextval('change_seq')::text as seq");
  const seq = rows[0]?.seq ?? '0';
  await tx.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify({ ...notice, cursor: seq })]);
  return seq;
}

function groupsOf(...ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** Creates or updates; 201 or 200 with the row as written. */
export async function putAnnotation(
  db: SqlDatabase,
  userId: string,
  precondition: Precondition,
  annotation: Annotation,
  group: string | null,
): Promise<{ status: 201 | 200; row: AnnotationRow }> {
  const id = annotation.id;
  if (group !== null && !(await isMember(db, group, userId))) {
    throw forbidden('body.group: you are not a member of that group');
  }
  return db.transaction(async (tx) => {
    const current = await currentRow(tx, id, userId);
    if (precondition.kind === 'create') {
      if (current) throw stale(current, userId);
    } else {
      if (!current || !mayRead(current, userId)) throw notFound('the annotation');
      if (current.creator !== userId) throw forbidden('only its creator changes an annotation');
      if (current.version !== precondition.version) throw stale(current, userId);
      // Moving a hidden annotation to another group would hand its unhiding to that group's moderators.
      if (current.hidden && (current.group_id !== group || current.visibility !== annotation.visibility)) {
        throw forbidden('a moderator hid this annotation: its group and visibility stay as they are');
      }
    }
    const seq = await nextSeq(tx, {
      creator: userId,
      public: annotation.visibility === 'public' || current?.visibility === 'public',
      groups: groupsOf(group, current?.group_id ?? null),
    });
    await tx.query(
      `insert into annotations (id, creator, group_id, visibility, record, version, seq, deleted, hidden)
         values ($1, $2, $3, $4, $5::jsonb, 1, $6, false, false)
         on conflict (id) do update set group_id = excluded.group_id, visibility = excluded.visibility,
           record = excluded.record, version = annotations.version + 1, seq = excluded.seq, deleted = false`,
      [id, userId, group, annotation.visibility, JSON.stringify(annotation), seq],
    );
    if (current && !current.deleted) await recordLostReaders(tx, current, annotation.visibility, group, seq);
    const written = await rowOf(tx, id, userId);
    if (!written) throw new Error('the annotation just written is missing');
    return { status: current ? 200 : 201, row: written } as const;
  });
}

/** Turns the annotation into a tombstone; deleting a tombstone again changes nothing. */
export async function deleteAnnotation(
  db: SqlDatabase,
  userId: string,
  id: string,
  precondition: Precondition,
): Promise<AnnotationRow> {
  const row = await db.transaction(async (tx) => {
    const current = await currentRow(tx, id, userId);
    if (!current || !mayRead(current, userId)) throw notFound('the annotation');
    if (current.creator !== userId) throw forbidden('only its creator deletes an annotation');
    if (precondition.kind !== 'update' || current.version !== precondition.version)
      throw stale(current, userId);
    if (current.deleted) return current;
    const seq = await nextSeq(tx, {
      creator: current.creator,
      public: current.visibility === 'public',
      groups: groupsOf(current.group_id),
    });
    // The tombstone keeps who could read it, so that exactly they learn of the delete; not the content.
    await tx.query(
      'update annotations set record = null, deleted = true, version = version + 1, seq = $2 where id = $1',
      [id, seq],
    );
    return rowOf(tx, id, userId);
  });
  if (!row) throw notFound('the annotation');
  return row;
}

/** Hides or shows again (moderation); only the moderators and owners of the annotation's group. */
export async function setHidden(
  db: SqlDatabase,
  userId: string,
  id: string,
  hidden: boolean,
): Promise<AnnotationRow> {
  const row = await db.transaction(async (tx) => {
    const current = await currentRow(tx, id, userId);
    if (!current || !mayRead(current, userId)) throw notFound('the annotation');
    if (!mayModerate(current))
      throw forbidden("only the moderators and owners of the annotation's group hide it");
    if (current.hidden === hidden || current.deleted) return current;
    const seq = await nextSeq(tx, {
      creator: current.creator,
      public: current.visibility === 'public',
      groups: groupsOf(current.group_id),
    });
    await tx.query('update annotations set hidden = $2, version = version + 1, seq = $3 where id = $1', [
      id,
      hidden,
      seq,
    ]);
    return rowOf(tx, id, userId);
  });
  if (!row) throw notFound('the annotation');
  return row;
}

/** The row if this reader may see the annotation; hidden ones only for their creator and moderators. */
export async function readableRow(db: Queryable, id: string, reader: string | null): Promise<AnnotationRow> {
  const row = await rowOf(db, id, reader);
  if (!row || !mayRead(row, reader)) throw notFound('the annotation');
  if (recordFor(row, reader).annotation === null && !row.deleted) throw notFound('the annotation');
  return row;
}
