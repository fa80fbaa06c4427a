import { afterAll, beforeAll, expect, test } from 'vitest';
import { SETTINGS, openSettings as openSettingsAt, signUpOn } from './support/accounts.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { describeInBrowsers, launch, tid, type Driver, type TestPage } from './support/driver.ts';
import { SyncServerProcess } from './support/sync-server.ts';

const GROUP = 'Procurement <b>reviewers</b>';
const SOON = { timeout: 15_000, interval: 100 };
/** Waits that cross the server and the other browser's pull: generous, each ends as soon as it holds. */
const SLOW = { timeout: 60_000, interval: 250 };
const HOST = 'plan-annotator';
const CARD = tid('annotation-card');
const QUOTE = 'publish every contract for public works above 50,000 euros';
/** A title another member's page may have: shown as text in the popup, never as markup. */
const TITLE = '<img src=x onerror="window.pwned=1"> Procurement plan';

function plan(): string {
  const filler = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the consultation record.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE.replace(/</g, '&lt;')}</title></head>
<body><h1>National Action Plan</h1>${filler.join('\n')}
<p>Commitment 1: the ministry will ${QUOTE} in open data.</p></body></html>`;
}

/**
 * A group between two profiles and one server: Alice creates it and hands on its invitation link; Bob,
 * set up for the server but signed out, opens the link, is told to sign in first, and joins with one click.
 * Then Alice annotates, and Bob's popup lists it in the group's activity under her name and opens it.
 */
describeInBrowsers('a group between two profiles', (browser) => {
  let server: SyncServerProcess;
  let pages: FixtureServer;
  let alice: Driver;
  let bob: Driver;
  const suffix = `${process.pid}-${browser}`;
  let planUrl = '';

  beforeAll(async () => {
    server = await SyncServerProcess.start();
    pages = await new FixtureServer().start();
    pages.serveContent('/group-plan.html', plan());
    planUrl = `${pages.origin}/group-plan.html`;
    alice = await launch(browser, { sites: [pages.origin] });
    bob = await launch(browser, { sites: [pages.origin] });
  });

  afterAll(async () => {
    await alice?.close();
    await bob?.close();
    await pages?.stop();
    await server?.dispose();
  });

  const openSettings = (driver: Driver) => openSettingsAt(driver, server.origin);
  const signUp = signUpOn;

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

  test("Alice annotates for the group; Bob's popup names her in the group's activity and opens it", async () => {
    const settings = await alice.extensionPage(SETTINGS);
    await settings.click(tid('settings-visibility-group'));
    await expect
      .poll(() => settings.attribute(tid('settings-visibility-group'), 'checked'), SOON)
      .toBe('true');
    await settings.close();
    const page = await alice.newPage(planUrl);
    const popup = await alice.popupFor(page);
    await popup.click(tid('popup-annotate'));
    await expect.poll(() => popup.text(tid('popup-status')), SOON).toContain('Annotating this page');
    await popup.close();
    await page.bringToFront();
    const sidebar = await alice.sidebar(page);
    await sidebar.waitForText('Select text on the page');
    await page.selectText(QUOTE);
    await page.clickInClosedShadow(HOST, 'button[data-action="comment"]');
    await sidebar.waitFor(tid('editor'));
    await sidebar.fill(tid('editor-comment'), 'Which law sets the threshold?');
    await sidebar.click(tid('editor-save'));
    await expect.poll(() => sidebar.count(CARD), SOON).toBe(1);
    const id = (await sidebar.attribute(CARD, 'data-id')) ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    // Bob's popup, on any tab: the newest change first, by Alice, on the plan by its title, as text.
    const bobTab = await bob.newPage(`${pages.origin}/plan.html`);
    const bobPopup = await bob.popupFor(bobTab);
    const first = `${tid('popup-activity-item')}:first-child`;
    await expect
      .poll(async () => {
        await bobPopup.reload();
        await bobPopup.waitFor(tid('popup-activity'));
        return bobPopup.text(`${first} ${tid('popup-activity-what')}`);
      }, SLOW)
      .toMatch(new RegExp(`^alice-${suffix} annotated`));
    expect(await bobPopup.text(`#popup-activity-heading`)).toBe(`Latest in ${GROUP}`);
    // The group's public commitment tracker, on the same server.
    expect(await bobPopup.attribute(tid('popup-tracker'), 'href')).toMatch(
      new RegExp(`^${server.origin.replace(/[.]/g, '\\.')}/tracker/groups/[0-9a-f-]{36}$`),
    );
    expect(await bobPopup.text(`${first} ${tid('popup-activity-open')}`)).toBe(TITLE);
    expect(await bobPopup.count(`${tid('popup-activity')} img, ${tid('popup-activity')} b`)).toBe(0);
    expect(await bobPopup.evaluate(() => 'pwned' in window)).toBe(false);

    // It opens the plan in a new tab at the passage, with Alice's card selected.
    await bobPopup.click(`${first} ${tid('popup-activity-open')}`);
    let opened: TestPage | undefined;
    await expect
      .poll(async () => (opened = await bob.findPage((url) => url === planUrl)) !== undefined, SLOW)
      .toBe(true);
    if (!opened) throw new Error('the plan did not open');
    const bobSidebar = await bob.sidebar(opened);
    await expect
      .poll(() => bobSidebar.attribute(`${CARD}[data-id="${id}"]`, 'data-focused').catch(() => null), SLOW)
      .toBe('true');
    expect(await bobSidebar.text(`${CARD} ${tid('card-author')}`)).toBe(`alice-${suffix}`);
  });
});
