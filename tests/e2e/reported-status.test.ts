import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PASSWORD, signUp as signUpAt } from './support/accounts.ts';
import type { PlanRecord } from '../../src/core/model/plan-record.ts';
import { describeInBrowsers, launch, tid, type Driver, type TestPage } from './support/driver.ts';
import { PdfServer } from './support/pdf-server.ts';
import { SyncServerProcess } from './support/sync-server.ts';

const SOON = { timeout: 15_000, interval: 100 };
/** Reading a PDF and finding its commitments, on a busy machine: generous, ends as soon as it holds. */
const SLOW = { timeout: 60_000, interval: 250 };
const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const LAYOUT = join(import.meta.dirname, '..', 'fixtures', 'commitments', 'layout');

/**
 * The viewer's sidebar, read and clicked through the viewer page: it is a frame of the extension's own
 * origin, which the Firefox driver does not list among the page's frames.
 */
function viewerSidebar(page: TestPage) {
  return {
    count: (selector: string) =>
      page.evaluate(
        (s) =>
          document.querySelector<HTMLIFrameElement>('#sidebar')?.contentDocument?.querySelectorAll(s)
            .length ?? 0,
        selector,
      ),
    text: (selector: string) =>
      page.evaluate(
        (s) =>
          document.querySelector<HTMLIFrameElement>('#sidebar')?.contentDocument?.querySelector(s)
            ?.textContent ?? null,
        selector,
      ),
    attribute: (selector: string, name: string) =>
      page.evaluate(
        ([s, n]) =>
          document
            .querySelector<HTMLIFrameElement>('#sidebar')
            ?.contentDocument?.querySelector(s as string)
            ?.getAttribute(n as string) ?? null,
        [selector, name] as const,
      ),
    /** A click on the element (its DOM click: the frame's elements are not the driver's to point at). */
    click: async (selector: string) => {
      const clicked = await page.evaluate((s) => {
        const element = document
          .querySelector<HTMLIFrameElement>('#sidebar')
          ?.contentDocument?.querySelector<HTMLElement>(s);
        element?.click();
        return element !== null && element !== undefined;
      }, selector);
      if (!clicked) throw new Error(`nothing to click in the sidebar at ${selector}`);
    },
  };
}

/**
 * A group member opens a government's self-assessment; another opens the plan it reports on, assesses a
 * commitment, and sees in the summary what the government reports of it beside the assessment. The plan
 * (labels "1.1", "1.2") and the self-assessment ("1", "2") print the same commitments differently.
 */
describeInBrowsers('a self-assessment shared with the group', (browser) => {
  let server: SyncServerProcess;
  let pdfs: PdfServer;
  let alice: Driver;
  let bob: Driver;
  const suffix = `${process.pid}-${browser}`;
  /** Chromium's picture keeps its name; Firefox's goes beside it with a prefix. */
  const picture = (name: string) => join(RESULTS, `${browser === 'chromium' ? '' : `${browser}-`}${name}`);

  beforeAll(async () => {
    server = await SyncServerProcess.start();
    pdfs = await new PdfServer(LAYOUT).start();
    await mkdir(RESULTS, { recursive: true });
    alice = await launch(browser);
    bob = await launch(browser);
  });

  afterAll(async () => {
    await alice?.close();
    await bob?.close();
    await pdfs?.stop();
    await server?.dispose();
  });

  const signUp = (driver: Driver, username: string) => signUpAt(driver, server.origin, username);

  /** The group's plans as the server holds them, asked over HTTP as any member's client would. */
  async function groupPlans(username: string): Promise<PlanRecord[]> {
    const signedIn = await fetch(`${server.origin}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    const { token } = (await signedIn.json()) as { token: string };
    const me = await fetch(`${server.origin}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    const { groups } = (await me.json()) as { groups: { id: string }[] };
    const group = groups[0]?.id ?? '';
    const list = await fetch(`${server.origin}/api/groups/${group}/plans`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return ((await list.json()) as { plans: PlanRecord[] }).plans;
  }

  async function openInViewer(driver: Driver, name: string): Promise<TestPage> {
    const file = `${pdfs.origin}/plans/${name}`;
    const page = await driver.newPage();
    await page.goto(driver.extensionUrl(`src/viewer/viewer.html?file=${encodeURIComponent(file)}`));
    // Read: its first page's text drawn, and the viewer no longer opening or reading.
    await expect.poll(() => page.count('.page[data-page-number="1"] .textLayer .endOfContent'), SLOW).toBe(1);
    await expect.poll(() => page.text(tid('viewer-message')), SLOW).not.toMatch(/Opening|Reading/);
    return page;
  }

  test("the plan's summary shows the government's reported status beside a reviewer's assessment", async () => {
    const aliceSettings = await signUp(alice, `alice-${suffix}`);
    await aliceSettings.fill(tid('settings-group-name'), 'Procurement reviewers');
    await aliceSettings.click(tid('settings-group-create'));
    const newInvitation = () => aliceSettings.attribute(tid('settings-new-invitation'), 'value');
    await expect.poll(async () => (await newInvitation()) ?? '', SOON).toMatch(/\./);
    const bobSettings = await signUp(bob, `bob-${suffix}`);
    await bobSettings.fill(tid('settings-join-invitation'), (await newInvitation()) ?? '');
    await bobSettings.click(tid('settings-join'));
    await expect
      .poll(() => bobSettings.text(tid('settings-joined')), SOON)
      .toBe('You joined Procurement reviewers.');

    // Alice reads the self-assessment: the viewer finds what it reports, and it reaches the group.
    await openInViewer(alice, 'self-assessment-en.pdf');
    const shared = async () =>
      (await groupPlans(`alice-${suffix}`)).find((p) => p.kind === 'self-assessment');
    await expect.poll(async () => (await shared())?.commitments.length ?? 0, SLOW).toBe(5);
    const report = (await shared()) as PlanRecord;
    expect(report.fingerprint).toMatch(/^[0-9a-f]+$/);
    expect(report.document.alternates).toEqual([`${pdfs.origin}/plans/self-assessment-en.pdf`]);
    expect(report.commitments.map((c) => c.reportedStatus)).toEqual([
      'Substantial',
      'Limited',
      'Complete',
      'Not started',
      'Substantial',
    ]);

    // Bob opens the plan and assesses its first commitment from the outline.
    const page = await openInViewer(bob, 'dotted-contents-en.pdf');
    await page.click('#toggle-sidebar');
    const sidebar = viewerSidebar(page);
    const outlineItem = (n: number) => `${tid('outline-item')}[data-ordinal="${n}"]`;
    await expect.poll(() => sidebar.count(tid('outline-item')), SLOW).toBeGreaterThanOrEqual(2);
    expect(await sidebar.text(outlineItem(1))).toContain('Open data on public procurement');
    await sidebar.click(`${outlineItem(1)} ${tid('outline-assess')}`);
    await expect.poll(() => sidebar.count(tid('assessment-form')), SOON).toBe(1);
    await sidebar.click(`${tid('assessment-completion')} input[value="limited"]`);
    await sidebar.click(tid('editor-save'));
    await expect.poll(() => sidebar.attribute(outlineItem(1), 'data-assessments'), SOON).toBe('1');

    // The summary: Bob's "Limited" and, beside it, what the government reports.
    await sidebar.click(tid('view-summary'));
    const summaryItem = (n: number) => `${tid('summary-item')}[data-ordinal="${n}"]`;
    await expect
      .poll(
        () => sidebar.attribute(`${summaryItem(1)} ${tid('summary-assessment')}`, 'data-completion'),
        SOON,
      )
      .toBe('limited');
    await expect
      .poll(() => sidebar.text(`${summaryItem(1)} ${tid('summary-reported')}`), SLOW)
      .toBe(`Government reports: Substantial (self-assessment, ${report.title})`);
    expect(await sidebar.text(`${summaryItem(2)} ${tid('summary-reported')}`)).toBe(
      `Government reports: Limited (self-assessment, ${report.title})`,
    );

    // The summary links the plan to its page on the group's public tracker; Bob, a member, reads it.
    const plan = async () => (await groupPlans(`bob-${suffix}`)).find((p) => p.kind === 'action-plan');
    await expect.poll(async () => (await plan())?.id ?? null, SLOW).not.toBeNull();
    const { id: planId, group } = (await plan()) as PlanRecord;
    const trackerUrl = `${server.origin}/tracker/groups/${group}/plans/${planId}`;
    await expect.poll(() => sidebar.attribute(tid('summary-tracker'), 'href'), SLOW).toBe(trackerUrl);
    expect(await sidebar.attribute(tid('summary-tracker'), 'target')).toBe('_blank');
    const bobToken = await fetch(`${server.origin}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `bob-${suffix}`, password: PASSWORD }),
    });
    const { token } = (await bobToken.json()) as { token: string };
    const trackerPage = await fetch(trackerUrl, { headers: { authorization: `Bearer ${token}` } });
    expect(trackerPage.status).toBe(200);
    expect(await trackerPage.text()).toContain('Government reports');

    await page.evaluate((s) => {
      const frame = document.querySelector<HTMLIFrameElement>('#sidebar')?.contentDocument;
      frame?.querySelector(s)?.scrollIntoView({ block: 'start' });
    }, summaryItem(1));
    await page.screenshot(picture('reported-status.png'));
  });
});
