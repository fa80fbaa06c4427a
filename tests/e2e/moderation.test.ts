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

const ALICE_QUOTE = 'publish every contract for public works above 50,000 euros';
const BOB_QUOTE = 'co-created with civil society';
const HOST = 'plan-annotator';
const CARD = tid('annotation-card');
const GROUP = 'Moderated reviewers';
/** A moderator's reason with markup and script in it: it must read as the words typed. */
const HOSTILE_REASON = '<img src=x onerror="document.title=\'pwned\'"><b>Off topic</b> & rude';
const SOON = { timeout: 15_000, interval: 100 };
/** Waits that cross the server and the other browser's pull: generous, each ends as soon as it holds. */
const SLOW = { timeout: 45_000, interval: 200 };

const cardOf = (id: string) => `${CARD}[data-id="${id}"]`;

/**
 * Moderation between two profiles on one server: Alice owns the group, Bob is a member. Bob flags
 * Alice's annotation and she sees the flag; she hides Bob's with a reason he reads on his card, and hides
 * her own, which Bob's sidebar then shows as a placeholder; she shows it again and it comes back.
 */
describeInBrowsers('moderation: hide with a reason, flag, between two profiles', (browser) => {
  let server: SyncServerProcess;
  let pages: FixtureServer;
  let alice: Driver;
  let bob: Driver;
  let alicePage: TestPage;
  let bobPage: TestPage;
  let aliceSidebar: TestFrame;
  let bobSidebar: TestFrame;
  let aliceCard = '';
  let bobCard = '';
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

  async function chooseGroup(settings: TestPage): Promise<void> {
    await settings.click(tid('settings-visibility-group'));
    await expect.poll(() => settings.attribute(tid('settings-visibility-group'), 'checked')).toBe('true');
  }

  const annotate = (driver: Driver) => startAnnotating(driver, `${pages.origin}/plan.html`);

  /** Comments on `quote`; answers the new card's id, the one not among `known`. */
  async function comment(
    page: TestPage,
    sidebar: TestFrame,
    quote: string,
    words: string,
    known: string[],
  ): Promise<string> {
    await page.bringToFront();
    await page.selectText(quote);
    await page.clickInClosedShadow(HOST, 'button[data-action="comment"]');
    await sidebar.waitFor(tid('editor-comment'));
    await sidebar.fill(tid('editor-comment'), words);
    await sidebar.click(tid('editor-save'));
    await expect.poll(() => sidebar.count(CARD), SOON).toBe(known.length + 1);
    const others = known.map((id) => `:not([data-id="${id}"])`).join('');
    return (await sidebar.attribute(`${CARD}${others}`, 'data-id')) ?? '';
  }

  test('Alice owns a group, Bob joins; both write for the group', async () => {
    const aliceSettings = await signUp(alice, `alice-${suffix}`);
    await aliceSettings.fill(tid('settings-group-name'), GROUP);
    await aliceSettings.click(tid('settings-group-create'));
    const newInvitation = () => aliceSettings.attribute(tid('settings-new-invitation'), 'value');
    await expect.poll(async () => (await newInvitation()) ?? '', SOON).toMatch(/\./);
    const invitation = (await newInvitation()) ?? '';
    await chooseGroup(aliceSettings);
    await aliceSettings.close();

    const bobSettings = await signUp(bob, `bob-${suffix}`);
    await bobSettings.fill(tid('settings-join-invitation'), invitation);
    await bobSettings.click(tid('settings-join'));
    await expect.poll(() => bobSettings.text(tid('settings-joined')), SOON).toBe(`You joined ${GROUP}.`);
    await chooseGroup(bobSettings);
    await bobSettings.close();
  });

  test("Bob flags Alice's annotation; Alice sees the flag, and filters by it", async () => {
    ({ page: alicePage, sidebar: aliceSidebar } = await annotate(alice));
    ({ page: bobPage, sidebar: bobSidebar } = await annotate(bob));
    aliceCard = await comment(alicePage, aliceSidebar, ALICE_QUOTE, 'Which law sets the threshold?', []);
    expect(aliceCard).toMatch(/^[0-9a-f-]{36}$/);
    // Nobody flags their own annotation; a plain member hides nothing.
    expect(await aliceSidebar.count(`${cardOf(aliceCard)} ${tid('card-flag')}`)).toBe(0);

    await bobPage.bringToFront();
    await expect.poll(() => bobSidebar.count(cardOf(aliceCard)), SLOW).toBe(1);
    expect(await bobSidebar.count(`${cardOf(aliceCard)} ${tid('card-hide')}`)).toBe(0);
    await bobSidebar.click(`${cardOf(aliceCard)} ${tid('card-flag')}`);
    await bobSidebar.fill(tid('flag-reason'), 'The threshold is wrong');
    await bobSidebar.click(tid('flag-confirm'));
    await expect.poll(() => bobSidebar.count(`${cardOf(aliceCard)} ${tid('card-unflag')}`), SOON).toBe(1);

    bobCard = await comment(bobPage, bobSidebar, BOB_QUOTE, 'Which civil society groups?', [aliceCard]);
    expect(await bobSidebar.count(`${cardOf(bobCard)} ${tid('card-flag')}`)).toBe(0);

    // Bob's new annotation reaches Alice's sidebar, which reads the group's flags again with it.
    await alicePage.bringToFront();
    await expect.poll(() => aliceSidebar.count(cardOf(bobCard)), SLOW).toBe(1);
    await expect
      .poll(
        () => aliceSidebar.attribute(`${cardOf(aliceCard)} ${tid('card-flag-count')}`, 'data-count'),
        SLOW,
      )
      .toBe('1');
    expect(await aliceSidebar.text(`${cardOf(aliceCard)} ${tid('card-flag-count')}`)).toBe(
      'Flagged by 1 member',
    );
    expect(await aliceSidebar.count(`${cardOf(bobCard)} ${tid('card-flag-count')}`)).toBe(0);
    await aliceSidebar.click(tid('flagged-only'));
    await expect.poll(() => aliceSidebar.count(CARD), SOON).toBe(1);
    expect(await aliceSidebar.count(cardOf(aliceCard))).toBe(1);
    await aliceSidebar.click(tid('flagged-only'));
    await expect.poll(() => aliceSidebar.count(CARD), SOON).toBe(2);
  });

  test("Alice hides Bob's annotation with a reason: Bob's card says so, the reason read as text", async () => {
    await aliceSidebar.click(`${cardOf(bobCard)} ${tid('card-hide')}`);
    await aliceSidebar.fill(tid('hide-reason'), HOSTILE_REASON);
    await alicePage.screenshot(picture('moderation-hide-reason.png'));
    await aliceSidebar.click(tid('hide-confirm'));
    // The moderator still sees it, marked, with Unhide.
    await expect.poll(() => aliceSidebar.count(`${cardOf(bobCard)} ${tid('card-unhide')}`), SOON).toBe(1);
    expect(await aliceSidebar.text(`${cardOf(bobCard)} ${tid('card-hidden-reason')}`)).toBe(
      `Reason: ${HOSTILE_REASON}`,
    );

    // Bob, its author, reads why on his card, with its content, by the server's event.
    await bobPage.bringToFront();
    await expect
      .poll(() => bobSidebar.text(`${cardOf(bobCard)} ${tid('card-hidden-reason')}`), SLOW)
      .toBe(`Reason: ${HOSTILE_REASON}`);
    expect(await bobSidebar.text(`${cardOf(bobCard)} ${tid('card-comment')}`)).toBe(
      'Which civil society groups?',
    );
    expect(await bobSidebar.count(`${cardOf(bobCard)} ${tid('card-unhide')}`)).toBe(0);
    // Nothing of the reason became markup.
    expect(await bobSidebar.count(`${cardOf(bobCard)} img`)).toBe(0);
    expect(await bobSidebar.count(`${cardOf(bobCard)} ${tid('card-hidden-notice')} b`)).toBe(0);
    await bobPage.screenshot(picture('moderation-author.png'));
  });

  test("Alice hides her own: Bob's sidebar shows a placeholder, his browser no longer holds it; unhidden, it comes back", async () => {
    await alicePage.bringToFront();
    await aliceSidebar.click(`${cardOf(aliceCard)} ${tid('card-hide')}`);
    await aliceSidebar.fill(tid('hide-reason'), 'Duplicate of another note');
    await aliceSidebar.click(tid('hide-confirm'));
    await expect.poll(() => aliceSidebar.count(`${cardOf(aliceCard)} ${tid('card-unhide')}`), SOON).toBe(1);

    await bobPage.bringToFront();
    await expect.poll(() => bobSidebar.count(cardOf(aliceCard)), SLOW).toBe(0);
    await expect.poll(() => bobSidebar.count(tid('hidden-placeholder')), SOON).toBe(1);
    expect(await bobSidebar.text(tid('hidden-placeholder'))).toBe(
      `An annotation by alice-${suffix} was hidden by a moderator`,
    );
    // A member is never told why.
    expect(await bobSidebar.count(tid('card-hidden-reason'))).toBe(1);
    expect((await bobSidebar.texts(tid('card-hidden-reason'))).join(' ')).not.toContain('Duplicate');
    const kept = await bob.inExtension(
      (id: string) =>
        new Promise<boolean>((resolve, reject) => {
          const opening = indexedDB.open('plan-annotator');
          opening.onerror = () => reject(new Error(String(opening.error)));
          opening.onsuccess = () => {
            const read = opening.result.transaction('annotations').objectStore('annotations').get(id);
            read.onsuccess = () => {
              resolve(read.result !== undefined);
              opening.result.close();
            };
            read.onerror = () => reject(new Error(String(read.error)));
          };
        }),
      aliceCard,
    );
    expect(kept).toBe(false);
    await bobPage.screenshot(picture('moderation-placeholder.png'));

    await alicePage.bringToFront();
    await aliceSidebar.click(`${cardOf(aliceCard)} ${tid('card-unhide')}`);
    await expect.poll(() => aliceSidebar.count(`${cardOf(aliceCard)} ${tid('card-hide')}`), SOON).toBe(1);
    await bobPage.bringToFront();
    await expect.poll(() => bobSidebar.count(cardOf(aliceCard)), SLOW).toBe(1);
    expect(await bobSidebar.count(tid('hidden-placeholder'))).toBe(0);
    expect(await bobSidebar.text(`${cardOf(aliceCard)} ${tid('card-comment')}`)).toBe(
      'Which law sets the threshold?',
    );
  });
});
