import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition, requireResource } from '../support/require-env.ts';
import {
  firefoxAvailable,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from './support/firefox.ts';

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env['PLAN_CORPUS_DIR'],
  'it names the folder of the plan corpus (e.g. /work/shared/corpus)',
);
const firefox = requireCondition(
  'Firefox and the Firefox build',
  firefoxAvailable(),
  'this test needs /usr/bin/firefox-esr (apt-get install firefox-esr, or FIREFOX_PATH) and dist/firefox from `npm run build`',
);

/** A host the manifest's detector covers (`*.gov`), resolved to the test server by Firefox. */
const HOST = 'plans.example.gov';
const PLAN_PAGE = 'uk-data-gov-national-action-plan-2013.html';
const PLAN_PDF = 'NAP1.pdf';
/** A phrase on the first page of NAP1.pdf. */
const PHRASE = 'Open Government';

/**
 * The Firefox build in Debian's Firefox ESR: the same bundle as in Chromium, with the derived manifest.
 * It runs the detector (content script), the background (messages, IndexedDB), the PDF viewer (pdf.js
 * and its worker) and the highlighter (CSS Custom Highlights), end to end.
 */
describe.skipIf(!corpus || !firefox)('the Firefox build in Firefox', () => {
  let ff: FirefoxWithExtension;
  let server: Server;
  let origin: string;
  let viewer: Page;

  beforeAll(async () => {
    const html = await readFile(join(corpus as string, 'pages', PLAN_PAGE), 'utf8');
    const pdf = await readFile(join(corpus as string, 'plans', PLAN_PDF));
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (path.endsWith('.pdf')) {
        response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
      } else if (path === '/plan.html') {
        // The page links its PDF on data.gov.uk; here every PDF it links is the test server's plan.
        const local = html.replaceAll('https://data.gov.uk/sites/default/files/', '/files/');
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(local);
      } else {
        response.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://${HOST}:${(server.address() as AddressInfo).port}`;
    ff = await launchFirefoxWithExtension([HOST]);
  });

  afterAll(async () => {
    await ff?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function findViewer(): Promise<Page | undefined> {
    for (const page of await ff.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.includes('/src/viewer/viewer.html')) return page;
    }
    return undefined;
  }

  test("the detector marks the plan's PDF link, and its Annotate button opens the viewer by keyboard", async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${origin}/plan.html`);
    await page.waitForSelector('plan-annotator-pdf-link', { timeout: 15_000 });
    // The button lives in a closed shadow root; a keyboard user reaches it with Tab.
    await page.focus('body');
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName === 'PLAN-ANNOTATOR-PDF-LINK');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(findViewer, { timeout: 15_000, interval: 250 }).toBeDefined();
    viewer = (await findViewer()) as Page;
    expect(await viewer.evaluate(() => decodeURIComponent(location.search))).toContain(`${origin}/files/`);
  });

  test('the viewer reads the PDF with pdf.js, and the background knows it by fingerprint', async () => {
    await viewer.waitForSelector('.page[data-page-number="1"] .textLayer .endOfContent', { timeout: 30_000 });
    expect(await viewer.evaluate(() => document.querySelectorAll('.page').length)).toBe(10);
    // The viewer announces the PDF once its fingerprint is read; until then the background says so.
    const list = () =>
      viewer.evaluate(() => chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} }));
    await expect.poll(async () => ((await list()) as { ok: boolean }).ok, { timeout: 15_000 }).toBe(true);
    expect(await list()).toMatchObject({
      ok: true,
      value: { documentUri: expect.stringMatching(/^urn:x-pdf:[0-9a-f]{32}$/) },
    });
  });

  test('a highlight saved in IndexedDB is painted again after a reload', async () => {
    const saved = await viewer.evaluate(async (exact) => {
      const list = (await chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} })) as {
        value: { documentUri: string };
      };
      const now = new Date().toISOString();
      return chrome.runtime.sendMessage({
        type: 'annotations.save',
        payload: {
          annotation: {
            id: crypto.randomUUID(),
            motivation: 'highlighting',
            target: {
              source: list.value.documentUri,
              selector: [
                { type: 'TextQuoteSelector', exact },
                {
                  type: 'FragmentSelector',
                  conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
                  value: 'page=1',
                  refinedBy: { type: 'TextQuoteSelector', exact },
                },
              ],
            },
            body: { comment: '', tags: [] },
            document: { title: 'NAP1' },
            visibility: 'private',
            created: now,
            modified: now,
          },
        },
      });
    }, PHRASE);
    expect(saved).toMatchObject({ ok: true });

    // WebDriver BiDi may not navigate extension pages; the page reloads itself, as F5 would.
    // A mark on the old document tells it apart from the reloaded one.
    await viewer.evaluate(() => {
      (window as { beforeReload?: boolean }).beforeReload = true;
      setTimeout(() => location.reload(), 0);
    });
    const reloaded = () =>
      viewer
        .evaluate(() =>
          (window as { beforeReload?: boolean }).beforeReload
            ? -1
            : document.querySelectorAll('.page').length,
        )
        .catch(() => -1);
    await expect.poll(reloaded, { timeout: 30_000 }).toBe(10);
    await viewer.waitForSelector('.page[data-page-number="1"] .textLayer .endOfContent', { timeout: 30_000 });
    const painted = () =>
      viewer.evaluate(() => {
        const texts: string[] = [];
        CSS.highlights.forEach((highlight) => {
          for (const range of highlight) texts.push((range as Range).toString());
        });
        return texts;
      });
    await expect.poll(painted, { timeout: 15_000, interval: 250 }).toContain(PHRASE);
  });
});
