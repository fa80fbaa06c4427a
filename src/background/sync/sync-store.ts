/**
 * The sync engine's reads and writes of IndexedDB. Each change that touches several stores does so in
 * one transaction, so a worker stopped halfway leaves either the old state or the new one. The writes
 * for a push the server did not take as sent are in conflict-writes.ts; the account check in sync-tx.ts.
 */
import type { Annotation } from '../../core/model/annotation.ts';
import type { AnnotationStore } from '../annotation-store.ts';
import { applyMerge, refused, replaceWithCopy, restoreRemote } from './conflict-writes.ts';
import { moderationOf, type OutboxEntry, type OutboxRefusal, type SyncMeta } from './sync-records.ts';
import { checkAccount, sendableBy, type RemoteRecord } from './sync-tx.ts';

// Where the engine and the tests have always found them.
export { AccountChanged, sendableBy, type RemoteRecord } from './sync-tx.ts';

/** Any store keyed by annotation id, as `readPresent` reads it. */
interface ById<T> {
  get(id: string): Promise<T | undefined>;
  getAllKeys(range: IDBKeyRange): Promise<string[]>;
}

/** Past this many records, a page's reads list the keys present first (see `readPresent`). */
const LIST_KEYS_FROM = 64;

/**
 * What `store` holds for each record of a page, in its order. For a large page, the keys present in the
 * range of the page's ids are listed in one request first, and only those records are read: a first
 * sync finds almost none of its ids, and a read of a missing key costs about as much as one that finds
 * a record. (Ids are random, so the range is most of the store: keys only, one request.)
 */
async function readPresent<T>(
  store: ById<T>,
  records: readonly RemoteRecord[],
  known?: ReadonlySet<string>,
): Promise<(T | undefined)[]> {
  const ids = records.map(({ record }) => record.id);
  let present: ReadonlySet<string> | null = known ?? null;
  if (!present && ids.length >= LIST_KEYS_FROM) {
    const sorted = [...ids].sort();
    const range = IDBKeyRange.bound(sorted[0] as string, sorted.at(-1) as string);
    present = new Set(await store.getAllKeys(range));
  }
  return Promise.all(ids.map((id) => (present && !present.has(id) ? undefined : store.get(id))));
}

export class SyncStore {
  constructor(private readonly store: AnnotationStore) {}

  /**
   * Every id the annotation and sync-metadata stores hold now, read once for a pull of many pages: with
   * it, each later page reads only the records that may be there. Listing the keys of a page's range
   * lists most of the store (ids are random), so on a first sync of 10,000 annotations each page's reads
   * grew with all the pages stored before it.
   */
  async presentIds(): Promise<Set<string>> {
    const db = await this.store.database();
    const tx = db.transaction(['annotations', 'syncMeta'], 'readonly');
    const [annotations, metas] = await Promise.all([
      tx.objectStore('annotations').getAllKeys(),
      tx.objectStore('syncMeta').getAllKeys(),
    ]);
    return new Set([...annotations, ...metas]);
  }

  /** The oldest pending entries `account` may send first; refused ones wait for the user. */
  async pending(limit: number, account: string): Promise<OutboxEntry[]> {
    const db = await this.store.database();
    const all = await db.getAll('outbox');
    return all
      .filter((entry) => sendableBy(entry, account) && !entry.refused)
      .sort((a, b) => a.queued.localeCompare(b.queued))
      .slice(0, limit);
  }

  /** Entries waiting to be sent by `account` (every one when there is no account), refused ones apart. */
  async pendingCount(account: string | null): Promise<number> {
    const db = await this.store.database();
    const all = await db.getAll('outbox');
    return all.filter((entry) => !entry.refused && (account === null || sendableBy(entry, account))).length;
  }

  /** Why the server refused the changes of `account` it refused (every account's when there is none). */
  async refusals(account: string | null): Promise<OutboxRefusal[]> {
    const db = await this.store.database();
    const all = await db.getAll('outbox');
    return all.flatMap((entry) =>
      entry.refused && (account === null || sendableBy(entry, account)) ? [entry.refused] : [],
    );
  }

  /** The user asks to send the refused changes of `account` again (the server may take them now). */
  async sendRefusedAgain(account: string): Promise<number> {
    const db = await this.store.database();
    const tx = db.transaction(['outbox', 'syncState'], 'readwrite');
    await checkAccount(tx, account);
    const outbox = tx.objectStore('outbox');
    let count = 0;
    for (const entry of await outbox.getAll()) {
      if (!entry.refused || !sendableBy(entry, account)) continue;
      const { refused: _cleared, ...again } = entry;
      await outbox.put(again);
      count += 1;
    }
    await tx.done;
    return count;
  }

  /**
   * Makes `account` the one the sync metadata belongs to, and answers its cursor. When another account
   * held it (`previous` says who, for a database that never recorded one), that account's waiting
   * changes are parked for it (they stay here, unsent, until it signs in again); the copies this browser
   * holds of what that account read from the server, unchanged since, are set aside for it in `parked`
   * with their metadata, so the next person does not read another account's private or group
   * annotations, and nothing is lost should the server no longer have them; whatever was set aside for
   * `account` comes back; and the change feed starts again from the beginning for `account`. `changed`
   * lists the documents whose annotations went or came back.
   */
  async useAccount(
    account: string,
    previous: string | null,
    legacyCursor = '0',
  ): Promise<{ cursor: string; changed: string[] }> {
    const db = await this.store.database();
    const tx = db.transaction(['annotations', 'outbox', 'syncMeta', 'syncState', 'parked'], 'readwrite');
    const states = tx.objectStore('syncState');
    const state = await states.get('account');
    const owner = state?.account ?? previous ?? account;
    if (owner === account) {
      const cursor = state?.cursor ?? legacyCursor;
      if (!state) await states.put({ key: 'account', account, cursor });
      await tx.done;
      return { cursor, changed: [] };
    }
    const outbox = tx.objectStore('outbox');
    const waiting = await outbox.getAll();
    for (const entry of waiting) {
      if (entry.account === undefined) await outbox.put({ ...entry, account: owner });
    }
    const keep = new Set(waiting.map((entry) => entry.id));
    const annotations = tx.objectStore('annotations');
    const metas = tx.objectStore('syncMeta');
    const parked = tx.objectStore('parked');
    const changed = new Set<string>();
    for (const meta of await metas.getAll()) {
      if (keep.has(meta.id)) continue;
      await metas.delete(meta.id);
      // Known to the server (it gave a version) and not changed here since: what that account read.
      if (meta.version === null) continue;
      const copy = await annotations.get(meta.id);
      if (!copy) continue;
      await parked.put({ id: meta.id, account: owner, annotation: copy, meta });
      await annotations.delete(meta.id);
      changed.add(copy.target.source);
    }
    // This account's own copies, set aside when another signed in, come back; one whose id holds a
    // change waiting here stays aside rather than overwrite that change (the feed brings it anyway).
    const own = IDBKeyRange.bound([account, ''], [account, '\uffff']);
    for (const copy of await parked.getAll(own)) {
      if (keep.has(copy.id) || (await annotations.getKey(copy.id)) !== undefined) continue;
      await parked.delete([account, copy.id]);
      await annotations.put(copy.annotation);
      await metas.put(copy.meta);
      changed.add(copy.annotation.target.source);
    }
    await states.put({ key: 'account', account, cursor: '0' });
    await tx.done;
    return { cursor: '0', changed: [...changed] };
  }

  /** Copies set aside for accounts other than `account` (every one when nobody is signed in). */
  async keptAsideCount(account: string | null): Promise<number> {
    const db = await this.store.database();
    const copies = await db.getAllKeys('parked');
    return copies.filter(([owner]) => owner !== account).length;
  }

  /** The change-feed position of `account`; '0' when the database belongs to another one. */
  async cursor(account: string): Promise<string> {
    const db = await this.store.database();
    const state = await db.get('syncState', 'account');
    return state?.account === account ? state.cursor : '0';
  }

  async saveCursor(account: string, cursor: string): Promise<void> {
    const db = await this.store.database();
    const tx = db.transaction('syncState', 'readwrite');
    await checkAccount(tx, account);
    await tx.store.put({ key: 'account', account, cursor });
    await tx.done;
  }

  /** The local state of one queued annotation: the record (none when deleted here) and its metadata. */
  async local(id: string): Promise<{ annotation: Annotation | undefined; meta: SyncMeta | undefined }> {
    const db = await this.store.database();
    const tx = db.transaction(['annotations', 'syncMeta'], 'readonly');
    const [annotation, meta] = await Promise.all([
      tx.objectStore('annotations').get(id),
      tx.objectStore('syncMeta').get(id),
    ]);
    await tx.done;
    return { annotation, meta };
  }

  /** The annotations of `source` a moderator hid from this reader (see `SyncMeta.placeholder`). */
  async placeholders(source: string): Promise<SyncMeta[]> {
    const db = await this.store.database();
    const all = await db.getAll('syncMeta');
    return all.filter((meta) => meta.placeholder?.source === source);
  }

  /** The metadata of these annotations, where there is some. */
  async metaFor(ids: readonly string[]): Promise<SyncMeta[]> {
    const db = await this.store.database();
    const tx = db.transaction('syncMeta', 'readonly');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return found.filter((meta): meta is SyncMeta => meta !== undefined);
  }

  /**
   * The server took what was pushed: remember its version and what it now holds (the next merge's base),
   * and drop the outbox entry unless the annotation was written again meanwhile.
   */
  async acknowledge(
    account: string,
    entry: OutboxEntry,
    remote: RemoteRecord,
    sent: Annotation | null,
  ): Promise<void> {
    const db = await this.store.database();
    const tx = db.transaction(['outbox', 'syncMeta', 'syncState'], 'readwrite');
    await checkAccount(tx, account);
    const outbox = tx.objectStore('outbox');
    const metas = tx.objectStore('syncMeta');
    const current = await outbox.get(entry.id);
    if (current?.queued === entry.queued) await outbox.delete(entry.id);
    const { record } = remote;
    if (record.deleted) {
      await metas.delete(entry.id);
    } else {
      const previous = await metas.get(entry.id);
      await metas.put({
        id: record.id,
        version: record.version,
        group: record.group,
        creator: record.creator,
        creatorName: remote.creatorName ?? previous?.creatorName ?? null,
        base: sent,
        ...(previous?.conflictOf ? { conflictOf: previous.conflictOf } : {}),
        ...moderationOf(record),
      });
    }
    await tx.done;
  }

  /** Records the server's current version of an annotation whose queued change goes out again. */
  async rebase(account: string, id: string, remote: RemoteRecord): Promise<void> {
    const db = await this.store.database();
    const tx = db.transaction(['syncMeta', 'syncState'], 'readwrite');
    await checkAccount(tx, account);
    const metas = tx.objectStore('syncMeta');
    const previous = await metas.get(id);
    const { record } = remote;
    await metas.put({
      id,
      version: record.version,
      group: record.group,
      creator: record.creator,
      creatorName: remote.creatorName ?? previous?.creatorName ?? null,
      base: record.annotation,
      ...moderationOf(record),
    });
    await tx.done;
  }

  /** Gives up on an entry the server will never take (refused), keeping the local record as it is. */
  async drop(account: string, entry: OutboxEntry): Promise<void> {
    const db = await this.store.database();
    const tx = db.transaction(['outbox', 'syncState'], 'readwrite');
    await checkAccount(tx, account);
    const outbox = tx.objectStore('outbox');
    const current = await outbox.get(entry.id);
    if (current?.queued === entry.queued) await outbox.delete(entry.id);
    await tx.done;
  }

  /** After a permanent refusal (403, 400, 413); see conflict-writes.ts `refused`. */
  async refused(
    account: string,
    entry: OutboxEntry,
    copy: Annotation | null,
    refusal: OutboxRefusal,
    keep: boolean,
  ): Promise<{ changed: string[]; kept: boolean }> {
    return refused(await this.store.database(), account, entry, copy, refusal, keep);
  }

  /** A stale delete met a newer version; see conflict-writes.ts `restoreRemote`. */
  async restoreRemote(account: string, entry: OutboxEntry, remote: RemoteRecord): Promise<string[]> {
    return restoreRemote(await this.store.database(), account, entry, remote);
  }

  /** After a 412, the merged record and any conflict copy; see conflict-writes.ts `applyMerge`. */
  async applyMerge(
    account: string,
    id: string,
    merged: Annotation,
    remote: RemoteRecord,
    copy: Annotation | null,
    requeue: boolean,
  ): Promise<string[]> {
    return applyMerge(await this.store.database(), account, id, merged, remote, copy, requeue);
  }

  /** The server no longer has it for us; see conflict-writes.ts `replaceWithCopy`. */
  async replaceWithCopy(
    account: string,
    id: string,
    copy: Annotation,
    group: string | null,
  ): Promise<string[]> {
    return replaceWithCopy(await this.store.database(), account, id, copy, group);
  }

  /**
   * Writes what the change feed brought and, when given, the `cursor` it brought them up to, in one
   * transaction: a worker stopped halfway leaves neither, so the page is read again, and never the
   * cursor without its records. An annotation with a local change still queued is left alone: its push
   * will meet the newer version (412) and merge against the base it was edited from. Answers the
   * documents whose annotations changed.
   *
   * `stored` is what the pages before this one stored (id to version), kept by the pull that reads them
   * and brought up to date here: a record it holds at that version or a later one, unless a tombstone,
   * would be skipped as already seen, and is skipped without reading the database for it.
   *
   * `present`, when given, holds every id either store may hold (`presentIds`, taken earlier in the same
   * pull): only those are read, and the ids written here are added to it. An id missing from it is
   * missing from the stores: the feed brings only records the server has, and one the user creates
   * meanwhile has a new id the feed cannot bring before its push, in a later round.
   */
  async applyRemote(
    account: string,
    all: readonly RemoteRecord[],
    cursor?: string,
    stored?: Map<string, number>,
    present?: Set<string>,
  ): Promise<string[]> {
    const records = stored
      ? all.filter(({ record }) => record.deleted || (stored.get(record.id) ?? 0) < record.version)
      : all;
    const db = await this.store.database();
    const tx = db.transaction(['annotations', 'outbox', 'syncMeta', 'syncState'], 'readwrite');
    await checkAccount(tx, account);
    const annotations = tx.objectStore('annotations');
    const metas = tx.objectStore('syncMeta');
    // Everything the page needs to know is asked for at once: IndexedDB answers the requests of one
    // transaction in order without waiting for the caller, where a read after each answer would cost a
    // round trip to the browser's database per read (three per record, 30,000 for a first sync).
    const [queued, previousOf, metaOf] = await Promise.all([
      // The outbox holds only what waits to be sent: its keys are few, and read in one request.
      tx.objectStore('outbox').getAllKeys(),
      readPresent(annotations, records, present),
      readPresent(metas, records, present),
    ]);
    const waiting = new Set(queued);
    // What this page wrote so far, by id: the reads above were all made before any write, so an id that
    // came twice in one page is read from here the second time.
    const written = new Map<string, { annotation: Annotation | undefined; meta: SyncMeta | undefined }>();
    const writes: Promise<unknown>[] = [];
    const putMeta = (meta: SyncMeta) => {
      written.set(meta.id, { annotation: written.get(meta.id)?.annotation, meta });
      writes.push(metas.put(meta));
    };
    const touched = new Set<string>();
    records.forEach(({ record, creatorName }, i) => {
      if (waiting.has(record.id)) return;
      const now = written.get(record.id);
      const previous = now ? now.annotation : previousOf[i];
      const meta = now ? now.meta : metaOf[i];
      // Already seen (our own push, acknowledged): nothing to do. A tombstone always applies: the server
      // also sends one, at the same version, for an annotation this reader may no longer read.
      const seen = meta?.version !== undefined && meta.version !== null && meta.version >= record.version;
      if (seen && !record.deleted) return;
      if (previous) touched.add(previous.target.source);
      if (record.deleted || record.annotation === null) {
        stored?.delete(record.id);
        written.set(record.id, { annotation: undefined, meta });
        writes.push(annotations.delete(record.id));
        // Hidden from this reader by a moderator: the content goes, a placeholder stays where it was.
        const source = previous?.target.source ?? meta?.placeholder?.source;
        if (!record.deleted && record.hidden && source !== undefined) {
          touched.add(source);
          putMeta({
            id: record.id,
            version: record.version,
            group: record.group,
            creator: record.creator,
            creatorName: creatorName ?? meta?.creatorName ?? null,
            base: null,
            placeholder: { source },
          });
        } else {
          if (meta?.placeholder) touched.add(meta.placeholder.source);
          written.set(record.id, { annotation: undefined, meta: undefined });
          writes.push(metas.delete(record.id));
        }
        return;
      }
      written.set(record.id, { annotation: record.annotation, meta });
      stored?.set(record.id, record.version);
      writes.push(annotations.put(record.annotation));
      touched.add(record.annotation.target.source);
      putMeta({
        id: record.id,
        version: record.version,
        group: record.group,
        creator: record.creator,
        creatorName: creatorName ?? meta?.creatorName ?? null,
        base: record.annotation,
        ...(meta?.conflictOf ? { conflictOf: meta.conflictOf } : {}),
        ...moderationOf(record),
      });
    });
    if (cursor !== undefined)
      writes.push(tx.objectStore('syncState').put({ key: 'account', account, cursor }));
    await Promise.all([...writes, tx.done]);
    for (const id of written.keys()) present?.add(id);
    return [...touched];
  }
}
