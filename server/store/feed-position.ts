/*
 * Change-feed positions without one lock around every write.
 *
 * A position is taken inside the writing transaction, but transactions commit in their own order: with a
 * plain sequence, a reader could see position 11 committed, move its cursor past it, and never see 10,
 * which commits a moment later. Rather than make writers queue behind one lock (one commit at a time),
 * each position starts with the id of its transaction (`next_feed_position()`, migration 9):
 *
 *   position = base + transaction id x 2^24 + a counter within the transaction
 *
 * and the feed reads only below a watermark: the first position of the oldest transaction still running
 * in this database when its snapshot was taken (or of the next one to start). Every transaction below it
 * has ended, so everything below the watermark the reader can see is all there will ever be; every
 * transaction still running, or yet to start, writes above it. So the feed is gap-free and in order, and
 * writers of different annotations never wait for each other. A write waits only for another write of
 * the same annotation (`lockAnnotations`).
 *
 * The base keeps new positions above those taken before migration 9, or before a restore onto another
 * cluster whose transaction ids are lower (admin/backup.ts).
 */
import type { Queryable } from '../db/sql-database.ts';

/** How many positions one transaction may take: 2^24. */
export const POSITIONS_PER_TRANSACTION = 16_777_216;

/** A new position, for a write of the current transaction. */
export const NEXT_POSITION = 'next_feed_position()';

/**
 * The watermark, as an SQL expression of the statement's own snapshot: positions below it are settled.
 *
 * The snapshot lists the transactions in progress across the whole PostgreSQL cluster. Those that another
 * database's sessions run cannot write here, so they are left out: a transaction is left out only when
 * `pg_stat_activity` (read after the snapshot) shows it running in another database. One that ended in
 * between, or that this role may not see, stays in, which can only hold the watermark back a moment,
 * never let a change be skipped. PGlite has one connection, so its list of running writers is empty.
 */
export const WATERMARK = `((select base from feed_base) + ${POSITIONS_PER_TRANSACTION}::bigint * coalesce(
    (select min(x::text::bigint) from pg_snapshot_xip(pg_current_snapshot()) x
      where not exists (select 1 from pg_stat_activity s
        where s.datname <> current_database() and s.backend_xid is not null
          and s.backend_xid::text::bigint = x::text::bigint % 4294967296)),
    pg_snapshot_xmax(pg_current_snapshot())::text::bigint))`;

/** The watermark if no transaction were running: above every position taken so far. */
export const HEAD = `((select base from feed_base) + ${POSITIONS_PER_TRANSACTION}::bigint *
    pg_snapshot_xmax(pg_current_snapshot())::text::bigint)`;

/** Any constant works, as long as nothing else takes advisory locks with it. */
const ANNOTATION_LOCK = 7_270_002;

/**
 * Makes other writes of these annotations wait until this transaction ends: two creates of one id
 * cannot both find it missing, and two updates at one version cannot both pass. Keys are taken in
 * ascending order, so two batches naming the same annotations cannot deadlock.
 */
export async function lockAnnotations(tx: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  if (ids.length === 1) {
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2::uuid::text))', [ANNOTATION_LOCK, ids[0]]);
    return;
  }
  // PostgreSQL evaluates a volatile function of the select list after the sort.
  await tx.query(
    `select pg_advisory_xact_lock($1, k) from (
       select distinct hashtext(x::text) as k from unnest($2::uuid[]) x) keys order by k`,
    [ANNOTATION_LOCK, ids],
  );
}
