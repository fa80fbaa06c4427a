import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import {
  BUILT_EXTENSION,
  CHROMIUM,
  browserAvailable,
  clickInClosedShadow,
  launchWithExtension,
  selectWithMouse,
  sidebarFrame,
  tabIdOf,
  type LoadedExtension,
} from './support/extension.ts';
import { LimitingProxy } from './support/limiting-proxy.ts';
import { SyncServerProcess } from './support/sync-server.ts';

const QUOTE = 'publish every contract for public works above 50,000 euros';
const HOST = 'plan-annotator';
const PASSWORD = 'correct horse battery';
/** Waits that cross the network, a restart or a backoff: generous, and each ends as soon as it holds. */
const SLOW = { timeout: 60_000, interval: 250 };
const SOON = { timeout: 15_000, interval: 100 };

const run = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and dist/chrome from `npm run build`',
);

/**
 * A profile that outlives its browser, so the browser can be closed and started again on it, as after a
 * restart. Set up like `launchWithExtension` (same copy of the build, 127.0.0.1 granted); the extension's
 * id follows from its directory, so the second start finds the same IndexedDB.
 */
class LastingProfile {
  private constructor(readonly root: string) {}

  static async create(): Promise<LastingProfile> {
    const root = await mkdtemp(join(tmpdir(), 'plan-annotator-e2e-lasting-'));
    const extensionDir = join(root, 'extension');
    await cp(BUILT_EXTENSION, extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    manifest['host_permissions'] = ['http://127.0.0.1/*'];
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    return new LastingProfile(root);
  }

  async launch(): Promise<LoadedExtension> {
    const extensionDir = join(this.root, 'extension');
    const context = await chromium.launchPersistentContext(join(this.root, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 860 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return { context, id: new URL(worker.url()).host, worker, close: () => context.close() };
  }

  async dispose(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}

/** One person: a browser profile with the extension, the plan page open, and the sidebar beside it. */
interface Reader {
  ext: LoadedExtension;
  settings: Page;
  page: Page;
  sidebar: Frame;
}

describe.skipIf(!run)('sync between two browsers through a real server', () => {
  let server: SyncServerProcess;
  let pages: FixtureServer;
  let alice: Reader;
  let bob: Reader;
  let aliceProfile: LastingProfile;
  const suffix = String(process.pid);

  beforeAll(async () => {
    server = await SyncServerProcess.start();
    pages = await new FixtureServer().start();
  });

  afterAll(async () => {
    await alice?.ext.close();
    await aliceProfile?.dispose();
    await bob?.ext.close();
    await pages?.stop();
    await server?.dispose();
  });

  const textOf = (page: Page | Frame, testId: string) =>
    page
      .getByTestId(testId)
      .textContent({ timeout: 500 })
      .catch(() => '');

  async function openSettings(ext: LoadedExtension, origin = server.origin): Promise<Page> {
    const settings = await ext.context.newPage();
    await settings.goto(`chrome-extension://${ext.id}/src/settings/settings.html`);
    await settings.getByLabel('Server address').fill(origin);
    await settings.getByRole('button', { name: 'Save address' }).click();
    await expect.poll(() => textOf(settings, 'settings-server-saved'), SOON).toBe(`Using ${origin}.`);
    return settings;
  }

  async function signUp(settings: Page, username: string): Promise<void> {
    await settings.getByLabel('Username').fill(username);
    await settings.getByLabel(/^Password/).fill(PASSWORD);
    await settings.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => textOf(settings, 'settings-signed-in'), SOON).toBe(`Signed in as ${username}`);
  }

  async function signIn(settings: Page, username: string): Promise<void> {
    await settings.getByLabel('Username').fill(username);
    await settings.getByLabel(/^Password/).fill(PASSWORD);
    await settings.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => textOf(settings, 'settings-signed-in'), SOON).toBe(`Signed in as ${username}`);
  }

  /** What the server's change feed gives this account, asked over HTTP as any client would. */
  async function serverComments(username: string): Promise<string[]> {
    const signedIn = await fetch(`${server.origin}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    const { token } = (await signedIn.json()) as { token: string };
    const feed = await fetch(`${server.origin}/api/changes?since=0&limit=500`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { changes } = (await feed.json()) as {
      changes: { deleted: boolean; annotation: { body: { comment: string } } | null }[];
    };
    return changes.flatMap((c) => (c.deleted || !c.annotation ? [] : [c.annotation.body.comment]));
  }

  /**
   * Runs `expression` in the annotator's content script (the page's isolated world of the extension),
   * found through the DevTools protocol, and answers what its promise gives.
   */
  async function inContentScript(reader: Reader, expression: string): Promise<unknown> {
    const cdp = await reader.ext.context.newCDPSession(reader.page);
    try {
      const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
      await cdp.send('Runtime.enable');
      const isolated = contexts.find(
        (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${reader.ext.id}`,
      );
      if (!isolated) throw new Error("the extension's content script world was not found");
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: isolated.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.value as unknown;
    } finally {
      await cdp.detach();
    }
  }

  /** The annotations a sidebar's page holds, as the sidebar asks for them. */
  async function listOf(reader: Reader) {
    return reader.sidebar.evaluate(async () => {
      const list = (await chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} })) as {
        value: {
          annotations: { id: string; visibility: string; body: { comment: string; tags: string[] } }[];
        };
      };
      return list.value.annotations;
    });
  }

  async function annotateWithSidebar(ext: LoadedExtension): Promise<{ page: Page; sidebar: Frame }> {
    const page = await ext.context.newPage();
    await page.goto(`${pages.origin}/plan.html`);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${await tabIdOf(ext, page)}`);
    await popup.getByTestId('popup-annotate').click();
    await expect.poll(() => textOf(popup, 'popup-status'), SOON).toContain('Annotating this page');
    await popup.close();
    await page.bringToFront();
    return { page, sidebar: await sidebarFrame(ext, page) };
  }

  async function openPopup(reader: Reader): Promise<Page> {
    const popup = await reader.ext.context.newPage();
    await popup.goto(
      `chrome-extension://${reader.ext.id}/popup/popup.html?tab=${await tabIdOf(reader.ext, reader.page)}`,
    );
    return popup;
  }

  /** Every key or every value of one of the extension's IndexedDB stores, read in its service worker. */
  async function readStore(ext: LoadedExtension, store: string, what: 'keys' | 'values'): Promise<unknown[]> {
    const worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
    return worker.evaluate(
      ([name, kind]) =>
        new Promise<unknown[]>((resolve, reject) => {
          const opening = indexedDB.open('plan-annotator');
          opening.onerror = () => reject(new Error(String(opening.error)));
          opening.onsuccess = () => {
            const objects = opening.result.transaction(name).objectStore(name);
            const request = kind === 'keys' ? objects.getAllKeys() : objects.getAll();
            request.onerror = () => reject(new Error(String(request.error)));
            request.onsuccess = () => {
              resolve(request.result as unknown[]);
              opening.result.close();
            };
          };
        }),
      [store, what] as const,
    );
  }

  /** The comments of the copies the background set aside for accounts not signed in (IndexedDB `parked`). */
  async function parkedComments(ext: LoadedExtension): Promise<string[]> {
    const copies = (await readStore(ext, 'parked', 'values')) as {
      annotation: { body: { comment: string } };
    }[];
    return copies.map((copy) => copy.annotation.body.comment);
  }

  /** The ids in the extension's IndexedDB store of annotations, sorted. */
  async function storedIds(ext: LoadedExtension): Promise<string[]> {
    return ((await readStore(ext, 'annotations', 'keys')) as string[]).sort();
  }

  /** A POST to the server, as another computer of the account's owner would send it. */
  async function post(path: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
    const response = await fetch(`${server.origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  }

  /** An account made over HTTP; its token. */
  async function accountOnServer(username: string): Promise<string> {
    await post('/api/users', { username, password: PASSWORD });
    const { token } = await post('/api/tokens', { username, password: PASSWORD });
    return token as string;
  }

  /** A comment on the fixture plan, as the batch route takes it. */
  function noteOnPlan(id: string, comment: string, group: string | null) {
    const now = new Date().toISOString();
    return {
      op: 'put',
      group,
      version: null,
      annotation: {
        id,
        motivation: 'commenting',
        target: {
          source: `${pages.origin}/plan.html`,
          selector: [{ type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' }],
        },
        body: { comment, tags: [] },
        document: { title: 'National Action Plan' },
        visibility: group ? 'group' : 'private',
        created: now,
        modified: now,
      },
    };
  }

  const cards = (reader: Reader) => reader.sidebar.getByTestId('annotation-card');
  const firstComment = (reader: Reader) =>
    cards(reader)
      .first()
      .getByTestId('card-comment')
      .textContent({ timeout: 500 })
      .catch(() => '');

  test('two people sign up through the settings page and meet in one group', async () => {
    aliceProfile = await LastingProfile.create();
    const aliceExt = await aliceProfile.launch();
    const bobExt = await launchWithExtension();
    const aliceSettings = await openSettings(aliceExt);
    await signUp(aliceSettings, `alice-${suffix}`);
    // The token is kept where content scripts cannot read it: not in chrome.storage.local.
    const local = await aliceSettings.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(local)).not.toMatch(/"token"/);
    expect(local['syncSettings']).toMatchObject({ user: { username: `alice-${suffix}` } });
    await aliceSettings.getByLabel('Group name').fill('Procurement reviewers');
    await aliceSettings.getByRole('button', { name: 'Create group' }).click();
    // The invitation is shown in a read-only field, with a Copy button beside it.
    const newInvitation = aliceSettings.getByTestId('settings-new-invitation');
    await expect.poll(() => newInvitation.inputValue({ timeout: 500 }).catch(() => ''), SOON).toMatch(/\./);
    const invitation = await newInvitation.inputValue();
    // The choice is saved by the background first, then shown: click, then wait for it to hold.
    await aliceSettings.getByRole('radio', { name: /^Group/ }).click();
    await expect.poll(() => aliceSettings.getByTestId('settings-visibility-group').isChecked()).toBe(true);

    const bobSettings = await openSettings(bobExt);
    // A wrong password is said in place, in plain words, and changes nothing.
    await bobSettings.getByLabel('Username').fill(`alice-${suffix}`);
    await bobSettings.getByLabel(/^Password/).fill('not her password');
    await bobSettings.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => textOf(bobSettings, 'settings-account-error'), SOON)
      .toBe('Wrong username or password.');
    await signUp(bobSettings, `bob-${suffix}`);
    await bobSettings.getByLabel('Invitation').fill(invitation);
    await bobSettings.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => textOf(bobSettings, 'settings-joined'), SOON)
      .toBe('You joined Procurement reviewers.');

    alice = { ext: aliceExt, settings: aliceSettings, ...(await annotateWithSidebar(aliceExt)) };
    bob = { ext: bobExt, settings: bobSettings, ...(await annotateWithSidebar(bobExt)) };
    await bob.sidebar.getByText('Select text on the page').waitFor();
  });

  test("Bob's open sidebar shows Alice's group annotation without a reload", async () => {
    await selectWithMouse(alice.page, QUOTE);
    await clickInClosedShadow(alice.page, HOST, 'button[data-action="comment"]');
    await alice.sidebar.getByTestId('editor').waitFor();
    await alice.sidebar.getByTestId('editor-comment').fill('Which law sets the threshold?');
    await alice.sidebar.getByTestId('editor-save').click();
    await expect.poll(() => cards(alice).count(), SOON).toBe(1);
    // Alice chose "Group" as the default in the settings: the new annotation is a group one.
    expect((await listOf(alice)).map((a) => a.visibility)).toEqual(['group']);

    // Well before the 30-second alarm: the server's event is what tells Bob's background to pull.
    await expect.poll(() => cards(bob).count(), { timeout: 20_000, interval: 100 }).toBe(1);
    expect(await firstComment(bob)).toContain('Which law sets the threshold?');

    // Bob's sidebar knows who wrote it.
    const authors = await bob.sidebar.evaluate(async () => {
      const list = (await chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} })) as {
        value: { authors: Record<string, string>; me: string | null };
      };
      return list.value;
    });
    expect(authors.me).toBe(`bob-${suffix}`);
    expect(Object.values(authors.authors)).toEqual([`alice-${suffix}`]);

    // The annotator, a content script in a page we do not trust, reads neither the token (not even
    // from chrome.storage.local, which content scripts can read) nor who wrote what.
    const seen = (await inContentScript(
      bob,
      `(async () => ({
        local: JSON.stringify(await chrome.storage.local.get(null)),
        list: await chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} }),
      }))()`,
    )) as { local: string; list: { ok: boolean; value: Record<string, unknown> } };
    expect(seen.local).toContain(`bob-${suffix}`);
    expect(seen.local).not.toMatch(/"token"/);
    expect(seen.list.ok).toBe(true);
    expect(seen.list.value['annotations']).toHaveLength(1);
    expect(seen.list.value).not.toHaveProperty('authors');
    expect(seen.list.value).not.toHaveProperty('me');

    const popup = await openPopup(alice);
    await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('Everything is synced');
    expect(await textOf(popup, 'popup-sync-last')).toMatch(/^Last synced at .*\d{1,2}:\d\d/);
    await popup.close();
  });

  test("Bob cannot change Alice's annotation: the sidebar offers Reply, and a refused edit becomes his copy", async () => {
    const card = cards(bob).first();
    await card.getByTestId('card-reply').waitFor();
    expect(await card.getByTestId('card-edit').count()).toBe(0);
    expect(await card.getByTestId('card-delete').count()).toBe(0);
    expect(await card.getByTestId('card-assess').count()).toBe(0);

    // An edit saved anyway (as a stale sidebar could): the server refuses it (only the creator edits).
    const saved = await bob.sidebar.evaluate(async () => {
      const list = (await chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} })) as {
        value: { annotations: { body: Record<string, unknown> }[] };
      };
      const [annotation] = list.value.annotations;
      const reply = (await chrome.runtime.sendMessage({
        type: 'annotations.save',
        payload: {
          annotation: {
            ...annotation,
            body: { ...annotation?.body, comment: 'Bob says the threshold is in the decree.' },
            modified: new Date().toISOString(),
          },
        },
      })) as { ok: boolean };
      return reply.ok;
    });
    expect(saved).toBe(true);
    // Alice's record comes back, and Bob's text lives on as a private copy of his own, tagged.
    const comments = async (reader: Reader) =>
      (await reader.sidebar.getByTestId('card-comment').allTextContents()).map((t) => t.trim()).sort();
    await expect
      .poll(() => comments(bob), SLOW)
      .toEqual(['Bob says the threshold is in the decree.', 'Which law sets the threshold?']);
    const copy = cards(bob).filter({ hasText: 'Bob says the threshold' });
    expect((await copy.getByTestId('card-tag').allTextContents()).map((t) => t.trim())).toEqual([
      'conflict copy',
    ]);
    const stored = await listOf(bob);
    expect(stored.find((a) => a.body.comment.startsWith('Bob says'))?.visibility).toBe('private');
    const popup = await openPopup(bob);
    await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('Everything is synced');
    await popup.close();
    expect(await comments(alice)).toEqual(['Which law sets the threshold?']);

    // The copy is his: he may delete it.
    await copy.getByTestId('card-delete').click();
    await copy.getByTestId('card-delete-confirm').click();
    await expect.poll(() => cards(bob).count(), SOON).toBe(1);
  });

  test("offline, Alice's edit waits in the outbox through a worker stop; back online, Bob gets it", async () => {
    await server.stop();
    const card = cards(alice).first();
    await card.getByTestId('card-edit').click();
    await alice.sidebar.getByTestId('editor-comment').fill('Which law sets the threshold? Decree 12/2024.');
    await alice.sidebar.getByTestId('editor-save').click();
    await expect.poll(() => firstComment(alice), SOON).toContain('Decree 12/2024');

    const popup = await openPopup(alice);
    await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('1 change waiting to sync');
    await expect.poll(() => textOf(popup, 'popup-sync-error'), SLOW).toContain('did not answer');

    // Stop Alice's service worker, as the browser does to an idle one: memory goes, the outbox stays.
    const cdp = await alice.ext.context.newCDPSession(popup);
    const states: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(`chrome-extension://${alice.ext.id}/`))
          states.push(version.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => states.at(-1), SOON).toBe('running');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => states.includes('stopped'), SOON).toBe(true);
    await cdp.detach();
    // The popup's next question wakes a new worker, which reads the count from IndexedDB.
    await popup.reload();
    await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('1 change waiting to sync');
    expect(await firstComment(bob)).not.toContain('Decree 12/2024');

    await server.restart();
    await expect.poll(() => firstComment(bob), SLOW).toContain('Decree 12/2024');
    await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('Everything is synced');
    expect(await cards(bob).count()).toBe(1);
    await popup.close();
  });

  test('a browser closed with a full outbox sends it after it starts again', async () => {
    await server.stop();
    const card = cards(alice).first();
    await card.getByTestId('card-edit').click();
    await alice.sidebar.getByTestId('editor-comment').fill('Decree 12/2024, article 3.');
    await alice.sidebar.getByTestId('editor-save').click();
    let popup = await openPopup(alice);
    await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('1 change waiting to sync');

    await alice.ext.close();
    const ext = await aliceProfile.launch();
    const page = await ext.context.newPage();
    await page.goto(`${pages.origin}/plan.html`);
    alice = { ...alice, ext, page };
    popup = await openPopup(alice);
    await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('1 change waiting to sync');
    // Nothing of Alice's is open that would ask the background anything: the worker goes on by itself.
    await popup.close();

    await server.restart();
    await expect.poll(() => firstComment(bob), SLOW).toContain('Decree 12/2024, article 3.');
    popup = await openPopup(alice);
    await expect.poll(() => textOf(popup, 'popup-sync-pending'), SOON).toBe('Everything is synced');
  });

  test('the same annotation edited offline on two computers: one edit stays, the other becomes a copy', async () => {
    // Alice signs in on a second computer, which receives her annotations.
    const laptopExt = await launchWithExtension();
    try {
      const laptopSettings = await openSettings(laptopExt);
      await laptopSettings.getByLabel('Username').fill(`alice-${suffix}`);
      await laptopSettings.getByLabel(/^Password/).fill(PASSWORD);
      await laptopSettings.getByRole('button', { name: 'Sign in' }).click();
      await expect
        .poll(() => textOf(laptopSettings, 'settings-signed-in'), SOON)
        .toBe(`Signed in as alice-${suffix}`);
      const laptop: Reader = {
        ext: laptopExt,
        settings: laptopSettings,
        ...(await annotateWithSidebar(laptopExt)),
      };
      await expect.poll(() => firstComment(laptop), SLOW).toContain('Decree 12/2024, article 3.');
      // Alice's first browser was restarted: open its sidebar again.
      alice = { ...alice, ...(await annotateWithSidebar(alice.ext)) };
      await expect.poll(() => cards(alice).count(), SOON).toBe(1);

      await server.stop();
      // On the laptop through the editor; in the first browser, whose sidebar the restored annotator
      // keeps hidden, through the same request the editor sends.
      await cards(laptop).first().getByTestId('card-edit').click();
      await laptop.sidebar.getByTestId('editor-comment').fill('Written on the train.');
      await laptop.sidebar.getByTestId('editor-save').click();
      await expect.poll(() => firstComment(laptop), SOON).toContain('Written on the train.');
      const saved = await alice.sidebar.evaluate(async () => {
        const list = (await chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} })) as {
          value: { annotations: { body: Record<string, unknown> }[] };
        };
        const [annotation] = list.value.annotations;
        if (!annotation) return false;
        const reply = (await chrome.runtime.sendMessage({
          type: 'annotations.save',
          payload: {
            annotation: {
              ...annotation,
              body: { ...annotation.body, comment: 'Written at the office.' },
              modified: new Date().toISOString(),
            },
          },
        })) as { ok: boolean };
        return reply.ok;
      });
      expect(saved).toBe(true);
      await server.restart();

      const comments = async (reader: Reader) =>
        (await reader.sidebar.getByTestId('card-comment').allTextContents()).map((t) => t.trim()).sort();
      const both = ['Written at the office.', 'Written on the train.'];
      await expect.poll(() => comments(bob), SLOW).toEqual(both);
      await expect.poll(() => comments(alice), SLOW).toEqual(both);
      await expect.poll(() => comments(laptop), SLOW).toEqual(both);
      const tags = await bob.sidebar.getByTestId('card-tag').allTextContents();
      expect(tags.map((t) => t.trim())).toEqual(['conflict copy']);

      // A delete made on an old version must not wipe an edit made meanwhile on another computer.
      // The first browser deletes offline and is closed; the laptop edits; the first browser comes back.
      await server.stop();
      const deleted = await alice.sidebar.evaluate(async () => {
        const list = (await chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} })) as {
          value: { annotations: { id: string; body: { comment: string } }[] };
        };
        const train = list.value.annotations.find((a) => a.body.comment === 'Written on the train.');
        if (!train) return false;
        const reply = (await chrome.runtime.sendMessage({
          type: 'annotations.delete',
          payload: { id: train.id },
        })) as { ok: boolean; value?: { deleted: boolean } };
        return reply.ok && reply.value?.deleted === true;
      });
      expect(deleted).toBe(true);
      await alice.ext.close();
      await server.restart();
      const train = cards(laptop).filter({ hasText: 'Written on the train.' });
      await train.getByTestId('card-edit').click();
      await laptop.sidebar.getByTestId('editor-comment').fill('Train, revised.');
      await laptop.sidebar.getByTestId('editor-save').click();
      await expect.poll(() => comments(bob), SLOW).toEqual(['Train, revised.', 'Written at the office.']);

      const ext = await aliceProfile.launch();
      alice = { ...alice, ext, ...(await annotateWithSidebar(ext)) };
      const popup = await openPopup(alice);
      await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('Everything is synced');
      await popup.close();
      // The newer version came back to the computer that deleted the old one, and stayed everywhere.
      const revised = ['Train, revised.', 'Written at the office.'];
      await expect.poll(() => comments(alice), SLOW).toEqual(revised);
      expect(await serverComments(`alice-${suffix}`)).toEqual(expect.arrayContaining(revised));
      expect(await comments(bob)).toEqual(revised);
    } finally {
      await laptopExt.close();
    }
  });

  test("another account signing in on this browser does not send the previous account's waiting changes", async () => {
    const ext = await launchWithExtension();
    try {
      const settings = await openSettings(ext);
      await signUp(settings, `carol-${suffix}`);
      await settings.getByTestId('settings-signout').click();
      await settings.getByRole('button', { name: 'Create account' }).waitFor();
      // Signed out, Carol writes a note: it waits in the outbox, hers.
      const carol: Reader = { ext, settings, ...(await annotateWithSidebar(ext)) };
      await selectWithMouse(carol.page, QUOTE);
      await clickInClosedShadow(carol.page, HOST, 'button[data-action="comment"]');
      await carol.sidebar.getByTestId('editor').waitFor();
      await carol.sidebar.getByTestId('editor-comment').fill('Carol keeps this to herself.');
      await carol.sidebar.getByTestId('editor-save').click();
      await expect.poll(() => cards(carol).count(), SOON).toBe(1);

      await signUp(settings, `dave-${suffix}`);
      const popup = await openPopup(carol);
      await expect.poll(() => textOf(popup, 'popup-sync-last'), SLOW).toMatch(/^Last synced at/);
      await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('Everything is synced');
      // Dave's account never received it; it is still on this computer.
      expect(await serverComments(`dave-${suffix}`)).toEqual([]);
      expect(await firstComment(carol)).toContain('Carol keeps this to herself.');

      // Carol signs in again here: now it goes, under her account.
      await settings.getByTestId('settings-signout').click();
      await settings.getByRole('button', { name: 'Sign in' }).waitFor();
      await signIn(settings, `carol-${suffix}`);
      await expect
        .poll(() => serverComments(`carol-${suffix}`), SLOW)
        .toEqual(['Carol keeps this to herself.']);
      await popup.reload();
      await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('Everything is synced');
      expect(await serverComments(`dave-${suffix}`)).toEqual([]);
      await popup.close();
    } finally {
      await ext.close();
    }
  });
  test("another account signing in does not see the previous account's synced annotations", async () => {
    const ext = await launchWithExtension();
    try {
      const settings = await openSettings(ext);
      await signUp(settings, `erin-${suffix}`);
      const erin: Reader = { ext, settings, ...(await annotateWithSidebar(ext)) };
      await selectWithMouse(erin.page, QUOTE);
      await clickInClosedShadow(erin.page, HOST, 'button[data-action="comment"]');
      await erin.sidebar.getByTestId('editor').waitFor();
      await erin.sidebar.getByTestId('editor-comment').fill('Erin reads this alone.');
      await erin.sidebar.getByTestId('editor-save').click();
      await expect.poll(() => serverComments(`erin-${suffix}`), SLOW).toEqual(['Erin reads this alone.']);
      const popup = await openPopup(erin);
      await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('Everything is synced');
      await popup.close();
      const [erinsNote] = await listOf(erin);
      if (!erinsNote) throw new Error("Erin's note is not in her list");

      // Frank signs in on the same browser: Erin's synced note leaves it, and the open sidebar says so.
      await settings.getByTestId('settings-signout').click();
      await settings.getByRole('button', { name: 'Create account' }).waitFor();
      await signUp(settings, `frank-${suffix}`);
      await expect.poll(() => cards(erin).count(), SLOW).toBe(0);
      expect(await listOf(erin)).toEqual([]);
      // Nothing was deleted on the server, and nothing went to Frank; this browser keeps Erin's copy
      // aside for her, should the server lose it.
      expect(await parkedComments(ext)).toEqual(['Erin reads this alone.']);
      // The popup says that something is kept aside, without saying what.
      const frankPopup = await openPopup(erin);
      await expect
        .poll(() => textOf(frankPopup, 'popup-sync-kept-aside'), SOON)
        .toBe(
          '1 annotation of another account is kept aside on this browser; it comes back when that account signs in here again.',
        );
      await frankPopup.close();
      // A tab that still holds it (an editor left open) cannot save it back under Frank.
      const resaved = await erin.sidebar.evaluate(
        (annotation) => chrome.runtime.sendMessage({ type: 'annotations.save', payload: { annotation } }),
        erinsNote,
      );
      expect(resaved).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      // Nor answer it: a reply would carry her quoted passage to the server under Frank.
      const replied = await erin.sidebar.evaluate((note) => {
        const now = new Date().toISOString();
        const reply = {
          ...note,
          id: crypto.randomUUID(),
          motivation: 'replying',
          replyTo: note.id,
          body: { comment: 'Frank answers.', tags: [] },
          created: now,
          modified: now,
        };
        return chrome.runtime.sendMessage({ type: 'annotations.save', payload: { annotation: reply } });
      }, erinsNote);
      expect(replied).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await listOf(erin)).toEqual([]);
      expect(await serverComments(`erin-${suffix}`)).toEqual(['Erin reads this alone.']);
      expect(await serverComments(`frank-${suffix}`)).toEqual([]);

      // Erin signs in again here: her note comes back from the server.
      await settings.getByTestId('settings-signout').click();
      await settings.getByRole('button', { name: 'Sign in' }).waitFor();
      await signIn(settings, `erin-${suffix}`);
      await expect.poll(() => firstComment(erin), SLOW).toContain('Erin reads this alone.');
      expect(await cards(erin).count()).toBe(1);
      expect(await parkedComments(ext)).toEqual([]);
      const erinPopup = await openPopup(erin);
      await expect.poll(() => textOf(erinPopup, 'popup-sync-last'), SLOW).toMatch(/^Last synced at/);
      expect(await erinPopup.getByTestId('popup-sync-kept-aside').count()).toBe(0);
      await erinPopup.close();
    } finally {
      await ext.close();
    }
  });

  test('a feed of several pages arrives whole, following the next-page links of the server', async () => {
    // Gail has 450 annotations on the server already (three of the extension's pages of 200), written
    // over HTTP as another computer of hers would have.
    const username = `gail-${suffix}`;
    const token = await accountOnServer(username);
    const ids = Array.from({ length: 450 }, () => crypto.randomUUID());
    for (let from = 0; from < ids.length; from += 100) {
      const writes = ids.slice(from, from + 100).map((id, n) => noteOnPlan(id, `Note ${from + n}.`, null));
      await post('/api/annotations/batch', { writes }, token);
    }

    const ext = await launchWithExtension();
    try {
      await signIn(await openSettings(ext), username);
      await expect.poll(async () => (await storedIds(ext)).length, SLOW).toBe(ids.length);
      expect(await storedIds(ext)).toEqual([...ids].sort());
    } finally {
      await ext.close();
    }
  });

  test('two accounts on one browser that both read a group annotation each get it back in turn', async () => {
    // Hana and Ivan are in one group, and Hana's annotation in it is on the server.
    const hana = `hana-${suffix}`;
    const ivan = `ivan-${suffix}`;
    const hanasToken = await accountOnServer(hana);
    const ivansToken = await accountOnServer(ivan);
    const group = await post('/api/groups', { name: 'Shared desk' }, hanasToken);
    await post(`/api/groups/${String(group.id)}/members`, { inviteCode: group.inviteCode }, ivansToken);
    const id = crypto.randomUUID();
    await post(
      '/api/annotations/batch',
      { writes: [noteOnPlan(id, 'For the whole group.', String(group.id))] },
      hanasToken,
    );

    const ext = await launchWithExtension();
    try {
      const settings = await openSettings(ext);
      await signIn(settings, hana);
      await expect.poll(() => storedIds(ext), SLOW).toEqual([id]);
      // Ivan signs in on the same browser: Hana's copy is set aside for her, and he gets his own.
      await settings.getByTestId('settings-signout').click();
      await settings.getByRole('button', { name: 'Sign in' }).waitFor();
      await signIn(settings, ivan);
      await expect.poll(() => parkedComments(ext), SLOW).toEqual(['For the whole group.']);
      await expect.poll(() => storedIds(ext), SLOW).toEqual([id]);
      // Hana again: Ivan's copy goes aside and hers comes back; one copy in use, one aside.
      await settings.getByTestId('settings-signout').click();
      await settings.getByRole('button', { name: 'Sign in' }).waitFor();
      await signIn(settings, hana);
      await expect.poll(() => storedIds(ext), SLOW).toEqual([id]);
      await expect.poll(() => parkedComments(ext), SLOW).toEqual(['For the whole group.']);
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.id}/popup/popup.html`);
      await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('Everything is synced');
    } finally {
      await ext.close();
    }
  });

  test('a change too large for the server stays in the outbox, marked refused; the others sync; the popup says why', async () => {
    // Jo's server sits behind a proxy that takes request bodies up to 16 KB, as nginx may be set up.
    const proxy = await new LimitingProxy(server.origin, 16 * 1024).start();
    const username = `jo-${suffix}`;
    await accountOnServer(username);
    const ext = await launchWithExtension();
    try {
      await signIn(await openSettings(ext, proxy.origin), username);
      const { page, sidebar } = await annotateWithSidebar(ext);
      // Two short notes and one at the longest comment the extension takes (20,000 characters).
      const ids = await sidebar.evaluate(async (quote) => {
        const save = async (comment: string) => {
          const listed = (await chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} })) as {
            value: { documentUri: string };
          };
          const now = new Date().toISOString();
          const id = crypto.randomUUID();
          const reply = (await chrome.runtime.sendMessage({
            type: 'annotations.save',
            payload: {
              annotation: {
                id,
                motivation: 'commenting',
                target: {
                  source: listed.value.documentUri,
                  selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
                },
                body: { comment, tags: [] },
                document: { title: 'National Action Plan' },
                visibility: 'private',
                created: now,
                modified: now,
              },
            },
          })) as { ok: boolean };
          if (!reply.ok) throw new Error(`not saved: ${JSON.stringify(reply)}`);
          return id;
        };
        return {
          first: await save('Jo: first short note.'),
          big: await save('Jo, at length. '.repeat(1334).slice(0, 20_000)),
          second: await save('Jo: second short note.'),
        };
      }, QUOTE);

      // The short notes reach the server; the long one never does, and stays queued here, marked.
      await expect
        .poll(async () => (await serverComments(username)).sort(), SLOW)
        .toEqual(['Jo: first short note.', 'Jo: second short note.']);
      const outbox = async () =>
        (await readStore(ext, 'outbox', 'values')) as {
          id: string;
          refused?: { status: number; error: string };
        }[];
      await expect
        .poll(async () => (await outbox()).map((e) => [e.id, e.refused?.status]), SLOW)
        .toEqual([[ids.big, 413]]);
      expect((await outbox())[0]?.refused?.error).toBe(proxy.message);
      expect(await storedIds(ext)).toEqual([ids.first, ids.big, ids.second].sort());

      // The popup says what happened and why, in plain words.
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${await tabIdOf(ext, page)}`);
      await expect
        .poll(() => textOf(popup, 'popup-sync-refused'), SLOW)
        .toContain('1 change was refused by the sync server. It is kept on this browser');
      expect(await textOf(popup, 'popup-sync-refused-reasons')).toBe(
        `It is too large for the server to take: shorten its comment, quote or evidence. The server said: ${proxy.message}`,
      );
      // Nothing else waits, but the refused change is still here: not "Everything is synced".
      expect(await textOf(popup, 'popup-sync-pending')).toBe('Everything else is synced');

      // Not retried by itself: two more rounds send nothing over the limit.
      const refusedSoFar = proxy.refusals;
      for (let round = 0; round < 2; round++) {
        await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'sync.now', payload: {} }));
      }
      expect(proxy.refusals).toBe(refusedSoFar);
      // "Send again" tries once more, and the change stays kept and marked.
      await popup.getByTestId('popup-sync-send-refused').click();
      await expect.poll(() => proxy.refusals, SLOW).toBe(refusedSoFar + 1);
      await expect.poll(async () => (await outbox()).map((e) => e.refused?.status), SLOW).toEqual([413]);

      // Shortened, it is a new change, and it goes through.
      await sidebar.evaluate(async (id) => {
        const list = (await chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} })) as {
          value: { annotations: { id: string; body: Record<string, unknown> }[] };
        };
        const annotation = list.value.annotations.find((a) => a.id === id);
        await chrome.runtime.sendMessage({
          type: 'annotations.save',
          payload: {
            annotation: {
              ...annotation,
              body: { ...annotation?.body, comment: 'Jo, in short.' },
              modified: new Date().toISOString(),
            },
          },
        });
      }, ids.big);
      await expect
        .poll(async () => (await serverComments(username)).sort(), SLOW)
        .toEqual(['Jo, in short.', 'Jo: first short note.', 'Jo: second short note.']);
      await expect.poll(outbox, SLOW).toEqual([]);
      await expect.poll(() => popup.getByTestId('popup-sync-refused').count(), SLOW).toBe(0);
    } finally {
      await ext.close();
      await proxy.stop();
    }
  });
});
