import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { migrate, MIGRATIONS } from '../../server/db/migrations.ts';
import type { ChangesPage, SyncRecord } from '../../src/core/sync/protocol.ts';
import { annotation, call, create, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';
import { SyncServer } from '../../src/background/sync/sync-server.ts';

/** The app's address, listening on a free port from the first test that needs real HTTP. */
async function listening(app: FastifyInstance): Promise<string> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on a port');
  return `http://127.0.0.1:${address.port}`;
}

forEachStore('sync API', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let alice: Account;

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    alice = await signUp(app, 'alice');
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  describe('migrations', () => {
    it('run once: a second start applies nothing', async () => {
      expect(await migrate(store.db)).toEqual([]);
      const rows = await store.db.query<{ version: number }>('select version from schema_migrations');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    });
  });

  describe('accounts', () => {
    it('signs up, signs in, says who is signed in, signs out', async () => {
      const body = { username: 'Carol.Reviewer', password: 'a long passphrase' };
      expect((await call(app, 'POST', '/api/users', { body })).status).toBe(201);
      expect((await call(app, 'POST', '/api/users', { body })).status).toBe(409);
      const signedIn = await call<{ token: string }>(app, 'POST', '/api/tokens', { body });
      expect(signedIn.status).toBe(201);
      expect(signedIn.body.token).toMatch(/^pa_[A-Za-z0-9_-]{43}$/);
      const token = signedIn.body.token;
      const me = await call<{ username: string }>(app, 'GET', '/api/me', { token });
      expect(me.body.username).toBe('carol.reviewer');
      expect((await call(app, 'DELETE', '/api/tokens/current', { token })).status).toBe(204);
      expect((await call(app, 'GET', '/api/me', { token })).status).toBe(401);
      expect((await call(app, 'GET', '/api/me')).status).toBe(401);
    });

    it('a sign-in expires after its lifetime', async () => {
      const dora = await signUp(app, 'expiring');
      expect((await call(app, 'GET', '/api/me', { token: dora.token })).status).toBe(200);
      await store.db.query(
        `update tokens set created = now() - interval '91 days'
          where user_id = (select id from users where username = $1)`,
        [dora.username],
      );
      expect((await call(app, 'GET', '/api/me', { token: dora.token })).status).toBe(401);
    });

    it('stores neither the password nor the token in the clear', async () => {
      const rows = await store.db.query<{ password_hash: string }>('select password_hash from users');
      for (const row of rows) expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
      const tokens = await store.db.query<{ hash: string }>('select hash from tokens');
      expect(tokens.some((t) => t.hash === alice.token)).toBe(false);
    });

    it('throttles failed sign-ins per username and address, with Retry-After', async () => {
      const body = { username: 'dora', password: 'right password' };
      await call(app, 'POST', '/api/users', { body });
      const wrong = { ...body, password: 'wrong password' };
      for (let i = 0; i < 5; i++) {
        expect((await call(app, 'POST', '/api/tokens', { body: wrong, ip: '10.0.0.9' })).status).toBe(401);
      }
      // The sixth failure sets the first lockout; the next attempt, even with the right password, waits.
      expect((await call(app, 'POST', '/api/tokens', { body: wrong, ip: '10.0.0.9' })).status).toBe(401);
      const locked = await call(app, 'POST', '/api/tokens', { body, ip: '10.0.0.9' });
      expect(locked.status).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // Another address is not locked out by this one's failures.
      expect((await call(app, 'POST', '/api/tokens', { body, ip: '10.0.0.10' })).status).toBe(201);
    });

    it('limits sign-ups per address per hour, taken names included, with Retry-After', async () => {
      // Its own app over the same database, with the limit a real server has.
      const limited = await buildApp(store.db, { signupsPerHour: 3 });
      try {
        const signUpAs = (username: string, ip: string) =>
          call(limited, 'POST', '/api/users', { body: { username, password: 'long enough' }, ip });
        expect((await signUpAs('limit-a', '10.0.1.1')).status).toBe(201);
        expect((await signUpAs('limit-a', '10.0.1.1')).status).toBe(409);
        expect((await signUpAs('limit-b', '10.0.1.1')).status).toBe(201);
        const refused = await signUpAs('limit-c', '10.0.1.1');
        expect(refused.status).toBe(429);
        expect(refused.body).toEqual({ error: 'too many sign-ups from this address; try again in 60 min' });
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
        // A malformed request is refused before it counts, and another address is not held back.
        expect((await signUpAs('x', '10.0.1.2')).status).toBe(400);
        expect((await signUpAs('limit-c', '10.0.1.2')).status).toBe(201);
      } finally {
        await limited.close();
      }
    });

    it('answers an unknown user like a wrong password', async () => {
      const answer = await call(app, 'POST', '/api/tokens', {
        body: { username: 'nobody', password: 'whatever1' },
      });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ error: 'wrong username or password' });
    });
  });

  describe('groups', () => {
    it('creates, joins by invite code, changes roles, removes and leaves', async () => {
      const bob = await signUp(app, 'bob');
      const eve = await signUp(app, 'eve');
      const made = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
        token: alice.token,
        body: { name: 'Civil society review' },
      });
      expect(made.status).toBe(201);
      const { id, inviteCode } = made.body;
      expect(
        (
          await call(app, 'POST', `/api/groups/${id}/members`, {
            token: bob.token,
            body: { inviteCode: 'x' },
          })
        ).status,
      ).toBe(403);
      expect(
        (await call(app, 'POST', `/api/groups/${id}/members`, { token: bob.token, body: { inviteCode } }))
          .status,
      ).toBe(201);
      expect(
        (await call(app, 'POST', `/api/groups/${id}/members`, { token: eve.token, body: { inviteCode } }))
          .status,
      ).toBe(201);
      // A member cannot promote; the owner can; a moderator cannot make an owner.
      expect(
        (
          await call(app, 'PATCH', `/api/groups/${id}/members/${bob.id}`, {
            token: eve.token,
            body: { role: 'moderator' },
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await call(app, 'PATCH', `/api/groups/${id}/members/${bob.id}`, {
            token: alice.token,
            body: { role: 'moderator' },
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await call(app, 'PATCH', `/api/groups/${id}/members/${eve.id}`, {
            token: bob.token,
            body: { role: 'owner' },
          })
        ).status,
      ).toBe(403);
      // The last owner neither steps down nor leaves.
      expect(
        (
          await call(app, 'PATCH', `/api/groups/${id}/members/${alice.id}`, {
            token: alice.token,
            body: { role: 'member' },
          })
        ).status,
      ).toBe(409);
      const leaving = await call(app, 'DELETE', `/api/groups/${id}/members/${alice.id}`, {
        token: alice.token,
      });
      expect(leaving.status).toBe(409);
      expect(leaving.body).toEqual({ error: 'the group would have no owner; make someone else owner first' });
      // The moderator removes a member; a member leaves by removing themself.
      expect(
        (await call(app, 'DELETE', `/api/groups/${id}/members/${eve.id}`, { token: bob.token })).status,
      ).toBe(204);
      expect(
        (await call(app, 'DELETE', `/api/groups/${id}/members/${bob.id}`, { token: bob.token })).status,
      ).toBe(204);
      const group = await call<{ members: unknown[] }>(app, 'GET', `/api/groups/${id}`, {
        token: alice.token,
      });
      expect(group.body.members).toHaveLength(1);
    });

    it('a removed member cannot rejoin with the old invite code', async () => {
      const mallory = await signUp(app, 'mallory');
      const made = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
        token: alice.token,
        body: { name: 'Removal' },
      });
      const { id, inviteCode } = made.body;
      const join = (code: string) =>
        call(app, 'POST', `/api/groups/${id}/members`, { token: mallory.token, body: { inviteCode: code } });
      expect((await join(inviteCode)).status).toBe(201);
      expect(
        (await call(app, 'DELETE', `/api/groups/${id}/members/${mallory.id}`, { token: alice.token })).status,
      ).toBe(204);
      expect((await join(inviteCode)).status).toBe(403);
      const fresh = await call<{ inviteCode: string }>(app, 'GET', `/api/groups/${id}`, {
        token: alice.token,
      });
      expect(fresh.body.inviteCode).not.toBe(inviteCode);
    });

    it('a hidden annotation cannot be moved to a group where its creator could unhide it', async () => {
      const moderated = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
        token: alice.token,
        body: { name: 'Moderated' },
      });
      const uma = await signUp(app, 'uma');
      await call(app, 'POST', `/api/groups/${moderated.body.id}/members`, {
        token: uma.token,
        body: { inviteCode: moderated.body.inviteCode },
      });
      const record = await create(app, uma, 'public', moderated.body.id);
      const hidden = await call<SyncRecord>(app, 'PUT', `/api/annotations/${record.id}/hidden`, {
        token: alice.token,
        body: { hidden: true },
      });
      expect(hidden.status).toBe(200);
      const own = await call<{ id: string }>(app, 'POST', '/api/groups', {
        token: uma.token,
        body: { name: 'Mine' },
      });
      const moved = await call(app, 'PUT', `/api/annotations/${record.id}`, {
        token: uma.token,
        headers: { 'if-match': `"${hidden.body.version}"` },
        body: { annotation: record.annotation, group: own.body.id },
      });
      expect(moved.status).toBe(403);
      expect(
        (
          await call(app, 'PUT', `/api/annotations/${record.id}/hidden`, {
            token: uma.token,
            body: { hidden: false },
          })
        ).status,
      ).toBe(403);
    });
  });

  describe('annotations', () => {
    it('creates with If-None-Match, updates with If-Match, refuses a stale version with the current record', async () => {
      const record = annotation();
      const url = `/api/annotations/${record.id}`;
      const created = await call<SyncRecord>(app, 'PUT', url, {
        token: alice.token,
        headers: { 'if-none-match': '*' },
        body: { annotation: record },
      });
      expect(created.status).toBe(201);
      expect(created.headers.etag).toBe('"1"');
      expect(created.body).toMatchObject({
        id: record.id,
        version: 1,
        creator: alice.id,
        deleted: false,
        annotation: record,
      });

      // A retried create (the answer was lost) is a 412 whose record shows the write landed.
      const retried = await call<{ current: SyncRecord }>(app, 'PUT', url, {
        token: alice.token,
        headers: { 'if-none-match': '*' },
        body: { annotation: record },
      });
      expect(retried.status).toBe(412);
      expect(retried.body.current.annotation).toEqual(record);

      const edited = { ...record, body: { ...record.body, comment: 'Now on track.' } };
      const updated = await call<SyncRecord>(app, 'PUT', url, {
        token: alice.token,
        headers: { 'if-match': '"1"' },
        body: { annotation: edited },
      });
      expect(updated.status).toBe(200);
      expect(updated.body.version).toBe(2);

      const stale = await call<{ current: SyncRecord }>(app, 'PUT', url, {
        token: alice.token,
        headers: { 'if-match': '"1"' },
        body: { annotation: record },
      });
      expect(stale.status).toBe(412);
      expect(stale.body.current).toMatchObject({ version: 2, annotation: edited });
      // The store's version conflict, answered by the error handler: the current version as the ETag.
      expect(stale.headers.etag).toBe('"2"');
      expect(stale.body).toMatchObject({ error: 'the annotation changed on the server; it is at version 2' });

      const read = await call<SyncRecord>(app, 'GET', url, { token: alice.token });
      expect(read.headers.etag).toBe('"2"');
      expect(
        (await call(app, 'GET', url, { token: alice.token, headers: { 'if-none-match': '"2"' } })).status,
      ).toBe(304);

      expect((await call(app, 'PUT', url, { token: alice.token, body: { annotation: edited } })).status).toBe(
        428,
      );
      expect((await call(app, 'DELETE', url, { token: alice.token })).status).toBe(428);
      expect(
        (await call(app, 'DELETE', url, { token: alice.token, headers: { 'if-match': '"1"' } })).status,
      ).toBe(412);
      const deleted = await call<SyncRecord>(app, 'DELETE', url, {
        token: alice.token,
        headers: { 'if-match': '"2"' },
      });
      expect(deleted.status).toBe(200);
      expect(deleted.body).toMatchObject({ deleted: true, annotation: null, version: 3 });
    });

    it('keeps a PDF annotation (fingerprint key, page fragment) exactly as sent', async () => {
      const record = annotation({
        target: {
          source: 'urn:x-pdf:0123456789abcdef0123456789abcdef',
          selector: [
            {
              type: 'FragmentSelector',
              conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
              value: 'page=3',
              refinedBy: { type: 'TextQuoteSelector', exact: 'Compromiso 2.' },
            },
            { type: 'TextQuoteSelector', exact: 'Compromiso 2.' },
          ],
        },
      });
      const written = await call<SyncRecord>(app, 'PUT', `/api/annotations/${record.id}`, {
        token: alice.token,
        headers: { 'if-none-match': '*' },
        body: { annotation: record },
      });
      expect(written.status).toBe(201);
      const read = await call<SyncRecord>(app, 'GET', `/api/annotations/${record.id}`, {
        token: alice.token,
      });
      expect(read.body.annotation).toEqual(record);
    });

    it('names the field at fault in a bad record', async () => {
      const record = annotation();
      const bad = { ...record, body: { comment: 'x', tags: [' '] }, extra: 1 };
      const answer = await call<{ error: string; fields: { field: string }[] }>(
        app,
        'PUT',
        `/api/annotations/${record.id}`,
        {
          token: alice.token,
          headers: { 'if-none-match': '*' },
          body: { annotation: bad },
        },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.fields.map((f) => f.field).sort()).toEqual([
        'body.annotation.body.tags.0',
        'body.annotation.extra',
      ]);
      const elsewhere = await call(app, 'PUT', `/api/annotations/${annotation().id}`, {
        token: alice.token,
        headers: { 'if-none-match': '*' },
        body: { annotation: record },
      });
      expect(elsewhere.status).toBe(400);
      const groupless = await call(app, 'PUT', `/api/annotations/${record.id}`, {
        token: alice.token,
        headers: { 'if-none-match': '*' },
        body: { annotation: { ...record, visibility: 'group' } },
      });
      expect(groupless.body).toMatchObject({ error: 'body.group: a group annotation names its group' });
    });
  });

  describe('change feed', () => {
    it('pages through every change in server order, tombstones included, and ends at the head', async () => {
      const reader = await signUp(app, 'feed');
      const written: string[] = [];
      for (let i = 0; i < 7; i++) written.push((await create(app, reader, 'private')).id);
      const first = written[0] ?? '';
      await call(app, 'DELETE', `/api/annotations/${first}`, {
        token: reader.token,
        headers: { 'if-match': '"1"' },
      });

      const seen: SyncRecord[] = [];
      let cursor = '0';
      for (;;) {
        const page = await call<ChangesPage>(app, 'GET', `/api/changes?since=${cursor}&limit=3`, {
          token: reader.token,
        });
        expect(page.status).toBe(200);
        seen.push(...page.body.changes);
        cursor = page.body.cursor;
        if (!page.body.more) break;
      }
      const mine = seen.filter((r) => r.creator === reader.id);
      expect(mine.map((r) => r.id).sort()).toEqual([...written].sort());
      expect(mine.find((r) => r.id === first)).toMatchObject({ deleted: true, annotation: null });
      const seqs = seen.map((r) => BigInt(r.seq));
      expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));
      const again = await call<ChangesPage>(app, 'GET', `/api/changes?since=${cursor}`, {
        token: reader.token,
      });
      expect(again.body).toEqual({ changes: [], cursor, more: false });
    });

    it('names the next page in a Link header, which the extension follows before reading the body', async () => {
      const reader = await signUp(app, 'linked');
      const written: string[] = [];
      for (let i = 0; i < 7; i++) written.push((await create(app, reader, 'private')).id);

      // The header itself: on a full page only, naming the body's cursor and the same page size.
      const first = await call<ChangesPage>(app, 'GET', '/api/changes?since=0&limit=3', {
        token: reader.token,
      });
      expect(first.body.more).toBe(true);
      expect(first.headers.link).toBe(`<changes?since=${first.body.cursor}&limit=3>; rel="next"`);

      // The extension's client over HTTP: each page's `next` is known from its headers, before `read`.
      const server = new SyncServer(await listening(app), reader.token);
      const seen: string[] = [];
      let opened = await server.openChanges('0', 3);
      for (;;) {
        const page = await opened.read();
        seen.push(...page.changes.filter((r) => r.creator === reader.id).map((r) => r.id));
        if (!page.more) {
          expect(opened.next).toBeNull();
          break;
        }
        expect(opened.next).toBe(page.cursor);
        opened = await server.openChanges(opened.next ?? '', 3);
      }
      expect(seen.sort()).toEqual([...written].sort());
      const last = await call<ChangesPage>(app, 'GET', `/api/changes?since=${first.body.cursor}&limit=500`, {
        token: reader.token,
      });
      expect(last.body.more).toBe(false);
      expect(last.headers.link).toBeUndefined();
    });

    it('pushes "changed up to cursor N" to those who may read the change', async () => {
      const url = await listening(app);
      const reader = await signUp(app, 'listener');
      const outsider = await signUp(app, 'outsider');
      const events = async (account: Account) => {
        const response = await fetch(`${url}/api/events`, {
          headers: { authorization: `Bearer ${account.token}` },
        });
        expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
        const reader = (response.body ?? new ReadableStream<Uint8Array>()).getReader();
        let text = '';
        return {
          async until(pattern: RegExp): Promise<string> {
            while (!pattern.test(text)) {
              const chunk = await reader.read();
              if (chunk.done) throw new Error(`stream ended before ${pattern}: ${text}`);
              text += new TextDecoder().decode(chunk.value);
            }
            return text;
          },
          text: () => text,
          close: () => reader.cancel(),
        };
      };
      const mine = await events(reader);
      const theirs = await events(outsider);
      await mine.until(/event: changed/);
      await theirs.until(/event: changed/);
      const record = await create(app, reader, 'private');
      await mine.until(new RegExp(`"cursor":"${record.seq}"`));
      // A public write after the private one reaches the outsider; the private one never did.
      const open = await create(app, reader, 'public');
      const seen = await theirs.until(new RegExp(`"cursor":"${open.seq}"`));
      expect(seen).not.toContain(`"cursor":"${record.seq}"`);
      await mine.close();
      await theirs.close();
    });

    // Only where a second instance exists; a skipped test would fail CI's no-skip check.
    if (kind.name === 'PostgreSQL') {
      it('fans events out to another instance through LISTEN/NOTIFY', async () => {
        const other = await store.openAnother();
        const second = await buildApp(other, MANY_SIGNUPS);
        try {
          const url = await second.listen({ port: 0, host: '127.0.0.1' });
          const response = await fetch(`${url}/api/events`);
          const stream = (response.body ?? new ReadableStream<Uint8Array>()).getReader();
          let text = '';
          const read = async (pattern: RegExp) => {
            while (!pattern.test(text)) {
              const chunk = await stream.read();
              if (chunk.done) throw new Error('stream ended');
              text += new TextDecoder().decode(chunk.value);
            }
          };
          await read(/event: changed/);
          const written = await create(app, alice, 'public');
          await read(new RegExp(`"cursor":"${written.seq}"`));
          await stream.cancel();
        } finally {
          await second.close();
        }
      });
    }
  });
});
