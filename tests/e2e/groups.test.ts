import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowsers, launch, tid, type Driver, type TestPage } from './support/driver.ts';
import { SyncServerProcess } from './support/sync-server.ts';

const PASSWORD = 'correct horse battery';
const SETTINGS = 'src/settings/settings.html';
const GROUP = 'Procurement <b>reviewers</b>';
const SOON = { timeout: 15_000, interval: 100 };
/** Waits that cross the server and the other browser's pull: generous, each ends as soon as it holds. */
const SLOW = { timeout: 60_000, interval: 250 };

/**
 * A group between two profiles and one server: Alice creates it and hands on its invitation link; Bob,
 * set up for the server but signed out, opens the link, is told to sign in first, and joins with one click.
 */
describeInBrowsers('a group between two profiles', (browser) => {
  let server: SyncServerProcess;
  let alice: Driver;
  let bob: Driver;
  const suffix = `${process.pid}-${browser}`;

  beforeAll(async () => {
    server = await SyncServerProcess.start();
    alice = await launch(browser);
    bob = await launch(browser);
  });

  afterAll(async () => {
    await alice?.close();
    await bob?.close();
    await server?.dispose();
  });

  async function openSettings(driver: Driver): Promise<TestPage> {
    const settings = await driver.extensionPage(SETTINGS);
    await settings.fill(tid('settings-server'), server.origin);
    await settings.click(tid('settings-server-save'));
    await expect
      .poll(() => settings.text(tid('settings-server-saved')), SOON)
      .toBe(`Using ${server.origin}.`);
    return settings;
  }

  async function signUp(settings: TestPage, username: string): Promise<void> {
    await settings.fill(tid('settings-username'), username);
    await settings.fill(tid('settings-password'), PASSWORD);
    await settings.click(tid('settings-signup'));
    await expect.poll(() => settings.text(tid('settings-signed-in')), SOON).toBe(`Signed in as ${username}`);
  }

  /** Opens a link in a new tab of `driver`, as a click on it in a mail would; waits for a page at `where`. */
  async function follow(driver: Driver, link: string, where: (url: string) => boolean): Promise<TestPage> {
    const page = await driver.newPage();
    // The extension sends the tab elsewhere while the link loads: the navigation to the link is cut short.
    await page.goto(link).catch(() => undefined);
    await expect
      .poll(() => page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => ''), SLOW)
      .toSatisfy((state: string) => state.startsWith('complete ') && where(state.slice('complete '.length)));
    return page;
  }

  test('Alice creates a group; Bob opens its invitation link, signs in as told, and joins', async () => {
    const aliceSettings = await openSettings(alice);
    await signUp(aliceSettings, `alice-${suffix}`);
    await aliceSettings.fill(tid('settings-group-name'), GROUP);
    await aliceSettings.click(tid('settings-group-create'));
    const linkField = tid('settings-new-invitation-link');
    await aliceSettings.waitFor(linkField);
    const invitation = (await aliceSettings.attribute(tid('settings-new-invitation'), 'value')) ?? '';
    const link = (await aliceSettings.attribute(linkField, 'value')) ?? '';
    // The invitation rides in the fragment, which no request carries to the server.
    expect(link).toBe(`${server.origin}/join#${invitation}`);
    // The link's Copy button, from the keyboard: it says it copied, to the eye and to a screen reader.
    await aliceSettings.focus(tid('settings-new-invitation-link-copy'));
    await aliceSettings.keyPress('Enter');
    // Copied, or (where the browser refuses both ways of copying) told to copy it by hand: never silent.
    const outcome = async () =>
      (await aliceSettings.text(tid('settings-new-invitation-link-copy'))) === 'Copied'
        ? await aliceSettings.text(tid('settings-new-invitation-link-copy-status'))
        : await aliceSettings.text('.settings__error[role="alert"]:not(:empty)');
    await expect
      .poll(outcome, SOON)
      .toMatch(
        browser === 'chromium'
          ? /^The invitation link is on the clipboard\.$/
          : /^(The invitation link is on the clipboard\.|The browser did not let Plan Annotator copy it.*)$/,
      );
    await aliceSettings.close();

    // Bob set the server up but has not signed in yet.
    const bobSetup = await openSettings(bob);
    await bobSetup.close();
    const settingsUrl = bob.extensionUrl(SETTINGS);
    const bobSettings = await follow(bob, link, (url) => url.startsWith(`${settingsUrl}#`));
    await expect
      .poll(() => bobSettings.text(tid('settings-invited')), SOON)
      .toBe(
        'You were invited to a group. Sign in (or create an account) first; the invitation then waits in Join a group.',
      );
    expect(await bobSettings.attribute(tid('settings-server'), 'value')).toBe(server.origin);

    await signUp(bobSettings, `bob-${suffix}`);
    await expect
      .poll(() => bobSettings.attribute(tid('settings-join-invitation'), 'value'), SOON)
      .toBe(invitation);
    expect(await bobSettings.text(tid('settings-invited'))).toBe(
      'You were invited to a group: choose Join under Join a group.',
    );
    await bobSettings.click(tid('settings-join'));
    await expect.poll(() => bobSettings.text(tid('settings-joined')), SOON).toBe(`You joined ${GROUP}.`);
    await bobSettings.close();
  });
});
