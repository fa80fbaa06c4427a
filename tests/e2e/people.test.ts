import { afterAll, beforeAll, expect, test } from 'vitest';
import { signUp as signUpAt, startAnnotating } from './support/accounts.ts';
import { FixtureServer } from './support/fixture-server.ts';
import {
  describeInBrowsers,
  launch,
  tid,
  type Driver,
  type TestFrame,
  type TestPage,
} from './support/driver.ts';
import { SyncServerProcess } from './support/sync-server.ts';

const QUOTE = 'publish every contract for public works above 50,000 euros';
const HOST = 'plan-annotator';
const CARD = tid('annotation-card');
const GROUP = 'Procurement reviewers';
const SOON = { timeout: 15_000, interval: 100 };
/** Waits that cross the server and the other browser's pull: generous, each ends as soon as it holds. */
const SLOW = { timeout: 45_000, interval: 200 };

/**
 * Who wrote what and who may read it, between two profiles and one server: every card names its author
 * ("you" on one's own) and says who can read it, the editor offers the settings' choice first, and a
 * group annotation its creator makes private leaves the other member's open sidebar.
 */
describeInBrowsers('authors and who may read, between two profiles', (browser) => {
  let server: SyncServerProcess;
  let pages: FixtureServer;
  let alice: Driver;
  let bob: Driver;
  let alicePage: TestPage;
  let bobPage: TestPage;
  let aliceSidebar: TestFrame;
  let bobSidebar: TestFrame;
  const suffix = `${process.pid}-${browser}`;
  const picture = (name: string) =>
    new URL(`../../test-results/${browser}-${name}`, import.meta.url).pathname;

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

  const signUp = (driver: Driver, username: string) => signUpAt(driver, server.origin, username);

  const annotate = (driver: Driver) => startAnnotating(driver, `${pages.origin}/plan.html`);

  test('Alice makes a group and chooses "Group" for new annotations; Bob joins', async () => {
    const aliceSettings = await signUp(alice, `alice-${suffix}`);
    await aliceSettings.fill(tid('settings-group-name'), GROUP);
    await aliceSettings.click(tid('settings-group-create'));
    const newInvitation = () => aliceSettings.attribute(tid('settings-new-invitation'), 'value');
    await expect.poll(async () => (await newInvitation()) ?? '', SOON).toMatch(/\./);
    const invitation = (await newInvitation()) ?? '';
    await aliceSettings.click(tid('settings-visibility-group'));
    await expect
      .poll(() => aliceSettings.attribute(tid('settings-visibility-group'), 'checked'))
      .toBe('true');
    await aliceSettings.close();

    const bobSettings = await signUp(bob, `bob-${suffix}`);
    await bobSettings.fill(tid('settings-join-invitation'), invitation);
    await bobSettings.click(tid('settings-join'));
    await expect.poll(() => bobSettings.text(tid('settings-joined')), SOON).toBe(`You joined ${GROUP}.`);
    await bobSettings.close();
  });

  test('the editor offers the settings’ choice; both cards name the author and the group', async () => {
    ({ page: alicePage, sidebar: aliceSidebar } = await annotate(alice));
    ({ page: bobPage, sidebar: bobSidebar } = await annotate(bob));
    await alicePage.selectText(QUOTE);
    await alicePage.clickInClosedShadow(HOST, 'button[data-action="comment"]');
    await aliceSidebar.waitFor(tid('editor-visibility'));
    expect(await aliceSidebar.attribute(tid('editor-visibility-group'), 'checked')).toBe('true');
    expect(await aliceSidebar.text(tid('editor-visibility'))).toContain(`Group “${GROUP}”`);
    await aliceSidebar.fill(tid('editor-comment'), 'Which law sets the threshold?');
    await alicePage.screenshot(picture('people-editor.png'));
    await aliceSidebar.click(tid('editor-save'));
    await expect.poll(() => aliceSidebar.count(CARD), SOON).toBe(1);

    // Alice's own card: "you", and the group that reads it, by name and for a screen reader.
    expect(await aliceSidebar.text(`${CARD} ${tid('card-author')}`)).toBe('you');
    expect(await aliceSidebar.text(`${CARD} ${tid('card-group')}`)).toBe(GROUP);
    expect(await aliceSidebar.attribute(`${CARD} ${tid('card-visibility')}`, 'aria-label')).toBe(
      `Group: the members of “${GROUP}” can read it`,
    );

    // Bob's open sidebar receives it by the server's event, named as Alice's.
    await expect.poll(() => bobSidebar.count(CARD), SLOW).toBe(1);
    await expect.poll(() => bobSidebar.text(`${CARD} ${tid('card-author')}`), SOON).toBe(`alice-${suffix}`);
    expect(await bobSidebar.text(`${CARD} ${tid('card-group')}`)).toBe(GROUP);
    expect(await bobSidebar.attribute(`${CARD} ${tid('card-visibility')}`, 'data-visibility')).toBe('group');
    // The time is said in words and the exact moment is kept for machines.
    expect(await bobSidebar.attribute(`${CARD} time`, 'datetime')).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    await bobPage.screenshot(picture('people-sidebar.png'));

    // Bob's popup lists it with the same byline.
    const popup = await bob.popupFor(bobPage);
    await popup.waitFor(tid('popup-annotation'));
    expect(await popup.text(`${tid('popup-annotation')} ${tid('card-author')}`)).toBe(`alice-${suffix}`);
    expect(await popup.text(`${tid('popup-annotation')} ${tid('card-group')}`)).toBe(GROUP);
    await popup.screenshot(picture('people-popup.png'));
    await popup.close();
  });

  test("Alice makes her card private: it leaves Bob's open sidebar, and hers says private", async () => {
    await alicePage.bringToFront();
    await aliceSidebar.click(`${CARD} ${tid('card-edit')}`);
    await aliceSidebar.waitFor(tid('editor-visibility'));
    expect(await aliceSidebar.attribute(tid('editor-visibility-group'), 'checked')).toBe('true');
    await aliceSidebar.click(tid('editor-visibility-private'));
    await aliceSidebar.click(tid('editor-save'));
    await expect
      .poll(() => aliceSidebar.attribute(`${CARD} ${tid('card-visibility')}`, 'data-visibility'), SOON)
      .toBe('private');
    expect(await aliceSidebar.attribute(`${CARD} ${tid('card-visibility')}`, 'aria-label')).toBe(
      'Private: only you can read it',
    );
    await alicePage.screenshot(picture('people-private.png'));

    // Bob's background learns it from the server's event and drops its copy; his sidebar follows.
    await expect.poll(() => bobSidebar.count(CARD), SLOW).toBe(0);
    const stored = await bob.inExtension(
      () =>
        new Promise<number>((resolve, reject) => {
          const opening = indexedDB.open('plan-annotator');
          opening.onerror = () => reject(new Error(String(opening.error)));
          opening.onsuccess = () => {
            const count = opening.result.transaction('annotations').objectStore('annotations').count();
            count.onsuccess = () => {
              resolve(count.result);
              opening.result.close();
            };
            count.onerror = () => reject(new Error(String(count.error)));
          };
        }),
    );
    expect(stored).toBe(0);
  });
});
