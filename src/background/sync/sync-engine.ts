/**
 * The background's sync engine: pushes the outbox, pulls the change feed, listens to the server's
 * events, and retries with backoff. It keeps nothing that matters in memory: the outbox and metadata are
 * in IndexedDB, the cursor and account in chrome.storage.local, and alarms wake a stopped worker, so a
 * worker stopped at any point (or a browser restarted) picks up where it was.
 */
import { ChangedEventSchema, SyncRecordSchema, type SyncRecord } from '../../core/sync/protocol.ts';
import type { AnnotationStore } from '../annotation-store.ts';
import { retryDelay } from './backoff.ts';
import { EventStreamParser } from './event-stream-parser.ts';
import { resolveStale } from './resolve-stale.ts';
import { clearAlarm, hasAlarm, onAlarm, onBrowserStartup, setAlarm } from './sync-browser.ts';
import type { OutboxEntry } from './sync-records.ts';
import { ServerError, SyncServer } from './sync-server.ts';
import {
  loadProgress,
  loadSettings,
  saveProgress,
  saveSettings,
  type SyncSettings,
} from './sync-settings.ts';
import { SyncStore, type RemoteRecord } from './sync-store.ts';

/** Wakes the worker now and then even when nothing is pending: the event stream dies with the worker. */
export const PERIODIC_ALARM = 'plan-annotator-sync';
/** The next attempt after a failure; an alarm, so it also happens if the worker was stopped meanwhile. */
export const RETRY_ALARM = 'plan-annotator-sync-retry';
/** Chrome runs alarms at most every 30 seconds; shorter waits are timers while the worker lives. */
const ALARM_FLOOR_MS = 30_000;
const BATCH = 25;
const PARALLEL = 4;
const PAGE = 200;
/** Bounds one round, so a record that keeps changing on the server cannot hold the engine forever. */
const MAX_BATCHES = 40;

export interface SyncStatus {
  signedIn: boolean;
  server: string;
  username: string | null;
  pending: number;
  lastSync: string | null;
  lastError: string | null;
  syncing: boolean;
}

type PushOutcome = 'done' | 'skipped';

export class SyncEngine {
  readonly records: SyncStore;
  #running: Promise<void> | null = null;
  #again = false;
  #soon: ReturnType<typeof setTimeout> | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #stream: AbortController | null = null;
  #streamKey = '';

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
      if (name === PERIODIC_ALARM || name === RETRY_ALARM) void this.resume();
    });
    this.store.onQueued(() => this.soon());
    // Alarms may not survive a browser restart; this wakes the worker to push a full outbox then.
    onBrowserStartup(() => void this.resume());
  }

  /** On every start of the worker and every alarm: reopen the event stream and sync what is pending. */
  async resume(): Promise<void> {
    if (!(await hasAlarm(PERIODIC_ALARM))) {
      await setAlarm(PERIODIC_ALARM, Date.now() + ALARM_FLOOR_MS, 0.5);
    }
    const settings = await loadSettings();
    this.#watch(settings);
    await this.syncNow();
  }

  /** Syncs shortly, so that several quick saves go out in one round. */
  soon(delayMs = 150): void {
    clearTimeout(this.#soon);
    this.#soon = setTimeout(() => void this.syncNow(), delayMs);
  }

  /** One push-and-pull round; a call during a round makes one more round follow it. */
  syncNow(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        await this.#round();
      } while (this.#again);
    })().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async status(): Promise<SyncStatus> {
    const [settings, progress, pending] = await Promise.all([
      loadSettings(),
      loadProgress(),
      this.records.pendingCount(),
    ]);
    return {
      signedIn: settings.token !== null,
      server: settings.server,
      username: settings.token ? (settings.user?.username ?? null) : null,
      pending,
      lastSync: progress.lastSync,
      lastError: progress.lastError,
      syncing: this.#running !== null,
    };
  }

  /** After sign-in, sign-out or a change of server: restart the stream for the new account. */
  async restart(): Promise<void> {
    const settings = await loadSettings();
    this.#watch(settings);
    if (settings.token) await this.syncNow();
  }

  async #round(): Promise<void> {
    const settings = await loadSettings();
    if (!settings.token || !settings.user) return;
    const server = new SyncServer(settings.server, settings.token);
    try {
      const blocked = await this.#push(server, settings);
      await this.#pull(server, settings);
      clearTimeout(this.#retry);
      await clearAlarm(RETRY_ALARM);
      await saveProgress({ lastSync: new Date().toISOString(), lastError: blocked, failures: 0 });
    } catch (error) {
      await this.#failed(error);
    }
  }

  async #failed(error: unknown): Promise<void> {
    if (error instanceof ServerError && error.status === 401) {
      // The token expired or was signed out elsewhere: retrying cannot help until the user signs in.
      await saveSettings({ token: null });
      this.#watch(await loadSettings());
      await saveProgress({ lastError: 'Your sign-in has expired. Sign in again in the settings.' });
      return;
    }
    if (!(error instanceof ServerError)) console.error('Plan Annotator: sync failed', error);
    const message =
      error instanceof ServerError
        ? error.message
        : 'Something went wrong while syncing. Plan Annotator will try again.';
    const { failures } = await loadProgress();
    const delay = retryDelay(failures + 1);
    await saveProgress({ lastError: message, failures: failures + 1 });
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => void this.syncNow(), delay);
    await setAlarm(RETRY_ALARM, Date.now() + Math.max(delay, ALARM_FLOOR_MS));
  }

  /** Pushes until the outbox is empty; answers a note about entries that must wait, or null. */
  async #push(server: SyncServer, settings: SyncSettings): Promise<string | null> {
    const skipped = new Set<string>();
    let note: string | null = null;
    for (let round = 0; round < MAX_BATCHES; round++) {
      const batch = (await this.records.pending(BATCH + skipped.size))
        .filter((entry) => !skipped.has(entry.id))
        .slice(0, BATCH);
      if (batch.length === 0) break;
      for (let i = 0; i < batch.length; i += PARALLEL) {
        await Promise.all(
          batch.slice(i, i + PARALLEL).map(async (entry) => {
            const outcome = await this.#pushOne(server, settings, entry, (text) => (note = text));
            if (outcome === 'skipped') skipped.add(entry.id);
          }),
        );
      }
    }
    return note;
  }

  async #pushOne(
    server: SyncServer,
    settings: SyncSettings,
    entry: OutboxEntry,
    notice: (text: string) => void,
  ): Promise<PushOutcome> {
    const { annotation, meta } = await this.records.local(entry.id);
    const me = settings.user?.username ?? null;
    try {
      if (!annotation) {
        // Deleted here. Never sent: nothing to tell the server.
        if (!meta || meta.version === null) {
          await this.records.drop(entry);
          return 'done';
        }
        const record = await server.deleteAnnotation(entry.id, meta.version);
        await this.records.acknowledge(entry, { record, creatorName: me }, null);
        return 'done';
      }
      const group = annotation.visibility === 'private' ? null : (meta?.group ?? settings.group);
      if (annotation.visibility === 'group' && !group) {
        notice('Group annotations wait until you choose a group in the settings.');
        return 'skipped';
      }
      const record = await server.putAnnotation(annotation, group, meta?.version ?? null);
      await this.records.acknowledge(entry, { record, creatorName: me }, annotation);
      return 'done';
    } catch (error) {
      if (!(error instanceof ServerError) || error.offline || error.status === 401) throw error;
      if (error.status === 412) {
        await this.#stale(entry, error.body.current);
        return 'done';
      }
      if (error.status === 404 && !annotation) {
        await this.records.drop(entry);
        return 'done';
      }
      // Refused for good (not the creator, invalid for the server): the change stays on this computer.
      await this.records.drop(entry);
      notice(`A change stayed on this computer only. ${error.message}`);
      return 'done';
    }
  }

  /** A 412: merge with what the server holds now, or delete over it. */
  async #stale(entry: OutboxEntry, body: unknown): Promise<void> {
    const parsed = SyncRecordSchema.safeParse(body);
    const current: SyncRecord | null = parsed.success ? parsed.data : null;
    const { annotation, meta } = await this.records.local(entry.id);
    const remote: RemoteRecord | null = current ? { record: current, creatorName: null } : null;
    if (!annotation) {
      // A delete made on an old version: delete the current one (the next round pushes it again).
      if (remote && !remote.record.deleted) await this.records.rebase(entry.id, remote);
      else await this.records.drop(entry);
      return;
    }
    const resolution = resolveStale(annotation, meta?.base ?? null, current, () => crypto.randomUUID());
    if (resolution.kind === 'copy') {
      this.changed(await this.records.replaceWithCopy(entry.id, resolution.copy, meta?.group ?? null));
      return;
    }
    if (!remote) return;
    this.changed(
      await this.records.applyMerge(
        entry.id,
        resolution.merged,
        remote,
        resolution.copy,
        !resolution.settled,
      ),
    );
  }

  async #pull(server: SyncServer, settings: SyncSettings): Promise<void> {
    let { cursor } = await loadProgress();
    for (let page = 0; page < MAX_BATCHES; page++) {
      const changes = await server.changes(cursor, PAGE);
      const records = changes.changes.map((record) => ({
        record,
        creatorName: nameOf(record, settings),
      }));
      const touched = await this.records.applyRemote(records);
      cursor = changes.cursor;
      await saveProgress({ cursor });
      if (touched.length > 0) this.changed(touched);
      if (!changes.more) break;
    }
  }

  /** Keeps one event stream open for the signed-in account, or none when signed out. */
  #watch(settings: SyncSettings): void {
    const key = settings.token ? `${settings.server}\n${settings.token}` : '';
    if (key === this.#streamKey && this.#stream) return;
    this.#stream?.abort();
    this.#stream = null;
    this.#streamKey = key;
    if (!settings.token) return;
    const controller = new AbortController();
    this.#stream = controller;
    void this.#listenToEvents(new SyncServer(settings.server, settings.token), controller.signal);
  }

  async #listenToEvents(server: SyncServer, signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        const body = await server.events(signal);
        failures = 0;
        // Connected (again): whatever waited in the outbox can go, and the head event says what to pull.
        this.soon(0);
        const parser = new EventStreamParser((event) => {
          if (event.event === 'changed') void this.#onChanged(event.data);
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
      await pause(retryDelay(failures), signal);
    }
  }

  async #onChanged(data: string): Promise<void> {
    let cursor: string;
    try {
      const parsed = ChangedEventSchema.safeParse(JSON.parse(data));
      if (!parsed.success) return;
      cursor = parsed.data.cursor;
    } catch {
      return;
    }
    const progress = await loadProgress();
    if (BigInt(cursor) > BigInt(progress.cursor)) this.soon(50);
  }
}

/** The creator's name: the server's when it sends one, ours for our own records. */
function nameOf(record: SyncRecord, settings: SyncSettings): string | null {
  if (record.creatorName !== undefined) return record.creatorName;
  return record.creator === settings.user?.id ? settings.user.username : null;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
