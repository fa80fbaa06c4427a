/**
 * What the export and sync benchmarks share: plan annotations of every shape (assessments with evidence,
 * comments, highlights), a real server listening on 127.0.0.1 over PGlite or PostgreSQL, and bulk seeding
 * of a group straight through SQL (seeding is not what is measured).
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { migrate } from '../../server/db/migrations.ts';
import { openPgliteDatabase } from '../../server/db/pglite-database.ts';
import { openPostgresDatabase } from '../../server/db/postgres-database.ts';
import type { SqlDatabase } from '../../server/db/sql-database.ts';
import { AnnotationSchema, type Annotation } from '../../src/core/model/annotation.ts';

const COMPLETIONS = ['no-evidence', 'not-started', 'limited', 'substantial', 'complete'] as const;
const KINDS = ['budget', 'dataset', 'news', 'law-or-decree', 'official-document'] as const;

/** The n-th record: every second an assessment citing 0 to 3 sources, the rest comments and highlights. */
export function benchRecord(n: number, id: string = randomUUID()): Annotation {
  const start = (n * 37) % 500_000;
  const ordinal = 1 + (n % 12);
  const assessing = n % 2 === 0;
  const evidence = Array.from({ length: n % 4 }, (_, i) => ({
    url: `https://data.gov.example/${ordinal}/source-${n}-${i}?format=csv`,
    title: `Source ${i} for commitment ${ordinal}, "release" ${n}`,
    kind: KINDS[(n + i) % KINDS.length] ?? 'other',
    published: i % 2 === 0 ? '2025-06-30' : null,
    accessed: '2026-11-20',
    excerpt: i === 0 ? `Line ${n}: the ministry published the data, =SUM(A1:A3)` : '',
  }));
  return AnnotationSchema.parse({
    id,
    motivation: assessing ? 'assessing' : n % 3 === 0 ? 'highlighting' : 'commenting',
    target: {
      source: `https://open.gov.example/plan/${n % 5}`,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: `Commitment ${ordinal}: publish budget data, passage ${n}`,
          prefix: 'Milestones\n',
          suffix: '. The agency',
        },
        { type: 'TextPositionSelector', start, end: start + 48 },
      ],
    },
    body: {
      comment:
        n % 3 === 0 && !assessing ? '' : `Progress on **milestone ${n % 7}**; see the portal. <b>x</b>`,
      tags: n % 4 === 0 ? [] : ['budget', `t${n % 9}`],
      commitment: { ordinal, label: String(ordinal), title: `Open budget data ${ordinal}`, linkedBy: 'auto' },
      ...(assessing
        ? {
            assessment: {
              completion: COMPLETIONS[n % COMPLETIONS.length],
              values: ['access-to-information', 'public-accountability'].slice(0, 1 + (n % 2)),
              impact: n % 3 === 0 ? null : 'moderate',
              verifiable: true,
            },
            evidence,
          }
        : {}),
    },
    document: { title: 'Fifth National Action Plan (2024–2026)' },
    visibility: 'group',
    created: '2026-11-20T09:00:00.000Z',
    modified: '2026-11-21T10:30:00.000Z',
  });
}

export const DEFAULT_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchStore {
  name: string;
  db: SqlDatabase;
  /** The database's own URL (PostgreSQL only), for a raw `pg` peer. */
  url?: string;
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated PostgreSQL database (dropped by `dispose`), or null when none answers. Its name
 * starts with `prefix`, so that a bench's database can be told from another's while both run.
 */
export async function openBenchPostgres(
  adminUrl = DEFAULT_DATABASE_URL,
  prefix = 'pa_bench',
): Promise<BenchStore | null> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgresDatabase(url.toString());
  await migrate(db);
  return {
    name: 'PostgreSQL',
    db,
    url: url.toString(),
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export async function openBenchPglite(): Promise<BenchStore> {
  const db = await openPgliteDatabase();
  await migrate(db);
  return { name: 'PGlite', db, dispose: () => db.close() };
}

export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  token: string;
  userId: string;
  groupId: string;
  /** The server's process id, when it runs in a process of its own. */
  pid?: number;
  close(): Promise<void>;
}

async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** One signed-in user who owns one group, made over HTTP on the server at `url`. */
async function benchAccount(url: string): Promise<Omit<BenchServer, 'close'>> {
  const username = `bench-${randomBytes(4).toString('hex')}`;
  const password = 'correct horse battery';
  const user = await postJson<{ id: string }>(`${url}/api/users`, { username, password });
  const { token } = await postJson<{ token: string }>(`${url}/api/tokens`, { username, password });
  const group = await postJson<{ id: string }>(`${url}/api/groups`, { name: 'Bench reviewers' }, token);
  return { url, token, userId: user.id, groupId: group.id };
}

/** The real app over HTTP on a free port, in this process. */
export async function startBenchServer(db: SqlDatabase): Promise<BenchServer> {
  const app: FastifyInstance = await buildApp(db);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const account = await benchAccount(address.replace('localhost', '127.0.0.1'));
  return { ...account, close: () => app.close() };
}

/**
 * The server as it is deployed: `plan-annotator serve` in its own process, on the PostgreSQL database
 * at `databaseUrl`, so that its work and its client's are not done by one thread in turn.
 */
export async function startServerProcess(databaseUrl: string): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('../../bin/plan-annotator.js', import.meta.url)), 'serve', '--port', '0'],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the sync server did not start:\n${output}`)), 60_000);
      child.stdout.on('data', () => {
        const listening = /Sync server listening on (http:\/\/\S+)/.exec(output);
        if (!listening) return;
        clearTimeout(timer);
        resolve((listening[1] as string).replace('localhost', '127.0.0.1'));
      });
      child.once('error', (error) => reject(error));
      void exited.then(() => reject(new Error(`the sync server exited:\n${output}`)));
    });
    return { ...(await benchAccount(url)), ...(child.pid ? { pid: child.pid } : {}), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Inserts records as the server would hold them (version 1, a change-feed position each), in batches. */
export async function seedGroup(
  db: SqlDatabase,
  server: BenchServer,
  records: readonly Annotation[],
): Promise<void> {
  const batch = 1000;
  for (let from = 0; from < records.length; from += batch) {
    await db.query(
      `insert into annotations (id, creator, group_id, visibility, record, version, seq)
        select (r->>'id')::uuid, $1::uuid, $2::uuid, r->>'visibility', r, 1, nextval('change_seq')
        from jsonb_array_elements($3::jsonb) r`,
      [server.userId, server.groupId, JSON.stringify(records.slice(from, from + batch))],
    );
  }
}

/** CPU time (user and system) a process has used so far, in ms, from Linux's /proc; null elsewhere. */
export function processCpuMs(pid: number): number | null {
  try {
    // Fields after the command name, which is in parentheses: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * The CPU time of every PostgreSQL process on this machine, in ms (Linux only; null elsewhere or when
 * none is seen). Nothing else should use the database while it is read.
 */
export function postgresCpuMs(): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^[0-9]+$/.test(name));
  } catch {
    return null;
  }
  let total = 0;
  let found = false;
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) continue;
    } catch {
      continue; // gone meanwhile
    }
    found = true;
    total += processCpuMs(Number(pid)) ?? 0;
  }
  // None here: the database runs on another machine or in a container this one cannot see into.
  return found ? total : null;
}

/** Linux's USER_HZ: what /proc counts CPU time in. */
const CLOCK_TICKS = 100;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export function verdict(met: boolean, text: string): void {
  console.log(`${met ? 'PASS' : 'MISS'}  ${text}`);
}
