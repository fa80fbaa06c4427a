import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition, requireResource } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { PdfServer } from './support/pdf-server.ts';
import {
  browserAvailable,
  clickInClosedShadow,
  launchWithExtension,
  selectWithMouse,
  sidebarFrame,
  tabIdOf,
  type LoadedExtension,
} from './support/extension.ts';

const HOST = 'plan-annotator';

const run = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and a built extension',
);

/** How far the top of the heading that starts with `text` is from the top of the window, in pixels. */
function headingTop(page: Page, text: string): Promise<number | null> {
  return page.evaluate((t) => {
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent?.startsWith(t));
    return heading ? heading.getBoundingClientRect().top : null;
  }, text);
}

describe.skipIf(!run)('commitments of an HTML plan in the sidebar', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let page: Page;
  let sidebar: Frame;

  beforeAll(async () => {
    server = await new FixtureServer().start();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/plan-commitments.html`);
    const tabId = await tabIdOf(ext, page);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-annotate').click();
    await popup.getByText('Annotating this page').waitFor();
    await popup.close();
    await page.bringToFront();
    sidebar = await sidebarFrame(ext, page);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  const outlineItem = (ordinal: number) =>
    sidebar.locator(`[data-testid="outline-item"][data-ordinal="${ordinal}"]`);

  test('the outline lists the plan’s commitments, label and title, and not its contents', async () => {
    await expect.poll(() => sidebar.getByTestId('outline-item').count(), { timeout: 15_000 }).toBe(4);
    expect(await sidebar.getByTestId('outline-jump').allTextContents()).toEqual([
      '1 Open contracting for public works',
      '2 Beneficial ownership register',
      '3 Participatory budgeting in municipalities',
      '4 Freedom of information portal',
    ]);
    expect(await outlineItem(2).getByTestId('outline-counts').textContent()).toBe(
      '0 annotations · 0 assessments · 0 sources',
    );
  });

  test('a comment made inside commitment 2 is linked to it: on the card and in the outline count', async () => {
    await selectWithMouse(page, 'central register of the beneficial owners of companies');
    await clickInClosedShadow(page, HOST, 'button[data-action="comment"]');
    await sidebar.getByTestId('editor').waitFor();
    expect(await sidebar.getByTestId('draft-commitment-select').inputValue()).toBe('2');
    await sidebar.getByTestId('editor-comment').fill('Is the register free of charge already?');
    await sidebar.getByTestId('editor-save').click();
    const card = sidebar.getByTestId('annotation-card');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByTestId('card-commitment').getAttribute('data-ordinal')).toBe('2');
    expect(await card.getByTestId('card-linked-by').getAttribute('data-linked-by')).toBe('auto');
    await expect.poll(() => outlineItem(2).getAttribute('data-annotations')).toBe('1');
    expect(await outlineItem(2).getByTestId('outline-counts').textContent()).toContain('1 annotation ·');
    expect(await outlineItem(1).getAttribute('data-annotations')).toBe('0');
  });

  test('a highlight made in the page is linked by the annotator, and can be re-linked by hand', async () => {
    await selectWithMouse(page, 'Twenty municipalities will let residents propose');
    await clickInClosedShadow(page, HOST, 'button[data-action="highlight"]');
    await expect.poll(() => outlineItem(3).getAttribute('data-annotations'), { timeout: 10_000 }).toBe('1');
    const card = sidebar.locator('[data-testid="annotation-card"]', { hasText: 'Twenty municipalities' });
    expect(await card.getByTestId('card-commitment').getAttribute('data-ordinal')).toBe('3');
    expect(await card.getByTestId('card-commitment-name').textContent()).toBe(
      '3. Participatory budgeting in municipalities',
    );

    await card.getByTestId('card-relink').click();
    await card.getByTestId('card-commitment-select').selectOption('4');
    await expect.poll(() => outlineItem(4).getAttribute('data-annotations')).toBe('1');
    expect(await outlineItem(3).getAttribute('data-annotations')).toBe('0');
    await expect.poll(() => card.getByTestId('card-linked-by').getAttribute('data-linked-by')).toBe('manual');

    // And to none at all, by keyboard: the list takes the focus, Home picks "None".
    await card.getByTestId('card-relink').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => sidebar.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('card-commitment-select');
    await page.keyboard.press('Home');
    await expect.poll(() => outlineItem(4).getAttribute('data-annotations')).toBe('0');
    expect(await card.getByTestId('card-linked-by').count()).toBe(0);
  });

  test('jump brings a commitment’s heading into view', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await headingTop(page, 'Commitment 4');
    expect(before).toBeGreaterThan(1000);
    await outlineItem(4).getByTestId('outline-jump').click();
    await expect
      .poll(
        async () => {
          const top = await headingTop(page, 'Commitment 4');
          return top !== null && top >= -5 && top < 400 ? 'in view' : `at ${top}`;
        },
        // The default wait of a poll (vitest.config.ts): a smooth scroll on a busy machine is slow.
      )
      .toBe('in view');
  });
  test('the links survive a reload of the page', async () => {
    await page.reload();
    sidebar = await sidebarFrame(ext, page);
    await expect.poll(() => outlineItem(2).getAttribute('data-annotations'), { timeout: 15_000 }).toBe('1');
  });
});

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env['PLAN_CORPUS_DIR'],
  'the PDF case reads the US fifth national action plan from $PLAN_CORPUS_DIR/plans',
);
const NAP5 = 'NAP5-fifth-open-government-national-action-plan.pdf';

describe.skipIf(!run || !corpus)('commitments of a PDF plan in the viewer’s sidebar', () => {
  let ext: LoadedExtension;
  let server: PdfServer;
  let page: Page;

  beforeAll(async () => {
    server = await new PdfServer(join(corpus as string, 'plans')).start();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  test('the outline lists the PDF’s commitments with pages; jump goes there; a highlight in one is linked', async () => {
    const file = `${server.origin}/plans/${NAP5}`;
    await page.goto(`chrome-extension://${ext.id}/src/viewer/viewer.html?file=${encodeURIComponent(file)}`);
    await page.locator('#toggle-sidebar').click();
    const sidebar = page.frameLocator('#sidebar');
    await expect
      .poll(() => sidebar.getByTestId('outline-item').count(), { timeout: 60_000 })
      .toBeGreaterThan(20);
    const item = sidebar.locator('[data-testid="outline-item"]', {
      hasText: 'Improve Public Engagement Related to Agency Regulatory Actions',
    });
    expect(await item.getByTestId('outline-jump').textContent()).toContain('p. 8');
    expect(await page.locator('#page-number').inputValue()).toBe('1');
    await item.getByTestId('outline-jump').click();
    await expect.poll(() => page.locator('#page-number').inputValue(), { timeout: 10_000 }).toBe('8');

    // A highlight on a line of that commitment's body is linked to it.
    const spans = page.locator('.page[data-page-number="8"] .textLayer span[role="presentation"]');
    await page.locator('.page[data-page-number="8"] .textLayer .endOfContent').waitFor({ state: 'attached' });
    const texts = await spans.allTextContents();
    const heading = texts.findIndex((t) => t.includes('Regulatory Actions'));
    expect(heading).toBeGreaterThanOrEqual(0);
    const line = spans.nth(heading + 2);
    await line.scrollIntoViewIfNeeded();
    const box = await line.boundingBox();
    if (!box) throw new Error('the line is not on screen');
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await page.locator('#selection-toolbar button[data-action="highlight"]').click();
    const card = sidebar.getByTestId('annotation-card');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.getByTestId('card-commitment-name').textContent()).toContain(
      'Improve Public Engagement Related to Agency Regulatory Actions',
    );
    expect(await card.getByTestId('card-linked-by').getAttribute('data-linked-by')).toBe('auto');
    await expect.poll(() => item.getAttribute('data-annotations')).toBe('1');
  });
});
