/**
 * A new reviewer's first sync (issue #21): a fresh browser profile signs in to an account that is a
 * member of a group holding 10,000 annotations written by another member, and the time is taken until
 * all 10,000 are stored in the extension's own IndexedDB database (where the sidebar reads them, by
 * document, through the `by-source` index).
 *
 * The real thing end to end: Debian's Chromium with the built extension (dist/chrome, as the e2e tests
 * load it; build it first with `npx vite build`), the server as it is deployed (`plan-annotator serve`,
 * its own process) on a fresh PostgreSQL database at TEST_DATABASE_URL (default 127.0.0.1:5432). The
 * sign-in is the settings page's own request (`account.signIn`); from then on the background does what it
 * does for a user: reads the change feed and stores it.
 *
 * The floor, in the same browser and the same service worker: the same 10,000 annotations written into
 * the `annotations` store of a database of the extension's schema (its own name, so the extension's data
 * is left alone) in one transaction. Goal: the first sync in at most 2x the floor.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Page, Worker } from 'playwright-core';
import { DB_NAME, DB_VERSION } from '../src/background/annotation-store.ts';
import type { Annotation } from '../src/core/model/annotation.ts';
import { browserAvailable, launchWithExtension } from '../tests/e2e/support/extension.ts';
import {
  benchRecord,
  DEFAULT_DATABASE_URL,
  median,
  openBenchPostgres,
  seedGroup,
  startServerProcess,
  verdict,
  type BenchServer,
} from './support/bench-data.ts';

const ANNOTATIONS = 10_000;
/** Each round a fresh profile; FIRST_SYNC_ROUNDS=1 for a quick look. */
const ROUNDS = Number(process.env['FIRST_SYNC_ROUNDS'] ?? 3);
const GOAL = 2;
const PASSWORD = 'correct horse battery';
/** How often the page looks at the extension's database while the sync runs. */
const POLL_MS = 20;

async function api<T>(server: BenchServer, method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token ?? server.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json().catch(() => ({}))) as T;
}

/** A new account that joined the bench group (on another device, say), as the server sees it. */
async function newMember(server: BenchServer): Promise<string> {
  const username = `firstsync-${randomBytes(4).toString('hex')}`;
  const { inviteCode } = await api<{ inviteCode: string }>(server, 'GET', `/api/groups/${server.groupId}`);
  await api(server, 'POST', '/api/users', { username, password: PASSWORD }, '');
  const { token } = await api<{ token: string }>(server, 'POST', '/api/tokens', {
    username,
    password: PASSWORD,
  });
  await api(server, 'POST', `/api/groups/${server.groupId}/members`, { inviteCode }, token);
  return username;
}

/**
 * tsx (esbuild's keepNames) wraps named functions in a `__name` helper that a browser's context lacks:
 * the functions handed to `evaluate` need it there, as a no-op.
 */
async function allowNames(context: { evaluate(expression: string): Promise<unknown> }): Promise<void> {
  await context.evaluate('globalThis.__name = (f) => f');
}

/**
 * In the settings page: signs in as `username`, then looks at the extension's database every POLL_MS
 * until it holds `expected` annotations; the ms from the request to then, and what the sidebar's index
 * holds. The look is for `last`, the feed's last annotation, by its key (the feed is stored in order,
 * each page in one transaction), and only then a count: Chromium counts a store by walking it, and a
 * count every few ms would hold up the very writes it waits for.
 */
function timeFirstSync(
  page: Page,
  username: string,
  expected: number,
  last: string,
): Promise<{ ms: number; bySource: number }> {
  return page.evaluate(
    async ({ username, password, expected, last, dbName, pollMs }) => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const started = performance.now();
      const reply = (await chrome.runtime.sendMessage({
        type: 'account.signIn',
        payload: { username, password },
      })) as { ok: boolean; error?: unknown };
      if (!reply.ok) throw new Error(`the sign-in failed: ${JSON.stringify(reply.error)}`);
      // Opened without a version: the background has made it by now, and this never upgrades it.
      const db = await request(indexedDB.open(dbName));
      try {
        for (;;) {
          const store = db.transaction('annotations').objectStore('annotations');
          if (
            (await request(store.getKey(last))) !== undefined &&
            (await request(store.count())) >= expected
          ) {
            const ms = performance.now() - started;
            // What the sidebar lists a document's annotations from: every one is there by its document.
            const sources = (await request(store.index('by-source').getAllKeys())).length;
            return { ms, bySource: sources };
          }
          await new Promise((resolve) => setTimeout(resolve, pollMs));
        }
      } finally {
        db.close();
      }
    },
    { username, password: PASSWORD, expected, last, dbName: DB_NAME, pollMs: POLL_MS },
  );
}

/**
 * In the service worker: `records` put into the `annotations` store of a fresh database of the
 * extension's schema, in one transaction; the ms from the transaction's start to its completion.
 */
function timeFloor(worker: Worker, records: readonly Annotation[], name: string): Promise<number> {
  return worker.evaluate(
    async ({ records, name, version }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name, version);
        opening.onupgradeneeded = () => {
          // The stores the first sync writes, as annotation-store.ts makes them.
          const made = opening.result;
          made.createObjectStore('annotations', { keyPath: 'id' }).createIndex('by-source', 'target.source');
          made.createObjectStore('outbox', { keyPath: 'id' });
          made.createObjectStore('syncMeta', { keyPath: 'id' });
          made.createObjectStore('syncState', { keyPath: 'key' });
        };
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
      const started = performance.now();
      const tx = db.transaction('annotations', 'readwrite');
      const store = tx.objectStore('annotations');
      for (const record of records) store.put(record);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      const ms = performance.now() - started;
      db.close();
      await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
      return ms;
    },
    { records, name, version: DB_VERSION },
  );
}

export async function run(): Promise<void> {
  if (!browserAvailable()) {
    verdict(
      false,
      'first sync: no Chromium at /usr/bin/chromium or no dist/chrome (npx vite build); not measured',
    );
    return;
  }
  const store = await openBenchPostgres(DEFAULT_DATABASE_URL, 'pa_firstsync');
  if (!store?.url) {
    verdict(
      false,
      `first sync: no PostgreSQL answers at ${DEFAULT_DATABASE_URL.replace(/\/\/[^@]*@/, '//')}; not measured`,
    );
    return;
  }
  let server: BenchServer;
  try {
    server = await startServerProcess(store.url);
  } catch (error) {
    await store.dispose();
    throw error;
  }
  try {
    const records = Array.from({ length: ANNOTATIONS }, (_, n) => benchRecord(n, randomUUID()));
    await seedGroup(store.db, server, records);
    await store.db.query('analyze');
    const syncs: number[] = [];
    const floors: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const username = await newMember(server);
      const browser = await launchWithExtension();
      try {
        browser.worker.on('console', (m) =>
          console.log('SW', (performance.now() / 1000).toFixed(2), m.text()),
        );
        const settings = await browser.context.newPage();
        await settings.goto(`chrome-extension://${browser.id}/src/settings/settings.html`);
        await allowNames(settings);
        await allowNames(browser.worker);
        const set = (await settings.evaluate(
          (origin) => chrome.runtime.sendMessage({ type: 'settings.update', payload: { server: origin } }),
          server.url,
        )) as { ok: boolean };
        if (!set.ok) throw new Error(`the settings refused the server ${server.url}`);
        const last = (records.at(-1) as Annotation).id;
        const { ms, bySource } = await timeFirstSync(settings, username, ANNOTATIONS, last);
        if (bySource !== ANNOTATIONS)
          throw new Error(`the sidebar's index holds ${bySource} of ${ANNOTATIONS}`);
        syncs.push(ms);
        floors.push(await timeFloor(browser.worker, records, `plan-annotator-floor-firstsync-${round}`));
      } finally {
        await browser.close();
      }
    }
    const ratio = median(syncs) / median(floors);
    console.table([
      {
        what: `first sync: sign-in to ${ANNOTATIONS} annotations stored (Chromium, real extension)`,
        result: `${median(syncs).toFixed(0)} ms`,
        rounds: syncs.map((ms) => ms.toFixed(0)).join(', '),
      },
      {
        what: `the same ${ANNOTATIONS} put in one IndexedDB transaction (floor)`,
        result: `${median(floors).toFixed(0)} ms`,
        rounds: floors.map((ms) => ms.toFixed(0)).join(', '),
      },
    ]);
    verdict(
      ratio <= GOAL,
      `a first sync of ${ANNOTATIONS} annotations: ${ratio.toFixed(2)}x one IndexedDB transaction (goal <= ${GOAL}x)`,
    );
  } finally {
    await server.close();
    await store.dispose();
  }
}
