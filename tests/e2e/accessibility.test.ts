import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, type TestContext } from 'vitest';
import { requireCondition, requireResource } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { PdfServer } from './support/pdf-server.ts';
import {
  browserAvailable,
  launchWithExtension,
  sidebarFrame,
  tabIdOf,
  type LoadedExtension,
} from './support/extension.ts';

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env['PLAN_CORPUS_DIR'],
  'it names the folder of the plan corpus (e.g. /work/shared/corpus)',
);
const browser = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and dist/chrome from `npm run build`',
);

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const REPORTS = 'test-results/axe';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in a page or frame of the extension (injected through the DevTools protocol, which the
 * extension's content security policy does not govern), writes the full result beside the other test
 * output, attaches it to the test, and answers the serious and critical violations.
 */
async function audit(target: Page | Frame, name: string, context: TestContext): Promise<AxeViolation[]> {
  await target.evaluate(AXE_SOURCE);
  const result = await target.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<unknown> } }).axe;
    return axe.run(document);
  });
  await mkdir(REPORTS, { recursive: true });
  const path = join(REPORTS, `${name}.json`);
  await writeFile(path, JSON.stringify(result, null, 2));
  const violations = (result as { violations: AxeViolation[] }).violations;
  await context.annotate(
    `axe-core on the ${name}: ${violations.length} violation(s), ${
      violations.filter(isGrave).length
    } serious or critical`,
    'axe',
    { path, contentType: 'application/json' },
  );
  return violations.filter(isGrave);
}

function isGrave(violation: AxeViolation): boolean {
  return violation.impact === 'serious' || violation.impact === 'critical';
}

/** Readable in a failure message: which rule, where. */
function described(violations: AxeViolation[]): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

describe.skipIf(!corpus || !browser)('accessibility of every extension page (axe-core)', () => {
  let ext: LoadedExtension;
  let pages: FixtureServer;
  let pdfs: PdfServer;
  let plan: Page;

  beforeAll(async () => {
    pages = await new FixtureServer().start();
    pdfs = await new PdfServer(join(corpus as string, 'plans')).start();
    ext = await launchWithExtension();
    plan = await ext.context.newPage();
    await plan.goto(`${pages.origin}/plan.html`);
  });

  afterAll(async () => {
    await ext?.close();
    await pages?.stop();
    await pdfs?.stop();
  });

  test('the sidebar, holding a comment and an assessment', async (context) => {
    const tabId = await tabIdOf(ext, plan);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-annotate').click();
    await popup.close();
    const sidebar = await sidebarFrame(ext, plan);
    await sidebar.waitForLoadState('load');
    const saved = await sidebar.evaluate(async () => {
      const send = (message: unknown) =>
        chrome.runtime.sendMessage(message) as Promise<{ ok: boolean; value?: { documentUri?: string } }>;
      const list = await send({ type: 'annotations.list', payload: {} });
      const source = list.value?.documentUri ?? '';
      const now = new Date().toISOString();
      const base = {
        target: {
          source,
          selector: [{ type: 'TextQuoteSelector', exact: 'Open Contracting Data Standard' }],
        },
        document: { title: 'Plan' },
        visibility: 'private',
        created: now,
        modified: now,
      };
      const comment = {
        ...base,
        id: crypto.randomUUID(),
        motivation: 'commenting',
        body: { comment: 'Which **formats**?', tags: ['procurement'] },
      };
      const assessment = {
        ...base,
        id: crypto.randomUUID(),
        motivation: 'assessing',
        body: {
          comment: 'Published, but late.',
          tags: [],
          assessment: {
            completion: 'limited',
            values: ['access-to-information'],
            impact: 'minor',
            verifiable: true,
          },
          evidence: [],
        },
      };
      const answers = [
        await send({ type: 'annotations.save', payload: { annotation: comment } }),
        await send({ type: 'annotations.save', payload: { annotation: assessment } }),
      ];
      return answers.every((a) => a.ok);
    });
    expect(saved).toBe(true);
    await expect.poll(() => sidebar.locator('article').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(described(await audit(sidebar, 'sidebar', context))).toEqual([]);
  });

  test("the sidebar's Page notes view, a new note's form open", async (context) => {
    const sidebar = await sidebarFrame(ext, plan);
    await sidebar.getByTestId('view-notes').click();
    await sidebar.getByTestId('page-note-new').click();
    await sidebar.getByTestId('page-note-form').waitFor();
    expect(described(await audit(sidebar, 'page notes', context))).toEqual([]);
  });

  test('the popup', async (context) => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${await tabIdOf(ext, plan)}`);
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).not.toContain('Checking');
    expect(described(await audit(popup, 'popup', context))).toEqual([]);
    await popup.close();
  });

  test('the settings page', async (context) => {
    const path = await ext.worker.evaluate(() => chrome.runtime.getManifest().options_ui?.page ?? '');
    expect(path).not.toBe('');
    const settings = await ext.context.newPage();
    await settings.goto(`chrome-extension://${ext.id}/${path}`);
    await settings.waitForLoadState('load');
    await settings.locator('h2').first().waitFor();
    expect(described(await audit(settings, 'settings', context))).toEqual([]);
    await settings.close();
  });

  test('the PDF viewer, with a plan open', async (context) => {
    const viewer = await ext.context.newPage();
    const file = `${pdfs.origin}/plans/NAP1.pdf`;
    await viewer.goto(`chrome-extension://${ext.id}/src/viewer/viewer.html?file=${encodeURIComponent(file)}`);
    await viewer
      .locator('.page[data-page-number="1"] .textLayer .endOfContent')
      .waitFor({ state: 'attached', timeout: 30_000 });
    await expect
      .poll(() => viewer.getByTestId('viewer-message').textContent(), { timeout: 30_000 })
      .not.toMatch(/Opening|Reading/);
    expect(described(await audit(viewer, 'viewer', context))).toEqual([]);
    await viewer.close();
  });
});
