/** The Firefox driver: puppeteer-core over WebDriver BiDi, Debian's Firefox ESR (support/driver.ts). */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle, type Frame, type KeyInput, type Page } from 'puppeteer-core';
import { until, type Driver, type LaunchOptions, type TestFrame, type TestPage } from './driver.ts';
import { phraseEnds } from './phrase-ends.ts';
import { EXTENSION_UUID, FIREFOX, FIREFOX_BUILD, firefoxPrefs } from './firefox.ts';

const SIDEBAR_PATH = '/src/sidebar/sidebar.html';

function frameOf(target: Frame, keyboardOf: () => Page): TestFrame {
  const frame: TestFrame = {
    url: () => target.url(),
    evaluate: (fn, arg) => target.evaluate(fn as never, arg as never) as never,
    async click(selector) {
      await target.locator(selector).setTimeout(15_000).click();
    },
    async fill(selector, text) {
      await target.locator(selector).setTimeout(15_000).fill(text);
    },
    async press(selector, key) {
      await target.locator(selector).setTimeout(15_000).wait();
      await target.focus(selector);
      await pressKeys(keyboardOf(), key);
    },
    async setInputFiles(selector, path) {
      const input = await target.waitForSelector(selector);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    async choose(selector, value) {
      await target.waitForSelector(selector, { timeout: 15_000 });
      await target.select(selector, value);
    },
    async focus(selector) {
      await target.waitForSelector(selector, { timeout: 15_000 });
      await target.focus(selector);
    },
    text: (selector) =>
      target.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector) as Promise<
        string | null
      >,
    texts: (selector) =>
      target.evaluate(
        (s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''),
        selector,
      ) as Promise<string[]>,
    count: (selector) =>
      target.evaluate((s) => document.querySelectorAll(s).length, selector) as Promise<number>,
    async waitFor(selector, timeout = 15_000) {
      await target.waitForSelector(selector, { visible: true, timeout });
    },
    async waitForText(text, timeout = 15_000) {
      await until(
        () => target.evaluate(() => document.body?.innerText ?? '') as Promise<string>,
        (body) => body.includes(text),
        `the text "${text}"`,
        timeout,
      );
    },
    attribute: (selector, name) =>
      target.evaluate(
        (s, attr) => {
          const element = document.querySelector(s);
          if (!element) return null;
          const value = (element as unknown as Record<string, unknown>)[attr];
          if (typeof value === 'boolean' || typeof value === 'string') return String(value);
          return element.getAttribute(attr);
        },
        selector,
        name,
      ) as Promise<string | null>,
  };
  return frame;
}

/**
 * `Control+Enter` as puppeteer presses it: modifiers down, the key, modifiers up. Playwright's
 * `ControlOrMeta` is Control here (Linux), Meta on macOS; Playwright's `Space` is puppeteer's `' '` over BiDi.
 */
async function pressKeys(page: Page, combo: string): Promise<void> {
  const primary = process.platform === 'darwin' ? 'Meta' : 'Control';
  const keys = combo
    .split('+')
    .map((k) => (k === 'ControlOrMeta' ? primary : k === 'Space' ? ' ' : k)) as KeyInput[];
  const key = keys.pop() as KeyInput;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

/**
 * Opens one of our extension pages in `page`. WebDriver BiDi navigates to `moz-extension:` only with
 * `--remote-allow-system-access`, and does not report that navigation's load: wait for the document.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
  await until(
    () => page.evaluate(() => `${document.readyState} ${location.href}`),
    (state) => state === `complete ${url}`,
    `the extension page ${url}`,
  );
}

function pageOf(page: Page): TestPage {
  return {
    ...frameOf(page.mainFrame(), () => page),
    async goto(url) {
      // BiDi reports the load of neither our pages nor the browser's own (about:robots): ask the document.
      if (url.startsWith('moz-extension:') || url.startsWith('about:')) await openExtensionPage(page, url);
      else await page.goto(url);
    },
    async reload() {
      // BiDi does not follow our pages' navigations (page.url() stays about:blank): ask the document.
      const url = await page.evaluate(() => location.href);
      if (url.startsWith('moz-extension:')) {
        // BiDi may not reload our pages either: the page reloads itself, as F5 would.
        await page.evaluate(() => {
          (window as { beforeReload?: boolean }).beforeReload = true;
          setTimeout(() => location.reload(), 0);
        });
        await until(
          () =>
            page.evaluate(() =>
              (window as { beforeReload?: boolean }).beforeReload
                ? ''
                : `${document.readyState} ${location.href}`,
            ),
          (state) => state === `complete ${url}`,
          `the reload of ${url}`,
        );
      } else {
        await page.reload();
      }
    },
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    async selectText(phrase) {
      const box = await page.evaluate(phraseEnds, phrase);
      await page.mouse.move(box.x1, box.y1);
      await page.mouse.down();
      await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
      await page.mouse.move(box.x2, box.y2, { steps: 5 });
      await page.mouse.up();
    },
    clickInClosedShadow: (host, inner) => clickInClosedShadow(page, host, inner),
    async shownTextInClosedShadow(host, inner) {
      const element = await inClosedShadow(page, host, inner);
      if (!element) throw new Error(`${inner} not found in ${host}`);
      return element.evaluate((e) => (e.checkVisibility() ? e.textContent : null));
    },
    async drag(from, to) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
      await page.mouse.move(to.x, to.y, { steps: 4 });
      await page.mouse.up();
    },
    dblclick: (x, y) => page.mouse.click(x, y, { count: 2 }),
    keyPress: (combo) => pressKeys(page, combo),
    keyType: (text) => page.keyboard.type(text),
  };
}

/**
 * A closed shadow root is out of the page's reach, but WebDriver BiDi serialises an element's shadow
 * root whatever its mode (`openOrClosedShadowRoot`); from that reference the element is found, and
 * clicked with the real mouse once it is shown and has stopped moving.
 */
async function inClosedShadow(
  page: Page,
  hostSelector: string,
  innerSelector: string,
): Promise<ElementHandle | null> {
  const host = await page.$(hostSelector);
  if (!host) throw new Error(`${hostSelector} is not on the page`);
  // puppeteer-core keeps the BiDi remote value and the realm it came from on its handles.
  const internal = host as unknown as {
    remoteValue(): { value?: { shadowRoot?: unknown } };
    realm: { createHandle(value: unknown): ElementHandle };
  };
  const shadowValue = internal.remoteValue().value?.shadowRoot;
  if (!shadowValue) throw new Error(`${hostSelector} has no shadow root`);
  const root = internal.realm.createHandle(shadowValue);
  return root.$(innerSelector);
}

async function clickInClosedShadow(page: Page, hostSelector: string, innerSelector: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let previous = '';
  for (;;) {
    const element = await inClosedShadow(page, hostSelector, innerSelector);
    const box = element ? await element.boundingBox() : null;
    const current = box ? `${box.x},${box.y},${box.width},${box.height}` : '';
    if (box && box.width > 0 && current === previous) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      return;
    }
    if (Date.now() > deadline) throw new Error(`${innerSelector} in ${hostSelector} never became visible`);
    previous = current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchFirefox(options: LaunchOptions): Promise<Driver> {
  const downloads = await mkdtemp(join(tmpdir(), 'plan-annotator-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 860 },
    // Lets WebDriver BiDi open the extension's own pages (the popup, the settings) in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...firefoxPrefs(options.hosts ?? []),
      // Downloads go to this run's folder without a dialog, as a user who chose "always save there".
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path}`;

  // A page of the extension kept open, where `inExtension` runs: the same origin, storage and APIs
  // as the background (an event page in Firefox).
  const consolePage = await browser.newPage();
  await openExtensionPage(consolePage, extensionUrl('src/settings/settings.html'));

  const wrap = (page: Page) => pageOf(page);
  const rawPages = new WeakMap<TestPage, Page>();
  const track = (page: Page) => {
    const wrapped = wrap(page);
    rawPages.set(wrapped, page);
    return wrapped;
  };
  const raw = (page: TestPage) => {
    const found = rawPages.get(page);
    if (!found) throw new Error('not a page of this driver');
    return found;
  };

  const driver: Driver = {
    name: 'firefox',
    promptsAnswered: true,
    async newPage(url) {
      const page = await browser.newPage();
      if (url) await page.goto(url);
      return track(page);
    },
    async extensionPage(path) {
      const page = await browser.newPage();
      await openExtensionPage(page, extensionUrl(path));
      return track(page);
    },
    async popupFor(target) {
      const tabId = await driver.tabIdOf(target);
      return driver.extensionPage(`popup/popup.html?tab=${tabId}`);
    },
    async findPage(test) {
      for (const page of await browser.pages()) {
        if (page === consolePage) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (test(href)) return track(page);
      }
      return undefined;
    },
    inExtension: (fn, arg) => consolePage.evaluate(fn as never, arg as never) as never,
    async tabIdOf(page) {
      const url = await raw(page).evaluate(() => location.href);
      // Firefox's match patterns take no port, so the tab is found by its address, not by a pattern.
      const id = await consolePage.evaluate(
        async (u) => (await chrome.tabs.query({})).find((tab) => tab.url === u)?.id,
        url,
      );
      if (id === undefined) throw new Error(`no tab found for ${url}`);
      return id;
    },
    async sidebar(page) {
      // BiDi does not report the frame's navigation to our page (its url stays about:blank): ask it.
      const found = await until(
        async () => {
          for (const frame of raw(page).frames()) {
            const href = await frame.evaluate(() => location.href).catch(() => '');
            if (href.includes(SIDEBAR_PATH)) return frame;
          }
          return null;
        },
        (frame) => frame !== null,
        'the sidebar frame',
      );
      return frameOf(found as Frame, () => raw(page));
    },
    async download(_where, click) {
      const before = new Set(await readdir(downloads));
      await click();
      // A new file, complete: Firefox writes `<name>.part` beside it until the download ends.
      const name = await until(
        async () => {
          const files = await readdir(downloads);
          const fresh = files.filter((f) => !before.has(f) && !f.endsWith('.part'));
          const writing = files.some((f) => f.endsWith('.part'));
          return fresh.length === 1 && !writing ? (fresh[0] as string) : '';
        },
        (found) => found !== '',
        'the download',
      );
      const path = join(downloads, name);
      return { name, text: await readFile(path, 'utf8'), path };
    },
    extensionUrl,
    async close() {
      await browser.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };

  // What the user allowed, asked for as they would: a click in an extension page, answered by the pref.
  const wanted = [
    ...(options.sites ?? []).map((site) => `${new URL(site).protocol}//${new URL(site).hostname}/*`),
  ];
  if (wanted.length > 0) await allowOrigins(consolePage, wanted);
  return driver;
}

/**
 * Grants host permissions the way a user does where the sidebar offers it: `permissions.request` from a
 * click, prompt answered, then the extension told the user chose the site (`site.allowed`), which Firefox
 * needs for a host its detector covers (a `.gov` name), listed as granted from install though nobody chose it.
 */
async function allowOrigins(page: Page, origins: string[]): Promise<void> {
  await page.evaluate((wanted) => {
    const button = document.createElement('button');
    button.id = 'e2e-allow';
    button.textContent = 'Allow';
    button.style.cssText = 'position:fixed;top:0;left:0;width:80px;height:40px;z-index:99';
    button.addEventListener('click', () => {
      void chrome.permissions
        .request({ origins: wanted })
        .then(async (granted) => {
          for (const pattern of granted ? wanted : []) {
            await chrome.runtime.sendMessage({ type: 'site.allowed', payload: { pattern, chosen: true } });
          }
          return granted;
        })
        .then(
          (granted) => {
            button.dataset['granted'] = String(granted);
          },
          (error: unknown) => {
            button.dataset['granted'] = `error: ${String(error)}`;
          },
        );
    });
    document.body.append(button);
  }, origins);
  await page.click('#e2e-allow');
  const granted = await until(
    () => page.evaluate(() => document.querySelector<HTMLElement>('#e2e-allow')?.dataset['granted'] ?? ''),
    (value) => value !== '',
    'the permission request',
  );
  await page.evaluate(() => document.querySelector('#e2e-allow')?.remove());
  if (granted !== 'true') throw new Error(`Firefox did not grant ${origins.join(', ')}`);
}
