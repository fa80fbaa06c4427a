/**
 * AnnotationStore and SyncStore on an in-memory IndexedDB: the outbox every write fills, and what a
 * switch of account does to the copies on this browser (parked by account and id, given back, never
 * sent or saved under another account).
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ParkedForAnotherAccount, type AnnotationStore } from '../../../src/background/annotation-store.ts';
import { accountKey } from '../../../src/background/sync/sync-records.ts';
import { AccountChanged, SyncStore, type RemoteRecord } from '../../../src/background/sync/sync-store.ts';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { must } from '../../support/must.ts';
import { freshStore, note, PLAN } from './support/local-store.ts';

const SERVER = 'https://sync.example.org';
const ALICE = accountKey(SERVER, randomUUID());
const BOB = accountKey(SERVER, randomUUID());
const CREATOR = randomUUID();

/** What the change feed brings for `annotation` at `version`. */
function remote(annotation: Annotation, version = 1, seq = '1'): RemoteRecord {
  return {
    record: {
      id: annotation.id,
      annotation,
      group: null,
      creator: CREATOR,
      version,
      seq,
      deleted: false,
      hidden: false,
    },
    creatorName: 'alice',
  };
}

let store: AnnotationStore;
let records: SyncStore;

beforeEach(async () => {
  store = await freshStore();
  records = new SyncStore(store);
});

async function outbox() {
  return (await store.database()).getAll('outbox');
}

async function parkedKeys() {
  return (await store.database()).getAllKeys('parked');
}

describe('AnnotationStore: every write queues its change', () => {
  it('queues a put and a delete, each as a new entry, and keeps the first `created`', async () => {
    let queued = 0;
    store.onQueued(() => (queued += 1));
    const first = note();
    await store.put(first);
    const [entry] = await outbox();
    const again = await store.put({
      ...first,
      created: '2030-01-01T00:00:00.000Z',
      body: { comment: 'Later.', tags: [] },
    });
    expect(again.created).toBe(first.created);
    const [second] = await outbox();
    expect(second?.id).toBe(first.id);
    // A new `queued` per write: the engine tells an entry written again while it was being pushed.
    expect(second?.queued).not.toBe(entry?.queued);
    expect(await store.delete(first.id)).toBe(true);
    expect(await store.get(first.id)).toBeUndefined();
    expect((await outbox()).map((e) => e.id)).toEqual([first.id]);
    expect(await store.delete(first.id)).toBe(false);
    expect(queued).toBe(3);
  });

  it('notes the group a new annotation syncs to, and only for a new one', async () => {
    const group = randomUUID();
    const annotation = note({ visibility: 'group' });
    await store.put(annotation, { group });
    await store.put(annotation, { group: randomUUID() });
    expect(await records.metaFor([annotation.id])).toEqual([
      { id: annotation.id, version: null, group, creator: null, creatorName: null, base: null },
    ]);
  });
});

describe('SyncStore.useAccount: another account parks the copies of the one before', () => {
  it('parks what Alice read, keeps her waiting change for her, and gives both back when she returns', async () => {
    expect(await records.useAccount(ALICE, ALICE)).toEqual({ cursor: '0', changed: [] });
    const read = note({ target: { ...note().target, source: `${PLAN}#read` } });
    await records.applyRemote(ALICE, [remote(read)]);
    await records.saveCursor(ALICE, '7');
    const mine = note({ body: { comment: 'Not sent yet.', tags: [] } });
    await store.put(mine);

    const toBob = await records.useAccount(BOB, null);
    expect(toBob).toEqual({ cursor: '0', changed: [`${PLAN}#read`] });
    expect(await store.get(read.id)).toBeUndefined();
    expect(await parkedKeys()).toEqual([[ALICE, read.id]]);
    // Her change stays here, marked hers: never sent under Bob, counted for her only.
    expect(await store.get(mine.id)).toEqual(mine);
    expect((await outbox()).map((e) => [e.id, e.account])).toEqual([[mine.id, ALICE]]);
    expect(await records.pending(10, BOB)).toEqual([]);
    expect(await records.pendingCount(BOB)).toBe(0);
    expect((await records.pending(10, ALICE)).map((e) => e.id)).toEqual([mine.id]);
    expect(await records.keptAsideCount(BOB)).toBe(1);
    expect(await records.keptAsideCount(ALICE)).toBe(0);
    expect(await records.cursor(BOB)).toBe('0');
    expect(await records.cursor(ALICE)).toBe('0');

    const back = await records.useAccount(ALICE, null);
    expect(back).toEqual({ cursor: '0', changed: [`${PLAN}#read`] });
    expect(await store.get(read.id)).toEqual(read);
    expect(await records.metaFor([read.id])).toMatchObject([
      { id: read.id, version: 1, creatorName: 'alice' },
    ]);
    expect(await parkedKeys()).toEqual([]);
  });

  it('keys parked copies by account and id: two accounts that read one annotation each keep theirs', async () => {
    const shared = note({ visibility: 'group' });
    await records.useAccount(ALICE, ALICE);
    await records.applyRemote(ALICE, [remote(shared, 1)]);
    await records.useAccount(BOB, null);
    const bobs = { ...shared, body: { comment: 'Edited since.', tags: [] } };
    await records.applyRemote(BOB, [remote(bobs, 2, '9')]);
    await records.useAccount(ALICE, null);

    expect(await parkedKeys()).toEqual([[BOB, shared.id]]);
    expect(await store.get(shared.id)).toEqual(shared);
    await records.useAccount(BOB, null);
    expect(await parkedKeys()).toEqual([[ALICE, shared.id]]);
    expect(await store.get(shared.id)).toEqual(bobs);
  });

  it('leaves a parked copy aside rather than overwrite a change waiting under the same id', async () => {
    const shared = note({ visibility: 'group' });
    await records.useAccount(ALICE, ALICE);
    await records.applyRemote(ALICE, [remote(shared, 1)]);
    await records.useAccount(BOB, null);
    await records.applyRemote(BOB, [remote(shared, 1)]);
    const bobsEdit = { ...shared, body: { comment: "Bob's edit, not sent.", tags: [] } };
    await store.put(bobsEdit);

    const { changed } = await records.useAccount(ALICE, null);
    expect(changed).toEqual([]);
    expect(await store.get(shared.id)).toEqual(bobsEdit);
    expect(await parkedKeys()).toEqual([[ALICE, shared.id]]);
    expect((await outbox()).map((e) => e.account)).toEqual([BOB]);
  });

  it('refuses to save a parked annotation, or a reply to one, under another account', async () => {
    const read = note();
    await records.useAccount(ALICE, ALICE);
    await records.applyRemote(ALICE, [remote(read)]);
    await records.useAccount(BOB, null);

    await expect(store.put(read)).rejects.toBeInstanceOf(ParkedForAnotherAccount);
    await expect(store.put(note({ replyTo: read.id }))).rejects.toBeInstanceOf(ParkedForAnotherAccount);
    // Refused whole: nothing written, nothing queued.
    expect(await store.get(read.id)).toBeUndefined();
    expect(await outbox()).toEqual([]);
    // Alice, back, may.
    await records.useAccount(ALICE, null);
    await expect(store.put({ ...read, body: { comment: 'Back.', tags: [] } })).resolves.toMatchObject({
      id: read.id,
    });
  });

  it('stops every write of a round whose account was switched away (AccountChanged)', async () => {
    await records.useAccount(ALICE, ALICE);
    const mine = note();
    await store.put(mine);
    const [entry] = await records.pending(1, ALICE);
    await records.useAccount(BOB, null);
    await expect(records.saveCursor(ALICE, '5')).rejects.toBeInstanceOf(AccountChanged);
    await expect(records.applyRemote(ALICE, [remote(note())])).rejects.toBeInstanceOf(AccountChanged);
    await expect(records.drop(ALICE, must(entry))).rejects.toBeInstanceOf(AccountChanged);
    expect((await outbox()).map((e) => e.id)).toEqual([mine.id]);
    expect(await records.cursor(BOB)).toBe('0');
  });
});

describe('SyncStore: refusals kept, merges and copies written in one go', () => {
  it('keeps a change refused for what it holds, marked, until the user sends it again', async () => {
    await records.useAccount(ALICE, ALICE);
    await store.put(note());
    const [entry] = await records.pending(1, ALICE);
    const refusal = { status: 413, error: 'too large', at: '2026-02-01T00:00:00.000Z' };
    expect(await records.refused(ALICE, must(entry), null, refusal, true)).toEqual({
      changed: [],
      kept: true,
    });
    expect(await records.pending(10, ALICE)).toEqual([]);
    expect(await records.refusals(ALICE)).toEqual([refusal]);
    expect(await records.sendRefusedAgain(ALICE)).toBe(1);
    expect(await records.refusals(ALICE)).toEqual([]);
    expect(await records.pendingCount(ALICE)).toBe(1);
  });

  it('stores a merge and its conflict copy, both queued, the copy pointing at the original', async () => {
    await records.useAccount(ALICE, ALICE);
    const original = note();
    await records.applyRemote(ALICE, [remote(original)]);
    const merged = { ...original, body: { comment: 'Merged.', tags: ['a'] } };
    const copy = { ...original, id: randomUUID(), body: { comment: 'Mine.', tags: ['conflict copy'] } };
    await records.applyMerge(ALICE, original.id, merged, remote(original, 2, '3'), copy, true);
    expect(await store.get(original.id)).toEqual(merged);
    expect(await store.get(copy.id)).toEqual(copy);
    expect((await outbox()).map((e) => e.id).sort()).toEqual([original.id, copy.id].sort());
    const metas = await records.metaFor([original.id, copy.id]);
    expect(metas.find((m) => m.id === original.id)).toMatchObject({ version: 2, base: original });
    expect(metas.find((m) => m.id === copy.id)).toMatchObject({ version: null, conflictOf: original.id });
  });
});

describe('SyncStore.applyRemote: what a moderator hid', () => {
  const GROUP = randomUUID();
  const hiddenRecord = (
    annotation: Annotation,
    version: number,
    seen: boolean,
    reason?: string,
  ): RemoteRecord => ({
    record: {
      ...remote(annotation, version, String(version)).record,
      group: GROUP,
      annotation: seen ? annotation : null,
      hidden: true,
      ...(reason !== undefined ? { hiddenReason: reason } : {}),
    },
    creatorName: 'alice',
  });

  it("a member's copy goes and a placeholder stays on its document; shown again, the annotation comes back", async () => {
    await records.useAccount(BOB, BOB);
    const shared = note({ visibility: 'group' });
    await records.applyRemote(BOB, [remote(shared, 1)]);
    const touched = await records.applyRemote(BOB, [hiddenRecord(shared, 2, false)]);
    expect(touched).toEqual([shared.target.source]);
    expect(await store.get(shared.id)).toBeUndefined();
    const [placeholder] = await records.placeholders(shared.target.source);
    expect(placeholder).toMatchObject({ id: shared.id, version: 2, creatorName: 'alice', base: null });
    expect(JSON.stringify(placeholder)).not.toContain(shared.body.comment);
    expect(await records.placeholders('https://elsewhere.example.org/')).toEqual([]);

    await records.applyRemote(BOB, [remote(shared, 3, '3')]);
    expect(await store.get(shared.id)).toEqual(shared);
    expect(await records.placeholders(shared.target.source)).toEqual([]);
  });

  it('a hidden one never read here leaves no placeholder; a deleted one takes its placeholder with it', async () => {
    await records.useAccount(BOB, BOB);
    const unseen = note({ visibility: 'group' });
    expect(await records.applyRemote(BOB, [hiddenRecord(unseen, 2, false)])).toEqual([]);
    expect(await records.metaFor([unseen.id])).toEqual([]);

    const seen = note({ visibility: 'group' });
    await records.applyRemote(BOB, [remote(seen, 1)]);
    await records.applyRemote(BOB, [hiddenRecord(seen, 2, false)]);
    const tombstone = {
      ...remote(seen, 3, '3'),
      record: { ...remote(seen, 3, '3').record, annotation: null, deleted: true },
    };
    expect(await records.applyRemote(BOB, [tombstone])).toEqual([seen.target.source]);
    expect(await records.placeholders(seen.target.source)).toEqual([]);
  });

  it("the author's copy stays, marked hidden with the moderator's reason; shown again, the mark goes", async () => {
    await records.useAccount(ALICE, ALICE);
    const mine = note({ visibility: 'group' });
    await records.applyRemote(ALICE, [remote(mine, 1)]);
    await records.applyRemote(ALICE, [hiddenRecord(mine, 2, true, '<b>Off topic</b>')]);
    expect(await store.get(mine.id)).toEqual(mine);
    expect(await records.metaFor([mine.id])).toEqual([
      expect.objectContaining({ version: 2, hidden: true, hiddenReason: '<b>Off topic</b>' }),
    ]);
    await records.applyRemote(ALICE, [remote(mine, 3, '3')]);
    const [meta] = await records.metaFor([mine.id]);
    expect(meta).not.toHaveProperty('hidden');
    expect(meta).not.toHaveProperty('hiddenReason');
  });
});

describe('SyncStore.applyRemote: a page of a first sync', () => {
  it('stores a large page with its cursor in one go, leaving queued changes alone and a repeat to the first', async () => {
    await records.useAccount(ALICE, ALICE);
    // Already here: one read before (its document is touched again), one edited here and still queued.
    const known = note({ body: { comment: 'Read before.', tags: [] } });
    await records.applyRemote(ALICE, [remote(known, 1)]);
    const edited = note({ body: { comment: 'Mine, not sent yet.', tags: [] } });
    await store.put(edited);
    // Enough records that the page lists the keys present first (sync-store.ts `readPresent`).
    const fresh = Array.from({ length: 100 }, (_, n) => note({ body: { comment: `Note ${n}.`, tags: [] } }));
    const page = [
      ...fresh.map((annotation) => remote(annotation, 1)),
      remote({ ...known, body: { comment: 'Changed on the server.', tags: [] } }, 2),
      remote({ ...edited, body: { comment: 'Theirs.', tags: [] } }, 3),
      // The same annotation twice in one page (after a join): the second, no newer, changes nothing.
      remote({ ...must(fresh[0]), body: { comment: 'An older copy.', tags: [] } }, 1),
    ];
    const stored = new Map<string, number>();

    expect(await records.applyRemote(ALICE, page, '120', stored)).toEqual([PLAN]);

    expect(await records.cursor(ALICE)).toBe('120');
    expect((await store.get(must(fresh[0]).id))?.body.comment).toBe('Note 0.');
    expect((await store.get(known.id))?.body.comment).toBe('Changed on the server.');
    expect((await store.get(edited.id))?.body.comment).toBe('Mine, not sent yet.');
    expect(await store.countForDocument(PLAN)).toBe(102);
    expect(stored.get(known.id)).toBe(2);
    expect(stored.has(edited.id)).toBe(false);
    expect(stored.size).toBe(101);

    // A later page that brings them again: what this pull stored is not written again; a tombstone is.
    await store.delete(must(fresh[1]).id);
    const tombstone = {
      ...remote(must(fresh[2]), 1),
      record: { ...remote(must(fresh[2]), 1).record, deleted: true },
    };
    await records.applyRemote(ALICE, [remote(must(fresh[1]), 1), tombstone], '130', stored);
    expect(await store.get(must(fresh[1]).id)).toBeUndefined();
    expect(await store.get(must(fresh[2]).id)).toBeUndefined();
    expect(stored.has(must(fresh[2]).id)).toBe(false);
    expect(await records.cursor(ALICE)).toBe('130');
  });

  it('with the ids the stores held listed once, reads only those and keeps the list up to date', async () => {
    await records.useAccount(ALICE, ALICE);
    const first = Array.from({ length: 80 }, (_, i) => remote(note(), i === 7 ? 3 : 1));
    await records.applyRemote(ALICE, first, '80', new Map());
    // A change of mine to one of them, not sent yet, and the same one changed on the server.
    const mine = must(first[3]).record.annotation as Annotation;
    await store.put({ ...mine, body: { ...mine.body, comment: 'Mine, not sent yet.' } });
    const present = await records.presentIds();
    expect(present.size).toBe(80);
    const changed = { ...mine, body: { ...mine.body, comment: 'Changed on the server.' } };
    const earlier = must(first[5]).record.annotation as Annotation;
    const newer = must(first[7]).record.annotation as Annotation;
    const page = [
      ...Array.from({ length: 70 }, () => remote(note(), 1)),
      remote(changed, 2),
      remote({ ...earlier, body: { ...earlier.body, comment: 'Edited by its author.' } }, 2),
      // An older version than the one stored (read from its metadata): left alone.
      remote({ ...newer, body: { ...newer.body, comment: 'An older version.' } }, 2),
    ];
    await records.applyRemote(ALICE, page, '153', new Map(), present);
    // As without the list: the queued change waits for its push, the other is updated, the new are in.
    expect((await store.get(mine.id))?.body.comment).toBe('Mine, not sent yet.');
    expect((await store.get(earlier.id))?.body.comment).toBe('Edited by its author.');
    expect((await store.get(newer.id))?.body.comment).toBe(newer.body.comment);
    expect(await store.countForDocument(PLAN)).toBe(150);
    expect(present.size).toBe(150);
    expect(await records.cursor(ALICE)).toBe('153');
  });

  it('writes neither the records nor the cursor when the account changed', async () => {
    await records.useAccount(ALICE, ALICE);
    await records.useAccount(BOB, ALICE);
    const page = Array.from({ length: 70 }, () => remote(note(), 1));
    await expect(records.applyRemote(ALICE, page, '70')).rejects.toBeInstanceOf(AccountChanged);
    expect(await store.countForDocument(PLAN)).toBe(0);
    expect(await records.cursor(BOB)).toBe('0');
  });
});
