import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FixtureServer } from './support/fixture-server.ts';
import { PdfServer } from './support/pdf-server.ts';
import { AFTER_BREAK, writeReportPdf } from './support/report-pdf.ts';
import {
  describeInBrowsers,
  launch,
  tid,
  until,
  type Driver,
  type TestFrame,
  type TestPage,
} from './support/driver.ts';

const HOST = 'plan-annotator';
const CARD = tid('annotation-card');
const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const QUOTE = 'publish every contract for public works above 50,000 euros';
/** The passage the popup's search opens, far down a long page so that landing on it means scrolling. */
const FAR_PASSAGE = 'the audit office will publish its findings on every municipal budget';
const HOSTILE = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';

/** A long plan: filler paragraphs, then the passage. */
function longPlan(): string {
  const filler = Array.from(
    { length: 120 },
    (_, i) => `<p>Paragraph ${i + 1} of the background section, which says nothing the search looks for.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long plan</title></head>
    <body><h1>Long action plan</h1>${filler}<h2>Commitment 9: Audits</h2>
    <p>By 2027 ${FAR_PASSAGE}, in open formats.</p></body></html>`;
}

describeInBrowsers('search', (browser) => {
  let driver: Driver;
  let server: FixtureServer;
  let pdfServer: PdfServer;
  let pdfAddress = '';
  let page: TestPage;
  let sidebar: TestFrame;
  const picture = (name: string) => `${RESULTS}${browser === 'chromium' ? '' : `${browser}-`}${name}`;

  beforeAll(async () => {
    server = await new FixtureServer().start();
    server.serveContent('/long-plan.html', longPlan());
    const report = await writeReportPdf();
    pdfServer = await new PdfServer(report.dir).start();
    pdfAddress = `${pdfServer.origin}/plans/${report.name}`;
    driver = await launch(browser);
    await mkdir(RESULTS, { recursive: true });
  });

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
    await pdfServer?.stop();
  });

  /** Starts the annotator through the popup, as a user does, and answers the page's sidebar. */
  async function annotate(target: TestPage): Promise<TestFrame> {
    const popup = await driver.popupFor(target);
    await popup.click(tid('popup-annotate'));
    await expect.poll(() => popup.text(tid('popup-status')), { timeout: 20_000 }).toContain('Annotating');
    await popup.close();
    await target.bringToFront();
    return driver.sidebar(target);
  }

  /**
   * Saves annotations through the sidebar's (or the PDF viewer's) own requests, with the times and texts
   * a test needs.
   */
  function save(
    frame: TestFrame,
    title: string,
    notes: { exact: string; comment: string; tags: string[]; created: string }[],
  ) {
    return frame.evaluate(
      async ([pageTitle, list]) => {
        const send = (message: unknown) =>
          chrome.runtime.sendMessage(message) as Promise<{ ok: boolean; value?: { documentUri?: string } }>;
        const source = (await send({ type: 'annotations.list', payload: {} })).value?.documentUri ?? '';
        const answers = [];
        for (const note of list) {
          answers.push(
            await send({
              type: 'annotations.save',
              payload: {
                annotation: {
                  id: crypto.randomUUID(),
                  motivation: 'commenting',
                  target: { source, selector: [{ type: 'TextQuoteSelector', exact: note.exact }] },
                  body: { comment: note.comment, tags: note.tags },
                  document: { title: pageTitle },
                  visibility: 'private',
                  created: note.created,
                  modified: note.created,
                },
              },
            }),
          );
        }
        return answers.every((a) => a.ok);
      },
      [title, notes] as const,
    );
  }

  const cardComments = () => sidebar.texts(`${CARD} ${tid('card-comment')}`);

  test('the sidebar finds a card by tag and by a word of its comment; Esc clears; sorts by newest', async () => {
    page = await driver.newPage(`${server.origin}/plan.html`);
    sidebar = await annotate(page);
    await sidebar.waitForText('Select text on the page');
    // One through the page's own selection and the editor, as a user writes one.
    await page.selectText(QUOTE);
    await page.clickInClosedShadow(HOST, 'button[data-action="comment"]');
    await sidebar.waitFor(tid('editor'));
    await sidebar.fill(tid('editor-comment'), 'Is the threshold in the law yet?');
    await sidebar.fill(tid('editor-tags'), 'Contratação');
    await sidebar.press(tid('editor-tags'), 'Enter');
    await sidebar.click(tid('editor-save'));
    await expect.poll(() => sidebar.count(CARD)).toBe(1);
    expect(
      await save(sidebar, 'Plan', [
        {
          exact: 'A central register of the beneficial owners',
          comment: 'Ownership data must stay free of charge.',
          tags: ['registry'],
          created: '2020-01-01T00:00:00.000Z',
        },
        {
          exact: 'allocate part of their investment budget',
          comment: `${HOSTILE} Budget note`,
          tags: ['budget'],
          created: '2099-01-01T00:00:00.000Z',
        },
      ]),
    ).toBe(true);
    await expect.poll(() => sidebar.count(CARD)).toBe(3);

    // By tag, in any case and without its accents.
    await sidebar.fill(tid('sidebar-search'), 'CONTRATACAO');
    await expect.poll(cardComments).toEqual(['Is the threshold in the law yet?']);
    // By words of a comment, all of them needed.
    await sidebar.fill(tid('sidebar-search'), 'free ownership');
    await expect.poll(cardComments).toEqual(['Ownership data must stay free of charge.']);
    expect(await sidebar.text(tid('sidebar-search-count'))).toBe('1 of 3 match');
    await sidebar.fill(tid('sidebar-search'), 'free nowhere');
    await expect.poll(() => sidebar.count(CARD)).toBe(0);
    // Esc empties the box and brings every card back.
    await sidebar.press(tid('sidebar-search'), 'Escape');
    await expect.poll(() => sidebar.count(CARD)).toBe(3);
    expect(await sidebar.attribute(tid('sidebar-search'), 'value')).toBe('');

    // "/" from anywhere in the sidebar but a field puts the cursor in the box.
    await sidebar.press(`${CARD} ${tid('card-edit')}`, '/');
    await expect
      .poll(() => sidebar.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('sidebar-search');
    expect(await sidebar.attribute(tid('sidebar-search'), 'value')).toBe('');

    // Reading order first; newest first on request.
    expect((await cardComments())[0]).toBe('Is the threshold in the law yet?');
    await sidebar.choose(tid('sidebar-sort'), 'newest');
    await expect
      .poll(cardComments)
      .toEqual([
        `${HOSTILE} Budget note`,
        'Is the threshold in the law yet?',
        'Ownership data must stay free of charge.',
      ]);
    // The hostile comment is shown as its text: no element was made of it and nothing ran.
    expect(await sidebar.count(`${CARD} img, ${CARD} script`)).toBe(0);
    expect(await sidebar.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    await sidebar.fill(tid('sidebar-search'), 'budget');
    await expect.poll(() => sidebar.count(CARD)).toBe(1);
    if (browser === 'chromium') await page.screenshot(picture('sidebar-search.png'));
    await sidebar.press(tid('sidebar-search'), 'Escape');
  });

  test('the popup finds an annotation of another document and opens it at its passage', async () => {
    const far = await driver.newPage(`${server.origin}/long-plan.html`);
    const farSidebar = await annotate(far);
    await farSidebar.waitForText('Select text on the page');
    expect(
      await save(farSidebar, 'Long plan', [
        {
          exact: FAR_PASSAGE,
          comment: `Auditoria municipal: ${HOSTILE}`,
          tags: ['audits'],
          created: '2026-03-01T00:00:00.000Z',
        },
      ]),
    ).toBe(true);
    await expect.poll(() => farSidebar.count(CARD)).toBe(1);
    await far.close();

    // From the popup of the first plan, a search across every document.
    const popup = await driver.popupFor(page);
    await popup.fill(tid('popup-search-box'), 'AUDITORÍA municipal');
    await popup.click(tid('popup-search-button'));
    await expect.poll(() => popup.count(tid('popup-search-result'))).toBe(1);
    expect(await popup.text(tid('popup-search-status'))).toBe('1 annotation found');
    expect(await popup.text(tid('popup-search-title'))).toBe('Long plan');
    expect(await popup.text(tid('popup-search-quote'))).toBe(FAR_PASSAGE);
    // Hostile text in a result is text.
    expect(await popup.text(tid('popup-search-comment'))).toBe(`Auditoria municipal: ${HOSTILE}`);
    expect(
      await popup.count(`${tid('popup-search-results')} img, ${tid('popup-search-results')} script`),
    ).toBe(0);
    expect(await popup.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    if (browser === 'chromium') await popup.screenshot(picture('popup-search.png'));

    // A word found in nothing says so.
    await popup.fill(tid('popup-search-box'), 'zzqx');
    await popup.click(tid('popup-search-button'));
    await expect.poll(() => popup.text(tid('popup-search-status'))).toBe('Nothing stored here matches.');
    await popup.fill(tid('popup-search-box'), 'auditoria');
    await popup.click(tid('popup-search-button'));
    await expect.poll(() => popup.count(tid('popup-search-result'))).toBe(1);
    await popup.click(tid('popup-search-open'));

    const opened = await until(
      () => driver.findPage((url) => url.endsWith('/long-plan.html')),
      (found) => found !== undefined,
      'the opened document',
      30_000,
    );
    const landed = opened as TestPage;
    // The passage is the focused highlight, and it is in view: the page scrolled down to it.
    const focused = () =>
      landed.evaluate(() => {
        const ranges = [...(CSS.highlights.get('plan-annotator-focus') ?? [])] as Range[];
        const range = ranges[0];
        if (!range) return null;
        const box = range.getBoundingClientRect();
        return {
          text: ranges
            .map((r) => r.toString())
            .join('')
            .replace(/\s+/g, ' ')
            .trim(),
          inView: box.top >= 0 && box.bottom <= innerHeight,
          scrolled: scrollY > 0,
        };
      });
    await expect
      .poll(focused, { timeout: 30_000 })
      .toEqual({ text: FAR_PASSAGE, inView: true, scrolled: true });
    // Its card is shown in the sidebar beside it.
    const landedSidebar = await driver.sidebar(landed);
    await expect.poll(() => landedSidebar.text(`${CARD} ${tid('card-quote')}`)).toContain(FAR_PASSAGE);
    await popup.close();
  });

  test('a result on a PDF opens in the viewer at its passage', async () => {
    const viewer = await driver.newPage();
    await viewer.goto(driver.extensionUrl(`src/viewer/viewer.html?file=${encodeURIComponent(pdfAddress)}`));
    await until(
      () => viewer.count('.page[data-page-number="1"] .textLayer .endOfContent'),
      (n) => n > 0,
      'the text layer',
      30_000,
    );
    await expect
      .poll(() => viewer.text(tid('viewer-message')), { timeout: 30_000 })
      .not.toMatch(/Opening|Reading/);
    // The background knows the tab's PDF once the viewer gives its sidebar an address (main.ts).
    await until(
      () => viewer.attribute('#sidebar', 'src'),
      (src) => Boolean(src),
      'the viewer registered with the background',
      30_000,
    );
    // The viewer page plays the annotator's part for its PDF, so it saves as the page's own requests do.
    expect(
      await save(viewer, 'Open Data Progress Report 2025', [
        {
          exact: AFTER_BREAK,
          comment: 'Embargo periods are still allowed.',
          tags: ['research'],
          created: '2026-04-01T00:00:00.000Z',
        },
      ]),
    ).toBe(true);
    await viewer.close();

    const popup = await driver.popupFor(page);
    await popup.fill(tid('popup-search-box'), 'embargo');
    await popup.click(tid('popup-search-button'));
    await expect.poll(() => popup.count(tid('popup-search-result'))).toBe(1);
    expect(await popup.text(tid('popup-search-title'))).toBe('Open Data Progress Report 2025');
    await popup.click(tid('popup-search-open'));
    const opened = (await until(
      () => driver.findPage((url) => url.includes('/src/viewer/viewer.html')),
      (found) => found !== undefined,
      'the viewer',
      30_000,
    )) as TestPage;
    const focused = () =>
      opened.evaluate(() => {
        const ranges = [...(CSS.highlights.get('plan-annotator-focus') ?? [])] as Range[];
        const box = ranges[0]?.getBoundingClientRect();
        return {
          text: ranges
            .map((r) => r.toString())
            .join('')
            .replace(/\s+/g, ' ')
            .trim(),
          inView: box !== undefined && box.top >= 0 && box.bottom <= innerHeight,
        };
      });
    await expect.poll(focused, { timeout: 45_000 }).toEqual({ text: AFTER_BREAK, inView: true });
    await popup.close();
  });
});
