import type { Annotation } from '../../src/core/model/annotation.ts';
import type { Queryable, SqlDatabase } from '../db/sql-database.ts';
import { CHANGES_CHANNEL, type ChangeNotice } from '../events/change-events.ts';
import { recordLostReaders } from './access-changes.ts';
import { ROW_SELECT, type AnnotationRow } from './annotation-rows.ts';
import { checkDelete, checkPut, type Precondition } from './annotation-writes.ts';
import { lockAnnotations, NEXT_POSITION } from './feed-position.ts';
import { DomainError, ForbiddenError } from './domain-errors.ts';

/*
 * A client's outbox in one request: the writes of `annotation-writes.ts`, judged by the same checks, in
 * one transaction.
 */

/** One write of a batch, as the client sent it (see `BatchWriteSchema`). */
export type BatchItem =
  | { op: 'put'; annotation: Annotation; group: string | null; version: number | null }
  | { op: 'delete'; id: string; version: number };

type PutItem = Extract<BatchItem, { op: 'put' }>;

/** What became of one write of a batch: the row as written (and whether created), or its refusal. */
export type BatchOutcome = { row: AnnotationRow; created: boolean } | { refused: DomainError };

/** The columns a written row is read back with; the writer is its creator, whose name is `$N`. */
const RETURNED = `id, creator, group_id, visibility, record, version, seq::text as seq, deleted, hidden,
  hidden_reason`;

/**
 * Several writes of one user in one transaction, each annotation locked, each judged as its own request would
 * be (the same checks), so that one refused write does not stop the others: a client's outbox goes up
 * in one round trip and one commit. The rows all writes name are read in one query, feed positions are
 * taken in one query, and one notice covers the batch.
 */
export async function batchWrite(
  db: SqlDatabase,
  userId: string,
  items: readonly BatchItem[],
): Promise<BatchOutcome[]> {
  const ids = [...new Set(items.map((i) => (i.op === 'put' ? i.annotation.id : i.id)))];
  return db.transaction(async (tx) => {
    await lockAnnotations(tx, ids);
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
    const rows = new Map<string, AnnotationRow>(
      (await tx.query<AnnotationRow>(`${ROW_SELECT} where a.id = any($2::uuid[])`, [userId, ids])).map(
        (row) => [row.id, row],
      ),
    );
    const seqs = (
      await tx.query<{ seq: string }>(
        `select ${NEXT_POSITION}::text as seq from generate_series(1, $1::integer)`,
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
            throw new ForbiddenError('group: you are not a member of that group');
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
          if (!row) throw new ForbiddenError('only its creator changes an annotation');
          written = row;
          if (current && !current.deleted)
            await recordLostReaders(tx, current, annotation.visibility, group, seq);
          notice.public ||= annotation.visibility === 'public';
          if (group) notice.groups.add(group);
        } else {
          current = checkDelete(rows.get(item.id) ?? null, userId, { kind: 'update', version: item.version });
          if (current.deleted) {
            outcomes.push({ row: current, created: false });
            continue;
          }
          const [row] = await tx.query<AnnotationRow>(
            `update annotations set record = null, deleted = true, hidden_reason = null, version = version + 1, seq = $2
              where id = $1 returning ${RETURNED}`,
            [item.id, seq],
          );
          if (!row) throw new Error('the annotation just deleted is missing');
          await tx.query('delete from annotation_flags where annotation_id = $1', [item.id]);
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
        outcomes.push({ row, created: !current || (item.op === 'put' && item.version === null) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcomes.push({ refused: error });
      }
    }
    if (notice.cursor !== '') {
      const payload: ChangeNotice = {
        creator: userId,
        public: notice.public,
        groups: [...notice.groups],
        cursor: notice.cursor,
      };
      tx.notifyOnCommit(CHANGES_CHANNEL, JSON.stringify(payload));
    }
    return outcomes;
  });
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
  // Filled in below for the writes allowed, once written.
  const outcomes: (BatchOutcome | null)[] = [];
  const allowed: { index: number; item: PutItem; seq: string }[] = [];
  for (const [index, item] of items.entries()) {
    const { annotation, group } = item;
    try {
      if (group !== null && !roles.has(group))
        throw new ForbiddenError('group: you are not a member of that group');
      const precondition: Precondition =
        item.version === null ? { kind: 'create' } : { kind: 'update', version: item.version };
      checkPut(rows.get(annotation.id) ?? null, userId, precondition, annotation, group);
      allowed.push({ index, item, seq: seqs[index] as string });
      outcomes.push(null);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcomes.push({ refused: error });
    }
  }
  if (allowed.length === 0) return outcomes as BatchOutcome[];
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
      outcomes[index] = { refused: new ForbiddenError('only its creator changes an annotation') };
      continue;
    }
    if (current && !current.deleted) {
      await recordLostReaders(tx, current, item.annotation.visibility, item.group, seq);
    }
    notice.public ||= item.annotation.visibility === 'public' || current?.visibility === 'public';
    for (const group of [item.group, current?.group_id ?? null]) if (group) notice.groups.add(group);
    if (BigInt(seq) > BigInt(notice.cursor)) notice.cursor = seq;
    outcomes[index] = {
      created: !current,
      row: { ...row, reader_role: (row.group_id && roles.get(row.group_id)) || '', creator_name: username },
    };
  }
  const payload: ChangeNotice = { creator: userId, ...notice, groups: [...notice.groups] };
  tx.notifyOnCommit(CHANGES_CHANNEL, JSON.stringify(payload));
  return outcomes as BatchOutcome[];
}
