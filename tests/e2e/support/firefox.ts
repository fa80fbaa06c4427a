import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Firefox ESR (`apt-get install firefox-esr`); another through FIREFOX_PATH. */
export const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD =
  process.env['PLAN_ANNOTATOR_FIREFOX_DIR'] ??
  fileURLToPath(new URL('../../../dist/firefox/', import.meta.url));

/** The add-on id of the Firefox build (scripts/firefox-manifest.mjs) and the internal UUID we give it. */
const ADDON_ID = 'plan-annotator@plan-annotator.org';
export const EXTENSION_UUID = '3d6f2b1c-8a4e-4c7d-9b2a-5e1f0c3d7a66';

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX) && existsSync(`${FIREFOX_BUILD}/manifest.json`);
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Debian's Firefox, driven over WebDriver BiDi (puppeteer-core; Playwright drives only its own patched
 * Firefox), with dist/firefox installed as a temporary add-on. `hosts` resolve to 127.0.0.1, so pages
 * served by the tests can stand on government domains where the manifest runs the detector. Host
 * permissions are granted at install (`originControls.grantByDefault`), as the e2e run does in Chromium,
 * because a permission prompt cannot be answered by automation.
 */
export async function launchFirefoxWithExtension(hosts: string[]): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': true,
      'network.dns.localDomains': hosts.join(','),
    },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
    close: () => browser.close(),
  };
}
