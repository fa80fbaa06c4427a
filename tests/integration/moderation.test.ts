/**
 * Moderation over HTTP, on both stores: hiding with a reason (who is told it, and who is not), flags
 * (idempotent, withdrawn, gone with the annotation) and the moderators' list; bad input is a 400 that says
 * what is wrong.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChangesPage, GroupFlags, SyncRecord } from '../../src/core/sync/protocol.ts';
import { buildApp } from './support/app.ts';
import { call, create, MANY_SIGNUPS, signUp, type Account } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

forEachStore('moderation', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let owner: Account;
  let author: Account;
  let member: Account;
  let groupId = '';

  const feedOf = async (who: Account, id: string) =>
    (await call<ChangesPage>(app, 'GET', '/api/changes?limit=500', { token: who.token })).body.changes.find(
      (r) => r.id === id,
    );
  const flagsOf = async () =>
    (await call<GroupFlags>(app, 'GET', `/api/groups/${groupId}/flags`, { token: owner.token })).body.flags;

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    owner = await signUp(app, 'owner');
    author = await signUp(app, 'author');
    member = await signUp(app, 'member');
    const group = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
      token: owner.token,
      body: { name: 'Moderated' },
    });
    groupId = group.body.id;
    for (const who of [author, member]) {
      await call(app, 'POST', `/api/groups/${groupId}/members`, {
        token: who.token,
        body: { inviteCode: group.body.inviteCode },
      });
    }
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  it('refuses bad hiding requests with a 400 naming the field', async () => {
    const target = await create(app, author, 'group', groupId);
    const url = `/api/annotations/${target.id}/hidden`;
    const cases: [unknown, string][] = [
      [{ hidden: true, reason: 'x'.repeat(501) }, 'body.reason: the reason is longer than 500 characters'],
      [{ hidden: false, reason: 'why' }, 'body.reason: a reason goes with hiding only'],
      [{ hidden: true, reason: 5 }, 'body.reason'],
      [{ hidden: true, why: 'x' }, 'why'],
      [{ hidden: true, reason: 'a\u0000b' }, 'body.reason: holds a NUL character'],
    ];
    for (const [body, message] of cases) {
      const answer = await call<{ error: string }>(app, 'PUT', url, { token: owner.token, body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error).toContain(message);
    }
    expect((await feedOf(author, target.id))?.hidden).toBe(false);
  });

  it('tells the author and the moderators why, members nothing; a new reason reaches the author, unhiding forgets it', async () => {
    const target = await create(app, author, 'group', groupId);
    const url = `/api/annotations/${target.id}/hidden`;
    const hidden = await call<SyncRecord>(app, 'PUT', url, {
      token: owner.token,
      body: { hidden: true, reason: '  Personal attack  ' },
    });
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({ hidden: true, hiddenReason: 'Personal attack', version: 2 });
    expect(await feedOf(author, target.id)).toMatchObject({ hiddenReason: 'Personal attack', version: 2 });
    const seenByMember = await feedOf(member, target.id);
    expect(seenByMember).toMatchObject({ hidden: true, annotation: null, version: 2 });
    expect(seenByMember).not.toHaveProperty('hiddenReason');
    // The same again changes nothing; another reason is a change the author learns.
    expect(
      (
        await call<SyncRecord>(app, 'PUT', url, {
          token: owner.token,
          body: { hidden: true, reason: 'Personal attack' },
        })
      ).body.version,
    ).toBe(2);
    const changed = await call<SyncRecord>(app, 'PUT', url, {
      token: owner.token,
      body: { hidden: true, reason: 'Off topic' },
    });
    expect(changed.body).toMatchObject({ version: 3, hiddenReason: 'Off topic' });
    expect((await feedOf(author, target.id))?.hiddenReason).toBe('Off topic');
    const shown = await call<SyncRecord>(app, 'PUT', url, { token: owner.token, body: { hidden: false } });
    expect(shown.body).toMatchObject({ hidden: false, version: 4 });
    expect(shown.body).not.toHaveProperty('hiddenReason');
    expect(await feedOf(member, target.id)).toMatchObject({ hidden: false, annotation: target.annotation });
    // Hidden without a reason: no reason anywhere.
    const bare = await call<SyncRecord>(app, 'PUT', url, { token: owner.token, body: { hidden: true } });
    expect(bare.body).not.toHaveProperty('hiddenReason');
  });

  it('counts flags per annotation, keeps one per member, withdraws them, and forgets them with the annotation', async () => {
    const target = await create(app, author, 'group', groupId);
    const url = `/api/annotations/${target.id}/flag`;
    expect((await call(app, 'POST', url, { token: member.token })).status).toBe(201);
    const again = await call(app, 'POST', url, { token: member.token, body: { reason: 'Spam link' } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ annotationId: target.id, flagged: true, reason: 'Spam link' });
    expect((await call(app, 'POST', url, { token: owner.token, body: {} })).status).toBe(201);
    expect((await flagsOf()).find((f) => f.id === target.id)).toMatchObject({
      count: 2,
      reasons: [{ by: member.username, reason: 'Spam link' }],
    });
    expect((await call(app, 'DELETE', url, { token: owner.token })).status).toBe(204);
    expect((await call(app, 'DELETE', url, { token: owner.token })).status).toBe(204);
    expect((await flagsOf()).find((f) => f.id === target.id)?.count).toBe(1);
    const bad = await call<{ error: string }>(app, 'POST', url, {
      token: member.token,
      body: { reason: 'x'.repeat(201) },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('body.reason: the reason is longer than 200 characters');
    const extra = await call<{ error: string }>(app, 'POST', url, { token: member.token, body: { why: 1 } });
    expect(extra.status).toBe(400);
    // The author deletes it: nothing left for the moderators to look at.
    expect(
      (
        await call(app, 'DELETE', `/api/annotations/${target.id}`, {
          token: author.token,
          headers: { 'if-match': '"1"' },
        })
      ).status,
    ).toBe(200);
    expect((await flagsOf()).some((f) => f.id === target.id)).toBe(false);
    expect((await call(app, 'POST', url, { token: member.token })).status).toBe(404);
  });

  it('refuses to flag a private annotation, even its own creator, and one hidden from the member', async () => {
    const mine = await create(app, author, 'private');
    const own = await call<{ error: string }>(app, 'POST', `/api/annotations/${mine.id}/flag`, {
      token: author.token,
    });
    expect(own.status).toBe(403);
    expect(own.body.error).toBe('only an annotation shared with a group can be flagged to its moderators');
    const target = await create(app, author, 'group', groupId);
    await call(app, 'POST', `/api/annotations/${target.id}/flag`, { token: member.token });
    await call(app, 'PUT', `/api/annotations/${target.id}/hidden`, {
      token: owner.token,
      body: { hidden: true },
    });
    // Hidden, it is not there for the member to flag, but their flag can still be withdrawn.
    const hidden = await call(app, 'POST', `/api/annotations/${target.id}/flag`, { token: member.token });
    expect(hidden.status).toBe(404);
    expect((await flagsOf()).find((f) => f.id === target.id)?.count).toBe(1);
    expect(
      (await call(app, 'DELETE', `/api/annotations/${target.id}/flag`, { token: member.token })).status,
    ).toBe(204);
    expect((await flagsOf()).some((f) => f.id === target.id)).toBe(false);
  });
});
