/**
 * `plan-annotator admin`: what each action does to the accounts as the API then sees them, on both
 * stores; an erase reaching another member's client through the change feed; and the command line itself
 * (`--json`, refusals) on a PGlite folder.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminError,
  createUser,
  eraseUser,
  listGroups,
  listUsers,
  resetPassword,
  setDisabled,
  setRole,
} from '../../server/admin/accounts.ts';
import { buildApp } from './support/app.ts';
import type { ChangesPage, SyncRecord } from '../../src/core/sync/protocol.ts';
import { annotation, call, MANY_SIGNUPS } from './support/api-client.ts';
import { ROOT } from './support/server-process.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

const run = promisify(execFile);

forEachStore('admin actions', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  const password = 'a long enough password';

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  const signIn = (username: string, pw = password) =>
    call<{ token: string; user: { id: string } }>(app, 'POST', '/api/tokens', {
      body: { username, password: pw },
    });

  it('creates a user who can sign in; a taken name or a short password is refused', async () => {
    const created = await createUser(store.db, 'Carol', password);
    expect(created.username).toBe('carol');
    expect((await signIn('carol')).status).toBe(201);
    await expect(createUser(store.db, 'carol', password)).rejects.toThrow(/taken/);
    await expect(createUser(store.db, 'dave', 'short')).rejects.toBeInstanceOf(AdminError);
  });

  it('resets a password: the old one and every old token stop working', async () => {
    await createUser(store.db, 'erin', password);
    const { token } = (await signIn('erin')).body;
    expect((await call(app, 'GET', '/api/me', { token })).status).toBe(200);
    await resetPassword(store.db, 'erin', 'the brand new password');
    expect((await call(app, 'GET', '/api/me', { token })).status).toBe(401);
    expect((await signIn('erin')).status).toBe(401);
    expect((await signIn('erin', 'the brand new password')).status).toBe(201);
  });

  it('disables an account (no sign-in, no token) and enables it again', async () => {
    await createUser(store.db, 'frank', password);
    const { token } = (await signIn('frank')).body;
    await setDisabled(store.db, 'frank', true);
    expect((await call(app, 'GET', '/api/me', { token })).status).toBe(401);
    const refused = await signIn('frank');
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toMatch(/disabled/);
    expect((await listUsers(store.db)).find((u) => u.username === 'frank')?.disabled).toBe(true);
    await setDisabled(store.db, 'frank', false);
    const again = await signIn('frank');
    expect(again.status).toBe(201);
    expect((await call(app, 'GET', '/api/me', { token: again.body.token })).status).toBe(200);
  });

  it('lists groups with members, changes a role, keeps the last owner', async () => {
    await createUser(store.db, 'gina', password);
    await createUser(store.db, 'hugo', password);
    const gina = (await signIn('gina')).body.token;
    const hugo = (await signIn('hugo')).body.token;
    const group = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
      token: gina,
      body: { name: 'Roles' },
    });
    await call(app, 'POST', `/api/groups/${group.body.id}/members`, {
      token: hugo,
      body: { inviteCode: group.body.inviteCode },
    });
    const listed = (await listGroups(store.db)).find((g) => g.id === group.body.id);
    expect(listed?.members.map((m) => [m.username, m.role])).toEqual([
      ['gina', 'owner'],
      ['hugo', 'member'],
    ]);
    await expect(setRole(store.db, group.body.id, 'gina', 'member')).rejects.toThrow(/no owner/);
    await expect(setRole(store.db, 'Roles', 'hugo', 'king')).rejects.toThrow(/member, moderator or owner/);
    expect(await setRole(store.db, 'Roles', 'hugo', 'owner')).toEqual({
      groupId: group.body.id,
      username: 'hugo',
      role: 'owner',
    });
    // hugo may now do what owners do.
    const changed = await call(
      app,
      'PATCH',
      `/api/groups/${group.body.id}/members/${(await signIn('gina')).body.user.id}`,
      {
        token: hugo,
        body: { role: 'moderator' },
      },
    );
    expect(changed.status).toBe(200);
  });

  it("erases a user: their shared annotations reach another member's client as tombstones", async () => {
    await createUser(store.db, 'ivy', password);
    await createUser(store.db, 'jack', password);
    const ivyIn = (await signIn('ivy')).body;
    const jack = (await signIn('jack')).body.token;
    const group = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
      token: ivyIn.token,
      body: { name: 'Erase' },
    });
    await call(app, 'POST', `/api/groups/${group.body.id}/members`, {
      token: jack,
      body: { inviteCode: group.body.inviteCode },
    });
    const write = async (visibility: 'private' | 'group' | 'public') => {
      const record = annotation({ visibility, body: { comment: `ivy's ${visibility} words`, tags: [] } });
      const answer = await call<SyncRecord>(app, 'PUT', `/api/annotations/${record.id}`, {
        token: ivyIn.token,
        headers: { 'if-none-match': '*' },
        body: visibility === 'group' ? { annotation: record, group: group.body.id } : { annotation: record },
      });
      expect(answer.status).toBe(201);
      return record.id;
    };
    const shared = [await write('group'), await write('public')];
    const mine = await write('private');

    // jack's client is synced up to here.
    const synced = await call<ChangesPage>(app, 'GET', '/api/changes?since=0&limit=500', { token: jack });
    expect(synced.body.changes.filter((c) => shared.includes(c.id) && !c.deleted)).toHaveLength(2);

    // The only owner of a group with others in it is not erased until someone else owns it.
    await expect(eraseUser(store.db, 'ivy')).rejects.toThrow(/only owner of "Erase"/);
    await setRole(store.db, group.body.id, 'jack', 'owner');
    const erased = await eraseUser(store.db, 'ivy');
    expect(erased).toEqual(
      expect.objectContaining({ username: 'ivy', privateRemoved: 1, sharedDeleted: 2, groupsLeft: 1 }),
    );

    const after = await call<ChangesPage>(app, 'GET', `/api/changes?since=${synced.body.cursor}&limit=500`, {
      token: jack,
    });
    const tombstones = after.body.changes.filter((c) => shared.includes(c.id));
    expect(tombstones.map((c) => c.id).sort()).toEqual([...shared].sort());
    for (const t of tombstones) {
      expect(t.deleted).toBe(true);
      expect(t.annotation).toBeNull();
    }
    // Nobody reads ivy's words any more: not jack, not anyone anonymous, not the database.
    expect(JSON.stringify(after.body)).not.toContain("ivy's");
    const anonymous = await call<ChangesPage>(app, 'GET', '/api/changes?since=0&limit=500');
    expect(JSON.stringify(anonymous.body)).not.toContain("ivy's");
    const stored = await store.db.query<{ n: number }>(
      `select count(*)::integer as n from annotations where id = any($1::uuid[]) and record is not null`,
      [[...shared, mine]],
    );
    expect(stored[0]?.n).toBe(0);
    // Signed out and unable to sign in; the name is gone.
    expect((await call(app, 'GET', '/api/me', { token: ivyIn.token })).status).toBe(401);
    expect((await signIn('ivy')).status).toBe(401);
    const users = await listUsers(store.db);
    expect(users.find((u) => u.username === 'ivy')).toBeUndefined();
    expect(users.find((u) => u.id === ivyIn.user.id)).toEqual(
      expect.objectContaining({ disabled: true, groups: 0, username: expect.stringMatching(/^erased-/) }),
    );
  });
});

describe('plan-annotator admin (the command line, PGlite folder)', () => {
  let dataDir = '';
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  const admin = (...args: string[]) =>
    run(process.execPath, ['bin/plan-annotator.js', 'admin', ...args, '--data', dataDir], { cwd: ROOT }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        stdout: e.stdout,
        stderr: e.stderr,
      }),
    );

  it(
    'creates, lists, disables and erases with --json; refuses what it must',
    { timeout: 120_000 },
    async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'pa-admin-'));
      const created = await admin('create-user', 'kim', '--json');
      expect(created.code).toBe(0);
      const kim = JSON.parse(created.stdout) as { id: string; username: string; password: string };
      expect(kim.username).toBe('kim');
      expect(kim.password.length).toBeGreaterThanOrEqual(20);

      expect((await admin('disable', 'kim', '--json')).code).toBe(0);
      const users = JSON.parse((await admin('users', '--json')).stdout) as {
        username: string;
        disabled: boolean;
      }[];
      expect(users).toEqual([expect.objectContaining({ username: 'kim', disabled: true })]);
      expect(JSON.parse((await admin('groups', '--json')).stdout)).toEqual([]);

      const unknown = await admin('disable', 'nobody');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/no user "nobody"/);
      const unconfirmed = await admin('erase', 'kim');
      expect(unconfirmed.code).toBe(2);
      expect(unconfirmed.stderr).toMatch(/--yes/);
      const erased = await admin('erase', 'kim', '--yes', '--json');
      expect(erased.code).toBe(0);
      expect(JSON.parse(erased.stdout)).toEqual(expect.objectContaining({ id: kim.id, username: 'kim' }));
      const badUrl = await run(process.execPath, ['bin/plan-annotator.js', 'admin', 'users'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: 'mysql://somewhere/db' },
      }).catch((e: { code: number; stderr: string }) => e);
      expect(badUrl).toEqual(
        expect.objectContaining({ code: 2, stderr: expect.stringMatching(/postgres:\/\//) }),
      );
    },
  );
});
