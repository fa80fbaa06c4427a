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
  if (!mayRead(row, reader)) {
    // Someone else's private annotation under the same id (only a create can meet one): say the id is
    // taken, which the client must know to write under another, and nothing of the record, its version
    // included. `current: null` tells the client there is nothing to merge with.
    return new HttpError(
      412,
      'an annotation you cannot read already has this id; create yours under a new id',
      { body: { current: null } },
    );
  }
  return new HttpError(412, `the annotation changed on the server; it is at version ${row.version}`, {
    headers: { etag: etagOf(row.version) },
    body: { current: recordFor(row, reader) },
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
  if (group !== null && !(await isMember(db, group, userId))) {
    throw forbidden('body.group: you are not a member of that group');
  }
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    return putLocked(tx, userId, precondition, annotation, group);
  });
}

/** Whether `userId` may write `annotation` over `current` (null: none yet); throws the refusal. */
function checkPut(
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
  if (!current || !mayRead(current, userId)) throw notFound('the annotation');
  if (current.creator !== userId) throw forbidden('only its creator changes an annotation');
  if (current.version !== precondition.version) throw stale(current, userId);
  // Moving a hidden annotation to another group would hand its unhiding to that group's moderators.
  if (current.hidden && (current.group_id !== group || current.visibility !== annotation.visibility)) {
    throw forbidden('a moderator hid this annotation: its group and visibility stay as they are');
  }
}

/** Whether `userId` may delete `current` at the version they name; throws the refusal. */
function checkDelete(
  current: AnnotationRow | null,
  userId: string,
  precondition: Precondition,
): AnnotationRow {
  if (!current || !mayRead(current, userId)) throw notFound('the annotation');
  if (current.creator !== userId) throw forbidden('only its creator deletes an annotation');
  if (precondition.kind !== 'update' || current.version !== precondition.version)
    throw stale(current, userId);
  return current;
}

/** `putAnnotation` inside a transaction that holds the write lock. */
async function putLocked(
  tx: Queryable,
  userId: string,
  precondition: Precondition,
  annotation: Annotation,
  group: string | null,
): Promise<{ status: 201 | 200; row: AnnotationRow }> {
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
  if (stored.length === 0) throw forbidden('only its creator changes an annotation');
  if (current && !current.deleted) await recordLostReaders(tx, current, annotation.visibility, group, seq);
  const written = await rowOf(tx, id, userId);
  if (!written) throw new Error('the annotation just written is missing');
  return { status: current ? 200 : 201, row: written } as const;
}

/** Turns the annotation into a tombstone; deleting a tombstone again changes nothing. */
export async function deleteAnnotation(
  db: SqlDatabase,
  userId: string,
  id: string,
  precondition: Precondition,
): Promise<AnnotationRow> {
  const row = await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    return deleteLocked(tx, userId, id, precondition);
  });
  if (!row) throw notFound('the annotation');
  return row;
}

/** `deleteAnnotation` inside a transaction that holds the write lock. */
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
    'update annotations set record = null, deleted = true, version = version + 1, seq = $2 where id = $1',
    [id, seq],
  );
  return rowOf(tx, id, userId);
}

/** One write of a batch, as the client sent it (see `BatchWriteSchema`). */
export type BatchItem =
  | { op: 'put'; annotation: Annotation; group: string | null; version: number | null }
  | { op: 'delete'; id: string; version: number };

type PutItem = Extract<BatchItem, { op: 'put' }>;

/** What became of one write of a batch: the status a single request would have had, and its answer. */
export interface BatchOutcome {
  status: number;
  row?: AnnotationRow;
  error?: string;
  body?: Record<string, unknown>;
}

/** The columns a written row is read back with; the writer is its creator, whose name is `$N`. */
const RETURNED = `id, creator, group_id, visibility, record, version, seq::text as seq, deleted, hidden`;

/**
 * Several writes of one user in one transaction under one lock, each judged as its own request would
 * be (the same checks), so that one refused write does not stop the others: a client's outbox goes up
 * in one round trip and one commit. The rows all writes name are read in one query, feed positions are
 * taken in one query, and one notice covers the batch.
 */
export async function batchWrite(
  db: SqlDatabase,
  userId: string,
  items: readonly BatchItem[],
): Promise<BatchOutcome[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const named = [...new Set(items.flatMap((i) => (i.op === 'put' && i.group ? [i.group] : [])))];
    const roles = new Map(
      named.length === 0
        ? []
        : (
            await tx.query<{ group_id: string; role: string }>(
              'select group_id, role from memberships where user_id = $1 and group_id = any($2::uuid[])',
              [userId, named],
            )
          ).map((r) => [r.group_id, r.role]),
    );
    const ids = [...new Set(items.map((i) => (i.op === 'put' ? i.annotation.id : i.id)))];
    const rows = new Map<string, AnnotationRow>(
      (await tx.query<AnnotationRow>(`${ROW_SELECT} where a.id = any($2::uuid[])`, [userId, ids])).map(
        (row) => [row.id, row],
      ),
    );
    const seqs = (
      await tx.query<{ seq: string }>(
        "select nextval('change_seq')::text as seq from generate_series(1, $1::integer)",
        [items.length],
      )
    ).map((r) => r.seq);
    const me = (
      await tx.query<{ username: string }>('select username from users where id = $1', [userId])
    )[0];
    if (ids.length === items.length && items.every((item) => item.op === 'put')) {
      // The outbox's usual shape: new or edited annotations, each named once. Judged one by one as
      // below, then written with one statement.
      return putMany(tx, userId, items as PutItem[], rows, roles, seqs, me?.username ?? null);
    }
    const notice = { public: false, groups: new Set<string>(), cursor: '' };
    const outcomes: BatchOutcome[] = [];
    for (const [index, item] of items.entries()) {
      const seq = seqs[index] as string;
      try {
        let written: AnnotationRow;
        let current: AnnotationRow | null;
        if (item.op === 'put') {
          const { annotation, group } = item;
          current = rows.get(annotation.id) ?? null;
          if (group !== null && !roles.has(group))
            throw forbidden('group: you are not a member of that group');
          const precondition: Precondition =
            item.version === null ? { kind: 'create' } : { kind: 'update', version: item.version };
          checkPut(current, userId, precondition, annotation, group);
          const [row] = await tx.query<AnnotationRow>(
            `insert into annotations (id, creator, group_id, visibility, record, version, seq, deleted, hidden)
               values ($1, $2, $3, $4, $5::jsonb, 1, $6, false, false)
               on conflict (id) do update set group_id = excluded.group_id, visibility = excluded.visibility,
                 record = excluded.record, version = annotations.version + 1, seq = excluded.seq, deleted = false
               where annotations.creator = excluded.creator
               returning ${RETURNED}`,
            [annotation.id, userId, group, annotation.visibility, JSON.stringify(annotation), seq],
          );
          // The database keeps someone else's annotation as it was, whatever the checks above missed.
          if (!row) throw forbidden('only its creator changes an annotation');
          written = row;
          if (current && !current.deleted)
            await recordLostReaders(tx, current, annotation.visibility, group, seq);
          notice.public ||= annotation.visibility === 'public';
          if (group) notice.groups.add(group);
        } else {
          current = checkDelete(rows.get(item.id) ?? null, userId, { kind: 'update', version: item.version });
          if (current.deleted) {
            outcomes.push({ status: 200, row: current });
            continue;
          }
          const [row] = await tx.query<AnnotationRow>(
            `update annotations set record = null, deleted = true, version = version + 1, seq = $2
              where id = $1 returning ${RETURNED}`,
            [item.id, seq],
          );
          if (!row) throw new Error('the annotation just deleted is missing');
          written = row;
        }
        notice.public ||= current?.visibility === 'public';
        if (current?.group_id) notice.groups.add(current.group_id);
        notice.cursor = seq;
        // Read back as its writer, its creator, reads it: their role in its group and their name.
        const row: AnnotationRow = {
          ...written,
          reader_role: (written.group_id && roles.get(written.group_id)) || current?.reader_role || '',
          creator_name: me?.username ?? null,
        };
        rows.set(row.id, row);
        outcomes.push({ status: current && !(item.op === 'put' && item.version === null) ? 200 : 201, row });
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        outcomes.push({
          status: error.statusCode,
          error: error.message,
          ...(error.details.body ? { body: error.details.body } : {}),
        });
      }
    }
    if (notice.cursor !== '') {
      const payload: ChangeNotice = {
        creator: userId,
        public: notice.public,
        groups: [...notice.groups],
        cursor: notice.cursor,
      };
      await tx.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(payload)]);
    }
    return outcomes;
  });
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

/**
 * A batch of puts on distinct annotations: each checked against its current row, those allowed written
 * by one `insert ... select from unnest(...)`, then the readers each narrowed one loses recorded.
 */
async function putMany(
  tx: Queryable,
  userId: string,
  items: readonly PutItem[],
  rows: ReadonlyMap<string, AnnotationRow>,
  roles: ReadonlyMap<string, string>,
  seqs: readonly string[],
  username: string | null,
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  const allowed: { index: number; item: PutItem; seq: string }[] = [];
  for (const [index, item] of items.entries()) {
    const { annotation, group } = item;
    try {
      if (group !== null && !roles.has(group)) throw forbidden('group: you are not a member of that group');
      const precondition: Precondition =
        item.version === null ? { kind: 'create' } : { kind: 'update', version: item.version };
      checkPut(rows.get(annotation.id) ?? null, userId, precondition, annotation, group);
      allowed.push({ index, item, seq: seqs[index] as string });
      outcomes.push({ status: 0 });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      outcomes.push({
        status: error.statusCode,
        error: error.message,
        ...(error.details.body ? { body: error.details.body } : {}),
      });
    }
  }
  if (allowed.length === 0) return outcomes;
  const written = await tx.query<AnnotationRow>(
    `insert into annotations (id, creator, group_id, visibility, record, version, seq, deleted, hidden)
       select w.id, $1::uuid, w.group_id, w.visibility, w.record, 1, w.seq, false, false
         from unnest($2::uuid[], $3::uuid[], $4::text[], $5::jsonb[], $6::bigint[])
           as w(id, group_id, visibility, record, seq)
       on conflict (id) do update set group_id = excluded.group_id, visibility = excluded.visibility,
         record = excluded.record, version = annotations.version + 1, seq = excluded.seq, deleted = false
       where annotations.creator = excluded.creator
       returning ${RETURNED}`,
    [
      userId,
      allowed.map((a) => a.item.annotation.id),
      allowed.map((a) => a.item.group),
      allowed.map((a) => a.item.annotation.visibility),
      allowed.map((a) => JSON.stringify(a.item.annotation)),
      allowed.map((a) => a.seq),
    ],
  );
  const byId = new Map(written.map((row) => [row.id, row]));
  const notice = { public: false, groups: new Set<string>(), cursor: '0' };
  for (const { index, item, seq } of allowed) {
    const current = rows.get(item.annotation.id) ?? null;
    const row = byId.get(item.annotation.id);
    if (!row) {
      // The database kept someone else's annotation as it was: refused, as the check above should have.
      outcomes[index] = { status: 403, error: 'only its creator changes an annotation' };
      continue;
    }
    if (current && !current.deleted) {
      await recordLostReaders(tx, current, item.annotation.visibility, item.group, seq);
    }
    notice.public ||= item.annotation.visibility === 'public' || current?.visibility === 'public';
    for (const group of [item.group, current?.group_id ?? null]) if (group) notice.groups.add(group);
    if (BigInt(seq) > BigInt(notice.cursor)) notice.cursor = seq;
    outcomes[index] = {
      status: current ? 200 : 201,
      row: { ...row, reader_role: (row.group_id && roles.get(row.group_id)) || '', creator_name: username },
    };
  }
  const payload: ChangeNotice = { creator: userId, ...notice, groups: [...notice.groups] };
  await tx.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(payload)]);
  return outcomes;
}
