/**
 * A whole server's data in one file, and back: accounts with their password and token hashes as stored,
 * groups, memberships, annotations and tombstones, access changes, the throttling counts, and the change
 * feed's sequence. A client synced before the backup keeps syncing after the restore from the cursor it
 * holds, on either store: a PGlite backup restored into PostgreSQL is how a group's server grows.
 *
 * The file is JSON lines: a header, then one `{"table", "row"}` per row, rows as PostgreSQL's `to_jsonb`
 * writes them and as `jsonb_populate_recordset` reads them, so both stores read and write it the same.
 */
import { createReadStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { MIGRATIONS } from '../db/migrations.ts';
import type { Queryable, SqlDatabase } from '../db/sql-database.ts';
import { HEAD, POSITIONS_PER_TRANSACTION } from '../store/feed-position.ts';
import { AdminError } from './accounts.ts';

export const BACKUP_FORMAT = 'plan-annotator-backup';
const FORMAT_VERSION = 1;

/** Every table, in an order in which each row's references are restored before it. */
export const BACKUP_TABLES = [
  'users',
  'tokens',
  'groups',
  'memberships',
  'plans',
  'annotations',
  'annotation_flags',
  'access_changes',
  'login_failures',
  'login_failures_by_address',
  'signup_attempts',
] as const;

/** Tables that hold nothing to back up; feed_base is worked out again on restore, for its cluster. */
const NOT_BACKED_UP = new Set(['schema_migrations', 'feed_base']);

const PAGE = 1000;

interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The schema's migration version the rows are in. */
  schema: number;
  created: string;
  /** `change_seq`'s state: the next feed position continues from here. */
  changeSeq: { lastValue: string; isCalled: boolean };
  /**
   * The change feed's head when the backup was taken: no cursor handed out before it is above it, so
   * positions after a restore start above it (absent from backups taken before schema 9).
   */
  feedHead?: string;
}

/** The last line: the rows each table had, which also shows the file is whole. */
interface Trailer {
  end: true;
  rows: Record<string, number>;
}

export interface BackupSummary {
  file: string;
  schema: number;
  changeSeq: string;
  rows: Record<string, number>;
}

async function schemaVersion(db: Queryable): Promise<number> {
  const rows = await db.query<{ v: number | null }>(
    'select max(version)::integer as v from schema_migrations',
  );
  return rows[0]?.v ?? 0;
}

/** Refuses a database with a table this code does not know how to back up, rather than leave it out. */
async function checkTables(db: Queryable): Promise<void> {
  const rows = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`,
  );
  const known = new Set<string>(BACKUP_TABLES);
  const unknown = rows.map((r) => r.name).filter((name) => !known.has(name) && !NOT_BACKED_UP.has(name));
  if (unknown.length > 0) {
    throw new AdminError(`the database has tables this version does not back up: ${unknown.join(', ')}`);
  }
}

/**
 * Writes everything to `file` (through `file.partial`, renamed when whole, readable by its owner only:
 * it holds password and token hashes). One snapshot: a server may keep running on PostgreSQL meanwhile.
 */
export async function backup(db: SqlDatabase, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w', 0o600);
  try {
    const summary = await db.transaction(async (tx) => {
      await tx.query('set transaction isolation level repeatable read');
      await checkTables(tx);
      const schema = await schemaVersion(tx);
      const seq = (
        await tx.query<{ last_value: string; is_called: boolean }>(
          'select last_value::text as last_value, is_called from change_seq',
        )
      )[0] ?? { last_value: '1', is_called: false };
      const head = (await tx.query<{ head: string }>(`select ${HEAD}::text as head`))[0]?.head;
      const header: Header = {
        format: BACKUP_FORMAT,
        version: FORMAT_VERSION,
        schema,
        created: new Date().toISOString(),
        changeSeq: { lastValue: seq.last_value, isCalled: seq.is_called },
        ...(head === undefined ? {} : { feedHead: head }),
      };
      await handle.write(`${JSON.stringify(header)}\n`);
      const rows: Record<string, number> = {};
      const write = async (table: string, lines: { j: string }[]) => {
        rows[table] = (rows[table] ?? 0) + lines.length;
        if (lines.length > 0)
          await handle.write(lines.map((l) => `{"table":"${table}","row":${l.j}}\n`).join(''));
      };
      for (const table of BACKUP_TABLES) {
        rows[table] = 0;
        if (table === 'annotations') {
          // The big one, in pages along the feed.
          let after = '-1';
          for (;;) {
            const page = await tx.query<{ j: string; seq: string }>(
              `select to_jsonb(t)::text as j, t.seq::text as seq from annotations t
                where t.seq > $1::bigint order by t.seq limit ${PAGE}`,
              [after],
            );
            await write(table, page);
            if (page.length < PAGE) break;
            after = (page[page.length - 1] as { seq: string }).seq;
          }
        } else {
          await write(table, await tx.query<{ j: string }>(`select to_jsonb(t)::text as j from ${table} t`));
        }
      }
      const trailer: Trailer = { end: true, rows };
      await handle.write(`${JSON.stringify(trailer)}\n`);
      return { schema, changeSeq: seq.last_value, rows };
    });
    await handle.sync();
    await handle.close();
    await rename(partial, file);
    return { file, ...summary };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Restores `file` into `db`, which must hold no data (a new --data folder, or a new PostgreSQL
 * database; opening it migrates it). All in one transaction: a file that is cut short or refused
 * leaves the database as empty as it was.
 */
export async function restore(db: SqlDatabase, file: string): Promise<BackupSummary> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  try {
    const first = await iterator.next();
    const header = parseLine(first.done ? '' : first.value, 1) as Partial<Header>;
    if (header.format !== BACKUP_FORMAT || header.version !== FORMAT_VERSION || !header.changeSeq) {
      throw new AdminError(`${file} is not a Plan Annotator backup (version ${FORMAT_VERSION})`);
    }
    if (header.feedHead !== undefined && !/^[0-9]{1,18}$/.test(String(header.feedHead))) {
      throw new AdminError(`${file}: the header's feedHead is not a feed position`);
    }
    const known = Math.max(...MIGRATIONS.map((m) => m.version));
    if (typeof header.schema !== 'number' || header.schema > known) {
      throw new AdminError(
        `${file} comes from a newer server (schema ${String(header.schema)}, this one knows ${known}); upgrade first`,
      );
    }
    return await db.transaction(async (tx) => {
      await checkTables(tx);
      for (const table of ['users', 'groups', 'annotations', 'access_changes']) {
        const rows = await tx.query(`select 1 from ${table} limit 1`);
        if (rows.length > 0) {
          throw new AdminError(
            `the database already holds data (${table}); restore into a new one: an empty --data folder or a new PostgreSQL database`,
          );
        }
      }
      const columns = new Map<string, Set<string>>();
      for (const row of await tx.query<{ t: string; c: string }>(
        `select table_name as t, column_name as c from information_schema.columns where table_schema = current_schema()`,
      )) {
        if (!columns.has(row.t)) columns.set(row.t, new Set());
        columns.get(row.t)?.add(row.c);
      }
      const counts: Record<string, number> = {};
      let trailer: Trailer | null = null;
      let batch: { table: string; rows: Record<string, unknown>[] } | null = null;
      const flush = async () => {
        if (!batch || batch.rows.length === 0) return;
        const { table, rows } = batch;
        const names = Object.keys(rows[0] as object);
        const have = columns.get(table) ?? new Set();
        const strange = names.filter((n) => !have.has(n) || !/^[a-z_][a-z0-9_]*$/.test(n));
        if (strange.length > 0)
          throw new AdminError(`${file}: ${table} has columns this server lacks: ${strange.join(', ')}`);
        const list = names.join(', ');
        // Only the columns the file has: a column added since takes its default.
        await tx.query(
          `insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, $1::jsonb)`,
          [JSON.stringify(rows)],
        );
        counts[table] = (counts[table] ?? 0) + rows.length;
        batch = null;
      };
      let number = 1;
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        number += 1;
        if (next.value.trim() === '') continue;
        if (trailer) throw new AdminError(`${file}: line ${number} follows the end`);
        const entry = parseLine(next.value, number) as {
          table?: string;
          row?: Record<string, unknown>;
          end?: boolean;
        };
        if (entry.end === true) {
          await flush();
          trailer = entry as Trailer;
          continue;
        }
        const table = entry.table ?? '';
        if (
          !(BACKUP_TABLES as readonly string[]).includes(table) ||
          typeof entry.row !== 'object' ||
          entry.row === null
        ) {
          throw new AdminError(`${file}: line ${number} is not a row of a known table`);
        }
        if (batch && batch.table !== table) await flush();
        batch ??= { table, rows: [] };
        batch.rows.push(entry.row);
        if (batch.rows.length >= 500) await flush();
      }
      if (!trailer) throw new AdminError(`${file} is cut short (no end line); take the backup again`);
      for (const table of BACKUP_TABLES) {
        if ((counts[table] ?? 0) !== (trailer.rows[table] ?? 0)) {
          throw new AdminError(
            `${file}: ${table} has ${counts[table] ?? 0} rows, the end line says ${trailer.rows[table] ?? 0}`,
          );
        }
      }
      await tx.query('select setval($1, $2::bigint, $3)', [
        'change_seq',
        header.changeSeq?.lastValue,
        header.changeSeq?.isCalled,
      ]);
      // New positions start with this cluster's transaction ids, which may be lower than the backed-up
      // cluster's: the base lifts them above every position restored (store/feed-position.ts).
      await tx.query(
        `update feed_base set base = greatest(base, greatest(
            (select coalesce(max(seq), 0) from annotations),
            (select coalesce(max(seq), 0) from access_changes),
            $1::bigint, $2::bigint) + 1 - pg_current_xact_id()::text::bigint * ${POSITIONS_PER_TRANSACTION})`,
        [header.changeSeq?.lastValue, header.feedHead ?? '0'],
      );
      return {
        file,
        schema: header.schema as number,
        changeSeq: header.changeSeq?.lastValue as string,
        rows: counts,
      };
    });
  } finally {
    lines.close();
  }
}

function parseLine(line: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new AdminError(`line ${number} is not JSON`);
  }
}
