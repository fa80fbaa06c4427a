/**
 * Which tabs of each window the user looked at last, newest first. Kept in memory for speed and in
 * `chrome.storage.session` so that a service worker stopped between two clicks still knows.
 */
import { noteActivation } from './evidence-page.ts';
import { onTabActivated, sessionGet, sessionSet } from './browser.ts';

export interface TabActivity {
  noteActivated(tabId: number, windowId: number): Promise<void>;
  /** The window's tabs as last activated, newest first (some may have closed since). */
  recent(windowId: number): Promise<number[]>;
}

const KEY = 'tab-activity';

type History = Record<string, number[]>;

export function createTabActivity(): TabActivity {
  // One load, shared by every caller, so two activations in a row cannot overwrite each other.
  let loaded: Promise<History> | null = null;
  const history = () => (loaded ??= sessionGet<History>(KEY).then((stored) => stored ?? {}));
  return {
    async noteActivated(tabId, windowId) {
      const all = await history();
      all[windowId] = noteActivation(all[windowId] ?? [], tabId);
      await sessionSet(KEY, all);
    },
    async recent(windowId) {
      return [...((await history())[windowId] ?? [])];
    },
  };
}

/**
 * A history fed by the browser's tab activations. Call it while the worker starts, with the other
 * listeners: the browser wakes a stopped worker only for events it had a listener for.
 */
export function watchTabActivity(onError: (error: unknown) => void): TabActivity {
  const activity = createTabActivity();
  onTabActivated((tabId, windowId) => void activity.noteActivated(tabId, windowId).catch(onError));
  return activity;
}
