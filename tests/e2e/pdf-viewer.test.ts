import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition, requireResource } from '../support/require-env.ts';
import { browserAvailable, launchWithExtension, type LoadedExtension } from './support/extension.ts';
import { PdfServer } from './support/pdf-server.ts';
import { AFTER_BREAK, BEFORE_BREAK, RUNNING_HEADER, writeReportPdf } from './support/report-pdf.ts';

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

/** A 10-page plan: the cross-page flow runs on it. */
const PLAN = 'NAP1.pdf';
/** A 47-page report: its late pages are not drawn when it opens at page 1. */
const LONG = 'nap_3_self_assessment_final.pdf';
const FAR_PAGE = 40;

describe.skipIf(!corpus || !browser)('the PDF viewer in Chromium', () => {
  let ext: LoadedExtension;
  let server: PdfServer;
  let page: Page;
  let plans: string[];

  beforeAll(async () => {
    const dir = join(corpus as string, 'plans');
    plans = (await readdir(dir)).filter((name) => name.endsWith('.pdf')).sort();
    server = await new PdfServer(dir).start();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  const viewerUrl = (file: string) =>
    `chrome-extension://${ext.id}/src/viewer/viewer.html?file=${encodeURIComponent(file)}`;

  /** Opens a PDF in the viewer and waits until its text is read and its first page's text is drawn. */
  async function openInViewer(file: string): Promise<void> {
    await page.goto(viewerUrl(file));
    await page
      .locator('.page[data-page-number="1"] .textLayer .endOfContent')
      .waitFor({ state: 'attached', timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('viewer-message').textContent(), { timeout: 30_000 })
      .not.toMatch(/Opening|Reading/);
    expect(await page.getByTestId('viewer-error').isHidden()).toBe(true);
  }

  async function storedAnnotations(): Promise<{ target: { source: string; selector: unknown[] } }[]> {
    return ext.worker.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('plan-annotator');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('annotations').objectStore('annotations').getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }

  async function painted(): Promise<{ text: string; pages: string[] }[]> {
    return page.evaluate(() => {
      const ranges = [...CSS.highlights]
        .filter(([name]) => name.startsWith('plan-annotator-') && name !== 'plan-annotator-focus')
        .flatMap(([, h]) => [...h] as Range[]);
      const pageOf = (node: Node) =>
        (node instanceof Element ? node : node.parentElement)
          ?.closest('.page')
          ?.getAttribute('data-page-number') ?? '?';
      return ranges.map((range) => ({
        text: range.toString(),
        pages: [pageOf(range.startContainer), pageOf(range.endContainer)],
      }));
    });
  }

  test('every plan PDF of the corpus opens with its text read', async () => {
    expect(plans.length).toBeGreaterThan(0);
    for (const name of plans) {
      await openInViewer(`${server.origin}/plans/${name}`);
      const progress = page.getByRole('progressbar');
      // Hidden once done; if still shown, it must say all of it.
      if (await progress.isVisible()) expect(await progress.getAttribute('aria-valuenow')).toBe('100');
      expect(await page.getByTestId('viewer-source').textContent()).toContain(`/plans/${name}`);
    }
  });

  test('the Pages panel shows every page and jumps to the one clicked', async () => {
    await openInViewer(`${server.origin}/plans/${PLAN}`);
    await page.locator('#toggle-thumbnails').click();
    const thumbnails = page.locator('#thumbnails button');
    await expect
      .poll(() => thumbnails.count())
      .toBe(Number((await page.locator('#page-count').textContent())?.replace(/\D/g, '')));
    await page.locator('#thumbnails button[data-page="5"]').click();
    await expect.poll(() => page.locator('#page-number').inputValue()).toBe('5');
    await page.locator('#toggle-thumbnails').click();
    expect(await page.locator('#thumbnails').isHidden()).toBe(true);
  });

  test('a highlight across a page break is stored with quote, position and page, and painted', async () => {
    await openInViewer(`${server.origin}/plans/${PLAN}`);
    // From the start of the last line of page 1 to the end of page 2's first heading, under its running
    // header ("U.S. National ACTION PLAN"), with the mouse.
    const from = page.locator('.page[data-page-number="1"] .textLayer span[role="presentation"]').last();
    const to = page
      .locator('.page[data-page-number="2"] .textLayer span[role="presentation"]')
      .filter({ hasText: 'INTRODUCTION' })
      .first();
    // Page 1's last line near the top of the window, so that page 2's heading is on screen too.
    await from.evaluate((line) => line.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => document.getElementById('viewer-container')?.scrollBy(0, -100));
    await page.locator('.page[data-page-number="2"] .textLayer .endOfContent').waitFor({ state: 'attached' });
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('the page break is not on screen');
    await page.mouse.move(a.x + 1, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await page.mouse.move(b.x + b.width - 1, b.y + b.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.locator('#selection-toolbar button[data-action="highlight"]').click();

    await expect.poll(async () => (await storedAnnotations()).length).toBe(1);
    const [stored] = await storedAnnotations();
    expect(stored?.target.source).toMatch(/^urn:x-pdf:[0-9a-f]+$/);
    const selector = stored?.target.selector as { type: string; exact?: string; value?: string }[];
    expect(selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
      'FragmentSelector',
    ]);
    expect(selector[0]?.exact).toContain('\n\n');
    expect(selector[0]?.exact).not.toContain('ACTION PLAN\n');
    expect(selector[2]?.value).toBe('page=1');
    // One range on each page: what lies between them (page furniture) is not painted.
    await expect
      .poll(async () => (await painted()).map((p) => p.pages))
      .toEqual([
        ['1', '1'],
        ['2', '2'],
      ]);
    // The README's picture of the viewer is taken here (and copied from test-results/).
    await mkdir(fileURLToPath(new URL('../../test-results/', import.meta.url)), { recursive: true });
    await page.screenshot({
      path: fileURLToPath(new URL('../../test-results/pdf-viewer.png', import.meta.url)),
    });
  });

  test('the highlight survives a reload and shows at a second address of the same file', async () => {
    await page.reload();
    await page.locator('.page[data-page-number="1"] .textLayer .endOfContent').waitFor({ state: 'attached' });
    await expect.poll(async () => (await painted()).length, { timeout: 30_000 }).toBeGreaterThan(0);

    // Zooming redraws the pages; the highlight must follow the text, still over the same words.
    const [stored] = await storedAnnotations();
    const quote = (stored?.target.selector[0] as { exact: string }).exact.replace(/\s+/g, '');
    const paintedQuote = async () =>
      (await painted())
        .map((p) => p.text)
        .join('')
        .replace(/\s+/g, '');
    await page.locator('.page[data-page-number="2"]').scrollIntoViewIfNeeded();
    await expect.poll(paintedQuote, { timeout: 20_000 }).toBe(quote);
    await page.locator('#zoom-in').click();
    await page.locator('#zoom-in').click();
    await expect.poll(() => page.locator('#zoom').inputValue()).not.toBe('auto');
    await expect.poll(paintedQuote, { timeout: 20_000 }).toBe(quote);

    await openInViewer(`${server.origin}/mirror/${PLAN}`);
    await expect.poll(async () => (await painted()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect((await storedAnnotations()).length).toBe(1);

    // The same file from disk, picked in the viewer: no address, same fingerprint, same annotation.
    await page.locator('#file-input').setInputFiles(join(corpus as string, 'plans', PLAN));
    await expect.poll(() => page.getByTestId('viewer-source').textContent()).toBe(PLAN);
    await expect.poll(async () => (await painted()).length, { timeout: 30_000 }).toBeGreaterThan(0);
  });

  test('the popup opens a PDF tab in the viewer, at the same page', async () => {
    const tab = await ext.context.newPage();
    const address = `${server.origin}/plans/${PLAN}`;
    // Chromium shows the PDF in its own viewer; the tab keeps the PDF's address.
    await tab.goto(`${address}#page=3`).catch(() => undefined);
    const tabId = await ext.worker.evaluate(
      async (u) => (await chrome.tabs.query({ url: u }))[0]?.id,
      address,
    );
    expect(tabId).toBeDefined();
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-open-viewer').click();
    await expect.poll(() => tab.url()).toContain('/src/viewer/viewer.html?file=');
    await tab.locator('.page[data-page-number="3"] .textLayer .endOfContent').waitFor({ state: 'attached' });
    await expect.poll(() => tab.locator('#page-number').inputValue()).toBe('3');
    await tab.close();
  });

  test('with the setting on, a plan PDF on an allowed site opens in the viewer by itself', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ openPlanPdfsInViewer: true }));
    const tab = await ext.context.newPage();
    await tab.goto(`${server.origin}/plans/${PLAN}`).catch(() => undefined);
    await expect.poll(() => tab.url(), { timeout: 15_000 }).toContain('/src/viewer/viewer.html?file=');
    await tab.close();
    await ext.worker.evaluate(() => chrome.storage.local.set({ openPlanPdfsInViewer: false }));
  });

  test('a card jumps to its highlight on a page not drawn yet', async () => {
    await openInViewer(`${server.origin}/plans/${LONG}`);
    await page.locator('#page-number').fill(String(FAR_PAGE));
    await page.locator('#page-number').press('Enter');
    const span = page
      .locator(`.page[data-page-number="${FAR_PAGE}"] .textLayer span[role="presentation"]`)
      .filter({ hasText: /[a-z]{5,} [a-z]{3,} [a-z]{3,}/ })
      .first();
    await span.waitFor();
    await span.dblclick();
    await page.locator('#selection-toolbar button[data-action="highlight"]').click();
    await expect.poll(async () => (await storedAnnotations()).length).toBe(2);

    await page.reload();
    await page.locator('.page[data-page-number="1"] .textLayer .endOfContent').waitFor({ state: 'attached' });
    expect(await page.locator(`.page[data-page-number="${FAR_PAGE}"] .textLayer`).count()).toBe(0);
    await page.locator('#toggle-sidebar').click();
    const sidebar = page.frameLocator('#sidebar');
    await sidebar.getByTestId('annotation-card').first().click();
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const focus = CSS.highlights.get('plan-annotator-focus');
            const range = focus ? ([...focus][0] as Range | undefined) : undefined;
            if (!range) return null;
            const box = range.getBoundingClientRect();
            const inView = box.top >= 0 && box.bottom <= innerHeight;
            const pageOf = (range.startContainer.parentElement?.closest('.page') as HTMLElement | null)
              ?.dataset['pageNumber'];
            return inView ? pageOf : `off screen on ${pageOf}`;
          }),
        { timeout: 20_000 },
      )
      .toBe(String(FAR_PAGE));
  });

  test('bad input gets a plain message and stores nothing', async () => {
    const before = (await storedAnnotations()).length;
    const cases: [string, RegExp][] = [
      [`${server.origin}/missing.pdf`, /could not be downloaded \(HTTP 404\)/],
      [`${server.origin}/not-a-pdf.pdf`, /not a PDF/],
      [`${server.origin}/corrupt.pdf`, /damaged|not a PDF/],
      [`${server.origin}/loop.pdf`, /could not be downloaded/],
    ];
    for (const [file, message] of cases) {
      await page.goto(viewerUrl(file));
      await expect
        .poll(() => page.getByTestId('viewer-error').textContent(), { timeout: 20_000 })
        .toMatch(message);
    }
    expect((await storedAnnotations()).length).toBe(before);
  });
});

describe.skipIf(!browser)('page furniture in the PDF viewer', () => {
  let ext: LoadedExtension;
  let server: PdfServer;
  let page: Page;
  let address: string;

  beforeAll(async () => {
    const report = await writeReportPdf();
    server = await new PdfServer(report.dir).start();
    address = `${server.origin}/plans/${report.name}`;
    ext = await launchWithExtension();
    page = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  async function open(): Promise<void> {
    await page.goto(
      `chrome-extension://${ext.id}/src/viewer/viewer.html?file=${encodeURIComponent(address)}`,
    );
    await page
      .locator('.page[data-page-number="1"] .textLayer .endOfContent')
      .waitFor({ state: 'attached', timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('viewer-message').textContent(), { timeout: 30_000 })
      .not.toMatch(/Opening|Reading/);
  }

  /** The pages each painted range starts and ends on, and its text. */
  const paintedRanges = () =>
    page.evaluate(() =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('plan-annotator-') && name !== 'plan-annotator-focus')
        .flatMap(([, h]) => [...h] as Range[])
        .map((range) => {
          const pageOf = (node: Node) =>
            (node instanceof Element ? node : node.parentElement)
              ?.closest('.page')
              ?.getAttribute('data-page-number');
          return {
            pages: [pageOf(range.startContainer), pageOf(range.endContainer)],
            text: range.toString(),
          };
        }),
    );

  test('a passage across a page break is stored without the page number and running header, and anchors again', async () => {
    await open();
    const line = (n: number, text: string) =>
      page
        .locator(`.page[data-page-number="${n}"] .textLayer span[role="presentation"]`)
        .filter({ hasText: text });
    const from = line(1, BEFORE_BREAK);
    const to = line(2, AFTER_BREAK);
    await from.scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('viewer-container')?.scrollBy(0, 200));
    await page.locator('.page[data-page-number="2"] .textLayer .endOfContent').waitFor({ state: 'attached' });
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('the page break is not on screen');
    // From the start of page 1's last line over its footer and page 2's header to the end of page 2's first.
    await page.mouse.move(a.x + 1, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await page.mouse.move(b.x + b.width + 2, b.y + b.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.locator('#selection-toolbar button[data-action="highlight"]').click();

    await expect.poll(async () => (await storedIn(ext)).length).toBe(1);
    const [stored] = await storedIn(ext);
    const quote = stored?.target.selector[0] as { exact: string; prefix: string; suffix: string };
    expect(quote.exact.replace(/\s+/g, ' ')).toBe(`${BEFORE_BREAK} ${AFTER_BREAK}`);
    expect(quote.exact).not.toContain('Page 1');
    expect(quote.exact).not.toContain(RUNNING_HEADER);
    await expect
      .poll(async () => (await paintedRanges()).map((r) => r.pages))
      .toEqual([
        ['1', '1'],
        ['2', '2'],
      ]);

    // Read again from the page's own text (and its text cache): it anchors, on both pages, over the passage alone.
    await page.reload();
    await page.locator('.page[data-page-number="1"] .textLayer .endOfContent').waitFor({ state: 'attached' });
    await line(1, BEFORE_BREAK).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('viewer-container')?.scrollBy(0, 200));
    await expect
      .poll(async () => (await paintedRanges()).map((r) => r.pages), { timeout: 30_000 })
      .toEqual([
        ['1', '1'],
        ['2', '2'],
      ]);
    await page.screenshot({
      path: fileURLToPath(new URL('../../test-results/pdf-furniture.png', import.meta.url)),
    });
    const paintedText = (await paintedRanges()).map((r) => r.text).join(' ');
    expect(paintedText.replace(/\s+/g, ' ')).toBe(`${BEFORE_BREAK} ${AFTER_BREAK}`);
    await page.locator('#toggle-sidebar').click();
    await expect(
      page.frameLocator('#sidebar').getByTestId('annotation-card').first().innerText(),
    ).resolves.not.toMatch(/Page 1/);
  });
});

/** The annotations in the extension's store. */
async function storedIn(
  ext: LoadedExtension,
): Promise<{ target: { source: string; selector: unknown[] } }[]> {
  return ext.worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('plan-annotator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
