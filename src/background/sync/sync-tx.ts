/**
 * What every sync write shares: each checks, in its own transaction, that the account it works for is
 * still the one whose state the database holds (sync-store.ts, conflict-writes.ts).
 */
import type { SyncRecord } from '../../core/sync/protocol.ts';
import type { OutboxEntry, SyncState } from './sync-records.ts';

/**
 * Thrown by a write of a round that started for an account that is no longer the one signed in: the
 * round stops and writes nothing more (the next round works for the new account).
 */
export class AccountChanged extends Error {
  constructor() {
    super('the account changed during the sync round');
  }
}

interface SyncTx {
  objectStore(name: 'syncState'): { get(key: string): Promise<SyncState | undefined> };
  abort(): void;
  done: Promise<void>;
}

/** Refuses to go on unless `account` is still the one whose state the database holds. */
export async function checkAccount(tx: SyncTx, account: string): Promise<void> {
  const state = await tx.objectStore('syncState').get('account');
  if (state?.account !== account) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new AccountChanged();
  }
}

/** Whether an outbox entry may be sent by `account` (entries parked for another account wait). */
export function sendableBy(entry: OutboxEntry, account: string): boolean {
  return entry.account === undefined || entry.account === account;
}

/** A record from the server, with the name of its creator where known. */
export interface RemoteRecord {
  record: SyncRecord;
  creatorName: string | null;
}
