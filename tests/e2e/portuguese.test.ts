import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition, requireResource } from '../support/require-env.ts';
import { PdfServer } from './support/pdf-server.ts';
import { FixtureServer } from './support/fixture-server.ts';
import {
  browserAvailable,
  clickInClosedShadow,
  launchWithExtension,
  selectWithMouse,
  sidebarFrame,
  tabIdOf,
  type LoadedExtension,
} from './support/extension.ts';

const run = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and a built extension',
);

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env['PLAN_CORPUS_DIR'],
  'it names the folder of the plan corpus (e.g. /work/shared/corpus), from which the viewer test opens a plan',
);

type Messages = Record<string, { message: string }>;
const read = (lang: string) =>
  JSON.parse(readFileSync(join(process.cwd(), '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const PT = read('pt');
const EN = read('en');

/** A message as `chrome.i18n` words it: `$1`… replaced in order. */
function pt(key: string, ...subs: (string | number)[]): string {
  const message = PT[key]?.message;
  if (!message) throw new Error(`no Portuguese message ${key}`);
  // The test only means something where the two languages differ.
  expect(message, `${key} is the same in English`).not.toBe(EN[key]?.message);
  return message.replace(/\$([1-9])/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/**
 * The UI follows the browser's language. Chromium runs with `--lang=pt-PT` (and, as Linux Chromium
 * reads it from there, `LANGUAGE=pt_PT`; see launchWithExtension); every word checked here comes from
 * the extension's own `_locales/pt`, and each must differ from the English one.
 */
describe.skipIf(!run)('the extension in Portuguese (Chromium with --lang=pt-PT)', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let page: Page;
  let sidebar: Frame;

  beforeAll(async () => {
    server = await new FixtureServer().start();
    ext = await launchWithExtension(undefined, { lang: 'pt-PT' });
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/plan-commitments.html`);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  test('the browser reports Portuguese to the extension', async () => {
    expect(await ext.worker.evaluate(() => chrome.i18n.getUILanguage())).toBe('pt-PT');
  });

  test('the popup offers to annotate the page, in Portuguese', async () => {
    const tabId = await tabIdOf(ext, page);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    // Set by the page's script once it runs (the markup says en).
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('pt-PT');
    const annotate = popup.getByTestId('popup-annotate');
    expect((await annotate.textContent())?.trim()).toBe(pt('popup_annotateButton'));
    await annotate.click();
    await popup.getByText(pt('popup_statusAnnotating')).waitFor();
    await popup.close();
    await page.bringToFront();
    sidebar = await sidebarFrame(ext, page);
  });

  test('the sidebar: its language, headings and the commitment outline', async () => {
    // Set by the page's script once it runs (the markup says en).
    await expect.poll(() => sidebar.evaluate(() => document.documentElement.lang)).toBe('pt-PT');
    await expect.poll(() => sidebar.getByTestId('outline-item').count(), { timeout: 15_000 }).toBe(4);
    expect(await sidebar.locator('[data-testid="outline"] > summary').textContent()).toBe(
      `${pt('sidebar_outlineHeading')} (4)`,
    );
    expect(await sidebar.getByTestId('view-summary').textContent()).toBe(pt('sidebar_viewSummary'));
    const counts = await sidebar.getByTestId('outline-counts').first().textContent();
    expect(counts).toBe(
      [
        pt('sidebar_annotationCount_other', 0),
        pt('sidebar_assessmentCount_other', 0),
        pt('sidebar_sourceCount_other', 0),
      ].join(' · '),
    );
  });

  test('a comment made in Portuguese: editor labels, and the card dated the Portuguese way', async () => {
    await selectWithMouse(page, 'central register of the beneficial owners of companies');
    await clickInClosedShadow(page, 'plan-annotator', 'button[data-action="comment"]');
    await sidebar.getByTestId('editor').waitFor();
    const save = sidebar.getByTestId('editor-save');
    expect((await save.textContent())?.trim()).toBe(pt('ui_save'));
    await sidebar.getByTestId('editor-comment').fill('O registo já é gratuito?');
    await save.click();
    const card = sidebar.getByTestId('annotation-card').first();
    await card.waitFor();
    // A new card says how long ago in Portuguese; its exact time, in its tooltip, is written the pt-PT
    // way, day first: 23/11/2026, 17:05 (not Nov 23, 2026, 5:05 PM).
    const date = card.locator('time.card-date');
    expect(await date.textContent()).toMatch(/^(agora|há \d+ minutos?)$/);
    expect(await date.getAttribute('title')).toMatch(/^\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}/);
    expect(await card.getByTestId('card-author').textContent()).toBe(pt('ui_authorYou'));
    expect(await card.getByTestId('card-visibility').getAttribute('aria-label')).toBe(
      pt('ui_visibilityPrivateLabel'),
    );
    expect(await sidebar.getByTestId('outline-counts').nth(1).textContent()).toContain(
      pt('sidebar_annotationCount_one', 1),
    );
    await page.screenshot({ path: join(process.cwd(), 'test-results', 'sidebar-pt.png') });
  });
});

describe.skipIf(!run || !corpus)("the PDF viewer in Portuguese, pdf.js's own words included", () => {
  let ext: LoadedExtension;
  let pdfs: PdfServer;

  beforeAll(async () => {
    pdfs = await new PdfServer(join(corpus as string, 'plans')).start();
    ext = await launchWithExtension(undefined, { lang: 'pt-PT' });
  });
  afterAll(async () => {
    await ext?.close();
    await pdfs?.stop();
  });

  test('toolbar, page count and the page landmarks screen readers announce', async () => {
    const viewer = await ext.context.newPage();
    const file = `${pdfs.origin}/plans/NAP1.pdf`;
    await viewer.goto(`chrome-extension://${ext.id}/src/viewer/viewer.html?file=${encodeURIComponent(file)}`);
    const page1 = viewer.locator('.page[data-page-number="1"]');
    await page1.locator('.textLayer .endOfContent').waitFor({ state: 'attached', timeout: 30_000 });
    // Set by the page's script once it runs (the markup says en).
    await expect.poll(() => viewer.evaluate(() => document.documentElement.lang)).toBe('pt-PT');
    expect((await viewer.locator('#toggle-outline').textContent())?.trim()).toBe(pt('viewer_outlineButton'));
    await expect.poll(() => viewer.locator('#page-count').textContent()).toMatch(/^de \d+$/);
    // Worded by pdf.js's page view through the extension's l10n, not pdf.js's built-in English.
    await expect.poll(() => page1.getAttribute('aria-label')).toBe(pt('viewer_thumbnailLabel', 1));
    expect(await viewer.locator('.page[data-page-number="2"]').getAttribute('aria-label')).toBe(
      pt('viewer_thumbnailLabel', 2),
    );
    await viewer.close();
  });
});
