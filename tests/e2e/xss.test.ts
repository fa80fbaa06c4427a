/**
 * Annotations whose every user-written field holds a script-injection payload are saved through the
 * extension's own request path, then shown in the sidebar and the popup: the payloads must read as
 * text, build no element, link nowhere but http(s), and run nowhere. A payload that ran, or an element
 * that loaded, would call the trap server, write the page's trap array, retitle a document or open a
 * dialog; each of those is checked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
import { SyncServerProcess } from './support/sync-server.ts';

const run = requireCondition(
  'Chromium and the built extension',
  browserAvailable(),
  'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and dist/chrome from `npm run build`',
);

/** Records every request: a payload that ran or an element that loaded would land here. */
class TrapServer {
  readonly hits: string[] = [];
  readonly #server: Server = createServer((request, response) => {
    this.hits.push(request.url ?? '?');
    response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
  });
  origin = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/** The passage on the fixture page that itself reads like a payload (shown there as text). */
const PAGE_PAYLOAD = '<img src=x onerror=top.__pwned.push(1)>';

interface Payloads {
  comment: string;
  /** Pieces of the comment that must be visible, word for word, wherever it is shown. */
  commentVisible: string[];
  tags: string[];
  commitmentLabel: string;
  commitmentTitle: string;
  evidenceTitles: string[];
  evidenceUrl: string;
  excerpt: string;
  documentTitle: string;
}

function payloads(trap: string): Payloads {
  const call = (where: string) =>
    `fetch('${trap}/ran-${where}');top.__pwned.push('${where}');document.title='pwned';alert('${where}')`;
  const visible = [
    `<img src=${trap}/img-comment onerror="${call('comment-img')}">`,
    `<script>${call('comment-script')}</script>`,
    `<svg onload="${call('comment-svg')}"></svg>`,
    `"><iframe srcdoc="<script>parent.__pwned.push(1)</script>"></iframe>`,
    `[click me](javascript:${call('comment-link')})`,
    `<a href="javascript:alert(1)">raw link</a>`,
  ];
  return {
    comment: [
      'Assessment notes.',
      '',
      ...visible.map((line) => `${line}\n`),
      `![tracker](${trap}/md-image)`,
      '',
      `<style>body{background:url(${trap}/css)}</style>`,
      '',
      `<object data="${trap}/object"></object><embed src="${trap}/embed">`,
    ].join('\n'),
    commentVisible: visible,
    tags: [
      `<img src=${trap}/tag onerror=alert(1)>`.slice(0, 64),
      '<svg/onload=alert(document.domain)>',
      '"><iframe srcdoc=<script>alert(1)</script>>',
    ],
    commitmentLabel: '<img src=x onerror=alert(1)>',
    commitmentTitle: `Open contracting <script>${call('commitment')}</script>`,
    evidenceTitles: [
      `Audit <img src=${trap}/evidence-title onerror="${call('evidence-title')}">`,
      `Budget "><svg onload="${call('evidence-svg')}">`,
    ],
    evidenceUrl: 'https://evidence.example/report?q="><img src=x onerror=alert(1)>',
    excerpt: `<iframe srcdoc="<script>${call('excerpt')}</script>"></iframe>`,
    documentTitle: `Plan <img src=${trap}/doc-title onerror="${call('doc-title')}">`,
  };
}

/** What a frame or page holds that a payload could have made, read in that context. */
interface DomReport {
  /** Elements that only a payload could have put there. */
  foreign: string[];
  /** Event-handler attributes (`onerror`, `onload` ...) on any element. */
  handlers: string[];
  /** Loading or styling attributes (not a link's address) that mention the trap or the trap array. */
  tainted: string[];
  /** Every link with an address. */
  links: { href: string; rel: string; target: string; text: string }[];
  scripts: string[];
  trapVariable: string;
  title: string;
  text: string;
}

function inspectDom(trap: string): DomReport {
  const all = [...document.querySelectorAll('*')];
  const foreign = all
    .filter((el) => /^(img|iframe|frame|object|embed|svg|video|audio|math|base)$/i.test(el.localName))
    .map((el) => `${el.localName} ${[...el.attributes].map((a) => a.name).join(' ')}`.trim());
  const handlers: string[] = [];
  const tainted: string[] = [];
  // Attributes that load, run or restyle something; text attributes (aria-label, title) may quote a payload.
  const active =
    /^(src|srcset|srcdoc|style|href|xlink:href|action|formaction|data|poster|background|content)$/i;
  for (const el of all) {
    for (const attribute of el.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) handlers.push(`${el.localName}[${attribute.name}]`);
      if (attribute.name === 'srcdoc') tainted.push(`${el.localName}[srcdoc]`);
      const isLinkAddress = el.localName === 'a' && attribute.name === 'href';
      const marked = attribute.value.includes(trap) || attribute.value.includes('__pwned');
      if (active.test(attribute.name) && !isLinkAddress && marked) {
        tainted.push(`${el.localName}[${attribute.name}]`);
      }
    }
    if (
      (el.localName === 'style' || el.localName === 'script') &&
      /__pwned|127\.0\.0\.1/.test(el.textContent ?? '')
    ) {
      tainted.push(`${el.localName} text`);
    }
  }
  return {
    foreign,
    handlers,
    tainted,
    // Links within the page itself (`href="#"` on a button-like link) go nowhere and are left out.
    links: [...document.querySelectorAll('a[href]:not([href^="#"])')].map((a) => ({
      href: (a as HTMLAnchorElement).href,
      rel: a.getAttribute('rel') ?? '',
      target: a.getAttribute('target') ?? '',
      text: a.textContent ?? '',
    })),
    scripts: [...document.scripts].map((s) => s.src || `inline: ${s.textContent?.slice(0, 80) ?? ''}`),
    trapVariable: typeof (window as unknown as { __pwned?: unknown }).__pwned,
    title: document.title,
    text: document.body.innerText,
  };
}

/** The checks shared by the sidebar and the popup. */
function expectInert(report: DomReport, extensionOrigin: string, evidenceTitles: readonly string[]): void {
  expect(report.foreign).toEqual([]);
  expect(report.handlers).toEqual([]);
  expect(report.tainted).toEqual([]);
  for (const script of report.scripts) expect(script.startsWith(extensionOrigin)).toBe(true);
  expect(report.trapVariable).toBe('undefined');
  expect(report.title).not.toContain('pwned');
  for (const link of report.links) {
    expect(new URL(link.href).protocol).toMatch(/^https?:$/);
    expect(link.rel.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    expect(link.target).toBe('_blank');
  }
  // Each evidence item is a link, titled with its payload as text, to its own (http) address.
  for (const title of evidenceTitles) {
    const link = report.links.find((l) => l.text.includes(title));
    expect(link, `a link titled ${title}`).toBeDefined();
    expect(link?.href.startsWith('https://evidence.example/')).toBe(true);
  }
}

describe.skipIf(!run)('script payloads in every user field', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;
  let trap: TrapServer;
  let page: Page;
  let sidebar: Frame;
  let p: Payloads;
  let documentUri: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await new FixtureServer().start();
    trap = await new TrapServer().start();
    p = payloads(trap.origin);
    ext = await launchWithExtension();
    // Any alert, confirm or prompt from a payload in any page or frame of the browser.
    ext.context.on('page', (opened) =>
      opened.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      }),
    );
    page = await ext.context.newPage();
    documentUri = `${server.origin}/xss-plan.html`;
    await page.goto(documentUri);
  });

  afterAll(async () => {
    await ext?.close();
    await trap?.stop();
    await server?.stop();
  });

  async function openPopup(): Promise<Page> {
    const tabId = await tabIdOf(ext, page);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${tabId}`);
    return popup;
  }

  function record(id: string, fields: Record<string, unknown>, body: Record<string, unknown>) {
    const now = new Date().toISOString();
    return {
      id,
      motivation: 'commenting',
      target: { source: documentUri, selector: [{ type: 'TextQuoteSelector', exact: PAGE_PAYLOAD }] },
      body: { comment: '', tags: [], ...body },
      document: { title: p.documentTitle },
      visibility: 'private',
      created: now,
      modified: now,
      ...fields,
    };
  }

  const assessment = { completion: 'limited', values: [], impact: null, verifiable: null };

  test('the payloads are stored through the sidebar’s own requests; javascript: and data: are refused', async () => {
    const popup = await openPopup();
    await popup.getByTestId('popup-annotate').click();
    await expect
      .poll(() => popup.getByTestId('popup-status').textContent())
      .toContain('Annotating this page');
    await popup.close();
    sidebar = await sidebarFrame(ext, page);
    await sidebar.getByText('Select text on the page').waitFor();

    const evidence = (title: string, url = p.evidenceUrl) => ({
      url,
      title,
      kind: 'news',
      published: null,
      accessed: '2026-01-31',
      excerpt: p.excerpt,
    });
    const good = [
      record(
        '0b0d7c52-1b1e-4c52-9a49-6a2f0b7d4a01',
        {},
        {
          comment: p.comment,
          tags: p.tags,
          commitment: { ordinal: 1, label: p.commitmentLabel, title: p.commitmentTitle, linkedBy: 'manual' },
        },
      ),
      record(
        '0b0d7c52-1b1e-4c52-9a49-6a2f0b7d4a02',
        { motivation: 'assessing' },
        {
          assessment,
          evidence: p.evidenceTitles.map((title) => evidence(title)),
          comment: p.commentVisible[1],
        },
      ),
      record(
        '0b0d7c52-1b1e-4c52-9a49-6a2f0b7d4a03',
        { motivation: 'assessing' },
        { assessment, comment: 'No source yet.' },
      ),
    ];
    const refused = [
      record(
        '0b0d7c52-1b1e-4c52-9a49-6a2f0b7d4a04',
        { motivation: 'assessing' },
        { assessment, evidence: [evidence('Click', `javascript:fetch('${trap.origin}/js-url')`)] },
      ),
      record(
        '0b0d7c52-1b1e-4c52-9a49-6a2f0b7d4a05',
        { motivation: 'assessing' },
        { assessment, evidence: [evidence('Data', 'data:text/html,<script>alert(1)</script>')] },
      ),
    ];
    const replies = await sidebar.evaluate(
      async (records) => {
        const results = [];
        for (const annotation of records) {
          results.push(
            await chrome.runtime.sendMessage({ type: 'annotations.save', payload: { annotation } }),
          );
        }
        return results;
      },
      [...good, ...refused],
    );
    expect(replies.slice(0, 3).map((r: { ok: boolean }) => r.ok)).toEqual([true, true, true]);
    for (const reply of replies.slice(3)) {
      expect(reply).toMatchObject({
        ok: false,
        error: {
          code: 'invalid',
          message: expect.stringContaining('body.evidence.0.url: must be an http or https address'),
          fields: [{ field: 'body.evidence.0.url', message: 'must be an http or https address' }],
        },
      });
    }
  });

  test('the sidebar shows every payload as text and builds nothing from it', async () => {
    await expect
      .poll(() => sidebar.evaluate(() => document.body.innerText), { timeout: 15_000 })
      .toContain(p.commentVisible[0]);
    // The assessment cards come with the comment card; wait for the last of them.
    await expect.poll(() => sidebar.evaluate(() => document.body.innerText)).toContain('No source yet.');
    const report = await sidebar.evaluate(inspectDom, trap.origin);
    // The sidebar names a linked commitment from the page's own outline, so the stored title is not
    // shown there; it must still build nothing (checked below with everything else).
    for (const text of [...p.commentVisible, ...p.tags, ...p.evidenceTitles, p.excerpt, PAGE_PAYLOAD]) {
      expect(report.text).toContain(text);
    }
    expect(report.text).toMatch(/unsupported/i);
    expectInert(report, `chrome-extension://${ext.id}/`, p.evidenceTitles);
  });

  test('the popup lists them as text too, with the evidence as safe links and the unsupported mark', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('popup-annotation').count()).toBe(3);
    const report = await popup.evaluate(inspectDom, trap.origin);
    for (const text of [
      ...p.commentVisible,
      ...p.tags,
      ...p.evidenceTitles,
      p.commitmentTitle,
      PAGE_PAYLOAD,
    ]) {
      expect(report.text).toContain(text);
    }
    expect(await popup.getByTestId('popup-annotation-unsupported').count()).toBe(1);
    expectInert(report, `chrome-extension://${ext.id}/`, p.evidenceTitles);
    // The list and its evidence links are reached with Tab alone.
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      reached.push(
        await popup.evaluate(() => {
          const el = document.activeElement;
          return el
            ? `${el.localName}:${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? ''}`
            : '';
        }),
      );
    }
    expect(reached).toContain('section:Annotations on this page, newest first');
    expect(reached.some((r) => r.startsWith('a:Audit'))).toBe(true);
    await popup.close();
  });

  test('nothing ran anywhere: no trap request, no mark on the page, no dialog', async () => {
    // Give a late loader (an image, a frame) the time it would need to call out.
    await page.waitForTimeout(500);
    expect(trap.hits).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned: unknown[] }).__pwned)).toEqual([]);
    expect(await page.title()).toBe('XSS trap plan');
    expect(dialogs).toEqual([]);
  });
});

/**
 * A group's name is anyone's text (whoever makes the group names it), and the sidebar, the editor and the
 * popup show it on every group annotation: it must read as text there and run nowhere. (Usernames, the
 * other name on a card, are letters, digits and `._-` only; the server refuses anything else.)
 */
describe.skipIf(!run)('a script payload as a group name, in the byline, the editor and the popup', () => {
  const QUOTE = 'publish every contract for public works above 50,000 euros';
  let ext: LoadedExtension;
  let pages: FixtureServer;
  let sync: SyncServerProcess;
  let trap: TrapServer;
  let page: Page;
  let sidebar: Frame;
  let groupName = '';
  const dialogs: string[] = [];

  beforeAll(async () => {
    sync = await SyncServerProcess.start();
    pages = await new FixtureServer().start();
    trap = await new TrapServer().start();
    // At most 200 characters, as the server takes a group's name.
    groupName = `<img src=${trap.origin}/group onerror="top.__pwned=1;alert('group')">Reviewers<script>top.__pwned=2</script>`;
    ext = await launchWithExtension();
    ext.context.on('page', (opened) =>
      opened.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      }),
    );
  });

  afterAll(async () => {
    await ext?.close();
    await trap?.stop();
    await pages?.stop();
    await sync?.dispose();
  });

  const SOON = { timeout: 15_000, interval: 100 };

  test('an account makes a group with that name and chooses it for new annotations', async () => {
    const settings = await ext.context.newPage();
    await settings.goto(`chrome-extension://${ext.id}/src/settings/settings.html`);
    await settings.getByTestId('settings-server').fill(sync.origin);
    await settings.getByTestId('settings-server-save').click();
    await expect
      .poll(() => settings.getByTestId('settings-server-saved').textContent(), SOON)
      .toContain(sync.origin);
    await settings.getByTestId('settings-username').fill(`mallory-${process.pid}`);
    await settings.getByTestId('settings-password').fill('correct horse battery');
    await settings.getByTestId('settings-signup').click();
    await settings.getByTestId('settings-signed-in').waitFor();
    await settings.getByTestId('settings-group-name').fill(groupName);
    await settings.getByTestId('settings-group-create').click();
    await expect
      .poll(
        () =>
          settings
            .getByTestId('settings-new-invitation')
            .inputValue()
            .catch(() => ''),
        SOON,
      )
      .toMatch(/\./);
    await settings.getByTestId('settings-visibility-group').click();
    await expect.poll(() => settings.getByTestId('settings-visibility-group').isChecked(), SOON).toBe(true);
    await settings.close();
  });

  test('the editor and the card name the group as text, building nothing from it', async () => {
    page = await ext.context.newPage();
    await page.goto(`${pages.origin}/plan.html`);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${await tabIdOf(ext, page)}`);
    await popup.getByTestId('popup-annotate').click();
    await expect
      .poll(() => popup.getByTestId('popup-status').textContent(), SOON)
      .toContain('Annotating this page');
    await popup.close();
    await page.bringToFront();
    sidebar = await sidebarFrame(ext, page);
    await sidebar.getByText('Select text on the page').waitFor();
    await selectWithMouse(page, QUOTE);
    await clickInClosedShadow(page, 'plan-annotator', 'button[data-action="comment"]');
    const chooser = sidebar.getByTestId('editor-visibility');
    await chooser.waitFor();
    expect(await chooser.textContent()).toContain(`Group “${groupName}”`);
    expect(await sidebar.getByTestId('editor-visibility-group').isChecked()).toBe(true);
    expectInert(await sidebar.evaluate(inspectDom, trap.origin), `chrome-extension://${ext.id}/`, []);

    await sidebar.getByTestId('editor-comment').fill('Who reviews this?');
    await sidebar.getByTestId('editor-save').click();
    const mark = sidebar.getByTestId('card-visibility');
    await mark.waitFor();
    expect(await sidebar.getByTestId('card-group').textContent()).toBe(groupName);
    expect(await mark.getAttribute('aria-label')).toBe(`Group: the members of “${groupName}” can read it`);
    expectInert(await sidebar.evaluate(inspectDom, trap.origin), `chrome-extension://${ext.id}/`, []);
  });

  test('the popup names it as text too, and nothing ran anywhere', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tab=${await tabIdOf(ext, page)}`);
    await popup.getByTestId('popup-annotation').waitFor();
    expect(await popup.getByTestId('card-group').textContent()).toBe(groupName);
    expectInert(await popup.evaluate(inspectDom, trap.origin), `chrome-extension://${ext.id}/`, []);
    await popup.close();
    // Give a late loader (an image, a frame) the time it would need to call out.
    await page.waitForTimeout(500);
    expect(trap.hits).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.title()).not.toContain('pwned');
  });
});
