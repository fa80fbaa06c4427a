/**
 * The live ports of annotators and sidebars, by tab. This is the one thing the service worker keeps
 * only in memory, and safely so: a port dies with the worker, and the other end reconnects to the next
 * worker (see `listenToBackground`), so the registry refills itself.
 */
import type { BackgroundEvent } from '../messaging/protocol.ts';

export type PortRole = 'annotator' | 'sidebar';

/** The part of `chrome.runtime.Port` the registry uses; tests can pass a plain object. */
export interface EventPort {
  postMessage(message: BackgroundEvent): void;
}

type Waiter = () => void;

export class PortRegistry<P extends EventPort = EventPort> {
  readonly #ports = new Map<number, Partial<Record<PortRole, P>>>();
  readonly #waiters = new Map<string, Set<Waiter>>();

  /** A newer port for the same tab and role replaces the older one (e.g. after a reload). */
  add(tabId: number, role: PortRole, port: P): void {
    const entry = this.#ports.get(tabId) ?? {};
    entry[role] = port;
    this.#ports.set(tabId, entry);
    const key = waiterKey(tabId, role);
    const waiters = this.#waiters.get(key);
    this.#waiters.delete(key);
    waiters?.forEach((wake) => wake());
  }

  /** Removes the port only if it is still the registered one, so a late disconnect of a replaced port is harmless. */
  remove(tabId: number, role: PortRole, port: P): void {
    const entry = this.#ports.get(tabId);
    if (entry?.[role] !== port) return;
    const rest: Partial<Record<PortRole, P>> = { ...entry, [role]: undefined };
    if (rest.annotator || rest.sidebar) this.#ports.set(tabId, rest);
    else this.#ports.delete(tabId);
  }

  has(tabId: number, role: PortRole): boolean {
    return this.#ports.get(tabId)?.[role] !== undefined;
  }

  /** Tabs that have an annotator or a sidebar connected. */
  tabs(): number[] {
    return [...this.#ports.keys()];
  }

  /** Posts to the tab's port of that role; false when there is none or it has just closed. */
  post(tabId: number, role: PortRole, event: BackgroundEvent): boolean {
    const port = this.#ports.get(tabId)?.[role];
    if (!port) return false;
    try {
      port.postMessage(event);
      return true;
    } catch {
      // The other end went away and its disconnect event has not reached us yet.
      this.remove(tabId, role, port);
      return false;
    }
  }

  /**
   * Resolves true once a port of that role is connected for the tab, or false after `timeoutMs`.
   * An injected script connects a moment after `executeScript` resolves, and callers need to know.
   */
  waitFor(tabId: number, role: PortRole, timeoutMs: number): Promise<boolean> {
    if (this.has(tabId, role)) return Promise.resolve(true);
    const key = waiterKey(tabId, role);
    return new Promise((resolve) => {
      const waiters = this.#waiters.get(key) ?? new Set<Waiter>();
      this.#waiters.set(key, waiters);
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiters.delete(wake);
        if (waiters.size === 0 && this.#waiters.get(key) === waiters) this.#waiters.delete(key);
        resolve(false);
      }, timeoutMs);
      waiters.add(wake);
    });
  }
}

function waiterKey(tabId: number, role: PortRole): string {
  return `${tabId}:${role}`;
}
