import { migrate } from './migrations.ts';
import type { SqlDatabase } from './sql-database.ts';

export type StoreOptions = { databaseUrl: string } | { dataDir: string | undefined };

/**
 * PostgreSQL when a URL is given, else PGlite on `dataDir` (in memory without one); migrated. Each store's
 * module loads only when it is the one used: a PGlite server never loads `pg`, nor a PostgreSQL one PGlite.
 */
export async function openDatabase(options: StoreOptions): Promise<SqlDatabase> {
  const db =
    'databaseUrl' in options
      ? await (await import('./postgres-database.ts')).openPostgresDatabase(options.databaseUrl)
      : await (await import('./pglite-database.ts')).openPgliteDatabase(options.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
