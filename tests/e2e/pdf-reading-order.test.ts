/**
 * A PDF whose producer drew its table of commitments column by column: the viewer's outline lists the
 * commitments the command line finds (the finder reads the PDF in reading order), each on its heading's
 * page, while the text layer keeps pdf.js's order.
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
});
