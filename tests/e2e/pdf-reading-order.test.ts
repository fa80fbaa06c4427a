/**
 * A PDF whose producer drew its table of commitments column by column: the viewer's outline lists the
 * commitments the command line finds (the finder reads the PDF in reading order), each on its heading's
 * page, while the text layer keeps pdf.js's order; a passage in a commitment's row is linked to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition } from '../support/require-env.ts';
import { PdfServer } from './support/pdf-server.ts';
import { browserAvailable, launchWithExtension, type LoadedExtension } from './support/extension.ts';

const run = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and a built extension',
);

describe.skipIf(!run)('a PDF whose commitments table is drawn column by column', () => {
  let ext: LoadedExtension;
  let server: PdfServer;
  let page: Page;
  const blind = join(import.meta.dirname, '..', 'fixtures', 'blind2');

  beforeAll(async () => {
    server = await new PdfServer(blind).start();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  test('gets its commitments in the outline, titles whole and each on its heading’s page', async () => {
    const expected = (
      JSON.parse(readFileSync(join(blind, 'en-matrix-columnwise.expected.json'), 'utf8')) as {
        commitments: Array<{ label: string; title: string; page: number }>;
      }
    ).commitments;
    const file = `${server.origin}/plans/en-matrix-columnwise.pdf`;
    await page.goto(`chrome-extension://${ext.id}/src/viewer/viewer.html?file=${encodeURIComponent(file)}`);
    await page.locator('#toggle-sidebar').click();
    const sidebar = page.frameLocator('#sidebar');
    const items = sidebar.getByTestId('outline-item');
    await expect.poll(() => items.count(), { timeout: 60_000 }).toBe(expected.length);
    const texts = await items.allTextContents();
    expected.forEach((c, i) => {
      expect(texts[i]).toContain(c.title);
      expect(texts[i]).toContain(`p. ${c.page}`);
    });
    // The last commitment's row is on the second page: the outline takes the reader there.
    await sidebar
      .getByTestId('outline-jump')
      .nth(expected.length - 1)
      .click();
    await expect.poll(() => page.locator('#page-number').inputValue(), { timeout: 10_000 }).toBe('2');

    // Opened again, the text comes from the viewer's cache, reading order included.
    await page.reload();
    await page.locator('#toggle-sidebar').click();
    await expect.poll(() => items.count(), { timeout: 60_000 }).toBe(expected.length);
    expect(await items.allTextContents()).toEqual(texts);
  });

  test('a highlight or a comment in one commitment’s row is linked to that commitment', async () => {
    const file = `${server.origin}/plans/en-matrix-columnwise.pdf`;
    await page.goto(`chrome-extension://${ext.id}/src/viewer/viewer.html?file=${encodeURIComponent(file)}`);
    await page.locator('#toggle-sidebar').click();
    const sidebar = page.frameLocator('#sidebar');
    const items = sidebar.getByTestId('outline-item');
    await expect.poll(() => items.count(), { timeout: 60_000 }).toBe(8);
    // Commitment 3's title cell: drawn with the other titles, after every row's number, so in the
    // viewer's text it stands within the span that runs from commitment 7's number over the whole table.
    await page.locator('.page[data-page-number="1"] .textLayer .endOfContent').waitFor({ state: 'attached' });
    await selectCell(page, 'Citizen feedback on water and sanitation');
    await page.locator('#selection-toolbar button[data-action="highlight"]').click();
    const card = sidebar.getByTestId('annotation-card');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.getByTestId('card-commitment').getAttribute('data-ordinal')).toBe('3');
    expect(await card.getByTestId('card-commitment-name').textContent()).toContain(
      'Citizen feedback on water and sanitation services',
    );
    expect(await card.getByTestId('card-linked-by').getAttribute('data-linked-by')).toBe('auto');
    await expect.poll(() => items.nth(2).getAttribute('data-annotations')).toBe('1');
    expect(await items.nth(6).getAttribute('data-annotations')).toBe('0');

    // A comment on commitment 6's lead institution, drawn with the other leads: the sidebar links it.
    await selectCell(page, 'Ministry of Education');
    await page.locator('#selection-toolbar button[data-action="comment"]').click();
    await sidebar.getByTestId('editor').waitFor();
    expect(await sidebar.getByTestId('draft-commitment-select').inputValue()).toBe('6');
  });
});

/** Selects a cell of the first page's table with the mouse, as a reader would. */
async function selectCell(page: Page, text: string): Promise<void> {
  const cell = page.locator('.page[data-page-number="1"] .textLayer span[role="presentation"]', {
    hasText: text,
  });
  await cell.scrollIntoViewIfNeeded();
  const box = await cell.boundingBox();
  if (!box) throw new Error(`the cell “${text}” is not on screen`);
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
}
