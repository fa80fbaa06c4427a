/**
 * A sync engine over a fresh in-memory store and a fresh fake of `chrome.*`, talking to the real server
 * of server-in-process.ts; accounts are made on that server.
 */
import type { FastifyInstance } from 'fastify';
import type { AnnotationStore } from '../../../../src/background/annotation-store.ts';
import { SyncEngine } from '../../../../src/background/sync/sync-engine.ts';
import { accountKey } from '../../../../src/background/sync/sync-records.ts';
import { loadSettings, saveSettings } from '../../../../src/background/sync/sync-settings.ts';
import { signUp, type Account } from '../../../integration/support/api-client.ts';
import { installFakeChrome, type FakeChrome } from './fake-chrome.ts';
import { freshStore } from './local-store.ts';

export interface EngineFixture {
  store: AnnotationStore;
  engine: SyncEngine;
  chrome: FakeChrome;
  /** Every list of documents the engine said it changed, in order. */
  changed: string[][];
}

export async function engineFixture(): Promise<EngineFixture> {
  const chrome = installFakeChrome();
  const store = await freshStore();
  const changed: string[][] = [];
  const engine = new SyncEngine(store, (uris) => changed.push([...uris]));
  // The token lives in its own database, shared by the tests of a file: none until a sign-in.
  await saveSettings({ token: null });
  return { store, engine, chrome, changed };
}

/** A new account on the server. */
export function newAccount(app: FastifyInstance, name: string): Promise<Account> {
  return signUp(app, name);
}

/** Signs `account` in at `server` as the settings page does: the engine claims the data first. */
export async function signIn(engine: SyncEngine, server: string, account: Account): Promise<void> {
  await engine.claim(await loadSettings());
  await saveSettings({
    server,
    token: account.token,
    user: { id: account.id, username: account.username },
  });
}

export function keyOf(server: string, account: Account): string {
  return accountKey(server, account.id);
}
