/**
 * The background's only door to `chrome.*`: every browser call the service worker makes goes through
 * one of these small functions, so the rest reads as plain logic and a test can fake this one module.
 */

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

export function hasOriginPermission(pattern: string): Promise<boolean> {
  return chrome.permissions.contains({ origins: [pattern] });
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
