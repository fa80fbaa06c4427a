/**
 * The annotations on this machine, in IndexedDB. Only the background opens this database, so every
 * write from every tab passes through one place.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Annotation } from '../core/model/annotation.ts';

export const DB_NAME = 'plan-annotator';
/** Raise by one with each schema change and add the matching step to `upgrade`. */
export const DB_VERSION = 2;

interface PlanAnnotatorDb extends DBSchema {
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
  /** Creates or replaces; on replace the first `created` stays. Returns what was stored. */
  put(annotation: Annotation): Promise<Annotation>;
  /** True when there was something to delete. */
  delete(id: string): Promise<boolean>;
  countForDocument(uri: string): Promise<number>;
  /** Notes that a PDF was opened (from `address`, or from disk when null); returns what is known of it. */
  notePdf(fingerprint: string, address: string | null): Promise<PdfDocumentRecord>;
}

/** Starts opening the database at once; returns without waiting, so listeners can be added first. */
export function createAnnotationStore(name: string = DB_NAME): AnnotationStore {
  const opening = openDatabase(name);
  return {
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
    async put(annotation) {
      const db = await opening;
      // One transaction reads and writes, so two quick saves of one annotation cannot lose `created`.
      const tx = db.transaction('annotations', 'readwrite');
      const existing = await tx.store.get(annotation.id);
      const record = existing ? { ...annotation, created: existing.created } : annotation;
      await Promise.all([tx.store.put(record), tx.done]);
      return record;
    },
    async delete(id) {
      const db = await opening;
      const tx = db.transaction('annotations', 'readwrite');
      const existing = await tx.store.getKey(id);
      if (existing !== undefined) await tx.store.delete(id);
      await tx.done;
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

function openDatabase(name: string): Promise<IDBPDatabase<PlanAnnotatorDb>> {
  return openDB<PlanAnnotatorDb>(name, DB_VERSION, {
    upgrade(database, oldVersion) {
      // Steps run in order from the stored version, so a database several versions old migrates fully.
      if (oldVersion < 1) {
        const annotations = database.createObjectStore('annotations', { keyPath: 'id' });
        annotations.createIndex('by-source', 'target.source');
      }
      if (oldVersion < 2) database.createObjectStore('documents', { keyPath: 'fingerprint' });
    },
  });
}
