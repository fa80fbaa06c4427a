import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.ts';
import { checkChannel, type Queryable, type Row, type SqlDatabase } from './sql-database.ts';

/**
 * Embedded PostgreSQL (WebAssembly) on a data directory, or in memory when none is given. One connection
 * for the whole process: PGlite queues queries and runs a transaction exclusively, and NOTIFY reaches the
 * listeners of the same instance, which is all one process needs.
 */
export async function openPgliteDatabase(dataDir?: string): Promise<SqlDatabase> {
  // PGlite creates only the last folder of the path; a fresh checkout has none of them.
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => undefined;
  let db: PGlite;
  try {
    db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  } catch (error) {
    await unlock();
    throw error;
  }

  const queryable = (run: Pick<PGlite, 'query'>): Queryable => ({
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await run.query<T>(sql, [...params]);
      return result.rows;
    },
  });

  return {
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    async listen(channel, onPayload) {
      const unlisten = await db.listen(checkChannel(channel), onPayload);
      return () => unlisten();
    },
    async notify(channel, payload) {
      await db.query('select pg_notify($1, $2)', [checkChannel(channel), payload]);
    },
    async close() {
      try {
        await db.close();
      } finally {
        await unlock();
      }
    },
  };
}
