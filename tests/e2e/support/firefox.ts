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
 * The preferences every Firefox of the e2e run starts with. The add-on gets a known internal UUID;
 * `hosts` resolve to 127.0.0.1 (plain-http, non-loopback names for the test servers, and government
 * domains where the manifest runs the detector). Install grants stay Firefox's own (the manifest's host
 * permissions, as a user gets them); an optional permission the extension asks for in a click is granted
 * without the prompt, which automation cannot answer. Nothing else is granted.
 */
export function firefoxPrefs(hosts: string[]): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    'extensions.webextOptionalPermissionPrompts': false,
    'network.dns.localDomains': hosts.join(','),
  };
}

/**
 * Debian's Firefox, driven over WebDriver BiDi (puppeteer-core; Playwright drives only its own patched
 * Firefox), with dist/firefox installed as a temporary add-on.
 */
export async function launchFirefoxWithExtension(hosts: string[]): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: firefoxPrefs(hosts),
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
