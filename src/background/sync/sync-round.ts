/** What one sync round works with, shared by its push (push.ts) and its pull (pull.ts). */
import type { SyncServer } from './sync-server.ts';
import type { SyncSettings } from './sync-settings.ts';
import type { SyncStore } from './sync-store.ts';

/** Bounds one round, so a record that keeps changing on the server cannot hold the engine forever. */
export const MAX_BATCHES = 40;

/** What one round works with: captured at its start, so a switch of account meanwhile cannot mix. */
export interface Round {
  settings: SyncSettings;
  account: string;
  token: string;
  server: SyncServer;
  records: SyncStore;
  /** Told which documents' annotations the round changed, so their tabs reload their lists. */
  changed: (uris: readonly string[]) => void;
}
