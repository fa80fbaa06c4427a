/**
 * The one interface the server talks SQL through. Two implementations: embedded PGlite (a directory on
 * disk, nothing to install) and PostgreSQL through `pg`. Both run the same SQL text, so nothing here may
 * depend on one of them: values come back as pg types them (cast `bigint` to text, timestamps to epoch).
 */
import { randomUUID } from 'node:crypto';

export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement with `$1`-style parameters; the rows it returns. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Tells the `listen`ers on `channel`, in this process and in every other instance on the database, once
   * the transaction commits (at once outside one; never if it rolls back). Unlike NOTIFY inside the
   * transaction, this does not make commits queue: PostgreSQL serialises every committing transaction
   * that has notified, which capped writes at one commit at a time. Notices are delivered in this process
   * straight away and sent to other instances in one NOTIFY for all that are waiting. A notice is a hint
   * to read the feed, which holds the truth; one lost in a crash only delays a reader until its next poll.
   */
  notifyOnCommit(channel: string, payload: string): void;
}

/** What a transaction runs its statements on. */
export interface Transaction extends Queryable {
  /**
   * Several statements separated by semicolons, without parameters, sent as one text (PostgreSQL's simple
   * query protocol): a schema's migrations in one round instead of one per statement.
   */
  script(sql: string): Promise<void>;
}

export interface SqlDatabase extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every NOTIFY on `channel`, from any connection; resolves to an unsubscribe. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** NOTIFY outside a transaction; inside one, `select pg_notify($1, $2)` so it is sent on commit. */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

/** LISTEN takes an identifier, not a parameter, so channel names are checked before they reach SQL. */
export function checkChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  return channel;
}

/**
 * One NOTIFY carrying the notices of this instance since the last one (`notifyOnCommit`): the instance
 * that sent it has delivered them already and skips it.
 */
interface NoticeBundle {
  bundle: string;
  payloads: string[];
}

/** NOTIFY refuses payloads of 8000 bytes or more; bundles stay under this. */
const BUNDLE_BYTES = 7000;

/**
 * The sending and receiving ends of `notifyOnCommit` for one database, shared by its implementations:
 * `send` runs one NOTIFY, `deliver` hands a payload to this process's listeners. One NOTIFY is in flight
 * at a time; what arrives meanwhile goes out together in the next.
 */
export function noticeRelay(
  send: ((channel: string, payload: string) => Promise<void>) | null,
  deliver: (channel: string, payload: string) => void,
): {
  publish(channel: string, payload: string): void;
  /** A payload received by LISTEN: the payloads to deliver here (none for this instance's own bundles). */
  unpack(payload: string): string[];
  /** Resolves when nothing is waiting to be sent. */
  drained(): Promise<void>;
} {
  const id = randomUUID();
  const waiting = new Map<string, string[]>();
  let sending: Promise<void> | null = null;

  const pack = (payloads: string[]): string[] => {
    const bundles: string[] = [];
    let current: string[] = [];
    let size = 0;
    for (const payload of payloads) {
      const bytes = Buffer.byteLength(payload) + 3;
      if (current.length > 0 && size + bytes > BUNDLE_BYTES) {
        bundles.push(JSON.stringify({ bundle: id, payloads: current } satisfies NoticeBundle));
        current = [];
        size = 0;
      }
      current.push(payload);
      size += bytes;
    }
    if (current.length > 0) bundles.push(JSON.stringify({ bundle: id, payloads: current }));
    return bundles;
  };

  const flush = async (): Promise<void> => {
    while (waiting.size > 0 && send) {
      const batch = [...waiting];
      waiting.clear();
      for (const [channel, payloads] of batch) {
        for (const bundle of pack(payloads)) {
          await send(channel, bundle).catch((error: unknown) =>
            console.warn(`Could not tell other server instances of a change: ${(error as Error).message}`),
          );
        }
      }
    }
    sending = null;
  };

  return {
    publish(channel, payload) {
      deliver(channel, payload);
      if (!send) return;
      const list = waiting.get(channel) ?? [];
      list.push(payload);
      waiting.set(channel, list);
      sending ??= flush();
    },
    unpack(payload) {
      if (!payload.startsWith('{"bundle":')) return [payload];
      try {
        const bundle = JSON.parse(payload) as NoticeBundle;
        if (bundle.bundle === id) return [];
        return Array.isArray(bundle.payloads) ? bundle.payloads.filter((p) => typeof p === 'string') : [];
      } catch {
        return [payload];
      }
    },
    async drained() {
      while (sending) await sending;
    },
  };
}
