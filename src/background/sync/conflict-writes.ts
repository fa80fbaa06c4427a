/**
 * The sync writes for a push the server did not take as sent: refused for good, or stale (a 412) and
 * settled by keeping the server's record, a merge, or a conflict copy. Each runs in one transaction
 * that first checks the account (sync-tx.ts), like every write of sync-store.ts, which answers for them.
 */
import type { IDBPDatabase } from 'idb';
import type { Annotation } from '../../core/model/annotation.ts';
import { outboxEntry, type PlanAnnotatorDb } from '../annotation-store.ts';
import type { OutboxEntry, OutboxRefusal } from './sync-records.ts';
import { checkAccount, type RemoteRecord } from './sync-tx.ts';

type Database = IDBPDatabase<PlanAnnotatorDb>;

/**
 * The server refused a change for good (403, 400). Where it holds the annotation, its record comes
 * back here (the base of the refused edit, its last known state) so that no pull can overwrite an
 * edit silently, and the edit itself, `copy`, is kept as a new private annotation of this user.
 * An annotation the server never had, or a change refused for what it holds rather than who sent it
 * (`keep`: too large, or its request refused whole), stays as it is, queued and marked `refusal`.
 * Answers the documents that changed and whether the change was kept marked.
 */
export async function refused(
  db: Database,
  account: string,
  entry: OutboxEntry,
  copy: Annotation | null,
  refusal: OutboxRefusal,
  keep: boolean,
): Promise<{ changed: string[]; kept: boolean }> {
  const tx = db.transaction(['annotations', 'outbox', 'syncMeta', 'syncState'], 'readwrite');
  await checkAccount(tx, account);
  const annotations = tx.objectStore('annotations');
  const outbox = tx.objectStore('outbox');
  const metas = tx.objectStore('syncMeta');
  const current = await outbox.get(entry.id);
  // Written again meanwhile: the next round sends the newer change (and meets the same refusal).
  if (current?.queued !== entry.queued) {
    await tx.done;
    return { changed: [], kept: false };
  }
  const meta = await metas.get(entry.id);
  if (keep || meta?.version == null || !meta.base) {
    await outbox.put({ ...current, refused: refusal });
    await tx.done;
    return { changed: [], kept: true };
  }
  await outbox.delete(entry.id);
  const touched = new Set<string>();
  const local = await annotations.get(entry.id);
  if (local) touched.add(local.target.source);
  await annotations.put(meta.base);
  touched.add(meta.base.target.source);
  if (copy) {
    await annotations.put(copy);
    await outbox.put(outboxEntry(copy.id));
    await metas.put({
      id: copy.id,
      version: null,
      group: null,
      creator: null,
      creatorName: null,
      base: null,
      conflictOf: entry.id,
    });
    touched.add(copy.target.source);
  }
  await tx.done;
  return { changed: [...touched], kept: false };
}

/**
 * A delete met a newer version than the one deleted (changed on another device): the newer version
 * stays, here too, and the delete is dropped. Answers the documents that changed.
 */
export async function restoreRemote(
  db: Database,
  account: string,
  entry: OutboxEntry,
  remote: RemoteRecord,
): Promise<string[]> {
  const { record } = remote;
  if (!record.annotation) return [];
  const tx = db.transaction(['annotations', 'outbox', 'syncMeta', 'syncState'], 'readwrite');
  await checkAccount(tx, account);
  const outbox = tx.objectStore('outbox');
  const metas = tx.objectStore('syncMeta');
  const current = await outbox.get(entry.id);
  if (current?.queued !== entry.queued) {
    await tx.done;
    return [];
  }
  const previous = await metas.get(entry.id);
  await outbox.delete(entry.id);
  await tx.objectStore('annotations').put(record.annotation);
  await metas.put({
    id: entry.id,
    version: record.version,
    group: record.group,
    creator: record.creator,
    creatorName: remote.creatorName ?? previous?.creatorName ?? null,
    base: record.annotation,
  });
  await tx.done;
  return [record.annotation.target.source];
}

/**
 * After a 412: the merged record replaces the local one and stays queued (`requeue`), now based on the server's
 * version; a conflict copy, if any, is stored and queued as a new annotation. Answers the documents
 * whose annotations changed.
 */
export async function applyMerge(
  db: Database,
  account: string,
  id: string,
  merged: Annotation,
  remote: RemoteRecord,
  copy: Annotation | null,
  /** False when `merged` is what the server holds already: nothing left to push for `id`. */
  requeue: boolean,
): Promise<string[]> {
  const tx = db.transaction(['annotations', 'outbox', 'syncMeta', 'syncState'], 'readwrite');
  await checkAccount(tx, account);
  const annotations = tx.objectStore('annotations');
  const outbox = tx.objectStore('outbox');
  const metas = tx.objectStore('syncMeta');
  const { record } = remote;
  const previous = await metas.get(id);
  const existing = await annotations.get(id);
  await annotations.put(existing ? { ...merged, created: existing.created } : merged);
  if (requeue) await outbox.put(outboxEntry(id));
  else await outbox.delete(id);
  await metas.put({
    id,
    version: record.version,
    group: record.group,
    creator: record.creator,
    creatorName: remote.creatorName ?? previous?.creatorName ?? null,
    base: record.annotation,
  });
  if (copy) {
    await annotations.put(copy);
    await outbox.put(outboxEntry(copy.id));
    await metas.put({
      id: copy.id,
      version: null,
      group: record.group,
      creator: null,
      creatorName: null,
      base: null,
      conflictOf: id,
    });
  }
  await tx.done;
  return [merged.target.source];
}

/**
 * The server no longer has the annotation for us (deleted elsewhere, or hidden): the local edit lives
 * on as a new annotation, queued, and the old id goes.
 */
export async function replaceWithCopy(
  db: Database,
  account: string,
  id: string,
  copy: Annotation,
  group: string | null,
): Promise<string[]> {
  const tx = db.transaction(['annotations', 'outbox', 'syncMeta', 'syncState'], 'readwrite');
  await checkAccount(tx, account);
  await tx.objectStore('annotations').delete(id);
  await tx.objectStore('outbox').delete(id);
  await tx.objectStore('syncMeta').delete(id);
  await tx.objectStore('annotations').put(copy);
  await tx.objectStore('outbox').put(outboxEntry(copy.id));
  await tx.objectStore('syncMeta').put({
    id: copy.id,
    version: null,
    group,
    creator: null,
    creatorName: null,
    base: null,
    conflictOf: id,
  });
  await tx.done;
  return [copy.target.source];
}
