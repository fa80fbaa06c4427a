import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Download, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Annotation } from '../../src/core/model/annotation.ts';
import { requireCondition } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import {
  browserAvailable,
  clickInClosedShadow,
  launchWithExtension,
  paintedTexts,
  selectWithMouse,
  sidebarFrame,
  tabIdOf,
  type LoadedExtension,
} from './support/extension.ts';
import { SyncServerProcess } from './support/sync-server.ts';

const QUOTE =
  'publish every contract for public works above 50,000 euros in the Open Contracting Data Standard';
const SECOND = 'monitor the execution of works';
const FORMULA = '=HYPERLINK("https://attacker.example/","Open")';
const COMMENT = 'Who pays for the **monitoring**?';
const HOST = 'plan-annotator';
const HYPOTHESIS = fileURLToPath(new URL('../fixtures/export/hypothesis-not-on-page.json', import.meta.url));
const TODAY = () => new Date().toISOString().slice(0, 10);
/** The page's source breaks lines inside passages; quotes keep them, so they are compared as words. */
const words = (text: string | undefined) => text?.replace(/\s+/g, ' ');

const run = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and dist/chrome from `npm run build`',
);

interface ListReply {
  ok: boolean;
  value: { documentUri: string; annotations: Annotation[] };
}

describe.skipIf(!run)('export and import in Chromium', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let page: Page;
  let sidebar: Frame;
  /** The ids the page's annotations had before they were deleted, and the JSON-LD export's file. */
  let originalIds: string[] = [];
  let jsonldPath = '';

  beforeAll(async () => {
    server = await new FixtureServer().start();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/plan.html`);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  async function openPopupFor(target: Page): Promise<Page> {
    const tabId = await tabIdOf(ext, target);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    return popup;
  }

  /** What the store holds for this page, asked the way the sidebar asks. */
  async function stored(): Promise<Annotation[]> {
    const reply = (await sidebar.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} }),
    )) as ListReply;
    expect(reply.ok).toBe(true);
    return reply.value.annotations;
  }

  async function comment(phrase: string, text: string): Promise<void> {
    await selectWithMouse(page, phrase);
    await clickInClosedShadow(page, HOST, 'button[data-action="comment"]');
    await sidebar.getByTestId('editor').waitFor();
    await sidebar.getByTestId('editor-comment').fill(text);
    await sidebar.getByTestId('editor-save').click();
    await sidebar.getByTestId('editor').waitFor({ state: 'detached' });
  }

  /** Clicks an export button in `where` and reads the file the browser saved. */
  async function download(
    where: Page,
    frame: Frame | Page,
    testId: string,
  ): Promise<{ file: Download; text: string; path: string }> {
    const [file] = await Promise.all([where.waitForEvent('download'), frame.getByTestId(testId).click()]);
    const path = await file.path();
    return { file, text: await readFile(path, 'utf8'), path };
  }

  async function importFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await sidebar.getByTestId('import-file').setInputFiles(file);
  }

  test('two comments on the page, one that a spreadsheet would run as a formula', async () => {
    const popup = await openPopupFor(page);
    await popup.getByTestId('popup-annotate').click();
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).toContain('Annotating');
    await popup.close();
    await page.bringToFront();
    sidebar = await sidebarFrame(ext, page);
    await sidebar.getByText('Select text on the page').waitFor();
    await comment(QUOTE, FORMULA);
    await comment(SECOND, COMMENT);
    await expect.poll(() => sidebar.getByTestId('annotation-card').count()).toBe(2);
    await expect.poll(async () => (await paintedTexts(page)).sort()).toEqual([QUOTE, SECOND].sort());
    originalIds = (await stored()).map((a) => a.id).sort();
    expect(originalIds).toHaveLength(2);
  });

  test('the export controls are labelled and reachable from the keyboard', async () => {
    const toggle = sidebar.getByTestId('transfer-toggle');
    await toggle.focus();
    await toggle.press('Enter');
    await expect.poll(() => sidebar.getByTestId('transfer').getAttribute('open')).not.toBeNull();
    await sidebar.getByTestId('export-jsonld').focus();
    await sidebar.getByTestId('export-jsonld').press('Tab');
    expect(await sidebar.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'export-csv',
    );
    expect(await sidebar.getByRole('group', { name: 'Export this page’s annotations' }).count()).toBe(1);
    expect(await sidebar.getByLabel(/W3C Web Annotation export/).getAttribute('type')).toBe('file');
  });

  test('W3C JSON-LD: a collection holding both annotations with their selectors', async () => {
    const { file, text } = await download(page, sidebar, 'export-jsonld');
    expect(file.suggestedFilename()).toBe(`plan-annotations-${TODAY()}.jsonld`);
    // The file is the collection itself, not an array around it.
    const collection = JSON.parse(text) as {
      type: string;
      total: number;
      first: { items: Record<string, unknown>[] };
    };
    expect(Array.isArray(collection)).toBe(false);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    const items = collection.first.items;
    expect(items.map((a) => a.id).sort()).toEqual(originalIds.map((id) => `urn:uuid:${id}`));
    const quotes = items.map((a) => {
      const target = a.target as { source: string; selector: { type: string; exact?: string }[] };
      expect(target.source).toBe(`${server.origin}/plan.html`);
      expect(target.selector.map((s) => s.type)).toEqual(
        expect.arrayContaining(['TextQuoteSelector', 'TextPositionSelector']),
      );
      return words(target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact);
    });
    expect(quotes.sort()).toEqual([QUOTE, SECOND].sort());
    expect(await sidebar.getByTestId('export-status').textContent()).toContain('2 annotations');
    jsonldPath = `${fileURLToPath(new URL('../../test-results/', import.meta.url))}export-import.jsonld`;
    await file.saveAs(jsonldPath);
  });

  test('CSV: one row per annotation, and the formula-like comment neutralised', async () => {
    const { file, text } = await download(page, sidebar, 'export-csv');
    expect(file.suggestedFilename()).toBe(`plan-annotations-${TODAY()}.csv`);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.id).sort()).toEqual(originalIds);
    const formulaRow = rows.find((r) => words(r.quote) === QUOTE);
    expect(formulaRow?.comment).toBe(`'${FORMULA}`);
    expect(rows.find((r) => words(r.quote) === SECOND)?.comment).toBe(COMMENT);
  });

  test('Markdown report: holds the comments', async () => {
    const { file, text } = await download(page, sidebar, 'export-md');
    expect(file.suggestedFilename()).toBe(`plan-annotations-${TODAY()}.md`);
    expect(text).toContain('monitoring');
    expect(text).toContain('Who pays for the');
    expect(text).toContain('attacker.example');
  });

  test('after deleting both, importing the JSON-LD export brings them back with the same ids', async () => {
    for (let left = 2; left > 0; left -= 1) {
      const card = sidebar.getByTestId('annotation-card').first();
      await card.getByTestId('card-delete').click();
      await card.getByTestId('card-delete-confirm').click();
      await expect.poll(() => sidebar.getByTestId('annotation-card').count()).toBe(left - 1);
    }
    await expect.poll(() => paintedTexts(page)).toEqual([]);
    expect(await stored()).toEqual([]);

    await importFile(jsonldPath);
    await expect
      .poll(() => sidebar.getByTestId('import-summary').textContent())
      .toBe('Imported 2, skipped 0 duplicates, 0 could not be read.');
    await expect.poll(async () => (await stored()).map((a) => a.id).sort()).toEqual(originalIds);
    await expect.poll(() => sidebar.getByTestId('annotation-card').count()).toBe(2);
    await expect.poll(async () => (await paintedTexts(page)).sort()).toEqual([QUOTE, SECOND].sort());
    await expect
      .poll(() => sidebar.getByTestId('import-orphans').textContent())
      .toBe('All of them found their passage on this page.');
    const comments = (await stored()).map((a) => a.body.comment).sort();
    expect(comments).toEqual([COMMENT, FORMULA].sort());
  });

  test('importing the same file again skips every annotation as a duplicate', async () => {
    await importFile(jsonldPath);
    await expect
      .poll(() => sidebar.getByTestId('import-summary').textContent())
      .toBe('Imported 0, skipped 2 duplicates, 0 could not be read.');
    expect((await stored()).map((a) => a.id).sort()).toEqual(originalIds);
    expect(await sidebar.getByTestId('annotation-card').count()).toBe(2);
  });

  test('a Hypothesis export: its reply comes as a reply, its passage missing here makes an orphan', async () => {
    await importFile(HYPOTHESIS);
    await expect
      .poll(() => sidebar.getByTestId('import-summary').textContent())
      .toBe('Imported 2, skipped 0 duplicates, 0 could not be read.');
    await expect
      .poll(() => sidebar.getByTestId('import-orphans').textContent())
      .toBe('1 of them did not find its passage on this page; they are listed under Orphans.');
    const orphans = sidebar.getByTestId('orphans');
    await expect
      .poll(() => orphans.getByTestId('card-quote').first().textContent())
      .toContain('national registry of lobbyists');
    // One thread: the reply is shown under the annotation it answers.
    expect(await orphans.getByTestId('thread').count()).toBe(1);
    await expect
      .poll(() => orphans.getByTestId('card-comment').allTextContents())
      .toEqual([
        'This milestone was in the draft plan; where did it go?',
        'It was dropped after the consultation.',
      ]);
    const all = await stored();
    expect(all).toHaveLength(4);
    const imported = all.filter((a) => !originalIds.includes(a.id));
    const root = imported.find((a) => a.replyTo === undefined);
    const reply = imported.find((a) => a.replyTo !== undefined);
    // Moved onto this page, whatever address the file named; the reply answers the imported root.
    expect(root?.target.source).toBe(`${server.origin}/plan.html`);
    expect(root?.body.tags).toEqual(['draft']);
    expect(reply).toMatchObject({
      motivation: 'replying',
      replyTo: root?.id,
      body: { comment: 'It was dropped after the consultation.' },
    });
    expect(reply?.target.source).toBe(`${server.origin}/plan.html`);
  });

  test('a file that is not an export says so and saves nothing', async () => {
    const before = await stored();
    await importFile({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json {') });
    await expect.poll(() => sidebar.getByTestId('import-error').textContent()).toContain('not JSON');
    await importFile({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ hello: 'world' })),
    });
    await expect
      .poll(() => sidebar.getByTestId('import-error').textContent())
      .toContain('neither a W3C Web Annotation export');
    expect(await stored()).toEqual(before);
  });

  test('the popup exports every annotation stored in the browser as JSON-LD', async () => {
    const ids = (await stored()).map((a) => a.id).sort();
    const popup = await openPopupFor(page);
    await popup.getByTestId('popup-export').waitFor();
    const { file, text } = await download(popup, popup, 'popup-export-local-jsonld');
    expect(file.suggestedFilename()).toBe(`plan-annotations-all-${TODAY()}.jsonld`);
    const collection = JSON.parse(text) as {
      type: string;
      total: number;
      first: { items: { id: string }[] };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(4);
    expect(collection.first.items.map((a) => a.id).sort()).toEqual(ids.map((id) => `urn:uuid:${id}`));
    await expect
      .poll(() => popup.getByTestId('popup-export-status').textContent())
      .toContain('4 annotations');
    await popup.close();
  });

  test('the sidebar may not ask for every annotation or a group export', async () => {
    const replies = await sidebar.evaluate(async () => ({
      all: await chrome.runtime.sendMessage({ type: 'annotations.all', payload: {} }),
      group: await chrome.runtime.sendMessage({
        type: 'export.group',
        payload: { groupId: '6f1e8d2c-0b7a-4e3f-9c1d-2a3b4c5d6e7f', format: 'csv' },
      }),
    }));
    expect(replies.all).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(replies.group).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
  test('imported into another page, annotations whose ids live on this one come as copies', async () => {
    const other = await ext.context.newPage();
    await other.goto(`${server.origin}/plan-edited.html`);
    const popup = await openPopupFor(other);
    await popup.getByTestId('popup-annotate').click();
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).toContain('Annotating');
    await popup.close();
    await other.bringToFront();
    const otherSidebar = await sidebarFrame(ext, other);
    await otherSidebar.getByText('Select text on the page').waitFor();
    await otherSidebar.getByTestId('transfer-toggle').click();
    for (const summary of [
      'Imported 2, skipped 0 duplicates, 0 could not be read. 2 were copied with a new id, as another page holds the original.',
      'Imported 0, skipped 2 duplicates, 0 could not be read.',
    ]) {
      await otherSidebar.getByTestId('import-file').setInputFiles(jsonldPath);
      await expect.poll(() => otherSidebar.getByTestId('import-summary').textContent()).toBe(summary);
    }
    await expect.poll(() => otherSidebar.getByTestId('annotation-card').count()).toBe(2);
    const copies = (
      (await otherSidebar.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} }),
      )) as ListReply
    ).value.annotations;
    expect(copies.map((a) => a.target.source)).toEqual([
      `${server.origin}/plan-edited.html`,
      `${server.origin}/plan-edited.html`,
    ]);
    expect(copies.some((a) => originalIds.includes(a.id))).toBe(false);
    // The originals stay where they were.
    expect((await stored()).map((a) => a.id)).toEqual(expect.arrayContaining(originalIds));
    await other.close();
  });
});

describe.skipIf(!run)('the popup exports a group from the sync server', () => {
  let server: SyncServerProcess;
  let pages: FixtureServer;
  let ext: LoadedExtension;
  const username = `exporter-${process.pid}`;
  const SOON = { timeout: 15_000, interval: 100 };
  const SLOW = { timeout: 60_000, interval: 250 };
  const textOf = (page: Page | Frame, testId: string) =>
    page
      .getByTestId(testId)
      .textContent({ timeout: 500 })
      .catch(() => '');

  beforeAll(async () => {
    server = await SyncServerProcess.start();
    pages = await new FixtureServer().start();
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await pages?.stop();
    await server?.dispose();
  });

  test('a group annotation, synced, comes back in the group export with its author and group', async () => {
    const settings = await ext.context.newPage();
    await settings.goto(`chrome-extension://${ext.id}/src/settings/settings.html`);
    await settings.getByLabel('Server address').fill(server.origin);
    await settings.getByRole('button', { name: 'Save address' }).click();
    await expect.poll(() => textOf(settings, 'settings-server-saved'), SOON).toBe(`Using ${server.origin}.`);
    await settings.getByLabel('Username').fill(username);
    await settings.getByLabel(/^Password/).fill('correct horse battery');
    await settings.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => textOf(settings, 'settings-signed-in'), SOON).toBe(`Signed in as ${username}`);
    await settings.getByLabel('Group name').fill('Budget, reviewers');
    await settings.getByRole('button', { name: 'Create group' }).click();
    await expect
      .poll(
        () =>
          settings
            .getByTestId('settings-new-invitation')
            .inputValue({ timeout: 500 })
            .catch(() => ''),
        SOON,
      )
      .toMatch(/\./);
    await settings.getByRole('radio', { name: /^Group/ }).click();
    await expect.poll(() => settings.getByTestId('settings-visibility-group').isChecked()).toBe(true);
    await settings.close();

    const page = await ext.context.newPage();
    await page.goto(`${pages.origin}/plan.html`);
    const tabId = await tabIdOf(ext, page);
    const opener = await ext.context.newPage();
    await opener.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    await opener.getByTestId('popup-annotate').click();
    await expect.poll(() => textOf(opener, 'popup-status'), SOON).toContain('Annotating this page');
    await opener.close();
    await page.bringToFront();
    const sidebar = await sidebarFrame(ext, page);
    await selectWithMouse(page, SECOND);
    await clickInClosedShadow(page, HOST, 'button[data-action="comment"]');
    await sidebar.getByTestId('editor').waitFor();
    await sidebar.getByTestId('editor-comment').fill('+1 for a public works monitor');
    await sidebar.getByTestId('editor-save').click();
    await expect.poll(() => sidebar.getByTestId('annotation-card').count(), SOON).toBe(1);

    // The sidebar's own CSV names the signed-in author.
    await sidebar.getByTestId('transfer-toggle').click();
    const [local] = await Promise.all([
      page.waitForEvent('download'),
      sidebar.getByTestId('export-csv').click(),
    ]);
    const localRows = parse(await readFile(await local.path(), 'utf8'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(localRows.map((r) => [r.author, r.visibility])).toEqual([[username, 'group']]);

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    await expect.poll(() => textOf(popup, 'popup-sync-pending'), SLOW).toBe('Everything is synced');
    const select = popup.getByTestId('popup-export-group');
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['Budget, reviewers']);
    const [file] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByTestId('popup-export-group-csv').click(),
    ]);
    expect(file.suggestedFilename()).toBe(`plan-annotations-Budget-reviewers-${TODAY()}.csv`);
    const rows = parse(await readFile(await file.path(), 'utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(1);
    // A leading "+" would run as a formula: neutralised by the server's export too.
    expect(rows[0]).toMatchObject({
      comment: "'+1 for a public works monitor",
      author: username,
      group: 'Budget, reviewers',
    });
    await expect
      .poll(() => textOf(popup, 'popup-export-status'))
      .toContain('Saved the group “Budget, reviewers”');

    // A group the user is not in: the server's refusal, in words, and no download.
    const refused = await popup.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'export.group',
        payload: { groupId: '6f1e8d2c-0b7a-4e3f-9c1d-2a3b4c5d6e7f', format: 'md' },
      }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((refused as { error: { message: string } }).error.message).toContain('not one of its members');
    await popup.close();
  });
});
