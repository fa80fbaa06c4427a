/**
 * The background's sync engine: pushes the outbox (push.ts), pulls the change feed (pull.ts), listens to
 * the server's events, and retries with backoff. It keeps nothing that matters in memory: the outbox and
 * metadata are in IndexedDB, the cursor and account in chrome.storage.local, and alarms wake a stopped
 * worker, so a worker stopped at any point (or a browser restarted) picks up where it was.
 */
import { t } from '../../i18n/messages.ts';
import { ChangedEventSchema } from '../../core/sync/protocol.ts';
import type { SyncStatusReply } from '../../messaging/protocol.ts';
import type { AnnotationStore } from '../annotation-store.ts';
import { retryDelay } from './backoff.ts';
import { EventStreamParser } from './event-stream-parser.ts';
import { pullChanges } from './pull.ts';
import { pushOutbox } from './push.ts';
import { clearAlarm, hasAlarm, mayReach, onAlarm, onBrowserStartup, setAlarm } from './sync-browser.ts';
import { accountKey } from './sync-records.ts';
import type { Round } from './sync-round.ts';
import { ServerError, SyncServer } from './sync-server.ts';
import {
  loadProgress,
  loadSettings,
  saveProgress,
  saveSettings,
  type SyncSettings,
} from './sync-settings.ts';
import { SyncStore } from './sync-store.ts';
import { AccountChanged } from './sync-tx.ts';

/** Wakes the worker now and then even when nothing is pending: the event stream dies with the worker. */
export const PERIODIC_ALARM = 'plan-annotator-sync';
/** The next attempt after a failure; an alarm, so it also happens if the worker was stopped meanwhile. */
export const RETRY_ALARM = 'plan-annotator-sync-retry';
/** Chrome runs alarms at most every 30 seconds; shorter waits are timers while the worker lives. */
const ALARM_FLOOR_MS = 30_000;
/** The account key of these settings, or null when no one is signed in (or was, for `lastUser`). */
export function accountOf(settings: SyncSettings): string | null {
  return settings.user ? accountKey(settings.server, settings.user.id) : null;
}

export class SyncEngine {
  readonly records: SyncStore;
  #running: Promise<void> | null = null;
  #again = false;
  /** A round was asked for by the user or by the server coming back: it does not wait for the backoff. */
  #forced = false;
  #soon: ReturnType<typeof setTimeout> | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #stream: AbortController | null = null;
  #streamKey = '';
  /** Ends the event stream's wait before it reconnects, when there is one. */
  #wake: (() => void) | null = null;

  constructor(
    private readonly store: AnnotationStore,
    /** Told which documents' annotations the engine changed, so their tabs reload their lists. */
    private readonly changed: (uris: readonly string[]) => void,
  ) {
    this.records = new SyncStore(store);
  }

  /** Adds the engine's listeners; call synchronously when the worker starts. */
  listen(): void {
    onAlarm((name) => {
      if (name === PERIODIC_ALARM) void this.resume();
      // The retry alarm is the backoff's own time: it goes ahead.
      if (name === RETRY_ALARM) void this.syncNow(true);
    });
    this.store.onQueued(() => this.soon());
    // Alarms may not survive a browser restart; this wakes the worker to push a full outbox then.
    onBrowserStartup(() => void this.resume());
  }

  /**
   * On every start of the worker and every alarm: reopen the event stream (or end its wait to
   * reconnect) and sync what is pending, unless a failure asked to wait longer (`nextAttemptAt`).
   */
  async resume(): Promise<void> {
    if (!(await hasAlarm(PERIODIC_ALARM))) {
      await setAlarm(PERIODIC_ALARM, Date.now() + ALARM_FLOOR_MS, 0.5);
    }
    const settings = await loadSettings();
    this.#watch(settings);
    this.#wake?.();
    await this.syncNow();
  }

  /** Syncs shortly, so that several quick saves go out in one round. */
  soon(delayMs = 150, force = false): void {
    clearTimeout(this.#soon);
    this.#soon = setTimeout(() => void this.syncNow(force), delayMs);
  }

  /**
   * One push-and-pull round; a call during a round makes one more round follow it. Unless `force`d,
   * a round does not start before the time a failure set for the next attempt.
   */
  syncNow(force = false): Promise<void> {
    if (force) this.#forced = true;
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        const forced = this.#forced;
        this.#forced = false;
        await this.#round(forced);
      } while (this.#again);
    })().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async status(): Promise<SyncStatusReply> {
    const [settings, progress] = await Promise.all([loadSettings(), loadProgress()]);
    const account = accountOf(settings);
    const [pending, keptAside, refused] = await Promise.all([
      this.records.pendingCount(account),
      this.records.keptAsideCount(account),
      this.records.refusals(account),
    ]);
    return {
      signedIn: settings.token !== null,
      server: settings.server,
      username: settings.token ? (settings.user?.username ?? null) : null,
      pending,
      keptAside,
      refused,
      lastSync: progress.lastSync,
      lastError: progress.lastError,
      syncing: this.#running !== null,
    };
  }

  /** The user asks to send the changes the server refused again (a server or proxy limit changed, say). */
  async sendRefusedAgain(): Promise<void> {
    const account = accountOf(await loadSettings());
    if (account && (await this.records.sendRefusedAgain(account)) > 0) await this.syncNow(true);
  }

  /**
   * Before the settings change to another account or server: makes sure the database knows the account
   * it holds now, so that the next round can tell the switch and park that account's waiting changes.
   */
  async claim(settings: SyncSettings): Promise<void> {
    const account = accountOf(settings);
    if (!account) return;
    const { changed } = await this.records.useAccount(account, account, (await loadProgress()).cursor);
    if (changed.length > 0) this.changed(changed);
  }

  /** After sign-in, sign-out or a change of server: restart the stream for the new account. */
  async restart(): Promise<void> {
    const settings = await loadSettings();
    this.#watch(settings);
    if (settings.token) await this.syncNow(true);
  }

  async #round(forced: boolean): Promise<void> {
    const settings = await loadSettings();
    const account = accountOf(settings);
    if (!settings.token || !account) return;
    const progress = await loadProgress();
    if (!forced && Date.now() < progress.nextAttemptAt) return;
    const round: Round = {
      settings,
      account,
      token: settings.token,
      server: new SyncServer(settings.server, settings.token),
      records: this.records,
      changed: this.changed,
    };
    try {
      // The first round of another account parks the previous one's changes and starts its feed anew.
      const { changed } = await this.records.useAccount(account, account, progress.cursor);
      if (changed.length > 0) this.changed(changed);
      const blocked = await pushOutbox(round);
      // The page budget ran out with more to read: another round follows at once.
      if (await pullChanges(round)) this.#again = true;
      clearTimeout(this.#retry);
      await clearAlarm(RETRY_ALARM);
      await saveProgress({
        lastSync: new Date().toISOString(),
        lastError: blocked,
        failures: 0,
        nextAttemptAt: 0,
      });
    } catch (error) {
      // Settings changed under this round: the round that follows works for the new account.
      if (error instanceof AccountChanged) return;
      await this.#failed(error, round);
    }
  }

  async #failed(error: unknown, round: Round): Promise<void> {
    if (error instanceof ServerError && error.status === 401) {
      // The token expired or was signed out elsewhere: retrying cannot help until the user signs in.
      // Only if it is still the token this round used: a sign-in meanwhile brought a new one.
      const now = await loadSettings();
      if (now.token !== round.token) return;
      await saveSettings({ token: null });
      this.#watch(await loadSettings());
      // Stored as words in the language of the moment: the popup shows it as is.
      await saveProgress({ lastError: t('bg_signInExpired') });
      return;
    }
    if (!(error instanceof ServerError)) console.error('Plan Annotator: sync failed', error);
    let message = error instanceof ServerError ? error.message : t('bg_syncFailed');
    // A server that "does not answer" may be one the browser does not let us reach: say which.
    const settings = await loadSettings();
    if (error instanceof ServerError && error.status === 0 && !(await mayReach(settings.server))) {
      message = t('bg_serverNotAllowed', settings.server);
    }
    const { failures } = await loadProgress();
    const delay = retryDelay(failures + 1);
    await saveProgress({ lastError: message, failures: failures + 1, nextAttemptAt: Date.now() + delay });
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => void this.syncNow(true), delay);
    await setAlarm(RETRY_ALARM, Date.now() + Math.max(delay, ALARM_FLOOR_MS));
  }

  /** Keeps one event stream open for the signed-in account, or none when signed out. */
  #watch(settings: SyncSettings): void {
    const key = settings.token ? `${settings.server}\n${settings.token}` : '';
    if (key === this.#streamKey && this.#stream) return;
    this.#stream?.abort();
    this.#stream = null;
    this.#streamKey = key;
    const account = accountOf(settings);
    if (!settings.token || !account) return;
    const controller = new AbortController();
    this.#stream = controller;
    void this.#listenToEvents(new SyncServer(settings.server, settings.token), account, controller.signal);
  }

  async #listenToEvents(server: SyncServer, account: string, signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        const body = await server.events(signal);
        failures = 0;
        // Connected (again): the server is back, so whatever waited in the outbox goes now, without
        // waiting for the backoff; the head event says what to pull.
        this.soon(0, true);
        const parser = new EventStreamParser((event) => {
          if (event.event === 'changed') void this.#onChanged(account, event.data);
        });
        const reader = body.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(decoder.decode(value, { stream: true }));
        }
      } catch {
        if (signal.aborted) return;
      }
      failures += 1;
      await this.#pause(retryDelay(failures), signal);
    }
  }

  /** Waits before the stream reconnects; an abort ends the wait, and so does `resume()` (`#wake`). */
  #pause(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', finish);
        if (this.#wake === finish) this.#wake = null;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      signal.addEventListener('abort', finish, { once: true });
      this.#wake = finish;
    });
  }

  async #onChanged(account: string, data: string): Promise<void> {
    let cursor: string;
    try {
      const parsed = ChangedEventSchema.safeParse(JSON.parse(data));
      if (!parsed.success) return;
      cursor = parsed.data.cursor;
    } catch {
      return;
    }
    if (BigInt(cursor) > BigInt(await this.records.cursor(account))) this.soon(50, true);
  }
}
