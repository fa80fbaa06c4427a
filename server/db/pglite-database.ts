import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.ts';
import { checkChannel, noticeRelay, type Row, type SqlDatabase, type Transaction } from './sql-database.ts';

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

  // One process, so notices after a commit only need handing to this process's listeners.
  const listeners = new Map<string, Set<(payload: string) => void>>();
  const relay = noticeRelay(null, (channel, payload) => {
    for (const fn of listeners.get(channel) ?? []) fn(payload);
  });

  /** `onCommit` collects a transaction's notices; without it (no transaction) they go at once. */
  const queryable = (run: Pick<PGlite, 'query' | 'exec'>, onCommit?: [string, string][]): Transaction => ({
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await run.query<T>(sql, [...params]);
      return result.rows;
    },
    notifyOnCommit(channel, payload) {
      checkChannel(channel);
      if (onCommit) onCommit.push([channel, payload]);
      else relay.publish(channel, payload);
    },
    async script(sql) {
      await run.exec(sql);
    },
  });

  return {
    ...queryable(db),
    async transaction(fn) {
      const notices: [string, string][] = [];
      const value = await db.transaction((tx) => fn(queryable(tx, notices)));
      for (const [channel, payload] of notices) relay.publish(channel, payload);
      return value;
    },
    async listen(channel, onPayload) {
      checkChannel(channel);
      const unlisten = await db.listen(channel, onPayload);
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(onPayload);
      return async () => {
        set.delete(onPayload);
        await unlisten();
      };
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
