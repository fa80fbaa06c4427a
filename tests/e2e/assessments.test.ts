import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FixtureServer } from './support/fixture-server.ts';
import {
  describeInBrowsers,
  launch,
  tid,
  type Driver,
  type TestFrame,
  type TestPage,
} from './support/driver.ts';

const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** What a card (found by a phrase of its text) shows, read in the sidebar. */
function cardFacts(sidebar: TestFrame, phrase: string) {
  return sidebar.evaluate((text) => {
    const card = [...document.querySelectorAll('[data-testid="annotation-card"]')].find((c) =>
      (c.textContent ?? '').includes(text),
    );
    if (!card) return null;
    const q = (id: string) => card.querySelectorAll(`[data-testid="${id}"]`);
    const link = card.querySelector('[data-testid="card-evidence-item"] a');
    return {
      completion: q('card-completion')[0]?.textContent ?? null,
      evidence: q('card-evidence-item').length,
      href: link?.getAttribute('href') ?? null,
      rel: link?.getAttribute('rel') ?? null,
      unsupportedBadges: q('unsupported-badge').length,
      linkedBy: q('card-linked-by')[0]?.getAttribute('data-linked-by') ?? null,
    };
  }, phrase);
}

/** The reply thread whose assessment card says `phrase`: its parts, read in the sidebar. */
function threadFacts(sidebar: TestFrame, phrase: string) {
  return sidebar.evaluate((text) => {
    const thread = [...document.querySelectorAll('[data-testid="thread"]')].find((t) =>
      [...t.querySelectorAll('[data-testid="annotation-card"]')].some((c) =>
        (c.textContent ?? '').includes(text),
      ),
    );
    if (!thread) return null;
    return {
      replyForms: thread.querySelectorAll('[data-testid="reply-form"]').length,
      replyComments: [...thread.querySelectorAll('[data-testid="replies"] [data-testid="card-comment"]')].map(
        (e) => e.textContent ?? '',
      ),
      quotes: thread.querySelectorAll('[data-testid="card-quote"]').length,
      replyQuotes: thread.querySelectorAll('[data-testid="replies"] [data-testid="card-quote"]').length,
    };
  }, phrase);
}

describeInBrowsers('assessing commitments with evidence, by keyboard', (browser) => {
  let driver: Driver;
  let server: FixtureServer;
  let page: TestPage;
  let sidebar: TestFrame;
  /** Chromium's pictures keep their names (the README's); Firefox's go beside them with a prefix. */
  const picture = (name: string) => `${RESULTS}${browser === 'chromium' ? '' : `${browser}-`}${name}`;

  async function openSidebar(): Promise<void> {
    const popup = await driver.popupFor(page);
    await popup.click(tid('popup-annotate'));
    await popup.waitForText('Annotating this page');
    await popup.close();
    await page.bringToFront();
    sidebar = await driver.sidebar(page);
    await expect.poll(() => sidebar.count(tid('outline-item')), { timeout: 15_000 }).toBe(4);
  }

  beforeAll(async () => {
    server = await new FixtureServer().start();
    driver = await launch(browser);
    page = await driver.newPage(`${server.origin}/plan-commitments.html`);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
  });

  const outlineItem = (ordinal: number) => `${tid('outline-item')}[data-ordinal="${ordinal}"]`;
  const summaryItem = (ordinal: number) => `${tid('summary-item')}[data-ordinal="${ordinal}"]`;
  const outlineAttr = (ordinal: number, name: string) => sidebar.attribute(outlineItem(ordinal), name);
  /** The `value` of the nth (from 0) match. */
  const valueOf = (selector: string, nth = 0) =>
    sidebar.evaluate(
      ([s, n]) =>
        (document.querySelectorAll(s as string)[n as number] as HTMLInputElement | undefined)?.value,
      [selector, nth] as const,
    );

  /** What has the keyboard focus in the sidebar: its test id, else its tag, type and value. */
  const focused = () =>
    sidebar.evaluate(() => {
      const e = document.activeElement as HTMLInputElement | null;
      if (!e) return 'nothing';
      return e.getAttribute('data-testid') ?? `${e.tagName.toLowerCase()}:${e.type ?? ''}:${e.value ?? ''}`;
    });

  /** Presses Tab until the focus is on `target` (a test id or a description from `focused`). */
  async function tabTo(target: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      if ((await focused()) === target) return;
      await page.keyPress('Tab');
    }
    throw new Error(`Tab never reached ${target}; the focus is on ${await focused()}`);
  }

  test('assess commitment 1 with two sources, using the keyboard only', async () => {
    await openSidebar();
    await sidebar.focus(`${outlineItem(1)} ${tid('outline-assess')}`);
    await page.keyPress('Enter');
    await sidebar.waitFor(tid('assessment-form'));
    // The focus moves into the form, on its first field.
    await expect.poll(focused).toBe('input:radio:no-evidence');

    // Escape closes it and gives the focus back to the button that opened it.
    await page.keyPress('Escape');
    await expect.poll(() => sidebar.count(tid('assessment-form'))).toBe(0);
    await expect.poll(focused).toBe('outline-assess');
    await page.keyPress('Enter');
    await sidebar.waitFor(tid('assessment-form'));
    // The form moves the focus in once it is drawn; a key pressed before that would go elsewhere.
    await expect.poll(focused).toBe('input:radio:no-evidence');

    // Completion: the arrow keys move through the radio group, one level a press.
    for (const level of ['not-started', 'limited', 'substantial', 'complete']) {
      await page.keyPress('ArrowRight');
      await expect.poll(focused).toBe(`input:radio:${level}`);
    }
    // Two OGP values.
    await tabTo('input:checkbox:access-to-information');
    await page.keyPress('Space');
    await page.keyPress('Tab');
    await page.keyPress('Space');
    await tabTo('assessment-impact');
    await page.keyType('Mod');
    expect(await valueOf(tid('assessment-impact'))).toBe('moderate');
    await tabTo('input:radio:');
    await page.keyPress('ArrowRight');
    expect(await focused()).toBe('input:radio:yes');
    await tabTo('editor-comment');
    await page.keyType('Contracts are **published** within thirty days.');

    // First source.
    await tabTo('evidence-add');
    await page.keyPress('Enter');
    await expect.poll(focused).toBe('evidence-url');
    await page.keyType('https://contracts.gov.example/ocds/2025');
    await page.keyPress('Tab');
    await page.keyType('OCDS publication of 2025 contracts');
    await tabTo('evidence-published');
    await page.keyType('2026-02-01');

    // Second source: an address that is not http(s) is refused beside its field, then fixed.
    await tabTo('evidence-add');
    await page.keyPress('Enter');
    await expect.poll(focused).toBe('evidence-url');
    await page.keyType('javascript:alert(1)');
    await page.keyPress('Tab');
    await expect
      .poll(() => sidebar.text(tid('evidence-url-error')))
      .toContain('must be an http or https address');
    await page.keyPress('Shift+Tab');
    await page.keyPress('ControlOrMeta+A');
    await page.keyType('https://data.gov.example/contracts.csv');
    await page.keyPress('Tab');
    expect(await sidebar.count(tid('evidence-url-error'))).toBe(0);
    await page.keyType('Contracts dataset');
    await page.keyPress('Tab');
    await page.keyType('Data');
    expect(await valueOf(tid('evidence-kind'), 1)).toBe('dataset');
    // The accessed date was filled in with today.
    expect(await valueOf(tid('evidence-accessed'), 1)).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A picture of the filled form, for reviewing its look (test-results/ is not kept).
    await mkdir(RESULTS, { recursive: true });
    await sidebar.evaluate(
      (s) => document.querySelector(s)?.scrollIntoView({ block: 'nearest' }),
      tid('assessment-form'),
    );
    await page.screenshot(picture('assessment-form.png'));

    await page.keyPress('Control+Enter');
    await expect.poll(() => sidebar.count(tid('assessment-form'))).toBe(0);
    await expect.poll(focused).toBe('outline-assess');

    await expect.poll(() => outlineAttr(1, 'data-assessments')).toBe('1');
    expect(await outlineAttr(1, 'data-evidence')).toBe('2');
    expect(await outlineAttr(1, 'data-unsupported')).toBe('0');
    expect(await cardFacts(sidebar, 'thirty days')).toMatchObject({
      completion: 'Complete',
      evidence: 2,
      href: 'https://contracts.gov.example/ocds/2025',
      rel: 'noopener noreferrer',
      unsupportedBadges: 0,
    });
  });

  test('an assessment without evidence is saved and shown as unsupported', async () => {
    await sidebar.focus(`${outlineItem(2)} ${tid('outline-assess')}`);
    await page.keyPress('Enter');
    await sidebar.waitFor(tid('assessment-form'));
    // Keys wait until the form has taken the focus.
    await expect.poll(focused).toBe('input:radio:no-evidence');
    // Saving without a completion level names that field, in place.
    await page.keyPress('Control+Enter');
    await expect
      .poll(() => sidebar.text(tid('completion-error')))
      .toContain('must be one of the completion levels');
    await sidebar.focus(`${tid('assessment-completion')} input[value="limited"]`);
    await page.keyPress('Space');
    await page.keyPress('Control+Enter');
    await expect.poll(() => outlineAttr(2, 'data-unsupported')).toBe('1');
    expect(await sidebar.text(`${outlineItem(2)} ${tid('unsupported-badge')}`)).toBe('1 unsupported');
    const card = `${tid('annotation-card')}[data-style="unsupported"]`;
    await expect.poll(() => sidebar.count(card)).toBe(1);
    expect(await sidebar.text(`${card} ${tid('unsupported-badge')}`)).toBe('Unsupported');
  });

  test('"Use current page as evidence" fills a source from the plan page', async () => {
    await sidebar.focus(`${outlineItem(3)} ${tid('outline-assess')}`);
    await page.keyPress('Enter');
    await sidebar.waitFor(tid('assessment-form'));
    // Keys wait until the form has taken the focus.
    await expect.poll(focused).toBe('input:radio:no-evidence');
    await tabTo('evidence-current-page');
    await page.keyPress('Enter');
    await expect.poll(() => valueOf(tid('evidence-url'))).toBe(`${server.origin}/plan-commitments.html`);
    expect(await valueOf(tid('evidence-title'))).toContain('Fifth Open Government');
    // Escape drops the form, and nothing was saved for commitment 3.
    await page.keyPress('Escape');
    await expect.poll(() => sidebar.count(tid('assessment-form'))).toBe(0);
    expect(await outlineAttr(3, 'data-assessments')).toBe('0');
  });

  test('a reply thread of two under the assessment', async () => {
    for (const text of ['Which portal is meant?', 'The national procurement portal, per the decree.']) {
      // The first Reply of the thread whose assessment says "thirty days".
      await sidebar.evaluate((phrase) => {
        const thread = [...document.querySelectorAll('[data-testid="thread"]')].find((t) =>
          [...t.querySelectorAll('[data-testid="annotation-card"]')].some((c) =>
            (c.textContent ?? '').includes(phrase),
          ),
        );
        const reply = thread?.querySelector<HTMLElement>('[data-testid="card-reply"]');
        if (!reply) throw new Error('no Reply under the assessment');
        reply.focus();
      }, 'thirty days');
      await page.keyPress('Enter');
      await sidebar.waitFor(`${tid('thread')} ${tid('reply-form')}`);
      await expect.poll(focused).toBe('editor-comment');
      await page.keyType(text);
      await page.keyPress('Control+Enter');
      await expect.poll(async () => (await threadFacts(sidebar, 'thirty days'))?.replyForms).toBe(0);
    }
    const thread = await threadFacts(sidebar, 'thirty days');
    expect(thread?.replyComments).toEqual([
      'Which portal is meant?',
      'The national procurement portal, per the decree.',
    ]);
    // The passage is quoted once, on the assessment's card: the replies answer it, not quote it again.
    expect(thread?.quotes).toBe(1);
    expect(thread?.replyQuotes).toBe(0);
  });

  test('"Assess" on a selection inside a commitment assesses that commitment', async () => {
    await page.selectText('publish the answers, so that a question asked once');
    await page.clickInClosedShadow('plan-annotator', 'button[data-action="assess"]');
    await sidebar.waitFor(tid('assessment-form'));
    // Keys wait until the form has taken the focus.
    await expect.poll(focused).toBe('input:radio:no-evidence');
    expect(await sidebar.text(tid('assessment-subject'))).toBe('Assessing 4. Freedom of information portal');
    await expect.poll(focused).toBe('input:radio:no-evidence');
    await page.keyPress('ArrowRight');
    await page.keyPress('Control+Enter');
    await expect.poll(() => outlineAttr(4, 'data-assessments')).toBe('1');
    expect(await cardFacts(sidebar, 'question asked once')).toMatchObject({
      completion: 'Not started',
      linkedBy: 'auto',
    });
  });

  test('after a reload the outline, the summary and the thread show the same', async () => {
    await page.reload();
    await openSidebar();
    await expect.poll(() => outlineAttr(1, 'data-assessments')).toBe('1');
    expect(await outlineAttr(1, 'data-evidence')).toBe('2');
    expect(await outlineAttr(2, 'data-unsupported')).toBe('1');
    await expect.poll(() => sidebar.count(`${tid('replies')} ${tid('annotation-card')}`)).toBe(2);

    await sidebar.focus(tid('view-summary'));
    await page.keyPress('Enter');
    await sidebar.waitFor(tid('summary'));
    expect(await sidebar.text(`${summaryItem(1)} ${tid('summary-counts')}`)).toBe(
      '1 assessment, 1 evidence-backed',
    );
    expect(await sidebar.attribute(`${summaryItem(1)} ${tid('summary-assessment')}`, 'data-completion')).toBe(
      'complete',
    );
    expect(await sidebar.text(`${summaryItem(2)} ${tid('summary-counts')}`)).toBe(
      '1 assessment, 0 evidence-backed',
    );
    expect(await sidebar.count(`${summaryItem(2)} ${tid('unsupported-badge')}`)).toBe(1);
    expect(await sidebar.text(`${summaryItem(3)} ${tid('summary-counts')}`)).toBe('Not assessed yet');

    // The README's picture of the sidebar with the outline and an assessment.
    await sidebar.click(tid('view-annotations'));
    await sidebar.waitFor(tid('outline-item'));
    await mkdir(RESULTS, { recursive: true });
    await page.screenshot(picture('sidebar-assessments.png'));
  });
});
