/**
 * Page texts by PDF fingerprint in the extension origin's IndexedDB. This is a cache the viewer owns (it
 * can always be rebuilt from the PDF); annotations stay with the background alone.
 */
import { openDB, type DBSchema } from 'idb';
import type { PageText } from './pdf-document-text.ts';
import type { PageTextCache } from './text-extraction.ts';

const DB_NAME = 'plan-annotator-pdf-text';
/**
 * Raise when `pageTextOf` changes what it produces, so old entries are dropped rather than misread.
 * 2: page furniture left out of the text and kept beside it, or (written by another line of work, also
 * as 2) each item's print style kept; 3: both, so a cache written as either 2 is read again; 4: each style
 * also keeps where its item starts across the page (a table's columns); 5: a PDF with a page drawn out of
 * reading order keeps each page as the finder reads it (`reading`), so an entry written before is read again.
 */
const TEXT_FORMAT = 5;
/** Enough for the plans a reviewer works through; the least recently opened go first. */
const MAX_ENTRIES = 40;

interface TextCacheDb extends DBSchema {
  texts: {
    key: string;
    value: { fingerprint: string; format: number; pages: PageText[]; used: number };
    indexes: { 'by-used': number };
  };
}

export function createTextCache(): PageTextCache {
  const opening = openDB<TextCacheDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('texts', { keyPath: 'fingerprint' }).createIndex('by-used', 'used');
    },
  });
  return {
    async get(fingerprint) {
      const db = await opening;
      const entry = await db.get('texts', fingerprint);
      if (!entry || entry.format !== TEXT_FORMAT) return undefined;
      await db.put('texts', { ...entry, used: Date.now() });
      return entry.pages;
    },
    async put(fingerprint, pages) {
      const db = await opening;
      const tx = db.transaction('texts', 'readwrite');
      await tx.store.put({ fingerprint, format: TEXT_FORMAT, pages, used: Date.now() });
      const count = await tx.store.count();
      let cursor = count > MAX_ENTRIES ? await tx.store.index('by-used').openCursor() : null;
      for (let extra = count - MAX_ENTRIES; cursor && extra > 0; extra--) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
      await tx.done;
    },
  };
}
