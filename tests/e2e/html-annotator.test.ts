import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MAX_QUOTE_LENGTH } from '../../src/core/model/selectors.ts';
import { FixtureServer } from './support/fixture-server.ts';
import {
  boxOf,
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
const HOST = 'plan-annotator';
const CARD = tid('annotation-card');
const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/**
 * Every test runs on 127.0.0.1, which browsers count as a secure context, and on an ordinary host name
 * over plain http, which they do not (as most plans are served): APIs that exist only in secure contexts
 * are missing there, and a highlight that worked on 127.0.0.1 once saved nothing on such a site. The
 * plain-http name is resolved to the test server by the driver and allowed as the user would allow it.
 */
const ORIGINS = [
  { name: '127.0.0.1', host: '127.0.0.1', secure: true, screenshots: true },
  { name: 'a plain-http host name', host: 'plans.example.gov', secure: false, screenshots: false },
];

for (const origin of ORIGINS)
  describeInBrowsers(`the HTML annotator on ${origin.name}`, (browser) => {
    let driver: Driver;
    let server: FixtureServer;
    let page: TestPage;
    let sidebar: TestFrame;
    /** The README's pictures come from Chromium on 127.0.0.1; Firefox's go beside them with a prefix. */
    const picture = (name: string) => `${RESULTS}${browser === 'chromium' ? '' : `${browser}-`}${name}`;

    beforeAll(async () => {
      server = await new FixtureServer().start();
      driver = await launch(
        browser,
        origin.secure ? {} : { hosts: [origin.host], sites: [`http://${origin.host}`] },
      );
      page = await driver.newPage(`http://${origin.host}:${server.port}/plan.html`);
      // What the browser makes of the page is the point of running twice.
      expect(await page.evaluate(() => globalThis.isSecureContext)).toBe(origin.secure);
      await mkdir(RESULTS, { recursive: true });
    });

    afterAll(async () => {
      await driver?.close();
      await server?.stop();
    });

    test('the popup starts the annotator and the sidebar opens beside the page', async () => {
      const popup = await driver.popupFor(page);
      await expect.poll(() => popup.text(tid('popup-status'))).toContain('Not annotating');
      await popup.click(tid('popup-annotate'));
      await expect.poll(() => popup.text(tid('popup-status'))).toContain('Annotating this page');
      await popup.close();
      await page.bringToFront();
      sidebar = await driver.sidebar(page);
      await sidebar.waitForText('Select text on the page');
    });

    test('the host page can reach neither the sidebar nor the extension', async () => {
      const seen = await page.evaluate((host) => {
        const element = document.querySelector(host);
        return {
          hostPresent: element !== null,
          shadowReadable: element?.shadowRoot !== null,
          frames: document.querySelectorAll('iframe').length,
          runtime: typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
            ?.sendMessage,
        };
      }, HOST);
      expect(seen).toEqual({ hostPresent: true, shadowReadable: false, frames: 0, runtime: 'undefined' });
      // Nor can it fetch the injected script to learn that the extension is installed.
      const fetched = await page.evaluate(
        (url) =>
          fetch(url).then(
            () => 'fetched',
            () => 'refused',
          ),
        driver.extensionUrl('content-scripts/annotator/index.js'),
      );
      expect(fetched).toBe('refused');
    });

    test('select text, comment with a tag: the comment is saved and the passage painted', async () => {
      await page.selectText(QUOTE);
      await page.clickInClosedShadow(HOST, 'button[data-action="comment"]');
      await sidebar.waitFor(tid('editor'));
      await sidebar.fill(tid('editor-comment'), 'Is the **threshold** in the law yet?');
      await sidebar.fill(tid('editor-tags'), 'procurement');
      await sidebar.press(tid('editor-tags'), 'Enter');
      await sidebar.click(tid('editor-save'));
      await expect.poll(() => sidebar.count(CARD)).toBe(1);
      await expect.poll(() => sidebar.text(`${CARD} ${tid('card-tag')}`)).toBe('procurement');
      expect(await sidebar.text(`${CARD} ${tid('card-comment')} strong`)).toBe('threshold');
      await expect.poll(() => paintedTexts(page)).toEqual([QUOTE]);
    });

    test('a highlight alone, and clicking a highlight focuses its card', async () => {
      await page.selectText('monitor the execution of works');
      await page.clickInClosedShadow(HOST, 'button[data-action="highlight"]');
      await expect
        .poll(async () => (await paintedTexts(page)).sort())
        .toEqual([QUOTE, 'monitor the execution of works'].sort());
      await expect.poll(() => sidebar.count(CARD)).toBe(2);

      const point = await page.evaluate((q) => {
        const ranges = [...CSS.highlights]
          .filter(([name]) => name.startsWith('plan-annotator-') && name !== 'plan-annotator-focus')
          .flatMap(([, h]) => [...h] as Range[]);
        const rect = ranges.find((r) => r.toString().replace(/\s+/g, ' ').includes(q))?.getClientRects()[0];
        if (!rect) throw new Error(`no painted highlight holds "${q}"`);
        return { x: rect.left + 5, y: rect.top + rect.height / 2 };
      }, 'monitor the execution');
      await page.mouseClick(point.x, point.y);
      await expect
        .poll(() => sidebar.text(`${CARD}[data-focused="true"] ${tid('card-quote')}`))
        .toContain('monitor the execution of works');
      // The README's picture of the sidebar is taken here (and copied from test-results/).
      if (origin.screenshots) await page.screenshot(picture('sidebar.png'));
    });

    test('after a reload the highlights come back by themselves on the same text', async () => {
      await page.reload();
      await expect
        .poll(async () => (await paintedTexts(page)).sort(), { timeout: 15_000 })
        .toEqual([QUOTE, 'monitor the execution of works'].sort());
    });

    test('republished with small edits around and inside the passage, it still anchors', async () => {
      server.serveAs('/plan.html', 'plan-edited.html');
      await page.reload();
      await expect
        .poll(async () => (await paintedTexts(page)).sort(), { timeout: 15_000 })
        .toEqual([QUOTE, 'monitor the execution of works'].sort());
    });

    test('when the passage is deleted, its annotation is listed under orphans, not lost', async () => {
      server.serveAs('/plan.html', 'plan-passage-removed.html');
      await page.reload();
      await expect
        .poll(() => paintedTexts(page), { timeout: 15_000 })
        .toEqual(['monitor the execution of works']);
      const popup = await driver.popupFor(page);
      await popup.click(tid('popup-annotate'));
      await expect.poll(() => popup.text(tid('popup-count'))).toContain('2 annotations');
      await popup.close();
      sidebar = await driver.sidebar(page);
      const orphans = tid('orphans');
      await expect
        .poll(() => sidebar.text(`${orphans} ${tid('card-quote')}`))
        .toContain('publish every contract');
      await expect.poll(() => sidebar.text(`${orphans} ${tid('card-tag')}`)).toBe('procurement');
    });

    test('a card can be edited and deleted', async () => {
      const orphan = `${tid('orphans')} ${CARD}`;
      await sidebar.click(`${orphan} ${tid('card-edit')}`);
      await sidebar.fill(tid('editor-comment'), 'Passage dropped in the 2025 revision.');
      await sidebar.click(tid('editor-save'));
      await expect
        .poll(() => sidebar.text(`${orphan} ${tid('card-comment')}`))
        .toContain('dropped in the 2025 revision');

      await sidebar.click(`${orphan} ${tid('card-delete')}`);
      await sidebar.click(`${orphan} ${tid('card-delete-confirm')}`);
      await expect.poll(() => sidebar.count(CARD)).toBe(1);
      await page.reload();
      await expect
        .poll(() => paintedTexts(page), { timeout: 15_000 })
        .toEqual(['monitor the execution of works']);
    });

    test('malformed messages and records are refused with a clear error, and nothing stored changes', async () => {
      sidebar = await driver.sidebar(page);
      const replies = await sidebar.evaluate(async () => {
        const send = (message: unknown) => chrome.runtime.sendMessage(message);
        const before = await send({ type: 'annotations.list', payload: {} });
        const results = {
          notAMessage: await send('hello'),
          unknownType: await send({ type: 'annotations.drop', payload: {} }),
          // The sidebar is framed into pages we do not trust: it may not ask about other tabs.
          otherTab: await send({ type: 'tab.status', payload: { tabId: 1 } }),
          badRecord: await send({
            type: 'annotations.save',
            payload: {
              annotation: {
                id: 'not-a-uuid',
                motivation: 'commenting',
                target: { source: 'javascript:alert(1)', selector: [] },
                body: { comment: 1, tags: [''] },
                document: { title: '' },
                visibility: 'everyone',
                created: 'yesterday',
                modified: '2026-01-01T00:00:00+02:00',
              },
            },
          }),
        };
        const after = await send({ type: 'annotations.list', payload: {} });
        return { results, before, after };
      });
      for (const reply of Object.values(replies.results)) expect(reply).toMatchObject({ ok: false });
      expect(replies.results.unknownType.error.message).toContain('annotations.drop');
      expect(replies.results.otherTab.error.code).toBe('forbidden');
      const fields = replies.results.badRecord.error.fields.map((f: { field: string }) => f.field);
      expect(fields).toEqual(
        expect.arrayContaining(['id', 'target.source', 'body.comment', 'visibility', 'created', 'modified']),
      );
      expect(replies.after).toEqual(replies.before);
    });

    test('a site never granted sees nothing of the extension', async () => {
      // Same server, another host name: localhost was never granted.
      const other = await driver.newPage(`http://localhost:${server.port}/plan.html`);
      // Give a restore, if one were (wrongly) coming, the time it takes on the granted host.
      await page.reload();
      await expect
        .poll(() => paintedTexts(page), { timeout: 15_000 })
        .toEqual(['monitor the execution of works']);
      expect(await other.count(HOST)).toBe(0);
      expect(await paintedTexts(other)).toEqual([]);
      await other.close();
    });

    test('the popup tells whether the tab is annotated and how many annotations it has', async () => {
      const popup = await driver.popupFor(page);
      await expect.poll(() => popup.text(tid('popup-count'))).toContain('1 annotation');
      await popup.click(tid('popup-annotate'));
      await expect.poll(() => popup.text(tid('popup-status'))).toContain('Annotating this page');
      await popup.setViewport(340, 240);
      if (origin.screenshots) await popup.screenshot(picture('popup.png'));
      await popup.close();
    });

    test('a highlight that is not saved says why under the toolbar, and the selection stays to try again', async () => {
      // A passage longer than the longest quote stored, printed small enough to select in one drag.
      const sentence =
        'The ministry will report on every measure of this plan to the national forum each quarter. ';
      const passage = sentence.repeat(Math.ceil((MAX_QUOTE_LENGTH + 2000) / sentence.length)).trim();
      server.serveContent(
        '/annex.html',
        `<!doctype html><html lang="en"><head><title>Annex</title></head><body><h1>Annex: reporting</h1>` +
          `<p id="long" style="font-size: 3px; line-height: 4px">${passage}</p></body></html>`,
      );
      const annex = await driver.newPage(`http://${origin.host}:${server.port}/annex.html`);
      const popup = await driver.popupFor(annex);
      await popup.click(tid('popup-annotate'));
      await expect.poll(() => popup.text(tid('popup-status'))).toContain('Annotating this page');
      await popup.close();
      await annex.bringToFront();

      const box = await boxOf(annex, '#long');
      if (!box) throw new Error('the long passage is not displayed');
      await annex.drag(
        { x: box.x + 1, y: box.y + 1 },
        { x: box.x + box.width - 1, y: box.y + box.height - 1 },
      );
      const selected = () => annex.evaluate(() => document.getSelection()?.toString().length ?? 0);
      const length = await selected();
      expect(length).toBeGreaterThan(MAX_QUOTE_LENGTH);

      // The background refuses the record; the reader is told, in words, under the toolbar.
      await annex.clickInClosedShadow(HOST, 'button[data-action="highlight"]');
      await expect
        .poll(() => annex.shownTextInClosedShadow(HOST, '.notice'))
        .toMatch(/^The highlight was not saved\. .*longer than 20,000 characters/);
      expect(await selected()).toBe(length);
      expect(await paintedTexts(annex)).toEqual([]);
      if (origin.screenshots) await annex.screenshot(picture('highlight-not-saved.png'));

      // A shorter passage is saved, and the word of the failure goes.
      await annex.selectText('Annex: reporting');
      await annex.clickInClosedShadow(HOST, 'button[data-action="highlight"]');
      await expect.poll(() => paintedTexts(annex)).toEqual(['Annex: reporting']);
      expect(await annex.shownTextInClosedShadow(HOST, '.notice')).toBeNull();
      await annex.close();
    });
  });
