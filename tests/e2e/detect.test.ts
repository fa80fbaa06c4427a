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
const HOST = 'plan-annotator-pdf-link';
/** A host under `*.gov`, where the manifest runs the detector, resolved by the browser to the test server. */
const GOV_HOST = 'plans.example.gov';

describeInBrowsers(
  'the always-on plan detector',
  (browser) => {
    let driver: Driver;
    let server: FixtureServer;
    let origin: string;
    let plan: TestPage;
    let other: TestPage;

    beforeAll(async () => {
      server = await new FixtureServer().start();
      origin = `http://${GOV_HOST}:${server.port}`;
      // The corpus page links its PDF on data.gov.uk; the copy served here links the test server instead,
      // so that the viewer opened from it never reaches the network.
      const html = await readFile(join(corpus as string, 'pages', PLAN_PAGE), 'utf8');
      server.serveContent(
        `/${PLAN_PAGE}`,
        html.replaceAll('https://data.gov.uk/sites/default/files/', `${origin}/files/`),
      );
      driver = await launch(browser, { hosts: [GOV_HOST] });
      plan = await driver.newPage(`${origin}/${PLAN_PAGE}`);
      other = await driver.newPage(`${origin}/not-a-plan.html`);
    });

    afterAll(async () => {
      await driver?.close();
      await server?.stop();
    });

    const badge = (tabId: number) =>
      driver.inExtension((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const title = (tabId: number) => driver.inExtension((id) => chrome.action.getTitle({ tabId: id }), tabId);
    /**
     * The tab the detector reported as `kind`. The extension may not see the address of a tab on a site
     * the user never allowed (that is the point), so the tab is found by what the detector said of it.
     */
    const tabOfKind = (kind: string) =>
      driver.inExtension(async (wanted) => {
        const all = await chrome.storage.session.get(null);
        const key = Object.keys(all).find(
          (k) => k.startsWith('detection-tab:') && (all[k] as { kind?: string }).kind === wanted,
        );
        return key ? Number(key.slice('detection-tab:'.length)) : null;
      }, kind);

    test('the badge marks the plan page and leaves the other page alone', async () => {
      await expect.poll(() => tabOfKind('action-plan'), { timeout: 10_000 }).not.toBeNull();
      // The other page reported too, as no plan (its PDF links are no plans), and its badge stays empty.
      await expect.poll(() => tabOfKind('other'), { timeout: 10_000 }).not.toBeNull();
      const planTab = (await tabOfKind('action-plan')) as number;
      const otherTab = (await tabOfKind('other')) as number;
      await expect.poll(() => badge(planTab), { timeout: 10_000 }).toBe('PLAN');
      expect(await title(planTab)).toMatch(/^Plan Annotator: this looks like an action plan — /);
      expect(await other.count(HOST)).toBe(0);
      expect(await badge(otherTab)).toBe('');
      expect(await title(otherTab)).toBe('Plan Annotator');
    });

    test("the detector's hosts are not sites the user allowed: the popup says highlights wait for a click", async () => {
      // Firefox lists the detector's hosts as granted origins from install; nobody chose them, so
      // highlights are not restored there by themselves in either browser (browser.ts `siteAllowed`).
      // (Chromium hides the address of a tab on a site nobody allowed, and the popup then says nothing
      // of the site; Firefox shows it, and the popup must not claim what the user never chose.)
      const popup = await driver.extensionPage(`popup/popup.html?tab=${await tabOfKind('action-plan')}`);
      await expect.poll(() => popup.text(tid('popup-detection'))).toContain('This looks like an action plan');
      const site = await popup.text(tid('popup-site'));
      if (browser === 'firefox' || site !== null) {
        expect(site).toBe('On this site, highlights come back when you choose “Annotate this page”');
      }
      await popup.close();
      // The detector injected no annotator: the page holds only the detector's button host.
      expect(await plan.count('plan-annotator')).toBe(0);
    });

    test('the popup says the page looks like an action plan, and why', async () => {
      const popup = await driver.extensionPage(`popup/popup.html?tab=${await tabOfKind('action-plan')}`);
      await expect
        .poll(() => popup.text(tid('popup-detection')))
        .toContain('This looks like an action plan (en)');
      expect(await popup.count(`${tid('popup-detection')} li`)).toBeGreaterThan(0);
      await popup.close();

      const otherPopup = await driver.extensionPage(`popup/popup.html?tab=${await tabOfKind('other')}`);
      await expect.poll(() => otherPopup.text(tid('popup-status'))).not.toContain('Checking');
      expect(await otherPopup.count(tid('popup-detection'))).toBe(0);
      await otherPopup.close();
    });

    test('a plan PDF link gets an Annotate button that opens the viewer beside the page', async () => {
      await plan.bringToFront();
      expect(await plan.count(HOST)).toBe(1);
      // The button lives in a closed shadow root: the page can see the host, not the button.
      expect(
        await plan.evaluate((host) => document.querySelector(host)?.shadowRoot ?? null, HOST),
      ).toBeNull();
      const planTab = (await tabOfKind('action-plan')) as number;
      await plan.clickInClosedShadow(HOST, 'button[aria-label="Annotate this plan PDF in Plan Annotator"]');
      const viewer = async () =>
        driver.inExtension(async (opener) => {
          const tabs = await chrome.tabs.query({});
          const source = tabs.find((t) => t.id === opener);
          const found = tabs.find((t) => (t.url || t.pendingUrl || '').includes('viewer.html?file='));
          return found && source
            ? { url: found.url || found.pendingUrl || '', beside: found.index === source.index + 1 }
            : null;
        }, planTab);
      await expect.poll(viewer, { timeout: 10_000 }).not.toBeNull();
      const opened = await viewer();
      expect(opened?.url).toContain(`src/viewer/viewer.html?file=${encodeURIComponent(`${origin}/files/`)}`);
      expect(opened?.beside).toBe(true);
    });
  },
  { skip: !corpus },
);
