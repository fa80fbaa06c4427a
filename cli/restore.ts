/** `plan-annotator restore FILE`: a backup into an empty database, PGlite or PostgreSQL (server/admin/backup.ts). */
import { parseArgs } from 'node:util';
import { AdminError } from '../server/admin/accounts.ts';
import { restore } from '../server/admin/backup.ts';
import { DATABASE_OPTIONS, describeStore, openStoreFor } from './settings.ts';

const USAGE = `Usage: plan-annotator restore FILE [--json] [--data DIR | --database-url URL]

Restores a backup into a database that holds no data yet: a new --data folder, or a new PostgreSQL
database (DATABASE_URL). Restoring a PGlite backup into PostgreSQL is how a server moves there; clients
keep syncing from where they were. All or nothing: a refused file leaves the database empty.`;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { ...DATABASE_OPTIONS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) {
    console.error(`Name one backup file.\n\n${USAGE}`);
    return 2;
  }
  const opened = await openStoreFor('restore', values);
  if (typeof opened === 'number') return opened;
  const { store, db } = opened;
  try {
    const summary = await restore(db, file);
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else {
      const counts = Object.entries(summary.rows)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ');
      console.log(`Restored ${file} into ${describeStore(store)}: ${counts}; feed at ${summary.changeSeq}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AdminError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`plan-annotator restore: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}
