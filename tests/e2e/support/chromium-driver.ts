/** The Chromium driver: playwright-core over the DevTools protocol (support/driver.ts says why). */
import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import type { Driver, LaunchOptions, TestFrame, TestPage } from './driver.ts';
import {
  clickInClosedShadow,
  launchWithExtension,
  selectWithMouse,
  shownTextInClosedShadow,
  sidebarFrame,
  tabIdOf,
  type LoadedExtension,
} from './extension.ts';

const EVERY_SITE = ['http://*/*', 'https://*/*'];

function frameOf(target: Frame | Page): TestFrame {
  return {
    url: () => target.url(),
    evaluate: (fn, arg) => target.evaluate(fn as never, arg) as never,
    async click(selector) {
      await target.locator(selector).first().click();
    },
    async fill(selector, text) {
      await target.locator(selector).first().fill(text);
    },
    async press(selector, key) {
      await target.locator(selector).first().press(key);
    },
    setInputFiles: (selector, path) => target.locator(selector).setInputFiles(path),
    async choose(selector, value) {
      await target.locator(selector).first().selectOption(value);
    },
    async focus(selector) {
      await target.locator(selector).first().focus();
    },
    async text(selector) {
      const found = target.locator(selector);
      return (await found.count()) === 0 ? null : found.first().textContent();
    },
    texts: (selector) => target.locator(selector).allTextContents(),
    count: (selector) => target.locator(selector).count(),
    async waitFor(selector, timeout = 15_000) {
      await target.locator(selector).first().waitFor({ timeout });
    },
    async waitForText(text, timeout = 15_000) {
      await target.getByText(text).first().waitFor({ timeout });
    },
    attribute: (selector, name) =>
      target
        .locator(selector)
        .first()
        .evaluate((element, attr) => {
          const value = (element as unknown as Record<string, unknown>)[attr];
          if (typeof value === 'boolean' || typeof value === 'string') return String(value);
          return element.getAttribute(attr);
        }, name),
  };
}

function pageOf(page: Page): TestPage {
  return {
    ...frameOf(page),
    async goto(url) {
      await page.goto(url);
    },
    async reload() {
      await page.reload();
    },
    close: () => page.close(),
    async bringToFront() {
      await page.bringToFront();
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    selectText: (phrase) => selectWithMouse(page, phrase),
    clickInClosedShadow: (host, inner) => clickInClosedShadow(page, host, inner),
    shownTextInClosedShadow: (host, inner) => shownTextInClosedShadow(page, host, inner),
    async drag(from, to) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
      await page.mouse.move(to.x, to.y, { steps: 4 });
      await page.mouse.up();
    },
    dblclick: (x, y) => page.mouse.dblclick(x, y),
    keyPress: (combo) => page.keyboard.press(combo),
    keyType: (text) => page.keyboard.type(text),
  };
}

export async function launchChromium(options: LaunchOptions): Promise<Driver> {
  const ext: LoadedExtension = await launchWithExtension(
    (manifest) => {
      // The mapped host names are only resolved: a test grants a site through `sites`, as its user would.
      const hosts = ['http://127.0.0.1/*'];
      manifest['host_permissions'] = hosts;
      for (const site of options.sites ?? [])
        hosts.push(`${new URL(site).protocol}//${new URL(site).hostname}/*`);
      if (options.everySite) hosts.push(...EVERY_SITE);
    },
    { hosts: options.hosts ?? [], trustedKeys: options.trustedKeys ?? [] },
  );
  const pages = new WeakMap<TestPage, Page>();
  const wrap = (page: Page) => {
    const wrapped = pageOf(page);
    pages.set(wrapped, page);
    return wrapped;
  };
  const raw = (page: TestPage) => {
    const found = pages.get(page);
    if (!found) throw new Error('not a page of this driver');
    return found;
  };
  const driver: Driver = {
    name: 'chromium',
    promptsAnswered: false,
    async newPage(url) {
      const page = await ext.context.newPage();
      if (url) await page.goto(url);
      return wrap(page);
    },
    async extensionPage(path) {
      const page = await ext.context.newPage();
      await page.goto(driver.extensionUrl(path));
      return wrap(page);
    },
    async popupFor(target) {
      const tabId = await tabIdOf(ext, raw(target));
      return driver.extensionPage(`popup/popup.html?tab=${tabId}`);
    },
    async findPage(test) {
      const page = ext.context.pages().find((p) => test(p.url()));
      return page ? wrap(page) : undefined;
    },
    inExtension: (fn, arg) => ext.worker.evaluate(fn as never, arg) as never,
    tabIdOf: (page) => tabIdOf(ext, raw(page)),
    async download(where, click) {
      const [file] = await Promise.all([raw(where).waitForEvent('download'), click()]);
      const path = await file.path();
      return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
    },
    async sidebar(page) {
      return frameOf(await sidebarFrame(ext, raw(page)));
    },
    extensionUrl: (path) => `chrome-extension://${ext.id}/${path}`,
    close: () => ext.close(),
  };
  return driver;
}
