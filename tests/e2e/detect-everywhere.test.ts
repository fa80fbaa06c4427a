import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { requireResource } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { describeInBrowsers, launch, tid, type Driver, type TestPage } from './support/driver.ts';

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env['PLAN_CORPUS_DIR'],
  'it names the folder of the plan corpus (e.g. /work/shared/corpus)',
);

const PLAN_PAGE = 'uk-data-gov-national-action-plan-2013.html';
const SETTINGS = 'src/settings/settings.html';
const TOGGLE = tid('detect-everywhere');

/**
 * 127.0.0.1 is on no government host list, so the manifest's detector never runs on the test server.
 * Only the "every site" permission brings it there, through the dynamic registration the settings page
 * switches: asked for by a click in the settings where the browser's prompt can be answered (Firefox),
 * granted at install where it cannot (Chromium, playwright#32755).
 */
describeInBrowsers(
  'the detector widened to every site',
  (browser) => {
    let server: FixtureServer;

    beforeAll(async () => {
      server = await new FixtureServer().start();
      const html = await readFile(join(corpus as string, 'pages', PLAN_PAGE), 'utf8');
      server.serveContent(`/${PLAN_PAGE}`, html);
    });
    afterAll(async () => {
      await server?.stop();
    });

    const badgeOf = (driver: Driver, tabId: number) =>
      driver.inExtension((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const storedKind = (driver: Driver, tabId: number) =>
      driver.inExtension(async (id) => {
        const key = `detection-tab:${id}`;
        return ((await chrome.storage.session.get(key))[key] as { kind?: string } | undefined)?.kind ?? null;
      }, tabId);
    const registeredIds = (driver: Driver) =>
      driver.inExtension(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));

    test('without the permission, a plan on an ordinary site is not looked at', async () => {
      const driver = await launch(browser);
      try {
        const page = await driver.newPage(`${server.origin}/${PLAN_PAGE}`);
        const tabId = await driver.tabIdOf(page);
        // Give a detector every chance to report before concluding that none ran.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(await storedKind(driver, tabId)).toBeNull();
        expect(await badgeOf(driver, tabId)).toBe('');
        expect(await registeredIds(driver)).toEqual([]);
      } finally {
        await driver.close();
      }
    });

    test('switched on, the plan is found on an ordinary site, and the settings page shows it on', async () => {
      const driver = await launch(browser, { everySite: true });
      let settings: TestPage | undefined;
      try {
        settings = await driver.extensionPage(SETTINGS);
        await expect.poll(() => settings?.attribute(TOGGLE, 'disabled')).toBe('false');
        if (driver.promptsAnswered) {
          expect(await settings.attribute(TOGGLE, 'checked')).toBe('false');
          await settings.click(TOGGLE);
        }
        await expect.poll(() => settings?.attribute(TOGGLE, 'checked')).toBe('true');
        await expect
          .poll(() => registeredIds(driver), { timeout: 10_000 })
          .toEqual(['plan-annotator-detect-everywhere']);
        // Nothing went wrong on the way: the settings say nothing.
        expect(await settings.count(tid('detect-everywhere-error'))).toBe(0);

        const page = await driver.newPage(`${server.origin}/${PLAN_PAGE}`);
        const tabId = await driver.tabIdOf(page);
        await expect.poll(() => badgeOf(driver, tabId), { timeout: 10_000 }).toBe('PLAN');
        expect(await storedKind(driver, tabId)).toBe('action-plan');

        // Switched off, the permission is given back and the detector leaves ordinary sites. In
        // Chromium this copy holds the permission as an install-time grant, which an extension cannot
        // give back; tests/unit/background/detect-everywhere.test.ts covers the step there.
        if (driver.promptsAnswered) {
          await settings.click(TOGGLE);
          await expect.poll(() => settings?.attribute(TOGGLE, 'checked')).toBe('false');
          await expect.poll(() => registeredIds(driver), { timeout: 10_000 }).toEqual([]);
          expect(await settings.count(tid('detect-everywhere-error'))).toBe(0);
        }
      } finally {
        await driver.close();
      }
    });
  },
  { skip: !corpus },
);
