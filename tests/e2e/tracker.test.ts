import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Annotation, Visibility } from '../../src/core/model/annotation.ts';
import type { Completion } from '../../src/core/model/assessment.ts';
import { planIdOf, type Plan } from '../../src/core/model/plan-record.ts';
import { CHROMIUM } from './support/extension.ts';
import { SyncServerProcess } from './support/sync-server.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'correct horse battery';
const PLAN_URI = 'https://www.example.gov/fifth-national-action-plan/';

const plan: Plan = {
  id: planIdOf(PLAN_URI),
  document: { uri: PLAN_URI, alternates: [] },
  fingerprint: null,
  title: 'Fifth National Action Plan',
  kind: 'action-plan',
  language: 'en',
  commitments: [
    {
      label: '1',
      title: 'Open data on public procurement',
      theme: 'Transparency',
      leadAgency: 'Ministry of Finance',
    },
    { label: '2', title: 'A public register of lobbyists', theme: 'Integrity' },
  ],
};

interface Person {
  token: string;
}

/**
 * The tracker as a reader without the extension sees it: a plain Chromium on the sync server's pages,
 * anonymously and signed in as a member (the tracker's sign-in form), before and after a member's new assessment arrives; axe-core
 * on each page. Everything is written through the server's API, as the extension would.
 */
describe.skipIf(!existsSync(CHROMIUM))('the commitment tracker in Chromium', () => {
  let server: SyncServerProcess;
  let browser: Browser;
  let owner: Person;
  let member: Person;
  let groupId = '';

  async function api<T>(
    method: string,
    path: string,
    body: unknown,
    token?: string,
    headers = {},
  ): Promise<T> {
    const response = await fetch(`${server.origin}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async function person(name: string): Promise<Person> {
    const username = `${name}-${process.pid}`;
    await api('POST', '/api/users', { username, password: PASSWORD });
    return api<{ token: string }>('POST', '/api/tokens', { username, password: PASSWORD });
  }

  async function assess(
    who: Person,
    label: string,
    completion: Completion,
    visibility: Visibility,
    comment: string,
  ) {
    const title = plan.commitments.find((c) => c.label === label)?.title ?? '';
    const now = new Date().toISOString();
    const record: Annotation = {
      id: randomUUID(),
      motivation: 'assessing',
      target: {
        source: PLAN_URI,
        selector: [{ type: 'TextQuoteSelector', exact: title, prefix: '', suffix: '' }],
      },
      body: {
        comment,
        tags: [],
        commitment: { ordinal: Number(label), label, title, linkedBy: 'auto' },
        assessment: { completion, values: [], impact: null, verifiable: null },
        evidence: [
          {
            url: 'https://www.example.gov/procurement-portal',
            title: 'Procurement portal',
            kind: 'government-website',
            published: null,
            accessed: now.slice(0, 10),
            excerpt: '',
          },
        ],
      },
      document: { title: plan.title },
      visibility,
      created: now,
      modified: now,
    };
    await api('PUT', `/api/annotations/${record.id}`, { annotation: record, group: groupId }, who.token, {
      'if-none-match': '*',
    });
    return record.id;
  }

  async function audit(page: Page): Promise<string[]> {
    await page.evaluate(AXE_SOURCE);
    const result = (await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<unknown> } }).axe;
      return axe.run(document);
    })) as { violations: { id: string; impact: string | null; help: string }[] };
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help}`);
  }

  beforeAll(async () => {
    server = await SyncServerProcess.start();
    owner = await person('tracker-owner');
    member = await person('tracker-member');
    const group = await api<{ id: string; inviteCode: string }>(
      'POST',
      '/api/groups',
      { name: 'Budget Watch' },
      owner.token,
    );
    groupId = group.id;
    await api('POST', `/api/groups/${groupId}/members`, { inviteCode: group.inviteCode }, member.token);
    await api('PUT', `/api/groups/${groupId}/plans/${plan.id}`, plan, owner.token, { 'if-none-match': '*' });
    await assess(owner, '1', 'limited', 'public', 'Half of the contracts are published.');
    await assess(member, '2', 'not-started', 'group', 'Members only: nothing yet.');
    browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  test('anonymous: the group, the plan with its chart, a commitment; no serious axe finding', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/tracker/groups/${groupId}`);
    expect(await page.locator('h1').textContent()).toBe('Budget Watch');
    expect(await audit(page)).toEqual([]);

    await page.getByRole('link', { name: plan.title }).click();
    await page.waitForURL(`**/plans/${plan.id}`);
    const first = page.locator('[data-number="1"]');
    expect(await first.locator('[data-testid="level"]').textContent()).toBe('Limited');
    expect(await page.locator('svg.chart rect.l-limited').count()).toBeGreaterThan(0);
    expect(await page.content()).not.toContain('Members only');
    expect(
      await page.getByRole('table', { name: 'Commitments by completion level', exact: true }).isVisible(),
    ).toBe(true);
    expect(await audit(page)).toEqual([]);

    // Printed, it is a report: no navigation or data links.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('p.data').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await first.getByRole('link', { name: '1: Open data on public procurement' }).click();
    await page.waitForURL('**/commitments/1');
    expect(await page.locator('[data-testid="comment"]').textContent()).toBe(
      'Half of the contracts are published.',
    );
    expect(await page.locator('[data-testid="passage-link"]').getAttribute('href')).toMatch(/^\/a\//);
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  test("a member's new assessment arrives: the plan shows it, and the disagreement", async () => {
    const page = await browser.newPage();
    const url = `${server.origin}/tracker/groups/${groupId}/plans/${plan.id}`;
    await page.goto(url);
    const first = page.locator('[data-number="1"]');
    expect(await first.locator('[data-testid="disagreement"]').count()).toBe(0);
    await assess(member, '1', 'complete', 'public', 'Every contract is now online.');
    await page.reload();
    expect(await first.locator('[data-testid="disagreement"]').count()).toBe(1);
    expect(await first.locator('[data-testid="assessments"]').textContent()).toBe('2');
    expect(await page.content()).toContain('Every contract is now online.');
    // The page as the README shows it.
    const results = new URL('../../test-results/', import.meta.url).pathname;
    mkdirSync(results, { recursive: true });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.screenshot({ path: `${results}tracker-plan.png` });
    await page.close();
  });

  test("a member signs in with the form: the group's own assessments too, until signed out", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const planUrl = `${server.origin}/tracker/groups/${groupId}/plans/${plan.id}`;
    await page.goto(`${server.origin}/tracker/groups/${groupId}`);
    await page.getByRole('link', { name: 'Members: sign in' }).click();
    expect(await audit(page)).toEqual([]);
    await page.getByLabel('Username').fill(`tracker-member-${process.pid}`);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`**/tracker/groups/${groupId}`);
    const session = (await context.cookies()).find((c) => c.name === 'pa_tracker_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    await page.goto(planUrl);
    expect(await page.locator('[data-number="2"] [data-testid="level"]').textContent()).toBe('Not started');
    expect(await page.content()).toContain('Members only: nothing yet.');
    expect(await audit(page)).toEqual([]);

    await page.goto(`${server.origin}/tracker/sign-in`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/tracker/sign-in');
    await page.goto(planUrl);
    expect(await page.content()).not.toContain('Members only: nothing yet.');
    await context.close();
  });
});
