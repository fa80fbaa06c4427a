import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import type { Annotation } from '../../src/core/model/annotation.ts';
import type { ChangesPage, SyncRecord } from '../../src/core/sync/protocol.ts';
import { annotation, call, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

/**
 * Readers who lose access to an annotation (it turns private, moves group, they leave the group) must
 * learn it from the change feed, or their machine keeps a copy they may no longer read; a new member
 * must get the group's earlier annotations, which their cursor has already passed.
 */
forEachStore('access changes in the change feed', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let owner: Account;
  let member: Account;
  let outsider: Account;
  let group: { id: string; inviteCode: string };
  let other: { id: string; inviteCode: string };

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    owner = await signUp(app, 'owner');
    member = await signUp(app, 'member');
    outsider = await signUp(app, 'outsider');
    group = (
      await call<typeof group>(app, 'POST', '/api/groups', { token: owner.token, body: { name: 'G' } })
    ).body;
    other = (
      await call<typeof other>(app, 'POST', '/api/groups', { token: owner.token, body: { name: 'H' } })
    ).body;
    await join(member, group);
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  async function join(account: Account, target: { id: string; inviteCode: string }): Promise<void> {
    const answer = await call(app, 'POST', `/api/groups/${target.id}/members`, {
      token: account.token,
      body: { inviteCode: target.inviteCode },
    });
    expect(answer.status).toBe(201);
  }

  async function write(record: Annotation, groupId: string | null, version?: number): Promise<number> {
    const answer = await call<SyncRecord>(app, 'PUT', `/api/annotations/${record.id}`, {
      token: owner.token,
      body: { annotation: record, group: groupId },
      headers: version === undefined ? { 'if-none-match': '*' } : { 'if-match': `"${version}"` },
    });
    expect([200, 201]).toContain(answer.status);
    return answer.body.version;
  }

  /** Every change since `since`, page by page, as a reader would pull them. */
  async function pull(
    account: Account | null,
    since: string,
  ): Promise<{ changes: SyncRecord[]; cursor: string }> {
    const changes: SyncRecord[] = [];
    let cursor = since;
    for (;;) {
      const page = await call<ChangesPage>(app, 'GET', `/api/changes?since=${cursor}&limit=2`, {
        token: account?.token,
      });
      expect(page.status).toBe(200);
      changes.push(...page.body.changes);
      cursor = page.body.cursor;
      if (!page.body.more) return { changes, cursor };
    }
  }

  async function listening(): Promise<string> {
    if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening on a port');
    return `http://127.0.0.1:${address.port}`;
  }

  /** An account's open event stream (`/api/events`), read until a pattern shows. */
  async function events(url: string, account: Account) {
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
      close: () => reader.cancel(),
    };
  }

  /** What a client holding everything it pulled would keep: the last record per id, tombstones dropped. */
  function kept(changes: SyncRecord[]): Map<string, SyncRecord> {
    const copies = new Map<string, SyncRecord>();
    for (const change of changes) {
      if (change.deleted || change.annotation === null) copies.delete(change.id);
      else copies.set(change.id, change);
    }
    return copies;
  }

  it('a group annotation turned private becomes a tombstone for the members, and only for them', async () => {
    const start = (await pull(member, '0')).cursor;
    const outsiderStart = (await pull(outsider, '0')).cursor;
    const record = annotation({ visibility: 'group' });
    const version = await write(record, group.id);
    const seen = await pull(member, start);
    expect(kept(seen.changes).has(record.id)).toBe(true);

    await write({ ...record, visibility: 'private' }, null, version);
    const after = await pull(member, seen.cursor);
    const tombstone = after.changes.find((c) => c.id === record.id);
    expect(tombstone).toMatchObject({ deleted: true, annotation: null });
    expect(kept([...seen.changes, ...after.changes]).has(record.id)).toBe(false);
    // Someone who never could read it learns nothing of it, not even its id.
    expect((await pull(outsider, outsiderStart)).changes.some((c) => c.id === record.id)).toBe(false);
    // The creator still has it.
    expect(kept((await pull(owner, start)).changes).get(record.id)?.annotation?.visibility).toBe('private');
  });

  it("a group annotation made private through the extension's batch route reaches the members' open event streams, then their pull as a tombstone", async () => {
    const url = await listening();
    const start = (await pull(member, '0')).cursor;
    const record = annotation({ visibility: 'group' });
    const version = await write(record, group.id);
    const seen = await pull(member, start);
    expect(kept(seen.changes).has(record.id)).toBe(true);

    const memberStream = await events(url, member);
    const outsiderStream = await events(url, outsider);
    try {
      await memberStream.until(/event: changed/);
      await outsiderStream.until(/event: changed/);
      const narrowed = await call<{ results: Array<{ status: number; record?: SyncRecord }> }>(
        app,
        'POST',
        '/api/annotations/batch',
        {
          token: owner.token,
          body: {
            writes: [{ op: 'put', annotation: { ...record, visibility: 'private' }, group: null, version }],
          },
        },
      );
      expect(narrowed.body.results[0]?.status).toBe(200);
      const cursor = narrowed.body.results[0]?.record?.seq ?? '';
      expect(cursor).toMatch(/^[0-9]+$/);
      // The member is told at once that something changed up to that cursor ...
      await memberStream.until(new RegExp(`"cursor":"${cursor}"`));
      // ... and the pull it makes then takes the annotation off their machine.
      const after = await pull(member, seen.cursor);
      expect(after.changes.find((c) => c.id === record.id)).toMatchObject({
        deleted: true,
        annotation: null,
      });
      expect(kept([...seen.changes, ...after.changes]).has(record.id)).toBe(false);
      // Someone who never could read it is not told of the change.
      await write(annotation({ visibility: 'public' }), null);
      const outsiderText = await outsiderStream.until(/"cursor":"[0-9]+"[^]*"cursor":"[0-9]+"/);
      expect(outsiderText).not.toContain(`"cursor":"${cursor}"`);
    } finally {
      await memberStream.close();
      await outsiderStream.close();
    }
  });

  it('a public annotation narrowed to a group is gone for anonymous readers and outsiders, kept by members', async () => {
    const start = (await pull(null, '0')).cursor;
    const record = annotation({ visibility: 'public' });
    const version = await write(record, group.id);
    const anonymous = await pull(null, start);
    expect(kept(anonymous.changes).has(record.id)).toBe(true);
    const outsiderSeen = await pull(outsider, start);
    const memberSeen = await pull(member, start);

    await write({ ...record, visibility: 'group' }, group.id, version);
    const anonymousAfter = await pull(null, anonymous.cursor);
    expect(kept([...anonymous.changes, ...anonymousAfter.changes]).has(record.id)).toBe(false);
    const outsiderAfter = await pull(outsider, outsiderSeen.cursor);
    expect(kept([...outsiderSeen.changes, ...outsiderAfter.changes]).has(record.id)).toBe(false);
    const memberAfter = await pull(member, memberSeen.cursor);
    expect(kept([...memberSeen.changes, ...memberAfter.changes]).get(record.id)?.annotation?.visibility).toBe(
      'group',
    );
  });

  it('moving an annotation to another group takes it from the first group only', async () => {
    const start = (await pull(member, '0')).cursor;
    const record = annotation({ visibility: 'group' });
    const version = await write(record, group.id);
    const seen = await pull(member, start);
    await write(record, other.id, version);
    const after = await pull(member, seen.cursor);
    expect(kept([...seen.changes, ...after.changes]).has(record.id)).toBe(false);
  });

  it("a member who leaves loses the group's annotations but keeps their own", async () => {
    const leaver = await signUp(app, 'leaver');
    await join(leaver, group);
    const start = (await pull(leaver, '0')).cursor;
    const theirs = annotation({ visibility: 'group' });
    const written = await call(app, 'PUT', `/api/annotations/${theirs.id}`, {
      token: leaver.token,
      body: { annotation: theirs, group: group.id },
      headers: { 'if-none-match': '*' },
    });
    expect(written.status).toBe(201);
    const owners = annotation({ visibility: 'group' });
    await write(owners, group.id);
    const seen = await pull(leaver, start);
    expect(kept(seen.changes).has(owners.id)).toBe(true);

    const left = await call(app, 'DELETE', `/api/groups/${group.id}/members/${leaver.id}`, {
      token: leaver.token,
    });
    expect(left.status).toBe(204);
    const after = await pull(leaver, seen.cursor);
    const copies = kept([...seen.changes, ...after.changes]);
    expect(copies.has(owners.id)).toBe(false);
    expect(copies.has(theirs.id)).toBe(true);
  });

  it("a new member receives the group's earlier annotations, though their cursor had passed them", async () => {
    const record = annotation({ visibility: 'group' });
    await write(record, group.id);
    const newcomer = await signUp(app, 'newcomer');
    // The newcomer was already syncing: their cursor is at the head, past the annotation.
    const before = await pull(newcomer, '0');
    expect(kept(before.changes).has(record.id)).toBe(false);
    await join(newcomer, group);
    const after = await pull(newcomer, before.cursor);
    expect(kept(after.changes).get(record.id)?.annotation?.id).toBe(record.id);
    // And a later pull from the new cursor does not repeat it.
    expect((await pull(newcomer, after.cursor)).changes).toEqual([]);
  });
});
