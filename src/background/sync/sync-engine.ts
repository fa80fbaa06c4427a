/**
 * The background's sync engine: pushes the outbox, pulls the change feed, listens to the server's
 * events, and retries with backoff. It keeps nothing that matters in memory: the outbox and metadata are
 * in IndexedDB, the cursor and account in chrome.storage.local, and alarms wake a stopped worker, so a
 * worker stopped at any point (or a browser restarted) picks up where it was.
 */
import type { Annotation } from '../../core/model/annotation.ts';
import { t } from '../../i18n/messages.ts';
import type { BatchWriteItem } from '../../core/sync/batch.ts';
import { ChangedEventSchema, type SyncRecord } from '../../core/sync/protocol.ts';
import type { SyncStatusReply } from '../../messaging/protocol.ts';
import type { AnnotationStore } from '../annotation-store.ts';
import { retryDelay } from './backoff.ts';
import { EventStreamParser } from './event-stream-parser.ts';
import { CONFLICT_TAG, currentOf, privateCopyOf, resolveStale, sameContent } from './resolve-stale.ts';
import { clearAlarm, hasAlarm, mayReach, onAlarm, onBrowserStartup, setAlarm } from './sync-browser.ts';
import { accountKey, type OutboxEntry, type OutboxRefusal } from './sync-records.ts';
import { ServerError, SyncServer, type OpenedPage, type WriteAnswer } from './sync-server.ts';
import {
  loadProgress,
  loadSettings,
  saveProgress,
  saveSettings,
  type SyncSettings,
} from './sync-settings.ts';
import { AccountChanged, SyncStore, type RemoteRecord } from './sync-store.ts';

/** Wakes the worker now and then even when nothing is pending: the event stream dies with the worker. */
export const PERIODIC_ALARM = 'plan-annotator-sync';
/** The next attempt after a failure; an alarm, so it also happens if the worker was stopped meanwhile. */
export const RETRY_ALARM = 'plan-annotator-sync-retry';
/** Chrome runs alarms at most every 30 seconds; shorter waits are timers while the worker lives. */
const ALARM_FLOOR_MS = 30_000;
/** Writes per batch request; at most the server's MAX_BATCH. */
const BATCH = 50;
const PAGE = 200;
/** Bounds one round, so a record that keeps changing on the server cannot hold the engine forever. */
const MAX_BATCHES = 40;

type PushOutcome = 'done' | 'skipped';

/** One outbox entry on its way: the write sent for it, and the local record it was made from. */
interface Prepared {
  entry: OutboxEntry;
  annotation: Annotation | null;
  write: BatchWriteItem;
}

/** What one round works with: captured at its start, so a switch of account meanwhile cannot mix. */
interface Round {
  settings: SyncSettings;
  account: string;
  token: string;
  server: SyncServer;
}

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
    };
    try {
      // The first round of another account parks the previous one's changes and starts its feed anew.
      const { changed } = await this.records.useAccount(account, account, progress.cursor);
      if (changed.length > 0) this.changed(changed);
      const blocked = await this.#push(round);
      await this.#pull(round);
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

  /**
   * Pushes until the outbox is empty, a batch at a time (`POST /api/annotations/batch`: one request and
   * one commit for up to BATCH writes, each answered as its own request would be); answers a note about
   * entries that must wait, or null.
   */
  async #push(round: Round): Promise<string | null> {
    const skipped = new Set<string>();
    let note: string | null = null;
    for (let batchNumber = 0; batchNumber < MAX_BATCHES; batchNumber++) {
      const batch = (await this.records.pending(BATCH + skipped.size, round.account))
        .filter((entry) => !skipped.has(entry.id))
        .slice(0, BATCH);
      if (batch.length === 0) break;
      const sending: Prepared[] = [];
      for (const entry of batch) {
        const prepared = await this.#prepare(round, entry, (text) => (note = text));
        if (prepared === 'skipped') skipped.add(entry.id);
        else if (prepared !== 'done') sending.push(prepared);
      }
      if (sending.length === 0) continue;
      const results = await round.server.batch(sending.map((p) => p.write));
      for (const [index, prepared] of sending.entries()) {
        const result = results[index];
        if (!result) throw new ServerError(502, t('bg_serverAnsweredOddlyRetry'));
        await this.#settle(round, prepared, result, (text) => (note = text));
      }
    }
    return note;
  }

  /** What to send for one outbox entry; 'done' when nothing needs sending, 'skipped' when it must wait. */
  async #prepare(
    round: Round,
    entry: OutboxEntry,
    notice: (text: string) => void,
  ): Promise<Prepared | PushOutcome> {
    const { settings, account } = round;
    const { annotation, meta } = await this.records.local(entry.id);
    if (!annotation) {
      // Deleted here. Never sent: nothing to tell the server.
      if (!meta || meta.version === null) {
        await this.records.drop(account, entry);
        return 'done';
      }
      return { entry, annotation: null, write: { op: 'delete', id: entry.id, version: meta.version } };
    }
    const group = annotation.visibility === 'private' ? null : (meta?.group ?? settings.group);
    if (annotation.visibility === 'group' && !group) {
      notice(t('bg_groupWaits'));
      return 'skipped';
    }
    return {
      entry,
      annotation,
      write: { op: 'put', annotation, group: group ?? null, version: meta?.version ?? null },
    };
  }

  /** What the server said of one write, applied here as a single request's answer would be. */
  async #settle(
    round: Round,
    { entry, annotation }: Prepared,
    result: WriteAnswer,
    notice: (text: string) => void,
  ): Promise<void> {
    const { settings, account } = round;
    const me = settings.user?.username ?? null;
    if (result.record && result.status < 300) {
      await this.records.acknowledge(account, entry, { record: result.record, creatorName: me }, annotation);
      return;
    }
    if (result.status === 401) throw new ServerError(401, t('bg_signInAgain'));
    if (result.status >= 500) {
      throw new ServerError(result.status, t('bg_serverProblemRetry'));
    }
    if (result.status === 412) {
      await this.#stale(round, entry, result.current === undefined ? {} : { current: result.current });
      return;
    }
    if (result.status === 404 && !annotation) {
      await this.records.drop(account, entry);
      return;
    }
    // Refused for good (not the creator, invalid for the server, too large). Where the server holds the
    // annotation and refused this sender's edit, its record comes back, so a pull cannot overwrite the
    // edit unseen, and the edit stays as a private copy of this user's. A change refused for what it
    // holds (too large, or its own request refused whole) would meet the same refusal as a copy: it
    // stays queued here as it is, marked, and is not sent again until it changes; the popup says why.
    const refusal: OutboxRefusal = {
      status: result.status,
      error: result.error ?? null,
      at: new Date().toISOString(),
    };
    const keep = result.status === 413 || result.whole === true;
    const copy = annotation && !keep ? privateCopyOf(annotation, () => crypto.randomUUID()) : null;
    const { changed, kept } = await this.records.refused(account, entry, copy, refusal, keep);
    this.changed(changed);
    if (kept) return;
    // The tag is data every copy carries, whatever the language, so its name goes in unchanged.
    const what = copy ? t('bg_changeKeptAsCopy', CONFLICT_TAG) : t('bg_changeKeptHere');
    // Two whole sentences, the server's own words (English) inside the second.
    notice(result.error ? `${what} ${t('bg_serverRefused', result.error)}` : what);
  }

  /** A 412: merge with what the server holds now, or delete over it if it is what we deleted. */
  async #stale(round: Round, entry: OutboxEntry, body: Record<string, unknown>): Promise<void> {
    const { account } = round;
    const current = currentOf(body);
    const { annotation, meta } = await this.records.local(entry.id);
    const remote: RemoteRecord | null = current ? { record: current, creatorName: null } : null;
    if (!annotation) {
      if (!remote || remote.record.deleted) {
        await this.records.drop(account, entry);
      } else if (remote.record.annotation && !sameContent(remote.record.annotation, meta?.base ?? null)) {
        // Changed elsewhere since the version deleted here: the newer version stays, the delete goes.
        this.changed(await this.records.restoreRemote(account, entry, remote));
      } else {
        // A delete made on an old version of the same content: delete the current one (next round).
        await this.records.rebase(account, entry.id, remote);
      }
      return;
    }
    const resolution = resolveStale(annotation, meta?.base ?? null, current, () => crypto.randomUUID());
    if (resolution.kind === 'copy') {
      this.changed(
        await this.records.replaceWithCopy(account, entry.id, resolution.copy, meta?.group ?? null),
      );
      return;
    }
    if (!remote) return;
    this.changed(
      await this.records.applyMerge(
        account,
        entry.id,
        resolution.merged,
        remote,
        resolution.copy,
        !resolution.settled,
      ),
    );
  }

  async #pull(round: Round): Promise<void> {
    const { server, settings, account } = round;
    const ask = (cursor: string) => {
      const stop = new AbortController();
      const page = server.openChanges(cursor, PAGE, stop.signal);
      // Awaited in its turn; a failure before then must not count as unhandled.
      page.catch(() => undefined);
      return { page, stop: () => stop.abort() };
    };
    let ahead: ReturnType<typeof ask> | null = ask(await this.records.cursor(account));
    try {
      for (let n = 0; n < MAX_BATCHES && ahead; n++) {
        const current: OpenedPage = await ahead.page;
        // Ask for the next page at once, so that the server builds it while this one is read and stored.
        ahead = current.next !== null && n + 1 < MAX_BATCHES ? ask(current.next) : null;
        const changes = await current.read();
        const records = changes.changes.map((record) => ({
          record,
          creatorName: nameOf(record, settings),
        }));
        const touched = await this.records.applyRemote(account, records);
        await this.records.saveCursor(account, changes.cursor);
        if (touched.length > 0) this.changed(touched);
        if (!changes.more) return;
        if (current.next !== changes.cursor) {
          // The body has the last word: without the header (an older server) or with another cursor
          // in it, the page asked for ahead is given up and the next one asked for from the body.
          ahead?.stop();
          ahead = n + 1 < MAX_BATCHES ? ask(changes.cursor) : null;
        }
      }
      // The page budget ran out with more to read: another round follows at once.
      this.#again = true;
    } finally {
      // Whatever ended the pull (caught up, a failure, another account), nothing is left asked for.
      ahead?.stop();
    }
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

/** The creator's name: the server's when it sends one, ours for our own records. */
function nameOf(record: SyncRecord, settings: SyncSettings): string | null {
  if (record.creatorName !== undefined) return record.creatorName;
  return record.creator === settings.user?.id ? settings.user.username : null;
}
