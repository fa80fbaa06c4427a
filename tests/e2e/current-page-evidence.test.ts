/**
 * "Use current page as evidence" end to end: the background answers with the tab the user looked at last
 * in the sidebar's window, else the sidebar's own page, and for our PDF viewer the PDF's own address.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
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

describe.skipIf(!run)('use current page as evidence', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let plan: Page;
  let sidebar: Frame;
  let planTab: number;

  beforeAll(async () => {
    server = await new FixtureServer().start();
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

  test('with no other tab looked at, it is the sidebar’s own page', async () => {
    expect(await currentPage()).toEqual({
      ok: true,
      value: { url: `${server.origin}/plan.html`, title: await plan.title() },
    });
  });

  test('after reading another tab and coming back, it is that tab, even after the worker restarted', async () => {
    const source = await ext.context.newPage();
    await source.goto(`${server.origin}/not-a-plan.html#budget`);
    await source.bringToFront();
    await plan.bringToFront();
    const expected = {
      ok: true,
      value: { url: `${server.origin}/not-a-plan.html#budget`, title: await source.title() },
    };
    await expect.poll(currentPage).toEqual(expected);

    // A stopped service worker keeps nothing in memory; the history is in chrome.storage.session.
    await stopServiceWorker();
    await expect.poll(currentPage).toEqual(expected);
    await source.close();
  });

  test('a browser page (chrome://) is never offered: the sidebar’s own page is', async () => {
    const settings = await ext.context.newPage();
    await settings.goto('chrome://version/').catch(() => undefined);
    await settings.bringToFront();
    await plan.bringToFront();
    expect(await currentPage()).toEqual({
      ok: true,
      value: { url: `${server.origin}/plan.html`, title: await plan.title() },
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
