/**
 * The steps many reviewer paths begin with, in either browser: pointing the settings page at a sync
 * server, signing up there, and starting the annotator on a page from the popup.
 */
import { expect } from 'vitest';
import { tid, type Driver, type TestFrame, type TestPage } from './driver.ts';

export const PASSWORD = 'correct horse battery';
export const SETTINGS = 'src/settings/settings.html';
const SOON = { timeout: 15_000, interval: 100 };

/** The settings page of `driver`'s profile, its server set to `origin` and saved. */
export async function openSettings(driver: Driver, origin: string): Promise<TestPage> {
  const settings = await driver.extensionPage(SETTINGS);
  await settings.fill(tid('settings-server'), origin);
  await settings.click(tid('settings-server-save'));
  await expect.poll(() => settings.text(tid('settings-server-saved')), SOON).toBe(`Using ${origin}.`);
  return settings;
}

/** Signs up as `username` from a settings page whose server is set; waits until signed in. */
export async function signUpOn(settings: TestPage, username: string): Promise<void> {
  await settings.fill(tid('settings-username'), username);
  await settings.fill(tid('settings-password'), PASSWORD);
  await settings.click(tid('settings-signup'));
  await expect.poll(() => settings.text(tid('settings-signed-in')), SOON).toBe(`Signed in as ${username}`);
}

/** Both steps above; answers the settings page, still open. */
export async function signUp(driver: Driver, origin: string, username: string): Promise<TestPage> {
  const settings = await openSettings(driver, origin);
  await signUpOn(settings, username);
  return settings;
}

/** Opens `url` in a new tab and starts the annotator there from the popup; answers the tab and sidebar. */
export async function startAnnotating(
  driver: Driver,
  url: string,
): Promise<{ page: TestPage; sidebar: TestFrame }> {
  const page = await driver.newPage(url);
  const popup = await driver.popupFor(page);
  await popup.click(tid('popup-annotate'));
  await expect.poll(() => popup.text(tid('popup-status')), SOON).toContain('Annotating this page');
  await popup.close();
  await page.bringToFront();
  const sidebar = await driver.sidebar(page);
  await sidebar.waitForText('Select text on the page');
  return { page, sidebar };
}
