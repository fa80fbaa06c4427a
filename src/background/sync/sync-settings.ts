/**
 * The account, server and defaults the user chose, and the engine's progress; in chrome.storage.local,
 * except the token, which content scripts must not read (token-store.ts).
 */
import type { Visibility } from '../../core/model/annotation.ts';
import type { Account, GroupMembership } from './sync-server.ts';
import { readLocal, writeLocal } from './sync-browser.ts';
import { readToken, writeToken } from './token-store.ts';

export const DEFAULT_SERVER = 'http://127.0.0.1:8787';

export interface SyncSettings {
  /** The server's origin, like `http://127.0.0.1:8787`. */
  server: string;
  token: string | null;
  user: Account | null;
  groups: GroupMembership[];
  /** The group new group (and public) annotations go to. */
  group: string | null;
  /** The visibility new annotations get. */
  visibility: Visibility;
}

export interface SyncProgress {
  /**
   * Where the change feed was read up to before the cursor moved to IndexedDB with the account it
   * belongs to (sync-store.ts `useAccount`); read once, to carry it over.
   */
  cursor: string;
  lastSync: string | null;
  lastError: string | null;
  /** Failed rounds in a row, for the backoff. */
  failures: number;
  /** After a failure, no round that was not asked for starts before this time (ms since the epoch). */
  nextAttemptAt: number;
}

const SETTINGS_KEY = 'syncSettings';
const PROGRESS_KEY = 'syncProgress';

export const INITIAL_PROGRESS: SyncProgress = {
  cursor: '0',
  lastSync: null,
  lastError: null,
  failures: 0,
  nextAttemptAt: 0,
};

export async function loadSettings(): Promise<SyncSettings> {
  const stored = await readLocal<Partial<SyncSettings>>(SETTINGS_KEY);
  const { token: legacyToken, ...rest } = stored ?? {};
  let token = await readToken();
  if (typeof legacyToken === 'string') {
    // Written by a version that kept it in chrome.storage.local: move it out of content scripts' reach.
    token ??= legacyToken;
    await writeToken(token);
    await writeLocal(SETTINGS_KEY, rest);
  }
  return {
    server: DEFAULT_SERVER,
    user: null,
    groups: [],
    group: null,
    visibility: 'private',
    ...rest,
    token,
  };
}

export async function saveSettings(change: Partial<SyncSettings>): Promise<SyncSettings> {
  const next = { ...(await loadSettings()), ...change };
  const { token, ...rest } = next;
  if (change.token !== undefined) await writeToken(token);
  await writeLocal(SETTINGS_KEY, rest);
  return next;
}

export async function loadProgress(): Promise<SyncProgress> {
  return { ...INITIAL_PROGRESS, ...(await readLocal<Partial<SyncProgress>>(PROGRESS_KEY)) };
}

export async function saveProgress(change: Partial<SyncProgress>): Promise<SyncProgress> {
  const next = { ...(await loadProgress()), ...change };
  await writeLocal(PROGRESS_KEY, next);
  return next;
}

/**
 * A server address as the user typed it, reduced to its origin; null when it is not an http(s) address.
 * A path or query would be ignored by the API anyway, so it is dropped rather than kept and misleading.
 */
export function serverOrigin(address: string): string | null {
  try {
    const url = new URL(address.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * An invitation as shown to the group's owner: `<group id>.<invite code>`; the server needs both to let
 * someone join. `parseInvitation` (from core, where the invitation link reads it too) takes it apart.
 */
export { parseInvitation } from '../../core/document/invitation-link.ts';

export function invitationOf(groupId: string, inviteCode: string): string {
  return `${groupId}.${inviteCode}`;
}
