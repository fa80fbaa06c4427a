/**
 * "Use current page as evidence" end to end: the background answers with the tab the user looked at last
 * in the sidebar's window, else the sidebar's own page, and for our PDF viewer the PDF's own address,
 * its own title and a document kind.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  describeInBrowsers,
  launch,
  tid,
  type BrowserName,
  type Driver,
  type TestFrame,
  type TestPage,
} from './support/driver.ts';
import { requireCondition } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { PdfServer } from './support/pdf-server.ts';
import { REPORT_HEADING, writeReportPdf } from './support/report-pdf.ts';
import {
  browserAvailable,
  launchWithExtension,
  sidebarFrame,
  tabIdOf,
  type LoadedExtension,
} from './support/extension.ts';

const run = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and dist/chrome from `npm run build`',
);

/** A page of the browser itself, which is never evidence. */
const BROWSER_PAGE: Record<BrowserName, string> = { chromium: 'chrome://version/', firefox: 'about:robots' };

describeInBrowsers('use current page as evidence', (browser) => {
  let driver: Driver;
  let server: FixtureServer;
  let plan: TestPage;
  let sidebar: TestFrame;
  const titleOf = (page: TestPage) => page.evaluate(() => document.title);

  beforeAll(async () => {
    server = await new FixtureServer().start();
    driver = await launch(browser);
    plan = await driver.newPage(`${server.origin}/plan.html`);
    const popup = await driver.popupFor(plan);
    await popup.click(tid('popup-annotate'));
    await popup.waitForText('Annotating this page');
    await popup.close();
    await plan.bringToFront();
    sidebar = await driver.sidebar(plan);
    await sidebar.waitForText('Select text on the page');
  });

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
  });

  const currentPage = () =>
    sidebar.evaluate(() => chrome.runtime.sendMessage({ type: 'evidence.currentPage', payload: {} }));

  test('with no other tab looked at, it is the sidebar’s own page', async () => {
    expect(await currentPage()).toEqual({
      ok: true,
      value: { url: `${server.origin}/plan.html`, title: await titleOf(plan), kind: 'government-website' },
    });
  });

  test('after reading another tab and coming back, it is that tab', async () => {
    const source = await driver.newPage(`${server.origin}/not-a-plan.html#budget`);
    await source.bringToFront();
    await plan.bringToFront();
    await expect.poll(currentPage).toEqual({
      ok: true,
      value: {
        url: `${server.origin}/not-a-plan.html#budget`,
        title: await titleOf(source),
        kind: 'government-website',
      },
    });
    await source.close();
  });

  test('a browser page is never offered: the sidebar’s own page is', async () => {
    const settings = await driver.newPage();
    await settings.goto(BROWSER_PAGE[browser]).catch(() => undefined);
    await settings.bringToFront();
    await plan.bringToFront();
    expect(await currentPage()).toEqual({
      ok: true,
      value: { url: `${server.origin}/plan.html`, title: await titleOf(plan), kind: 'government-website' },
    });
    await settings.close();
  });

  test('a request with fields it does not take is refused, naming the field', async () => {
    const extra = await sidebar.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'evidence.currentPage', payload: { tabId: 1 } }),
    );
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ field: 'tabId' }] } });
  });
});

/**
 * Chromium only. The worker's restart: Firefox runs the background as an event page, and neither
 * WebDriver BiDi nor puppeteer can stop it (only about:debugging's button can), while Chromium's
 * DevTools protocol stops the service worker as the browser does when it idles. The PDF: its form is in
 * the viewer's sidebar, a frame of an extension page, which puppeteer-core over BiDi does not list (the
 * README's Firefox section).
 */
describe.skipIf(!run)('use current page as evidence, Chromium only', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let pdfServer: PdfServer;
  let reportAddress: string;
  let plan: Page;
  let sidebar: Frame;
  let planTab: number;

  beforeAll(async () => {
    server = await new FixtureServer().start();
    const report = await writeReportPdf();
    pdfServer = await new PdfServer(report.dir).start();
    reportAddress = `${pdfServer.origin}/plans/${report.name}`;
    ext = await launchWithExtension();
    plan = await ext.context.newPage();
    await plan.goto(`${server.origin}/plan.html`);
    const popup = await ext.context.newPage();
    planTab = await tabIdOf(ext, plan);
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${planTab}`);
    await popup.getByTestId('popup-annotate').click();
    await popup.getByTestId('popup-status').filter({ hasText: 'Annotating this page' }).waitFor();
    await popup.close();
    await plan.bringToFront();
    sidebar = await sidebarFrame(ext, plan);
    await sidebar.getByText('Select text on the page').waitFor();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.stop();
    await pdfServer?.stop();
  });

  /** Stops the extension's service worker as the browser does when it idles (the DevTools protocol sees it from our pages). */
  async function stopServiceWorker(): Promise<void> {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${planTab}`);
    const cdp = await ext.context.newCDPSession(page);
    type Versions = { versions: { versionId: string; runningStatus: string; scriptURL: string }[] };
    const ours = (versions: Versions['versions']) =>
      versions.find((v) => v.scriptURL.startsWith(`chrome-extension://${ext.id}/`));
    const running = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
        const version = ours(versions);
        if (version?.runningStatus === 'running') resolve(version.versionId);
      }),
    );
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
        if (ours(versions)?.runningStatus === 'stopped') resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopWorker', { versionId: await running });
    await stopped;
    await cdp.detach();
    await page.close();
  }

  const currentPage = () =>
    sidebar.evaluate(() => chrome.runtime.sendMessage({ type: 'evidence.currentPage', payload: {} }));

  test('after reading another tab and coming back, it is that tab, even after the worker restarted', async () => {
    const source = await ext.context.newPage();
    await source.goto(`${server.origin}/not-a-plan.html#budget`);
    await source.bringToFront();
    await plan.bringToFront();
    const expected = {
      ok: true,
      value: {
        url: `${server.origin}/not-a-plan.html#budget`,
        title: await source.title(),
        kind: 'government-website',
      },
    };
    await expect.poll(currentPage).toEqual(expected);

    // A stopped service worker keeps nothing in memory; the history is in chrome.storage.session.
    await stopServiceWorker();
    await expect.poll(currentPage).toEqual(expected);
    await source.close();
  });

  test('a PDF in the viewer is cited by its own title and address, as an official document', async () => {
    const viewerUrl = `chrome-extension://${ext.id}/src/viewer/viewer.html?file=${encodeURIComponent(reportAddress)}`;
    const viewer = await ext.context.newPage();
    await viewer.goto(viewerUrl);
    // The report has no title in its metadata: its first page's heading names it, not its tab.
    await expect.poll(() => viewer.title(), { timeout: 30_000 }).toContain(REPORT_HEADING);
    expect(await viewer.title()).toContain('Plan Annotator');
    const cited = { url: reportAddress, title: REPORT_HEADING, kind: 'official-document' };

    // From the plan's sidebar, after reading the PDF in its tab.
    await viewer.bringToFront();
    await plan.bringToFront();
    await expect.poll(currentPage, { timeout: 20_000 }).toEqual({ ok: true, value: cited });
    await viewer.close();

    // From the viewer's own sidebar, through the assessment form's button. In a window of its own, so
    // that no other tab the user looked at comes first.
    const [alone] = await Promise.all([
      ext.context.waitForEvent('page'),
      ext.worker.evaluate((url) => chrome.windows.create({ url }), viewerUrl),
    ]);
    await expect.poll(() => alone.title(), { timeout: 30_000 }).toContain(REPORT_HEADING);
    await alone.locator('#toggle-sidebar').click();
    const line = alone
      .locator('.page[data-page-number="1"] .textLayer span[role="presentation"]')
      .filter({ hasText: 'procurement data' })
      .first();
    await line.waitFor();
    await line.dblclick();
    await alone.locator('#selection-toolbar button[data-action="assess"]').click();
    const form = alone.frameLocator('#sidebar').getByTestId('assessment-form');
    await form.waitFor();
    await form.getByTestId('evidence-current-page').click();
    await expect.poll(() => form.getByTestId('evidence-url').first().inputValue()).toBe(reportAddress);
    expect(await form.getByTestId('evidence-title').first().inputValue()).toBe(REPORT_HEADING);
    expect(await form.getByTestId('evidence-kind').first().inputValue()).toBe('official-document');
    await alone.close();
  });
});
