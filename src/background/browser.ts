/**
 * The background's only door to `chrome.*`: every browser call the service worker makes goes through
 * one of these small functions, so the rest reads as plain logic and a test can fake this one module.
 */
import { EVERY_SITE_ORIGINS } from '../messaging/protocol.ts';

/** Our own identity, to tell our pages and content scripts from anything else. */
export function extensionIdentity(): { id: string; origin: string } {
  return { id: chrome.runtime.id, origin: chrome.runtime.getURL('') };
}

/**
 * A tab and the address it shows, or undefined when the tab is gone. `url` is undefined when the
 * browser hides it from us (no host permission and no activeTab grant for that tab).
 */
export async function findTab(tabId: number): Promise<{ id: number; url: string | undefined } | undefined> {
  try {
    const tab = await chrome.tabs.get(tabId);
    return { id: tabId, url: tab.url || tab.pendingUrl || undefined };
  } catch {
    return undefined;
  }
}

/**
 * A tab's window, address and title, or undefined when the tab is gone. `url` and `title` are undefined
 * when the browser hides them from us (no host permission and no activeTab grant for that tab).
 */
export async function tabFacts(tabId: number): Promise<TabFacts | undefined> {
  try {
    const tab = await chrome.tabs.get(tabId);
    return {
      id: tabId,
      windowId: tab.windowId,
      url: tab.url || tab.pendingUrl || undefined,
      title: tab.title || undefined,
    };
  } catch {
    return undefined;
  }
}

export interface TabFacts {
  id: number;
  windowId: number;
  url: string | undefined;
  title: string | undefined;
}

// ---- where Chromium and Firefox differ: each difference is decided here, and only here ----

/** Firefox gives its extension pages `moz-extension:` addresses; Chromium `chrome-extension:`. */
export function isFirefox(): boolean {
  return chrome.runtime.getURL('').startsWith('moz-extension:');
}

/**
 * The host permission that lets the extension reach an origin (`http://127.0.0.1:8787`). Chromium's
 * match patterns may name a port; Firefox's may not (a pattern with a port matches nothing there, so a
 * fetch to it meets CORS), so in Firefox the permission is the host on every port. The Firefox manifest
 * is written the same way (scripts/firefox-manifest.mjs). Pure apart from knowing the browser: pages call
 * it inside a click, before anything is awaited.
 */
export function originPermission(origin: string): string {
  const url = new URL(origin);
  return isFirefox() ? `${url.protocol}//${url.hostname}/*` : `${url.origin}/*`;
}

/** Whether the extension may reach an origin (granted at install or by the user). */
export function mayReachOrigin(origin: string): Promise<boolean> {
  return chrome.permissions.contains({ origins: [originPermission(origin)] });
}

/** Every site, as the settings' "Look for action plans on every site" asks for it. */
const EVERY_SITE = [...EVERY_SITE_ORIGINS];

const chosenKey = (pattern: string) => `site-chosen:${pattern}`;

/**
 * Whether the user let the extension run by itself on a site (`https://www.gov.br/*`): highlights come
 * back there without a click. Chromium grants a site only when the user allows it. Firefox also lists the
 * hosts of the manifest's detector (government and OGP hosts) as granted origins, from install, though
 * nobody chose them; there a detector host counts only once the user allowed it (`rememberSiteChosen`)
 * or allowed every site. The README promises the same in both: the detector's hosts grant nothing else.
 */
export async function siteAllowed(pattern: string): Promise<boolean> {
  if (!(await chrome.permissions.contains({ origins: [pattern] }))) return false;
  if (!isFirefox() || !detectorCovers(pattern)) return true;
  if (await chrome.permissions.contains({ origins: EVERY_SITE })) return true;
  const key = chosenKey(pattern);
  return (await chrome.storage.local.get(key))[key] === true;
}

/** The user allowed a site in answer to the extension's offer (only Firefox needs to remember it). */
export async function rememberSiteChosen(pattern: string): Promise<void> {
  if (isFirefox()) await chrome.storage.local.set({ [chosenKey(pattern)]: true });
}

/** Whether the manifest's detector content script runs on this site's pages by itself. */
function detectorCovers(pattern: string): boolean {
  let host: string;
  try {
    host = new URL(pattern.replace(/\*$/, '')).hostname;
  } catch {
    return false;
  }
  const hosts = (chrome.runtime.getManifest().content_scripts ?? []).flatMap((entry) => entry.matches ?? []);
  return hosts.some((match) => {
    const found = /^[^:]+:\/\/([^/]+)\//.exec(match)?.[1];
    if (!found) return false;
    if (found === '*') return true;
    if (found.startsWith('*.')) return host === found.slice(2) || host.endsWith(found.slice(1));
    return host === found;
  });
}

/**
 * A content script of the extension, registered to run on pages by itself. Chromium's `getManifest()`
 * names the manifest's script files relative to the extension; Firefox's gives absolute `moz-extension:`
 * addresses, which `registerContentScripts` refuses ("must be a relative URL"): they are made relative.
 */
export async function registerContentScript(script: chrome.scripting.RegisteredContentScript): Promise<void> {
  const base = chrome.runtime.getURL('');
  const relative = (file: string) => (file.startsWith(base) ? file.slice(base.length) : file);
  const js = script.js?.map(relative);
  await chrome.scripting.registerContentScripts([{ ...script, ...(js ? { js } : {}) }]);
}

export async function contentScriptRegistered(id: string): Promise<boolean> {
  return (await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0;
}

export async function unregisterContentScript(id: string): Promise<void> {
  await chrome.scripting.unregisterContentScripts({ ids: [id] });
}

/** Runs a script file of the extension in the tab's top frame; rejects with the browser's reason. */
export async function injectScript(tabId: number, file: string): Promise<void> {
  await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
}

export async function setBadgeText(tabId: number, text: string): Promise<void> {
  try {
    await chrome.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed between the change and the badge update: there is no badge left to set.
  }
}

/** The toolbar button's tooltip for one tab; a closed tab has none to set. */
export async function setBadgeTitle(tabId: number, title: string): Promise<void> {
  try {
    await chrome.action.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Opens `url` in a new tab right after `tab`, in its window; answers the new tab's id. */
export async function openTabBeside(
  tab: Pick<chrome.tabs.Tab, 'id' | 'index' | 'windowId'>,
  url: string,
): Promise<number> {
  const created = await chrome.tabs.create({
    url,
    index: tab.index + 1,
    windowId: tab.windowId,
    ...(tab.id === undefined ? {} : { openerTabId: tab.id }),
  });
  return created.id ?? -1;
}

/**
 * Opens `url` in a new, active tab and answers its id once the page has loaded, or once `timeoutMs`
 * passed (a slow page is still worth trying on).
 */
export async function openTabLoaded(url: string, timeoutMs: number): Promise<number> {
  const created = await chrome.tabs.create({ url, active: true });
  const tabId = created.id ?? -1;
  if (tabId < 0) return tabId;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      chrome.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    // Firefox reports the new tab's first blank document complete (with no address) before the page.
    const loaded = (tab: chrome.tabs.Tab) =>
      tab.status === 'complete' && tab.url !== undefined && tab.url !== 'about:blank';
    const listener = (id: number, _change: unknown, tab: chrome.tabs.Tab) => {
      if (id === tabId && loaded(tab)) done();
    };
    const timer = setTimeout(done, timeoutMs);
    chrome.tabs.onUpdated.addListener(listener);
    // It may have loaded before the listener was added.
    void chrome.tabs.get(tabId).then(
      (tab) => loaded(tab) && done(),
      () => done(),
    );
  });
  return tabId;
}

/** Sends a tab to another address (our viewer); no permission needed for a tab we were asked about. */
export async function navigateTab(tabId: number, url: string): Promise<void> {
  await chrome.tabs.update(tabId, { url });
}

/** The address of one of our own pages. */
export function extensionUrl(path: string): string {
  return chrome.runtime.getURL(path);
}

/**
 * Small values that must outlive a stopped service worker but not the browser session (which tab shows
 * which PDF): `chrome.storage.session`, not memory.
 */
export async function sessionGet<T>(key: string): Promise<T | undefined> {
  const found = await chrome.storage.session.get(key);
  return found[key] as T | undefined;
}

export async function sessionSet(key: string, value: unknown): Promise<void> {
  await chrome.storage.session.set({ [key]: value });
}

export async function sessionRemove(key: string): Promise<void> {
  await chrome.storage.session.remove(key);
}

/** A user setting from `chrome.storage.local`, or `fallback` when unset. */
export async function localSetting<T>(key: string, fallback: T): Promise<T> {
  const found = await chrome.storage.local.get(key);
  return (found[key] as T | undefined) ?? fallback;
}

/** Sets a user setting in `chrome.storage.local`; `undefined` removes it. */
export async function setLocalSetting(key: string, value: unknown): Promise<void> {
  if (value === undefined) await chrome.storage.local.remove(key);
  else await chrome.storage.local.set({ [key]: value });
}

// ---- events; each registration must happen synchronously when the worker starts ----

type MessageListener = (message: unknown, sender: chrome.runtime.MessageSender) => Promise<unknown>;

/** Answers every runtime message with what `listener` resolves to. */
export function onMessage(listener: MessageListener): void {
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    void listener(message, sender).then(sendResponse);
    // Keeps the channel open for the asynchronous answer (Chrome 120 ignores a returned promise).
    return true;
  });
}

export function onConnect(listener: (port: chrome.runtime.Port) => void): void {
  chrome.runtime.onConnect.addListener(listener);
}

/** A tab finished loading or changed address; `url` only when the browser lets us see it. */
export function onTabUpdated(
  listener: (
    tabId: number,
    change: { complete: boolean; loading: boolean; urlChanged: boolean },
    url: string | undefined,
  ) => void,
): void {
  chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
    listener(
      tabId,
      {
        complete: change.status === 'complete',
        loading: change.status === 'loading',
        urlChanged: change.url !== undefined,
      },
      tab.url,
    );
  });
}

/** The user switched to another tab of a window. */
export function onTabActivated(listener: (tabId: number, windowId: number) => void): void {
  chrome.tabs.onActivated.addListener(({ tabId, windowId }) => listener(tabId, windowId));
}

/** A keyboard shortcut of the manifest's `commands` was pressed, in this tab (when there is one). */
export function onCommand(listener: (command: string, tabId: number | undefined) => void): void {
  chrome.commands.onCommand.addListener((command, tab) => listener(command, tab?.id));
}
