/**
 * The sync engine's rounds against the real server in process (PGlite), on an in-memory IndexedDB:
 * push and pull, a switch of account, merges and conflict copies after a 412, back-off after a failure,
 * and a sign-in that expired.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONFLICT_TAG } from '../../../src/background/sync/resolve-stale.ts';
import { PERIODIC_ALARM, RETRY_ALARM } from '../../../src/background/sync/sync-engine.ts';
import { loadProgress, loadSettings, saveSettings } from '../../../src/background/sync/sync-settings.ts';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import type { SyncRecord } from '../../../src/core/sync/protocol.ts';
import { t } from '../../../src/i18n/messages.ts';
import { call, PASSWORD, type Account } from '../../integration/support/api-client.ts';
import { must } from '../../support/must.ts';
import { engineFixture, keyOf, newAccount, signIn, type EngineFixture } from './support/engine-fixture.ts';
import { note, PLAN } from './support/local-store.ts';
import { startServer, type ServerInProcess } from './support/server-in-process.ts';

let server: ServerInProcess;
let f: EngineFixture;
/** Made once (a sign-up hashes a password); each test starts from an empty browser of its own. */
let alice: Account;
let bob: Account;

// PGlite's start (a WebAssembly Postgres and its initdb) is the one slow step: seconds on a busy machine.
beforeAll(async () => {
  server = await startServer();
  alice = await newAccount(server.app, 'alice');
  bob = await newAccount(server.app, 'bob');
}, 120_000);
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  server.reset();
  f = await engineFixture();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The server's record of `id`, as `account` reads it; null when it answers 404. */
async function onServer(account: Account, id: string): Promise<SyncRecord | null> {
  const answer = await call<SyncRecord>(server.app, 'GET', `/api/annotations/${id}`, {
    token: account.token,
  });
  if (answer.status === 404) return null;
  expect(answer.status).toBe(200);
  return answer.body;
}

/** Writes `annotation` on the server as another device of `account` would, over `version`. */
async function elsewhere(
  account: Account,
  annotation: Annotation,
  version: number | null,
): Promise<SyncRecord> {
  const answer = await call<SyncRecord>(server.app, 'PUT', `/api/annotations/${annotation.id}`, {
    token: account.token,
    headers: version === null ? { 'if-none-match': '*' } : { 'if-match': `"${version}"` },
    body: { annotation },
  });
  expect(answer.status).toBeLessThan(300);
  return answer.body;
}

function batches(): number {
  return server.log.filter((line) => line.startsWith('POST /api/annotations/batch')).length;
}

describe('SyncEngine: a round pushes the outbox and pulls the feed', () => {
  it('sends a local save and brings what another device wrote, and says so in the status', async () => {
    await signIn(f.engine, server.base, alice);
    const local = await f.store.put(note({ body: { comment: 'Written here.', tags: [] } }));
    const remote = note({ target: { ...note().target, source: `${PLAN}#other` } });
    await elsewhere(alice, remote, null);

    await f.engine.syncNow();

    expect(await onServer(alice, local.id)).toMatchObject({ version: 1, annotation: local });
    expect(await f.store.get(remote.id)).toEqual(remote);
    expect(f.changed.flat()).toContain(`${PLAN}#other`);
    expect(await f.engine.records.metaFor([local.id])).toMatchObject([
      { version: 1, creator: alice.id, creatorName: alice.username, base: local },
    ]);
    const status = await f.engine.status();
    expect(status).toMatchObject({
      signedIn: true,
      username: alice.username,
      pending: 0,
      keptAside: 0,
      refused: [],
      lastError: null,
      syncing: false,
    });
    expect(status.lastSync).not.toBeNull();
  });
});

describe('SyncEngine: a switch of account', () => {
  it("parks Alice's copies, never sends her waiting change as Bob, and gives all back to her", async () => {
    await signIn(f.engine, server.base, alice);
    const read = note();
    await elsewhere(alice, read, null);
    await f.engine.syncNow();
    expect(await f.store.get(read.id)).toEqual(read);
    // Alice's copies: this one and whatever earlier tests of the file left on the server for her.
    const hers = (await f.store.all()).length;
    const waiting = await f.store.put(note({ body: { comment: 'Not sent before the switch.', tags: [] } }));

    await signIn(f.engine, server.base, bob);
    await f.engine.syncNow(true);

    expect(await f.store.get(read.id)).toBeUndefined();
    expect(await f.store.get(waiting.id)).toEqual(waiting);
    expect(await onServer(bob, waiting.id)).toBeNull();
    expect(await onServer(alice, waiting.id)).toBeNull();
    expect(await f.engine.status()).toMatchObject({ username: bob.username, pending: 0, keptAside: hers });
    expect(await f.engine.records.cursor(keyOf(server.base, alice))).toBe('0');

    await signIn(f.engine, server.base, alice);
    await f.engine.syncNow(true);

    expect(await f.store.get(read.id)).toEqual(read);
    expect(await onServer(alice, waiting.id)).toMatchObject({ version: 1, annotation: waiting });
    expect(await f.engine.status()).toMatchObject({ username: alice.username, pending: 0, keptAside: 0 });
  });
});

describe('SyncEngine: the event stream and the alarms', () => {
  it('wakes on the periodic alarm, pulls when the stream says something changed, and closes the stream on sign-out', async () => {
    await signIn(f.engine, server.base, alice);
    f.engine.listen();
    f.chrome.fireAlarm(PERIODIC_ALARM);
    // The first wake sets the alarm that wakes a stopped worker again.
    await expect.poll(() => f.chrome.alarms.has(PERIODIC_ALARM), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => server.streams, { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await f.engine.status()).lastSync, { timeout: 10_000 }).not.toBeNull();

    // Written elsewhere: the server's event is all that brings it here (no round is asked for).
    const theirs = note({ body: { comment: 'From the other device.', tags: [] } });
    await elsewhere(alice, theirs, null);
    await expect.poll(() => f.store.get(theirs.id), { timeout: 10_000 }).toEqual(theirs);

    await saveSettings({ token: null });
    await f.engine.restart();
    await expect.poll(() => server.streams, { timeout: 10_000 }).toBe(0);
    expect(server.log.filter((line) => line.startsWith('GET /api/events'))).toHaveLength(1);
  });
});

describe('SyncEngine: an edit made on an old version (412)', () => {
  async function syncedNote(): Promise<Annotation> {
    await signIn(f.engine, server.base, alice);
    const original = await f.store.put(note({ body: { comment: 'First words.', tags: ['budget'] } }));
    await f.engine.syncNow();
    expect(await onServer(alice, original.id)).toMatchObject({ version: 1 });
    return original;
  }

  it('merges fields changed on each side and sends the merge', async () => {
    const original = await syncedNote();
    await elsewhere(alice, { ...original, body: { ...original.body, tags: ['budget', 'late'] } }, 1);
    await f.store.put({ ...original, body: { ...original.body, comment: 'Edited here.' } });

    await f.engine.syncNow();

    const merged = { comment: 'Edited here.', tags: ['budget', 'late'] };
    expect((await onServer(alice, original.id))?.annotation?.body).toMatchObject(merged);
    expect((await f.store.get(original.id))?.body).toMatchObject(merged);
    expect((await f.store.all()).filter((a) => a.body.comment === 'Edited here.')).toHaveLength(1);
    expect(await f.engine.status()).toMatchObject({ pending: 0, lastError: null });
  });

  it('keeps a comment changed on both sides as a conflict copy, sent as a new annotation', async () => {
    const original = await syncedNote();
    await elsewhere(alice, { ...original, body: { ...original.body, comment: 'Theirs.' } }, 1);
    await f.store.put({ ...original, body: { ...original.body, comment: 'Mine.' } });

    await f.engine.syncNow();

    expect((await f.store.get(original.id))?.body.comment).toBe('Theirs.');
    const copy = must((await f.store.all()).find((a) => a.body.comment === 'Mine.'));
    expect(copy.body).toEqual({ comment: 'Mine.', tags: ['budget', CONFLICT_TAG] });
    expect(await onServer(alice, copy.id)).toMatchObject({ version: 1, annotation: copy });
    expect(await f.engine.records.metaFor([copy.id])).toMatchObject([
      { conflictOf: original.id, version: 1 },
    ]);
    expect(await f.engine.status()).toMatchObject({ pending: 0, lastError: null });
  });

  it('keeps an edit of an annotation deleted elsewhere as a copy under a new id', async () => {
    const original = await syncedNote();
    const deleted = await call(server.app, 'DELETE', `/api/annotations/${original.id}`, {
      token: alice.token,
      headers: { 'if-match': '"1"' },
    });
    expect(deleted.status).toBeLessThan(300);
    await f.store.put({ ...original, body: { ...original.body, comment: 'Still mine.' } });

    await f.engine.syncNow();

    expect(await f.store.get(original.id)).toBeUndefined();
    const copy = must((await f.store.all()).find((a) => a.body.comment === 'Still mine.'));
    expect(copy.id).not.toBe(original.id);
    expect(await onServer(alice, copy.id)).toMatchObject({ version: 1, annotation: copy });
  });
});

describe('SyncEngine: an edit the server refuses for good (403)', () => {
  it("puts the server's record back and keeps the edit as a private copy, sent as the editor's own", async () => {
    const made = await call<{ id: string; inviteCode: string }>(server.app, 'POST', '/api/groups', {
      token: alice.token,
      body: { name: 'Reviewers' },
    });
    expect(made.status).toBe(201);
    const joined = await call(server.app, 'POST', `/api/groups/${made.body.id}/members`, {
      token: bob.token,
      body: { inviteCode: made.body.inviteCode },
    });
    expect(joined.status).toBeLessThan(300);
    const hers = note({ visibility: 'group', body: { comment: "Alice's reading.", tags: [] } });
    const created = await call(server.app, 'PUT', `/api/annotations/${hers.id}`, {
      token: alice.token,
      headers: { 'if-none-match': '*' },
      body: { annotation: hers, group: made.body.id },
    });
    expect(created.status).toBe(201);
    await signIn(f.engine, server.base, bob);
    await f.engine.syncNow();
    expect(await f.store.get(hers.id)).toEqual(hers);

    await f.store.put({ ...hers, body: { comment: 'Bob disagrees.', tags: [] } });
    await f.engine.syncNow();

    expect(await f.store.get(hers.id)).toEqual(hers);
    expect((await onServer(alice, hers.id))?.annotation).toEqual(hers);
    const copy = must((await f.store.all()).find((a) => a.body.comment === 'Bob disagrees.'));
    expect(copy).toMatchObject({ visibility: 'private', body: { tags: [CONFLICT_TAG] } });
    expect(await onServer(bob, copy.id)).toMatchObject({ version: 1, creator: bob.id, annotation: copy });
    const status = await f.engine.status();
    expect(status).toMatchObject({ pending: 0, refused: [] });
    expect(status.lastError).toContain(t('bg_changeKeptAsCopy', CONFLICT_TAG));
  });
});

describe('SyncEngine: failures', () => {
  it('backs off after a failure, waits unless asked, and starts afresh once through', async () => {
    // Only the engine's timers are held back (the retry it sets itself); the clock stays the real one.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await signIn(f.engine, server.base, alice);
    const waiting = await f.store.put(note());
    server.down = true;

    const before = Date.now();
    await f.engine.syncNow();
    const first = await loadProgress();
    expect(first.failures).toBe(1);
    expect(first.lastError).toBe(t('bg_serverNoAnswer', server.base));
    // retryDelay(1) is between half a second and one second.
    expect(first.nextAttemptAt).toBeGreaterThanOrEqual(before + 500);
    // The alarm is the backoff's too, at Chrome's floor of 30 seconds at the least.
    expect(must(f.chrome.alarms.get(RETRY_ALARM)).scheduledTime).toBeGreaterThanOrEqual(before + 30_000);

    // Not asked for: no round before the time set (else it would fail again and count a second failure).
    await f.engine.syncNow();
    expect((await loadProgress()).failures).toBe(1);

    // Asked for (the user, the server back): it goes at once; a second failure waits longer.
    const again = Date.now();
    await f.engine.syncNow(true);
    const second = await loadProgress();
    expect(second.failures).toBe(2);
    expect(second.nextAttemptAt).toBeGreaterThanOrEqual(again + 1_000);

    // Its own retry, when its time comes, goes ahead without being asked.
    server.down = false;
    const sent = batches();
    vi.runOnlyPendingTimers();
    await f.engine.syncNow();
    expect(batches()).toBe(sent + 1);
    expect(await loadProgress()).toMatchObject({ failures: 0, nextAttemptAt: 0, lastError: null });
    expect(f.chrome.alarms.has(RETRY_ALARM)).toBe(false);
    expect(await onServer(alice, waiting.id)).toMatchObject({ version: 1 });
  });

  it('says the browser does not let it reach the server when that is why it has no answer', async () => {
    await signIn(f.engine, server.base, alice);
    await f.store.put(note());
    server.down = true;
    f.chrome.withdrawn.add(`${new URL(server.base).origin}/*`);

    await f.engine.syncNow();

    expect((await loadProgress()).lastError).toBe(t('bg_serverNotAllowed', server.base));
  });

  it('signs out on a 401 instead of retrying, and keeps the change', async () => {
    // A sign-in of its own, so that signing it out leaves the other tests' token alone.
    const signedIn = await call<{ token: string }>(server.app, 'POST', '/api/tokens', {
      body: { username: alice.username, password: PASSWORD },
    });
    await signIn(f.engine, server.base, { ...alice, token: signedIn.body.token });
    const waiting = await f.store.put(note());
    const out = await call(server.app, 'DELETE', '/api/tokens/current', { token: signedIn.body.token });
    expect(out.status).toBe(204);

    await f.engine.syncNow();

    expect((await loadSettings()).token).toBeNull();
    expect(await loadProgress()).toMatchObject({ failures: 0, lastError: t('bg_signInExpired') });
    expect(f.chrome.alarms.has(RETRY_ALARM)).toBe(false);
    expect(await f.store.get(waiting.id)).toEqual(waiting);
    expect(await f.engine.records.pendingCount(keyOf(server.base, alice))).toBe(1);
  });
});
