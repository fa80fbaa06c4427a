import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SETTINGS, openSettings as openSettingsAt, signUpOn } from './support/accounts.ts';
import { requireResource } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { PdfServer } from './support/pdf-server.ts';
import { CHROMIUM } from './support/extension.ts';
import {
  describeInBrowsers,
  launch,
  tid,
  until,
  type Driver,
  type TestFrame,
  type TestPage,
} from './support/driver.ts';
import { SyncServerProcess } from './support/sync-server.ts';

const HOST = 'plan-annotator';
const CARD = tid('annotation-card');
const SOON = { timeout: 15_000, interval: 100 };
/** Waits that cross the server and another profile's sync: generous, each ends as soon as it holds. */
const SLOW = { timeout: 60_000, interval: 250 };

/**
 * Far down a long page, so that landing on it means the page was scrolled there. Each passage follows a
 * few words of its paragraph: `phraseEnds` places a phrase at a text node's very start in the gap before it.
 */
const DEEP = 'The ministry will publish every procurement contract as open data within thirty days';
const PUBLIC = 'A register of beneficial owners will be opened to the public';
const PRIVATE = 'Budget documents will be published in machine-readable formats';

function longPlan(): string {
  const filler = (from: number, length = 60) =>
    Array.from(
      { length },
      (_, i) =>
        `<p>Paragraph ${from + i} records the consultation held in region ${from + i} with civil society groups and local officials.</p>`,
    ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long national action plan</title></head>
<body><h1>National Action Plan 2025-2027</h1>
${filler(1, 10)}
<p>Commitment 2: ${PUBLIC}.</p>
<p>Commitment 3: ${PRIVATE}.</p>
${filler(11)}
<p>Commitment 9: ${DEEP}.</p>
${filler(71)}
</body></html>`;
}

/**
 * "Copy link" on a card, and what the link does: in a browser with the extension signed in to the same
 * server, it opens the document at the passage with the card selected; in a plain browser it is the
 * server's page with the quote. Two profiles (Alice writes, Bob follows) and one server.
 */
describeInBrowsers('annotation links between two profiles', (browser) => {
  let server: SyncServerProcess;
  let pages: FixtureServer;
  let alice: Driver;
  let bob: Driver;
  let alicePage: TestPage;
  let aliceSidebar: TestFrame;
  const suffix = `${process.pid}-${browser}`;
  const picture = (name: string) =>
    new URL(`../../test-results/${browser}-${name}`, import.meta.url).pathname;
  let planUrl = '';
  const links = {} as Record<'group' | 'public' | 'private', string>;

  beforeAll(async () => {
    server = await SyncServerProcess.start();
    pages = await new FixtureServer().start();
    pages.serveContent('/long-plan.html', longPlan());
    planUrl = `${pages.origin}/long-plan.html`;
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

  /** The settings' default for new annotations, chosen in its tab; then back to the plan's tab. */
  async function chooseVisibility(settings: TestPage, visibility: 'group' | 'public' | 'private') {
    await settings.bringToFront();
    await settings.click(tid(`settings-visibility-${visibility}`));
    await expect
      .poll(() => settings.attribute(tid(`settings-visibility-${visibility}`), 'checked'))
      .toBe('true');
    await alicePage.bringToFront();
  }

  /** Alice comments on a passage; answers the new card's id. */
  async function comment(passage: string, text: string): Promise<string> {
    const before = await aliceSidebar.count(CARD);
    await alicePage.selectText(passage);
    await alicePage.clickInClosedShadow(HOST, 'button[data-action="comment"]');
    await aliceSidebar.waitFor(tid('editor'));
    await aliceSidebar.fill(tid('editor-comment'), text);
    await aliceSidebar.click(tid('editor-save'));
    await expect.poll(() => aliceSidebar.count(CARD), SOON).toBe(before + 1);
    const id = await aliceSidebar.evaluate(
      (wanted) =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="annotation-card"]')].find((card) =>
          card.textContent?.includes(wanted),
        )?.dataset['id'] ?? '',
      text,
    );
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    return id;
  }

  /** "Copy link" on Alice's card: the link it shows (and, where the clipboard can be used, copied). */
  async function copyLink(id: string): Promise<string> {
    const card = `${CARD}[data-id="${id}"]`;
    await aliceSidebar.click(`${card} ${tid('card-copy-link')}`);
    await aliceSidebar.waitFor(`${card} ${tid('card-link')}`);
    return (await aliceSidebar.attribute(`${card} ${tid('card-link')}`, 'value')) ?? '';
  }

  async function synced(driver: Driver, page: TestPage): Promise<void> {
    const popup = await driver.popupFor(page);
    await expect.poll(() => popup.text(tid('popup-sync-pending')), SLOW).toBe('Everything is synced');
    await popup.close();
  }

  /** Opens a link in a new tab of `driver`, as a click on it in a mail would; waits for `where`. */
  async function follow(driver: Driver, link: string, where: string): Promise<TestPage> {
    const page = await driver.newPage();
    // The extension sends the tab elsewhere while the link loads: the navigation to the link is cut short.
    await page.goto(link).catch(() => undefined);
    await expect
      .poll(() => page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => ''), SLOW)
      .toBe(`complete ${where}`);
    return page;
  }

  test('Alice and Bob sign up and meet in one group; Alice comments and copies the links', async () => {
    const aliceSettings = await openSettings(alice);
    await signUp(aliceSettings, `alice-${suffix}`);
    await aliceSettings.fill(tid('settings-group-name'), 'Procurement reviewers');
    await aliceSettings.click(tid('settings-group-create'));
    const newInvitation = () => aliceSettings.attribute(tid('settings-new-invitation'), 'value');
    await expect.poll(async () => (await newInvitation()) ?? '', SOON).toMatch(/\./);
    const invitation = (await newInvitation()) ?? '';

    const bobSettings = await openSettings(bob);
    await signUp(bobSettings, `bob-${suffix}`);
    await bobSettings.fill(tid('settings-join-invitation'), invitation);
    await bobSettings.click(tid('settings-join'));
    await expect
      .poll(() => bobSettings.text(tid('settings-joined')), SOON)
      .toBe('You joined Procurement reviewers.');

    alicePage = await alice.newPage(planUrl);
    const popup = await alice.popupFor(alicePage);
    await popup.click(tid('popup-annotate'));
    await expect.poll(() => popup.text(tid('popup-status')), SOON).toContain('Annotating this page');
    await popup.close();
    await alicePage.bringToFront();
    aliceSidebar = await alice.sidebar(alicePage);

    const ids = {} as Record<keyof typeof links, string>;
    await chooseVisibility(aliceSettings, 'public');
    ids.public = await comment(PUBLIC, 'Everyone should read <script>window.pwned = 1</script> this.');
    await chooseVisibility(aliceSettings, 'private');
    ids.private = await comment(PRIVATE, 'A note for myself.');
    await chooseVisibility(aliceSettings, 'group');
    ids.group = await comment(DEEP, 'Thirty days is too slow for the group.');
    for (const kind of ['group', 'public', 'private'] as const) {
      links[kind] = await copyLink(ids[kind]);
      expect(links[kind]).toBe(`${server.origin}/a/${ids[kind]}`);
    }
    // Copied from the field, or (where the browser refuses) left selected in it for the reader to copy.
    await expect
      .poll(() => aliceSidebar.text(`${CARD}[data-id="${ids.private}"] ${tid('card-link-status')}`), SOON)
      .toMatch(/^(Link copied\.|Copy the link from this field\.)$/);
    await aliceSidebar.evaluate(() => document.body.scrollIntoView());
    await alicePage.screenshot(picture('copy-link.png'));
    await synced(alice, alicePage);
  });

  test("Bob opens the group annotation's link: the document, scrolled to the passage, its card selected", async () => {
    const page = await follow(bob, links.group, planUrl);
    const sidebar = await bob.sidebar(page);
    const id = links.group.slice(links.group.lastIndexOf('/') + 1);
    await expect
      .poll(() => sidebar.attribute(`${CARD}[data-id="${id}"]`, 'data-focused').catch(() => null), SLOW)
      .toBe('true');
    expect(await sidebar.count(`${CARD}[data-focused="true"]`)).toBe(1);
    expect(await sidebar.text(`${CARD}[data-id="${id}"] ${tid('card-comment')}`)).toContain(
      'Thirty days is too slow for the group.',
    );
    // The passage is painted and on screen: the page was scrolled down to it.
    await expect
      .poll(
        () =>
          page.evaluate(
            (wanted) => {
              const ranges = [...CSS.highlights]
                .filter(([name]) => name.startsWith('plan-annotator-') && name !== 'plan-annotator-focus')
                .flatMap(([, h]) => [...h] as Range[])
                .filter((r) => r.toString().includes(wanted));
              const box = ranges[0]?.getBoundingClientRect();
              return box !== undefined && scrollY > 0 && box.top >= 0 && box.bottom <= innerHeight;
            },
            DEEP.slice(0, 40),
          ),
        SLOW,
      )
      .toBe(true);
    await page.screenshot(picture('link-followed.png'));
  });

  test("Alice's private annotation: its link opens for her, and Bob gets the server's page with nothing of it", async () => {
    const mine = await follow(alice, links.private, planUrl);
    const sidebar = await alice.sidebar(mine);
    const id = links.private.slice(links.private.lastIndexOf('/') + 1);
    await expect
      .poll(() => sidebar.attribute(`${CARD}[data-id="${id}"]`, 'data-focused').catch(() => null), SLOW)
      .toBe('true');

    const theirs = await follow(bob, links.private, links.private);
    await theirs.waitForText('This annotation is not available here');
    expect(await theirs.evaluate(() => document.body.textContent ?? '')).not.toContain('A note for myself');
  });

  // The plain browser is Chromium in both suites' runs: one check of the server's page is enough.
  if (browser !== 'chromium') return;
  test("without the extension, the public annotation's link is the server's page with the quote", async () => {
    const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await plain.newPage({ viewport: { width: 900, height: 700 } });
      const response = await page.goto(links.public);
      expect(response?.status()).toBe(200);
      expect(await page.getByTestId('quote').textContent()).toBe(PUBLIC);
      expect(await page.getByTestId('comment').textContent()).toBe(
        'Everyone should read <script>window.pwned = 1</script> this.',
      );
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
      expect(await page.getByTestId('document-link').getAttribute('href')).toBe(planUrl);
      expect(await page.locator('h1').textContent()).toBe('Long national action plan');
      await page.screenshot({ path: picture('link-page.png'), fullPage: true });
      // The group's link shows nothing of it to a visitor without the extension.
      const group = await page.goto(links.group);
      expect(group?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('This annotation is not available here');
    } finally {
      await plain.close();
    }
  });
});

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env['PLAN_CORPUS_DIR'],
  'it names the folder of real plan PDFs (e.g. /work/shared/corpus)',
);
/** A 47-page report, opened by its link far from its first page. */
const LONG_PDF = 'nap_3_self_assessment_final.pdf';
const FAR_PAGE = 40;
const LINE = (page: number) => `.page[data-page-number="${page}"] .textLayer span[role="presentation"]`;

/**
 * A PDF annotation's link opens our viewer at its page with the card selected. Chromium only, as the PDF
 * viewer's card tests: puppeteer-core does not list the frames of an extension page reached over BiDi.
 */
describeInBrowsers(
  "a PDF annotation's link",
  (browser) => {
    let server: SyncServerProcess;
    let pdfs: PdfServer;
    let driver: Driver;

    beforeAll(async () => {
      server = await SyncServerProcess.start();
      pdfs = await new PdfServer(join(corpus as string, 'plans')).start();
      driver = await launch(browser);
    });

    afterAll(async () => {
      await driver?.close();
      await pdfs?.stop();
      await server?.dispose();
    });

    test('opens the viewer at the page, the highlight in view and its card selected', async () => {
      const settings = await driver.extensionPage(SETTINGS);
      await settings.fill(tid('settings-server'), server.origin);
      await settings.click(tid('settings-server-save'));
      await expect
        .poll(() => settings.text(tid('settings-server-saved')), SOON)
        .toBe(`Using ${server.origin}.`);
      await settings.close();

      const file = `${pdfs.origin}/plans/${LONG_PDF}`;
      const viewer = await driver.newPage(
        driver.extensionUrl(`src/viewer/viewer.html?file=${encodeURIComponent(file)}`),
      );
      // The whole text is read before a selection can be annotated.
      await until(
        () => viewer.count(`${LINE(1)}`),
        (n) => n > 0,
        'the first text layer',
        30_000,
      );
      await expect
        .poll(() => viewer.text(tid('viewer-message')), { timeout: 30_000 })
        .not.toMatch(/Opening|Reading/);
      await viewer.fill('#page-number', String(FAR_PAGE));
      await viewer.press('#page-number', 'Enter');
      const line = await until(
        () =>
          viewer.evaluate((lines) => {
            const found = [...document.querySelectorAll(lines)].find((s) =>
              /[a-z]{5,} [a-z]{3,} [a-z]{3,}/.test(s.textContent ?? ''),
            );
            if (!found) return null;
            found.scrollIntoView({ block: 'center' });
            const { x, y, width, height } = found.getBoundingClientRect();
            return { x: x + 1, y: y + height / 2, end: x + Math.min(width - 1, 120) };
          }, LINE(FAR_PAGE)),
        (found) => found !== null,
        `a line on page ${FAR_PAGE}`,
        30_000,
      );
      if (!line) throw new Error('unreachable');
      await viewer.drag(line, { x: line.end, y: line.y });
      await viewer.click('#selection-toolbar button[data-action="highlight"]');
      // The toolbar's highlight may have opened the sidebar already; the button would close it then.
      if ((await viewer.attribute('#sidebar', 'hidden')) === 'true') await viewer.click('#toggle-sidebar');
      const sidebar = await driver.sidebar(viewer);
      await sidebar.waitFor(tid('card-copy-link'));
      await sidebar.click(tid('card-copy-link'));
      await sidebar.waitFor(tid('card-link'));
      const link = (await sidebar.attribute(tid('card-link'), 'value')) ?? '';
      const id = (await sidebar.attribute(CARD, 'data-id')) ?? '';
      expect(link).toBe(`${server.origin}/a/${id}`);

      const opened = await driver.newPage();
      await opened.goto(link).catch(() => undefined);
      const target = driver.extensionUrl(
        `src/viewer/viewer.html?file=${encodeURIComponent(`${file}#page=${FAR_PAGE}`)}`,
      );
      await expect.poll(() => opened.evaluate(() => location.href).catch(() => ''), SLOW).toBe(target);
      const openedSidebar = await driver.sidebar(opened);
      await expect
        .poll(
          () => openedSidebar.attribute(`${CARD}[data-id="${id}"]`, 'data-focused').catch(() => null),
          SLOW,
        )
        .toBe('true');
      await expect
        .poll(
          () =>
            opened.evaluate(() => {
              const focus = CSS.highlights.get('plan-annotator-focus');
              const range = focus ? ([...focus][0] as Range | undefined) : undefined;
              if (!range) return null;
              const box = range.getBoundingClientRect();
              const pageOf = (range.startContainer.parentElement?.closest('.page') as HTMLElement | null)
                ?.dataset['pageNumber'];
              return box.top >= 0 && box.bottom <= innerHeight ? pageOf : `off screen on ${pageOf}`;
            }),
          SLOW,
        )
        .toBe(String(FAR_PAGE));

      // The annotation keeps the address the PDF was read at: a browser that never had the PDF (here:
      // this one, its record of the PDF's addresses forgotten) still opens it from the link.
      const forgotten = await driver.inExtension(
        () =>
          new Promise<number>((resolve, reject) => {
            const opening = indexedDB.open('plan-annotator');
            opening.onerror = () => reject(new Error(String(opening.error)));
            opening.onsuccess = () => {
              const tx = opening.result.transaction('documents', 'readwrite');
              tx.objectStore('documents').clear();
              tx.oncomplete = () => {
                opening.result.close();
                resolve(1);
              };
            };
          }),
      );
      expect(forgotten).toBe(1);
      const again = await driver.newPage();
      await again.goto(link).catch(() => undefined);
      await expect.poll(() => again.evaluate(() => location.href).catch(() => ''), SLOW).toBe(target);
      const againSidebar = await driver.sidebar(again);
      await expect
        .poll(
          () => againSidebar.attribute(`${CARD}[data-id="${id}"]`, 'data-focused').catch(() => null),
          SLOW,
        )
        .toBe('true');
    });
  },
  { browsers: ['chromium'] },
);
