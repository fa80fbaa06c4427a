import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { MAX_BATCH, type BatchAnswer } from '../../src/core/sync/batch.ts';
import type { ChangesPage, SyncRecord } from '../../src/core/sync/protocol.ts';
import { annotation, call, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

/** The outbox pushed in one request: each write judged as its own request would be, in one commit. */
forEachStore('batch writes', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let alice: Account;
  let bob: Account;

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    alice = await signUp(app, 'alice');
    bob = await signUp(app, 'bob');
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  const batch = (account: Account | null, writes: unknown[]) =>
    call<BatchAnswer & { error?: string; fields?: { field: string }[] }>(
      app,
      'POST',
      '/api/annotations/batch',
      {
        token: account?.token,
        body: { writes },
      },
    );

  it('creates several annotations, each with version 1, all in the change feed', async () => {
    const records = [annotation(), annotation(), annotation()];
    const answer = await batch(
      alice,
      records.map((a) => ({ op: 'put', annotation: a, group: null, version: null })),
    );
    expect(answer.status).toBe(200);
    expect(answer.body.results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(answer.body.results.map((r) => r.record?.version)).toEqual([1, 1, 1]);
    const feed = await call<ChangesPage>(app, 'GET', '/api/changes?since=0&limit=500', {
      token: alice.token,
    });
    for (const record of records) {
      expect(feed.body.changes.find((c) => c.id === record.id)?.annotation).toEqual(record);
    }
  });

  it('answers each write on its own: a refused one does not stop the others', async () => {
    const kept = annotation();
    const stale = annotation();
    const bobs = annotation();
    await batch(alice, [
      { op: 'put', annotation: kept, group: null, version: null },
      { op: 'put', annotation: stale, group: null, version: null },
    ]);
    await batch(bob, [
      { op: 'put', annotation: { ...bobs, visibility: 'public' }, group: null, version: null },
    ]);
    const fresh = annotation();
    const answer = await batch(alice, [
      { op: 'put', annotation: { ...kept, body: { comment: 'edited', tags: [] } }, group: null, version: 1 },
      { op: 'put', annotation: { ...stale, body: { comment: 'late', tags: [] } }, group: null, version: 7 },
      { op: 'put', annotation: stale, group: null, version: null },
      { op: 'delete', id: bobs.id, version: 1 },
      { op: 'put', annotation: { ...fresh, visibility: 'group' }, group: randomUUID(), version: null },
      { op: 'delete', id: kept.id, version: 2 },
    ]);
    expect(answer.status).toBe(200);
    const [edit, late, again, notMine, notMember, removed] = answer.body.results;
    expect(edit).toMatchObject({
      status: 200,
      record: { version: 2, annotation: { body: { comment: 'edited' } } },
    });
    // A stale write gets the current record, as a 412 to PUT does, to merge against.
    expect(late).toMatchObject({ status: 412, current: { version: 1, annotation: stale } });
    expect(again).toMatchObject({ status: 412 });
    expect(notMine?.status).toBe(403);
    expect(notMember?.status).toBe(403);
    expect(notMember?.error).toMatch(/not a member/);
    // Writes apply in order: the edit above made version 2, which the delete names.
    expect(removed).toMatchObject({ status: 200, record: { deleted: true, version: 3 } });
    const read = await call<SyncRecord>(app, 'GET', `/api/annotations/${bobs.id}`, { token: bob.token });
    expect(read.body.deleted).toBe(false);
  });

  it('writes a batch of puts in one statement, refused ones left out, text kept exactly', async () => {
    const existing = annotation();
    await batch(alice, [{ op: 'put', annotation: existing, group: null, version: null }]);
    const tricky = annotation({
      body: { comment: 'quotes " and \\ backslashes, {braces}, "nested" \u00e9 – ✓ 𝒳', tags: ['a,b', '"q"'] },
    });
    const plain = annotation();
    const answer = await batch(alice, [
      { op: 'put', annotation: tricky, group: null, version: null },
      { op: 'put', annotation: existing, group: null, version: null },
      { op: 'put', annotation: { ...plain, visibility: 'group' }, group: randomUUID(), version: null },
      {
        op: 'put',
        annotation: { ...existing, body: { comment: 'second', tags: [] } },
        group: null,
        version: 9,
      },
      { op: 'put', annotation: plain, group: null, version: null },
    ]);
    expect(answer.body.results.map((r) => r.status)).toEqual([201, 412, 403, 412, 201]);
    const read = await call<SyncRecord>(app, 'GET', `/api/annotations/${tricky.id}`, { token: alice.token });
    expect(read.body.annotation).toEqual(tricky);
    const feed = await call<ChangesPage>(app, 'GET', '/api/changes?since=0&limit=500', {
      token: alice.token,
    });
    expect(feed.body.changes.filter((c) => c.id === plain.id)).toHaveLength(1);
    expect(feed.body.changes.find((c) => c.id === existing.id)?.version).toBe(1);
  });

  it('tells open event streams up to the last position the batch took, in one event', async () => {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${url}/api/events`, {
      headers: { authorization: `Bearer ${alice.token}` },
    });
    const reader = (response.body ?? new ReadableStream<Uint8Array>()).getReader();
    let text = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`stream ended before ${pattern}: ${text}`);
        text += new TextDecoder().decode(chunk.value);
      }
    };
    await until(/event: changed/);
    const before = text.split('event: changed').length;
    const answer = await batch(alice, [
      { op: 'put', annotation: annotation(), group: null, version: null },
      { op: 'put', annotation: annotation(), group: null, version: null },
    ]);
    const last = answer.body.results.at(-1)?.record?.seq;
    expect(last).toBeDefined();
    await until(new RegExp(`"cursor":"${last}"`));
    expect(text.split('event: changed').length).toBe(before + 1);
    await reader.cancel();
  });

  it("cannot write over someone else's annotation by spelling its id in capitals", async () => {
    const alices = annotation({ visibility: 'public' });
    await batch(alice, [{ op: 'put', annotation: alices, group: null, version: null }]);
    const forged = { ...alices, id: alices.id.toUpperCase(), body: { comment: 'BOB WROTE THIS', tags: [] } };
    // Alone (one statement for all puts) and beside a delete (write by write).
    const alone = await batch(bob, [{ op: 'put', annotation: forged, group: null, version: null }]);
    const mixed = await batch(bob, [
      { op: 'put', annotation: forged, group: null, version: null },
      { op: 'delete', id: randomUUID(), version: 1 },
    ]);
    const single = await call(app, 'PUT', `/api/annotations/${alices.id}`, {
      token: bob.token,
      headers: { 'if-none-match': '*' },
      body: { annotation: forged },
    });
    expect(alone.body.results[0]?.status).toBe(412);
    expect(mixed.body.results[0]?.status).toBe(412);
    expect(single.status).toBe(412);
    const read = await call<SyncRecord>(app, 'GET', `/api/annotations/${alices.id}`, { token: alice.token });
    expect(read.body).toMatchObject({ creator: alice.id, version: 1, annotation: alices });
  });

  it('a batch that narrows an annotation tells its lost readers', async () => {
    const shared = annotation({ visibility: 'public' });
    await batch(alice, [{ op: 'put', annotation: shared, group: null, version: null }]);
    const seen = await call<ChangesPage>(app, 'GET', '/api/changes?since=0&limit=500', { token: bob.token });
    expect(seen.body.changes.some((c) => c.id === shared.id && c.annotation !== null)).toBe(true);
    const narrowed = await batch(alice, [
      { op: 'put', annotation: { ...shared, visibility: 'private' }, group: null, version: 1 },
      { op: 'put', annotation: annotation(), group: null, version: null },
    ]);
    expect(narrowed.body.results.map((r) => r.status)).toEqual([200, 201]);
    const after = await call<ChangesPage>(app, 'GET', `/api/changes?since=${seen.body.cursor}&limit=500`, {
      token: bob.token,
    });
    expect(after.body.changes.find((c) => c.id === shared.id)).toMatchObject({
      deleted: true,
      annotation: null,
    });
  });

  it('refuses a malformed batch whole, naming the field, and stores nothing', async () => {
    const before = await call<ChangesPage>(app, 'GET', '/api/changes?since=0&limit=500', {
      token: alice.token,
    });
    const bad = annotation({ id: 'not-a-uuid' });
    const answer = await batch(alice, [
      { op: 'put', annotation: annotation(), group: null, version: null },
      { op: 'put', annotation: bad, group: null, version: null },
    ]);
    expect(answer.status).toBe(400);
    expect(answer.body.fields?.map((f) => f.field)).toContain('body.writes.1.annotation.id');
    const after = await call<ChangesPage>(app, 'GET', '/api/changes?since=0&limit=500', {
      token: alice.token,
    });
    expect(after.body.changes.length).toBe(before.body.changes.length);

    expect((await batch(alice, [])).status).toBe(400);
    expect((await batch(alice, [{ op: 'rename', id: randomUUID() }])).status).toBe(400);
    const tooMany = Array.from({ length: MAX_BATCH + 1 }, () => ({
      op: 'put',
      annotation: annotation(),
      group: null,
      version: null,
    }));
    const refused = await batch(alice, tooMany);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/at most 100/);
    expect((await batch(null, [{ op: 'delete', id: randomUUID(), version: 1 }])).status).toBe(401);
  });

  it('takes a full batch of long comments, beyond the limit of one request', async () => {
    const long = 'x'.repeat(10_000);
    const writes = Array.from({ length: MAX_BATCH }, () => ({
      op: 'put',
      annotation: annotation({ body: { comment: long, tags: [] } }),
      group: null,
      version: null,
    }));
    const answer = await batch(alice, writes);
    expect(answer.status).toBe(200);
    expect(answer.body.results.every((r) => r.status === 201)).toBe(true);
  });
});
