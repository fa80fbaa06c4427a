import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signUp as signUpAt, startAnnotating } from './support/accounts.ts';
import { FixtureServer } from './support/fixture-server.ts';
import {
  describeInBrowsers,
  launch,
  paintedTexts,
  tid,
  until,
  type Driver,
  type TestFrame,
  type TestPage,
} from './support/driver.ts';
import { PdfServer } from './support/pdf-server.ts';
import { writeReportPdf } from './support/report-pdf.ts';
import { SyncServerProcess } from './support/sync-server.ts';

const CARD = tid('annotation-card');
const SOON = { timeout: 15_000, interval: 100 };
/** Crosses the server: Bob's background pulls on the server's live event, or at worst its next sync. */
const SYNCED = { timeout: 60_000, interval: 250 };
const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
/** Markup and a script in a page note: the sidebar must show them as the words they are. */
const HOSTILE =
  'Deadlines missing <img src=x onerror="window.__pageNoteHit=1"><script>window.__pageNoteHit=2</script>';

/**
 * Page notes between two profiles on one server: Alice writes a note on the whole plan (no passage) in
 * her sidebar, in a group; Bob, in the same group, finds it in his Page notes view, not among the orphans,
 * its markup shown as text. In Chromium the same happens in the PDF viewer's sidebar.
 */
describeInBrowsers('page notes between two profiles', (browser) => {
  let server: SyncServerProcess;
  let pages: FixtureServer;
  let pdfs: PdfServer;
  let pdfAddress = '';
  let alice: Driver;
  let bob: Driver;
  const suffix = `${process.pid}-${browser}`;
  const picture = (name: string) => `${RESULTS}${browser === 'chromium' ? '' : `${browser}-`}${name}`;

  beforeAll(async () => {
    server = await SyncServerProcess.start();
    pages = await new FixtureServer().start();
    const report = await writeReportPdf();
    pdfs = await new PdfServer(report.dir).start();
    pdfAddress = `${pdfs.origin}/plans/${report.name}`;
    alice = await launch(browser);
    bob = await launch(browser);
    await mkdir(RESULTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await alice?.close();
    await bob?.close();
    await pdfs?.stop();
    await pages?.stop();
    await server?.dispose();
  });

  const signUp = (driver: Driver, username: string) => signUpAt(driver, server.origin, username);

  const annotate = (driver: Driver) => startAnnotating(driver, `${pages.origin}/plan.html`);

  async function writePageNote(sidebar: TestFrame, comment: string, tags: string): Promise<void> {
    await sidebar.click(tid('view-notes'));
    await sidebar.click(tid('page-note-new'));
    await sidebar.waitFor(tid('page-note-form'));
    expect(await sidebar.text(tid('page-note-subject'))).toBe('A note on the whole document');
    await sidebar.fill(tid('editor-comment'), comment);
    await sidebar.fill(tid('editor-tags'), tags);
    await sidebar.click(tid('editor-save'));
    await expect.poll(() => sidebar.count(tid('page-note-form')), SOON).toBe(0);
  }

  /** The stored records of a profile, as its background keeps them. */
  const stored = (driver: Driver) =>
    driver.inExtension(
      () =>
        new Promise<{ body: { comment: string }; target: { source: string; selector: unknown[] } }[]>(
          (resolve, reject) => {
            const open = indexedDB.open('plan-annotator');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction('annotations').objectStore('annotations').getAll();
              request.onsuccess = () => resolve(request.result as never);
              request.onerror = () => reject(request.error);
            };
          },
        ),
    );

  test('Alice and Bob sign up and meet in one group, group visibility by default', async () => {
    const aliceSettings = await signUp(alice, `alice-${suffix}`);
    await aliceSettings.fill(tid('settings-group-name'), 'Plan reviewers');
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
    await expect
      .poll(() => bobSettings.text(tid('settings-joined')), SOON)
      .toBe('You joined Plan reviewers.');
    await bobSettings.close();
  });

  test("Alice's page note reaches Bob's Page notes view, not his orphans, its markup as text", async () => {
    const { page: alicePage, sidebar: aliceSidebar } = await annotate(alice);
    const { page: bobPage, sidebar: bobSidebar } = await annotate(bob);

    await writePageNote(aliceSidebar, HOSTILE, 'overall, dates');
    await expect.poll(() => aliceSidebar.count(CARD), SOON).toBe(1);
    expect(await aliceSidebar.attribute(CARD, 'data-state')).toBe('page-note');
    const [note] = await stored(alice);
    expect(note?.target.selector).toEqual([]);
    expect(note?.target.source).toBe(`${pages.origin}/plan.html`);
    // Nothing to anchor: nothing painted on her page.
    expect(await paintedTexts(alicePage)).toEqual([]);

    // Bob's open sidebar learns of it from the server, and counts it on the Page notes button.
    await expect.poll(() => bobSidebar.text(tid('page-notes-count')), SYNCED).toBe('1');
    // His list of passages and orphans stays empty.
    expect(await bobSidebar.count(CARD)).toBe(0);
    expect(await bobSidebar.count(tid('orphans'))).toBe(0);
    await bobSidebar.click(tid('view-notes'));
    await expect.poll(() => bobSidebar.count(CARD), SOON).toBe(1);
    expect(await bobSidebar.attribute(CARD, 'data-state')).toBe('page-note');
    expect(await bobSidebar.text(`${CARD} ${tid('card-comment')}`)).toContain(
      'Deadlines missing <img src=x onerror="window.__pageNoteHit=1"><script>window.__pageNoteHit=2</script>',
    );
    expect(await bobSidebar.texts(`${CARD} ${tid('card-tag')}`)).toEqual(['overall', 'dates']);
    expect(await bobSidebar.count(`${CARD} img, ${CARD} script`)).toBe(0);
    expect(await bobSidebar.evaluate(() => (window as { __pageNoteHit?: number }).__pageNoteHit)).toBe(
      undefined,
    );
    expect(await bobPage.evaluate(() => (window as { __pageNoteHit?: number }).__pageNoteHit)).toBe(
      undefined,
    );
    // Someone else's note: Reply, no Edit or Delete.
    expect(await bobSidebar.count(`${CARD} ${tid('card-edit')}`)).toBe(0);
    expect(await bobSidebar.count(`${CARD} ${tid('card-reply')}`)).toBe(1);
    expect(await paintedTexts(bobPage)).toEqual([]);

    // Bob writes a note on a commitment as a whole, from the outline: no passage, linked by hand.
    await bobSidebar.click(tid('view-annotations'));
    await bobSidebar.waitFor(tid('outline-note'));
    await bobSidebar.click(tid('outline-note'));
    await bobSidebar.waitFor(tid('page-note-form'));
    expect(await bobSidebar.attribute(tid('view-notes'), 'aria-pressed')).toBe('true');
    expect(await bobSidebar.text(tid('page-note-subject'))).toContain('Open contracting');
    await bobSidebar.fill(tid('editor-comment'), 'No milestone here has a date.');
    await bobPage.screenshot(picture('page-note-form.png'));
    await bobSidebar.click(tid('editor-save'));
    await expect.poll(() => bobSidebar.count(CARD), SOON).toBe(2);
    expect(await bobSidebar.texts(tid('card-commitment-name'))).toEqual([
      'none',
      expect.stringContaining('Open contracting'),
    ]);
    const onCommitment = (await stored(bob)).find((r) => r.body.comment === 'No milestone here has a date.');
    expect(onCommitment?.target.selector).toEqual([]);
    expect(await paintedTexts(bobPage)).toEqual([]);
    await bobPage.screenshot(picture('page-notes.png'));
  });

  // Chromium only: puppeteer-core does not list the frames of an extension page it reached over BiDi
  // (the viewer's sidebar frame), as in pdf-viewer.test.ts.
  if (browser === 'chromium')
    test("a page note written in the PDF viewer's sidebar reaches Bob's viewer, not his orphans", async () => {
      const viewer = (driver: Driver) =>
        driver.extensionUrl(`src/viewer/viewer.html?file=${encodeURIComponent(pdfAddress)}`);
      async function openViewer(driver: Driver): Promise<{ page: TestPage; sidebar: TestFrame }> {
        const page = await driver.newPage(viewer(driver));
        await until(
          () => page.count('.page[data-page-number="1"] .textLayer .endOfContent'),
          (n) => n > 0,
          'the text layer',
          30_000,
        );
        await page.click('#toggle-sidebar');
        const sidebar = await driver.sidebar(page);
        await sidebar.waitFor(tid('view-notes'));
        return { page, sidebar };
      }
      const { sidebar: aliceSidebar } = await openViewer(alice);
      await writePageNote(aliceSidebar, 'The report never says what was done in 2025.', 'report');
      await expect.poll(() => aliceSidebar.count(CARD), SOON).toBe(1);
      const onPdf = (await stored(alice)).find((r) => r.body.comment.startsWith('The report never'));
      expect(onPdf?.target.selector).toEqual([]);
      expect(onPdf?.target.source).not.toBe(`${pages.origin}/plan.html`);

      const { page: bobPage, sidebar: bobSidebar } = await openViewer(bob);
      await expect.poll(() => bobSidebar.text(tid('page-notes-count')), SYNCED).toBe('1');
      expect(await bobSidebar.count(tid('orphans'))).toBe(0);
      await bobSidebar.click(tid('view-notes'));
      await expect
        .poll(() => bobSidebar.text(`${CARD} ${tid('card-comment')}`), SOON)
        .toContain('The report never says what was done in 2025.');
      expect(await bobSidebar.attribute(CARD, 'data-state')).toBe('page-note');
      expect(await paintedTexts(bobPage)).toEqual([]);
    });
});
