import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  originPermission,
  registerContentScript,
  rememberSiteChosen,
  siteAllowed,
} from '../../../src/background/browser.ts';

/** Just enough of `chrome` for the browser module, as Chromium or Firefox shows it. */
function fakeBrowser(kind: 'chromium' | 'firefox', granted: string[]) {
  const base = kind === 'firefox' ? 'moz-extension://uuid/' : 'chrome-extension://id/';
  const stored: Record<string, unknown> = {};
  const registered: chrome.scripting.RegisteredContentScript[] = [];
  vi.stubGlobal('chrome', {
    runtime: {
      getURL: (path: string) => `${base}${path}`,
      getManifest: () => ({ content_scripts: [{ matches: ['*://*.gov/*', '*://*.gouv.fr/*'], js: [] }] }),
    },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o)),
    },
    storage: {
      local: {
        get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
      },
    },
    scripting: {
      registerContentScripts: async (scripts: chrome.scripting.RegisteredContentScript[]) => {
        for (const script of scripts) {
          if (script.js?.some((file) => file.includes('://'))) throw new Error('must be a relative URL');
        }
        registered.push(...scripts);
      },
    },
  });
  return { base, registered };
}

afterEach(() => void vi.unstubAllGlobals());

describe('the browser module decides what differs between Chromium and Firefox', () => {
  it('names a server with its port in Chromium, and without in Firefox (whose patterns take none)', () => {
    fakeBrowser('chromium', []);
    expect(originPermission('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787/*');
    fakeBrowser('firefox', []);
    expect(originPermission('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
    expect(originPermission('https://sync.example.org')).toBe('https://sync.example.org/*');
  });

  it("registers the manifest's script files relative to the extension, as Firefox demands", async () => {
    const { base, registered } = fakeBrowser('firefox', []);
    await registerContentScript({ id: 'x', js: [`${base}assets/detect.js`], matches: ['http://*/*'] });
    expect(registered[0]?.js).toEqual(['assets/detect.js']);
  });

  it('in Firefox, a detector host granted at install is not a site the user allowed until they say so', async () => {
    fakeBrowser('firefox', ['https://plans.example.gov/*', 'https://example.org/*']);
    expect(await siteAllowed('https://plans.example.gov/*')).toBe(false);
    // Any other granted site was granted by the user (Firefox asks for it).
    expect(await siteAllowed('https://example.org/*')).toBe(true);
    await rememberSiteChosen('https://plans.example.gov/*');
    expect(await siteAllowed('https://plans.example.gov/*')).toBe(true);
    expect(await siteAllowed('https://other.gov/*')).toBe(false);
  });

  it('in Firefox, every site allowed from the settings covers the detector hosts too', async () => {
    fakeBrowser('firefox', ['http://*/*', 'https://*/*', 'https://plans.example.gov/*']);
    expect(await siteAllowed('https://plans.example.gov/*')).toBe(true);
  });

  it('in Chromium, a granted site is one the user allowed', async () => {
    fakeBrowser('chromium', ['https://plans.example.gov/*']);
    expect(await siteAllowed('https://plans.example.gov/*')).toBe(true);
    expect(await siteAllowed('https://other.gov/*')).toBe(false);
  });
});
