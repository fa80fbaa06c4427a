/**
 * The extension's own pages as a reader meets them: the popup's button says what it will do, a PDF tab
 * has one primary action and says what the PDF reads as, a badge stays on one line, the list scrolls
 * inside the popup's height; the viewer shows no "Page 1 of 0" and asks for a site's permission as a
 * request; the settings show an invitation whole, with a Copy button. The README's pictures of these
 * pages are taken here (test-results/, copied into docs/screenshots/).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition, requireResource } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { PdfServer } from './support/pdf-server.ts';
import { SyncServerProcess } from './support/sync-server.ts';
import {
  browserAvailable,
  launchWithExtension,
  sidebarFrame,
  tabIdOf,
  type LoadedExtension,
} from './support/extension.ts';

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env['PLAN_CORPUS_DIR'],
  'it names the folder of real plan PDFs (e.g. /work/shared/corpus)',
);
const browser = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and dist/chrome from `npm run build`',
);

const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const SOON = { timeout: 15_000 };
/** Chromium's largest popup is 800 x 600; ours is 340 wide. */
const POPUP = { width: 340, height: 600 };

describe.skipIf(!corpus || !browser)("the extension's pages look finished and behave", () => {
  let ext: LoadedExtension;
  let pages: FixtureServer;
  let pdfs: PdfServer;
  let sync: SyncServerProcess;
  let plan: Page;

  beforeAll(async () => {
    await mkdir(RESULTS, { recursive: true });
    pages = await new FixtureServer().start();
    pdfs = await new PdfServer(join(corpus as string, 'plans')).start();
    sync = await SyncServerProcess.start();
    // The test reads the clipboard back to check the Copy button; the extension itself only writes it.
    ext = await launchWithExtension((manifest) => {
      manifest['permissions'] = [...(manifest['permissions'] as string[]), 'clipboardRead'];
    });
    plan = await ext.context.newPage();
    await plan.goto(`${pages.origin}/plan.html`);
  });

  afterAll(async () => {
    await ext?.close();
    await pages?.stop();
    await pdfs?.stop();
    await sync?.dispose();
  });

  async function popupFor(tabId: number): Promise<Page> {
    const popup = await ext.context.newPage();
    await popup.setViewportSize(POPUP);
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).not.toContain('Checking');
    return popup;
  }

  /** The computed background colour of an element, to tell a filled (primary) button from an outlined one. */
  const background = (page: Page, testId: string) =>
    page.getByTestId(testId).evaluate((element) => getComputedStyle(element).backgroundColor);

  test('after "Annotate this page" the button says it shows the sidebar, there and in a new popup', async () => {
    const tabId = await tabIdOf(ext, plan);
    const popup = await popupFor(tabId);
    const button = popup.getByTestId('popup-annotate');
    expect((await button.textContent())?.trim()).toBe('Annotate this page');
    await button.click();
    await expect.poll(() => popup.getByTestId('popup-status').textContent(), SOON).toContain('Annotating');
    await expect.poll(async () => (await button.textContent())?.trim(), SOON).toBe('Show the sidebar');
    await popup.close();

    const again = await popupFor(tabId);
    await expect
      .poll(async () => (await again.getByTestId('popup-annotate').textContent())?.trim(), SOON)
      .toBe('Show the sidebar');
    await again.close();
  });

  test('the annotation list scrolls inside the popup to its last item, and a badge stays on one line', async () => {
    const sidebar: Frame = await sidebarFrame(ext, plan);
    await sidebar.waitForLoadState('load');
    const saved = await sidebar.evaluate(async () => {
      type Reply = { ok: boolean; value?: { documentUri?: string } };
      const send = (message: unknown) => chrome.runtime.sendMessage(message) as Promise<Reply>;
      const source = (await send({ type: 'annotations.list', payload: {} })).value?.documentUri ?? '';
      const results: boolean[] = [];
      for (let i = 0; i < 14; i++) {
        // Created a second apart, so the newest (listed first) is the last one saved.
        const at = new Date(Date.UTC(2026, 0, 1, 12, 0, i)).toISOString();
        const assessing = i % 3 === 0;
        const annotation = {
          id: crypto.randomUUID(),
          motivation: assessing ? 'assessing' : 'commenting',
          target: {
            source,
            selector: [{ type: 'TextQuoteSelector', exact: 'Open Contracting Data Standard' }],
          },
          document: { title: 'Plan' },
          visibility: 'private',
          created: at,
          modified: at,
          body: assessing
            ? {
                comment: `Assessment ${i}: nothing published yet.`,
                tags: ['procurement'],
                assessment: { completion: 'no-evidence', values: [], impact: 'minor', verifiable: true },
                evidence: [],
              }
            : { comment: `Comment ${i}: which **formats**, and from when?`, tags: ['open-data'] },
        };
        results.push((await send({ type: 'annotations.save', payload: { annotation } })).ok);
      }
      return results;
    });
    expect(saved.every(Boolean)).toBe(true);

    const popup = await popupFor(await tabIdOf(ext, plan));
    const items = popup.getByTestId('popup-annotation');
    await expect.poll(() => items.count(), SOON).toBe(14);

    // The list scrolls on its own, inside the 600 px a popup gets, and its last item can be reached.
    await popup.screenshot({ path: join(RESULTS, 'popup-long-list.png') });
    const list = popup.locator('.popup-list');
    const geometry = await list.evaluate((element) => {
      const before = { scrollHeight: element.scrollHeight, clientHeight: element.clientHeight };
      element.scrollTop = element.scrollHeight;
      const box = element.getBoundingClientRect();
      const last = element
        .querySelector('[data-testid="popup-annotation"]:last-child')
        ?.getBoundingClientRect();
      return {
        ...before,
        listTop: box.top,
        listBottom: box.bottom,
        lastTop: last?.top ?? NaN,
        lastBottom: last?.bottom ?? NaN,
        documentHeight: document.documentElement.scrollHeight,
      };
    });
    expect(geometry.scrollHeight).toBeGreaterThan(geometry.clientHeight);
    expect(geometry.listBottom).toBeLessThanOrEqual(POPUP.height);
    expect(geometry.lastTop).toBeGreaterThanOrEqual(geometry.listTop);
    expect(geometry.lastBottom).toBeLessThanOrEqual(geometry.listBottom + 1);
    expect(geometry.documentHeight).toBeLessThanOrEqual(POPUP.height);

    // "Unsupported: no evidence" is one line: as high as its own line box, not two.
    const badges = popup.getByTestId('popup-annotation-unsupported');
    expect(await badges.count()).toBeGreaterThan(0);
    for (const badge of await badges.all()) {
      const { height, line } = await badge.evaluate((element) => {
        const style = getComputedStyle(element);
        const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        return {
          height: element.getBoundingClientRect().height,
          line: parseFloat(style.lineHeight) + borders + padding,
        };
      });
      expect(height).toBeCloseTo(line, 0);
    }

    // The picture shows the list scrolled to its first assessment, badge and all.
    await list.evaluate((element) => {
      element.scrollTop = 0;
      const badge = element.querySelector('[data-testid="popup-annotation-unsupported"]');
      const item = badge?.closest('[data-testid="popup-annotation"]');
      if (item)
        element.scrollTop = item.getBoundingClientRect().top - element.getBoundingClientRect().top - 8;
    });
    await popup.screenshot({ path: join(RESULTS, 'popup-annotations.png') });
    await popup.close();
  });

  test('on a PDF tab, "Open in the PDF viewer" is the one primary action; the viewer says why it is a plan', async () => {
    const address = `${pdfs.origin}/plans/NAP1.pdf`;
    const tab = await ext.context.newPage();
    await tab.goto(address).catch(() => undefined);
    const tabId = await ext.worker.evaluate(
      async (u) => (await chrome.tabs.query({ url: u }))[0]?.id,
      address,
    );
    expect(tabId).toBeDefined();
    const popup = await popupFor(tabId as number);
    await popup.getByTestId('popup-open-viewer').waitFor();
    const primaries = popup.locator('.popup__button--primary');
    expect(await primaries.count()).toBe(1);
    expect(await primaries.getAttribute('data-testid')).toBe('popup-open-viewer');
    expect(await background(popup, 'popup-open-viewer')).not.toBe(await background(popup, 'popup-annotate'));
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'popup-open-viewer',
    );
    await expect
      .poll(() => popup.getByTestId('popup-detection').textContent())
      .toContain('Open it in the PDF viewer to find out whether it reads as an action plan');
    await popup.screenshot({ path: join(RESULTS, 'popup-pdf.png') });

    await popup.getByTestId('popup-open-viewer').click();
    await expect.poll(() => tab.url(), SOON).toContain('/src/viewer/viewer.html?file=');
    await popup.close();
    await expect
      .poll(() => tab.getByTestId('viewer-message').textContent(), { timeout: 30_000 })
      .not.toMatch(/Opening|Reading/);

    // Once the viewer has read the text, the popup says the PDF reads as a plan, and why.
    const inViewer = await popupFor(tabId as number);
    await expect
      .poll(() => inViewer.getByTestId('popup-detection').textContent(), { timeout: 30_000 })
      .toContain('This PDF reads as an action plan');
    expect(await inViewer.getByTestId('popup-detection-reasons').locator('li').count()).toBeGreaterThan(0);
    expect(await inViewer.locator('.popup__button--primary').count()).toBe(1);
    await inViewer.screenshot({ path: join(RESULTS, 'popup-viewer.png') });
    await inViewer.close();
    await tab.close();
  });

  test('the viewer: no page count before a PDF, a permission request styled as a request, controls of 24 px and more', async () => {
    const viewer = await ext.context.newPage();
    // localhost is another host than the granted 127.0.0.1: the viewer must ask for it.
    const file = `http://localhost:${new URL(pdfs.origin).port}/plans/NAP1.pdf`;
    await viewer.goto(`chrome-extension://${ext.id}/src/viewer/viewer.html?file=${encodeURIComponent(file)}`);
    const request = viewer.getByTestId('viewer-request');
    await request.waitFor(SOON);
    expect(await request.textContent()).toContain('needs your permission to read PDFs from localhost');
    expect(await viewer.getByTestId('viewer-allow').isVisible()).toBe(true);
    expect(await viewer.getByTestId('viewer-error').isHidden()).toBe(true);
    // Nothing is open: no "Page 1 of 0".
    expect(await viewer.getByTestId('viewer-page-count').textContent()).toBe('');
    expect(await viewer.locator('#page-number').inputValue()).toBe('');
    expect(await viewer.locator('#page-number').getAttribute('placeholder')).toBe('—');
    await viewer.screenshot({ path: join(RESULTS, 'viewer-permission.png') });

    await viewer.goto(
      `chrome-extension://${ext.id}/src/viewer/viewer.html?file=${encodeURIComponent(`${pdfs.origin}/plans/NAP1.pdf`)}`,
    );
    await viewer.locator('.page[data-page-number="1"] .textLayer .endOfContent').waitFor({
      state: 'attached',
      timeout: 30_000,
    });
    await expect.poll(() => viewer.getByTestId('viewer-page-count').textContent(), SOON).toBe('of 10');
    expect(await viewer.locator('#page-number').inputValue()).toBe('1');
    const controls = await viewer.locator('.bar').evaluate((bar) =>
      [...bar.querySelectorAll<HTMLElement>('button, select, input:not([type="file"]), .open-file')].map(
        (control) => {
          const box = control.getBoundingClientRect();
          return { id: control.id || control.className, width: box.width, height: box.height };
        },
      ),
    );
    for (const control of controls) {
      expect(control.width, control.id).toBeGreaterThanOrEqual(24);
      expect(control.height, control.id).toBeGreaterThanOrEqual(24);
    }
    const fontSize = await viewer
      .locator('.bar')
      .evaluate((bar) => parseFloat(getComputedStyle(bar).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(13);
    await expect
      .poll(() => viewer.getByTestId('viewer-message').textContent(), { timeout: 30_000 })
      .not.toMatch(/Opening|Reading/);
    await viewer.locator('#toggle-sidebar').click();
    const frame = await sidebarFrame(ext, viewer);
    await frame.waitForLoadState('load');
    await frame.locator('.sidebar-title').waitFor();
    await viewer.screenshot({ path: join(RESULTS, 'viewer.png') });
    await viewer.close();
  });

  test("the sidebar's export and import panel", async () => {
    const sidebar = await sidebarFrame(ext, plan);
    const transfer = sidebar.getByTestId('transfer');
    const open = () => transfer.evaluate((details) => (details as HTMLDetailsElement).open);
    await plan.bringToFront();
    if (!(await open())) {
      // From the keyboard, as export-import.test.ts does: the frame sits in a closed shadow root.
      const toggle = sidebar.getByTestId('transfer-toggle');
      await toggle.focus();
      await toggle.press('Enter');
    }
    await expect.poll(open).toBe(true);
    await sidebar.getByTestId('export-csv').waitFor();
    await transfer.evaluate((details) => details.scrollIntoView({ block: 'end' }));
    await sidebar.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // The sidebar is the right-hand part of the window.
    const viewport = plan.viewportSize() ?? { width: 1280, height: 860 };
    const width = 420;
    await plan.screenshot({
      path: join(RESULTS, 'export-panel.png'),
      clip: { x: viewport.width - width, y: 0, width, height: viewport.height },
    });
  });

  test('settings: sign-out is a quiet button; an invitation shows whole, with a Copy button that says Copied', async () => {
    const settings = await ext.context.newPage();
    await settings.setViewportSize({ width: 820, height: 1400 });
    await settings.goto(`chrome-extension://${ext.id}/src/settings/settings.html`);
    await settings.getByLabel('Server address').fill(sync.origin);
    await settings.getByRole('button', { name: 'Save address' }).click();
    await settings.getByTestId('settings-server-saved').filter({ hasText: sync.origin }).waitFor(SOON);
    await settings.getByLabel('Username').fill(`look-${process.pid}`);
    await settings.getByLabel(/^Password/).fill('correct horse battery');
    await settings.getByRole('button', { name: 'Create account' }).click();
    await settings.getByTestId('settings-signout').waitFor(SOON);

    // Signing out is not what the page is for: an outlined button, not the filled one the forms submit with.
    const signOut = await background(settings, 'settings-signout');
    expect(signOut).not.toBe(await background(settings, 'settings-server-save'));

    await settings.getByLabel('Group name').fill('Procurement reviewers');
    await settings.getByRole('button', { name: 'Create group' }).click();
    const field = settings.getByTestId('settings-new-invitation');
    await field.waitFor(SOON);
    const invitation = await field.inputValue();
    expect(invitation).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    // One line in a monospace face: the token is never broken inside.
    const look = await field.evaluate((element) => ({
      family: getComputedStyle(element).fontFamily,
      height: element.getBoundingClientRect().height,
    }));
    expect(look.family).toMatch(/mono/i);
    expect(look.height).toBeLessThan(48);

    // navigator.clipboard first.
    const copy = settings.getByTestId('settings-new-invitation-copy');
    expect((await copy.textContent())?.trim()).toBe('Copy');
    await copy.click();
    await expect.poll(async () => (await copy.textContent())?.trim(), SOON).toBe('Copied');
    expect(await settings.evaluate(() => navigator.clipboard.readText())).toBe(invitation);
    // The invitation link beside it: the server's /join with the invitation in the fragment.
    const linkCopy = settings.getByTestId('settings-new-invitation-link-copy');
    await linkCopy.click();
    await expect.poll(async () => (await linkCopy.textContent())?.trim(), SOON).toBe('Copied');
    expect(await settings.evaluate(() => navigator.clipboard.readText())).toBe(
      `${sync.origin}/join#${invitation}`,
    );
    await settings.screenshot({ path: join(RESULTS, 'settings.png'), fullPage: true });

    // Where the clipboard API refuses, the selected field is copied instead.
    await settings.evaluate(() => navigator.clipboard.writeText('something else'));
    await settings.reload();
    await settings.getByTestId('settings-show-invitation').click();
    const shown = settings.getByTestId('settings-invitation');
    await shown.waitFor(SOON);
    expect(await shown.inputValue()).toBe(invitation);
    await settings.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')),
      });
    });
    const copyShown = settings.getByTestId('settings-invitation-copy');
    await copyShown.click();
    await expect.poll(async () => (await copyShown.textContent())?.trim(), SOON).toBe('Copied');
    expect(await settings.evaluate(() => navigator.clipboard.readText())).toBe(invitation);
    await settings.close();
  });
});
