import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition, requireResource } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import {
  browserAvailable,
  clickInClosedShadow,
  launchWithExtension,
  tabIdOf,
  type LoadedExtension,
} from './support/extension.ts';

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env['PLAN_CORPUS_DIR'],
  'it names the folder of the plan corpus (e.g. /work/shared/corpus)',
);
const browser = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and dist/chrome from `npm run build`',
);

const PLAN_PAGE = 'uk-data-gov-national-action-plan-2013.html';
const HOST = 'plan-annotator-pdf-link';

interface ContentScript {
  matches: string[];
  js?: string[];
}

describe.skipIf(!corpus || !browser)('the always-on plan detector in Chromium', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let plan: Page;
  let other: Page;

  beforeAll(async () => {
    server = await new FixtureServer().start();
    // The corpus page links its PDF on data.gov.uk; the copy served here links the test server instead,
    // so that the viewer opened from it never reaches the network.
    const html = await readFile(join(corpus as string, 'pages', PLAN_PAGE), 'utf8');
    server.serveContent(
      `/${PLAN_PAGE}`,
      html.replaceAll('https://data.gov.uk/sites/default/files/', `${server.origin}/files/`),
    );
    // 127.0.0.1 is no government host: only this test adds it to the detector's hosts.
    ext = await launchWithExtension((manifest) => {
      for (const script of manifest['content_scripts'] as ContentScript[]) {
        script.matches.push('http://127.0.0.1/*');
      }
    });
    plan = await ext.context.newPage();
    await plan.goto(`${server.origin}/${PLAN_PAGE}`);
    other = await ext.context.newPage();
    await other.goto(`${server.origin}/not-a-plan.html`);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  const badge = (tabId: number) =>
    ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const title = (tabId: number) => ext.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

  test('the badge marks the plan page and leaves the other page alone', async () => {
    const planTab = await tabIdOf(ext, plan);
    const otherTab = await tabIdOf(ext, other);
    await expect.poll(() => badge(planTab), { timeout: 10_000 }).toBe('PLAN');
    expect(await title(planTab)).toMatch(/^Plan Annotator: this looks like an action plan — /);
    // The other page reported too, as no plan (its PDF links are no plans), and its badge stays empty.
    const stored = (tabId: number) =>
      ext.worker.evaluate(async (id) => {
        const key = `detection-tab:${id}`;
        return ((await chrome.storage.session.get(key))[key] as { kind?: string } | undefined)?.kind;
      }, tabId);
    await expect.poll(() => stored(otherTab), { timeout: 10_000 }).toBe('other');
    expect(await stored(planTab)).toBe('action-plan');
    expect(await other.locator(HOST).count()).toBe(0);
    expect(await badge(otherTab)).toBe('');
    expect(await title(otherTab)).toBe('Plan Annotator');
  });

  test("the detector's hosts are not granted sites: the annotator still waits for a click there", async () => {
    // A .gov site the detector runs on is no site the user granted, so highlights are not restored
    // there without a click (highlight-restore.ts asks exactly this).
    const granted = await ext.worker.evaluate(() =>
      chrome.permissions.contains({ origins: ['https://www.state.gov/*'] }),
    );
    expect(granted).toBe(false);
    // Nor is its address visible to the extension without the user's click.
    const visible = await ext.worker.evaluate(
      async () => (await chrome.tabs.query({ url: '*://*.gov/*' })).length,
    );
    expect(visible).toBe(0);
    // The detector injected no annotator: the page holds only the detector's button host.
    expect(await plan.locator('plan-annotator').count()).toBe(0);
  });

  test('the popup says the page looks like an action plan, and why', async () => {
    const tabId = await tabIdOf(ext, plan);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    const note = popup.getByTestId('popup-detection');
    await expect.poll(() => note.textContent()).toContain('This looks like an action plan (en)');
    expect(await note.locator('li').count()).toBeGreaterThan(0);
    await popup.close();

    const otherId = await tabIdOf(ext, other);
    const otherPopup = await ext.context.newPage();
    await otherPopup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${otherId}`);
    await expect.poll(() => otherPopup.getByTestId('popup-status').textContent()).not.toContain('Checking');
    expect(await otherPopup.getByTestId('popup-detection').count()).toBe(0);
    await otherPopup.close();
  });

  test('a plan PDF link gets an Annotate button that opens the viewer beside the page', async () => {
    await plan.bringToFront();
    expect(await plan.locator(HOST).count()).toBe(1);
    // The button lives in a closed shadow root: the page can see the host, not the button.
    expect(await plan.evaluate((host) => document.querySelector(host)?.shadowRoot, HOST)).toBeNull();
    const planTab = await tabIdOf(ext, plan);
    await clickInClosedShadow(plan, HOST, 'button[aria-label="Annotate this plan PDF in Plan Annotator"]');
    const viewer = async () =>
      ext.worker.evaluate(async (opener) => {
        const tabs = await chrome.tabs.query({});
        const source = tabs.find((t) => t.id === opener);
        const found = tabs.find((t) => (t.url || t.pendingUrl || '').includes('viewer.html?file='));
        return found && source
          ? { url: found.url || found.pendingUrl || '', beside: found.index === source.index + 1 }
          : null;
      }, planTab);
    await expect.poll(viewer, { timeout: 10_000 }).not.toBeNull();
    const opened = await viewer();
    expect(opened?.url).toContain(
      `src/viewer/viewer.html?file=${encodeURIComponent(`${server.origin}/files/`)}`,
    );
    expect(opened?.beside).toBe(true);
  });
});
