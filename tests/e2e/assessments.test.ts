import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireCondition } from '../support/require-env.ts';
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

describe.skipIf(!run)('assessing commitments with evidence, by keyboard', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let page: Page;
  let sidebar: Frame;

  async function openSidebar(): Promise<void> {
    const tabId = await tabIdOf(ext, page);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-annotate').click();
    await popup.getByText('Annotating this page').waitFor();
    await popup.close();
    await page.bringToFront();
    sidebar = await sidebarFrame(ext, page);
    await expect.poll(() => sidebar.getByTestId('outline-item').count(), { timeout: 15_000 }).toBe(4);
  }

  beforeAll(async () => {
    server = await new FixtureServer().start();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/plan-commitments.html`);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  const outlineItem = (ordinal: number) =>
    sidebar.locator(`[data-testid="outline-item"][data-ordinal="${ordinal}"]`);
  const summaryItem = (ordinal: number) =>
    sidebar.locator(`[data-testid="summary-item"][data-ordinal="${ordinal}"]`);

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
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target}; the focus is on ${await focused()}`);
  }

  test('assess commitment 1 with two sources, using the keyboard only', async () => {
    await openSidebar();
    await outlineItem(1).getByTestId('outline-assess').focus();
    await page.keyboard.press('Enter');
    await sidebar.getByTestId('assessment-form').waitFor();
    // The focus moves into the form, on its first field.
    await expect.poll(focused).toBe('input:radio:no-evidence');

    // Escape closes it and gives the focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar.getByTestId('assessment-form').count()).toBe(0);
    await expect.poll(focused).toBe('outline-assess');
    await page.keyboard.press('Enter');
    await sidebar.getByTestId('assessment-form').waitFor();
    // The form moves the focus in once it is drawn; a key pressed before that would go elsewhere.
    await expect.poll(focused).toBe('input:radio:no-evidence');

    // Completion: the arrow keys move through the radio group, one level a press.
    for (const level of ['not-started', 'limited', 'substantial', 'complete']) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(focused).toBe(`input:radio:${level}`);
    }
    // Two OGP values.
    await tabTo('input:checkbox:access-to-information');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo('assessment-impact');
    await page.keyboard.type('Mod');
    expect(await sidebar.getByTestId('assessment-impact').inputValue()).toBe('moderate');
    await tabTo('input:radio:');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('input:radio:yes');
    await tabTo('editor-comment');
    await page.keyboard.type('Contracts are **published** within thirty days.');

    // First source.
    await tabTo('evidence-add');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('evidence-url');
    await page.keyboard.type('https://contracts.gov.example/ocds/2025');
    await page.keyboard.press('Tab');
    await page.keyboard.type('OCDS publication of 2025 contracts');
    await tabTo('evidence-published');
    await page.keyboard.type('2026-02-01');

    // Second source: an address that is not http(s) is refused beside its field, then fixed.
    await tabTo('evidence-add');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('evidence-url');
    await page.keyboard.type('javascript:alert(1)');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => sidebar.getByTestId('evidence-url-error').textContent())
      .toContain('must be an http or https address');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('https://data.gov.example/contracts.csv');
    await page.keyboard.press('Tab');
    expect(await sidebar.getByTestId('evidence-url-error').count()).toBe(0);
    await page.keyboard.type('Contracts dataset');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Data');
    expect(await sidebar.getByTestId('evidence-kind').nth(1).inputValue()).toBe('dataset');
    // The accessed date was filled in with today.
    expect(await sidebar.getByTestId('evidence-accessed').nth(1).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A picture of the filled form, for reviewing its look (test-results/ is not kept).
    await mkdir(fileURLToPath(new URL('../../test-results/', import.meta.url)), { recursive: true });
    await sidebar.getByTestId('assessment-form').scrollIntoViewIfNeeded();
    await page.screenshot({
      path: fileURLToPath(new URL('../../test-results/assessment-form.png', import.meta.url)),
    });

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sidebar.getByTestId('assessment-form').count()).toBe(0);
    await expect.poll(focused).toBe('outline-assess');

    await expect.poll(() => outlineItem(1).getAttribute('data-assessments')).toBe('1');
    expect(await outlineItem(1).getAttribute('data-evidence')).toBe('2');
    expect(await outlineItem(1).getAttribute('data-unsupported')).toBe('0');
    const card = sidebar.locator('[data-testid="annotation-card"]', { hasText: 'thirty days' });
    expect(await card.getByTestId('card-completion').textContent()).toBe('Complete');
    expect(await card.getByTestId('card-evidence-item').count()).toBe(2);
    const link = card.getByTestId('card-evidence-item').first().locator('a');
    expect(await link.getAttribute('href')).toBe('https://contracts.gov.example/ocds/2025');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await card.getByTestId('unsupported-badge').count()).toBe(0);
  });

  test('an assessment without evidence is saved and shown as unsupported', async () => {
    await outlineItem(2).getByTestId('outline-assess').focus();
    await page.keyboard.press('Enter');
    await sidebar.getByTestId('assessment-form').waitFor();
    // Keys wait until the form has taken the focus.
    await expect.poll(focused).toBe('input:radio:no-evidence');
    // Saving without a completion level names that field, in place.
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => sidebar.getByTestId('completion-error').textContent())
      .toContain('must be one of the completion levels');
    await sidebar.locator('[data-testid="assessment-completion"] input[value="limited"]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => outlineItem(2).getAttribute('data-unsupported')).toBe('1');
    expect(await outlineItem(2).getByTestId('unsupported-badge').textContent()).toBe('1 unsupported');
    const card = sidebar.locator('[data-testid="annotation-card"][data-style="unsupported"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByTestId('unsupported-badge').textContent()).toBe('Unsupported');
  });

  test('"Use current page as evidence" fills a source from the plan page', async () => {
    await outlineItem(3).getByTestId('outline-assess').focus();
    await page.keyboard.press('Enter');
    await sidebar.getByTestId('assessment-form').waitFor();
    // Keys wait until the form has taken the focus.
    await expect.poll(focused).toBe('input:radio:no-evidence');
    await tabTo('evidence-current-page');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => sidebar.getByTestId('evidence-url').inputValue())
      .toBe(`${server.origin}/plan-commitments.html`);
    expect(await sidebar.getByTestId('evidence-title').inputValue()).toContain('Fifth Open Government');
    // Escape drops the form, and nothing was saved for commitment 3.
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar.getByTestId('assessment-form').count()).toBe(0);
    expect(await outlineItem(3).getAttribute('data-assessments')).toBe('0');
  });

  test('a reply thread of two under the assessment', async () => {
    const card = sidebar.locator('[data-testid="annotation-card"]', { hasText: 'thirty days' });
    const thread = sidebar.locator('[data-testid="thread"]', { has: card });
    for (const text of ['Which portal is meant?', 'The national procurement portal, per the decree.']) {
      await thread.getByTestId('card-reply').first().focus();
      await page.keyboard.press('Enter');
      await thread.getByTestId('reply-form').waitFor();
      await expect.poll(focused).toBe('editor-comment');
      await page.keyboard.type(text);
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => thread.getByTestId('reply-form').count()).toBe(0);
    }
    await expect
      .poll(() => thread.getByTestId('replies').getByTestId('card-comment').allTextContents())
      .toEqual(['Which portal is meant?', 'The national procurement portal, per the decree.']);
    // The passage is quoted once, on the assessment's card: the replies answer it, not quote it again.
    expect(await thread.getByTestId('card-quote').count()).toBe(1);
    expect(await thread.getByTestId('replies').getByTestId('card-quote').count()).toBe(0);
  });

  test('"Assess" on a selection inside a commitment assesses that commitment', async () => {
    await selectWithMouse(page, 'publish the answers, so that a question asked once');
    await clickInClosedShadow(page, 'plan-annotator', 'button[data-action="assess"]');
    await sidebar.getByTestId('assessment-form').waitFor();
    // Keys wait until the form has taken the focus.
    await expect.poll(focused).toBe('input:radio:no-evidence');
    expect(await sidebar.getByTestId('assessment-subject').textContent()).toBe(
      'Assessing 4. Freedom of information portal',
    );
    await expect.poll(focused).toBe('input:radio:no-evidence');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => outlineItem(4).getAttribute('data-assessments')).toBe('1');
    const card = sidebar.locator('[data-testid="annotation-card"]', { hasText: 'question asked once' });
    expect(await card.getByTestId('card-completion').textContent()).toBe('Not started');
    expect(await card.getByTestId('card-linked-by').getAttribute('data-linked-by')).toBe('auto');
  });

  test('after a reload the outline, the summary and the thread show the same', async () => {
    await page.reload();
    await openSidebar();
    await expect.poll(() => outlineItem(1).getAttribute('data-assessments')).toBe('1');
    expect(await outlineItem(1).getAttribute('data-evidence')).toBe('2');
    expect(await outlineItem(2).getAttribute('data-unsupported')).toBe('1');
    await expect.poll(() => sidebar.getByTestId('replies').getByTestId('annotation-card').count()).toBe(2);

    await sidebar.getByTestId('view-summary').focus();
    await page.keyboard.press('Enter');
    await sidebar.getByTestId('summary').waitFor();
    expect(await summaryItem(1).getByTestId('summary-counts').textContent()).toBe(
      '1 assessment, 1 evidence-backed',
    );
    expect(await summaryItem(1).getByTestId('summary-assessment').getAttribute('data-completion')).toBe(
      'complete',
    );
    expect(await summaryItem(2).getByTestId('summary-counts').textContent()).toBe(
      '1 assessment, 0 evidence-backed',
    );
    expect(await summaryItem(2).getByTestId('unsupported-badge').count()).toBe(1);
    expect(await summaryItem(3).getByTestId('summary-counts').textContent()).toBe('Not assessed yet');

    // The README's picture of the sidebar with the outline and an assessment.
    await sidebar.getByTestId('view-annotations').click();
    await sidebar.getByTestId('outline-item').first().waitFor();
    const shot = fileURLToPath(new URL('../../test-results/sidebar-assessments.png', import.meta.url));
    await mkdir(fileURLToPath(new URL('../../test-results/', import.meta.url)), { recursive: true });
    await page.screenshot({ path: shot });
  });
});
