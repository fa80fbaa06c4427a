import { migrate } from './migrations.ts';
import { openPgliteDatabase } from './pglite-database.ts';
import { openPostgresDatabase } from './postgres-database.ts';
import type { SqlDatabase } from './sql-database.ts';

export type StoreOptions = { databaseUrl: string } | { dataDir: string | undefined };

/** PostgreSQL when a URL is given, else PGlite on `dataDir` (in memory without one); migrated. */
export async function openDatabase(options: StoreOptions): Promise<SqlDatabase> {
  const db =
    'databaseUrl' in options
      ? await openPostgresDatabase(options.databaseUrl)
      : await openPgliteDatabase(options.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
