/**
 * `plan-annotator backup` and `restore`: a server's data taken from PGlite and restored into PGlite and
 * into PostgreSQL, with the change feed intact: a client synced before the backup carries on after the
 * restore from its cursor, with its token, and sees what is written next exactly once.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup, BACKUP_TABLES, restore } from '../../server/admin/backup.ts';
import { buildApp } from './support/app.ts';
import { openPgliteDatabase } from '../../server/db/pglite-database.ts';
import { migrate } from '../../server/db/migrations.ts';
import type { SqlDatabase } from '../../server/db/sql-database.ts';
import type { ChangesPage, SyncRecord } from '../../src/core/sync/protocol.ts';
import { annotation, call, MANY_SIGNUPS, signUp, type Account } from './support/api-client.ts';
import { ROOT } from './support/server-process.ts';
import { forEachStore, STORES, type OpenStore } from './support/stores.ts';

const run = promisify(execFile);

async function counts(db: SqlDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of BACKUP_TABLES) {
    out[table] = (await db.query<{ n: number }>(`select count(*)::integer as n from ${table}`))[0]?.n ?? -1;
  }
  return out;
}

/** Every table's rows as text, for comparing two databases. */
async function contents(db: SqlDatabase): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of BACKUP_TABLES) {
    out[table] = (await db.query<{ j: string }>(`select to_jsonb(t)::text as j from ${table} t`))
      .map((r) => r.j)
      .sort();
  }
  return out;
}

async function feed(app: FastifyInstance, token: string, since: string): Promise<ChangesPage> {
  const page = await call<ChangesPage>(app, 'GET', `/api/changes?since=${since}&limit=500`, { token });
  expect(page.status).toBe(200);
  return page.body;
}

describe('backup and restore', () => {
  let work = '';
  let source: SqlDatabase;
  let sourceApp: FastifyInstance;
  let alice: Account;
  let bob: Account;
  let group = '';
  let cursor = '';
  let file = '';
  let before: Record<string, number>;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'pa-backup-'));
    source = await openPgliteDatabase(join(work, 'source'));
    await migrate(source);
    sourceApp = await buildApp(source, MANY_SIGNUPS);
    alice = await signUp(sourceApp, 'alice');
    bob = await signUp(sourceApp, 'bob');
    const created = await call<{ id: string; inviteCode: string }>(sourceApp, 'POST', '/api/groups', {
      token: alice.token,
      body: { name: 'Backed up' },
    });
    group = created.body.id;
    await call(sourceApp, 'POST', `/api/groups/${group}/members`, {
      token: bob.token,
      body: { inviteCode: created.body.inviteCode },
    });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const record = annotation({
        visibility: i % 3 === 0 ? 'private' : 'group',
        body: { comment: `note ${i}`, tags: [] },
      });
      const put = await call<SyncRecord>(sourceApp, 'PUT', `/api/annotations/${record.id}`, {
        token: alice.token,
        headers: { 'if-none-match': '*' },
        body: record.visibility === 'group' ? { annotation: record, group } : { annotation: record },
      });
      expect(put.status).toBe(201);
      ids.push(record.id);
    }
    // A tombstone: deleted before the backup, it must stay deleted after.
    expect(
      (
        await call(sourceApp, 'DELETE', `/api/annotations/${ids[1]}`, {
          token: alice.token,
          headers: { 'if-match': '"1"' },
        })
      ).status,
    ).toBe(200);
    // Moderation: one hidden with a reason, one flagged by bob; both come back with the rest.
    expect(
      (
        await call(sourceApp, 'PUT', `/api/annotations/${ids[2]}/hidden`, {
          token: alice.token,
          body: { hidden: true, reason: 'Off topic' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call(sourceApp, 'POST', `/api/annotations/${ids[4]}/flag`, {
          token: bob.token,
          body: { reason: 'Check the figures' },
        })
      ).status,
    ).toBe(201);
    // bob's client syncs everything there is.
    const page = await feed(sourceApp, bob.token, '0');
    expect(page.more).toBe(false);
    expect(page.changes.some((c) => c.id === ids[1] && c.deleted)).toBe(true);
    cursor = page.cursor;

    file = join(work, 'server.backup');
    const summary = await backup(source, file);
    expect(summary.rows.annotations).toBe(6);
    before = await counts(source);
    expect(before.annotation_flags).toBe(1);
  });
  afterAll(async () => {
    await sourceApp?.close();
    await source?.close().catch(() => undefined);
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('writes a file only its owner reads, with an end line', async () => {
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0] as string)).toEqual(
      expect.objectContaining({ format: 'plan-annotator-backup' }),
    );
    expect(JSON.parse(lines.at(-1) as string)).toEqual(expect.objectContaining({ end: true }));
  });

  forEachStore('restored into a new database', (kind) => {
    let target: OpenStore;
    let app: FastifyInstance;
    beforeAll(async () => {
      target = await kind.open();
      await restore(target.db, file);
      app = await buildApp(target.db, MANY_SIGNUPS);
    });
    afterAll(async () => {
      await app?.close();
      await target?.dispose();
    });

    it('holds every row the source held, the same', async () => {
      expect(await counts(target.db)).toEqual(before);
      expect(await contents(target.db)).toEqual(await contents(source));
    });

    it('lets a client synced before the backup carry on from its cursor, with its token', async () => {
      // Nothing new since the backup: the feed has nothing for bob, and his cursor does not go back.
      const nothing = await feed(app, bob.token, cursor);
      expect(nothing.changes).toEqual([]);
      expect(BigInt(nothing.cursor)).toBeGreaterThanOrEqual(BigInt(cursor));
      // A write after the restore comes after the cursor, once.
      const record = annotation({ visibility: 'group', body: { comment: 'after the restore', tags: [] } });
      const put = await call<SyncRecord>(app, 'PUT', `/api/annotations/${record.id}`, {
        token: alice.token,
        headers: { 'if-none-match': '*' },
        body: { annotation: record, group },
      });
      expect(put.status).toBe(201);
      expect(BigInt(put.body.seq)).toBeGreaterThan(BigInt(cursor));
      const next = await feed(app, bob.token, cursor);
      expect(next.changes.map((c) => c.id)).toEqual([record.id]);
      // The password hash came along too: signing in works.
      const signedIn = await call(app, 'POST', '/api/tokens', {
        body: { username: alice.username, password: 'correct horse battery' },
      });
      expect(signedIn.status).toBe(201);
    });

    it('refuses to restore over data, and leaves the database as it was', async () => {
      const rows = await counts(target.db);
      await expect(restore(target.db, file)).rejects.toThrow(/already holds data/);
      expect(await counts(target.db)).toEqual(rows);
    });
  });

  it('refuses a file cut short and restores nothing of it', async () => {
    const text = await readFile(file, 'utf8');
    const cut = join(work, 'cut.backup');
    await writeFile(cut, text.split('\n').slice(0, -2).join('\n'));
    const store = await (STORES[0] as (typeof STORES)[number]).open();
    try {
      await expect(restore(store.db, cut)).rejects.toThrow(/cut short/);
      expect(Object.values(await counts(store.db)).every((n) => n === 0)).toBe(true);
      await writeFile(cut, '{"hello":"world"}\n');
      await expect(restore(store.db, cut)).rejects.toThrow(/not a Plan Annotator backup/);
    } finally {
      await store.dispose();
    }
  });
});

describe('backup and restore on the command line: a PGlite folder into a new folder and into PostgreSQL', () => {
  let work = '';
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(process.execPath, ['bin/plan-annotator.js', ...args], { cwd: ROOT, env: { ...process.env, ...env } });

  it('round-trips with --json summaries', { timeout: 400_000 }, async () => {
    work = await mkdtemp(join(tmpdir(), 'pa-backup-cli-'));
    const from = join(work, 'from');
    await cli(['admin', 'create-user', 'lena', '--data', from]);
    const out = join(work, 'lena.backup');
    const taken = JSON.parse((await cli(['backup', '--out', out, '--data', from, '--json'])).stdout) as {
      rows: Record<string, number>;
    };
    expect(taken.rows.users).toBe(1);

    const restored = JSON.parse(
      (await cli(['restore', out, '--data', join(work, 'to'), '--json'])).stdout,
    ) as {
      rows: Record<string, number>;
    };
    expect(restored.rows.users).toBe(1);
    const users = JSON.parse(
      (await cli(['admin', 'users', '--json', '--data', join(work, 'to')])).stdout,
    ) as {
      username: string;
    }[];
    expect(users.map((u) => u.username)).toEqual(['lena']);

    const postgres = STORES[1] as (typeof STORES)[number];
    if (!postgres.available) return;
    // A database of its own, made and dropped by the store helper; the CLI reaches it by DATABASE_URL.
    const target = await postgres.open();
    try {
      const url = (await target.db.query<{ u: string }>(`select current_database() as u`))[0]?.u as string;
      const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
      base.pathname = `/${url}`;
      const moved = JSON.parse(
        (await cli(['restore', out, '--json'], { DATABASE_URL: base.toString() })).stdout,
      ) as {
        rows: Record<string, number>;
      };
      expect(moved.rows.users).toBe(1);
      const there = JSON.parse(
        (await cli(['admin', 'users', '--json'], { DATABASE_URL: base.toString() })).stdout,
      ) as { username: string }[];
      expect(there.map((u) => u.username)).toEqual(['lena']);
    } finally {
      await target.dispose();
    }
  });
});
