/** `plan-annotator backup --out FILE`: everything in the database into one file (server/admin/backup.ts). */
import { parseArgs } from 'node:util';
import { AdminError } from '../server/admin/accounts.ts';
import { backup } from '../server/admin/backup.ts';
import { DATABASE_OPTIONS, describeStore, openStoreFor } from './settings.ts';

const USAGE = `Usage: plan-annotator backup --out FILE [--json] [--data DIR | --database-url URL]

Writes accounts (password and token hashes as stored), groups, memberships, annotations, tombstones and
the change feed's position to FILE (JSON lines, readable by its owner only). On PostgreSQL the servers
may keep running (one consistent snapshot); a PGlite folder must not be in use: stop its server first.`;

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        ...DATABASE_OPTIONS,
        out: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out) {
    console.error(`--out FILE is required.\n\n${USAGE}`);
    return 2;
  }
  const opened = await openStoreFor('backup', values);
  if (typeof opened === 'number') return opened;
  const { store, db } = opened;
  try {
    const summary = await backup(db, values.out);
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else {
      const counts = Object.entries(summary.rows)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ');
      console.log(
        `Backed up ${describeStore(store)} to ${summary.file}: ${counts}; feed at ${summary.changeSeq}`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    console.error(`plan-annotator backup: ${error.message}`);
    return 1;
  } finally {
    await db.close();
  }
}
