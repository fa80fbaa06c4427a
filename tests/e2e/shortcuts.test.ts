import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import {
  browserAvailable,
  launchWithExtension,
  paintedTexts,
  selectWithMouse,
  sidebarFrame,
  tabIdOf,
  type LoadedExtension,
} from './support/extension.ts';

const run = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and dist/chrome from `npm run build`',
);

const FIRST = 'publish every contract for public works above 50,000 euros';
const SHORTCUTS: Record<string, string | undefined> = {
  _execute_action: 'Alt+Shift+A',
  'highlight-selection': 'Alt+Shift+H',
  'comment-selection': 'Alt+Shift+C',
  'toggle-sidebar': 'Alt+Shift+S',
  // Chrome suggests at most four keys; these two wait for the user's choice of key.
  'next-annotation': undefined,
  'previous-annotation': undefined,
  'toggle-highlights': undefined,
};

/**
 * Keyboard shortcuts. A key pressed through automation reaches the page, not the browser's own
 * shortcut handling, so each test fires the command the way the browser does when its key is pressed:
 * `chrome.commands.onCommand` in the service worker, with the tab it was pressed in. Everything after
 * that (starting the annotator, reading the selection, storing, painting) runs as for a user.
 */
describe.skipIf(!run)('keyboard shortcuts (chrome.commands)', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    server = await new FixtureServer().start();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/plan.html`);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  async function press(command: string): Promise<void> {
    const tabId = await tabIdOf(ext, page);
    await ext.worker.evaluate(
      async ({ command, tabId }) => {
        const tab = await chrome.tabs.get(tabId);
        const event = chrome.commands.onCommand as unknown as {
          dispatch(command: string, tab: chrome.tabs.Tab): void;
        };
        event.dispatch(command, tab);
      },
      { command, tabId },
    );
  }

  const storedCount = () =>
    ext.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('plan-annotator');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('annotations').objectStore('annotations').count();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          };
        }),
    );

  test('the manifest declares every shortcut with its suggested key', async () => {
    const declared = await ext.worker.evaluate(() => chrome.runtime.getManifest().commands ?? {});
    for (const [name, key] of Object.entries(SHORTCUTS)) {
      expect(declared[name], name).toBeDefined();
      const suggested = declared[name]?.suggested_key as { default?: string } | undefined;
      expect(suggested?.default, name).toBe(key);
      expect(declared[name]?.description, name).not.toBe('');
    }
    const listed = await ext.worker.evaluate(async () => (await chrome.commands.getAll()).map((c) => c.name));
    expect(listed.sort()).toEqual(Object.keys(SHORTCUTS).sort());
  });

  test('the highlight shortcut starts the annotator and highlights the selection', async () => {
    expect(await storedCount()).toBe(0);
    await page.bringToFront();
    await selectWithMouse(page, FIRST);
    await press('highlight-selection');
    await expect.poll(() => paintedTexts(page), { timeout: 15_000 }).toContain(FIRST);
    // The highlight is painted before the background has stored it: wait for the save.
    await expect.poll(storedCount, { timeout: 15_000 }).toBe(1);
    // The selection is used up: a second press with nothing selected stores nothing more.
    await press('highlight-selection');
    await page.waitForTimeout(500);
    expect(await storedCount()).toBe(1);
  });

  test('next and previous bring each annotation into view and focus its card, in reading order', async () => {
    // Made out of reading order, so the order followed is the page's, not the order of creation.
    await selectWithMouse(page, 'searchable by name and company number');
    await press('highlight-selection');
    await expect.poll(() => storedCount(), { timeout: 10_000 }).toBe(2);
    await selectWithMouse(page, 'Beneficial ownership register');
    await press('highlight-selection');
    await expect.poll(() => storedCount(), { timeout: 10_000 }).toBe(3);
    const sidebar = await sidebarFrame(ext, page);
    const focusedQuote = () =>
      sidebar
        .locator('[data-testid="annotation-card"][data-focused="true"] [data-testid="card-quote"]')
        .textContent();
    await press('next-annotation');
    await expect.poll(focusedQuote, { timeout: 10_000 }).toContain('publish every contract');
    await press('next-annotation');
    await expect.poll(focusedQuote).toContain('Beneficial ownership register');
    await press('next-annotation');
    await expect.poll(focusedQuote).toContain('searchable by name');
    await press('previous-annotation');
    await expect.poll(focusedQuote).toContain('Beneficial ownership register');
    await press('previous-annotation');
    await expect.poll(focusedQuote).toContain('publish every contract');
    await press('previous-annotation');
    await expect.poll(focusedQuote).toContain('searchable by name');
  });

  test('the sidebar shortcut hides and shows the sidebar', async () => {
    const frame = await (await sidebarFrame(ext, page)).frameElement();
    expect(await frame.isVisible()).toBe(true);
    await press('toggle-sidebar');
    await expect.poll(() => frame.isVisible()).toBe(false);
    await press('toggle-sidebar');
    await expect.poll(() => frame.isVisible()).toBe(true);
  });

  test('the highlights shortcut hides them on the site and shows them again', async () => {
    const painted = (await paintedTexts(page)).length;
    expect(painted).toBeGreaterThan(0);
    await press('toggle-highlights');
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toEqual([]);
    await press('toggle-highlights');
    await expect.poll(async () => (await paintedTexts(page)).length, { timeout: 10_000 }).toBe(painted);
  });

  test('the comment shortcut opens the editor on the selection', async () => {
    const phrase = 'linked to the procurement portal';
    const sidebar = await sidebarFrame(ext, page);
    // Not on the sidebar before: no card or outline entry quotes it.
    expect(await sidebar.evaluate(() => document.body.textContent ?? '')).not.toContain(phrase);
    await selectWithMouse(page, phrase);
    await press('comment-selection');
    const editor = sidebar.locator('textarea').first();
    await expect.poll(() => editor.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => sidebar.evaluate(() => document.body.textContent ?? '')).toContain(phrase);
  });
});
