/**
 * The bearer token, kept in an IndexedDB database of the extension's origin. Content scripts run in
 * the page's origin and cannot open it, whereas `chrome.storage.local` is readable by content scripts
 * (its default access level lets untrusted contexts in, and Firefox has no way to close it), so the
 * token is never written there.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

const NAME = 'plan-annotator-secrets';

interface SecretsDb extends DBSchema {
  secrets: { key: string; value: string };
}

let opening: Promise<IDBPDatabase<SecretsDb>> | null = null;

function database(): Promise<IDBPDatabase<SecretsDb>> {
  opening ??= openDB<SecretsDb>(NAME, 1, {
    upgrade(db) {
      db.createObjectStore('secrets');
    },
  });
  return opening;
}

export async function readToken(): Promise<string | null> {
  return (await (await database()).get('secrets', 'token')) ?? null;
}

export async function writeToken(token: string | null): Promise<void> {
  const db = await database();
  if (token === null) await db.delete('secrets', 'token');
  else await db.put('secrets', token, 'token');
}
