import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSettings as openSettingsAt, signUpOn, startAnnotating } from './support/accounts.ts';
import { FixtureServer } from './support/fixture-server.ts';
import {
  describeInBrowsers,
  launch,
  PROMPTS_ANSWERED,
  tid,
  type Driver,
  type TestFrame,
  type TestPage,
} from './support/driver.ts';
import { SyncServerProcess } from './support/sync-server.ts';

const QUOTE = 'publish every contract for public works above 50,000 euros';
const HOST = 'plan-annotator';
const CARD = tid('annotation-card');
const SOON = { timeout: 15_000, interval: 100 };
/** The server's host as Firefox grants it (its match patterns take no port: browser.ts `originPermission`). */
const SERVER_HOST = 'http://127.0.0.1/*';

/**
 * What a new user does in the settings, in two browser profiles, and what they see of each other: sign-up,
 * a group, and a comment that reaches the other profile's open sidebar by the server's live event. The
 * deeper cases (offline, restarts, conflicts, accounts changing) are in sync.test.ts, in Chromium.
 */
describeInBrowsers('settings, sign-up and a live event between two profiles', (browser) => {
  let server: SyncServerProcess;
  let pages: FixtureServer;
  let alice: Driver;
  let bob: Driver;
  let aliceSettings: TestPage;
  let bobSettings: TestPage;
  let alicePage: TestPage;
  let bobPage: TestPage;
  let aliceSidebar: TestFrame;
  let bobSidebar: TestFrame;
  const suffix = `${process.pid}-${browser}`;
  const picture = (name: string) =>
    new URL(`../../test-results/${browser === 'chromium' ? 'chromium-' : 'firefox-'}${name}`, import.meta.url)
      .pathname;

  beforeAll(async () => {
    server = await SyncServerProcess.start();
    pages = await new FixtureServer().start();
    alice = await launch(browser);
    bob = await launch(browser);
  });

  afterAll(async () => {
    await alice?.close();
    await bob?.close();
    await pages?.stop();
    await server?.dispose();
  });

  const openSettings = (driver: Driver) => openSettingsAt(driver, server.origin);
  const signUp = signUpOn;

  const annotate = (driver: Driver) => startAnnotating(driver, `${pages.origin}/plan.html`);

  const reachable = (driver: Driver) =>
    driver.inExtension((origin) => chrome.permissions.contains({ origins: [origin] }), SERVER_HOST);

  test('two people sign up through the settings page and meet in one group', async () => {
    aliceSettings = await openSettings(alice);
    if (alice.promptsAnswered) {
      // Firefox leaves a host's access to the user, who may take it back (about:addons). Signing up
      // asks for it again, in the click, instead of failing with "did not answer".
      await alice.inExtension((origin) => chrome.permissions.remove({ origins: [origin] }), SERVER_HOST);
      expect(await reachable(alice)).toBe(false);
    }
    await signUp(aliceSettings, `alice-${suffix}`);
    expect(await reachable(alice)).toBe(true);
    // The token is kept where content scripts cannot read it: not in chrome.storage.local.
    const local = await aliceSettings.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(local)).not.toMatch(/"token"/);
    expect(local['syncSettings']).toMatchObject({ user: { username: `alice-${suffix}` } });
    await aliceSettings.fill(tid('settings-group-name'), 'Procurement reviewers');
    await aliceSettings.click(tid('settings-group-create'));
    // The invitation is shown in a read-only field, with a Copy button beside it.
    const newInvitation = () => aliceSettings.attribute(tid('settings-new-invitation'), 'value');
    await expect.poll(async () => (await newInvitation()) ?? '', SOON).toMatch(/\./);
    const invitation = (await newInvitation()) ?? '';
    // The choice is saved by the background first, then shown: click, then wait for it to hold.
    await aliceSettings.click(tid('settings-visibility-group'));
    await expect
      .poll(() => aliceSettings.attribute(tid('settings-visibility-group'), 'checked'))
      .toBe('true');

    bobSettings = await openSettings(bob);
    // A wrong password is said in place, in plain words, and changes nothing.
    await bobSettings.fill(tid('settings-username'), `alice-${suffix}`);
    await bobSettings.fill(tid('settings-password'), 'not her password');
    await bobSettings.click(tid('settings-signin'));
    await expect
      .poll(() => bobSettings.text(tid('settings-account-error')), SOON)
      .toBe('Wrong username or password.');
    await signUp(bobSettings, `bob-${suffix}`);
    await bobSettings.fill(tid('settings-join-invitation'), invitation);
    await bobSettings.click(tid('settings-join'));
    await expect
      .poll(() => bobSettings.text(tid('settings-joined')), SOON)
      .toBe('You joined Procurement reviewers.');
    await aliceSettings.screenshot(picture('settings.png'));
  });

  test("Bob's open sidebar shows Alice's group annotation without a reload", async () => {
    ({ page: alicePage, sidebar: aliceSidebar } = await annotate(alice));
    ({ page: bobPage, sidebar: bobSidebar } = await annotate(bob));
    await alicePage.selectText(QUOTE);
    await alicePage.clickInClosedShadow(HOST, 'button[data-action="comment"]');
    await aliceSidebar.waitFor(tid('editor'));
    await aliceSidebar.fill(tid('editor-comment'), 'Which law sets the threshold?');
    await aliceSidebar.click(tid('editor-save'));
    await expect.poll(() => aliceSidebar.count(CARD), SOON).toBe(1);

    // Well before the 30-second alarm: the server's event is what tells Bob's background to pull.
    await expect.poll(() => bobSidebar.count(CARD), { timeout: 20_000, interval: 100 }).toBe(1);
    expect(await bobSidebar.text(`${CARD} ${tid('card-comment')}`)).toContain(
      'Which law sets the threshold?',
    );
    const authors = await bobSidebar.evaluate(async () => {
      const list = (await chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} })) as {
        value: { authors: Record<string, string>; me: string | null };
      };
      return list.value;
    });
    expect(authors.me).toBe(`bob-${suffix}`);
    expect(Object.values(authors.authors)).toEqual([`alice-${suffix}`]);

    const popup = await alice.popupFor(alicePage);
    await expect
      .poll(() => popup.text(tid('popup-sync-pending')), { timeout: 60_000 })
      .toBe('Everything is synced');
    await popup.close();
  });

  // Only a browser that leaves the host's access to the user can lose it (Chromium keeps the manifest's
  // host permission for as long as the extension is installed).
  if (!PROMPTS_ANSWERED[browser]) return;
  test('when the browser no longer lets the extension reach the server, the popup says so in plain words', async () => {
    const popup = await bob.popupFor(bobPage);
    await expect.poll(() => popup.text(tid('popup-sync-pending')), SOON).toBe('Everything is synced');
    await bob.inExtension((origin) => chrome.permissions.remove({ origins: [origin] }), SERVER_HOST);
    // The next round (as "sync now" starts it) cannot reach the server, and says why.
    await bob.inExtension(() => chrome.runtime.sendMessage({ type: 'sync.now', payload: {} }));
    await expect
      .poll(() => popup.text(tid('popup-sync-error')), { timeout: 30_000 })
      .toBe(
        `The browser does not let Plan Annotator reach the sync server at ${server.origin}. Sign in again, or save the address again, and allow it when the browser asks.`,
      );
    await popup.close();
  });
});
