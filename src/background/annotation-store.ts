/**
 * The annotations on this machine, in IndexedDB. Only the background opens this database, so every
 * write from every tab passes through one place.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Annotation } from '../core/model/annotation.ts';
import type { OutboxEntry, ParkedCopy, SyncMeta, SyncState } from './sync/sync-records.ts';

export const DB_NAME = 'plan-annotator';
/** Raise by one with each schema change and add the matching step to `upgrade`. */
export const DB_VERSION = 5;

export interface PlanAnnotatorDb extends DBSchema {
  annotations: {
    key: string;
    value: Annotation;
    /** `target.source` is the normalised document address (see document-uri.ts). */
    indexes: { 'by-source': string };
  };
  /** Every address each PDF (by fingerprint) was opened from; a file from disk adds none. */
  documents: {
    key: string;
    value: PdfDocumentRecord;
  };
  /**
   * Annotations changed here and not yet acknowledged by the sync server, one entry per id: the record
   * to send is whatever `annotations` holds then (none means a delete). Written in the same transaction
   * as the change, so a saved edit is never missing from it.
   */
  outbox: {
    key: string;
    value: OutboxEntry;
  };
  /** What the server said of each synced annotation: version, group, creator, and the base of a merge. */
  syncMeta: {
    key: string;
    value: SyncMeta;
  };
  /**
   * Which account `syncMeta` and the cursor belong to. Every sync write checks it in its own
   * transaction, so a round still running for an account that was switched away writes nothing.
   */
  syncState: {
    key: string;
    value: SyncState;
  };
  /**
   * Copies another account read from the server, put aside when a different account signed in here (so
   * the next person does not read them) and put back when that account signs in again.
   */
  parked: {
    /** [account, annotation id]: two accounts may each have read the same group annotation. */
    key: [string, string];
    value: ParkedCopy;
    indexes: { 'by-id': string };
  };
}

export interface PdfDocumentRecord {
  fingerprint: string;
  addresses: string[];
  firstSeen: string;
  lastSeen: string;
}

/** Enough addresses for every mirror of a plan; the oldest go first past it. */
const MAX_ADDRESSES = 50;

export interface AnnotationStore {
  /** Settles once the database is open (rejects if it cannot be); every method waits for it too. */
  ready: Promise<void>;
  listForDocument(uri: string): Promise<Annotation[]>;
  get(id: string): Promise<Annotation | undefined>;
  /**
   * Creates or replaces; on replace the first `created` stays. Returns what was stored. `group` is the
   * group a new annotation goes to when it syncs (the settings' group when it was made).
   */
  put(annotation: Annotation, options?: { group?: string | null }): Promise<Annotation>;
  /** True when there was something to delete. */
  delete(id: string): Promise<boolean>;
  countForDocument(uri: string): Promise<number>;
  /** Notes that a PDF was opened (from `address`, or from disk when null); returns what is known of it. */
  notePdf(fingerprint: string, address: string | null): Promise<PdfDocumentRecord>;
  /** The open database, for the sync engine (src/background/sync/sync-store.ts). */
  database(): Promise<IDBPDatabase<PlanAnnotatorDb>>;
  /** Called after every local write that queued something for the sync server. */
  onQueued(listener: () => void): void;
  /**
   * Every tag in the store (the user's and, once synced, the group's), most used first, at most `limit`:
   * the sidebar's tag suggestions (tags.suggest in tag-handlers.ts).
   */
  allTags(limit?: number): Promise<string[]>;
  /** Every stored annotation, oldest first (the popup's export of all local data). */
  all(): Promise<Annotation[]>;
  /**
   * The stored annotations that pass `test`, read with a cursor (only matches are held): the newest
   * `limit` by `modified`, and how many passed in all.
   */
  find(
    test: (annotation: Annotation) => boolean,
    limit: number,
  ): Promise<{ found: Annotation[]; total: number }>;
  /** What is known of a PDF by its fingerprint: the addresses it was opened from. */
  pdf(fingerprint: string): Promise<PdfDocumentRecord | undefined>;
}

/**
 * Thrown by `put` for an annotation (or a reply to one) that was set aside for an account other than
 * the one signed in now and is not on this browser otherwise: a tab still showing it cannot bring it
 * back, and send it, under the new account.
 */
export class ParkedForAnotherAccount extends Error {
  constructor(readonly id: string) {
    super(`annotation ${id} is kept aside for another account`);
  }
}

/** Starts opening the database at once; returns without waiting, so listeners can be added first. */
export function createAnnotationStore(name: string = DB_NAME): AnnotationStore {
  const opening = openDatabase(name);
  const queuedListeners: (() => void)[] = [];
  const queued = () => queuedListeners.forEach((listener) => listener());
  return {
    database: () => opening,
    async allTags(limit = 500) {
      const db = await opening;
      const uses = new Map<string, number>();
      let cursor = await db.transaction('annotations').store.openCursor();
      for (; cursor; cursor = await cursor.continue()) {
        for (const tag of cursor.value.body.tags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
      }
      return [...uses]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([tag]) => tag);
    },
    onQueued(listener) {
      queuedListeners.push(listener);
    },
    async all() {
      const db = await opening;
      const found = await db.getAll('annotations');
      return found.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
    },
    async find(test, limit) {
      const db = await opening;
      const found: Annotation[] = [];
      let cursor = await db.transaction('annotations').store.openCursor();
      for (; cursor; cursor = await cursor.continue()) if (test(cursor.value)) found.push(cursor.value);
      found.sort((a, b) => b.modified.localeCompare(a.modified) || a.id.localeCompare(b.id));
      return { found: found.slice(0, limit), total: found.length };
    },
    async pdf(fingerprint) {
      const db = await opening;
      return db.get('documents', fingerprint);
    },
    ready: opening.then(() => undefined),
    async listForDocument(uri) {
      const db = await opening;
      const found = await db.getAllFromIndex('annotations', 'by-source', uri);
      // Oldest first, so the sidebar and the highlights keep a stable order.
      return found.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
    },
    async get(id) {
      const db = await opening;
      return db.get('annotations', id);
    },
    async put(annotation, options = {}) {
      const db = await opening;
      // One transaction reads and writes, so two quick saves of one annotation cannot lose `created`.
      // The check against parked copies runs in the same transaction as the write, so a switch of
      // account (sync-store.ts `useAccount`) cannot fall between them.
      const tx = db.transaction(['annotations', 'outbox', 'syncMeta', 'syncState', 'parked'], 'readwrite');
      const annotations = tx.objectStore('annotations');
      const outbox = tx.objectStore('outbox');
      const metas = tx.objectStore('syncMeta');
      const [existing, waiting, meta, state] = await Promise.all([
        annotations.get(annotation.id),
        outbox.get(annotation.id),
        metas.get(annotation.id),
        tx.objectStore('syncState').get('account'),
      ]);
      const parkedElsewhere = async (id: string): Promise<boolean> => {
        if ((await annotations.getKey(id)) !== undefined) return false;
        const copies = await tx.objectStore('parked').index('by-id').getAll(id);
        return copies.some((copy) => copy.account !== state?.account);
      };
      if (
        (!existing && (await parkedElsewhere(annotation.id))) ||
        (annotation.replyTo !== undefined && (await parkedElsewhere(annotation.replyTo)))
      ) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new ParkedForAnotherAccount(annotation.id);
      }
      const record = existing ? { ...annotation, created: existing.created } : annotation;
      const writes: Promise<unknown>[] = [
        annotations.put(record),
        // A change waiting for another account keeps waiting for it (see sync-records.ts).
        outbox.put(outboxEntry(annotation.id, waiting?.account)),
      ];
      if (!existing && !meta && options.group !== undefined) {
        writes.push(
          metas.put({
            id: annotation.id,
            version: null,
            group: options.group,
            creator: null,
            creatorName: null,
            base: null,
          }),
        );
      }
      await Promise.all([...writes, tx.done]);
      queued();
      return record;
    },
    async delete(id) {
      const db = await opening;
      const tx = db.transaction(['annotations', 'outbox'], 'readwrite');
      const annotations = tx.objectStore('annotations');
      const outbox = tx.objectStore('outbox');
      const existing = await annotations.getKey(id);
      if (existing !== undefined) {
        const waiting = await outbox.get(id);
        await annotations.delete(id);
        await outbox.put(outboxEntry(id, waiting?.account));
      }
      await tx.done;
      if (existing !== undefined) queued();
      return existing !== undefined;
    },
    async countForDocument(uri) {
      const db = await opening;
      return db.countFromIndex('annotations', 'by-source', uri);
    },
    async notePdf(fingerprint, address) {
      const db = await opening;
      const tx = db.transaction('documents', 'readwrite');
      const now = new Date().toISOString();
      const existing = await tx.store.get(fingerprint);
      const addresses = (existing?.addresses ?? []).filter((a) => a !== address);
      if (address !== null) addresses.push(address);
      const record: PdfDocumentRecord = {
        fingerprint,
        addresses: addresses.slice(-MAX_ADDRESSES),
        firstSeen: existing?.firstSeen ?? now,
        lastSeen: now,
      };
      await Promise.all([tx.store.put(record), tx.done]);
      return record;
    },
  };
}

/**
 * A fresh outbox entry. `queued` changes on every write, so the engine can tell whether an entry it
 * pushed was written again meanwhile (then it stays for the next round).
 */
export function outboxEntry(id: string, account?: string): OutboxEntry {
  const queued = `${new Date().toISOString()}#${crypto.randomUUID()}`;
  return account === undefined ? { id, queued } : { id, queued, account };
}

function openDatabase(name: string): Promise<IDBPDatabase<PlanAnnotatorDb>> {
  return openDB<PlanAnnotatorDb>(name, DB_VERSION, {
    async upgrade(database, oldVersion, _newVersion, transaction) {
      // Steps run in order from the stored version, so a database several versions old migrates fully.
      if (oldVersion < 1) {
        const annotations = database.createObjectStore('annotations', { keyPath: 'id' });
        annotations.createIndex('by-source', 'target.source');
      }
      if (oldVersion < 2) database.createObjectStore('documents', { keyPath: 'fingerprint' });
      if (oldVersion < 3) {
        const outbox = database.createObjectStore('outbox', { keyPath: 'id' });
        database.createObjectStore('syncMeta', { keyPath: 'id' });
        // Annotations made before sync existed are queued too, so the first sign-in uploads them.
        const keys = await transaction.objectStore('annotations').getAllKeys();
        await Promise.all(keys.map((id) => outbox.put(outboxEntry(id))));
      }
      if (oldVersion < 4) database.createObjectStore('syncState', { keyPath: 'key' });
      if (oldVersion < 5) {
        const parked = database.createObjectStore('parked', { keyPath: ['account', 'id'] });
        parked.createIndex('by-id', 'id');
      }
    },
  });
}
