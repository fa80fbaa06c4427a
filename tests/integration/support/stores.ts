import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../../server/db/migrations.ts';
import { openPgliteDatabase } from '../../../server/db/pglite-database.ts';
import { openPostgresDatabase } from '../../../server/db/postgres-database.ts';
import type { SqlDatabase } from '../../../server/db/sql-database.ts';
import { describeIfAvailable, requireCondition } from '../../support/require-env.ts';

/** The PostgreSQL the suite runs against; its database is only used to create and drop a fresh one. */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresUp = requireCondition(
  'PostgreSQL',
  await postgresAnswers(),
  `nothing answers at ${ADMIN_URL.replace(/\/\/[^@]*@/, '//')} (set TEST_DATABASE_URL to point elsewhere)`,
);

export interface OpenStore {
  db: SqlDatabase;
  /** A second connection to the same database, as another server instance would have; PostgreSQL only. */
  openAnother(): Promise<SqlDatabase>;
  dispose(): Promise<void>;
}

export interface StoreKind {
  name: string;
  available: boolean;
  open(): Promise<OpenStore>;
}

async function openPglite(): Promise<OpenStore> {
  const db = await openPgliteDatabase();
  await migrate(db);
  return {
    db,
    openAnother: () => Promise.reject(new Error('PGlite is one process; there is no other instance')),
    dispose: () => db.close(),
  };
}

/** A database of its own per test file, dropped afterwards, so that runs never see each other's rows. */
async function openPostgres(): Promise<OpenStore> {
  const name = `pa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const others: SqlDatabase[] = [];
  const db = await openPostgresDatabase(url.toString());
  await migrate(db);
  return {
    db,
    async openAnother() {
      const other = await openPostgresDatabase(url.toString());
      others.push(other);
      return other;
    },
    async dispose() {
      for (const other of others) await other.close().catch(() => undefined);
      await db.close();
      const cleanup = new pg.Client({ connectionString: ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export const STORES: readonly StoreKind[] = [
  { name: 'PGlite', available: true, open: openPglite },
  { name: 'PostgreSQL', available: postgresUp, open: openPostgres },
];

/** The same suite once per store; a store that is not there is skipped with the reason printed (not on CI). */
export function forEachStore(title: string, suite: (store: StoreKind) => void): void {
  for (const store of STORES) {
    describeIfAvailable(`${title} (${store.name})`, store.available ? store.name : null, () => suite(store));
  }
}
