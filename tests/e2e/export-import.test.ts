import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Annotation } from '../../src/core/model/annotation.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { SyncServerProcess } from './support/sync-server.ts';
import {
  describeInBrowsers,
  launch,
  paintedTexts,
  tid,
  type Driver,
  type TestFrame,
  type TestPage,
} from './support/driver.ts';

const QUOTE =
  'publish every contract for public works above 50,000 euros in the Open Contracting Data Standard';
const SECOND = 'monitor the execution of works';
const FORMULA = '=HYPERLINK("https://attacker.example/","Open")';
const COMMENT = 'Who pays for the **monitoring**?';
const HOST = 'plan-annotator';
const HYPOTHESIS = fileURLToPath(new URL('../fixtures/export/hypothesis-not-on-page.json', import.meta.url));
const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const TODAY = () => new Date().toISOString().slice(0, 10);
/** The page's source breaks lines inside passages; quotes keep them, so they are compared as words. */
const words = (text: string | undefined) => text?.replace(/\s+/g, ' ');

interface ListReply {
  ok: boolean;
  value: { documentUri: string; annotations: Annotation[] };
}

describeInBrowsers('export and import', (browser) => {
  let driver: Driver;
  let server: FixtureServer;
  let page: TestPage;
  let sidebar: TestFrame;
  /** The ids the page's annotations had before they were deleted, and the JSON-LD export's file. */
  let originalIds: string[] = [];
  let jsonldPath = '';

  beforeAll(async () => {
    server = await new FixtureServer().start();
    driver = await launch(browser);
    page = await driver.newPage(`${server.origin}/plan.html`);
    await mkdir(RESULTS, { recursive: true });
  });

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
  });

  /** What the store holds for this page, asked the way the sidebar asks. */
  async function stored(): Promise<Annotation[]> {
    const reply = (await sidebar.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'annotations.list', payload: {} }),
    )) as ListReply;
    expect(reply.ok).toBe(true);
    return reply.value.annotations;
  }

  async function comment(phrase: string, text: string): Promise<void> {
    await page.selectText(phrase);
    await page.clickInClosedShadow(HOST, 'button[data-action="comment"]');
    await sidebar.waitFor(tid('editor'));
    await sidebar.fill(tid('editor-comment'), text);
    await sidebar.click(tid('editor-save'));
    await expect.poll(() => sidebar.count(tid('editor'))).toBe(0);
  }

  /** Clicks an export button in `frame` (of `where`) and reads the file the browser saved. */
  const download = (where: TestPage, frame: TestFrame, testId: string) =>
    driver.download(where, () => frame.click(tid(testId)));

  /** A file on disk by that name, given to the import's file input as the file picker would. */
  async function importFile(file: string | { name: string; text: string }) {
    let path = typeof file === 'string' ? file : `${RESULTS}${browser}-${file.name}`;
    if (typeof file !== 'string') await writeFile(path, file.text);
    else path = file;
    await sidebar.setInputFiles(tid('import-file'), path);
  }

  test('two comments on the page, one that a spreadsheet would run as a formula', async () => {
    const popup = await driver.popupFor(page);
    await popup.click(tid('popup-annotate'));
    await expect.poll(() => popup.text(tid('popup-status'))).toContain('Annotating');
    await popup.close();
    await page.bringToFront();
    sidebar = await driver.sidebar(page);
    await sidebar.waitForText('Select text on the page');
    await comment(QUOTE, FORMULA);
    await comment(SECOND, COMMENT);
    await expect.poll(() => sidebar.count(tid('annotation-card'))).toBe(2);
    await expect.poll(async () => (await paintedTexts(page)).sort()).toEqual([QUOTE, SECOND].sort());
    originalIds = (await stored()).map((a) => a.id).sort();
    expect(originalIds).toHaveLength(2);
  });

  test('the export controls are labelled and reachable from the keyboard', async () => {
    await sidebar.press(tid('transfer-toggle'), 'Enter');
    await expect
      .poll(() =>
        sidebar.evaluate(
          () => document.querySelector('[data-testid="transfer"]')?.getAttribute('open') ?? null,
        ),
      )
      .not.toBeNull();
    await sidebar.press(tid('export-jsonld'), 'Tab');
    expect(await sidebar.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'export-csv',
    );
    // Its accessible names, as a screen reader gets them: the group by aria-labelledby, the file
    // input by the label around it.
    const named = await sidebar.evaluate(() => ({
      groups: [...document.querySelectorAll('[role="group"]')].filter(
        (group) =>
          (group.getAttribute('aria-labelledby') ?? '')
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
            .join(' ') === 'Export this page’s annotations',
      ).length,
      fileInputs: [...document.querySelectorAll('label')]
        .filter((label) => /W3C Web Annotation export/.test(label.textContent ?? ''))
        .map((label) => label.control?.getAttribute('type')),
    }));
    expect(named).toEqual({ groups: 1, fileInputs: ['file'] });
  });

  test('W3C JSON-LD: a collection holding both annotations with their selectors', async () => {
    const file = await download(page, sidebar, 'export-jsonld');
    expect(file.name).toBe(`plan-annotations-${TODAY()}.jsonld`);
    // The file is the collection itself, not an array around it.
    const collection = JSON.parse(file.text) as {
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
    expect(await sidebar.text(tid('export-status'))).toContain('2 annotations');
    jsonldPath = `${RESULTS}${browser}-export-import.jsonld`;
    await copyFile(file.path, jsonldPath);
  });

  test('CSV: one row per annotation, and the formula-like comment neutralised', async () => {
    const file = await download(page, sidebar, 'export-csv');
    expect(file.name).toBe(`plan-annotations-${TODAY()}.csv`);
    const rows = parse(file.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.id).sort()).toEqual(originalIds);
    const formulaRow = rows.find((r) => words(r.quote) === QUOTE);
    expect(formulaRow?.comment).toBe(`'${FORMULA}`);
    expect(rows.find((r) => words(r.quote) === SECOND)?.comment).toBe(COMMENT);
  });

  test('Markdown report: holds the comments', async () => {
    const file = await download(page, sidebar, 'export-md');
    expect(file.name).toBe(`plan-annotations-${TODAY()}.md`);
    expect(file.text).toContain('monitoring');
    expect(file.text).toContain('Who pays for the');
    expect(file.text).toContain('attacker.example');
  });

  test('after deleting both, importing the JSON-LD export brings them back with the same ids', async () => {
    for (let left = 2; left > 0; left -= 1) {
      await sidebar.click(`${tid('annotation-card')} ${tid('card-delete')}`);
      await sidebar.click(`${tid('annotation-card')} ${tid('card-delete-confirm')}`);
      await expect.poll(() => sidebar.count(tid('annotation-card'))).toBe(left - 1);
    }
    await expect.poll(() => paintedTexts(page)).toEqual([]);
    expect(await stored()).toEqual([]);

    await importFile(jsonldPath);
    await expect
      .poll(() => sidebar.text(tid('import-summary')))
      .toBe('Imported 2, skipped 0 duplicates, 0 could not be read.');
    await expect.poll(async () => (await stored()).map((a) => a.id).sort()).toEqual(originalIds);
    await expect.poll(() => sidebar.count(tid('annotation-card'))).toBe(2);
    await expect.poll(async () => (await paintedTexts(page)).sort()).toEqual([QUOTE, SECOND].sort());
    await expect
      .poll(() => sidebar.text(tid('import-orphans')))
      .toBe('All of them found their passage on this page.');
    const comments = (await stored()).map((a) => a.body.comment).sort();
    expect(comments).toEqual([COMMENT, FORMULA].sort());
  });

  test('importing the same file again skips every annotation as a duplicate', async () => {
    await importFile(jsonldPath);
    await expect
      .poll(() => sidebar.text(tid('import-summary')))
      .toBe('Imported 0, skipped 2 duplicates, 0 could not be read.');
    expect((await stored()).map((a) => a.id).sort()).toEqual(originalIds);
    expect(await sidebar.count(tid('annotation-card'))).toBe(2);
  });

  test('a Hypothesis export: its reply comes as a reply, its passage missing here makes an orphan', async () => {
    await importFile(HYPOTHESIS);
    await expect
      .poll(() => sidebar.text(tid('import-summary')))
      .toBe('Imported 2, skipped 0 duplicates, 0 could not be read.');
    await expect
      .poll(() => sidebar.text(tid('import-orphans')))
      .toBe('1 of them did not find its passage on this page; they are listed under Orphans.');
    const orphans = tid('orphans');
    await expect
      .poll(() => sidebar.text(`${orphans} ${tid('card-quote')}`))
      .toContain('national registry of lobbyists');
    // One thread: the reply is shown under the annotation it answers.
    expect(await sidebar.count(`${orphans} ${tid('thread')}`)).toBe(1);
    await expect
      .poll(() => sidebar.texts(`${orphans} ${tid('card-comment')}`))
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
    await importFile({ name: 'notes.json', text: 'not json {' });
    await expect.poll(() => sidebar.text(tid('import-error'))).toContain('not JSON');
    await importFile({ name: 'other.json', text: JSON.stringify({ hello: 'world' }) });
    await expect
      .poll(() => sidebar.text(tid('import-error')))
      .toContain('neither a W3C Web Annotation export');
    expect(await stored()).toEqual(before);
  });

  test('the popup exports every annotation stored in the browser as JSON-LD', async () => {
    const ids = (await stored()).map((a) => a.id).sort();
    const popup = await driver.popupFor(page);
    await popup.waitFor(tid('popup-export'));
    const file = await download(popup, popup, 'popup-export-local-jsonld');
    expect(file.name).toBe(`plan-annotations-all-${TODAY()}.jsonld`);
    const collection = JSON.parse(file.text) as {
      type: string;
      total: number;
      first: { items: { id: string }[] };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(4);
    expect(collection.first.items.map((a) => a.id).sort()).toEqual(ids.map((id) => `urn:uuid:${id}`));
    await expect.poll(() => popup.text(tid('popup-export-status'))).toContain('4 annotations');
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
    const other = await driver.newPage(`${server.origin}/plan-edited.html`);
    const popup = await driver.popupFor(other);
    await popup.click(tid('popup-annotate'));
    await expect.poll(() => popup.text(tid('popup-status'))).toContain('Annotating');
    await popup.close();
    await other.bringToFront();
    const otherSidebar = await driver.sidebar(other);
    await otherSidebar.waitForText('Select text on the page');
    await otherSidebar.click(tid('transfer-toggle'));
    for (const summary of [
      'Imported 2, skipped 0 duplicates, 0 could not be read. 2 were copied with a new id, as another page holds the original.',
      'Imported 0, skipped 2 duplicates, 0 could not be read.',
    ]) {
      await otherSidebar.setInputFiles(tid('import-file'), jsonldPath);
      await expect.poll(() => otherSidebar.text(tid('import-summary'))).toBe(summary);
    }
    await expect.poll(() => otherSidebar.count(tid('annotation-card'))).toBe(2);
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

describeInBrowsers('the popup exports a group from the sync server', (browser) => {
  let server: SyncServerProcess;
  let pages: FixtureServer;
  let driver: Driver;
  const username = `exporter-${browser}-${process.pid}`;
  const SOON = { timeout: 15_000, interval: 100 };
  const SLOW = { timeout: 60_000, interval: 250 };

  beforeAll(async () => {
    server = await SyncServerProcess.start();
    pages = await new FixtureServer().start();
    driver = await launch(browser);
  });

  afterAll(async () => {
    await driver?.close();
    await pages?.stop();
    await server?.dispose();
  });

  test('a group annotation, synced, comes back in the group export with its author and group', async () => {
    const settings = await driver.extensionPage('src/settings/settings.html');
    await settings.fill(tid('settings-server'), server.origin);
    await settings.click(tid('settings-server-save'));
    await expect
      .poll(() => settings.text(tid('settings-server-saved')), SOON)
      .toBe(`Using ${server.origin}.`);
    await settings.fill(tid('settings-username'), username);
    await settings.fill(tid('settings-password'), 'correct horse battery');
    await settings.click(tid('settings-signup'));
    await expect.poll(() => settings.text(tid('settings-signed-in')), SOON).toBe(`Signed in as ${username}`);
    await settings.fill(tid('settings-group-name'), 'Budget, reviewers');
    await settings.click(tid('settings-group-create'));
    await expect
      .poll(async () => (await settings.attribute(tid('settings-new-invitation'), 'value')) ?? '', SOON)
      .toMatch(/\./);
    await settings.click(tid('settings-visibility-group'));
    await expect.poll(() => settings.attribute(tid('settings-visibility-group'), 'checked')).toBe('true');
    await settings.close();

    const page = await driver.newPage(`${pages.origin}/plan.html`);
    const opener = await driver.popupFor(page);
    await opener.click(tid('popup-annotate'));
    await expect.poll(() => opener.text(tid('popup-status')), SOON).toContain('Annotating this page');
    await opener.close();
    await page.bringToFront();
    const sidebar = await driver.sidebar(page);
    await page.selectText(SECOND);
    await page.clickInClosedShadow(HOST, 'button[data-action="comment"]');
    await sidebar.waitFor(tid('editor'));
    await sidebar.fill(tid('editor-comment'), '+1 for a public works monitor');
    await sidebar.click(tid('editor-save'));
    await expect.poll(() => sidebar.count(tid('annotation-card')), SOON).toBe(1);

    // The sidebar's own CSV names the signed-in author.
    await sidebar.click(tid('transfer-toggle'));
    const local = await driver.download(page, () => sidebar.click(tid('export-csv')));
    const localRows = parse(local.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(localRows.map((r) => [r.author, r.visibility])).toEqual([[username, 'group']]);

    const popup = await driver.popupFor(page);
    await expect
      .poll(async () => (await popup.text(tid('popup-sync-pending'))) ?? '', SLOW)
      .toBe('Everything is synced');
    await expect
      .poll(() => popup.texts(`${tid('popup-export-group')} option`))
      .toEqual(['Budget, reviewers']);
    const file = await driver.download(popup, () => popup.click(tid('popup-export-group-csv')));
    expect(file.name).toBe(`plan-annotations-Budget-reviewers-${TODAY()}.csv`);
    const rows = parse(file.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    // A leading "+" would run as a formula: neutralised by the server's export too.
    expect(rows[0]).toMatchObject({
      comment: "'+1 for a public works monitor",
      author: username,
      group: 'Budget, reviewers',
    });
    await expect
      .poll(() => popup.text(tid('popup-export-status')))
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
