/**
 * The sync engine's door to `chrome.*` (like ../browser.ts for the rest of the background): settings in
 * `chrome.storage.local`, alarms that wake a stopped worker, and the host permission of a server.
 */

export async function readLocal<T>(key: string): Promise<T | undefined> {
  const found = await chrome.storage.local.get(key);
  return found[key] as T | undefined;
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  await chrome.storage.local.set({ [key]: value });
}

/** Wakes the worker at `when` (ms since the epoch), replacing an alarm of the same name. */
export async function setAlarm(name: string, when: number, periodInMinutes?: number): Promise<void> {
  await chrome.alarms.create(name, { when, ...(periodInMinutes ? { periodInMinutes } : {}) });
}

export async function hasAlarm(name: string): Promise<boolean> {
  return (await chrome.alarms.get(name)) !== undefined;
}

export async function clearAlarm(name: string): Promise<void> {
  await chrome.alarms.clear(name);
}

/** Must be called synchronously when the worker starts, like every listener. */
export function onAlarm(listener: (name: string) => void): void {
  chrome.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}

/** Whether the extension may talk to this origin (granted at install or by the user). */
export { mayReachOrigin as mayReach } from '../browser.ts';

/** The browser started with this profile; a stopped worker is woken for it. */
export function onBrowserStartup(listener: () => void): void {
  chrome.runtime.onStartup.addListener(listener);
}
