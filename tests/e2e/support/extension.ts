import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { phraseEnds } from './phrase-ends.ts';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// PLAN_ANNOTATOR_EXTENSION_DIR lets parallel checkouts test their own build.
export const BUILT_EXTENSION =
  process.env['PLAN_ANNOTATOR_EXTENSION_DIR'] ??
  fileURLToPath(new URL('../../../dist/chrome/', import.meta.url));

export interface LaunchOptions {
  /**
   * The browser's UI language, as a BCP 47 tag (`pt-PT`). Chromium honours `--lang` on Windows; on Linux
   * it reads the `LANGUAGE` environment variable instead, so both are set. It only switches to a language
   * whose resources are installed (Debian's `chromium-l10n`); without them it stays in English.
   */
  lang?: string;
  /**
   * Host names that resolve to 127.0.0.1 (Chromium's `--host-resolver-rules`), granted at install like
   * 127.0.0.1 itself. Pages served from them over plain http are not secure contexts, as a real site's
   * are not, where 127.0.0.1 counts as secure.
   */
  hosts?: readonly string[];
  /**
   * Public keys (base64 SHA-256 of a certificate's SPKI) whose certificates Chromium accepts though no
   * authority signed them: a test's own certificate, by its key, where `--ignore-certificate-errors`
   * would accept any.
   */
  trustedKeys?: readonly string[];
}

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with the built extension. The copy it loads differs from dist/chrome in
 * one way: the test server's host, 127.0.0.1 (and any `options.hosts`), is granted at install. A user grants a site through
 * Chromium's permission prompt, which automation cannot answer (playwright#32755); with the grant in
 * place, every other step (injection, restore on reload, permission checks) runs as for a user.
 */
export async function launchWithExtension(
  /** Changes the copy's manifest further, after the grant above (a test that needs more than that). */
  patchManifest?: (manifest: Record<string, unknown>) => void,
  options: LaunchOptions = {},
): Promise<LoadedExtension> {
  const root = await mkdtemp(join(tmpdir(), 'plan-annotator-e2e-'));
  const extensionDir = join(root, 'extension');
  await cp(BUILT_EXTENSION, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  const hosts = options.hosts ?? [];
  manifest['host_permissions'] = ['http://127.0.0.1/*', ...hosts.map((host) => `http://${host}/*`)];
  patchManifest?.(manifest);
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));

  const context = await chromium.launchPersistentContext(join(root, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(hosts.length > 0
        ? [`--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`]
        : []),
      ...(options.trustedKeys?.length
        ? [`--ignore-certificate-errors-spki-list=${options.trustedKeys.join(',')}`]
        : []),
    ],
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang.replace('-', '_') } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    worker,
    async close() {
      await context.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM) && existsSync(join(BUILT_EXTENSION, 'manifest.json'));
}

/** The tab id Chromium gave a page, found from the extension's side. */
export async function tabIdOf(ext: LoadedExtension, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (id === undefined) throw new Error(`no tab found for ${url}`);
  return id;
}

/** The sidebar's frame inside a page (it lives in a closed shadow root, but frames are still frames). */
export async function sidebarFrame(ext: LoadedExtension, page: Page) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/src/sidebar/sidebar.html'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('the sidebar frame did not appear');
    await page.waitForEvent('frameattached', { timeout: 1000 }).catch(() => undefined);
  }
}

/** The DevTools node id of `innerSelector` inside `hostSelector`'s closed shadow root. */
async function nodeInClosedShadow(
  cdp: CDPSession,
  hostSelector: string,
  innerSelector: string,
): Promise<number> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeId: hostId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: hostSelector,
  });
  const { node } = await cdp.send('DOM.describeNode', { nodeId: hostId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) throw new Error(`${hostSelector} has no shadow root`);
  const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
    backendNodeIds: [shadow.backendNodeId],
  });
  const [shadowId] = nodeIds;
  if (shadowId === undefined) throw new Error(`${hostSelector}'s shadow root could not be reached`);
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadowId, selector: innerSelector });
  if (!nodeId) throw new Error(`${innerSelector} not found in ${hostSelector}`);
  return nodeId;
}

/**
 * What an element inside a closed shadow root says, as a reader sees it: its text when it is shown,
 * null while it is hidden.
 */
export async function shownTextInClosedShadow(
  page: Page,
  hostSelector: string,
  innerSelector: string,
): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const nodeId = await nodeInClosedShadow(cdp, hostSelector, innerSelector);
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    if (!object.objectId) throw new Error(`${innerSelector} in ${hostSelector} could not be read`);
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this.checkVisibility() ? this.textContent : null; }',
      returnByValue: true,
    });
    return result.value as string | null;
  } finally {
    await cdp.detach();
  }
}

/**
 * Clicks an element inside a closed shadow root. Playwright's selectors stop at closed roots, so the
 * element is found through the DevTools protocol (which sees them) and clicked with the real mouse.
 */
export async function clickInClosedShadow(
  page: Page,
  hostSelector: string,
  innerSelector: string,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const nodeId = await nodeInClosedShadow(cdp, hostSelector, innerSelector);
    // Wait until the element is shown and has stopped moving (the toolbar follows the selection).
    let previous = '';
    const deadline = Date.now() + 10_000;
    for (;;) {
      const box = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => null);
      const quad = box?.model.content ?? [];
      const current = quad.join(',');
      const [x1, y1, , , x3, y3] = quad;
      if (
        current &&
        current === previous &&
        x1 !== undefined &&
        y1 !== undefined &&
        x3 !== undefined &&
        y3 !== undefined
      ) {
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
        return;
      }
      if (Date.now() > deadline) throw new Error(`${innerSelector} in ${hostSelector} never became visible`);
      previous = current;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await cdp.detach();
  }
}

/** Selects a phrase of the page with the real mouse, as a reader would, dragging across it. */
export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate(phraseEnds, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** The texts currently painted by the extension, read the way the page would see the registry. */
export async function paintedTexts(page: Page): Promise<string[]> {
  // One highlight per style (plan-annotator-<style>), each range in one of them; the focus mark apart.
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('plan-annotator-') && name !== 'plan-annotator-focus')
      .flatMap(([, h]) => [...h] as Range[])
      .map((r) => r.toString().replace(/\s+/g, ' ').trim()),
  );
}
