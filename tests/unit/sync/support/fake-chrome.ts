/**
 * The few `chrome.*` APIs the sync engine reaches through sync-browser.ts, for unit tests outside a
 * browser: `storage.local` (values stored as copies, as the browser serialises them), `alarms` (kept in
 * a map the test reads; nothing fires by itself), `permissions.contains` (every origin granted unless a
 * test takes the sync server's away), `runtime.onStartup` and `runtime.getURL` (a Chromium address). The
 * rest of `chrome` (the
 * i18n of tests/support/chrome-i18n.ts) stays as it is.
 */

export interface FakeAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export interface FakeChrome {
  /** What `chrome.storage.local` holds, by key. */
  local: Map<string, unknown>;
  alarms: Map<string, FakeAlarm>;
  /** Runs the listeners of `chrome.alarms.onAlarm` for the alarm of this name. */
  fireAlarm(name: string): void;
  /** Host permissions (`http://127.0.0.1:8787/*`) the browser no longer grants, as a user may take back. */
  withdrawn: Set<string>;
}

/** Installs a fresh fake (empty storage, no alarms, no listeners) and answers it. */
export function installFakeChrome(): FakeChrome {
  const local = new Map<string, unknown>();
  const alarms = new Map<string, FakeAlarm>();
  const alarmListeners: ((alarm: FakeAlarm) => void)[] = [];
  const startupListeners: (() => void)[] = [];
  const withdrawn = new Set<string>();
  const g = globalThis as unknown as { chrome?: Record<string, unknown> };
  g.chrome = {
    ...(g.chrome ?? {}),
    storage: {
      local: {
        get(key: string) {
          return Promise.resolve(local.has(key) ? { [key]: structuredClone(local.get(key)) } : {});
        },
        set(items: Record<string, unknown>) {
          for (const [key, value] of Object.entries(items)) local.set(key, structuredClone(value));
          return Promise.resolve();
        },
      },
    },
    alarms: {
      create(name: string, info: { when: number; periodInMinutes?: number }) {
        alarms.set(name, { name, scheduledTime: info.when, ...info });
        return Promise.resolve();
      },
      get(name: string) {
        return Promise.resolve(alarms.get(name));
      },
      clear(name: string) {
        return Promise.resolve(alarms.delete(name));
      },
      onAlarm: { addListener: (listener: (alarm: FakeAlarm) => void) => alarmListeners.push(listener) },
    },
    permissions: {
      contains({ origins }: { origins: string[] }) {
        return Promise.resolve(origins.every((origin) => !withdrawn.has(origin)));
      },
    },
    runtime: {
      onStartup: { addListener: (listener: () => void) => startupListeners.push(listener) },
      getURL: (path: string) => `chrome-extension://fake/${path}`,
    },
  };
  return {
    local,
    alarms,
    withdrawn,
    fireAlarm(name) {
      const alarm = alarms.get(name) ?? { name, scheduledTime: Date.now() };
      for (const listener of alarmListeners) listener(alarm);
    },
  };
}
