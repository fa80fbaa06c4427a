/**
 * Highlights take the colour of what their annotation says: an assessment by its completion level, an
 * assessment without evidence as unsupported, then comments and plain highlights, one named highlight
 * per style in the page's registry (src/ui/highlight-style.ts has the table).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HIGHLIGHT_STYLES } from '../../src/ui/highlight-style.ts';
import { requireCondition } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import {
  browserAvailable,
  launchWithExtension,
  sidebarFrame,
  tabIdOf,
  type LoadedExtension,
} from './support/extension.ts';

const run = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and dist/chrome from `npm run build`',
);

const COMPLETE = 'publish every contract for public works above 50,000 euros';
const UNSUPPORTED = 'A central register of the beneficial owners of companies';
const COMMENT = 'co-created with civil society through twelve public';
const PLAIN = 'searchable by name and company number';

describe.skipIf(!run)('highlights coloured by status', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let page: Page;
  let sidebar: Frame;
  let uri: string;

  beforeAll(async () => {
    server = await new FixtureServer().start();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    uri = `${server.origin}/plan.html`;
    await page.goto(uri);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${await tabIdOf(ext, page)}`);
    await popup.getByTestId('popup-annotate').click();
    await popup.getByTestId('popup-status').filter({ hasText: 'Annotating this page' }).waitFor();
    await popup.close();
    await page.bringToFront();
    sidebar = await sidebarFrame(ext, page);
    await sidebar.getByText('Select text on the page').waitFor();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  /** The passages painted in each of our named highlights, read as the page would read the registry. */
  function paintedByStyle(): Promise<Record<string, string[]>> {
    return page.evaluate(() => {
      const byStyle: Record<string, string[]> = {};
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('plan-annotator-') || name === 'plan-annotator-focus') continue;
        const texts = [...highlight].map((r) => r.toString().replace(/\s+/g, ' ').trim()).sort();
        if (texts.length > 0) byStyle[name.slice('plan-annotator-'.length)] = texts;
      }
      return byStyle;
    });
  }

  function record(n: number, exact: string, body: Record<string, unknown>, motivation = 'commenting') {
    const now = new Date().toISOString();
    return {
      id: `5f1c2a9e-7d3b-4e8a-9c61-2b7d0e4f8a0${n}`,
      motivation,
      target: { source: uri, selector: [{ type: 'TextQuoteSelector', exact }] },
      body: { comment: '', tags: [], ...body },
      document: { title: 'Plan' },
      visibility: 'private',
      created: now,
      modified: now,
    };
  }

  const assessment = (completion: string) => ({ completion, values: [], impact: null, verifiable: null });
  const evidence = {
    url: 'https://procurement.example/report-2025',
    title: 'Procurement portal annual report',
    kind: 'government-website',
    published: null,
    accessed: '2026-01-31',
    excerpt: '',
  };

  function save(records: unknown[]) {
    return sidebar.evaluate(async (list) => {
      const replies = [];
      for (const annotation of list) {
        replies.push(await chrome.runtime.sendMessage({ type: 'annotations.save', payload: { annotation } }));
      }
      return replies.map((r: { ok: boolean }) => r.ok);
    }, records);
  }

  test('every style has its own named highlight and a rule in the page', async () => {
    const registered = await page.evaluate(() => [...CSS.highlights.keys()]);
    for (const style of Object.keys(HIGHLIGHT_STYLES))
      expect(registered).toContain(`plan-annotator-${style}`);
  });

  test('each annotation is painted in the highlight of its status', async () => {
    const replies = await save([
      record(1, COMPLETE, { assessment: assessment('complete'), evidence: [evidence] }, 'assessing'),
      record(2, UNSUPPORTED, { assessment: assessment('substantial') }, 'assessing'),
      record(3, COMMENT, { comment: 'Which regions?' }),
      record(4, PLAIN, {}, 'highlighting'),
    ]);
    expect(replies).toEqual([true, true, true, true]);
    await expect.poll(paintedByStyle, { timeout: 15_000 }).toEqual({
      'completion-complete': [COMPLETE],
      unsupported: [UNSUPPORTED],
      comment: [COMMENT],
      highlight: [PLAIN],
    });
  });

  test('citing evidence for the unsupported assessment moves it to its completion colour', async () => {
    const replies = await save([
      record(2, UNSUPPORTED, { assessment: assessment('substantial'), evidence: [evidence] }, 'assessing'),
    ]);
    expect(replies).toEqual([true]);
    await expect.poll(paintedByStyle, { timeout: 15_000 }).toEqual({
      'completion-complete': [COMPLETE],
      'completion-substantial': [UNSUPPORTED],
      comment: [COMMENT],
      highlight: [PLAIN],
    });
  });

  test('after a reload the colours come back with the highlights', async () => {
    await page.reload();
    await expect.poll(paintedByStyle, { timeout: 15_000 }).toEqual({
      'completion-complete': [COMPLETE],
      'completion-substantial': [UNSUPPORTED],
      comment: [COMMENT],
      highlight: [PLAIN],
    });
  });
});
